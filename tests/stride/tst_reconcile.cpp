// Reconciliation: re-analysis keeps decisions, marks vanished threats obsolete, numbers once.

#include "StrideTestSupport.h"

#include <QtTest>

using namespace vigil;
using namespace vigil::stride;
using namespace vigil::stride::testing;

namespace {

// "Privileged" fires on processes that run privileged, "Flows" on every flow.
RulePackPtr pack(const std::string &version = "1.0.0")
{
    return makePack(ruleJson("PRIV", R"(["process"])", "element.runsAsPrivileged",
                             "elevation-of-privilege")
                        + "," + ruleJson("FLOW", R"(["flow"])", ""),
                    version);
}

ThreatModel system()
{
    ThreatModel model;
    model.addElement(makeElement("a", ElementKind::Process, {{"runsAsPrivileged", true}}));
    model.addElement(makeElement("b", ElementKind::Process, {{"runsAsPrivileged", true}}));
    model.addFlow(makeFlow("ab", "a", "b"));
    return model;
}

ReconcileResult rerun(ThreatModel &model, const RulePackPtr &rules = pack())
{
    const ThreatModel snapshot = model; // analyse a copy, as the GUI's worker thread does
    return reconcile(model, analyze(snapshot, {rules}));
}

const Threat &threatOf(const ThreatModel &model, const std::string &rule, const Id &target)
{
    return *model.threats().find(threatId(rule, {target}));
}

std::string statusOf(const Threat &threat) { return std::string(toString(threat.status)); }

void setPrivileged(ThreatModel &model, const Id &id, bool privileged)
{
    Element element = *model.element(id);
    element.properties["runsAsPrivileged"] = privileged;
    model.updateElement(element);
}

} // namespace

class TestReconcile : public QObject {
    Q_OBJECT

private slots:
    void newThreatsAreOpenAndNumbered()
    {
        ThreatModel model = system();
        const ReconcileResult result = rerun(model);
        QCOMPARE(result.added, size_t(3));
        QCOMPARE(model.threats().size(), size_t(3));
        // Finding order: elements by id, then flows.
        QCOMPARE(threatOf(model, "PRIV", "a").number, 1);
        QCOMPARE(threatOf(model, "PRIV", "b").number, 2);
        QCOMPARE(threatOf(model, "FLOW", "ab").number, 3);
        QCOMPARE(model.info().nextThreatNumber, 4);
        for (const auto &[id, threat] : model.threats().all()) {
            QCOMPARE(statusOf(threat), std::string("open"));
            QCOMPARE(threat.rulePack, std::string("test-pack"));
            QVERIFY(!threat.why.empty());
        }
    }

