// Reconciliation: re-analysis keeps decisions, marks vanished threats obsolete, numbers once,
// and folds the per-zone crossing threats of older analyses into one per flow.

#include "StrideTestSupport.h"

#include "model/Synth.h"

#include <QtTest>

#include <set>

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

// A flow from "phone" (outside every zone) into "pump", which lies in "body": it crosses both.
// The crossing rule "XR" fires on it once; an older engine recorded one threat per zone.
RulePackPtr crossingPack() { return makePack(ruleJson("XR", R"(["crossing"])", "")); }

ThreatModel crossingSystem()
{
    ThreatModel model;
    model.addBoundary(makeZone("body"));
    model.addBoundary(makeZone("pump-zone", "body"));
    model.addElement(makeElement("phone", ElementKind::ExternalEntity));
    model.addElement(makeElement("pump", ElementKind::Process));
    model.setMembership("pump", "pump-zone");
    model.addFlow(makeFlow("bolus", "phone", "pump"));
    return model;
}

// A threat as the per-zone engine recorded it for rule XR, flow "bolus" and `zone`.
Threat perZoneThreat(const Id &zone, int number, ThreatStatus status,
                     const std::string &justification)
{
    Threat threat;
    threat.id = threatId("XR", {"bolus", zone});
    threat.number = number;
    threat.ruleId = "XR";
    threat.rulePack = "test-pack";
    threat.rulePackVersion = "1.0.0";
    threat.category = StrideCategory::Tampering;
    threat.targets = {"bolus", zone};
    threat.title = "Threat to Name of bolus";
    threat.status = status;
    threat.justification = justification;
    return threat;
}

// Two per-zone threats with different decisions, as a model analysed before the change holds.
ThreatModel analysedPerZone(ThreatStatus inner, ThreatStatus outer)
{
    ThreatModel model = crossingSystem();
    Threat first = perZoneThreat("pump-zone", 1, inner, "The pump accepts bonded peers only.");
    first.riskBefore = {"matrix", "", 2, 3};
    first.riskAfter = {"matrix", "", 1, 3};
    first.mitigations = {"m-bonding"};
    first.hazards = {"h-overdose"};
    Threat second = perZoneThreat("body", 2, outer, "Out of radio range beyond 10 m.");
    second.riskBefore = {"cvss", "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H", 0, 0};
    second.mitigations = {"m-limits"};
    second.hazards = {"h-underdose"};
    second.transferredToSafety = true;
    model.threats().put(first);
    model.threats().put(second);
    VerificationTest test;
    test.id = "VT-001";
    test.kind = "threat-mitigation";
    test.verifies = {"m-limits", second.id};
    model.tests().put(test);
    ModelInfo info = model.info();
    info.nextThreatNumber = 3;
    model.setInfo(info);
    return model;
}

void setPrivileged(ThreatModel &model, const Id &id, bool privileged)
{
    Element element = *model.element(id);
    element.properties["runsAsPrivileged"] = privileged;
    model.updateElement(element);
}

// Reconciliation done the plain way, one whole record per finding (as the engine once did),
// without the merging of per-zone threats. reconcile() must come to exactly the same model,
// journal and counts, only faster.
ReconcileResult reconcileRecordByRecord(ThreatModel &model, const Analysis &analysis)
{
    ReconcileResult result;
    result.suppressed = analysis.suppressedCount();
    ModelInfo info = model.info();
    const int firstNumber = info.nextThreatNumber;
    std::set<Id> fired;
    for (const Finding &finding : analysis.findings()) {
        Threat fresh = analysis.toThreat(finding);
        fired.insert(fresh.id);
        const Threat *existing = model.threats().find(fresh.id);
        if (!existing) {
            fresh.number = info.nextThreatNumber++;
            if (finding.suppressed)
                fresh.status = ThreatStatus::Suppressed;
            else
                ++result.added;
            model.threats().put(fresh);
            continue;
        }
        Threat updated = *existing;
        updated.ruleId = fresh.ruleId;
        updated.rulePack = fresh.rulePack;
        updated.rulePackVersion = fresh.rulePackVersion;
        updated.category = fresh.category;
        updated.targets = fresh.targets;
        updated.title = fresh.title;
        updated.description = fresh.description;
        updated.severity = fresh.severity;
        updated.why = fresh.why;
        updated.capec = fresh.capec;
        updated.cwe = fresh.cwe;
        if (updated.number <= 0)
            updated.number = info.nextThreatNumber++;
        if (finding.suppressed) {
            updated.status = ThreatStatus::Suppressed;
        } else if (isInactive(updated.status)) {
            updated.status = ThreatStatus::Open;
            ++result.revived;
        } else {
            ++result.kept;
        }
        if (!(updated == *existing))
            model.threats().put(updated);
    }
    std::vector<Threat> gone;
    for (const auto &[id, threat] : model.threats().all())
        if (threat.status != ThreatStatus::Obsolete && !threat.manual && !fired.count(id))
            gone.push_back(threat);
    for (Threat &threat : gone) {
        threat.status = ThreatStatus::Obsolete;
        model.threats().put(threat);
        ++result.obsoleted;
    }
    if (info.nextThreatNumber != firstNumber || !(info.lastAnalysis == analysis.stamp())) {
        info.lastAnalysis = analysis.stamp();
        model.setInfo(info);
    }
    return result;
}

