# Compiler warnings as an INTERFACE target that every Vigil target links PRIVATE.
add_library(vigil_warnings INTERFACE)
target_compile_options(vigil_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
    -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wnull-dereference
    $<$<BOOL:${VIGIL_WARNINGS_AS_ERRORS}>:-Werror>)
