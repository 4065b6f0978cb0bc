# Domain types of the operator's world (plain values, no behaviour beyond formatting).
target_sources(sipcabinet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AccountInfo.h
    ${CMAKE_CURRENT_LIST_DIR}/CallbackReceipt.h
    ${CMAKE_CURRENT_LIST_DIR}/ContactNumber.h
    ${CMAKE_CURRENT_LIST_DIR}/Contacts.h
    ${CMAKE_CURRENT_LIST_DIR}/CurrentCharges.h
    ${CMAKE_CURRENT_LIST_DIR}/DeliveryChange.h
    ${CMAKE_CURRENT_LIST_DIR}/DeliveryMethod.h ${CMAKE_CURRENT_LIST_DIR}/DeliveryMethod.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeliverySettings.h
    ${CMAKE_CURRENT_LIST_DIR}/DeliveryTarget.h
    ${CMAKE_CURRENT_LIST_DIR}/DownloadLink.h
    ${CMAKE_CURRENT_LIST_DIR}/FeedbackMessage.h
    ${CMAKE_CURRENT_LIST_DIR}/Installment.h
    ${CMAKE_CURRENT_LIST_DIR}/InstallmentScheduleEntry.h
    ${CMAKE_CURRENT_LIST_DIR}/Invoice.h
    ${CMAKE_CURRENT_LIST_DIR}/InvoiceDocumentJob.h
    ${CMAKE_CURRENT_LIST_DIR}/InvoiceLine.h
    ${CMAKE_CURRENT_LIST_DIR}/InvoicingWindow.h
    ${CMAKE_CURRENT_LIST_DIR}/Money.h ${CMAKE_CURRENT_LIST_DIR}/Money.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NextRegularInvoice.h
    ${CMAKE_CURRENT_LIST_DIR}/OperatorClock.h
    ${CMAKE_CURRENT_LIST_DIR}/OrderReceipt.h
    ${CMAKE_CURRENT_LIST_DIR}/Organisation.h
    ${CMAKE_CURRENT_LIST_DIR}/Payment.h
    ${CMAKE_CURRENT_LIST_DIR}/PaymentHistory.h
    ${CMAKE_CURRENT_LIST_DIR}/ScheduledPayment.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionTokens.h
    ${CMAKE_CURRENT_LIST_DIR}/Subscriber.h
    ${CMAKE_CURRENT_LIST_DIR}/SubscriberCharge.h
)
