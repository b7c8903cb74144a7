// The JUnit XML reader (and the safe XML loading under it) on arbitrary bytes: bad input must be
// an XmlError; a report that reads must give every case its reference keys without crashing.

#include "model/import/JUnitXml.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    try {
        const vigil::JUnitReport report = vigil::readJUnitXml(bytes, "fuzz.xml");
        for (const vigil::JUnitCase &testCase : report.cases)
            (void)vigil::referenceKeys(testCase);
    } catch (const vigil::XmlError &) {
    }
    return 0;
}
