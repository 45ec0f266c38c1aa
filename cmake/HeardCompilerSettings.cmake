# One INTERFACE target carries the project's warnings and Qt hygiene definitions; every target links it.
add_library(heard_settings INTERFACE)
target_compile_options(heard_settings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>
    # A switch on an enum (a question kind, an outcome) that misses a case does not build.
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Werror=switch>)
target_compile_definitions(heard_settings INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# The fuzz tree instruments the whole core, not just the harness.
if(HEARD_FUZZ_ONLY)
    target_compile_options(heard_settings INTERFACE -fsanitize=fuzzer-no-link,address,undefined)
    target_link_options(heard_settings INTERFACE -fsanitize=address,undefined)
endif()
