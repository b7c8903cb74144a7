// The property catalogue: the built-in one carries the properties threat rules and reviewers rely
// on, validation accepts and rejects per type and per target, and a broken catalogue is refused
// with a message that says where.

#include "model/PropertyCatalogue.h"

#include <QtTest>

using namespace vigil;

Q_DECLARE_METATYPE(vigil::PropertyTarget)
Q_DECLARE_METATYPE(vigil::PropertyType)

namespace {

PropertyTarget targetNamed(const QString &name)
{
    if (name == "external-entity")
        return PropertyTarget::ExternalEntity;
    if (name == "process")
        return PropertyTarget::Process;
    if (name == "data-store")
        return PropertyTarget::DataStore;
    return PropertyTarget::Flow;
}

} // namespace

class TestCatalogue : public QObject {
    Q_OBJECT

private slots:
    void builtinLoads()
    {
        const PropertyCatalogue &catalogue = PropertyCatalogue::builtin();
        QVERIFY(catalogue.definitions().size() >= 20);
        for (const PropertyDefinition &definition : catalogue.definitions()) {
            QVERIFY2(!definition.label.empty(), definition.key.c_str());
            QVERIFY2(!definition.appliesTo.empty(), definition.key.c_str());
        }
        QVERIFY(!catalogue.definitionsFor(PropertyTarget::Flow).empty());
        QVERIFY(!catalogue.definitionsFor(PropertyTarget::ExternalEntity).empty());
    }

