// The threat side of traceability as a user works it: building a CVSS vector metric by metric
// with the score shown live, picking a matrix cell, recording acceptance, linking and adopting
// mitigations (reusing one already adopted), hazards, and the gap list that follows every edit.
// Each edit is one undo step that undo takes back exactly.

#include "model/json/JsonInterchange.h"
#include "stride/RulePack.h"
#include "views/document/Document.h"
#include "views/document/TraceCommands.h"
#include "views/trace/GapList.h"
#include "views/trace/RiskEditor.h"
#include "views/trace/ThreatTrace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace vigil;

namespace {

// One threat of the medical-device pack on a BLE command flow, so the rule's suggested
// mitigations are there to adopt; two people; one hazard; one existing mitigation.
ThreatModel smallModel()
{
    ThreatModel model;
    Element pump;
    pump.id = "pump";
    pump.kind = ElementKind::Process;
    pump.name = "Pump";
    model.addElement(pump);
    Element app;
    app.id = "app";
    app.kind = ElementKind::ExternalEntity;
    app.name = "App";
    model.addElement(app);
    Flow flow;
    flow.id = "f1";
    flow.source = "app";
    flow.target = "pump";
    flow.name = "Bolus";
    model.addFlow(flow);
    model.people().put({"dana", "Dana", "Developer", "Firmware", "Acme"});
    model.people().put({"quinn", "Quinn", "Risk manager", "Quality", "Acme"});
    model.hazards().put({"hz1", "HAZ-001", "Over-delivery", ""});
    model.mitigations().put({"m1", "Signed firmware", "", "code-data-execution-integrity", "",
                             "device", "verified", {}});
    Threat threat;
    threat.id = "T-1";
    threat.number = 1;
    threat.ruleId = "MD-WL-T-01";
    threat.rulePack = "medical-device";
    threat.title = "Therapy commands forged over the air on Bolus";
    threat.targets = {"f1"};
    model.threats().put(threat);
    Threat second = threat;
    second.id = "T-2";
    second.number = 2;
    model.threats().put(second);
    return model;
}

struct Fixture {
    Document document;
    Fixture() { document.setUntitledModel(smallModel(), QStringLiteral("small.json")); }
    const Threat &threat(const Id &id)
    {
        static const Threat missing;
        const Threat *found = document.model().threats().find(id);
        return found ? *found : missing;
    }
    QString json() { return QString::fromStdString(modelToJson(document.model())); }
};

void choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

class TestLinksPage final : public ThreatLinksPage {
public:
    using ThreatLinksPage::ThreatLinksPage;
    std::set<Id> link, unlink;
    QString title = QStringLiteral("Rate-limit bolus commands");

protected:
    bool pickMitigations(std::set<Id> *l, std::set<Id> *u) override
    {
        *l = link;
        *u = unlink;
        return true;
    }
    QString askMitigationTitle() override { return title; }
};

} // namespace

