// The packs Vigil ships: they load, cover STRIDE per element, refine rather than hide, and fire
// sensibly on the insulin-pump example.

#include "StrideTestSupport.h"

#include "model/json/JsonInterchange.h"
#include "model/Synth.h"
#include "stride/ThreatText.h"

#include <QtTest>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

using namespace vigil;
using namespace vigil::stride;
using namespace vigil::stride::testing;

Q_DECLARE_METATYPE(vigil::ElementKind)

namespace {

std::string categoriesOn(const Analysis &analysis, const Id &target)
{
    std::set<StrideCategory> found;
    for (const Finding &finding : analysis.findings())
        if (analysis.targets(finding) == std::vector<Id>{target})
            found.insert(analysis.rule(finding).category);
    std::string letters;
    for (auto [category, letter] : {std::pair{StrideCategory::Spoofing, 'S'},
                                    {StrideCategory::Tampering, 'T'},
                                    {StrideCategory::Repudiation, 'R'},
                                    {StrideCategory::InformationDisclosure, 'I'},
                                    {StrideCategory::DenialOfService, 'D'},
                                    {StrideCategory::ElevationOfPrivilege, 'E'}})
        if (found.count(category))
            letters += letter;
    return letters;
}

ThreatModel exampleModel()
{
    std::ifstream in(std::string(VIGIL_SOURCE_DIR) + "/resources/examples/insulin-pump.json");
    if (!in)
        throw std::runtime_error("cannot open the example");
    std::ostringstream text;
    text << in.rdbuf();
    return modelFromJson(text.str());
}

PropertyMap allTrue(PropertyTarget target)
{
    PropertyMap properties;
    for (const PropertyDefinition *definition :
         PropertyCatalogue::builtin().definitionsFor(target))
        if (definition->type == PropertyType::Bool)
            properties[definition->key] = true;
    return properties;
}

// A model on which every rule of both shipped packs fires: for each kind an element with every
// boolean property set, and one per value of each enum property; half of them in a zone nested
// in another; a flow with every flow property between each ordered pair, and a second, parallel
// one, so that titles must tell parallel flows apart.
ThreatModel everythingModel()
{
    ThreatModel model;
    model.addBoundary(makeZone("outer"));
    model.addBoundary(makeZone("inner", "outer"));
    const PropertyCatalogue &catalogue = PropertyCatalogue::builtin();
    int count = 0;
    for (ElementKind kind :
         {ElementKind::ExternalEntity, ElementKind::Process, ElementKind::DataStore}) {
        std::vector<PropertyMap> variants{allTrue(targetOf(kind))};
        for (const PropertyDefinition *definition : catalogue.definitionsFor(targetOf(kind)))
            if (definition->type == PropertyType::Enum)
                for (const std::string &value : definition->values) {
                    PropertyMap properties = allTrue(targetOf(kind));
                    properties[definition->key] = value;
                    variants.push_back(properties);
                }
        for (const PropertyMap &properties : variants) {
            const std::string id = "e" + std::to_string(++count);
            model.addElement(makeElement(id, kind, properties));
            if (count % 2 == 0)
                model.setMembership(id, "inner");
        }
    }
    int flows = 0;
    const PropertyMap flowProperties = allTrue(PropertyTarget::Flow);
    for (const Element *source : model.elements())
        for (const Element *target : model.elements())
            if (source != target)
                for (int parallel = 0; parallel < 2; ++parallel) {
                    Flow flow = makeFlow("f" + std::to_string(++flows), source->id, target->id,
                                         flowProperties);
                    flow.protocol = "BLE";
                    model.addFlow(flow);
                }
    return model;
}

const Finding *findingOf(const Analysis &analysis, const std::string &rule,
                         const std::vector<Id> &targets)
{
    for (const Finding &finding : analysis.findings())
        if (analysis.rule(finding).id == rule && analysis.targets(finding) == targets)
            return &finding;
    return nullptr;
}

} // namespace

class TestPacks : public QObject {
    Q_OBJECT

private slots:
    void shippedPacksLoad()
    {
        const auto &packs = shippedPacks();
        QCOMPARE(packs.size(), size_t(2));
        QCOMPARE(packs[0]->id(), std::string("stride-default"));
        QCOMPARE(packs[1]->id(), std::string("medical-device"));
        QVERIFY(packs[0]->rules().size() >= 40);
        QVERIFY(packs[1]->rules().size() >= 30);
        std::set<std::string> categories;
        for (const RulePackPtr &pack : packs) {
            std::set<std::string> titles;
            for (const Rule &rule : pack->rules()) {
                QVERIFY2(!rule.mitigations.empty(), rule.id.c_str());
                QVERIFY2(!rule.capec.empty() || !rule.cwe.empty(), rule.id.c_str());
                QVERIFY2(titles.insert(rule.title.text()).second, rule.id.c_str());
                for (const SuggestedMitigation &mitigation : rule.mitigations)
                    categories.insert(mitigation.controlCategory);
            }
        }
        QCOMPARE(categories.size(), size_t(8)); // every FDA control category is suggested
    }

