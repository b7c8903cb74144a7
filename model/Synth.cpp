#include "model/Synth.h"

#include "model/AutoLayout.h"

#include <algorithm>
#include <array>
#include <limits>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vigil {

namespace {

// std::mt19937_64 is specified bit for bit; the standard distributions are not, so the mapping
// from its output to ranges is our own and the same model comes out on every standard library.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}

    // Uniform in [0, bound), by rejection so that no value is favoured. bound > 0.
    size_t below(size_t bound)
    {
        const std::uint64_t range = bound;
        const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max()
                                    - std::numeric_limits<std::uint64_t>::max() % range;
        std::uint64_t value = m_engine();
        while (value >= limit)
            value = m_engine();
        return static_cast<size_t>(value % range);
    }
    // Uniform in [0, 1), from the top 53 bits.
    double unit() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double probability) { return unit() < probability; }
    template<typename T, size_t N>
    const T &pick(const std::array<T, N> &items)
    {
        return items[below(N)];
    }

private:
    std::mt19937_64 m_engine;
};

std::string numberedId(char prefix, size_t number, size_t width)
{
    std::string digits = std::to_string(number);
    if (digits.size() < width)
        digits.insert(0, width - digits.size(), '0');
    return std::string(1, prefix) + digits;
}

size_t digitsFor(size_t count, size_t minimum)
{
    return std::max(minimum, std::to_string(count).size());
}

using namespace std::string_view_literals;

constexpr std::array kZoneNames{
    "Device enclosure"sv, "Hospital network"sv, "Clinic LAN"sv, "Patient home network"sv,
    "Manufacturer cloud"sv, "Service depot"sv, "DMZ"sv, "Device management"sv,
    "Analytics tenant"sv, "Laboratory network"sv, "Pharmacy system"sv, "Remote monitoring"sv};
constexpr std::array kProcessNames{
    "Telemetry service"sv, "Pump controller"sv, "Therapy engine"sv, "Alarm manager"sv,
    "Update agent"sv, "Authentication service"sv, "Sensor driver"sv, "Dose calculator"sv,
    "Gateway"sv, "Report generator"sv, "Interface engine"sv, "Scheduler"sv, "Web portal"sv,
    "Device registry"sv, "Audit service"sv, "BLE stack"sv};
constexpr std::array kStoreNames{
    "Event log"sv, "Patient database"sv, "Therapy settings"sv, "Firmware repository"sv,
    "Audit trail"sv, "Configuration store"sv, "Dosing history"sv, "Key store"sv,
    "Report archive"sv};
constexpr std::array kEntityNames{
    "Patient"sv, "Clinician"sv, "Service technician"sv, "Hospital EHR"sv, "Caregiver"sv,
    "Pharmacist"sv, "Cloud operator"sv, "Third-party app"sv, "Lab instrument"sv};
constexpr std::array kWiredProtocols{
    "HTTPS"sv, "MQTT"sv, "HL7 FHIR"sv, "TCP"sv, "SQL"sv, "gRPC"sv, "USB"sv, "IPC"sv};
constexpr std::array kWirelessProtocols{"BLE"sv, "Wi-Fi"sv, "NFC"sv, "LTE"sv};
constexpr std::array kFlowNames{
    "Telemetry"sv, "Command"sv, "Configuration"sv, "Status"sv, "Log upload"sv, "Query"sv,
    "Result"sv, "Alarm"sv, "Credentials"sv, "Firmware image"sv, "Report"sv, "Settings"sv};
constexpr std::array kTechnologies{
    "C on FreeRTOS"sv, "Embedded Linux"sv, "Java"sv, "Python"sv, "Node.js"sv, ".NET"sv,
    "PostgreSQL"sv, "Android"sv, "iOS"sv};
constexpr std::array kDebugPorts{"jtag"sv, "swd"sv, "uart"sv, "usb-service"sv};
constexpr std::array kUpdateMechanisms{
    "none"sv, "manual-service"sv, "signed-remote"sv, "unsigned-remote"sv};
constexpr std::array kRiskTransfer{"maintained"sv, "supported"sv, "required"sv};

