// The traceability check as a CI gate sees it: a complete chain has no gap; each way of breaking
// it gives exactly the gap of its kind, naming the object to fix; risk schemes, risk levels,
// clause 5.7.5 independence and the yearly review are judged as the README says.

#include "StrideTestSupport.h"

#include "stride/Risk.h"
#include "stride/Traceability.h"

#include <QtTest>

#include <functional>

using namespace vigil;
using namespace vigil::stride;
using vigil::stride::testing::makeElement;
using vigil::stride::testing::makeFlow;

namespace {

using Edit = std::function<void(ThreatModel &)>;

// Changes one threat of the model.
Edit editThreat(const Id &id, std::function<void(Threat &)> change)
{
    return [id, change](ThreatModel &model) {
        Threat threat = *model.threats().find(id);
        change(threat);
        model.threats().put(threat);
    };
}

Edit putReview(Review review)
{
    return [review](ThreatModel &model) { model.reviews().put(review); };
}

Edit removeReviews()
{
    return [](ThreatModel &model) {
        std::vector<Id> ids;
        for (const auto &[id, review] : model.reviews().all())
            ids.push_back(id);
        for (const Id &id : ids)
            model.reviews().remove(id);
    };
}

Review completedReview(const Id &id, const std::string &date, const std::string &nextReview,
                       bool completed = true)
{
    Review review;
    review.id = id;
    review.date = date;
    review.attendees = {"dev", "qa"};
    review.completed = completed;
    review.nextReview = nextReview;
    return review;
}

// The day every check of this test is run on.
constexpr const char *kToday = "2026-06-15";

Edit editTest(const Id &id, std::function<void(VerificationTest &)> change)
{
    return [id, change](ThreatModel &model) {
        VerificationTest test = *model.tests().find(id);
        change(test);
        model.tests().put(test);
    };
}

// A small model whose chain is complete: two threats analysed and decided, each with a risk,
// a control, requirements and passed, independent tests, and reviewed this year.
ThreatModel completeModel()
{
    ThreatModel model;
    model.addElement(makeElement("pump", ElementKind::Process, {{"safetyCritical", true}}));
    model.addElement(makeElement("app", ElementKind::ExternalEntity));
    model.addFlow(makeFlow("f1", "app", "pump", {{"wireless", true}}));

    model.people().put({"dev", "Dana", "Firmware developer", "Firmware", "Acme"});
    model.people().put({"qa", "Quinn", "Verification engineer", "QA", "Acme"});
    model.people().put({"pen", "Pat", "Penetration tester", "Red team", "TestLab"});
    model.requirements().put({"SR-001", "Bolus commands are authenticated", "TM", "verified"});
    model.requirements().put({"SR-002", "Pairing needs a button press", "TM", "verified"});
    model.mitigations().put({"m1", "Authenticated pairing", "", "authentication", "protocol",
                             "device", "verified", {"SR-001", "SR-002"}});
    model.tests().put({"VT-001", {"SR-001"}, "security-requirements", "Send unsigned bolus", "",
                       "", "pass", "DHF-1", "2026-01-10", "qa", "dev", ""});
    model.tests().put({"VT-002", {"SR-002", "m1"}, "penetration", "Pair without button", "",
                       "", "pass", "DHF-2", "2026-01-11", "pen", "dev", ""});

    Threat mitigated;
    mitigated.id = "T-1";
    mitigated.number = 1;
    mitigated.title = "Forged bolus";
    mitigated.targets = {"f1"};
    mitigated.status = ThreatStatus::Mitigated;
    mitigated.riskBefore = {"cvss", "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H", 0, 0};
    mitigated.riskAfter = {"matrix", "", 1, 3}; // acceptable in the default scheme
    mitigated.mitigations = {"m1"};
    model.threats().put(mitigated);
    Threat accepted;
    accepted.id = "T-2";
    accepted.number = 2;
    accepted.title = "Phone app spoofed";
    accepted.targets = {"app"};
    accepted.status = ThreatStatus::Accepted;
    accepted.justification = "The app is only a display";
    accepted.riskBefore = {"matrix", "", 2, 2};
    model.threats().put(accepted);
    Threat obsolete;
    obsolete.id = "T-3";
    obsolete.number = 3;
    obsolete.status = ThreatStatus::Obsolete; // history: never a gap
    model.threats().put(obsolete);
    model.reviews().put(completedReview("RV-2026-01-20", "2026-01-20", "2027-01-20"));

    ModelInfo info = model.info();
    info.lastAnalysis.fingerprint = analysisFingerprint(model);
    info.lastAnalysis.packVersions = {{"stride-default", "1.0.0"}};
    model.setInfo(info);
    return model;
}

CheckOptions currentPacks() { return {{}, {{"stride-default", "1.0.0"}}, kToday}; }

} // namespace

