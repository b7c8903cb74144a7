// The condition language on arbitrary text: the first byte picks the rule's scope and element
// kinds, the rest is the condition. A bad condition must be a ConditionError; one that compiles
// must evaluate on fact rows of every shape and explain itself without crashing.

#include "stride/Condition.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace vigil;
using namespace vigil::stride;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const PropertyCatalogue &catalogue = PropertyCatalogue::builtin();
    static const FactLayout layout(catalogue);
    const auto scope = static_cast<RuleScope>(data[0] % 3);
    const auto kinds = static_cast<KindMask>(((data[0] >> 2) % kAllKinds) + 1);
    const std::string_view text(reinterpret_cast<const char *>(data) + 1, size - 1);
    Condition condition;
    try {
        condition = Condition::compile(text, scope, kinds, catalogue, layout);
    } catch (const ConditionError &error) {
        if (error.column() == 0 || error.column() > text.size() + 1)
            __builtin_trap(); // an error must point into the condition or just past its end
        return 0;
    }
    // Rows of facts as the engine builds them: all zero, all one, and values taken from the
    // input (enum indices out of range and -1 for "not set" included), with texts that match
    // nothing and texts from the input. The kind column always holds a kind (0 to 2).
    std::vector<double> numbers(layout.numberWidth());
    std::vector<std::string_view> texts(layout.textWidth());
    for (std::size_t row = 0; row < 3; ++row) {
        for (std::size_t i = 0; i < numbers.size(); ++i)
            numbers[i] = row == 0 ? 0.0 : row == 1 ? 1.0 : static_cast<double>(data[i % size]) - 3;
        numbers[layout.kind().index] = static_cast<double>(data[row % size] % 3);
        for (std::size_t i = 0; i < texts.size(); ++i)
            texts[i] = row == 2 ? text.substr(0, i % (text.size() + 1)) : std::string_view("x");
        FactView facts;
        for (std::size_t s = 0; s < kSubjectCount; ++s) {
            facts.numbers[s] = numbers.data();
            facts.texts[s] = texts.data();
        }
        condition.evaluate(facts);
        condition.describeReads(facts);
    }
    return 0;
}
