#include "views/panels/CatalogueText.h"

#include <QCoreApplication>

#include <iterator>

namespace vigil {

namespace {

constexpr const char *kContext = "PropertyCatalogue";

struct PropertyText {
    const char *key;
    const char *label;
    const char *description;
};

struct TranslatableText {
    const char *source;
    const char *disambiguation;
};

struct ValueText {
    const char *key;
    const char *value;
    TranslatableText label;
};

// Keep in step with resources/properties.json; tst_cataloguetext fails when a catalogue text
// is missing here or an entry here is no longer in the catalogue.

// Group names, in catalogue order.
constexpr const char *kGroups[] = {
    QT_TRANSLATE_NOOP("PropertyCatalogue", "Security"),
    QT_TRANSLATE_NOOP("PropertyCatalogue", "Resilience"),
    QT_TRANSLATE_NOOP("PropertyCatalogue", "Privacy"),
    QT_TRANSLATE_NOOP("PropertyCatalogue", "Safety"),
    QT_TRANSLATE_NOOP("PropertyCatalogue", "Device"),
    QT_TRANSLATE_NOOP("PropertyCatalogue", "Lifecycle"),
    QT_TRANSLATE_NOOP("PropertyCatalogue", "General"),
};

// Labels and descriptions (tooltips), keyed by property.
constexpr PropertyText kProperties[] = {
    {"trusted", QT_TRANSLATE_NOOP("PropertyCatalogue", "Trusted"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "The entity is operated by the manufacturer or the care "
                       "provider and is trusted by design; untrusted entities are the "
                       "start of attack paths.")},
    {"authenticates", QT_TRANSLATE_NOOP("PropertyCatalogue", "Authenticates peers"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Verifies the identity of whoever connects to it or calls it "
                       "before accepting data or commands.")},
    {"authorizes", QT_TRANSLATE_NOOP("PropertyCatalogue", "Enforces authorization"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Checks that an authenticated caller is allowed to perform "
                       "each operation.")},
    {"runsAsPrivileged", QT_TRANSLATE_NOOP("PropertyCatalogue", "Runs privileged"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Executes with administrator, root or kernel rights.")},
    {"validatesInput", QT_TRANSLATE_NOOP("PropertyCatalogue", "Validates input"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Checks every input against an expected format, range and "
                       "length before use.")},
    {"internetFacing", QT_TRANSLATE_NOOP("PropertyCatalogue", "Reachable from the internet"),
     QT_TRANSLATE_NOOP("PropertyCatalogue", "Accepts connections from the public internet.")},
    {"storesCredentials", QT_TRANSLATE_NOOP("PropertyCatalogue", "Stores credentials or keys"),
     QT_TRANSLATE_NOOP("PropertyCatalogue", "Holds passwords, tokens or cryptographic keys.")},
    {"encryptedAtRest", QT_TRANSLATE_NOOP("PropertyCatalogue", "Encrypted at rest"),
     QT_TRANSLATE_NOOP("PropertyCatalogue", "Its contents are encrypted on the storage medium.")},
    {"storesLogs", QT_TRANSLATE_NOOP("PropertyCatalogue", "Stores logs"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Holds audit or event logs, so it is a target for repudiation "
                       "and log tampering.")},
    {"backedUp", QT_TRANSLATE_NOOP("PropertyCatalogue", "Backed up"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Its contents are copied to backups that can be restored.")},
    {"handlesPhi", QT_TRANSLATE_NOOP("PropertyCatalogue", "Handles PHI"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Processes or stores protected health information or other "
                       "personal data.")},
    {"safetyCritical", QT_TRANSLATE_NOOP("PropertyCatalogue", "Safety-critical"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "A failure or compromise can contribute to patient harm (ISO "
                       "14971 hazard).")},
    {"multiPatient", QT_TRANSLATE_NOOP("PropertyCatalogue", "Serves many patients"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Connected to or acting on many devices or patients, so one "
                       "compromise can harm several patients.")},
    {"raisesAlarms", QT_TRANSLATE_NOOP("PropertyCatalogue", "Raises clinical alarms"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Generates alarms or alerts that clinicians or patients rely "
                       "on.")},
    {"timeSensitive", QT_TRANSLATE_NOOP("PropertyCatalogue", "Depends on its clock"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Therapy decisions or records depend on its clock (for example "
                       "dosing history).")},
    {"physicalPorts", QT_TRANSLATE_NOOP("PropertyCatalogue", "Exposed physical ports"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Has connectors an attacker with physical access can use (USB, "
                       "serial, card slots).")},
    {"debugPort", QT_TRANSLATE_NOOP("PropertyCatalogue", "Debug port"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Hardware debug or service interface left on the production "
                       "device.")},
    {"updateMechanism", QT_TRANSLATE_NOOP("PropertyCatalogue", "Update mechanism"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "How its software or firmware is updated in the field.")},
    {"riskTransfer", QT_TRANSLATE_NOOP("PropertyCatalogue", "Risk transfer class"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Who keeps the component secure over its life: maintained by "
                       "the manufacturer, supported (patches supplied, operator "
                       "applies them), or required (the operator must provide the "
                       "security controls).")},
    {"transitional", QT_TRANSLATE_NOOP("PropertyCatalogue", "Transitional (legacy) software"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Legacy software developed before the secure lifecycle was in "
                       "place and handled under the transitional provisions (IEC "
                       "81001-5-1 Annex F).")},
    {"transitionalRationale", QT_TRANSLATE_NOOP("PropertyCatalogue", "Transitional rationale"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Why the legacy software is kept, and how its risk is contained "
                       "until it is replaced (IEC 81001-5-1 Annex F).")},
    {"soup", QT_TRANSLATE_NOOP("PropertyCatalogue", "Off-the-shelf software (SOUP)"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Built on third-party or open-source software whose "
                       "vulnerabilities must be monitored.")},
    {"technology", QT_TRANSLATE_NOOP("PropertyCatalogue", "Technology"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Platform, language or product, e.g. \"FreeRTOS on Cortex-M4\" "
                       "or \"PostgreSQL 15\".")},
    {"encrypted", QT_TRANSLATE_NOOP("PropertyCatalogue", "Encrypted in transit"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "The channel is encrypted (e.g. TLS, BLE LE Secure "
                       "Connections).")},
    {"authenticated", QT_TRANSLATE_NOOP("PropertyCatalogue", "Authenticated channel"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Both ends of the channel are authenticated before data is "
                       "exchanged.")},
    {"integrityProtected", QT_TRANSLATE_NOOP("PropertyCatalogue", "Integrity protected"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Messages carry a MAC or signature so tampering is detected.")},
    {"replayProtected", QT_TRANSLATE_NOOP("PropertyCatalogue", "Replay protected"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "Messages carry nonces, counters or timestamps so that replays "
                       "are rejected.")},
    {"wireless", QT_TRANSLATE_NOOP("PropertyCatalogue", "Wireless"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "The flow travels over a radio link (BLE, Wi-Fi, cellular, "
                       "NFC).")},
    {"carriesPhi", QT_TRANSLATE_NOOP("PropertyCatalogue", "Carries PHI"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "The flow carries protected health information or other "
                       "personal data.")},
    {"carriesCommands", QT_TRANSLATE_NOOP("PropertyCatalogue", "Carries commands"),
     QT_TRANSLATE_NOOP("PropertyCatalogue",
                       "The flow carries commands or settings that change the "
                       "device's behaviour or therapy.")},
    {"carriesCredentials", QT_TRANSLATE_NOOP("PropertyCatalogue", "Carries credentials"),
     QT_TRANSLATE_NOOP("PropertyCatalogue", "The flow carries passwords, tokens or keys.")},
    {"carriesSoftware", QT_TRANSLATE_NOOP("PropertyCatalogue", "Carries software updates"),
     QT_TRANSLATE_NOOP("PropertyCatalogue", "The flow delivers firmware or software images.")},
};

// Enum values as people say them. The property key disambiguates words such as "None"
// that may translate differently per property.
constexpr ValueText kValues[] = {
    {"debugPort", "none",
     QT_TRANSLATE_NOOP3("PropertyCatalogue", "None", "debugPort value")},
    {"debugPort", "jtag",
     QT_TRANSLATE_NOOP3("PropertyCatalogue", "JTAG", "debugPort value")},
    {"debugPort", "swd",
     QT_TRANSLATE_NOOP3("PropertyCatalogue", "SWD (Serial Wire Debug)", "debugPort value")},
    {"debugPort", "uart",
     QT_TRANSLATE_NOOP3("PropertyCatalogue", "UART (serial console)", "debugPort value")},
    {"debugPort", "usb-service",
     QT_TRANSLATE_NOOP3("PropertyCatalogue", "USB service port", "debugPort value")},
    {"updateMechanism", "none",
     QT_TRANSLATE_NOOP3("PropertyCatalogue", "None", "updateMechanism value")},
    {"updateMechanism", "manual-service",
     QT_TRANSLATE_NOOP3("PropertyCatalogue", "Manual (service technician)",
                        "updateMechanism value")},
    {"updateMechanism", "signed-remote",
     QT_TRANSLATE_NOOP3("PropertyCatalogue", "Signed remote update", "updateMechanism value")},
    {"updateMechanism", "unsigned-remote",
     QT_TRANSLATE_NOOP3("PropertyCatalogue", "Unsigned remote update", "updateMechanism value")},
    {"riskTransfer", "maintained",
     QT_TRANSLATE_NOOP3("PropertyCatalogue", "Maintained by the manufacturer",
                        "riskTransfer value")},
    {"riskTransfer", "supported",
     QT_TRANSLATE_NOOP3("PropertyCatalogue", "Supported (operator applies patches)",
                        "riskTransfer value")},
    {"riskTransfer", "required",
     QT_TRANSLATE_NOOP3("PropertyCatalogue", "Required (operator provides the controls)",
                        "riskTransfer value")},
};


QString translated(const std::string &text)
{
    return QCoreApplication::translate(kContext, text.c_str());
}

} // namespace

QString catalogueLabel(const PropertyDefinition &definition)
{
    return translated(definition.label);
}

QString catalogueGroup(const std::string &group)
{
    return translated(group);
}

QString catalogueDescription(const PropertyDefinition &definition)
{
    return translated(definition.description);
}

QString catalogueValueLabel(const PropertyDefinition &definition, const std::string &value)
{
    for (const ValueText &entry : kValues) {
        if (definition.key == entry.key && value == entry.value)
            return QCoreApplication::translate(kContext, entry.label.source,
                                               entry.label.disambiguation);
    }
    return QString::fromStdString(value);
}

std::vector<std::string> catalogueSourceTexts()
{
    std::vector<std::string> texts(std::begin(kGroups), std::end(kGroups));
    for (const PropertyText &entry : kProperties) {
        texts.emplace_back(entry.label);
        texts.emplace_back(entry.description);
    }
    return texts;
}

std::vector<std::pair<std::string, std::string>> catalogueValueLabelKeys()
{
    std::vector<std::pair<std::string, std::string>> keys;
    for (const ValueText &entry : kValues)
        keys.emplace_back(entry.key, entry.value);
    return keys;
}

} // namespace vigil
