#include "app/CompareUi.h"

#include "app/MainWindow.h"
#include "app/TraceUi.h"
#include "model/Baselines.h"
#include "model/ModelFile.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Document.h"
#include "views/panels/ChangesPanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace vigil {

namespace {
const QString kCompareFolderKey = QStringLiteral("compare/folder");
// Edits come in bursts (a drag, an analysis): compare once the burst is over.
constexpr int kRefreshDelayMs = 400;
} // namespace

CompareUi::CompareUi(MainWindow *window, TraceUi *trace)
    : QObject(window), m_window(window), m_trace(trace),
      m_compare(new QAction(tr("Co&mpare with File..."), this)),
      m_dock(new QDockWidget(tr("Changes"), window)), m_panel(new ChangesPanel(m_dock)),
      m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("compareUi"));
    m_dock->setObjectName(QStringLiteral("changesDock"));
    m_dock->setWidget(m_panel);
    // Placed beside the gap list when first shown (compareWith), so that until then it takes
    // no room from the first start's arrangement of the docks.
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();

    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_compare->setStatusTip(tr("List and mark what changed since another revision of the model "
                               "(a .vigil or JSON file)"));
    connect(m_compare, &QAction::triggered, this, [this] {
        const QString path = askCompareFile();
        if (!path.isEmpty())
            compareWith(path);
    });
    window->addAction(m_compare);
    // In the File menu below Open Recent, with the other ways to read a file.
    QAction *recent = window->m_recentMenu->menuAction();
    for (QAction *entry : window->menuBar()->actions()) {
        QMenu *menu = entry->menu();
        const qsizetype at = menu ? menu->actions().indexOf(recent) : -1;
        if (at < 0)
            continue;
        menu->insertAction(menu->actions().value(at + 1), m_compare);
        break;
    }

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &CompareUi::refresh);
    connect(&m_watcher, &QFutureWatcher<ModelDiff>::finished, this, &CompareUi::onRefreshed);
    Document *document = window->document();
    const auto later = [this] {
        if (isComparing())
            m_refreshTimer->start();
    };
    connect(document->undoStack(), &QUndoStack::indexChanged, this, later);
    connect(document, &Document::modelReset, this, later);
    connect(document, &Document::threatsChanged, this, later);
    // A tab opened later (a new diagram) gets its marks when it is shown.
    connect(window->tabs(), &QTabWidget::currentChanged, this, [this] {
        if (isComparing())
            applyMarks();
    });
    connect(m_panel, &ChangesPanel::changeChosen, this, &CompareUi::showChange);
    connect(m_panel, &ChangesPanel::refreshRequested, this, &CompareUi::compareAgain);
    connect(m_panel, &ChangesPanel::closeRequested, this, &CompareUi::endComparison);
}

bool CompareUi::isComparing() const { return m_panel->isComparing(); }

QString CompareUi::askCompareFile()
{
    QSettings settings;
    const QString folder = settings.value(kCompareFolderKey, QDir::homePath()).toString();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Compare with File"), folder,
        tr("Vigil models (*.vigil *.json);;All files (*)"));
    if (!path.isEmpty())
        settings.setValue(kCompareFolderKey, QFileInfo(path).absolutePath());
    return path;
}

bool CompareUi::compareWith(const QString &path)
{
    std::shared_ptr<const ThreatModel> other;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        other = std::make_shared<const ThreatModel>(openModelFile(toFsPath(path)).model);
    } catch (const std::exception &error) {
        QApplication::restoreOverrideCursor();
        m_window->reportError(QString::fromUtf8(error.what()));
        return false;
    }
    QApplication::restoreOverrideCursor();
    if (!startComparison(std::move(other), QDir::toNativeSeparators(path),
                         QFileInfo(path).fileName()))
        return false;
    m_otherPath = path;
    m_baselineId.clear();
    return true;
}

bool CompareUi::compareWithBaseline(const Id &baseline)
{
    const Baseline *record = m_window->document()->model().baselines().find(baseline);
    if (!record)
        return false;
    const QString label = tr("baseline %1").arg(QString::fromStdString(record->name));
    std::shared_ptr<const ThreatModel> other;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        other = std::make_shared<const ThreatModel>(baselineModel(*record));
    } catch (const std::exception &error) {
        QApplication::restoreOverrideCursor();
        m_window->reportError(QString::fromUtf8(error.what()));
        return false;
    }
    QApplication::restoreOverrideCursor();
    if (!startComparison(std::move(other), label, label))
        return false;
    m_otherPath.clear();
    m_baselineId = baseline;
    return true;
}