class TestThreatTrace : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void cvssVectorIsBuiltMetricByMetric()
    {
        Fixture f;
        const QString before = f.json();
        ThreatRiskPage page(&f.document);
        page.setThreats({"T-1"});
        RiskEditor *editor = page.beforeEditor();
        editor->methodCombo()->setCurrentIndex(1);
        emit editor->methodCombo()->activated(1);
        QCOMPARE(f.threat("T-1").riskBefore.method, std::string("cvss"));
        const QStringList codes{"A", "L", "N", "N", "U", "N", "H", "H"};
        for (int i = 0; i < 7; ++i)
            choose(editor->metricCombo(i), codes[i]);
        // Seven of eight: nothing stored yet, the editor says what is missing.
        QCOMPARE(f.threat("T-1").riskBefore.cvssVector, std::string());
        QVERIFY(editor->resultLabel()->text().contains(QStringLiteral("○")));
        choose(editor->metricCombo(7), codes[7]);
        QCOMPARE(f.threat("T-1").riskBefore.cvssVector,
                 std::string("CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H"));
        // 8.1 high: above the default threshold, so not acceptable, said in words and a symbol.
        QVERIFY2(editor->resultLabel()->text().startsWith(QStringLiteral("✖ 8.1")),
                 qPrintable(editor->resultLabel()->text()));
        QVERIFY(page.residualLabel()->text().startsWith(QStringLiteral("✖")));

        f.document.undoStack()->undo(); // the vector
        f.document.undoStack()->undo(); // the method
        QCOMPARE(f.json(), before);
    }

    void pastedVectorIsNormalisedAndABadOneIsNotStored()
    {
        Fixture f;
        ThreatRiskPage page(&f.document);
        page.setThreats({"T-1"});
        RiskEditor *editor = page.beforeEditor();
        editor->methodCombo()->setCurrentIndex(1);
        emit editor->methodCombo()->activated(1);
        editor->vectorField()->setText(
            QStringLiteral("CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N"));
        emit editor->vectorField()->editingFinished();
        QCOMPARE(f.threat("T-1").riskBefore.cvssVector,
                 std::string("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"));
        QCOMPARE(editor->metricCombo(0)->currentData().toString(), QStringLiteral("N"));
        const int steps = f.document.undoStack()->count();
        editor->vectorField()->setText(QStringLiteral("CVSS:3.1/AV:X/AC:L"));
        emit editor->vectorField()->editingFinished();
        QCOMPARE(f.document.undoStack()->count(), steps);
        QVERIFY(editor->resultLabel()->text().contains(QStringLiteral("AV")));
    }

    void matrixCellAndAcceptance()
    {
        Fixture f;
        ThreatRiskPage page(&f.document);
        page.setThreats({"T-1"});
        RiskEditor *before = page.beforeEditor();
        before->methodCombo()->setCurrentIndex(2);
        emit before->methodCombo()->activated(2);
        choose(before->exploitabilityCombo(), QStringLiteral("4"));
        QVariant severity(4);
        const int index = before->severityCombo()->findData(severity);
        before->severityCombo()->setCurrentIndex(index);
        emit before->severityCombo()->activated(index);
        QCOMPARE(f.threat("T-1").riskBefore, (Risk{"matrix", "", 4, 4}));
        QVERIFY(before->resultLabel()->text().contains(QStringLiteral("High")));
        QVERIFY(page.residualLabel()->text().startsWith(QStringLiteral("✖")));

        page.rationaleField()->setText(QStringLiteral("Benefit outweighs the residual risk"));
        emit page.rationaleField()->editingFinished();
        const int quinn = page.acceptedByCombo()->findData(QStringLiteral("quinn"));
        page.acceptedByCombo()->setCurrentIndex(quinn);
        emit page.acceptedByCombo()->activated(quinn);
        QCOMPARE(f.threat("T-1").residualAcceptance.by, std::string("quinn"));
        QVERIFY(page.residualLabel()->text().startsWith(QStringLiteral("✔")));

        page.transferredBox()->setChecked(true);
        QVERIFY(f.threat("T-1").transferredToSafety);
        f.document.undoStack()->undo();
        QVERIFY(!f.threat("T-1").transferredToSafety);
        QVERIFY(!page.transferredBox()->isChecked());
    }

    void riskPageNeedsExactlyOneThreat()
    {
        Fixture f;
        ThreatRiskPage page(&f.document);
        page.setThreats({"T-1", "T-2"});
        QVERIFY(!page.beforeEditor()->isVisibleTo(&page));
        page.setThreats({"T-2"});
        QVERIFY(page.beforeEditor()->isVisibleTo(&page));
    }

    void adoptingASuggestionTwiceReusesTheMitigation()
    {
        Fixture f;
        const stride::Rule *rule = ruleOfThreat(f.threat("T-1"));
        QVERIFY(rule && !rule->mitigations.empty());
        const stride::SuggestedMitigation suggestion = rule->mitigations.front();
        TestLinksPage page(&f.document);
        page.setThreats({"T-1"});
        QCOMPARE(page.suggestionList()->count(), static_cast<int>(rule->mitigations.size()));
        page.adopt({suggestion});
        QCOMPARE(f.document.model().mitigations().size(), size_t(2));
        const Id adopted = *f.threat("T-1").mitigations.begin();
        const Mitigation *mitigation = f.document.model().mitigations().find(adopted);
        QVERIFY(mitigation);
        QCOMPARE(mitigation->title, suggestion.title);
        QCOMPARE(mitigation->controlCategory, suggestion.controlCategory);
        QCOMPARE(mitigation->status, std::string("proposed"));

        page.setThreats({"T-2"});
        page.adopt({suggestion});
        QCOMPARE(f.document.model().mitigations().size(), size_t(2)); // no copy
        QCOMPARE(f.threat("T-2").mitigations, (std::set<Id>{adopted}));

        f.document.undoStack()->undo();
        f.document.undoStack()->undo();
        QCOMPARE(f.document.model().mitigations().size(), size_t(1));
        QVERIFY(f.threat("T-1").mitigations.empty());
    }

    void linksApplyToEverySelectedThreat()
    {
        Fixture f;
        TestLinksPage page(&f.document);
        page.setThreats({"T-1", "T-2"});
        page.link = {"m1"};
        QTest::mouseClick(page.linkButton(), Qt::LeftButton);
        QCOMPARE(f.threat("T-1").mitigations, (std::set<Id>{"m1"}));
        QCOMPARE(f.threat("T-2").mitigations, (std::set<Id>{"m1"}));
        QCOMPARE(f.document.undoStack()->count(), 1);
        QVERIFY(page.mitigationList()->item(0)->text().contains(QStringLiteral("Signed firmware")));

        QTest::mouseClick(page.newButton(), Qt::LeftButton);
        QCOMPARE(f.threat("T-2").mitigations.size(), size_t(2));

        page.setThreats({"T-1"});
        page.mitigationList()->item(0)->setSelected(true);
        QTest::mouseClick(page.unlinkButton(), Qt::LeftButton);
        QCOMPARE(f.threat("T-1").mitigations.size(), size_t(1));
        QCOMPARE(f.threat("T-2").mitigations.size(), size_t(2));
    }

    void hazardsAreCheckedPerThreat()
    {
        Fixture f;
        TestLinksPage page(&f.document);
        page.setThreats({"T-1"});
        QListWidgetItem *hazard = page.hazardList()->item(0);
        QVERIFY(hazard->text().contains(QStringLiteral("HAZ-001")));
        hazard->setCheckState(Qt::Checked);
        QCOMPARE(f.threat("T-1").hazards, (std::set<Id>{"hz1"}));
        f.document.undoStack()->undo();
        QVERIFY(f.threat("T-1").hazards.empty());
        QCOMPARE(page.hazardList()->item(0)->checkState(), Qt::Unchecked);
    }

    void removingAMitigationUnlinksItAndUndoRestores()
    {
        Fixture f;
        {
            TraceEdit edit(f.document.model());
            edit.linkMitigation("T-1", "m1", true);
            edit.linkMitigation("T-2", "m1", true);
            f.document.push(new EditTraceCommand(&f.document, QStringLiteral("link"), edit));
        }
        const QString linked = f.json();
        TraceEdit edit(f.document.model());
        edit.removeMitigation("m1");
        f.document.push(new EditTraceCommand(&f.document, QStringLiteral("remove"), edit));
        QVERIFY(!f.document.model().mitigations().contains("m1"));
        QVERIFY(f.threat("T-1").mitigations.empty());
        f.document.undoStack()->undo();
        QCOMPARE(f.json(), linked);
    }

    void gapListFollowsEdits()
    {
        Fixture f;
        GapList gaps(&f.document);
        // Two open threats, a mitigation without requirement and a never-analysed model.
        QCOMPARE(gaps.tree()->topLevelItemCount(), 4);
        QSignalSpy activated(&gaps, &GapList::gapActivated);
        QTreeWidgetItem *first = gaps.tree()->topLevelItem(0);
        QVERIFY(first->text(0).startsWith(QStringLiteral("✖ ")));
        QVERIFY(first->text(1).contains(QStringLiteral("#1")));
        emit gaps.tree()->itemActivated(first, 0);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(1).value<std::vector<Id>>(), std::vector<Id>{"T-1"});

        TraceEdit edit(f.document.model());
        Threat threat = f.threat("T-1");
        threat.status = ThreatStatus::NotApplicable;
        edit.put(threat);
        f.document.push(new EditTraceCommand(&f.document, QStringLiteral("decide"), edit));
        gaps.refresh();
        // Undecided became "without justification", and a decided threat now wants a review
        // of the model: five.
        QCOMPARE(gaps.tree()->topLevelItemCount(), 5);
        QVERIFY(gaps.gaps()[0].kind == stride::GapKind::ThreatUndecided);
        QVERIFY(gaps.gaps()[1].kind == stride::GapKind::DecisionWithoutJustification);
        gaps.kindFilter()->setCurrentIndex(
            gaps.kindFilter()->findData(static_cast<int>(stride::GapKind::AnalysisStale)));
        QCOMPARE(gaps.tree()->topLevelItemCount(), 1);
    }
};

QTEST_MAIN(TestThreatTrace)
#include "tst_threattrace.moc"