    void packFilesMatchEmbeddedPacks()
    {
        for (const char *name : {"stride-default", "medical-device"}) {
            const RulePack pack = loadRulePackFile(std::string(VIGIL_SOURCE_DIR)
                                                   + "/resources/rules/" + name + ".json");
            QCOMPARE(pack.rules().size(), shippedPack(name)->rules().size());
        }
    }

    // STRIDE per element: what every element of a kind gets, whatever its properties.
    void strideTable_data()
    {
        QTest::addColumn<ElementKind>("kind");
        QTest::addColumn<bool>("storesLogs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("external entity: S R") << ElementKind::ExternalEntity << false << "SR";
        QTest::newRow("process: S T R I D E") << ElementKind::Process << false << "STRIDE";
        QTest::newRow("data store: T I D") << ElementKind::DataStore << false << "TID";
        QTest::newRow("data store with logs: T R I D") << ElementKind::DataStore << true
                                                       << "TRID";
    }

    void strideTable()
    {
        QFETCH(ElementKind, kind);
        QFETCH(bool, storesLogs);
        QFETCH(QString, expected);
        ThreatModel model;
        PropertyMap properties;
        if (storesLogs)
            properties["storesLogs"] = true;
        model.addElement(makeElement("e", kind, properties));
        const Analysis analysis = analyze(model, {shippedPack("stride-default")});
        QCOMPARE(QString::fromStdString(categoriesOn(analysis, "e")), expected);
    }

    void flowsGetTamperingDisclosureAndDenial()
    {
        ThreatModel model;
        model.addElement(makeElement("a", ElementKind::Process));
        model.addElement(makeElement("b", ElementKind::Process));
        model.addFlow(makeFlow("f", "a", "b"));
        const Analysis analysis = analyze(model, {shippedPack("stride-default")});
        QCOMPARE(QString::fromStdString(categoriesOn(analysis, "f")), QString("TID"));
    }

    // Property values refine, they do not hide: an encrypted flow keeps its threats.
    void propertiesRefineSeverity_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("property");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tampering, plain flow") << "SD-F-T-01" << "" << "high";
        QTest::newRow("tampering, encrypted") << "SD-F-T-01" << "encrypted" << "medium";
        QTest::newRow("tampering, integrity-protected") << "SD-F-T-01" << "integrityProtected"
                                                        << "low";
        QTest::newRow("eavesdropping, plain flow") << "SD-F-I-01" << "" << "medium";
        QTest::newRow("eavesdropping, encrypted") << "SD-F-I-01" << "encrypted" << "low";
        QTest::newRow("eavesdropping, PHI in the clear") << "SD-F-I-01" << "carriesPhi"
                                                         << "high";
        QTest::newRow("spoofing across a boundary, plain") << "SD-X-S-01" << "" << "high";
        QTest::newRow("spoofing across a boundary, authenticated")
            << "SD-X-S-01" << "authenticated" << "low";
    }

    void propertiesRefineSeverity()
    {
        QFETCH(QString, rule);
        QFETCH(QString, property);
        QFETCH(QString, expected);
        ThreatModel model;
        model.addElement(makeElement("user", ElementKind::ExternalEntity));
        model.addElement(makeElement("svc", ElementKind::Process));
        model.addBoundary(makeZone("z"));
        model.setMembership("svc", "z");
        PropertyMap properties;
        if (!property.isEmpty())
            properties[property.toStdString()] = true;
        model.addFlow(makeFlow("f", "user", "svc", properties));
        const Analysis analysis = analyze(model, shippedPacks());
        std::vector<Id> targets{"f"};
        if (rule.startsWith("SD-X"))
            targets.push_back("z");
        const Finding *finding = findingOf(analysis, rule.toStdString(), targets);
        QVERIFY2(finding, "the threat must not disappear");
        QCOMPARE(QString::fromStdString(std::string(analysis.severity(*finding))), expected);
        if (!property.isEmpty() && property != "carriesPhi")
            QVERIFY(analysis.description(*finding).find("verif")
                    != std::string::npos);
    }

