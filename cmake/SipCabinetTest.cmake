# sipcabinet_add_test(<name> SOURCES ... LIBRARIES ... [GUI] [ENVIRONMENT ...])
# One Qt Test executable per unit under test; GUI tests run on the offscreen platform.
function(sipcabinet_add_test name)
    cmake_parse_arguments(ARG "GUI" "TIMEOUT" "SOURCES;LIBRARIES;ENVIRONMENT;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE sipcabinet_options Qt6::Test ${ARG_LIBRARIES})
    add_test(NAME ${name} COMMAND ${name})
    set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "QT_FORCE_STDERR_LOGGING=1" ${ARG_ENVIRONMENT})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT} LABELS "${ARG_LABELS}")
endfunction()

# sipcabinet_add_contract_run(<test>): runs <test> again with Stoplight Prism (pinned in tools/package.json)
# between client and sandbox, judging every request the client sends and every answer it gets against
# docs/operator-api.yaml; a violation replaces the answer with Prism's error, so the test fails where it
# happened (tests/support/ContractValidator). For tests whose traffic is the contract's own: no injected
# faults, no downloads (Prism 5.16 passes binary bodies on as text).
function(sipcabinet_add_contract_run name)
    add_test(NAME ${name}_through_validator COMMAND ${name})
    set_tests_properties(${name}_through_validator PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_FORCE_STDERR_LOGGING=1;SIPCABINET_CONTRACT_VALIDATOR=${PROJECT_SOURCE_DIR}/tools/node_modules/.bin/prism"
        TIMEOUT 240 LABELS "contract")
endfunction()
