// Rule pack files: structure validation (every problem reported, the pack refused whole), and
// what a valid pack makes available.

#include "StrideTestSupport.h"

#include <QtTest>

#include <sys/stat.h>

using namespace vigil;
using namespace vigil::stride;
using namespace vigil::stride::testing;

namespace {

const char *kGoodRule = R"({"id": "R1", "category": "tampering", "appliesTo": ["process"],
    "title": "T {name}", "description": "D", "severity": "high"})";

std::string withRule(const std::string &rule) { return packJson(rule); }

} // namespace

class TestRulePack : public QObject {
    Q_OBJECT

private slots:
    void refusesBadPacks_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected"); // a line of the errors, after "test.json: "
        const std::string head =
            R"({"format": "vigil-rule-pack", "formatVersion": 1, "id": "p", "version": "1",)"
            R"( "title": "P", )";
        const auto rule = [](const std::string &fields) {
            return withRule(R"({"id": "R1", "category": "tampering", "appliesTo": ["process"],)"
                            R"( "title": "T", "description": "D", "severity": "high")"
                            + fields + "}");
        };
        QTest::newRow("not JSON") << "{\"format\": " << "not valid JSON";
        QTest::newRow("not an object") << "[]" << "$: expected an object, found an array";
        QTest::newRow("wrong format")
            << QString::fromStdString(R"({"format": "vigil-model", "formatVersion": 1, "id": "p",)"
                                      R"( "version": "1", "title": "P", "rules": []})")
            << "$.format: expected \"vigil-rule-pack\"";
        QTest::newRow("newer format version")
            << QString::fromStdString(R"({"format": "vigil-rule-pack", "formatVersion": 2,)"
                                      R"( "id": "p", "version": "1", "title": "P", "rules": []})")
            << "$.formatVersion: expected 1";
        QTest::newRow("unknown top-level key")
            << QString::fromStdString(head + R"("rules": [], "author": "me"})")
            << "$: unknown key \"author\"";
        QTest::newRow("missing rules") << QString::fromStdString(head + R"("x": 1})")
                                       << "$: missing \"rules\"";
        QTest::newRow("rules not a list") << QString::fromStdString(head + R"("rules": {}})")
                                          << "$.rules: expected an array";
        QTest::newRow("bad pack id")
            << QString::fromStdString(R"({"format": "vigil-rule-pack", "formatVersion": 1,)"
                                      R"( "id": "My Pack", "version": "1", "title": "P",)"
                                      R"( "rules": []})")
            << "$.id: \"My Pack\" must be lower-case";
        QTest::newRow("rule without id")
            << QString::fromStdString(withRule(R"({"category": "tampering"})"))
            << "rules[0]: missing \"id\"";
        QTest::newRow("duplicate rule id")
            << QString::fromStdString(packJson(std::string(kGoodRule) + "," + kGoodRule))
            << "rule R1: duplicate rule id";
        QTest::newRow("unknown rule key") << QString::fromStdString(rule(R"(, "priority": 1)"))
                                          << "rule R1: unknown key \"priority\"";
        QTest::newRow("bad category")
            << QString::fromStdString(withRule(
                   R"({"id": "R1", "category": "spoof", "appliesTo": ["process"],)"
                   R"( "title": "T", "description": "D", "severity": "high"})"))
            << "rule R1: category: \"spoof\" is not one of";
        QTest::newRow("bad severity")
            << QString::fromStdString(withRule(
                   R"({"id": "R1", "category": "tampering", "appliesTo": ["process"],)"
                   R"( "title": "T", "description": "D", "severity": "urgent"})"))
            << "rule R1: severity: \"urgent\" is not one of low, medium, high, critical";
        QTest::newRow("bad appliesTo")
            << QString::fromStdString(withRule(
                   R"({"id": "R1", "category": "tampering", "appliesTo": ["server"],)"
                   R"( "title": "T", "description": "D", "severity": "high"})"))
            << "rule R1: appliesTo: \"server\" is not one of";
        QTest::newRow("flow mixed with kinds")
            << QString::fromStdString(withRule(
                   R"({"id": "R1", "category": "tampering", "appliesTo": ["flow", "process"],)"
                   R"( "title": "T", "description": "D", "severity": "high"})"))
            << "rule R1: appliesTo: \"flow\" and \"crossing\" must stand alone";
        QTest::newRow("title of the wrong type")
            << QString::fromStdString(withRule(
                   R"({"id": "R1", "category": "tampering", "appliesTo": ["process"],)"
                   R"( "title": 5, "description": "D", "severity": "high"})"))
            << "rule R1: title: expected text, found a number";
        QTest::newRow("unknown placeholder")
            << QString::fromStdString(withRule(
                   R"({"id": "R1", "category": "tampering", "appliesTo": ["process"],)"
                   R"( "title": "About {nam}", "description": "D", "severity": "high"})"))
            << "rule R1: title: column 7: unknown placeholder {nam}";
        QTest::newRow("flow placeholder in an element rule")
            << QString::fromStdString(withRule(
                   R"({"id": "R1", "category": "tampering", "appliesTo": ["process"],)"
                   R"( "title": "T", "description": "From {source}", "severity": "high"})"))
            << "rule R1: description: column 6: {source} is only available in rules for flows";
        QTest::newRow("boundary placeholder in a flow rule")
            << QString::fromStdString(withRule(
                   R"({"id": "R1", "category": "tampering", "appliesTo": "flow",)"
                   R"( "title": "Across {boundary}", "description": "D", "severity": "high"})"))
            << "rule R1: title: column 8: {boundary} is only available in rules for crossings";
        QTest::newRow("bad mitigation category")
            << QString::fromStdString(rule(R"(, "mitigations": [{"title": "M",)"
                                           R"( "category": "firewall"}])"))
            << "rule R1: mitigations[0]: category: \"firewall\" is not an FDA control category";
        QTest::newRow("bad CWE reference")
            << QString::fromStdString(rule(R"(, "references": {"cwe": ["319"]})"))
            << "rule R1: references.cwe: expected \"CWE-<number>\", found \"319\"";
        QTest::newRow("refinement that changes nothing")
            << QString::fromStdString(rule(R"(, "refinements": [{"when": "true"}])"))
            << "rule R1: refinements[0]: a refinement needs a \"severity\" or a \"note\"";
        QTest::newRow("refinement with a bad condition")
            << QString::fromStdString(rule(R"(, "refinements": [{"when": "element.x",)"
                                           R"( "severity": "low"}])"))
            << "rule R1: refinements[0].when: column 1: unknown property \"x\"";
        QTest::newRow("translation into a tag that is not a language")
            << QString::fromStdString(rule(R"(, "translations": {"Japanese": {"title": "T"}})"))
            << "rule R1: translations.Japanese: \"Japanese\" is not a language tag";
        QTest::newRow("translation with an unknown key")
            << QString::fromStdString(rule(R"(, "translations": {"ja": {"titel": "T"}})"))
            << "rule R1: translations.ja: unknown key \"titel\"";
        QTest::newRow("translation that drops a placeholder")
            << QString::fromStdString(withRule(
                   R"({"id": "R1", "category": "tampering", "appliesTo": ["process"],)"
                   R"( "title": "Tampering with {name}", "description": "D", "severity": "high",)"
                   R"( "translations": {"de": {"title": "Manipulation"}}})"))
            << "rule R1: translations.de.title: does not use {name}, which the rule's own text uses";
        QTest::newRow("translation that names a part the rule does not")
            << QString::fromStdString(withRule(
                   R"({"id": "R1", "category": "tampering", "appliesTo": ["flow"],)"
                   R"( "title": "T {name}", "description": "D", "severity": "high",)"
                   R"( "translations": {"de": {"title": "T {name} {source}"}}})"))
            << "rule R1: translations.de.title: uses {source}, which the rule's own text does not";
        QTest::newRow("translated notes of the wrong count")
            << QString::fromStdString(rule(R"(, "refinements": [{"when": "true", "note": "N"}],)"
                                           R"( "translations": {"ja": {"notes": []}})"))
            << "rule R1: translations.ja.notes: expected an array of 1";
        QTest::newRow("translated note where the rule has none")
            << QString::fromStdString(rule(R"(, "refinements": [{"when": "true", "severity": "low"}],)"
                                           R"( "translations": {"ja": {"notes": ["N"]}})"))
            << "rule R1: translations.ja.notes[0]: expected null: the refinement has no note";
        QTest::newRow("translated mitigations of the wrong count")
            << QString::fromStdString(rule(R"(, "mitigations": [{"title": "M",)"
                                           R"( "category": "cryptography"}],)"
                                           R"( "translations": {"ja": {"mitigations": []}})"))
            << "rule R1: translations.ja.mitigations: expected an array of 1";
        QTest::newRow("pack translation with an unknown key")
            << QString::fromStdString(
                   R"({"format": "vigil-rule-pack", "formatVersion": 1, "id": "p", "version": "1",)"
                   R"( "title": "P", "rules": [], "translations": {"de": {"name": "P"}}})")
            << "$: translations.de: unknown key \"name\"";
        QTest::newRow("condition of the wrong type")
            << QString::fromStdString(rule(R"(, "condition": true)"))
            << "rule R1: condition: expected text, found a boolean";
    }

    void refusesBadPacks()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        try {
            loadRulePack(json.toStdString(), "test.json");
            QFAIL("the pack was accepted");
        } catch (const RulePackError &error) {
            bool found = false;
            std::string all;
            for (const std::string &line : error.errors()) {
                all += line + "\n";
                found = found || line.rfind("test.json: " + expected.toStdString(), 0) == 0
                        || (expected == "not valid JSON"
                            && line.find("not valid JSON") != std::string::npos);
            }
            QVERIFY2(found, all.c_str());
            QVERIFY(std::string(error.what()).rfind("test.json: ", 0) == 0);
        }
    }

    void reportsEveryProblemAtOnce()
    {
        const std::string json = packJson(
            ruleJson("A", R"(["flow"])", "flow.nope") + ","
            + ruleJson("B", R"(["process"])", "element.kind == 'router'") + ","
            + ruleJson("C", R"(["process"])", "element.runsAsPrivileged"));
        try {
            loadRulePack(json, "test.json");
            QFAIL("the pack was accepted");
        } catch (const RulePackError &error) {
            QCOMPARE(error.errors().size(), size_t(2));
            QVERIFY(std::string(error.what()).find("(and 1 more)") != std::string::npos);
        }
    }

    void validPackExposesItsRules()
    {
        const RulePack pack = loadRulePack(packJson(
            R"({"id": "R1", "category": "information-disclosure", "appliesTo": "crossing",
                "condition": "flow.carriesPhi", "title": "T", "description": "D",
                "severity": "high",
                "refinements": [{"when": "flow.encrypted", "severity": "low", "note": "N"}],
                "mitigations": [{"title": "Encrypt", "category": "cryptography",
                                 "description": "Use TLS"}],
                "references": {"capec": ["CAPEC-157"], "cwe": ["CWE-319"]}})"),
                                           "test.json");
        QCOMPARE(pack.id(), std::string("test-pack"));
        QCOMPARE(pack.version(), std::string("1.0.0"));
        const Rule *rule = pack.rule("R1");
        QVERIFY(rule);
        QVERIFY(rule->scope == RuleScope::Crossing);
        QVERIFY(rule->category == StrideCategory::InformationDisclosure);
        QCOMPARE(rule->refinements.size(), size_t(1));
        QCOMPARE(rule->mitigations.front().controlCategory, std::string("cryptography"));
        QCOMPARE(rule->capec, std::vector<std::string>{"CAPEC-157"});
        QCOMPARE(rule->cwe, std::vector<std::string>{"CWE-319"});
        QCOMPARE(rule->condition.text(), std::string("flow.carriesPhi"));
    }

    void translationsFallBackToTheRulesOwnText()
    {
        const RulePack pack = loadRulePack(
            R"({"format": "vigil-rule-pack", "formatVersion": 1, "id": "p", "version": "1",
                "title": "Pack", "description": "About",
                "translations": {"de": {"title": "Paket"}},
                "rules": [{"id": "R1", "category": "tampering", "appliesTo": ["process"],
                  "title": "Tampering with {name}", "description": "D {name}", "severity": "high",
                  "refinements": [{"when": "true", "note": "N"}],
                  "mitigations": [{"title": "M", "category": "cryptography"}],
                  "translations": {"de": {"title": "Manipulation von {name}", "notes": ["Hinweis"],
                                          "mitigations": [{"title": "Maßnahme"}]}}}]})",
            "test.json");
        QCOMPARE(pack.titleIn("de"), std::string("Paket"));
        QCOMPARE(pack.descriptionIn("de"), std::string("About")); // not translated
        QCOMPARE(pack.titleIn("ja"), std::string("Pack"));
        QCOMPARE(pack.languages(), std::vector<std::string>{"de"});
        const Rule &rule = *pack.rule("R1");
        QCOMPARE(rule.titleIn("de").text(), std::string("Manipulation von {name}"));
        QCOMPARE(rule.descriptionIn("de").text(), std::string("D {name}"));
        QCOMPARE(rule.titleIn("ja").text(), std::string("Tampering with {name}"));
        QCOMPARE(rule.noteIn(0, "de").text(), std::string("Hinweis"));
        QCOMPARE(rule.mitigationIn(0, "de").title, std::string("Maßnahme"));
        QCOMPARE(rule.mitigationIn(0, "de").controlCategory, std::string("cryptography"));
        QCOMPARE(rule.mitigationIn(0, "ja").title, std::string("M"));
    }

    void shippedPacksSpeakJapaneseAndGerman()
    {
        for (const RulePackPtr &pack : shippedPacks()) {
            for (const char *language : {"ja", "de"}) {
                QVERIFY2(pack->titleIn(language) != pack->title(), pack->id().c_str());
                for (const Rule &rule : pack->rules()) {
                    const auto it = rule.translations.find(language);
                    QVERIFY2(it != rule.translations.end(), (rule.id + " " + language).c_str());
                    QVERIFY2(!it->second.title.text().empty()
                                 && !it->second.description.text().empty()
                                 && it->second.mitigations.size() == rule.mitigations.size()
                                 && (rule.refinements.empty()
                                     || it->second.notes.size() == rule.refinements.size()),
                             (rule.id + " " + language + " is not complete").c_str());
                }
            }
        }
    }

    void resolvesPacksOfAModel()
    {
        const auto user = makePack(kGoodRule);
        auto packs = resolvePacks({"stride-default", "medical-device"}, {user});
        QCOMPARE(packs.size(), size_t(3));
        QCOMPARE(packs[2]->id(), std::string("test-pack"));
        packs = resolvePacks({"test-pack", "stride-default"}, {user});
        QCOMPARE(packs.front(), user);
        QVERIFY_THROWS_EXCEPTION(RulePackError, resolvePacks({"no-such-pack"}));
    }

    void missingFileIsAPackError()
    {
        QVERIFY_THROWS_EXCEPTION(RulePackError, loadRulePackFile("/nonexistent/pack.json"));
    }

    // Problems the JSON parser finds are told in our words with the JSON path, never as a raw
    // "[json.exception...]" message.
    void jsonProblemsNameTheirPath_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected"); // the whole line
        QTest::newRow("number overflow")
            << QString::fromStdString(packJson(kGoodRule).replace(
                   packJson(kGoodRule).find("\"1.0.0\""), 7, "1e5555"))
            << "test.json: $.version: the number 1e5555 is too large (at line 1, column 81)";
        QTest::newRow("duplicate key")
            << QString::fromStdString(withRule(R"({"id": "R1", "id": "R2"})"))
            << "test.json: $.rules[0].id: the key \"id\" is given twice in one object";
        QTest::newRow("deep nesting")
            << QString(100000, '[') + QString(100000, ']')
            << "test.json: $[0][0][0][0][0]...[0][0][0][0][0][0][0]: arrays and objects nested "
               "too deeply (more than 64 levels)";
    }

    void jsonProblemsNameTheirPath()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        try {
            loadRulePack(json.toStdString(), "test.json");
            QFAIL("the pack was accepted");
        } catch (const RulePackError &error) {
            QCOMPARE(error.errors().size(), size_t(1));
            QCOMPARE(QString::fromStdString(error.errors().front()), expected);
        }
    }

    // A folder, a FIFO or a device is refused before reading, saying what it is.
    void filesThatAreNotPacksAreRefused()
    {
        QTemporaryDir dir;
        const auto refusal = [](const std::string &path) {
            try {
                loadRulePackFile(path);
            } catch (const RulePackError &error) {
                return std::string(error.what());
            }
            return std::string("accepted");
        };
        const std::string folder = dir.path().toStdString();
        QCOMPARE(refusal(folder), folder + ": is a folder, not a rule pack (JSON)");
        const std::string fifo = dir.filePath("pack.json").toStdString();
        QCOMPARE(mkfifo(fifo.c_str(), 0600), 0);
        QVERIFY(refusal(fifo).rfind(fifo + ": is not a regular file", 0) == 0);
        QVERIFY(refusal("/dev/zero").rfind("/dev/zero: is not a regular file", 0) == 0);
    }
};

QTEST_APPLESS_MAIN(TestRulePack)
#include "tst_rulepack.moc"