    void insulinPumpExample_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QStringList>("targets");
        QTest::addColumn<QString>("severity"); // empty: must not fire
        QTest::newRow("BLE bolus commands, protected: refined")
            << "MD-WL-T-01" << QStringList{"f-phone-pump"} << "medium";
        QTest::newRow("CGM readings carry no commands")
            << "MD-WL-T-01" << QStringList{"f-cgm-pump"} << "";
        QTest::newRow("CGM readings are PHI over the air, encrypted")
            << "MD-WL-I-01" << QStringList{"f-cgm-pump"} << "low";
        QTest::newRow("USB service mode") << "MD-DBG-S-01" << QStringList{"pump-service"}
                                          << "high";
        QTest::newRow("signed firmware updates")
            << "MD-FW-T-01" << QStringList{"pump-boot"} << "high";
        QTest::newRow("legacy interface engine")
            << "MD-RT-E-02" << QStringList{"interface-engine"} << "high";
        QTest::newRow("EHR must be protected by the hospital")
            << "MD-RT-E-01" << QStringList{"ehr"} << "medium";
        QTest::newRow("dosing clock") << "MD-CLK-T-01" << QStringList{"pump-fw"} << "high";
        QTest::newRow("event log may hold PHI") << "MD-PHI-I-01" << QStringList{"pump-log"}
                                                << "medium";
        QTest::newRow("fleet update service") << "MD-MPH-T-02" << QStringList{"f-update-app"}
                                              << "critical";
        QTest::newRow("alarms") << "MD-SAF-D-02" << QStringList{"pump-alarm"} << "critical";
        QTest::newRow("privileged firmware") << "SD-P-E-03" << QStringList{"pump-fw"}
                                             << "high";
        QTest::newRow("PHI leaves the pump to the technician's laptop")
            << "SD-X-I-01" << QStringList{"f-service-tech", "tb-pump"} << "medium";
        QTest::newRow("software copied into flash inside the pump: low, not critical")
            << "SD-F-T-03" << QStringList{"f-boot-fw"} << "low";
        QTest::newRow("multi-patient PHI database: encryption does not lower the impact")
            << "SD-DS-I-01" << QStringList{"cloud-db"} << "high";
        QTest::newRow("firmware update package crosses three zones: one threat")
            << "SD-X-E-01"
            << QStringList{"f-update-app", "tb-devmgmt", "tb-cloud", "tb-phone"} << "medium";
        QTest::newRow("commands from the pump's own controller: defense in depth")
            << "MD-CMD-T-01" << QStringList{"f-fw-motor"} << "medium";
        QTest::newRow("no debug port on the motor driver")
            << "MD-DBG-E-01" << QStringList{"pump-motor"} << "";
    }

    void insulinPumpExample()
    {
        QFETCH(QString, rule);
        QFETCH(QStringList, targets);
        QFETCH(QString, severity);
        const ThreatModel model = exampleModel();
        const Analysis analysis = analyze(model, resolvePacks(model.info().rulePacks));
        std::vector<Id> ids;
        for (const QString &target : targets)
            ids.push_back(target.toStdString());
        const Finding *finding = findingOf(analysis, rule.toStdString(), ids);
        if (severity.isEmpty()) {
            QVERIFY(!finding);
            return;
        }
        QVERIFY(finding);
        QCOMPARE(QString::fromStdString(std::string(analysis.severity(*finding))), severity);
    }

    // Every rule of both packs renders to plain text on a model where all of them fire: no
    // placeholder is left, and two distinct targets never share a title (so a review can tell
    // every threat apart by its title).
    void everyRuleRendersCleanly()
    {
        const ThreatModel model = everythingModel();
        const Analysis analysis = analyze(model, shippedPacks());
        std::set<std::string> fired;
        std::map<std::string, std::vector<Id>> targetsByTitle;
        const auto placeholderFree = [](const std::string &text) {
            return text.find('{') == std::string::npos && text.find('}') == std::string::npos;
        };
        for (const Finding &finding : analysis.findings()) {
            const Rule &rule = analysis.rule(finding);
            fired.insert(rule.id);
            const std::string title = analysis.title(finding);
            const std::string description = analysis.description(finding);
            QVERIFY2(placeholderFree(title), (rule.id + ": " + title).c_str());
            QVERIFY2(placeholderFree(description), (rule.id + ": " + description).c_str());
            QVERIFY2(!title.empty() && description.size() > title.size(), rule.id.c_str());
            const std::vector<Id> targets = analysis.targets(finding);
            auto [it, isNew] = targetsByTitle.emplace(title, targets);
            QVERIFY2(isNew || it->second == targets, ("title repeats: " + title).c_str());
        }
        for (const RulePackPtr &pack : shippedPacks())
            for (const Rule &rule : pack->rules()) {
                QVERIFY2(fired.count(rule.id), (rule.id + " never fired").c_str());
                // Notes of refinements that did not apply here render the same way.
                for (const Refinement &refinement : rule.refinements) {
                    std::string note;
                    refinement.note.renderTo(note, {"Name", "Source", "Target", "Zone", "BLE"});
                    QVERIFY2(placeholderFree(note), (rule.id + ": " + note).c_str());
                }
            }
    }

    // Threat titles and descriptions in Japanese and German: the rule's translated templates
    // with the same names, the refinement note that applied, and the English record untouched.
    void threatsReadInTheReadersLanguage()
    {
        ThreatModel model = exampleModel();
        reconcile(model, analyze(model, shippedPacks()));
        const Threat *refined = nullptr;
        size_t translated = 0;
        for (const auto &[id, threat] : model.threats().all()) {
            if (isInactive(threat.status) || threat.manual)
                continue;
            const auto ja = translatedThreatText(model, threat, shippedPacks(), "ja");
            const auto de = translatedThreatText(model, threat, shippedPacks(), "de");
            const std::string english = model.render(threat.title);
            QVERIFY2(ja && de, english.c_str());
            QVERIFY2(ja->title != english && de->title != english, english.c_str());
            const Element *element = model.element(threat.targets.front());
            const Flow *flow = model.flow(threat.targets.front());
            const std::string name = element ? element->name : flow->name;
            QVERIFY2(ja->title.find(name) != std::string::npos
                         || ja->description.find(name) != std::string::npos,
                     ja->title.c_str());
            QVERIFY(ja->title.find('{') == std::string::npos);
            QVERIFY(!translatedThreatText(model, threat, shippedPacks(), "en"));
            const Rule *rule = ruleOf(threat, shippedPacks());
            for (size_t i = 0; i < rule->refinements.size() && !refined; ++i) {
                std::string note;
                Template::Values values;
                values.name = name;
                if (rule->scope != RuleScope::Element) {
                    values.source = model.element(flow->source)->name;
                    values.target = model.element(flow->target)->name;
                    values.protocol = flow->protocol;
                }
                if (rule->scope != RuleScope::Crossing)
                    rule->refinements[i].note.renderTo(note, values);
                if (!note.empty() && model.render(threat.description).ends_with(" " + note)) {
                    refined = &threat;
                    std::string jaNote;
                    rule->noteIn(i, "ja").renderTo(jaNote, values);
                    QVERIFY2(ja->description.ends_with(jaNote), ja->description.c_str());
                }
            }
            ++translated;
        }
        QVERIFY(translated > 300);
        QVERIFY2(refined, "no threat of the example carries a refinement note");

        // A name changed since the analysis: a record the engine wrote names the element, so
        // the English text and its translation both show the new name at once. (The example's
        // records come from its JSON as plain text; analyse a copy without them.)
        ThreatModel analysed = model;
        for (const auto &[id, threat] : model.threats().all())
            analysed.threats().remove(id);
        reconcile(analysed, analyze(analysed, shippedPacks()));
        const Threat *onElement = nullptr;
        for (const auto &[id, threat] : analysed.threats().all())
            if (!onElement && !isInactive(threat.status) && !threat.manual
                && model.element(threat.targets.front()))
                onElement = &threat;
        QVERIFY(onElement);
        const Threat renamedOne = *onElement;
        QVERIFY(renamedOne.title.namesObjects());
        Element renamed = *analysed.element(renamedOne.targets.front());
        const std::string oldName = renamed.name;
        renamed.name = "Renamed since the analysis";
        ThreatModel changed = analysed;
        changed.updateElement(renamed);
        const std::string englishTitle = changed.render(renamedOne.title);
        QVERIFY2(englishTitle.find(renamed.name) != std::string::npos, englishTitle.c_str());
        QVERIFY(englishTitle.find(oldName) == std::string::npos);
        const auto current = translatedThreatText(changed, renamedOne, shippedPacks(), "ja");
        QVERIFY(current);
        QVERIFY2(current->title.find(renamed.name) != std::string::npos, current->title.c_str());
        QVERIFY(current->title != englishTitle);
        // An element removed: its obsolete threats keep their texts with its last name and
        // are still translated.
        ThreatModel without = analysed;
        without.removeElement(renamedOne.targets.front());
        const Threat *kept = without.threats().find(renamedOne.id);
        QVERIFY(kept);
        QVERIFY(without.render(kept->title).find(oldName) != std::string::npos);
        const auto obsolete = translatedThreatText(without, *kept, shippedPacks(), "de");
        QVERIFY(obsolete);
        QVERIFY2(obsolete->title.find(oldName) != std::string::npos, obsolete->title.c_str());
        // A title edited by hand no longer reads back: shown as recorded.
        Threat edited = *refined;
        edited.title = "Our own wording of this threat";
        QVERIFY(!translatedThreatText(model, edited, shippedPacks(), "ja"));
        Threat manual = *refined;
        manual.manual = true;
        QVERIFY(!translatedThreatText(model, manual, shippedPacks(), "ja"));
    }

    // A declared control lowers how easily a store of many patients' health data is read, not
    // how many patients a breach exposes: no refinement drops such a disclosure below high.
    void multiPatientHealthDataStaysHighWhateverTheControls()
    {
        ThreatModel model;
        PropertyMap controls = allTrue(PropertyTarget::DataStore);
        controls.erase("safetyCritical");
        model.addElement(makeElement("db", ElementKind::DataStore, controls));
        const Analysis analysis = analyze(model, shippedPacks());
        size_t disclosures = 0;
        for (const Finding &finding : analysis.findings()) {
            const Rule &rule = analysis.rule(finding);
            if (rule.category != StrideCategory::InformationDisclosure)
                continue;
            ++disclosures;
            const int floor = std::min(severityRank(rule.severity), severityRank("high"));
            QVERIFY2(severityRank(analysis.severity(finding)) >= floor,
                     (rule.id + ": " + std::string(analysis.severity(finding))).c_str());
        }
        QVERIFY(disclosures >= 5);
    }

    // The bundled example, as shipped: every open threat has a title of its own, and severity
    // separates (the figures are quoted in README.md and resources/rules/README.md).
    void exampleThreatsAreDistinctAndSeveritySeparates()
    {
        const ThreatModel model = exampleModel();
        std::map<std::string, int> titles;
        std::map<std::string, int> severities;
        int active = 0;
        for (const auto &[id, threat] : model.threats().all()) {
            if (isInactive(threat.status))
                continue;
            ++active;
            ++severities[threat.severity];
            const std::string title = model.render(threat.title);
            QVERIFY2(++titles[title] == 1, ("title repeats: " + title).c_str());
        }
        QCOMPARE(active, 414);
        QCOMPARE(severities["critical"], 13);
        QCOMPARE(severities["high"], 51);
        QCOMPARE(severities["medium"], 212);
        QCOMPARE(severities["low"], 138);
        QVERIFY(4 * (severities["critical"] + severities["high"]) <= active); // a quarter at most
    }

    // A rule that fires nowhere has a condition that cannot hold. Enum values come from a large
    // synthetic model; rarer combinations from a model where every boolean property is true.
    void everyShippedRuleCanFire()
    {
        std::set<std::string> fired;
        const auto collect = [&](const ThreatModel &model) {
            const Analysis analysis = analyze(model, shippedPacks());
            for (const Finding &finding : analysis.findings())
                fired.insert(analysis.rule(finding).id);
        };
        collect(synthesizeModel({2000, 4000, 30, 7}));

        ThreatModel saturated;
        const PropertyCatalogue &catalogue = PropertyCatalogue::builtin();
        const auto allTrue = [&](PropertyTarget target) {
            PropertyMap properties;
            for (const PropertyDefinition *definition : catalogue.definitionsFor(target))
                if (definition->type == PropertyType::Bool)
                    properties[definition->key] = true;
            return properties;
        };
        for (ElementKind kind : {ElementKind::ExternalEntity, ElementKind::Process,
                                 ElementKind::DataStore})
            saturated.addElement(makeElement(std::string(toString(kind)), kind,
                                             allTrue(targetOf(kind))));
        int flows = 0;
        for (const Element *source : saturated.elements())
            for (const Element *target : saturated.elements())
                if (source != target)
                    saturated.addFlow(makeFlow("f" + std::to_string(++flows), source->id,
                                               target->id,
                                               allTrue(PropertyTarget::Flow)));
        collect(saturated);

        std::string missing;
        for (const RulePackPtr &pack : shippedPacks())
            for (const Rule &rule : pack->rules())
                if (!fired.count(rule.id))
                    missing += rule.id + " ";
        QVERIFY2(missing.empty(), missing.c_str());
    }
};

QTEST_APPLESS_MAIN(TestPacks)
#include "tst_packs.moc"
