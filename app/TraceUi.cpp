#include "app/TraceUi.h"

#include "app/ConflictsUi.h"

#include "app/MainWindow.h"
#include "app/ThreatsUi.h"
#include "model/import/TestResults.h"
#include "views/document/Document.h"
#include "views/document/ThreatAnalysis.h"
#include "views/document/TraceCommands.h"
#include "views/panels/ThreatsPanel.h"
#include "views/trace/GapList.h"
#include "views/trace/TracePanel.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDockWidget>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QToolButton>

namespace vigil {

namespace {
const QString kResultsFolderKey = QStringLiteral("trace/resultsFolder");
}

TraceUi::TraceUi(MainWindow *window, ThreatsUi *threats)
    : QObject(window), m_window(window), m_threats(threats),
      m_gapList(new GapList(window->document())),
      m_tracePanel(new TracePanel(window->document())),
      m_gapDock(new QDockWidget(tr("Gaps"), window)),
      m_traceDock(new QDockWidget(tr("Traceability"), window)),
      m_importResults(new QAction(tr("&Import Test Results..."), this)),
      m_check(new QAction(tr("&Check Traceability"), this))
{
    setObjectName(QStringLiteral("traceUi"));
    m_gapDock->setObjectName(QStringLiteral("gapsDock"));
    m_gapDock->setWidget(m_gapList);
    m_traceDock->setObjectName(QStringLiteral("traceDock"));
    m_traceDock->setWidget(m_tracePanel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_gapDock);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_traceDock);
    if (QDockWidget *threatsDock = threats->dock()) {
        window->tabifyDockWidget(threatsDock, m_traceDock);
        window->tabifyDockWidget(threatsDock, m_gapDock);
        threatsDock->raise();
    }

    m_importResults->setStatusTip(
        tr("Set verification test results from JUnit XML reports of your CI"));
    m_check->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_check->setStatusTip(tr("List every gap from threat to tested requirement"));
    connect(m_importResults, &QAction::triggered, this, &TraceUi::importResults);
    connect(m_check, &QAction::triggered, this, [this] {
        m_gapList->refresh();
        m_gapDock->show();
        m_gapDock->raise();
        m_window->statusBar()->showMessage(
            m_gapList->gaps().empty()
                ? tr("No traceability gaps")
                : tr("%n traceability gap(s)", nullptr,
                     static_cast<int>(m_gapList->gaps().size())),
            5000);
    });

    auto *menu = new QMenu(tr("T&raceability"), window);
    menu->addAction(m_check);
    menu->addAction(m_importResults);
    menu->addSeparator();
    QAction *showTrace = m_traceDock->toggleViewAction();
    showTrace->setText(tr("Traceability &Workspace"));
    menu->addAction(showTrace);
    QAction *showGaps = m_gapDock->toggleViewAction();
    showGaps->setText(tr("&Gap List"));
    menu->addAction(showGaps);
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);

    connect(m_gapList, &GapList::countChanged, this, [this](int count) {
        m_gapDock->setWindowTitle(count == 0 ? tr("Gaps") : tr("Gaps (%1)").arg(count));
    });
    m_gapDock->setWindowTitle(m_gapList->gaps().empty()
                                  ? tr("Gaps")
                                  : tr("Gaps (%1)").arg(m_gapList->gaps().size()));
    connect(m_gapList, &GapList::gapActivated, this, &TraceUi::showGap);
    connect(m_tracePanel, &TracePanel::showThreatRequested, this, &TraceUi::showThreat);
    connect(threats->panel(), &ThreatsPanel::showMitigationRequested, this,
            &TraceUi::showRecord);
}

void TraceUi::showThreat(const Id &threat)
{
    ThreatsPanel *panel = m_threats->panel();
    m_threats->dock()->show();
    m_threats->dock()->raise();
    if (panel->selectThreat(threat))
        return;
    // Hidden by a filter: show everything, then select it.
    panel->searchField()->clear();
    panel->categoryFilter()->setCurrentIndex(0);
    panel->statusFilter()->setCurrentIndex(1); // all statuses
    panel->severityFilter()->setCurrentIndex(0);
    panel->diagramFilter()->setCurrentIndex(0);
    panel->onlySelectedButton()->setChecked(false);
    panel->selectThreat(threat);
}

