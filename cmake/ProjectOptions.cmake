# One INTERFACE target carries the compile options of every target of the project, so nothing is global.
add_library(sipcabinet_options INTERFACE)
target_compile_features(sipcabinet_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(sipcabinet_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    SIPCABINET_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(sipcabinet_options INTERFACE -Wall -Wextra -Wpedantic)
    if(SIPCABINET_WARNINGS_AS_ERRORS)
        target_compile_options(sipcabinet_options INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(sipcabinet_options INTERFACE /W4 /permissive- /utf-8)
    if(SIPCABINET_WARNINGS_AS_ERRORS)
        target_compile_options(sipcabinet_options INTERFACE /WX)
    endif()
endif()