// Edits of every kind that changes what analysis finds or what the records hold.
void editAfterAnalysis(ThreatModel &model, int variant)
{
    const std::vector<const Element *> elements = model.elements();
    for (std::size_t i = static_cast<std::size_t>(variant); i < elements.size(); i += 7) {
        Element element = *elements[i];
        if (i % 3 == 0)
            element.name += " (renamed)";
        else
            element.properties["runsAsPrivileged"] = i % 2 == 0;
        model.updateElement(element);
    }
    const std::vector<const Flow *> flows = model.flows();
    for (std::size_t i = static_cast<std::size_t>(variant); i < flows.size(); i += 11) {
        Flow flow = *flows[i];
        flow.properties["encrypted"] = i % 2 == 0;
        flow.protocol = i % 3 == 0 ? "" : "HTTPS";
        model.updateFlow(flow);
    }
    model.removeFlow(flows.back()->id);
    TrustBoundary zone = *model.boundaries().front();
    zone.name += " (renamed)";
    model.updateBoundary(zone);
    const Id suppressedElement = elements[static_cast<std::size_t>(variant)]->id;
    for (const auto &[id, threat] : model.threats().all())
        if (threat.targets.front() == suppressedElement) {
            model.addSuppression({suppressedElement, threat.ruleId, "Held back for the test"});
            break;
        }

    // Records: decisions, a lost number, a hand-edited title, manual and foreign threats.
    std::vector<Threat> edited;
    std::size_t i = 0;
    for (const auto &[id, threat] : model.threats().all()) {
        Threat copy = threat;
        switch ((i++ + static_cast<std::size_t>(variant)) % 97) {
        case 0: copy.status = ThreatStatus::Mitigated; copy.justification = "Done"; break;
        case 1: copy.status = ThreatStatus::Obsolete; break;
        case 2: copy.number = 0; break;
        case 3: copy.title = "Edited by hand"; break;
        case 4: copy.targets.push_back("extra"); break;
        case 5: copy.why = NamedText(); break;
        default: continue;
        }
        edited.push_back(copy);
    }
    for (Threat &threat : edited)
        model.threats().put(threat);
    Threat manual;
    manual.id = "TM-1";
    manual.number = 5000;
    manual.manual = true;
    manual.title = "Insider swaps the device";
    model.threats().put(manual);
    Threat foreign = manual;
    foreign.id = "T-NOT-AN-ENGINE-ID";
    foreign.manual = false;
    model.threats().put(foreign);
}