void TraceUi::showRecord(const Id &record)
{
    m_traceDock->show();
    m_traceDock->raise();
    m_tracePanel->showRecord(QString::fromStdString(record));
}

void TraceUi::showGap(stride::GapKind kind, const std::vector<Id> &ids)
{
    using K = stride::GapKind;
    switch (kind) {
    case K::ThreatUndecided:
    case K::DecisionWithoutJustification:
    case K::MitigatedWithoutControl:
    case K::RiskMissing:
    case K::ResidualRiskUnaccepted:
        if (!ids.empty())
            showThreat(ids.front());
        return;
    case K::MitigationWithoutRequirement:
    case K::RequirementWithoutTest:
    case K::TestNotPassed:
    case K::IndependenceViolated:
        if (!ids.empty())
            showRecord(ids.front());
        return;
    case K::TransitionalWithoutRationale:
        if (!ids.empty())
            m_window->showItems({ids.front()});
        return;
    case K::AnalysisStale:
        m_threats->analyzeAction()->trigger();
        return;
    case K::ReviewOverdue:
    case K::ReviewMissing:
        return; // a meeting to hold, not an object to show: review mode has its own menu
    case K::MergeConflictOpen:
        if (auto *conflicts = m_window->findChild<ConflictsUi *>(QStringLiteral("conflictsUi"));
            conflicts && !ids.empty())
            conflicts->showConflict(ids.front());
        return;
    }
}

QStringList TraceUi::askResultFiles()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import Test Results"), settings.value(kResultsFolderKey).toString(),
        tr("JUnit XML reports (*.xml);;All files (*)"));
    if (!files.isEmpty())
        settings.setValue(kResultsFolderKey, QFileInfo(files.front()).absolutePath());
    return files;
}

void TraceUi::importResults()
{
    const QStringList files = askResultFiles();
    if (files.isEmpty())
        return;
    QString summary;
    if (importTestResults(files, &summary))
        QMessageBox::information(m_window, tr("Import Test Results"), summary);
    else
        QMessageBox::warning(m_window, tr("Import Test Results"), summary);
}

bool TraceUi::importTestResults(const QStringList &files, QString *summary)
{
    // Every report is read and checked before the model is touched.
    std::vector<JUnitSource> sources;
    try {
        for (const QString &file : files)
            sources.push_back({file.toStdString(), readJUnitXmlFile(file.toStdString())});
    } catch (const std::exception &error) {
        *summary = tr("Nothing was imported. %1").arg(QString::fromUtf8(error.what()));
        return false;
    }
    Document *document = m_window->document();
    const TestResultsOutcome outcome = matchTestResults(
        document->model(), sources, QDate::currentDate().toString(Qt::ISODate).toStdString());
    TraceEdit edit(document->model());
    for (const TestResultUpdate &update : outcome.updates) {
        if (const VerificationTest *current = edit.test(update.test)) {
            VerificationTest test = *current;
            test.result = update.result;
            test.date = update.date;
            test.evidence = update.evidence;
            edit.put(std::move(test));
        }
    }
    document->push(new EditTraceCommand(
        document,
        tr("Import results of %n verification test(s)", nullptr,
           static_cast<int>(outcome.updates.size())),
        edit));
    int failed = 0;
    for (const TestResultUpdate &update : outcome.updates)
        failed += update.result == "fail" ? 1 : 0;
    QStringList lines;
    lines << tr("%n verification test(s) updated from the reports, %1 of them failed.", nullptr,
                static_cast<int>(outcome.updates.size()))
                 .arg(failed);
    if (!outcome.missing.empty()) {
        QStringList ids;
        for (const Id &id : outcome.missing)
            ids << QString::fromStdString(id);
        lines << tr("No test case matches the automated reference of: %1.")
                     .arg(ids.join(QStringLiteral(", ")));
    }
    lines << tr("%n test case(s) in the reports match no verification test.", nullptr,
                static_cast<int>(outcome.unmatched.size()));
    if (!outcome.warnings.empty())
        lines << tr("Warnings: %1")
                     .arg(QString::fromStdString(outcome.warnings.front()))
                     + (outcome.warnings.size() > 1
                            ? tr(" (and %n more)", nullptr,
                                 static_cast<int>(outcome.warnings.size() - 1))
                            : QString());
    *summary = lines.join(QLatin1Char('\n'));
    return true;
}

} // namespace vigil
