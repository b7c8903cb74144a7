// The condition language: what conditions mean when evaluated on a model, and every kind of
// syntax and type error, reported with the rule id and the column.

#include "StrideTestSupport.h"

#include <QtTest>

using namespace vigil;
using namespace vigil::stride;
using namespace vigil::stride::testing;

class TestExpression : public QObject {
    Q_OBJECT

private:
    // An external entity "src" sends flow "f" to process "dst", which lies in zone "z".
    static ThreatModel fixture()
    {
        ThreatModel model;
        model.addElement(makeElement("src", ElementKind::ExternalEntity,
                                     {{"trusted", true},
                                      {"riskTransfer", std::string("required")},
                                      {"technology", std::string("Acme OS")}}));
        model.addElement(makeElement("dst", ElementKind::Process,
                                     {{"debugPort", std::string("jtag")},
                                      {"runsAsPrivileged", true},
                                      {"validatesInput", false}}));
        Flow flow = makeFlow("f", "src", "dst",
                             {{"encrypted", true},
                              {"carriesCommands", true},
                              {"wireless", false}});
        flow.protocol = "BLE";
        flow.bidirectional = true;
        model.addFlow(flow);
        model.addBoundary(makeZone("z"));
        model.setMembership("dst", "z");
        return model;
    }

    static bool fires(const std::string &appliesTo, const std::string &condition,
                      const PropertyCatalogue &catalogue, const ThreatModel &model)
    {
        auto pack = std::make_shared<const RulePack>(
            loadRulePack(packJson(ruleJson("R1", appliesTo, condition)), "test.json", catalogue));
        return analyze(model, {pack}).threatCount() > 0;
    }

private slots:
    void evaluates_data()
    {
        QTest::addColumn<QString>("appliesTo");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("expected");
        const QString flow = R"(["flow"])";
        const QString process = R"(["process"])";
        QTest::newRow("bool property set true") << flow << "flow.encrypted" << true;
        QTest::newRow("bool property set false") << flow << "flow.wireless" << false;
        QTest::newRow("unset bool reads false") << flow << "flow.authenticated" << false;
        QTest::newRow("not") << flow << "not flow.authenticated" << true;
        QTest::newRow("and true") << flow << "flow.encrypted and flow.carriesCommands" << true;
        QTest::newRow("and false") << flow << "flow.encrypted and flow.wireless" << false;
        QTest::newRow("or") << flow << "flow.wireless or flow.encrypted" << true;
        QTest::newRow("and binds tighter than or")
            << flow << "flow.wireless and flow.encrypted or flow.carriesCommands" << true;
        QTest::newRow("parentheses group")
            << flow << "flow.wireless and (flow.encrypted or flow.carriesCommands)" << false;
        QTest::newRow("nested not and parentheses")
            << flow << "not (flow.wireless or not flow.encrypted)" << true;
        QTest::newRow("source kind equals")
            << flow << "flow.source.kind == 'external-entity'" << true;
        QTest::newRow("target kind differs") << flow << "flow.target.kind != 'process'" << false;
        QTest::newRow("kind in list")
            << flow << "flow.source.kind in ['process', 'data-store']" << false;
        QTest::newRow("enum equals") << flow << "flow.target.debugPort == 'jtag'" << true;
        QTest::newRow("enum in list") << flow << "flow.target.debugPort in ['swd', 'uart']"
                                      << false;
        QTest::newRow("enum not in list")
            << flow << "flow.target.debugPort not in ['swd', 'uart']" << true;
        QTest::newRow("unset enum matches no value")
            << flow << "flow.source.debugPort in ['none', 'jtag', 'swd', 'uart', 'usb-service']"
            << false;
        QTest::newRow("unset enum differs from every value")
            << flow << "flow.source.debugPort != 'none'" << true;
        QTest::newRow("enum set on the source") << flow
                                                << "flow.source.riskTransfer == 'required'"
                                                << true;
        QTest::newRow("protocol text") << flow << "flow.protocol == 'BLE'" << true;
        QTest::newRow("protocol in list") << flow << "flow.protocol in ['HTTPS', 'BLE']" << true;
        QTest::newRow("double-quoted text") << flow << "flow.protocol == \"BLE\"" << true;
        QTest::newRow("text property") << flow << "flow.source.technology == 'Acme OS'" << true;
        QTest::newRow("unset text reads empty") << flow << "flow.target.technology == ''" << true;
        QTest::newRow("flow name") << flow << "flow.name == 'Name of f'" << true;
        QTest::newRow("crosses a boundary") << flow << "flow.crossesBoundary" << true;
        QTest::newRow("bidirectional") << flow << "flow.bidirectional" << true;
        QTest::newRow("bool equals literal") << flow << "flow.encrypted == true" << true;
        QTest::newRow("bool differs from literal") << flow << "flow.wireless != false" << false;
        QTest::newRow("value on the left") << flow << "'jtag' == flow.target.debugPort" << true;
        QTest::newRow("enum compared with same enum")
            << flow << "flow.source.riskTransfer == flow.target.riskTransfer" << false;
        QTest::newRow("constant true") << flow << "true" << true;
        QTest::newRow("constant false") << flow << "false" << false;
        QTest::newRow("element bool") << process << "element.runsAsPrivileged" << true;
        QTest::newRow("element explicit false") << process << "element.validatesInput" << false;
        QTest::newRow("element kind") << process << "element.kind == 'process'" << true;
        QTest::newRow("element unset enum")
            << process << "element.riskTransfer == 'required'" << false;
    }

