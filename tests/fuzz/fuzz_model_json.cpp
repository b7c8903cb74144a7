// The vigil-model JSON importer on arbitrary bytes. Malformed input must be a JsonError (never a
// crash, a hang or another exception), and a model the importer accepts must export and import
// again to the same JSON: what Vigil writes, Vigil reads.

#include "model/json/JsonInterchange.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    vigil::ThreatModel model;
    try {
        model = vigil::modelFromJson(text);
    } catch (const vigil::JsonError &) {
        return 0; // refused with a message: what should happen to bad input
    }
    const std::string written = vigil::modelToJson(model);
    const std::string again = vigil::modelToJson(vigil::modelFromJson(written));
    if (again != written)
        std::abort(); // the export of an accepted model did not read back the same
    return 0;
}
