# vigil_embed_file(TARGET NAME FILE): compiles FILE into TARGET as
#   std::string_view vigil::embedded::NAME();
# so the Qt-free libraries carry their data (catalogue, rule packs, example) without a resource system.
# The bytes are written as a character array, not a string literal: literals have a length limit
# (-Woverlength-strings) and clang checks each one's UTF-8, which chunks would cut mid-character.
function(vigil_embed_file target name file)
    set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cpp")
    file(READ "${file}" hex HEX)
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
    file(CONFIGURE OUTPUT "${out}" CONTENT
"// Generated from ${file}; do not edit.\n#include <string_view>\nnamespace vigil::embedded {\nstd::string_view ${name}()\n{\n    static constexpr char text[] = {\n${bytes}};\n    return {text, sizeof(text)};\n}\n}\n" @ONLY)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
    target_sources(${target} PRIVATE "${out}")
endfunction()
