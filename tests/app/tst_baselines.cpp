// Baselines, approvals and the audit trail in the window (issue 13), on the bundled example:
// every undo step done since the last save goes into the document's history when it is saved
// (with who and the ids it touched), survives Save As and a reopen; a baseline is made and
// approved as undoable steps, an approval of a model with gaps needs a rationale; a baseline
// opens in a window that refuses every edit and reports with its approvals; the model can be
// compared with a baseline; the Audit Trail dock lists and filters the entries.

#include "app/BaselinesUi.h"
#include "app/CompareUi.h"
#include "app/MainWindow.h"
#include "app/Preferences.h"
#include "app/ReportUi.h"
#include "views/document/Commands.h"
#include "views/document/Document.h"
#include "views/panels/ChangesPanel.h"
#include "views/panels/HistoryPanel.h"

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace vigil;

namespace {

class TestWindow final : public MainWindow {
public:
    QStringList errors;

protected:
    QMessageBox::StandardButton askToSaveChanges() override { return QMessageBox::Discard; }
    QString askOpenFileName() override { return {}; }
    QString askSaveFileName() override { return {}; }
    void showError(const QString &message) override { errors << message; }
    bool confirmDeletion(const QString &) override { return true; }
};

BaselinesUi *baselinesUi(MainWindow &window)
{
    return window.findChild<BaselinesUi *>(QStringLiteral("baselinesUi"));
}

std::vector<std::string> actionsOf(const ThreatModel &model)
{
    std::vector<std::string> actions;
    for (const auto &[id, entry] : model.history().all())
        actions.push_back(entry.action);
    return actions;
}

const HistoryEntry *entryFor(const ThreatModel &model, const std::string &action)
{
    for (const auto &[id, entry] : model.history().all())
        if (entry.action == action)
            return &entry;
    return nullptr;
}

std::string renameText(const char *from, const char *to)
{
    return QCoreApplication::translate("Commands", "Rename \"%1\" to \"%2\"")
        .arg(QString::fromUtf8(from), QString::fromUtf8(to))
        .toStdString();
}

} // namespace

