# vigil_embed_file(TARGET NAME FILE): compiles FILE into TARGET as
#   std::string_view vigil::embedded::NAME();
# so the Qt-free libraries carry their data (catalogue, rule packs, example) without a resource system.
function(vigil_embed_file target name file)
    set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cpp")
    file(READ "${file}" content)
    # Split into chunks: compilers cap the length of a single string literal.
    string(LENGTH "${content}" len)
    set(chunks "")
    set(pos 0)
    while(pos LESS len)
        string(SUBSTRING "${content}" ${pos} 8000 piece)
        string(APPEND chunks "R\"vigil_embed(${piece})vigil_embed\"\n")
        math(EXPR pos "${pos} + 8000")
    endwhile()
    file(CONFIGURE OUTPUT "${out}" CONTENT
"// Generated from ${file}; do not edit.\n#include <string_view>\nnamespace vigil::embedded {\nstd::string_view ${name}()\n{\n    static constexpr char text[] =\n${chunks};\n    return {text, sizeof(text) - 1};\n}\n}\n" @ONLY)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
    target_sources(${target} PRIVATE "${out}")
endfunction()