    void decisionsSurviveReanalysis_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::newRow("plain re-run") << "none";
        QTest::newRow("after renaming the element") << "rename";
        QTest::newRow("after a pack upgrade") << "upgrade";
        QTest::newRow("after unrelated additions") << "add";
    }

    void decisionsSurviveReanalysis()
    {
        QFETCH(QString, edit);
        ThreatModel model = system();
        rerun(model);
        Threat decided = threatOf(model, "PRIV", "a");
        decided.status = ThreatStatus::Accepted;
        decided.justification = "Runs in an isolated partition";
        decided.riskBefore = {"matrix", "", 3, 4};
        decided.riskAfter = {"matrix", "", 1, 4};
        decided.mitigations = {"m-1"};
        decided.hazards = {"h-7"};
        model.threats().put(decided);

        RulePackPtr rules = pack();
        if (edit == "rename") {
            Element a = *model.element("a");
            a.name = "Renamed";
            model.updateElement(a);
        } else if (edit == "upgrade") {
            rules = pack("2.0.0");
        } else if (edit == "add") {
            model.addElement(makeElement("c", ElementKind::Process, {{"runsAsPrivileged", true}}));
        }
        const ReconcileResult result = rerun(model, rules);
        QCOMPARE(result.kept, size_t(3));
        QCOMPARE(result.obsoleted, size_t(0));
        const Threat &after = threatOf(model, "PRIV", "a");
        QCOMPARE(statusOf(after), std::string("accepted"));
        QCOMPARE(after.justification, decided.justification);
        QVERIFY(after.riskBefore == decided.riskBefore);
        QVERIFY(after.riskAfter == decided.riskAfter);
        QCOMPARE(after.mitigations, decided.mitigations);
        QCOMPARE(after.hazards, decided.hazards);
        QCOMPARE(after.number, 1);
        if (edit == "rename")
            QCOMPARE(after.title, std::string("Threat to Renamed"));
        if (edit == "upgrade")
            QCOMPARE(after.rulePackVersion, std::string("2.0.0"));
        if (edit == "add")
            QCOMPARE(threatOf(model, "PRIV", "c").number, 4);
    }

    void vanishedThreatsBecomeObsoleteWithTheirHistory()
    {
        ThreatModel model = system();
        rerun(model);
        Threat decided = threatOf(model, "PRIV", "b");
        decided.status = ThreatStatus::Mitigated;
        decided.justification = "Privileges dropped after boot";
        model.threats().put(decided);

        setPrivileged(model, "b", false);
        ReconcileResult result = rerun(model);
        QCOMPARE(result.obsoleted, size_t(1));
        QCOMPARE(model.threats().size(), size_t(3)); // never silently deleted
        const Threat &obsolete = threatOf(model, "PRIV", "b");
        QCOMPARE(statusOf(obsolete), std::string("obsolete"));
        QCOMPARE(obsolete.justification, decided.justification);
        QCOMPARE(obsolete.number, 2);

        // A second run leaves it alone.
        result = rerun(model);
        QCOMPARE(result.obsoleted, size_t(0));

        // When the rule fires again the threat comes back as open, same id and number.
        setPrivileged(model, "b", true);
        result = rerun(model);
        QCOMPARE(result.revived, size_t(1));
        QCOMPARE(statusOf(threatOf(model, "PRIV", "b")), std::string("open"));
        QCOMPARE(threatOf(model, "PRIV", "b").number, 2);
        QCOMPARE(threatOf(model, "PRIV", "b").justification, decided.justification);
        QCOMPARE(model.info().nextThreatNumber, 4);
    }

    void removedElementsTakeNoNumbersAlong()
    {
        ThreatModel model = system();
        rerun(model);
        model.removeElement("b"); // takes flow "ab" along
        ReconcileResult result = rerun(model);
        QCOMPARE(result.obsoleted, size_t(2));
        model.addElement(makeElement("b", ElementKind::Process)); // same id, not privileged
        model.addElement(makeElement("c", ElementKind::Process, {{"runsAsPrivileged", true}}));
        result = rerun(model);
        QCOMPARE(result.added, size_t(1));
        QCOMPARE(threatOf(model, "PRIV", "c").number, 4); // 2 and 3 are never reused
    }

    // Suppressed is not obsolete: the rule still fires, the team switched it off with a reason;
    // lifting the suppression opens the threat again.
    void suppressedThreatsAreSuppressedNotObsolete()
    {
        ThreatModel model = system();
        rerun(model);
        const int number = threatOf(model, "PRIV", "a").number;
        model.addSuppression({"a", "PRIV", "Bootloader needs it"});
        ReconcileResult result = rerun(model);
        QCOMPARE(result.suppressed, size_t(1));
        QCOMPARE(result.obsoleted, size_t(0));
        QCOMPARE(statusOf(threatOf(model, "PRIV", "a")), std::string("suppressed"));
        QCOMPARE(threatOf(model, "PRIV", "a").number, number);
        model.removeSuppression("a", "PRIV");
        result = rerun(model);
        QCOMPARE(result.revived, size_t(1));
        QCOMPARE(statusOf(threatOf(model, "PRIV", "a")), std::string("open"));
    }

    void aSuppressionBeforeTheFirstAnalysisRecordsTheThreatAsSuppressed()
    {
        ThreatModel model = system();
        model.addSuppression({"a", "PRIV", "Bootloader needs it"});
        const ReconcileResult result = rerun(model);
        QCOMPARE(statusOf(threatOf(model, "PRIV", "a")), std::string("suppressed"));
        QCOMPARE(result.added + 1, model.threats().size()); // counted as suppressed, not new
    }

    // A threat the team added by hand is theirs: re-analysis neither obsoletes nor renumbers it.
    void manualThreatsSurviveReanalysis()
    {
        ThreatModel model = system();
        rerun(model);
        Threat manual;
        manual.id = "TM-1";
        manual.number = 99;
        manual.manual = true;
        manual.title = "Insider replaces the pump with a counterfeit";
        manual.targets = {"a"};
        model.threats().put(manual);
        const ReconcileResult result = rerun(model);
        QCOMPARE(result.obsoleted, size_t(0));
        const Threat *kept = model.threats().find("TM-1");
        QVERIFY(kept);
        QCOMPARE(statusOf(*kept), std::string("open"));
        QCOMPARE(kept->number, 99);
    }

    void droppingAPackObsoletesItsThreats()
    {
        ThreatModel model = system();
        rerun(model);
        const ThreatModel snapshot = model;
        const ReconcileResult result = reconcile(model, analyze(snapshot, {}));
        QCOMPARE(result.obsoleted, size_t(3));
    }

    void unchangedRerunWritesNothing()
    {
        ThreatModel model = system();
        rerun(model);
        model.clearChanges();
        rerun(model);
        QVERIFY(model.changes().empty());
    }
};

QTEST_APPLESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
