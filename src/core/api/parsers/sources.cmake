# Pure functions that turn the operator's answers into domain values or typed errors.
target_sources(sipcabinet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ResponseParsers.h
    ${CMAKE_CURRENT_LIST_DIR}/WireValues.h ${CMAKE_CURRENT_LIST_DIR}/WireValues.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SessionParsers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AccountParsers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/InvoiceParsers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DocumentParsers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeliveryParsers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChargesParsers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ServiceParsers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ProblemParser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JsonBodyParser.cpp
)