bool CompareUi::startComparison(std::shared_ptr<const ThreatModel> other, const QString &label,
                                const QString &shortLabel)
{
    ModelDiff changes;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        changes = diffModels(*other, m_window->document()->model());
    } catch (const std::exception &error) {
        QApplication::restoreOverrideCursor();
        m_window->reportError(QString::fromUtf8(error.what()));
        return false;
    }
    QApplication::restoreOverrideCursor();
    m_otherLabel = label;
    m_other = std::move(other);
    ++m_comparison;
    m_refreshTimer->stop();
    showDiff(std::move(changes));
    if (m_dock->isHidden() && !m_dock->isFloating() && !m_placed) {
        if (QDockWidget *gaps = m_trace->gapDock())
            m_window->tabifyDockWidget(gaps, m_dock);
    }
    m_placed = true;
    m_dock->show();
    m_dock->raise();
    const ModelDiff &diff = m_panel->diff();
    m_window->statusBar()->showMessage(
        diff.equal() ? tr("No differences from %1").arg(shortLabel)
                     : tr("%n change(s) since %1", nullptr, static_cast<int>(diff.changes.size()))
                           .arg(shortLabel),
        5000);
    return true;
}

bool CompareUi::compareAgain()
{
    if (!m_baselineId.empty())
        return compareWithBaseline(m_baselineId);
    return !m_otherPath.isEmpty() && compareWith(m_otherPath);
}

void CompareUi::refresh()
{
    if (!m_other)
        return;
    if (m_watcher.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    // The worker compares copies: the window goes on editing meanwhile.
    auto current = std::make_shared<const ThreatModel>(m_window->document()->model());
    std::shared_ptr<const ThreatModel> other = m_other;
    m_refreshOf = m_comparison;
    m_watcher.setFuture(QtConcurrent::run(
        [other, current] { return diffModels(*other, *current); }));
}

void CompareUi::onRefreshed()
{
    ModelDiff diff = m_watcher.result();
    // Ended or started anew meanwhile: this result belongs to another comparison.
    if (m_refreshOf == m_comparison && isComparing())
        showDiff(std::move(diff));
    if (m_refreshAgain) {
        m_refreshAgain = false;
        m_refreshTimer->start();
    }
}

void CompareUi::showDiff(ModelDiff diff)
{
    m_panel->setComparison(m_otherLabel, std::move(diff));
    m_dock->setWindowTitle(m_panel->diff().equal()
                               ? tr("Changes")
                               : tr("Changes (%1)").arg(m_panel->diff().changes.size()));
    applyMarks();
}

void CompareUi::endComparison()
{
    m_refreshTimer->stop();
    ++m_comparison;
    m_refreshAgain = false;
    m_otherPath.clear();
    m_baselineId.clear();
    m_otherLabel.clear();
    m_other.reset();
    m_panel->clear();
    m_dock->setWindowTitle(tr("Changes"));
    applyMarks();
}

void CompareUi::applyMarks()
{
    const bool comparing = isComparing();
    for (int i = 0; i < m_window->tabs()->count(); ++i) {
        auto *view = qobject_cast<DiagramView *>(m_window->tabs()->widget(i));
        if (!view)
            continue;
        DiagramScene *scene = view->diagramScene();
        applyChangeMarks(scene, comparing
                                    ? changeMarksFor(m_panel->diff(), *m_other, scene->diagramId())
                                    : DiagramChangeMarks{});
    }
}

void CompareUi::showChange(const QString &kind, const QString &id, RecordChangeKind change)
{
    const Id record = id.toStdString();
    if (change == RecordChangeKind::Removed) {
        // Only the ghost on the current diagram is left to show.
        if (DiagramView *view = m_window->currentView())
            for (QGraphicsItem *item : view->diagramScene()->items())
                if (auto *ghost = qgraphicsitem_cast<RemovedGhostItem *>(item);
                    ghost && ghost->id() == record)
                    view->centerOn(ghost);
        m_window->statusBar()->showMessage(
            tr("%1 %2 was removed since the compared revision")
                .arg(ChangesPanel::kindLabel(kind.toStdString()), id),
            4000);
        return;
    }
    if (kind == QLatin1String("element") || kind == QLatin1String("zone")
        || kind == QLatin1String("flow")) {
        m_window->showItems({record});
    } else if (kind == QLatin1String("threat")) {
        m_trace->showThreat(record);
    } else if (kind == QLatin1String("mitigation") || kind == QLatin1String("requirement")
               || kind == QLatin1String("test") || kind == QLatin1String("person")
               || kind == QLatin1String("hazard")) {
        m_trace->showRecord(record);
    } else if (kind == QLatin1String("diagram")) {
        if (DiagramView *view = m_window->viewForDiagram(record))
            m_window->tabs()->setCurrentWidget(view);
    } else if (kind == QLatin1String("suppression")) {
        m_window->showItems({record.substr(0, record.find('/'))});
    }
}

} // namespace vigil