    // The properties the issue names, each with its type and one target it must apply to.
    void builtinHasTheNamedProperties_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<PropertyType>("type");
        QTest::addColumn<QString>("target");
        QTest::newRow("authentication (element)") << "authenticates" << PropertyType::Bool
                                                  << "process";
        QTest::newRow("authentication (flow)") << "authenticated" << PropertyType::Bool << "flow";
        QTest::newRow("encryption in transit") << "encrypted" << PropertyType::Bool << "flow";
        QTest::newRow("encryption at rest") << "encryptedAtRest" << PropertyType::Bool
                                            << "data-store";
        QTest::newRow("wireless") << "wireless" << PropertyType::Bool << "flow";
        QTest::newRow("PHI (element)") << "handlesPhi" << PropertyType::Bool << "data-store";
        QTest::newRow("PHI (flow)") << "carriesPhi" << PropertyType::Bool << "flow";
        QTest::newRow("logs") << "storesLogs" << PropertyType::Bool << "data-store";
        QTest::newRow("privileged") << "runsAsPrivileged" << PropertyType::Bool << "process";
        QTest::newRow("input validation") << "validatesInput" << PropertyType::Bool << "process";
        QTest::newRow("safety-critical") << "safetyCritical" << PropertyType::Bool << "process";
        QTest::newRow("multi-patient") << "multiPatient" << PropertyType::Bool << "process";
        QTest::newRow("physical ports") << "physicalPorts" << PropertyType::Bool << "process";
        QTest::newRow("debug ports") << "debugPort" << PropertyType::Enum << "process";
        QTest::newRow("update mechanism") << "updateMechanism" << PropertyType::Enum
                                          << "process";
        QTest::newRow("risk transfer")
            << "riskTransfer" << PropertyType::Enum << "external-entity";
        QTest::newRow("transitional") << "transitional" << PropertyType::Bool << "process";
    }

    void builtinHasTheNamedProperties()
    {
        QFETCH(QString, key);
        QFETCH(PropertyType, type);
        QFETCH(QString, target);
        const PropertyDefinition *definition =
            PropertyCatalogue::builtin().find(key.toStdString());
        QVERIFY(definition);
        QVERIFY(definition->type == type);
        QVERIFY(definition->appliesToTarget(targetNamed(target)));
    }

    void riskTransferHasTheThreeLevels()
    {
        const PropertyDefinition *definition = PropertyCatalogue::builtin().find("riskTransfer");
        QVERIFY(definition);
        QVERIFY((definition->values
                 == std::vector<std::string>{"maintained", "supported", "required"}));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("kind"); // 0 bool, 1 number, 2 text
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("problem"); // empty: valid
        QTest::newRow("bool on flow") << "encrypted" << 0 << "" << "flow" << "";
        QTest::newRow("bool given text") << "encrypted" << 2 << "yes" << "flow"
                                         << "expected a boolean";
        QTest::newRow("bool given number") << "wireless" << 1 << "" << "flow"
                                           << "expected a boolean";
        QTest::newRow("enum value") << "riskTransfer" << 2 << "supported" << "process" << "";
        QTest::newRow("enum unknown value") << "riskTransfer" << 2 << "sometimes" << "process"
                                            << "expected one of: maintained, supported, required";
        QTest::newRow("enum given bool") << "debugPort" << 0 << "" << "process"
                                         << "expected one of: none, jtag";
        QTest::newRow("text value") << "technology" << 2 << "Linux" << "process" << "";
        QTest::newRow("text given bool") << "technology" << 0 << "" << "process"
                                         << "expected a string";
        QTest::newRow("unknown key") << "colour" << 2 << "red" << "process"
                                     << "unknown property \"colour\"";
        QTest::newRow("flow property on element") << "encrypted" << 0 << "" << "process"
                                                  << "does not apply to a process";
        QTest::newRow("store-only property on process")
            << "storesLogs" << 0 << "" << "process" << "does not apply to a process";
        QTest::newRow("entity-only property on flow")
            << "trusted" << 0 << "" << "flow" << "does not apply to a flow";
        QTest::newRow("debug port on data store")
            << "debugPort" << 2 << "jtag" << "data-store" << "does not apply to a data-store";
    }

    void validate()
    {
        QFETCH(QString, key);
        QFETCH(int, kind);
        QFETCH(QString, text);
        QFETCH(QString, target);
        QFETCH(QString, problem);
        PropertyValue value = true;
        if (kind == 1)
            value = 3.0;
        else if (kind == 2)
            value = text.toStdString();
        const QString result = QString::fromStdString(
            PropertyCatalogue::builtin().validate(key.toStdString(), value, targetNamed(target)));
        if (problem.isEmpty())
            QVERIFY2(result.isEmpty(), qPrintable(result));
        else
            QVERIFY2(result.contains(problem), qPrintable(result));
    }

    void customCatalogueParses()
    {
        const auto catalogue = PropertyCatalogue::fromJson(
            R"({"properties": [{"key": "doseLimit", "type": "number", "label": "Dose limit",
                "description": "Units per hour", "group": "Safety",
                "appliesTo": ["process", "data-store"]}]})",
            "site.json");
        const PropertyDefinition *definition = catalogue.find("doseLimit");
        QVERIFY(definition);
        QCOMPARE(definition->group, std::string("Safety"));
        QVERIFY(catalogue.validate("doseLimit", 2.5, PropertyTarget::DataStore).empty());
        QVERIFY(!catalogue.validate("doseLimit", true, PropertyTarget::Process).empty());
        QVERIFY(!catalogue.validate("doseLimit", 2.5, PropertyTarget::Flow).empty());
    }

    void malformedCatalogueIsRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        const QString entry = R"({"key": "k", "type": "bool", "label": "K", "description": "",
                                 "appliesTo": ["process"]})";
        QTest::newRow("not JSON") << "{properties: []" << "site.json: not valid JSON";
        QTest::newRow("no properties array") << R"({"props": []})"
                                             << "site.json: $: expected an object";
        QTest::newRow("entry not an object") << R"({"properties": [1]})"
                                             << "site.json: $.properties[0]: expected an object";
        QTest::newRow("missing key") << R"({"properties": [{"type": "bool"}]})"
                                     << "site.json: $.properties[0].key: missing";
        QTest::newRow("unknown type")
            << R"({"properties": [{"key": "k", "type": "colour", "label": "K",
                   "description": "", "appliesTo": ["process"]}]})"
            << "site.json: $.properties[0].type: expected bool, text, number or enum";
        QTest::newRow("enum without values")
            << R"({"properties": [{"key": "k", "type": "enum", "label": "K",
                   "description": "", "appliesTo": ["process"]}]})"
            << "site.json: $.properties[0].values";
        QTest::newRow("unknown target")
            << R"({"properties": [{"key": "k", "type": "bool", "label": "K",
                   "description": "", "appliesTo": ["cloud"]}]})"
            << "site.json: $.properties[0].appliesTo: expected external-entity";
        QTest::newRow("duplicate key") << R"({"properties": [)" + entry + "," + entry + "]}"
                                       << "site.json: $.properties[1].key: duplicate property";
    }

    void malformedCatalogueIsRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        try {
            PropertyCatalogue::fromJson(text.toStdString(), "site.json");
            QFAIL("accepted a malformed catalogue");
        } catch (const CatalogueError &error) {
            const QString what = QString::fromUtf8(error.what());
            QVERIFY2(what.startsWith(message), qPrintable(what));
        }
    }
};

QTEST_APPLESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