void maybe(Random &random, PropertyMap &properties, const char *key, double probability)
{
    if (random.chance(probability))
        properties[key] = true;
    else if (random.chance(0.5))
        properties[key] = false; // stated explicitly, as architects often do
}

PropertyMap elementProperties(Random &random, ElementKind kind)
{
    PropertyMap properties;
    switch (kind) {
    case ElementKind::ExternalEntity:
        maybe(random, properties, "trusted", 0.4);
        maybe(random, properties, "authenticates", 0.3);
        maybe(random, properties, "internetFacing", 0.2);
        maybe(random, properties, "multiPatient", 0.05);
        break;
    case ElementKind::Process: {
        const bool safety = random.chance(0.15);
        if (safety) {
            properties["safetyCritical"] = true;
            maybe(random, properties, "raisesAlarms", 0.6);
            maybe(random, properties, "timeSensitive", 0.5);
        }
        maybe(random, properties, "authenticates", 0.4);
        maybe(random, properties, "authorizes", 0.3);
        maybe(random, properties, "validatesInput", 0.5);
        maybe(random, properties, "runsAsPrivileged", 0.1);
        maybe(random, properties, "handlesPhi", 0.2);
        maybe(random, properties, "internetFacing", 0.1);
        maybe(random, properties, "soup", 0.2);
        if (random.chance(0.03))
            properties["transitional"] = true;
        if (random.chance(0.08))
            properties["physicalPorts"] = true;
        if (random.chance(0.1))
            properties["debugPort"] = std::string(random.pick(kDebugPorts));
        if (random.chance(0.3))
            properties["updateMechanism"] = std::string(random.pick(kUpdateMechanisms));
        if (random.chance(0.5))
            properties["technology"] = std::string(random.pick(kTechnologies));
        break;
    }
    case ElementKind::DataStore:
        maybe(random, properties, "storesLogs", 0.25);
        maybe(random, properties, "encryptedAtRest", 0.5);
        maybe(random, properties, "handlesPhi", 0.3);
        maybe(random, properties, "backedUp", 0.4);
        maybe(random, properties, "storesCredentials", 0.05);
        if (random.chance(0.05))
            properties["safetyCritical"] = true;
        if (random.chance(0.05))
            properties["timeSensitive"] = true;
        if (random.chance(0.02))
            properties["transitional"] = true;
        break;
    }
    if (random.chance(0.3))
        properties["riskTransfer"] = std::string(random.pick(kRiskTransfer));
    return properties;
}

PropertyMap flowProperties(Random &random, bool wireless)
{
    PropertyMap properties;
    const bool encrypted = random.chance(0.5);
    properties["encrypted"] = encrypted;
    if (wireless)
        properties["wireless"] = true;
    maybe(random, properties, "authenticated", encrypted ? 0.7 : 0.2);
    if (encrypted && random.chance(0.8))
        properties["integrityProtected"] = true;
    if (encrypted && random.chance(0.3))
        properties["replayProtected"] = true;
    maybe(random, properties, "carriesCommands", 0.25);
    maybe(random, properties, "carriesPhi", 0.3);
    if (random.chance(0.05))
        properties["carriesCredentials"] = true;
    if (random.chance(0.03))
        properties["carriesSoftware"] = true;
    return properties;
}

} // namespace

