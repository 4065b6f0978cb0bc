# sipcabinet_add_test(<name> SOURCES ... LIBRARIES ... [ENVIRONMENT ...] [LABELS ...] [TIMEOUT s])
# One Qt Test executable per unit under test; widgets run on the offscreen platform. Every test carries
# CTest labels, so a developer runs a kind alone (`ctest -L unit` in seconds, with no display or network):
#   unit      the core's rules and parsers, the sandbox's documents and readers: no server, no display
#   sandbox   against the operator sandbox over loopback HTTP
#   gui       real widgets (offscreen), most of them against the sandbox too
#   keychain  the real Secret Service of the test session
#   contract  the OpenAPI contract: lint, conformance, the client through the independent validator
#   package   the .deb;  fuzz  the libFuzzer targets (preset fuzz)
# LABELS defaults to the directory's SIPCABINET_TEST_LABELS.
function(sipcabinet_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES;ENVIRONMENT;LABELS" ${ARGN})
    if(NOT ARG_LABELS)
        set(ARG_LABELS ${SIPCABINET_TEST_LABELS})
    endif()
    if(NOT ARG_LABELS)
        message(FATAL_ERROR "sipcabinet_add_test(${name}): no LABELS and no SIPCABINET_TEST_LABELS for the directory")
    endif()
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
    if(NOT SIPCABINET_CONTRACT_TESTS)
        return()
    endif()
    add_test(NAME ${name}_through_validator COMMAND ${name})
    set_tests_properties(${name}_through_validator PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_FORCE_STDERR_LOGGING=1;SIPCABINET_CONTRACT_VALIDATOR=${PROJECT_SOURCE_DIR}/tools/node_modules/.bin/prism"
        TIMEOUT 240 LABELS "contract")
endfunction()