    void evaluates()
    {
        QFETCH(QString, appliesTo);
        QFETCH(QString, condition);
        QFETCH(bool, expected);
        QCOMPARE(fires(appliesTo.toStdString(), condition.toStdString(),
                       PropertyCatalogue::builtin(), fixture()),
                 expected);
    }

    // Numbers come from a catalogue passed in (the built-in one has no number properties).
    void comparesNumbers_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<bool>("expected");
        QTest::newRow("greater") << "element.patients > 100" << true;
        QTest::newRow("greater or equal at the edge") << "element.patients >= 250" << true;
        QTest::newRow("less") << "element.patients < 250" << false;
        QTest::newRow("less or equal") << "element.patients <= 250.5" << true;
        QTest::newRow("equal") << "element.patients == 250" << true;
        QTest::newRow("negative literal") << "element.patients > -1" << true;
        QTest::newRow("number in list") << "element.patients in [1, 250]" << true;
        QTest::newRow("unset number reads zero") << "element.beds == 0" << true;
    }

    void comparesNumbers()
    {
        QFETCH(QString, condition);
        QFETCH(bool, expected);
        const PropertyCatalogue catalogue = PropertyCatalogue::fromJson(
            R"({"format": "vigil-property-catalogue", "version": 1, "properties": [
                {"key": "patients", "type": "number", "appliesTo": ["process"], "label": "P",
                 "group": "G", "description": "D"},
                {"key": "beds", "type": "number", "appliesTo": ["process"], "label": "B",
                 "group": "G", "description": "D"}]})",
            "numbers.json");
        ThreatModel model;
        model.addElement(makeElement("p", ElementKind::Process, {{"patients", 250.0}}));
        QCOMPARE(fires(R"(["process"])", condition.toStdString(), catalogue, model), expected);
    }

    void reportsErrors_data()
    {
        QTest::addColumn<QString>("appliesTo");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("problem");
        const QString flow = R"(["flow"])";
        // syntax
        QTest::newRow("syntax: unclosed parenthesis")
            << flow << "(flow.encrypted" << 16 << "expected \")\"";
        QTest::newRow("syntax: unterminated string")
            << flow << "flow.protocol == 'BLE" << 18 << "unterminated string";
        QTest::newRow("syntax: single equals")
            << flow << "flow.protocol = 'BLE'" << 15 << "write \"==\"";
        QTest::newRow("syntax: C-style and")
            << flow << "flow.encrypted && flow.wireless" << 16 << "write \"and\"";
        QTest::newRow("syntax: C-style not") << flow << "!flow.encrypted" << 1 << "write \"not\"";
        QTest::newRow("syntax: two values in a row")
            << flow << "flow.encrypted flow.wireless" << 16 << "expected \"and\", \"or\"";
        QTest::newRow("syntax: unexpected character")
            << flow << "flow.encrypted # x" << 16 << "unexpected character";
        QTest::newRow("syntax: operator without operand")
            << flow << "flow.encrypted and" << 19 << "expected a value, found the end";
        QTest::newRow("syntax: empty condition") << flow << "   " << 1 << "empty condition";
        QTest::newRow("syntax: dot without name") << flow << "flow." << 6 << "expected a name";
        QTest::newRow("syntax: list without bracket")
            << flow << "flow.protocol in 'BLE'" << 18 << "expected \"[\"";
        QTest::newRow("syntax: unclosed list")
            << flow << "flow.protocol in ['BLE' 'USB']" << 25 << "expected \",\" or \"]\"";
        QTest::newRow("syntax: keyword as value") << flow << "flow.encrypted and or" << 20
                                                  << "expected a value";
        // names
        QTest::newRow("unknown property") << flow << "flow.encryptd" << 1
                                          << "unknown property \"encryptd\"";
        QTest::newRow("unknown subject") << flow << "device.encrypted" << 1 << "unknown subject";
        QTest::newRow("bare property name") << flow << "encrypted" << 1 << "needs its subject";
        QTest::newRow("element in a flow rule")
            << flow << "element.kind == 'process'" << 1 << "not available";
        QTest::newRow("flow in an element rule")
            << R"(["process"])" << "flow.encrypted" << 1 << "not available";
        QTest::newRow("property of another kind")
            << R"(["external-entity"])" << "element.storesLogs" << 1
            << "does not apply to external-entity";
        QTest::newRow("flow property on an endpoint")
            << flow << "flow.source.encrypted" << 1 << "does not apply to elements";
        QTest::newRow("element property on a flow")
            << flow << "flow.storesLogs" << 1 << "does not apply to flows";
        QTest::newRow("too deep a path")
            << flow << "flow.source.kind.name" << 1 << "expected flow.<property>";
        // types
        QTest::newRow("type: and with text")
            << flow << "flow.encrypted and flow.protocol" << 20 << "must be true or false";
        QTest::newRow("type: not on text") << flow << "not flow.protocol" << 5
                                           << "must be true or false";
        QTest::newRow("type: ordering on booleans")
            << flow << "flow.encrypted < true" << 1 << "compares numbers";
        QTest::newRow("type: mixed comparison")
            << flow << "flow.encrypted == flow.protocol" << 19 << "compares values of one type";
        QTest::newRow("type: different enums")
            << flow << "flow.target.debugPort == flow.target.updateMechanism" << 26
            << "compares values of one type";
        QTest::newRow("type: unknown enum value")
            << flow << "flow.target.debugPort == 'jtg'" << 26 << "is not a value of";
        QTest::newRow("type: unknown kind")
            << flow << "flow.source.kind == 'server'" << 21 << "is not an element kind";
        QTest::newRow("type: bool against quoted value")
            << flow << "flow.encrypted == 'yes'" << 19 << "cannot compare";
        QTest::newRow("type: quoted value alone") << flow << "'x'" << 1 << "on its own";
        QTest::newRow("type: two constants") << flow << "'a' == 'b'" << 1 << "two constants";
        QTest::newRow("type: condition is text") << flow << "flow.protocol" << 1
                                                 << "must be true or false";
        QTest::newRow("type: membership on a bool")
            << flow << "flow.encrypted in ['x']" << 1 << "\"in\" needs";
        QTest::newRow("type: empty list") << flow << "flow.protocol in []" << 19 << "empty list";
        QTest::newRow("type: number in a text list")
            << flow << "flow.protocol in [1]" << 19 << "expected a quoted value";
        QTest::newRow("type: unknown enum value in list")
            << flow << "flow.target.debugPort in ['jtag', 'spi']" << 35 << "is not a value of";
    }

    void reportsErrors()
    {
        QFETCH(QString, appliesTo);
        QFETCH(QString, condition);
        QFETCH(int, column);
        QFETCH(QString, problem);
        try {
            loadRulePack(packJson(ruleJson("R1", appliesTo.toStdString(),
                                           condition.toStdString())),
                         "test.json");
            QFAIL("the pack was accepted");
        } catch (const RulePackError &error) {
            QCOMPARE(error.errors().size(), size_t(1));
            const QString line = QString::fromStdString(error.errors().front());
            const QString prefix = QString("test.json: rule R1: column %1: ").arg(column);
            QVERIFY2(line.startsWith(prefix), qPrintable(line));
            QVERIFY2(line.contains(problem), qPrintable(line));
        }
    }

    // Parentheses and "not" nest up to kMaxConditionDepth levels; one more is an error at the
    // column of the level that goes too deep, not a stack overflow (4,500 levels crashed).
    void nestingDepthIsBounded_data()
    {
        QTest::addColumn<QString>("open");
        QTest::addColumn<QString>("close");
        QTest::newRow("parentheses") << "(" << ")";
        QTest::newRow("not") << "not " << "";
        QTest::newRow("not and parentheses") << "not (" << ")";
    }

    void nestingDepthIsBounded()
    {
        QFETCH(QString, open);
        QFETCH(QString, close);
        const ThreatModel model = fixture();
        const auto nested = [&](size_t levels) {
            // An even number of "not"s around a true fact is true.
            return (open.repeated(int(levels)) + "flow.encrypted" + close.repeated(int(levels)))
                .toStdString();
        };
        const bool twoLevels = open.contains("not") && open.contains("(");
        const size_t allowed = twoLevels ? kMaxConditionDepth / 2 : kMaxConditionDepth;
        QVERIFY(fires(R"(["flow"])", nested(allowed), PropertyCatalogue::builtin(), model));

        for (size_t levels : {allowed + 1, size_t(4500), size_t(100000)}) {
            try {
                loadRulePack(packJson(ruleJson("R1", R"(["flow"])", nested(levels))), "deep.json");
                QFAIL("the pack was accepted");
            } catch (const RulePackError &error) {
                QCOMPARE(error.errors().size(), size_t(1));
                const std::string line = error.errors().front();
                const size_t column = allowed * size_t(open.size()) + 1;
                const std::string expected = "deep.json: rule R1: column "
                                             + std::to_string(column) + ": nested too deeply";
                QVERIFY2(line.rfind(expected, 0) == 0, line.c_str());
            }
        }
    }

    // A chain of "and" or "or" is one level however long: 200,000 terms load, evaluate (this
    // crashed the evaluator) and give the right answer.
    void longChainsEvaluate_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("joiner");
        QTest::addColumn<QString>("last");
        QTest::addColumn<bool>("expected");
        QTest::newRow("and, all true") << "flow.encrypted" << " and " << "flow.bidirectional"
                                       << true;
        QTest::newRow("and, last false") << "flow.encrypted" << " and " << "flow.wireless"
                                         << false;
        QTest::newRow("or, all false") << "flow.wireless" << " or " << "flow.authenticated"
                                       << false;
        QTest::newRow("or, last true") << "flow.wireless" << " or " << "flow.encrypted" << true;
        QTest::newRow("mixed") << "(flow.wireless or flow.encrypted)" << " and "
                               << "not flow.wireless" << true;
    }

    void longChainsEvaluate()
    {
        QFETCH(QString, term);
        QFETCH(QString, joiner);
        QFETCH(QString, last);
        QFETCH(bool, expected);
        const std::string condition =
            (QStringList(200000, term).join(joiner) + joiner + last).toStdString();
        QCOMPARE(fires(R"(["flow"])", condition, PropertyCatalogue::builtin(), fixture()),
                 expected);
    }
};

QTEST_APPLESS_MAIN(TestExpression)
#include "tst_expression.moc"