ThreatModel synthesizeModel(const SynthOptions &options)
{
    if (options.elements > kMaxSynthElements || options.flows > kMaxSynthFlows
        || options.boundaries > kMaxSynthBoundaries)
        throw std::invalid_argument("a synthetic model has at most "
                                    + std::to_string(kMaxSynthElements) + " elements, "
                                    + std::to_string(kMaxSynthFlows) + " flows and "
                                    + std::to_string(kMaxSynthBoundaries) + " zones");
    if (options.flows > 0 && options.elements < 2)
        throw std::invalid_argument("a synthetic model with flows needs at least two elements");
    Random random(options.seed);
    ThreatModel model;

    ModelInfo info;
    info.name = "Synthetic model (" + std::to_string(options.elements) + " elements, seed "
                + std::to_string(options.seed) + ")";
    info.description = "Generated by vigil-cli synth for benchmarks and stress tests: "
                       + std::to_string(options.elements) + " elements, "
                       + std::to_string(options.flows) + " flows, "
                       + std::to_string(options.boundaries) + " trust zones.";
    info.scope = "Synthetic; not a real system.";
    model.setInfo(info);

    // Zones form a tree: a zone is nested in an earlier one (at most three deep) or top level.
    constexpr size_t kMaxDepth = 3;
    std::vector<TrustBoundary> zones(options.boundaries);
    std::vector<size_t> zoneDepth(options.boundaries, 1);
    const size_t zoneWidth = digitsFor(options.boundaries, 3);
    for (size_t z = 0; z < options.boundaries; ++z) {
        TrustBoundary &zone = zones[z];
        zone.id = numberedId('z', z + 1, zoneWidth);
        zone.name = std::string(random.pick(kZoneNames)) + " " + std::to_string(z + 1);
        if (z > 0 && random.chance(0.45)) {
            const size_t parent = random.below(z);
            if (zoneDepth[parent] < kMaxDepth) {
                zone.parent = zones[parent].id;
                zoneDepth[z] = zoneDepth[parent] + 1;
            }
        }
    }

    // Elements, most of them members of a zone.
    constexpr size_t kNoZone = static_cast<size_t>(-1);
    std::vector<size_t> zoneOf(options.elements, kNoZone);
    std::vector<std::vector<size_t>> membersOf(options.boundaries + 1); // last: no zone
    const size_t elementWidth = digitsFor(options.elements, 5);
    std::vector<Id> elementIds(options.elements);
    for (size_t i = 0; i < options.elements; ++i) {
        Element element;
        element.id = numberedId('e', i + 1, elementWidth);
        const double roll = random.unit();
        element.kind = roll < 0.15   ? ElementKind::ExternalEntity
                       : roll < 0.75 ? ElementKind::Process
                                     : ElementKind::DataStore;
        const std::string_view base = element.kind == ElementKind::ExternalEntity
                                          ? random.pick(kEntityNames)
                                      : element.kind == ElementKind::Process
                                          ? random.pick(kProcessNames)
                                          : random.pick(kStoreNames);
        element.name = std::string(base) + " " + std::to_string(i + 1);
        element.properties = elementProperties(random, element.kind);
        if (options.boundaries > 0 && random.chance(0.85)) {
            zoneOf[i] = random.below(options.boundaries);
            zones[zoneOf[i]].members.insert(element.id);
        }
        membersOf[zoneOf[i] == kNoZone ? options.boundaries : zoneOf[i]].push_back(i);
        elementIds[i] = element.id;
        model.addElement(std::move(element));
    }
    for (TrustBoundary &zone : zones)
        model.addBoundary(std::move(zone));

    // Flows between distinct elements, most of them within one zone.
    constexpr double kLocality = 0.8;
    const size_t flowWidth = digitsFor(options.flows, 5);
    for (size_t i = 0; i < options.flows; ++i) {
        const size_t source = random.below(options.elements);
        const auto &neighbours =
            membersOf[zoneOf[source] == kNoZone ? options.boundaries : zoneOf[source]];
        size_t target = source;
        if (neighbours.size() > 1 && random.chance(kLocality)) {
            while (target == source)
                target = neighbours[random.below(neighbours.size())];
        } else {
            while (target == source)
                target = random.below(options.elements);
        }
        Flow flow;
        flow.id = numberedId('f', i + 1, flowWidth);
        flow.source = elementIds[source];
        flow.target = elementIds[target];
        const bool wireless = random.chance(0.12);
        flow.protocol = std::string(wireless ? random.pick(kWirelessProtocols)
                                             : random.pick(kWiredProtocols));
        flow.name = std::string(random.pick(kFlowNames)) + " " + std::to_string(i + 1);
        flow.bidirectional = random.chance(0.1);
        flow.properties = flowProperties(random, wireless);
        model.addFlow(std::move(flow));
    }

    Diagram diagram;
    diagram.id = "dfd-main";
    diagram.name = "Level 0 DFD";
    diagram.kind = DiagramKind::Dfd;
    model.addDiagram(std::move(diagram));
    layoutDiagram(model, "dfd-main");
    model.markEverythingChanged();
    return model;
}

} // namespace vigil
