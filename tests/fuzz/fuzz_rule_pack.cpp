// Rule packs on arbitrary bytes: a bad pack must be a RulePackError, and a pack that loads must
// analyse a model without crashing (its conditions are evaluated on every element and flow).

#include "model/json/JsonInterchange.h"
#include "stride/Engine.h"
#include "stride/RulePack.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace {

// Every kind of element, flows with and without zone crossings, properties of every type.
constexpr std::string_view kModel = R"({"format": "vigil-model", "formatVersion": 1,
 "model": {"rulePacks": []},
 "elements": [
  {"id": "pump", "kind": "process", "name": "Pump firmware",
   "properties": {"safetyCritical": true, "debugPort": "jtag", "technology": "C"}},
  {"id": "app", "kind": "external-entity", "name": "Phone app",
   "properties": {"trusted": false, "internetFacing": true}},
  {"id": "log", "kind": "data-store", "name": "Event log",
   "properties": {"storesLogs": true, "encryptedAtRest": false}}],
 "boundaries": [{"id": "tb", "name": "Enclosure", "members": ["pump", "log"]}],
 "flows": [
  {"id": "f1", "source": "app", "target": "pump", "name": "Bolus", "protocol": "BLE",
   "properties": {"encrypted": false, "wireless": true, "carriesCommands": true}},
  {"id": "f2", "source": "pump", "target": "log", "name": "Write", "bidirectional": true,
   "properties": {"encrypted": true}}]}
)";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const vigil::ThreatModel model = vigil::modelFromJson(kModel);
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    std::shared_ptr<const vigil::stride::RulePack> pack;
    try {
        pack = std::make_shared<const vigil::stride::RulePack>(
            vigil::stride::loadRulePack(text, "fuzz.json"));
    } catch (const vigil::stride::RulePackError &) {
        return 0;
    }
    const vigil::stride::Analysis analysis = vigil::stride::analyze(model, {pack});
    (void)analysis;
    return 0;
}