// `result` receives the counts, for checking what a case covered.
void compareWithRecordByRecord(const ThreatModel &before, const std::vector<RulePackPtr> &packs,
                               ReconcileResult &result)
{
    ThreatModel plain = before;
    ThreatModel fast = before;
    plain.clearChanges();
    fast.clearChanges();
    const Analysis analysis = analyze(before, packs);
    const ReconcileResult expected = reconcileRecordByRecord(plain, analysis);
    result = reconcile(fast, analysis);
    QCOMPARE(result.added, expected.added);
    QCOMPARE(result.kept, expected.kept);
    QCOMPARE(result.revived, expected.revived);
    QCOMPARE(result.obsoleted, expected.obsoleted);
    QCOMPARE(result.suppressed, expected.suppressed);
    QVERIFY(result.merges.empty());
    QVERIFY(fast.info() == plain.info());
    QVERIFY(fast.threats().all() == plain.threats().all());
    QCOMPARE(fast.changes().touched, plain.changes().touched);
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
            QCOMPARE(model.render(after.title), std::string("Threat to Renamed"));
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

    // An old model's per-zone threats become one per flow that carries all their decisions.
    void perZoneThreatsMergeIntoOnePerFlow()
    {
        ThreatModel model =
            analysedPerZone(ThreatStatus::Mitigated, ThreatStatus::Accepted);
        const Id inner = threatId("XR", {"bolus", "pump-zone"});
        const Id outer = threatId("XR", {"bolus", "body"});
        const ReconcileResult result = rerun(model, crossingPack());
        const Id merged = threatId("XR", {"bolus"});
        QCOMPARE(result.merges, (std::vector<ThreatMerge>{{merged, {inner, outer}}}));
        QCOMPARE(result.added, size_t(0));
        QCOMPARE(result.obsoleted, size_t(0));

        const Threat *threat = model.threats().find(merged);
        QVERIFY(threat);
        QCOMPARE(threat->number, 3); // a fresh number; the old ones stay with their records
        QCOMPARE(model.info().nextThreatNumber, 4);
        QCOMPARE(threat->targets, (std::vector<Id>{"bolus", "body", "pump-zone"}));
        // Both decided: the lower number leads, the other's justification follows, named.
        QCOMPARE(statusOf(*threat), std::string("mitigated"));
        QCOMPARE(threat->justification, std::string("The pump accepts bonded peers only.\n\n"
                                                    "From #2: Out of radio range beyond 10 m."));
        QCOMPARE(threat->mitigations, (std::set<Id>{"m-bonding", "m-limits"}));
        QCOMPARE(threat->hazards, (std::set<Id>{"h-overdose", "h-underdose"}));
        QCOMPARE(threat->riskBefore.method, std::string("cvss")); // the higher estimate
        QCOMPARE(threat->riskAfter.exploitability, 1);            // the only one after
        QVERIFY(threat->transferredToSafety);

        for (const Id &old : {inner, outer}) {
            const Threat *record = model.threats().find(old);
            QVERIFY(record);
            QCOMPARE(statusOf(*record), std::string("obsolete"));
            QVERIFY2(record->justification.rfind("Merged into " + merged + " (#3).", 0) == 0,
                     record->justification.c_str());
            // Kept on the old record too.
            QVERIFY(record->justification.find(old == inner ? "bonded peers" : "radio range")
                    != std::string::npos);
        }
        // A record that named an old threat names the merged one.
        const VerificationTest *test = model.tests().find("VT-001");
        QVERIFY(test);
        QCOMPARE(test->verifies, (std::set<Id>{"m-limits", merged}));
    }

    // The merged threat takes the status furthest along: a decision beats an investigation,
    // which beats open; obsolete counts as open (it would have reopened).
    void mergedStatusIsTheFurthestAlong_data()
    {
        QTest::addColumn<int>("inner");
        QTest::addColumn<int>("outer");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *tag, ThreatStatus a, ThreatStatus b, const char *status) {
            QTest::newRow(tag) << int(a) << int(b) << status;
        };
        row("open and accepted", ThreatStatus::Open, ThreatStatus::Accepted, "accepted");
        row("investigating and open", ThreatStatus::NeedsInvestigation, ThreatStatus::Open,
            "needs-investigation");
        row("investigating and not applicable", ThreatStatus::NeedsInvestigation,
            ThreatStatus::NotApplicable, "not-applicable");
        row("both open", ThreatStatus::Open, ThreatStatus::Open, "open");
        row("obsolete and open", ThreatStatus::Obsolete, ThreatStatus::Open, "open");
    }

    void mergedStatusIsTheFurthestAlong()
    {
        QFETCH(int, inner);
        QFETCH(int, outer);
        QFETCH(QString, expected);
        ThreatModel model = analysedPerZone(static_cast<ThreatStatus>(inner),
                                            static_cast<ThreatStatus>(outer));
        rerun(model, crossingPack());
        const Threat *merged = model.threats().find(threatId("XR", {"bolus"}));
        QVERIFY(merged);
        QCOMPARE(QString::fromStdString(statusOf(*merged)), expected);
        // Whichever leads, nothing either reviewer wrote is lost.
        QVERIFY(merged->justification.find("bonded peers") != std::string::npos);
        QVERIFY(merged->justification.find("radio range") != std::string::npos);
    }

    void mergingIsStable()
    {
        ThreatModel model = analysedPerZone(ThreatStatus::Mitigated, ThreatStatus::Accepted);
        rerun(model, crossingPack());
        const ThreatModel once = model;
        model.clearChanges();
        const ReconcileResult again = rerun(model, crossingPack());
        QVERIFY(again.merges.empty());
        QCOMPARE(again.kept, size_t(1));
        QCOMPARE(again.obsoleted, size_t(0));
        QVERIFY(model.changes().empty());
        QVERIFY(model.sameContent(once));
    }

    // Ids come from rule and flow: adding or moving zones keeps the threat and its decisions.
    void crossingThreatsSurviveZoneEdits()
    {
        ThreatModel model = crossingSystem();
        rerun(model, crossingPack());
        const Id id = threatId("XR", {"bolus"});
        const Threat *found = model.threats().find(id);
        QVERIFY(found);
        Threat decided = *found;
        decided.status = ThreatStatus::Accepted;
        decided.justification = "Bench use only";
        model.threats().put(decided);
        model.addBoundary(makeZone("ward"));
        model.setMembership("phone", "ward");
        const ReconcileResult result = rerun(model, crossingPack());
        QCOMPARE(result.added, size_t(0));
        QCOMPARE(result.obsoleted, size_t(0));
        const Threat *after = model.threats().find(id);
        QVERIFY(after);
        QCOMPARE(statusOf(*after), std::string("accepted"));
        QCOMPARE(after->targets, (std::vector<Id>{"bolus", "ward", "body", "pump-zone"}));
        QCOMPARE(model.render(after->title), std::string("Threat to Name of bolus"));
    }

    // A realistic model with both shipped packs, analysed for the first time, then again after
    // edits of every kind, then once more with one pack dropped.
    void matchesRecordByRecordReconciliation_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("seed 1") << 1;
        QTest::newRow("seed 2") << 2;
        QTest::newRow("seed 3") << 3;
    }

    void matchesRecordByRecordReconciliation()
    {
        QFETCH(int, variant);
        ThreatModel model = synthesizeModel({120, 240, 8, static_cast<std::uint64_t>(variant)});
        const std::vector<RulePackPtr> &packs = shippedPacks();
        ReconcileResult result;
        compareWithRecordByRecord(model, packs, result);
        QVERIFY(result.added > 1000);
        reconcile(model, analyze(model, packs));
        compareWithRecordByRecord(model, packs, result);
        QCOMPARE(result.kept, model.threats().size());
        editAfterAnalysis(model, variant);
        compareWithRecordByRecord(model, packs, result);
        QVERIFY(result.added > 0 && result.revived > 0 && result.obsoleted > 0);
        QVERIFY(result.suppressed > 0);
        compareWithRecordByRecord(model, {packs.front()}, result);
        QVERIFY(result.obsoleted > 100);
    }

    // What reconcile() writes is what the finding's own accessors render.
    void recordsHoldWhatTheFindingsRender()
    {
        ThreatModel model = synthesizeModel({120, 240, 8, 4});
        {
            // Suppressed on two elements: their explanations name the reason.
            const Analysis first = analyze(model, shippedPacks());
            const Finding &one = first.findings().front();
            const Finding &other = first.findings()[first.findings().size() / 4];
            QCOMPARE(first.rule(other).scope, RuleScope::Element);
            for (const Finding *finding : {&one, &other})
                model.addSuppression({first.targetId(*finding), first.rule(*finding).id,
                                      "Held back for the test"});
        }
        const Analysis analysis = analyze(model, shippedPacks());
        QCOMPARE(analysis.suppressedCount(), size_t(2));
        Analysis::TextCache cache;
        for (const Finding &finding : analysis.findings()) {
            Threat threat;
            analysis.refresh(threat, finding, cache);
            QCOMPARE(model.render(threat.title), analysis.title(finding));
            QCOMPARE(model.render(threat.description), analysis.description(finding));
            QCOMPARE(model.render(threat.why), analysis.why(finding));
            QCOMPARE(threat.targets, analysis.targets(finding));
            QCOMPARE(threat.severity, std::string(analysis.severity(finding)));
            QVERIFY(analysis.isCurrent(threat, finding, cache));
            threat.why = NamedText(model.render(threat.why) + " ");
            QVERIFY(!analysis.isCurrent(threat, finding, cache));
        }
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