class tst_Baselines : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
        QCoreApplication::setApplicationName(QStringLiteral("VigilBaselinesTest"));
    }

    void init() { QSettings().clear(); }

    void theModelMenuHoldsThem()
    {
        TestWindow window;
        BaselinesUi *ui = baselinesUi(window);
        QVERIFY(ui);
        QMenu *model = window.findChild<QMenu *>(QStringLiteral("modelMenu"));
        QVERIFY(model);
        QVERIFY(model->actions().contains(ui->createAction()));
        QVERIFY(model->actions().contains(ui->manageAction()));
        QVERIFY(model->actions().contains(ui->historyDock()->toggleViewAction()));
        QCOMPARE(ui->createAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
        // Help stays last.
        QCOMPARE(window.menuBar()->actions().last()->text(), MainWindow::tr("&Help"));
    }

    void savesRecordWhatWasDoneAndByWhom()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        Document *document = window.document();
        document->setAuthor(QStringLiteral("Ana Ito"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pump.vigil"));
        QString error;
        QVERIFY2(document->saveAs(path, &error), qPrintable(error));
        QCOMPARE(document->model().history().size(), size_t(0)); // nothing was done yet

        document->push(new RenameCommand(document, "pump-fw", "Pump firmware v2"));
        document->push(new RenameCommand(document, "technician", "Field engineer"));
        document->undoStack()->undo();
        document->undoStack()->redo();
        QCOMPARE(document->unsavedSteps().size(), size_t(4));
        QVERIFY2(document->save(&error), qPrintable(error));
        QVERIFY(document->unsavedSteps().empty());

        const std::string renamePump = renameText("Therapy controller (bolus calculator)", "Pump firmware v2");
        const std::string renameTech = renameText("Service technician laptop", "Field engineer");
        const std::vector<std::string> expected{
            renamePump, renameTech,
            QCoreApplication::translate("vigil::Document", "Undo: %1")
                .arg(QString::fromStdString(renameTech))
                .toStdString(),
            QCoreApplication::translate("vigil::Document", "Redo: %1")
                .arg(QString::fromStdString(renameTech))
                .toStdString()};
        QCOMPARE(actionsOf(document->model()), expected);
        const HistoryEntry *rename = entryFor(document->model(), renamePump);
        QVERIFY(rename);
        QCOMPARE(rename->author, std::string("Ana Ito"));
        QVERIFY(std::find(rename->ids.begin(), rename->ids.end(), "pump-fw") != rename->ids.end());
        QVERIFY(QString::fromStdString(rename->time).endsWith(QLatin1Char('Z')));

        // Reopened, and after Save As to JSON and back: the same history.
        Document reopened;
        QVERIFY2(reopened.open(path, &error), qPrintable(error));
        QCOMPARE(actionsOf(reopened.model()), expected);
        const QString json = dir.filePath(QStringLiteral("pump.json"));
        reopened.push(new RenameCommand(&reopened, "pump-fw", "Pump firmware v3"));
        QVERIFY2(reopened.saveAs(json, &error), qPrintable(error));
        Document fromJson;
        QVERIFY2(fromJson.open(json, &error), qPrintable(error));
        QCOMPARE(fromJson.model().history().size(), size_t(5));
        QVERIFY(entryFor(fromJson.model(), renameText("Pump firmware v2", "Pump firmware v3")));
        // The author defaults to the account the window runs as.
        QVERIFY(!fromJson.author().isEmpty());
    }

    void theAuthorComesFromPreferences()
    {
        TestWindow window;
        Preferences preferences = Preferences::load();
        preferences.authorName = QStringLiteral("  Dr. Sato ");
        window.applyPreferences(preferences);
        QCOMPARE(window.document()->author(), QStringLiteral("Dr. Sato"));
        QCOMPARE(Preferences::load().authorName, QStringLiteral("Dr. Sato"));
        TestWindow next; // a new window starts with the saved name
        QCOMPARE(next.document()->author(), QStringLiteral("Dr. Sato"));
    }

    void aBaselineIsMadeAndApprovedAsUndoableSteps()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        Document *document = window.document();
        BaselinesUi *ui = baselinesUi(window);
        QString error;
        QVERIFY2(ui->createBaseline(QStringLiteral("Rev A"), QStringLiteral("Design review 2"),
                                    &error),
                 qPrintable(error));
        const Baseline *made = document->model().baselineNamed("Rev A");
        QVERIFY(made);
        QCOMPARE(made->comment, std::string("Design review 2"));
        QVERIFY(!ui->createBaseline(QStringLiteral("Rev A"), QString(), &error));
        QVERIFY2(error.contains("already has a baseline named \"Rev A\""), qPrintable(error));
        const Id id = made->id;

        // The example has traceability gaps: an approval without a rationale is refused.
        const int gaps = ui->baselineGaps(id);
        QVERIFY(gaps > 0);
        Approval approval{"Dr. Sato", "Quality assurance", "", "approved-for-release", ""};
        QVERIFY(!ui->approveBaseline(id, approval, &error));
        QVERIFY2(error.contains(QString::number(gaps)) && error.contains("rationale"),
                 qPrintable(error));
        QVERIFY(document->model().baselines().find(id)->approvals.empty());
        approval.rationale = "Open items are tracked in CR-12";
        QVERIFY2(ui->approveBaseline(id, approval, &error), qPrintable(error));
        const Baseline &approved = *document->model().baselines().find(id);
        QCOMPARE(approved.approvals.size(), size_t(1));
        QCOMPARE(approved.approvals[0].meaning, std::string("approved-for-release"));
        QVERIFY(!approved.approvals[0].date.empty());
        QVERIFY(snapshotIntact(approved));

        document->undoStack()->undo();
        QVERIFY(document->model().baselines().find(id)->approvals.empty());
        document->undoStack()->undo();
        QVERIFY(!document->model().baselineNamed("Rev A"));
        document->undoStack()->redo();
        QVERIFY(document->model().baselineNamed("Rev A"));
    }

    void aBaselineWindowRefusesEditsAndReportsItsApprovals()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        Document *document = window.document();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pump.vigil"));
        QString error;
        QVERIFY2(document->saveAs(path, &error), qPrintable(error));
        BaselinesUi *ui = baselinesUi(window);
        QVERIFY(ui->createBaseline(QStringLiteral("Rev A"), QString(), &error));
        const Id id = document->model().baselineNamed("Rev A")->id;
        QVERIFY(ui->approveBaseline(id, {"Dr. Sato", "QA", "", "reviewed", "tracked in CR-12"},
                                    &error));
        // Changed after the baseline: the baseline's window shows the model as it was.
        document->push(new RenameCommand(document, "pump-fw", "Pump firmware v2"));

        QPointer<MainWindow> frozen = ui->openBaselineWindow(id);
        QVERIFY(frozen);
        Document *shown = frozen->document();
        QVERIFY(shown->isFrozen());
        QVERIFY(shown->isReadOnly());
        QVERIFY2(frozen->windowTitle().contains("Rev A"), qPrintable(frozen->windowTitle()));
        QVERIFY(frozen->windowTitle().contains(MainWindow::tr("%1[*] (read-only) — Vigil")
                                                   .section(QLatin1Char(' '), 1, 1)));
        QCOMPARE(shown->model().element("pump-fw")->name, std::string("Therapy controller (bolus calculator)"));
        QVERIFY(!baselinesUi(*frozen)->createAction()->isEnabled());

        // An edit is refused: the model stays, the window says why, nothing is undoable.
        shown->push(new RenameCommand(shown, "pump-fw", "Tampered"));
        QCOMPARE(shown->model().element("pump-fw")->name, std::string("Therapy controller (bolus calculator)"));
        QCOMPARE(shown->undoStack()->count(), 0);
        QVERIFY2(frozen->statusBar()->currentMessage().contains("Rev A"),
                 qPrintable(frozen->statusBar()->currentMessage()));

        // Its report names the baseline, its hash and its approval.
        auto *reports = frozen->findChild<ReportUi *>();
        QVERIFY(reports);
        report::ReportOptions options;
        options.date = QDate(2026, 12, 2);
        const QString html = dir.filePath(QStringLiteral("rev-a.html"));
        QVERIFY2(reports->writeReport(report::Format::Html, options, html, &error),
                 qPrintable(error));
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains("Approvals"));
        QVERIFY(text.contains("Dr. Sato"));
        QVERIFY(text.contains("tracked in <span class=\"id\">CR-12</span>"));
        const QString hash =
            QString::fromStdString(document->model().baselineNamed("Rev A")->hash);
        QVERIFY(text.contains(hash.section(QLatin1Char(':'), -1)));
        QVERIFY(text.contains("pump.vigil@Rev A"));
        QVERIFY(!text.contains("Pump firmware v2"));
        frozen->close();
        QTRY_VERIFY(!frozen);
    }

    void theModelIsComparedWithABaseline()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        Document *document = window.document();
        BaselinesUi *ui = baselinesUi(window);
        QString error;
        QVERIFY(ui->createBaseline(QStringLiteral("Rev A"), QString(), &error));
        const Id id = document->model().baselineNamed("Rev A")->id;
        auto *compare = window.findChild<CompareUi *>(QStringLiteral("compareUi"));
        QVERIFY(ui->compareWithBaseline(id));
        QVERIFY(compare->panel()->diff().equal()); // the baseline itself is no change

        document->push(new RenameCommand(document, "pump-fw", "Pump firmware v2"));
        QVERIFY(compare->compareAgain());
        const ModelDiff &diff = compare->panel()->diff();
        QCOMPARE(diff.changes.size(), size_t(1));
        QCOMPARE(diff.changes[0].id, std::string("pump-fw"));
        QVERIFY2(compare->panel()->summaryLabel()->text().contains("Rev A"),
                 qPrintable(compare->panel()->summaryLabel()->text()));
        // It follows edits like a comparison with a file.
        document->undoStack()->undo();
        QTRY_VERIFY(compare->panel()->diff().equal());
    }

    void theAuditTrailDockListsAndFilters()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Document *document = window.document();
        QTemporaryDir dir;
        QString error;
        QVERIFY(document->saveAs(dir.filePath(QStringLiteral("pump.vigil")), &error));
        BaselinesUi *ui = baselinesUi(window);
        ui->historyDock()->show();
        HistoryPanel *panel = ui->historyPanel();
        QTreeWidget *tree = panel->tree();

        document->push(new RenameCommand(document, "pump-fw", "Pump firmware v2"));
        QTRY_COMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->text(HistoryPanel::WhenColumn),
                 HistoryPanel::tr("Not saved yet"));
        QVERIFY(document->save(&error));
        document->push(new RenameCommand(document, "technician", "Field engineer"));
        QVERIFY(document->save(&error));
        QTRY_COMPARE(tree->topLevelItemCount(), 2);
        // Newest first, with the objects it touched by name.
        QVERIFY(tree->topLevelItem(0)->text(HistoryPanel::WhatColumn).contains("Field engineer"));
        QVERIFY(tree->topLevelItem(1)->text(HistoryPanel::ObjectsColumn)
                    .contains("Pump firmware v2"));
        QVERIFY(ui->historyDock()->windowTitle().contains("2"));

        panel->filterField()->setText(QStringLiteral("field ENGINEER"));
        QVERIFY(!tree->topLevelItem(0)->isHidden());
        QVERIFY(tree->topLevelItem(1)->isHidden());
        panel->filterField()->clear();

        // Choosing an object shows it on its diagram.
        QTreeWidgetItem *entry = tree->topLevelItem(1);
        QTreeWidgetItem *object = nullptr;
        for (int i = 0; i < entry->childCount(); ++i)
            if (entry->child(i)->toolTip(HistoryPanel::ObjectsColumn) == "pump-fw")
                object = entry->child(i);
        QVERIFY(object);
        tree->setCurrentItem(object);
        QCOMPARE(window.selectedIds(), std::vector<Id>{"pump-fw"});
    }
};

QTEST_MAIN(tst_Baselines)
#include "tst_baselines.moc"