Q_DECLARE_METATYPE(Edit)
Q_DECLARE_METATYPE(vigil::Risk)
Q_DECLARE_METATYPE(vigil::Person)

class TestTraceability : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(".*")); }

    void completeChainHasNoGap()
    {
        const auto gaps = checkTraceability(completeModel(), currentPacks());
        for (const Gap &gap : gaps)
            qWarning("unexpected gap: %s", gap.message.c_str());
        QVERIFY(gaps.empty());
    }

    void eachBreakGivesItsGap_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("ids");

        QTest::newRow("open threat") << editThreat("T-2", [](Threat &t) {
            t.status = ThreatStatus::Open;
        }) << "threat-undecided" << QStringList{"T-2"};
        QTest::newRow("needs investigation") << editThreat("T-1", [](Threat &t) {
            t.status = ThreatStatus::NeedsInvestigation;
        }) << "threat-undecided" << QStringList{"T-1"};
        QTest::newRow("accepted, blank justification") << editThreat("T-2", [](Threat &t) {
            t.justification = "  \n";
        }) << "decision-without-justification" << QStringList{"T-2"};
        QTest::newRow("not applicable, no justification") << editThreat("T-2", [](Threat &t) {
            t.status = ThreatStatus::NotApplicable;
            t.justification.clear();
        }) << "decision-without-justification" << QStringList{"T-2"};
        QTest::newRow("mitigated by no control") << editThreat("T-1", [](Threat &t) {
            t.mitigations.clear();
        }) << "mitigated-without-control" << QStringList{"T-1"};
        QTest::newRow("mitigated by a proposed control") << Edit([](ThreatModel &m) {
            Mitigation mitigation = *m.mitigations().find("m1");
            mitigation.status = "proposed";
            m.mitigations().put(mitigation);
        }) << "mitigated-without-control" << QStringList{"T-1"};
        QTest::newRow("no risk before") << editThreat("T-2", [](Threat &t) {
            t.riskBefore = {};
        }) << "risk-missing" << QStringList{"T-2"};
        QTest::newRow("malformed CVSS vector") << editThreat("T-1", [](Threat &t) {
            t.riskBefore.cvssVector = "CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:H";
        }) << "risk-missing" << QStringList{"T-1"};
        QTest::newRow("matrix level beyond the scheme") << editThreat("T-2", [](Threat &t) {
            t.riskBefore.exploitability = 0;
        }) << "risk-missing" << QStringList{"T-2"};
        QTest::newRow("unacceptable residual, CVSS") << editThreat("T-1", [](Threat &t) {
            t.riskAfter = {"cvss", "CVSS:3.1/AV:A/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:N", 0, 0};
        }) << "residual-risk-unaccepted" << QStringList{"T-1"};
        QTest::newRow("accepted threat, risk before is residual")
            << editThreat("T-2", [](Threat &t) { t.riskBefore = {"matrix", "", 4, 4}; })
            << "residual-risk-unaccepted" << QStringList{"T-2"};
        QTest::newRow("acceptance without who") << editThreat("T-2", [](Threat &t) {
            t.riskBefore = {"matrix", "", 5, 5};
            t.residualAcceptance = {"Benefit outweighs", "", "2026-01-12"};
        }) << "residual-risk-unaccepted" << QStringList{"T-2"};
        QTest::newRow("mitigation without requirement") << Edit([](ThreatModel &m) {
            m.mitigations().put({"m2", "Audit log", "", "event-detection-logging", "", "device",
                                 "proposed", {}});
        }) << "mitigation-without-requirement" << QStringList{"m2"};
        QTest::newRow("requirement without test") << Edit([](ThreatModel &m) {
            m.requirements().put({"SR-003", "Logs are signed", "TM", "draft"});
        }) << "requirement-without-test" << QStringList{"SR-003"};
        QTest::newRow("test not run") << editTest("VT-001", [](VerificationTest &t) {
            t.result = "not-run";
        }) << "test-not-passed" << QStringList{"VT-001"};
        QTest::newRow("test failed") << editTest("VT-002", [](VerificationTest &t) {
            t.result = "fail";
        }) << "test-not-passed" << QStringList{"VT-002"};
        QTest::newRow("own work tested") << editTest("VT-001", [](VerificationTest &t) {
            t.performedBy = "dev";
        }) << "independence-violated" << QStringList{"VT-001", "dev"};
        QTest::newRow("requirement test in the developer's department")
            << Edit([](ThreatModel &m) {
                   m.people().put({"qa", "Quinn", "Verification engineer", "Firmware", "Acme"});
               })
            << "independence-violated" << QStringList{"VT-001", "qa", "dev"};
        QTest::newRow("run test without tester") << editTest("VT-002", [](VerificationTest &t) {
            t.performedBy.clear();
        }) << "independence-violated" << QStringList{"VT-002", "dev"};
        QTest::newRow("transitional without rationale") << Edit([](ThreatModel &m) {
            Element element = *m.element("pump");
            element.properties["transitional"] = true;
            m.updateElement(element);
            ModelInfo info = m.info();
            info.lastAnalysis.fingerprint = analysisFingerprint(m);
            m.setInfo(info);
        }) << "transitional-without-rationale" << QStringList{"pump"};
        QTest::newRow("model edited after analysis") << Edit([](ThreatModel &m) {
            Flow flow = *m.flow("f1");
            flow.properties["encrypted"] = true;
            m.updateFlow(flow);
        }) << "analysis-stale" << QStringList{};
        QTest::newRow("never analysed") << Edit([](ThreatModel &m) {
            ModelInfo info = m.info();
            info.lastAnalysis = {};
            m.setInfo(info);
        }) << "analysis-stale" << QStringList{};
        QTest::newRow("pack version changed") << Edit([](ThreatModel &m) {
            ModelInfo info = m.info();
            info.lastAnalysis.packVersions["stride-default"] = "0.9.0";
            m.setInfo(info);
        }) << "analysis-stale" << QStringList{};
        QTest::newRow("decided threats, no review") << removeReviews() << "review-missing"
                                                    << QStringList{};
        QTest::newRow("a merge left a conflict open") << Edit([](ThreatModel &m) {
            OpenConflict conflict;
            conflict.id = "MC-001";
            conflict.kind = "element";
            conflict.record = "pump";
            conflict.field = "name";
            conflict.ours = "\"Pump A\"";
            conflict.theirs = "\"Pump B\"";
            conflict.reason = "changed on both sides to different values";
            m.conflicts().put(conflict);
        }) << "merge-conflict-open" << QStringList{"MC-001", "pump"};
        QTest::newRow("decided threats, only an interrupted review") << Edit([](ThreatModel &m) {
            removeReviews()(m);
            putReview(completedReview("RV-2026-06-01", "2026-06-01", "2027-06-01", false))(m);
        }) << "review-missing" << QStringList{};
        QTest::newRow("next review a day before today")
            << putReview(completedReview("RV-2026-01-20", "2026-01-20", "2026-06-14"))
            << "review-overdue" << QStringList{"RV-2026-01-20"};
        QTest::newRow("no next review, held a year and a day ago") << Edit([](ThreatModel &m) {
            removeReviews()(m);
            putReview(completedReview("RV-2025-06-14", "2025-06-14", ""))(m);
        }) << "review-overdue" << QStringList{"RV-2025-06-14"};
        QTest::newRow("next review not a date: a year after") << Edit([](ThreatModel &m) {
            removeReviews()(m);
            putReview(completedReview("RV-2025-06-14", "2025-06-14", "2026-02-30"))(m);
        }) << "review-overdue" << QStringList{"RV-2025-06-14"};
        QTest::newRow("a later interrupted review does not count") << Edit([](ThreatModel &m) {
            removeReviews()(m);
            putReview(completedReview("RV-2025-01-10", "2025-01-10", "2026-01-10"))(m);
            putReview(completedReview("RV-2026-06-01", "2026-06-01", "2027-06-01", false))(m);
        }) << "review-overdue" << QStringList{"RV-2025-01-10"};
        QTest::newRow("a later completed review without a date is passed over")
            << Edit([](ThreatModel &m) {
                   removeReviews()(m);
                   putReview(completedReview("RV-2025-01-10", "2025-01-10", "2026-01-10"))(m);
                   putReview(completedReview("RV-x", "last week", "2027-06-01"))(m);
               })
            << "review-overdue" << QStringList{"RV-2025-01-10"};
        QTest::newRow("same day: the larger id is the last") << Edit([](ThreatModel &m) {
            removeReviews()(m);
            putReview(completedReview("RV-2025-05-02", "2025-05-02", "2027-01-01"))(m);
            putReview(completedReview("RV-2025-05-02-2", "2025-05-02", "2026-05-02"))(m);
        }) << "review-overdue" << QStringList{"RV-2025-05-02-2"};
    }

    void eachBreakGivesItsGap()
    {
        QFETCH(Edit, edit);
        QFETCH(QString, kind);
        QFETCH(QStringList, ids);
        ThreatModel model = completeModel();
        edit(model);
        const auto gaps = checkTraceability(model, currentPacks());
        QCOMPARE(gaps.size(), size_t(1));
        QCOMPARE(QString::fromStdString(std::string(toString(gaps[0].kind))), kind);
        QStringList gotIds;
        for (const Id &id : gaps[0].ids)
            gotIds << QString::fromStdString(id);
        QCOMPARE(gotIds, ids);
        QVERIFY(!gaps[0].message.empty());

        // --ignore drops exactly that kind.
        CheckOptions options = currentPacks();
        options.ignore.insert(gaps[0].kind);
        QVERIFY(checkTraceability(model, options).empty());
    }

    // What closes a gap is what a user would do about it.
    void fixesCloseGaps_data()
    {
        QTest::addColumn<Edit>("breakIt");
        QTest::addColumn<Edit>("fixIt");
        QTest::newRow("unacceptable residual, then accepted with rationale")
            << editThreat("T-2", [](Threat &t) { t.riskBefore = {"matrix", "", 5, 5}; })
            << editThreat("T-2", [](Threat &t) {
                   t.residualAcceptance = {"Benefit outweighs", "qa", "2026-01-12"};
               });
        QTest::newRow("unacceptable residual, then handed to safety risk management")
            << editThreat("T-2", [](Threat &t) { t.riskBefore = {"matrix", "", 5, 5}; })
            << editThreat("T-2", [](Threat &t) { t.transferredToSafety = true; });
        QTest::newRow("residual judged under a laxer scheme")
            << editThreat("T-1", [](Threat &t) {
                   t.riskAfter = {"cvss", "CVSS:3.1/AV:A/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:N", 0, 0};
               })
            << Edit([](ThreatModel &m) {
                   ModelInfo info = m.info();
                   info.riskScheme.cvssAcceptableBelow = 7.0; // the vector scores 5.3
                   m.setInfo(info);
               });
        QTest::newRow("department rule relaxed to another person")
            << Edit([](ThreatModel &m) {
                   m.people().put({"qa", "Quinn", "Verification engineer", "Firmware", "Acme"});
               })
            << Edit([](ThreatModel &m) {
                   ModelInfo info = m.info();
                   info.independence.securityRequirements = Independence::OtherPerson;
                   m.setInfo(info);
               });
        QTest::newRow("transitional with rationale")
            << Edit([](ThreatModel &m) {
                   Element element = *m.element("pump");
                   element.properties["transitional"] = true;
                   m.updateElement(element);
               })
            << Edit([](ThreatModel &m) {
                   Element element = *m.element("pump");
                   element.properties["transitionalRationale"] = std::string("Replaced in v3");
                   m.updateElement(element);
                   ModelInfo info = m.info();
                   info.lastAnalysis.fingerprint = analysisFingerprint(m);
                   m.setInfo(info);
               });
        QTest::newRow("not applicable needs no risk")
            << editThreat("T-2", [](Threat &t) { t.riskBefore = {}; })
            << editThreat("T-2", [](Threat &t) { t.status = ThreatStatus::NotApplicable; });
        QTest::newRow("overdue review, then a later completed one")
            << putReview(completedReview("RV-2026-01-20", "2026-01-20", "2026-03-01"))
            << putReview(completedReview("RV-2026-06-10", "2026-06-10", "2027-06-10"));
        QTest::newRow("interrupted review, then completed")
            << Edit([](ThreatModel &m) {
                   removeReviews()(m);
                   putReview(completedReview("RV-2026-06-01", "2026-06-01", "", false))(m);
               })
            << putReview(completedReview("RV-2026-06-01", "2026-06-01", ""));
        QTest::newRow("no review, then no decided threat")
            << removeReviews()
            << Edit([](ThreatModel &m) {
                   for (const char *id : {"T-1", "T-2"}) {
                       Threat threat = *m.threats().find(id);
                       threat.status = ThreatStatus::Obsolete;
                       m.threats().put(threat);
                   }
               });
        QTest::newRow("test not yet run may lack its tester")
            << editTest("VT-001", [](VerificationTest &t) {
                   t.result = "not-run";
                   t.performedBy.clear();
               })
            << editTest("VT-001", [](VerificationTest &t) {
                   t.result = "pass";
                   t.performedBy = "qa";
               });
    }

    void fixesCloseGaps()
    {
        QFETCH(Edit, breakIt);
        QFETCH(Edit, fixIt);
        ThreatModel model = completeModel();
        breakIt(model);
        QVERIFY(!checkTraceability(model, currentPacks()).empty());
        fixIt(model);
        const auto gaps = checkTraceability(model, currentPacks());
        QVERIFY2(gaps.empty(), gaps.empty() ? "" : gaps[0].message.c_str());
    }

    void gapsComeInKindOrderThenIdOrder()
    {
        ThreatModel model = completeModel();
        model.requirements().put({"SR-009", "b", "", ""});
        model.requirements().put({"SR-004", "a", "", ""});
        Threat open = *model.threats().find("T-2");
        open.status = ThreatStatus::Open;
        model.threats().put(open);
        const auto gaps = checkTraceability(model, currentPacks());
        QCOMPARE(gaps.size(), size_t(3));
        QVERIFY(gaps[0].kind == GapKind::ThreatUndecided);
        QCOMPARE(gaps[1].ids, std::vector<Id>{"SR-004"});
        QCOMPARE(gaps[2].ids, std::vector<Id>{"SR-009"});
    }

    // With no decided threat there is nothing a review has settled yet: open threats are their
    // own gap, and no review is asked for.
    void undecidedThreatsAskForNoReview()
    {
        ThreatModel model = completeModel();
        removeReviews()(model);
        for (const char *id : {"T-1", "T-2"}) {
            Threat threat = *model.threats().find(id);
            threat.status = ThreatStatus::Open;
            model.threats().put(threat);
        }
        const auto gaps = checkTraceability(model, currentPacks());
        QCOMPARE(gaps.size(), size_t(2));
        for (const Gap &gap : gaps)
            QVERIFY2(gap.kind == GapKind::ThreatUndecided, gap.message.c_str());
    }

    // Due on a day means overdue from the day after; a review on 29 February is due again on
    // 28 February, as the review mode writes it.
    void reviewDueDates_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("nextReview");
        QTest::addColumn<QString>("today");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("due today") << "2026-01-20" << "2026-06-15" << kToday << false;
        QTest::newRow("due tomorrow") << "2026-01-20" << "2026-06-16" << kToday << false;
        QTest::newRow("due yesterday") << "2026-01-20" << "2026-06-14" << kToday << true;
        QTest::newRow("due last year") << "2024-01-20" << "2025-01-20" << kToday << true;
        QTest::newRow("no next review, a year ago today") << "2025-06-15" << "" << kToday << false;
        QTest::newRow("no next review, a year and a day") << "2025-06-14" << "" << kToday << true;
        QTest::newRow("29 February, on 28 February") << "2024-02-29" << "" << "2025-02-28"
                                                     << false;
        QTest::newRow("29 February, on 1 March") << "2024-02-29" << "" << "2025-03-01" << true;
        QTest::newRow("next review malformed") << "2025-06-14" << "2027-6-1" << kToday << true;
        QTest::newRow("neither is a date") << "2025-13-01" << "soon" << kToday << false;
        QTest::newRow("next review 30 February: a year after") << "2025-06-01" << "2027-02-30"
                                                                << kToday << true;
    }

    void reviewDueDates()
    {
        QFETCH(QString, date);
        QFETCH(QString, nextReview);
        QFETCH(QString, today);
        QFETCH(bool, overdue);
        ThreatModel model = completeModel();
        removeReviews()(model);
        model.reviews().put(
            completedReview("RV-1", date.toStdString(), nextReview.toStdString()));
        CheckOptions options = currentPacks();
        options.today = today.toStdString();
        const auto gaps = checkTraceability(model, options);
        QCOMPARE(gaps.size(), size_t(overdue ? 1 : 0));
        if (overdue)
            QVERIFY(gaps[0].kind == GapKind::ReviewOverdue);
    }

    void overdueMessageNamesReviewAndDates()
    {
        ThreatModel model = completeModel();
        model.reviews().put(completedReview("RV-2026-01-20", "2026-01-20", "2026-03-01"));
        const auto gaps = checkTraceability(model, currentPacks());
        QCOMPARE(gaps.size(), size_t(1));
        QCOMPARE(QString::fromStdString(gaps[0].message),
                 QString("review RV-2026-01-20 of 2026-01-20 is overdue: the threat model was to "
                         "be reviewed again by 2026-03-01"));
        QCOMPARE(reviewDue(*model.reviews().find("RV-2026-01-20")), std::string("2026-03-01"));
        QCOMPARE(reviewDue(completedReview("RV-2", "2024-02-29", "")), std::string("2025-02-28"));
        QCOMPARE(reviewDue(completedReview("RV-3", "never", "never")), std::string());
    }

    // Without a day given, the check runs on the system's current date.
    void todayDefaultsToTheCurrentDate()
    {
        ThreatModel model = completeModel();
        CheckOptions options = currentPacks();
        options.today.clear();
        model.reviews().put(completedReview("RV-2026-01-20", "2026-01-20", "9999-12-31"));
        QVERIFY(checkTraceability(model, options).empty());
        model.reviews().put(completedReview("RV-2026-01-20", "2026-01-20", "2000-01-01"));
        const auto gaps = checkTraceability(model, options);
        QCOMPARE(gaps.size(), size_t(1));
        QVERIFY(gaps[0].kind == GapKind::ReviewOverdue);
    }

    void todayMustBeADate()
    {
        CheckOptions options = currentPacks();
        options.today = "2026-02-29";
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                                 checkTraceability(completeModel(), options));
    }

    void gapKindNamesAreTheContract()
    {
        const QStringList expected{
            "threat-undecided", "decision-without-justification", "mitigated-without-control",
            "risk-missing", "residual-risk-unaccepted", "mitigation-without-requirement",
            "requirement-without-test", "test-not-passed", "independence-violated",
            "transitional-without-rationale", "analysis-stale", "review-overdue",
            "review-missing", "merge-conflict-open"};
        QStringList names;
        for (std::string_view name : gapKindNames()) {
            names << QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
            QCOMPARE(gapKindFromString(name).has_value(), true);
        }
        QCOMPARE(names, expected);
        QVERIFY(!gapKindFromString("threat_undecided"));
    }

    void defaultMatrixIsALowerTriangle_data()
    {
        QTest::addColumn<int>("exploitability");
        QTest::addColumn<int>("severity");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("very low x negligible") << 1 << 1 << true;
        QTest::newRow("very low x critical") << 1 << 4 << true;
        QTest::newRow("very low x catastrophic") << 1 << 5 << false;
        QTest::newRow("moderate x minor") << 3 << 2 << true;
        QTest::newRow("moderate x serious") << 3 << 3 << false;
        QTest::newRow("high x negligible") << 4 << 1 << true;
        QTest::newRow("very high x negligible") << 5 << 1 << false;
        QTest::newRow("out of range") << 6 << 1 << false;
    }

    void defaultMatrixIsALowerTriangle()
    {
        QFETCH(int, exploitability);
        QFETCH(int, severity);
        QFETCH(bool, acceptable);
        QCOMPARE(RiskScheme{}.isAcceptable(exploitability, severity), acceptable);
    }

    void riskEvaluation_data()
    {
        QTest::addColumn<Risk>("risk");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("acceptability");
        QTest::addColumn<QString>("summary");
        QTest::newRow("none") << Risk{} << false << int(Acceptability::Unknown) << "";
        QTest::newRow("cvss high")
            << Risk{"cvss", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", 0, 0} << true
            << int(Acceptability::Unacceptable) << "7.5 (high)";
        QTest::newRow("cvss low")
            << Risk{"cvss", "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N", 0, 0} << true
            << int(Acceptability::Acceptable) << "3.1 (low)";
        QTest::newRow("matrix") << Risk{"matrix", "", 2, 3} << true
                                << int(Acceptability::Acceptable)
                                << "Low exploitability x Serious severity";
        QTest::newRow("matrix out of scheme") << Risk{"matrix", "", 2, 6} << false
                                              << int(Acceptability::Unknown) << "";
    }

    void riskEvaluation()
    {
        QFETCH(Risk, risk);
        QFETCH(bool, valid);
        QFETCH(int, acceptability);
        QFETCH(QString, summary);
        const RiskEvaluation evaluation = evaluateRisk(risk, RiskScheme{});
        QCOMPARE(evaluation.valid, valid);
        QCOMPARE(int(evaluation.acceptability), acceptability);
        QCOMPARE(QString::fromStdString(evaluation.summary), summary);
        if (!valid && evaluation.present)
            QVERIFY(!evaluation.problem.empty());
    }

    void riskLevels_data()
    {
        QTest::addColumn<Risk>("risk");
        QTest::addColumn<QString>("ruleSeverity");
        QTest::addColumn<int>("schemeLevels"); // levels on each axis of the matrix
        QTest::addColumn<QString>("level");
        const auto cvss = [](const char *vector) { return Risk{"cvss", vector, 0, 0}; };
        const auto cell = [](int e, int s) { return Risk{"matrix", "", e, s}; };
        QTest::newRow("cvss none counts as low")
            << cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N") << "critical" << 5 << "low";
        QTest::newRow("cvss low") << cvss("CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N")
                                  << "critical" << 5 << "low";
        QTest::newRow("cvss medium") << cvss("CVSS:3.1/AV:A/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:N")
                                     << "low" << 5 << "medium";
        QTest::newRow("cvss high") << cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N")
                                   << "low" << 5 << "high";
        QTest::newRow("cvss critical") << cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
                                       << "low" << 5 << "critical";
        QTest::newRow("matrix 1") << cell(1, 1) << "critical" << 5 << "low";
        QTest::newRow("matrix 4") << cell(1, 4) << "critical" << 5 << "low";
        QTest::newRow("matrix 5") << cell(5, 1) << "low" << 5 << "medium";
        QTest::newRow("matrix 9") << cell(3, 3) << "low" << 5 << "medium";
        QTest::newRow("matrix 10") << cell(2, 5) << "low" << 5 << "high";
        QTest::newRow("matrix 15") << cell(5, 3) << "low" << 5 << "high";
        QTest::newRow("matrix 16") << cell(4, 4) << "low" << 5 << "critical";
        QTest::newRow("matrix 25") << cell(5, 5) << "low" << 5 << "critical";
        // 3 x 3: the product scaled to 25 (x 25 / 9).
        QTest::newRow("3x3 matrix 1 (2.8)") << cell(1, 1) << "critical" << 3 << "low";
        QTest::newRow("3x3 matrix 2 (5.6)") << cell(1, 2) << "low" << 3 << "medium";
        QTest::newRow("3x3 matrix 4 (11.1)") << cell(2, 2) << "low" << 3 << "high";
        QTest::newRow("3x3 matrix 6 (16.7)") << cell(2, 3) << "low" << 3 << "critical";
        QTest::newRow("no estimate: rule severity") << Risk{} << "high" << 5 << "high";
        QTest::newRow("invalid vector: rule severity")
            << cvss("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H") << "low" << 5 << "low";
        QTest::newRow("cell outside the scheme: rule severity")
            << cell(4, 4) << "critical" << 3 << "critical";
        QTest::newRow("no estimate, no rule severity") << Risk{} << "" << 5 << "medium";
        QTest::newRow("no estimate, unknown rule severity") << Risk{} << "severe" << 5
                                                            << "medium";
    }

    void riskLevels()
    {
        QFETCH(Risk, risk);
        QFETCH(QString, ruleSeverity);
        QFETCH(int, schemeLevels);
        QFETCH(QString, level);
        Threat threat;
        threat.severity = ruleSeverity.toStdString();
        threat.riskBefore = risk;
        threat.riskAfter = {"matrix", "", 1, 1}; // never read: the level is the risk before
        RiskScheme scheme;
        if (schemeLevels == 3) {
            scheme.exploitabilityLevels = {"Low", "Medium", "High"};
            scheme.severityLevels = {"Minor", "Serious", "Critical"};
            scheme.acceptable = RiskScheme::defaultAcceptable(3, 3);
        }
        const std::string got = riskLevel(threat, scheme);
        QCOMPARE(QString::fromStdString(got), level);
        QVERIFY(severityRank(got) >= 0);
    }

    void independenceLevels_data()
    {
        QTest::addColumn<Person>("tester");
        QTest::addColumn<Person>("developer");
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("met");
        const Person dev{"dev", "Dana", "", "Firmware", "Acme"};
        const Person peer{"peer", "Pete", "", "Firmware", "Acme"};
        const Person qa{"qa", "Quinn", "", "QA", "Acme"};
        const Person lab{"lab", "Lee", "", "Firmware", "TestLab"};
        const Person noDepartment{"nd", "Noa", "", "", "Acme"};
        using I = Independence;
        QTest::newRow("same person, none needed") << dev << dev << int(I::None) << true;
        QTest::newRow("same person, other person needed")
            << dev << dev << int(I::OtherPerson) << false;
        QTest::newRow("peer, other person") << peer << dev << int(I::OtherPerson) << true;
        QTest::newRow("peer, other department") << peer << dev << int(I::OtherDepartment) << false;
        QTest::newRow("QA, other department") << qa << dev << int(I::OtherDepartment) << true;
        QTest::newRow("lab, other department (another organisation counts)")
            << lab << dev << int(I::OtherDepartment) << true;
        QTest::newRow("QA, other organisation") << qa << dev << int(I::OtherOrganisation) << false;
        QTest::newRow("lab, other organisation") << lab << dev << int(I::OtherOrganisation) << true;
        QTest::newRow("department unknown")
            << noDepartment << dev << int(I::OtherDepartment) << false;
    }

    void independenceLevels()
    {
        QFETCH(Person, tester);
        QFETCH(Person, developer);
        QFETCH(int, level);
        QFETCH(bool, met);
        const std::string problem =
            independenceProblem(&tester, &developer, static_cast<Independence>(level));
        QCOMPARE(problem.empty(), met);
    }

    void defaultIndependenceRules()
    {
        const IndependenceRules rules;
        QVERIFY(rules.forKind("security-requirements") == Independence::OtherDepartment);
        QVERIFY(rules.forKind("threat-mitigation") == Independence::OtherDepartment);
        QVERIFY(rules.forKind("vulnerability") == Independence::OtherPerson);
        QVERIFY(rules.forKind("penetration") == Independence::OtherDepartment);
    }

    // The fingerprint follows what analysis reads and nothing else.
    void fingerprintIgnoresLayoutAndRecords()
    {
        ThreatModel model = completeModel();
        const std::string before = analysisFingerprint(model);
        Element pump = *model.element("pump");
        pump.description = "Now with a description";
        model.updateElement(pump);
        model.requirements().put({"SR-010", "More", "", ""});
        QCOMPARE(analysisFingerprint(model), before);
        pump.name = "Renamed pump";
        model.updateElement(pump);
        QVERIFY(analysisFingerprint(model) != before);
    }

    void reconcileStampsTheModel()
    {
        ThreatModel model = completeModel();
        ModelInfo info = model.info();
        info.lastAnalysis = {};
        model.setInfo(info);
        const Analysis analysis = analyze(model, resolvePacks(model.info().rulePacks));
        reconcile(model, analysis);
        QCOMPARE(model.info().lastAnalysis.fingerprint, analysisFingerprint(model));
        QCOMPARE(model.info().lastAnalysis.packVersions.size(), size_t(2));
        CheckOptions options;
        for (const RulePackPtr &pack : resolvePacks(model.info().rulePacks))
            options.packVersions[pack->id()] = pack->version();
        options.ignore = {GapKind::ThreatUndecided, GapKind::RiskMissing};
        for (const Gap &gap : checkTraceability(model, options))
            QVERIFY2(gap.kind != GapKind::AnalysisStale, gap.message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestTraceability)
#include "tst_traceability.moc"
