// The traceability workspace as a user meets it: adding records through the buttons and keys,
// editing fields (one undo step per finished edit), removing with links taken along and put back
// by undo, linking through the pickers and by dropping threats, status symbols that do not rely
// on colour, the independence line, the matrix's one row per path, the risk settings, and
// showRecord.

#include "model/json/JsonInterchange.h"
#include "views/document/Document.h"
#include "views/document/TraceCommands.h"
#include "views/panels/ThreatsPanel.h"
#include "views/trace/HazardsTab.h"
#include "views/trace/MitigationsTab.h"
#include "views/trace/PeopleTab.h"
#include "views/trace/RequirementsTab.h"
#include "views/trace/RiskSettingsTab.h"
#include "views/trace/TestsTab.h"
#include "views/trace/TraceMatrix.h"
#include "views/trace/TracePanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace vigil;
using tracepanel::RecordTab;

namespace {

const QString kExample = QStringLiteral(VIGIL_SOURCE_DIR "/resources/examples/insulin-pump.json");

// A shown, active panel on a document.
struct Fixture {
    Document document;
    TracePanel panel{&document};

    explicit Fixture(bool example = true)
    {
        if (example && !document.open(kExample))
            qFatal("cannot open the example");
        panel.resize(900, 700);
        panel.show();
        panel.activateWindow();
        if (!QTest::qWaitForWindowActive(&panel))
            qFatal("the panel did not become active");
    }
    const ThreatModel &model() const { return document.model(); }
    int steps() { return document.undoStack()->count(); }
    void undo() { document.undoStack()->undo(); }
    void redo() { document.undoStack()->redo(); }
    std::string json() const { return modelToJson(document.model()); }
    // The record with this id; a blank one when there is none (the comparison then fails).
    template<typename T>
    static const T &record(const Records<T> &records, const Id &id)
    {
        static const T missing;
        const T *found = records.find(id);
        return found ? *found : missing;
    }
    const Mitigation &mitigation(const Id &id) const { return record(model().mitigations(), id); }
    const Requirement &requirement(const Id &id) const
    {
        return record(model().requirements(), id);
    }
    const VerificationTest &test(const Id &id) const { return record(model().tests(), id); }
    const Threat &threat(const Id &id) const { return record(model().threats(), id); }
    template<typename T>
    T *find(const QString &name) const
    {
        T *found = panel.findChild<T *>(name);
        if (!found)
            qWarning("no widget %s", qPrintable(name));
        return found;
    }
    RecordTab *tab(const QString &kind) const
    {
        if (kind == QLatin1String("mitigation"))
            return panel.mitigationsTab();
        if (kind == QLatin1String("requirement"))
            return panel.requirementsTab();
        if (kind == QLatin1String("test"))
            return panel.testsTab();
        if (kind == QLatin1String("person"))
            return panel.peopleTab();
        return panel.hazardsTab();
    }
    size_t count(const QString &kind) const
    {
        if (kind == QLatin1String("mitigation"))
            return model().mitigations().size();
        if (kind == QLatin1String("requirement"))
            return model().requirements().size();
        if (kind == QLatin1String("test"))
            return model().tests().size();
        if (kind == QLatin1String("person"))
            return model().people().size();
        return model().hazards().size();
    }
    // The table text of a record's cell.
    static QString cellText(RecordTab *tab, const Id &id, int column)
    {
        const int row = tab->tableModel()->rowOf(id);
        return tab->tableModel()->index(row, column).data().toString();
    }
    // The picker the panel opened, after the button that opens it was clicked.
    tracepanel::PickerDialog *picker() const
    {
        for (auto *dialog : panel.findChildren<tracepanel::PickerDialog *>())
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    }
};

// Picks an entry of a combo box the way the popup does.
void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    if (index < 0) {
        qWarning("no item %s", qPrintable(text));
        return;
    }
    combo->setCurrentIndex(index);
    emit combo->activated(index);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

Threat threat(const Id &id, int number, ThreatStatus status, std::set<Id> mitigations)
{
    Threat t;
    t.id = id;
    t.number = number;
    t.title = "Threat " + std::to_string(number);
    t.status = status;
    t.mitigations = std::move(mitigations);
    return t;
}

// Threat 1 (mitigated) -> M1 (R1, R2), M2 (R3, R4), each requirement with one test: 4 paths.
// Threat 2 is mitigated without a control, threat 3 open without one, threat 4 obsolete.
// M3 has a requirement R5 without a test; threat 5 (accepted) uses it.
ThreatModel matrixModel()
{
    ThreatModel model;
    model.threats().put(threat("t1", 1, ThreatStatus::Mitigated, {"m1", "m2"}));
    model.threats().put(threat("t2", 2, ThreatStatus::Mitigated, {}));
    model.threats().put(threat("t3", 3, ThreatStatus::Open, {}));
    model.threats().put(threat("t4", 4, ThreatStatus::Obsolete, {"m1"}));
    model.threats().put(threat("t5", 5, ThreatStatus::Accepted, {"m3"}));
    const auto mitigation = [&model](const Id &id, const std::string &title, std::set<Id> reqs) {
        Mitigation m;
        m.id = id;
        m.title = title;
        m.status = "implemented";
        m.requirements = std::move(reqs);
        model.mitigations().put(m);
    };
    mitigation("m1", "Signed firmware", {"R1", "R2"});
    mitigation("m2", "Encrypted link", {"R3", "R4"});
    mitigation("m3", "Audit log", {"R5"});
    for (int i = 1; i <= 5; ++i) {
        Requirement r;
        r.id = "R" + std::to_string(i);
        r.text = "Requirement " + std::to_string(i);
        r.status = "approved";
        model.requirements().put(r);
    }
    for (int i = 1; i <= 4; ++i) {
        VerificationTest t;
        t.id = "T" + std::to_string(i);
        t.kind = "security-requirements";
        t.result = i == 2 ? "fail" : "pass";
        t.verifies = {"R" + std::to_string(i)};
        model.tests().put(t);
    }
    return model;
}

QModelIndex proxyIndexOf(RecordTab *tab, const Id &id)
{
    const int row = tab->tableModel()->rowOf(id);
    return tab->sortModel()->mapFromSource(tab->tableModel()->index(row, 0));
}

// Sends a drag of threat ids over `point` of the mitigations table and drops it there.
bool dropThreats(QTableView *table, const QPoint &point, const QStringList &ids)
{
    QMimeData data;
    data.setData(QString::fromLatin1(kThreatIdsMime), ids.join(QLatin1Char('\n')).toUtf8());
    QWidget *viewport = table->viewport();
    QDragEnterEvent enter(point, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(point, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &move);
    const bool accepted = move.isAccepted();
    QDropEvent drop(QPointF(point), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(viewport, &drop);
    return accepted && drop.isAccepted();
}

} // namespace

class tst_TracePanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
        QCoreApplication::setApplicationName(QStringLiteral("VigilTracePanelTest"));
    }
    void init()
    {
        QSettings().clear();
        // Any warning fails, except the offscreen plugin's notes on what it cannot do for shown
        // windows (size constraints, raising a completer popup, grabbing the keyboard).
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("^(?!This plugin does not support ).*")));
    }

    void addCreatesARecord_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("byKey");
        QTest::addColumn<QString>("expectedId"); // empty: any new id
        for (const QString &name : {QStringLiteral("mitigation"), QStringLiteral("requirement"),
                                    QStringLiteral("test"), QStringLiteral("person"),
                                    QStringLiteral("hazard")}) {
            const QByteArray kind = name.toUtf8();
            const QString expected = name == QLatin1String("requirement") ? QStringLiteral("SR-037")
                                     : name == QLatin1String("test")      ? QStringLiteral("VT-042")
                                                                          : QString();
            QTest::addRow("%s by button", kind.constData()) << name << false << expected;
            QTest::addRow("%s by Insert key", kind.constData()) << name << true << expected;
        }
    }

    void addCreatesARecord()
    {
        QFETCH(QString, kind);
        QFETCH(bool, byKey);
        QFETCH(QString, expectedId);
        Fixture f;
        RecordTab *tab = f.tab(kind);
        f.panel.tabs()->setCurrentWidget(tab);
        const size_t before = f.count(kind);
        const int rows = tab->tableModel()->rowCount();
        if (byKey) {
            tab->table()->setFocus();
            QTest::keyClick(tab->table(), Qt::Key_Insert);
        } else {
            QTest::mouseClick(tab->addButton(), Qt::LeftButton);
        }
        QCOMPARE(f.count(kind), before + 1);
        QCOMPARE(tab->tableModel()->rowCount(), rows + 1);
        QCOMPARE(f.steps(), 1);
        // The new record is selected and shown in the form, ready to be named.
        QVERIFY(!tab->currentId().empty());
        QCOMPARE(tab->selectedIds(), std::vector<Id>{tab->currentId()});
        if (!expectedId.isEmpty())
            QCOMPARE(QString::fromStdString(tab->currentId()), expectedId);
        QVERIFY(tab->detailPanel()->widget()->isEnabled());

        f.undo();
        QCOMPARE(f.count(kind), before);
        QVERIFY(tab->currentId().empty());
        f.redo();
        QCOMPARE(f.count(kind), before + 1);
    }

    void requirementNumbersAreNeverReused()
    {
        Fixture f;
        RequirementsTab *tab = f.panel.requirementsTab();
        f.panel.tabs()->setCurrentWidget(tab);
        QTest::mouseClick(tab->addButton(), Qt::LeftButton);
        QCOMPARE(tab->currentId(), Id("SR-037"));
        // Remove it and the highest of the example: the next one still comes after them.
        QVERIFY(tab->selectRecord("SR-037"));
        QTest::mouseClick(tab->removeButton(), Qt::LeftButton);
        QVERIFY(!f.model().requirements().contains("SR-037"));
        QVERIFY(f.panel.showRecord(QStringLiteral("SR-036")));
        tab->table()->setFocus();
        QTest::keyClick(tab->table(), Qt::Key_Delete);
        QVERIFY(!f.model().requirements().contains("SR-036"));
        QTest::mouseClick(tab->addButton(), Qt::LeftButton);
        QCOMPARE(tab->currentId(), Id("SR-038"));
        QCOMPARE(f.steps(), 4);

        // Tests likewise.
        TestsTab *tests = f.panel.testsTab();
        f.panel.tabs()->setCurrentWidget(tests);
        QTest::mouseClick(tests->addButton(), Qt::LeftButton);
        QCOMPARE(tests->currentId(), Id("VT-042"));
        QCOMPARE(f.test("VT-042").kind, std::string("security-requirements"));
        QCOMPARE(f.test("VT-042").result, std::string("not-run"));
        QTest::mouseClick(tests->removeButton(), Qt::LeftButton);
        QTest::mouseClick(tests->addButton(), Qt::LeftButton);
        QCOMPARE(tests->currentId(), Id("VT-043"));
    }

    void editingAFieldIsOneUndoStep_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("column"); // table column that shows it, -1 for none
        QTest::newRow("mitigation title") << "mit-ab-update" << "mitigationTitle"
                                          << "A/B banks" << int(MitigationsTab::Title);
        QTest::newRow("mitigation layer") << "mit-ab-update" << "mitigationLayerText"
                                          << "firmware" << int(MitigationsTab::Layer);
        QTest::newRow("requirement source") << "SR-001" << "requirementSource"
                                            << "Penetration test report"
                                            << int(RequirementsTab::Source);
        QTest::newRow("test tool") << "VT-001" << "testTool" << "Ellisys" << -1;
        QTest::newRow("test date") << "VT-001" << "testDate" << "2026-03-01"
                                   << int(TestsTab::Date);
        QTest::newRow("test automation") << "VT-001" << "testAutomation"
                                         << "pump_ble.Pairing.rejectsJustWorks" << -1;
        QTest::newRow("person department") << "p-weber" << "personDepartment"
                                           << "Embedded Systems" << int(PeopleTab::Department);
        QTest::newRow("hazard title") << "haz-missed-alarm" << "hazardTitle" << "Silent alarm"
                                      << int(HazardsTab::Title);
        QTest::newRow("hazard reference") << "haz-missed-alarm" << "hazardReference" << "HZ-9"
                                          << int(HazardsTab::Reference);
    }

    void editingAFieldIsOneUndoStep()
    {
        QFETCH(QString, record);
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(int, column);
        Fixture f;
        QVERIFY(f.panel.showRecord(record));
        auto *tab = qobject_cast<RecordTab *>(f.panel.tabs()->currentWidget());
        QVERIFY(tab);
        QCOMPARE(tab->currentId(), record.toStdString());
        QLineEdit *edit = f.find<QLineEdit>(field);
        QVERIFY(edit);
        const QString old = edit->text();
        QVERIFY(old != text);
        const std::string before = f.json();

        // Typing alone changes nothing; Return commits one step.
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QCOMPARE(f.steps(), 0);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(f.steps(), 1);
        QCOMPARE(edit->text(), text);
        if (column >= 0)
            QCOMPARE(Fixture::cellText(tab, record.toStdString(), column), text);
        QVERIFY(f.json() != before);

        // Finishing again without a change adds nothing.
        QTest::keyClick(edit, Qt::Key_Return);
        typeInto(edit, text);
        QCOMPARE(f.steps(), 1);

        f.undo();
        QVERIFY(f.json() == before);
        QCOMPARE(edit->text(), old);
        f.redo();
        QCOMPARE(edit->text(), text);
    }

    void multiLineTextCommitsWhenFocusLeaves()
    {
        Fixture f;
        QVERIFY(f.panel.showRecord(QStringLiteral("SR-002")));
        RequirementsTab *tab = f.panel.requirementsTab();
        tracepanel::CommitTextEdit *text = tab->textField();
        text->setFocus();
        QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(text, QStringLiteral(" within 2 s"));
        QCOMPARE(f.steps(), 0);
        tab->sourceField()->setFocus(); // Tab or a click elsewhere
        QCOMPARE(f.steps(), 1);
        QVERIFY(QString::fromStdString(f.requirement("SR-002").text)
                    .endsWith(QLatin1String(" within 2 s")));
        f.undo();
        QVERIFY(!QString::fromStdString(f.requirement("SR-002").text)
                     .endsWith(QLatin1String(" within 2 s")));
        QVERIFY(!text->toPlainText().endsWith(QLatin1String(" within 2 s")));

        // Picking another record with unsaved text commits it to the record it was typed for.
        text->setFocus();
        QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(text, QStringLiteral(" (rev B)"));
        QVERIFY(tab->selectRecord("SR-003"));
        QVERIFY(QString::fromStdString(f.requirement("SR-002").text)
                    .endsWith(QLatin1String(" (rev B)")));
        QVERIFY(!QString::fromStdString(f.requirement("SR-003").text)
                     .endsWith(QLatin1String(" (rev B)")));
    }

    void anInvalidDateIsNeverCommitted()
    {
        Fixture f;
        QVERIFY(f.panel.showRecord(QStringLiteral("VT-001")));
        QLineEdit *date = f.panel.testsTab()->dateField();
        QCOMPARE(date->text(), QStringLiteral("2026-02-10"));
        date->setFocus();
        date->selectAll();
        QTest::keyClicks(date, QStringLiteral("2026-13-45"));
        QCOMPARE(date->text(), QStringLiteral("2026-13-45"));
        QVERIFY(!date->hasAcceptableInput());
        QTest::keyClick(date, Qt::Key_Return);
        QVERIFY(f.panel.showRecord(QStringLiteral("VT-002")));
        QCOMPARE(f.steps(), 0);
        QCOMPARE(f.test("VT-001").date, std::string("2026-02-10"));
        QCOMPARE(date->text(), QString::fromStdString(f.test("VT-002").date));
        // Empty is a date not yet known.
        typeInto(date, QString());
        date->selectAll();
        QTest::keyClick(date, Qt::Key_Delete);
        QTest::keyClick(date, Qt::Key_Return);
        QCOMPARE(f.steps(), 1);
        QCOMPARE(f.test("VT-002").date, std::string());
    }

    void comboChoicesAreOneUndoStep_data()
    {
        QTest::addColumn<QString>("record");
        QTest::addColumn<QString>("combo");
        QTest::addColumn<QString>("choice");
        QTest::newRow("mitigation category") << "mit-ab-update" << "mitigationCategory"
                                             << "Cryptography";
        QTest::newRow("mitigation scope") << "mit-ab-update" << "mitigationScope"
                                          << "Environment";
        QTest::newRow("mitigation status") << "mit-ab-update" << "mitigationStatus"
                                           << "Proposed";
        QTest::newRow("requirement status") << "SR-001" << "requirementStatus" << "Draft";
        QTest::newRow("test kind") << "VT-001" << "testKind" << "5.7.4 Penetration test";
        QTest::newRow("test result") << "VT-001" << "testResult" << "✖ Fail";
        QTest::newRow("test performer") << "VT-001" << "testPerformedBy" << "(nobody)";
    }

    void comboChoicesAreOneUndoStep()
    {
        QFETCH(QString, record);
        QFETCH(QString, combo);
        QFETCH(QString, choice);
        Fixture f;
        QVERIFY(f.panel.showRecord(record));
        auto *box = f.find<QComboBox>(combo);
        QVERIFY(box);
        const QString old = box->currentText();
        const std::string before = f.json();
        choose(box, choice);
        QCOMPARE(f.steps(), 1);
        QCOMPARE(box->currentText(), choice);
        f.undo();
        QVERIFY(f.json() == before);
        QCOMPARE(box->currentText(), old);
    }

    void removingARequirementUnlinksItAndUndoRestores()
    {
        Fixture f;
        const std::string before = f.json();
        QVERIFY(f.mitigation("mit-ab-update").requirements.count("SR-008"));
        QVERIFY(f.test("VT-009").verifies.count("SR-008"));
        QVERIFY(f.panel.showRecord(QStringLiteral("SR-008")));
        RequirementsTab *tab = f.panel.requirementsTab();
        QTest::mouseClick(tab->removeButton(), Qt::LeftButton);
        QVERIFY(!f.model().requirements().contains("SR-008"));
        QVERIFY(!f.mitigation("mit-ab-update").requirements.count("SR-008"));
        QVERIFY(!f.test("VT-009").verifies.count("SR-008"));
        QCOMPARE(f.steps(), 1);
        // The next requirement is selected.
        QVERIFY(!tab->currentId().empty());
        f.undo();
        QVERIFY(f.json() == before);
        // And the restored links show in the other tabs.
        QVERIFY(f.panel.showRecord(QStringLiteral("mit-ab-update")));
        QVERIFY(f.panel.mitigationsTab()->requirementsList()->ids()
                == std::vector<Id>{"SR-008"});
    }

    void removingAPersonClearsTestsAndUndoRestores()
    {
        Fixture f;
        const std::string before = f.json();
        QVERIFY(f.panel.showRecord(QStringLiteral("p-weber")));
        PeopleTab *tab = f.panel.peopleTab();
        tab->table()->setFocus();
        QTest::keyClick(tab->table(), Qt::Key_Delete);
        QVERIFY(!f.model().people().contains("p-weber"));
        QVERIFY(f.test("VT-001").developer.empty());
        QCOMPARE(f.steps(), 1);
        QVERIFY(f.panel.showRecord(QStringLiteral("VT-001")));
        QCOMPARE(f.panel.testsTab()->developerCombo()->currentText(), QStringLiteral("(nobody)"));
        f.undo();
        QVERIFY(f.json() == before);
        QCOMPARE(f.panel.testsTab()->developerCombo()->currentText(),
                 QStringLiteral("Jonas Weber"));
    }

    void pickersLinkManyToMany()
    {
        Fixture f;
        // From the mitigation's side: add SR-001 and SR-002, drop its own SR-008.
        QVERIFY(f.panel.showRecord(QStringLiteral("mit-ab-update")));
        MitigationsTab *mitigations = f.panel.mitigationsTab();
        QTest::mouseClick(mitigations->requirementsList()->linkButton(), Qt::LeftButton);
        tracepanel::PickerDialog *picker = f.picker();
        QVERIFY(picker);
        QCOMPARE(picker->list()->count(), 36);
        QCOMPARE(picker->checkedIds(), std::set<Id>{"SR-008"});
        // The search narrows the list to what matches.
        QTest::keyClicks(picker->searchField(), QStringLiteral("SR-00"));
        int shown = 0;
        for (int i = 0; i < picker->list()->count(); ++i)
            shown += picker->list()->item(i)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 9);
        picker->setChecked("SR-001", true);
        picker->setChecked("SR-002", true);
        picker->setChecked("SR-008", false);
        picker->accept();
        QTRY_VERIFY(!f.picker());
        QCOMPARE(f.mitigation("mit-ab-update").requirements,
                 (std::set<Id>{"SR-001", "SR-002"}));
        QCOMPARE(f.steps(), 1);
        QCOMPARE(mitigations->requirementsList()->ids(), (std::vector<Id>{"SR-001", "SR-002"}));

        // From the requirement's side: SR-001 is now also specified by two more mitigations.
        QVERIFY(f.panel.showRecord(QStringLiteral("SR-001")));
        RequirementsTab *requirements = f.panel.requirementsTab();
        const size_t linked = requirements->mitigationsList()->ids().size();
        QTest::mouseClick(requirements->mitigationsList()->linkButton(), Qt::LeftButton);
        picker = f.picker();
        QVERIFY(picker);
        QVERIFY(picker->checkedIds().count("mit-ab-update"));
        picker->setChecked("mit-access-control", true);
        picker->setChecked("mit-app-hardening", true);
        picker->accept();
        QTRY_VERIFY(!f.picker());
        QCOMPARE(f.steps(), 2);
        QVERIFY(f.mitigation("mit-access-control").requirements.count("SR-001"));
        QVERIFY(f.mitigation("mit-app-hardening").requirements.count("SR-001"));
        QCOMPARE(requirements->mitigationsList()->ids().size(), linked + 2);

        // Cancel changes nothing.
        QTest::mouseClick(requirements->mitigationsList()->linkButton(), Qt::LeftButton);
        picker = f.picker();
        QVERIFY(picker);
        picker->setChecked("mit-ab-update", false);
        picker->reject();
        QTRY_VERIFY(!f.picker());
        QCOMPARE(f.steps(), 2);

        // Unlink removes the selected links in one step.
        requirements->mitigationsList()->list()->clearSelection();
        for (int i = 0; i < requirements->mitigationsList()->list()->count(); ++i) {
            QListWidgetItem *item = requirements->mitigationsList()->list()->item(i);
            item->setSelected(item->data(Qt::UserRole).toString()
                              == QLatin1String("mit-access-control"));
        }
        QTest::mouseClick(requirements->mitigationsList()->unlinkButton(), Qt::LeftButton);
        QCOMPARE(f.steps(), 3);
        QVERIFY(!f.mitigation("mit-access-control").requirements.count("SR-001"));
    }

    void testVerifiesPickerOffersMitigationsForThreatMitigationTests()
    {
        Fixture f;
        QVERIFY(f.panel.showRecord(QStringLiteral("VT-001")));
        TestsTab *tests = f.panel.testsTab();
        QTest::mouseClick(tests->verifiesList()->linkButton(), Qt::LeftButton);
        tracepanel::PickerDialog *picker = f.picker();
        QVERIFY(picker);
        QCOMPARE(picker->list()->count(), 36); // requirements only
        picker->setChecked("SR-002", true);
        picker->accept();
        QTRY_VERIFY(!f.picker());
        QCOMPARE(f.test("VT-001").verifies, (std::set<Id>{"SR-001", "SR-002"}));

        choose(tests->kindCombo(), QStringLiteral("5.7.2 Threat mitigation test"));
        QTest::mouseClick(tests->verifiesList()->linkButton(), Qt::LeftButton);
        picker = f.picker();
        QVERIFY(picker);
        QCOMPARE(picker->list()->count(), 36 + 30);
        picker->setChecked("mit-ab-update", true);
        picker->accept();
        QTRY_VERIFY(!f.picker());
        QVERIFY(f.test("VT-001").verifies.count("mit-ab-update"));
        QCOMPARE(f.steps(), 3);
    }

    void droppingThreatsOnAMitigationLinksThem_data()
    {
        QTest::addColumn<bool>("onRow");
        QTest::addColumn<bool>("known");
        QTest::newRow("on a mitigation row") << true << true;
        QTest::newRow("on empty space") << false << true;
        QTest::newRow("unknown threat ids") << true << false;
    }

    void droppingThreatsOnAMitigationLinksThem()
    {
        QFETCH(bool, onRow);
        QFETCH(bool, known);
        Fixture f;
        MitigationsTab *tab = f.panel.mitigationsTab();
        f.panel.tabs()->setCurrentWidget(tab);
        // One row left, so that there is empty space below it.
        QTest::keyClicks(tab->searchField(), QStringLiteral("A/B firmware"));
        QCOMPARE(tab->sortModel()->rowCount(), 1);
        const Id target = "mit-ab-update";
        QStringList ids;
        for (const auto &[id, threat] : f.model().threats().all())
            if (!threat.mitigations.count(target) && !isInactive(threat.status)
                && ids.size() < 2)
                ids << QString::fromStdString(id);
        if (!known)
            ids = {QStringLiteral("no-such-threat")};
        const std::string before = f.json();
        const QRect row = tab->table()->visualRect(proxyIndexOf(tab, target));
        const QPoint point = onRow ? row.center()
                                   : QPoint(row.center().x(), row.bottom() + 3 * row.height());
        const bool dropped = dropThreats(tab->table(), point, ids);
        QCOMPARE(dropped, onRow);
        if (!onRow || !known) {
            QCOMPARE(f.steps(), 0);
            QVERIFY(f.json() == before);
            return;
        }
        QCOMPARE(f.steps(), 1);
        for (const QString &id : ids)
            QVERIFY(f.threat(id.toStdString()).mitigations.count(target));
        QCOMPARE(tab->currentId(), target);
        QCOMPARE(tab->threatsList()->ids().size(),
                 static_cast<size_t>(Fixture::cellText(tab, target, MitigationsTab::Threats)
                                         .toInt()));
        f.undo();
        QVERIFY(f.json() == before);
    }

    void threatsListAsksToShowAThreat()
    {
        Fixture f;
        QSignalSpy spy(&f.panel, &TracePanel::showThreatRequested);
        QVERIFY(f.panel.showRecord(QStringLiteral("mit-ab-update")));
        QListWidget *list = f.panel.mitigationsTab()->threatsList()->list();
        QVERIFY(list->count() > 0);
        const QString first = list->item(0)->data(Qt::UserRole).toString();
        QVERIFY(f.threat(first.toStdString()).mitigations.count("mit-ab-update"));
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Id>(), first.toStdString());
    }

    void testResultsShowASymbolNotOnlyColour_data()
    {
        QTest::addColumn<QString>("test");
        QTest::addColumn<QString>("text");
        QTest::newRow("pass") << "VT-001" << "✔ Pass";
        QTest::newRow("fail") << "VT-014" << "✖ Fail";
        QTest::newRow("not run") << "VT-036" << "○ Not run";
    }

    void testResultsShowASymbolNotOnlyColour()
    {
        QFETCH(QString, test);
        QFETCH(QString, text);
        Fixture f;
        TestsTab *tab = f.panel.testsTab();
        const int row = tab->tableModel()->rowOf(test.toStdString());
        const QModelIndex cell = tab->tableModel()->index(row, TestsTab::Result);
        QCOMPARE(cell.data().toString(), text);
        QVERIFY(cell.data(Qt::ForegroundRole).value<QColor>().isValid());
        // The three results differ in their text, not just their colour.
        const QModelIndex verified =
            f.panel.requirementsTab()->tableModel()->index(
                f.panel.requirementsTab()->tableModel()->rowOf(
                    *f.test(test.toStdString()).verifies.begin()),
                RequirementsTab::VerifiedBy);
        QVERIFY(verified.data().toString().startsWith(text.left(1)));
    }

    void independenceLine_data()
    {
        QTest::addColumn<QString>("test");
        QTest::addColumn<QString>("developer"); // chosen in the form; empty: keep
        QTest::addColumn<QString>("line");
        QTest::newRow("other department") << "VT-001" << "" << "✔ Independent enough";
        QTest::newRow("tester is the developer")
            << "VT-001" << "Marta Nowak"
            << "✖ Not independent: Marta Nowak tested their own work";
        QTest::newRow("same department in the example")
            << "VT-016" << "" << "✖ Not independent: Erik Lindqvist and Jonas Weber are both in";
        QTest::newRow("developer not recorded, not run")
            << "VT-036" << "(nobody)" << "○ Not yet known";
    }

    void independenceLine()
    {
        QFETCH(QString, test);
        QFETCH(QString, developer);
        QFETCH(QString, line);
        Fixture f;
        QVERIFY(f.panel.showRecord(test));
        TestsTab *tab = f.panel.testsTab();
        const QString shown = tab->independenceLine()->text();
        if (developer.isEmpty()) {
            QVERIFY2(shown.startsWith(line), qPrintable(shown));
            return;
        }
        choose(tab->developerCombo(), developer);
        QCOMPARE(f.steps(), 1);
        QVERIFY2(tab->independenceLine()->text().startsWith(line),
                 qPrintable(tab->independenceLine()->text()));
        f.undo();
        QCOMPARE(tab->independenceLine()->text(), shown);
    }

    void independenceFollowsTheRules()
    {
        Fixture f;
        QVERIFY(f.panel.showRecord(QStringLiteral("VT-016")));
        TestsTab *tests = f.panel.testsTab();
        QVERIFY(tests->independenceLine()->text().startsWith(QStringLiteral("✖")));
        RiskSettingsTab *settings = f.panel.settingsTab();
        choose(settings->independenceCombo("security-requirements"),
               QStringLiteral("Another person"));
        QVERIFY(f.model().info().independence.securityRequirements == Independence::OtherPerson);
        QCOMPARE(f.steps(), 1);
        QCOMPARE(tests->independenceLine()->text(),
                 QStringLiteral("✔ Independent enough (another person)"));
        f.undo();
        QVERIFY(tests->independenceLine()->text().startsWith(QStringLiteral("✖")));
        QCOMPARE(settings->independenceCombo("security-requirements")->currentText(),
                 QStringLiteral("Another department or organisation"));
    }

    void matrixHasOneRowPerPath()
    {
        Fixture f(false);
        f.document.setUntitledModel(matrixModel(), QStringLiteral("matrix"));
        TraceMatrixTab *tab = f.panel.matrixTab();
        f.panel.tabs()->setCurrentWidget(tab);
        TraceMatrixModel *matrix = tab->matrixModel();
        const auto text = [matrix](int row, int column) {
            return matrix->index(row, column).data().toString();
        };
        const auto color = [matrix](int row, int column) {
            return matrix->index(row, column).data(Qt::ForegroundRole).value<QColor>();
        };
        // t1: 4 paths; t2: 1; t3: 1; t5: 1 (R5 without a test); t4 obsolete, hidden.
        QCOMPARE(matrix->rowCount(), 7);
        QCOMPARE(matrix->threatCount(), 4);
        // "7 rows · 4 threats" (the plural forms come with the app's translations).
        QVERIFY2(tab->countLabel()->text().startsWith(QLatin1String("7 row"))
                     && tab->countLabel()->text().contains(QLatin1String("4 threat")),
                 qPrintable(tab->countLabel()->text()));
        for (int row = 0; row < 4; ++row)
            QCOMPARE(text(row, TraceMatrixModel::ThreatColumn), QStringLiteral("#1 Threat 1"));
        QCOMPARE(text(0, TraceMatrixModel::MitigationColumn),
                 QStringLiteral("✔ Implemented · Encrypted link"));
        QCOMPARE(text(0, TraceMatrixModel::RequirementColumn),
                 QStringLiteral("R3 ○ Approved"));
        QCOMPARE(text(0, TraceMatrixModel::TestColumn), QStringLiteral("T3 5.7.1 ✔ Pass"));
        QCOMPARE(text(3, TraceMatrixModel::TestColumn), QStringLiteral("T2 5.7.1 ✖ Fail"));
        QCOMPARE(text(0, TraceMatrixModel::ThreatStatusColumn), QStringLiteral("✔ Mitigated"));

        // A mitigated threat without a control: one row, the missing link marked in red.
        QCOMPARE(text(4, TraceMatrixModel::ThreatColumn), QStringLiteral("#2 Threat 2"));
        QCOMPARE(text(4, TraceMatrixModel::MitigationColumn), QStringLiteral("— none"));
        const QColor red = color(4, TraceMatrixModel::MitigationColumn);
        QVERIFY(red.red() > 150 && red.green() < 80);
        // An open threat: the same marker, not red (nothing is decided yet).
        QCOMPARE(text(5, TraceMatrixModel::MitigationColumn), QStringLiteral("— none"));
        QVERIFY(color(5, TraceMatrixModel::MitigationColumn) != red);
        QCOMPARE(text(5, TraceMatrixModel::ThreatStatusColumn), QStringLiteral("○ Open"));
        // A requirement of a decided threat's chain without a test.
        QCOMPARE(text(6, TraceMatrixModel::RequirementColumn), QStringLiteral("R5 ○ Approved"));
        QCOMPARE(text(6, TraceMatrixModel::TestColumn), QStringLiteral("— none"));
        QCOMPARE(color(6, TraceMatrixModel::TestColumn), red);

        // Filters.
        tab->hideObsoleteBox()->setChecked(false);
        QCOMPARE(matrix->rowCount(), 9); // t4 -> m1 -> R1, R2
        tab->onlyDecidedBox()->setChecked(true);
        QCOMPARE(matrix->rowCount(), 6); // t1 and t2 and t5; t3 open, t4 obsolete
        tab->onlyDecidedBox()->setChecked(false);
        tab->hideObsoleteBox()->setChecked(true);
        QTest::keyClicks(tab->searchField(), QStringLiteral("Signed"));
        QCOMPARE(matrix->rowCount(), 2);
        tab->searchField()->clear();

        // The matrix follows edits: a test for R5 fills the gap.
        TraceEdit edit(f.model());
        VerificationTest test;
        test.id = "T5";
        test.kind = "vulnerability";
        test.result = "not-run";
        test.verifies = {"R5"};
        edit.put(test);
        f.document.push(new EditTraceCommand(&f.document, QStringLiteral("add"), edit));
        QCOMPARE(text(6, TraceMatrixModel::TestColumn), QStringLiteral("T5 5.7.3 ○ Not run"));

        // Double-clicks ask for the threat or show the record in its tab.
        QSignalSpy threats(&f.panel, &TracePanel::showThreatRequested);
        const auto doubleClick = [tab](int row, int column) {
            const QRect rect = tab->table()->visualRect(tab->matrixModel()->index(row, column));
            // A double-click is a press and release followed by the double-click event.
            QTest::mouseClick(tab->table()->viewport(), Qt::LeftButton, {}, rect.center());
            QTest::mouseDClick(tab->table()->viewport(), Qt::LeftButton, {}, rect.center());
        };
        doubleClick(4, TraceMatrixModel::ThreatColumn);
        QCOMPARE(threats.count(), 1);
        QCOMPARE(threats.at(0).at(0).value<Id>(), Id("t2"));
        doubleClick(0, TraceMatrixModel::RequirementColumn);
        QCOMPARE(f.panel.tabs()->currentWidget(), f.panel.requirementsTab());
        QCOMPARE(f.panel.requirementsTab()->currentId(), Id("R3"));
    }

    void matrixIsFastForLargeModels_data()
    {
        QTest::addColumn<int>("threats");
        QTest::addColumn<qint64>("budget"); // milliseconds, generous for sanitizer builds
        QTest::newRow("example (557 threat records)") << 0 << qint64(1000);
        QTest::newRow("10,000 threats") << 10000 << qint64(3000);
    }

    void matrixIsFastForLargeModels()
    {
        QFETCH(int, threats);
        QFETCH(qint64, budget);
        Fixture f;
        if (threats > 0) {
            ThreatModel model = f.model();
            std::vector<Threat> originals;
            for (const auto &entry : model.threats().all())
                originals.push_back(entry.second);
            const int start = model.info().nextThreatNumber;
            for (int i = static_cast<int>(originals.size()); i < threats; ++i) {
                Threat copy = originals[static_cast<size_t>(i) % originals.size()];
                copy.id = "synthetic-" + std::to_string(i);
                copy.number = start + i;
                model.threats().put(std::move(copy));
            }
            f.document.setUntitledModel(std::move(model), QStringLiteral("large"));
        }
        TraceMatrixTab *tab = f.panel.matrixTab();
        QElapsedTimer timer;
        timer.start();
        f.panel.tabs()->setCurrentWidget(tab); // builds the rows
        const qint64 shown = timer.elapsed();
        timer.restart();
        QTest::keyClicks(tab->searchField(), QStringLiteral("SR-01"));
        const qint64 searched = timer.elapsed();
        qInfo("%d threats: matrix of %d rows shown in %lld ms, searched in %lld ms",
              static_cast<int>(f.model().threats().size()), tab->matrixModel()->rowCount(),
              static_cast<long long>(shown), static_cast<long long>(searched));
        QVERIFY(tab->matrixModel()->rowCount() > 0);
        QVERIFY2(shown < budget, qPrintable(QString::number(shown)));
        tab->searchField()->clear();
        QVERIFY(tab->matrixModel()->rowCount() > static_cast<int>(f.model().threats().size()) / 2);
    }

    void settingsChangeTheRiskScheme()
    {
        Fixture f;
        RiskSettingsTab *tab = f.panel.settingsTab();
        f.panel.tabs()->setCurrentWidget(tab);
        const RiskScheme original = f.model().info().riskScheme;
        QTableWidget *grid = tab->acceptableGrid();
        QCOMPARE(grid->rowCount(), 5);
        QCOMPARE(grid->columnCount(), 5);
        QCOMPARE(grid->verticalHeaderItem(0)->text(), QStringLiteral("Very low"));
        QCOMPARE(grid->horizontalHeaderItem(4)->text(), QStringLiteral("Catastrophic"));
        QCOMPARE(grid->item(0, 0)->text(), QStringLiteral("✔ Acceptable"));
        QCOMPARE(grid->item(4, 4)->text(), QStringLiteral("✖ Not acceptable"));

        // Space on a cell toggles it: one step, undoable.
        grid->setFocus();
        grid->setCurrentCell(2, 2);
        QTest::keyClick(grid, Qt::Key_Space);
        QCOMPARE(f.steps(), 1);
        QVERIFY(f.model().info().riskScheme.isAcceptable(3, 3));
        QCOMPARE(grid->item(2, 2)->text(), QStringLiteral("✔ Acceptable"));
        f.undo();
        QVERIFY(!f.model().info().riskScheme.isAcceptable(3, 3));
        QCOMPARE(grid->item(2, 2)->text(), QStringLiteral("✖ Not acceptable"));
        f.redo();

        // The CVSS threshold commits when typing finishes.
        QDoubleSpinBox *cvss = tab->cvssThreshold();
        cvss->setFocus();
        cvss->selectAll();
        QTest::keyClicks(cvss, QStringLiteral("6.5"));
        QCOMPARE(f.steps(), 1);
        QTest::keyClick(cvss, Qt::Key_Return);
        QCOMPARE(f.steps(), 2);
        QCOMPARE(f.model().info().riskScheme.cvssAcceptableBelow, 6.5);

        // Renaming, removing and adding levels.
        QListWidgetItem *level = tab->severityList()->item(1);
        level->setText(QStringLiteral("Minor injury")); // what the item editor does
        QCOMPARE(f.steps(), 3);
        QCOMPARE(f.model().info().riskScheme.severityLevels[1], std::string("Minor injury"));
        QCOMPARE(grid->horizontalHeaderItem(1)->text(), QStringLiteral("Minor injury"));
        QVERIFY(!tab->addSeverityButton()->isEnabled()); // five already
        tab->severityList()->setCurrentRow(4);
        QTest::mouseClick(tab->removeSeverityButton(), Qt::LeftButton);
        QCOMPARE(f.model().info().riskScheme.severityLevels.size(), size_t(4));
        QCOMPARE(f.model().info().riskScheme.acceptable[0].size(), size_t(4));
        QCOMPARE(grid->columnCount(), 4);
        QTest::mouseClick(tab->addSeverityButton(), Qt::LeftButton);
        QCOMPARE(grid->columnCount(), 5);
        QCOMPARE(f.model().info().riskScheme.acceptable[0].size(), size_t(5));
        for (int i = 0; i < 3; ++i)
            QTest::mouseClick(tab->removeExploitabilityButton(), Qt::LeftButton);
        QCOMPARE(f.model().info().riskScheme.exploitabilityLevels.size(), size_t(2));
        QVERIFY(!tab->removeExploitabilityButton()->isEnabled()); // two at least
        QCOMPARE(grid->rowCount(), 2);
        const int steps = f.steps();

        // Restore Defaults is one step back to the defaults, and undo brings the edits back.
        QTest::mouseClick(tab->restoreDefaultsButton(), Qt::LeftButton);
        QCOMPARE(f.steps(), steps + 1);
        QVERIFY(f.model().info().riskScheme == RiskScheme{});
        QVERIFY(f.model().info().independence == IndependenceRules{});
        QCOMPARE(grid->rowCount(), 5);
        f.undo();
        QCOMPARE(grid->rowCount(), 2);
        while (f.document.undoStack()->canUndo())
            f.undo();
        QVERIFY(f.model().info().riskScheme == original);
        QCOMPARE(cvss->value(), 4.0);
    }

    void showRecordSelectsTheTabAndRow_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("tab"); // object name; empty: not found
        QTest::newRow("mitigation") << "mit-access-control" << "mitigationsTab";
        QTest::newRow("requirement") << "SR-020" << "requirementsTab";
        QTest::newRow("test") << "VT-041" << "testsTab";
        QTest::newRow("person") << "p-tanaka" << "peopleTab";
        QTest::newRow("hazard") << "haz-overdose" << "hazardsTab";
        QTest::newRow("unknown") << "no-such-record" << "";
    }

    void showRecordSelectsTheTabAndRow()
    {
        QFETCH(QString, id);
        QFETCH(QString, tab);
        Fixture f;
        f.panel.tabs()->setCurrentWidget(f.panel.matrixTab());
        // A search that hides the record does not stop it.
        for (RecordTab *recordTab :
             std::initializer_list<RecordTab *>{f.panel.mitigationsTab(), f.panel.requirementsTab(),
                                                f.panel.testsTab(), f.panel.peopleTab(),
                                                f.panel.hazardsTab()})
            recordTab->searchField()->setText(QStringLiteral("zzz"));
        const bool found = f.panel.showRecord(id);
        QCOMPARE(found, !tab.isEmpty());
        if (!found) {
            QCOMPARE(f.panel.tabs()->currentWidget(), f.panel.matrixTab());
            return;
        }
        auto *shown = qobject_cast<RecordTab *>(f.panel.tabs()->currentWidget());
        QVERIFY(shown);
        QCOMPARE(shown->objectName(), tab);
        QCOMPARE(shown->currentId(), id.toStdString());
        QCOMPARE(shown->selectedIds(), std::vector<Id>{id.toStdString()});
        const QModelIndex index = shown->table()->currentIndex();
        QVERIFY(shown->table()->viewport()->rect().intersects(shown->table()->visualRect(index)));
    }

    void selectionAndTypingSurviveRefreshes()
    {
        Fixture f;
        QVERIFY(f.panel.showRecord(QStringLiteral("SR-010")));
        RequirementsTab *tab = f.panel.requirementsTab();
        QLineEdit *source = tab->sourceField();
        source->setFocus();
        source->selectAll();
        QTest::keyClicks(source, QStringLiteral("Half typed"));
        // Another panel adds a requirement and renames a mitigation meanwhile.
        TraceEdit edit(f.model());
        Requirement added;
        added.id = edit.newRequirementId();
        edit.put(added);
        Mitigation renamed = f.mitigation("mit-ab-update");
        renamed.title = "Renamed elsewhere";
        edit.put(renamed);
        f.document.push(new EditTraceCommand(&f.document, QStringLiteral("elsewhere"), edit));
        QCOMPARE(tab->currentId(), Id("SR-010"));
        QCOMPARE(tab->selectedIds(), std::vector<Id>{"SR-010"});
        QCOMPARE(source->text(), QStringLiteral("Half typed"));
        QTest::keyClick(source, Qt::Key_Return);
        QCOMPARE(f.requirement("SR-010").source, std::string("Half typed"));
        QCOMPARE(f.steps(), 2);
        // The mitigation's title in its tab follows too.
        QCOMPARE(Fixture::cellText(f.panel.mitigationsTab(), "mit-ab-update",
                                   MitigationsTab::Title),
                 QStringLiteral("Renamed elsewhere"));
    }

    void remembersTabAndSorting()
    {
        {
            Fixture f;
            f.panel.tabs()->setCurrentWidget(f.panel.testsTab());
            f.panel.requirementsTab()->table()->sortByColumn(RequirementsTab::Status,
                                                             Qt::DescendingOrder);
        }
        Fixture f;
        QCOMPARE(f.panel.tabs()->currentWidget(), f.panel.testsTab());
        QHeaderView *header = f.panel.requirementsTab()->table()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(RequirementsTab::Status));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    void everyFieldIsReachableByTab()
    {
        Fixture f;
        QVERIFY(f.panel.showRecord(QStringLiteral("VT-001")));
        TestsTab *tab = f.panel.testsTab();
        tab->table()->setFocus();
        std::set<QWidget *> reached;
        for (int i = 0; i < 60; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            reached.insert(QApplication::focusWidget());
        }
        for (QWidget *field : std::initializer_list<QWidget *>{
                 tab->kindCombo(), tab->verifiesList()->list(), tab->procedureField(),
                 tab->toolField(), tab->toolVersionField(), tab->resultCombo(),
                 tab->dateField(), tab->evidenceField(), tab->performedByCombo(),
                 tab->developerCombo(), tab->automationField()})
            QVERIFY2(reached.count(field), qPrintable(field->objectName()));
    }

    // Not a check: QT_QPA_PLATFORM=offscreen VIGIL_SCREENSHOTS=/tmp tst_views_tracepanel
    // screenshots writes one PNG per tab for a look at the layout.
    void screenshots()
    {
        const QString directory = qEnvironmentVariable("VIGIL_SCREENSHOTS");
        if (directory.isEmpty())
            QSKIP("set VIGIL_SCREENSHOTS to a directory to write screenshots");
        Fixture f;
        const QStringList names{QStringLiteral("mitigations"), QStringLiteral("requirements"),
                                QStringLiteral("tests"),       QStringLiteral("people"),
                                QStringLiteral("hazards"),     QStringLiteral("matrix"),
                                QStringLiteral("settings")};
        const QStringList records{QStringLiteral("mit-ble-pairing"), QStringLiteral("SR-012"),
                                  QStringLiteral("VT-016"),          QStringLiteral("p-weber"),
                                  QStringLiteral("haz-overdose"),    QString(),
                                  QString()};
        for (int i = 0; i < f.panel.tabs()->count(); ++i) {
            f.panel.tabs()->setCurrentIndex(i);
            if (!records[i].isEmpty())
                f.panel.showRecord(records[i]);
            QTest::qWait(50);
            QVERIFY(f.panel.grab().save(
                QStringLiteral("%1/trace-%2.png").arg(directory, names[i])));
        }
        QVERIFY(f.panel.showRecord(QStringLiteral("mit-ble-pairing")));
        QTest::mouseClick(f.panel.mitigationsTab()->requirementsList()->linkButton(),
                          Qt::LeftButton);
        tracepanel::PickerDialog *picker = f.picker();
        QVERIFY(picker);
        QTest::qWait(50);
        QVERIFY(picker->grab().save(QStringLiteral("%1/trace-picker.png").arg(directory)));
        picker->reject();
    }
};

QTEST_MAIN(tst_TracePanel)
#include "tst_tracepanel.moc"
