#include "app/Preferences.h"
#include "app/ThreatsUi.h"

#include "app/MainWindow.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Document.h"
#include "views/document/ThreatAnalysis.h"
#include "views/diagram/ThreatBadges.h"
#include "views/panels/ThreatsPanel.h"

#include "views/document/ThreatCommands.h"
#include "views/document/TraceCommands.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

namespace vigil {

namespace {
}

ThreatsUi::ThreatsUi(MainWindow *window)
    : QObject(window), m_window(window),
      m_analyzer(new ThreatAnalyzer(window->document(), this)),
      m_panel(new ThreatsPanel(window->document(), nullptr)),
      m_dock(new QDockWidget(tr("Threats"), window)),
      m_analyzeAction(new QAction(tr("&Analyze"), this)),
      m_automaticAction(new QAction(tr("Analyze &Automatically"), this)),
      m_newThreatAction(new QAction(tr("&New Threat..."), this)),
      m_stateLabel(new QLabel(window->statusBar())), m_badgeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("threatsUi"));
    Document *document = window->document();

    m_dock->setObjectName(QStringLiteral("threatsDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);

    m_analyzeAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_analyzeAction->setIcon(QIcon(QStringLiteral(":/icons/analyze.svg")));
    m_analyzeAction->setStatusTip(tr("Enumerate the model's STRIDE threats now"));
    connect(m_analyzeAction, &QAction::triggered, m_analyzer, &ThreatAnalyzer::analyze);

    m_automaticAction->setCheckable(true);
    m_automaticAction->setChecked(QSettings().value(kAnalyzeAutomaticallyKey, true).toBool());
    m_automaticAction->setStatusTip(tr("Update the threats shortly after every edit"));
    m_analyzer->setAutomatic(m_automaticAction->isChecked());
    connect(m_automaticAction, &QAction::toggled, this, [this](bool on) {
        m_analyzer->setAutomatic(on);
        QSettings().setValue(kAnalyzeAutomaticallyKey, on);
    });

    // The Threats menu goes before Help, the last menu.
    auto *menu = new QMenu(tr("&Threats"), window);
    menu->setObjectName(QStringLiteral("threatsMenu"));
    menu->addAction(m_analyzeAction);
    menu->addAction(m_automaticAction);
    menu->addSeparator();
    menu->addAction(m_newThreatAction);
    menu->addSeparator();
    QAction *showDock = m_dock->toggleViewAction();
    showDock->setText(tr("Threats &List"));
    menu->addAction(showDock);
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);
    if (auto *bar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"))) {
        bar->addSeparator();
        bar->addAction(m_analyzeAction);
    }

    m_stateLabel->setObjectName(QStringLiteral("analysisState"));
    window->statusBar()->addPermanentWidget(m_stateLabel);
    connect(m_analyzer, &ThreatAnalyzer::stateChanged, m_stateLabel, &QLabel::setText);
    connect(m_analyzer, &ThreatAnalyzer::failed, window, [window](const QString &message) {
        window->statusBar()->showMessage(message, 10000);
    });

    // A threat the rules do not know: the team adds it on the selected element or flow.
    m_newThreatAction->setObjectName(QStringLiteral("newThreat"));
    m_newThreatAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_newThreatAction->setStatusTip(
        tr("Add a threat by hand on the selected element or flow; analysis keeps it"));
    m_newThreatAction->setEnabled(false);
    connect(m_newThreatAction, &QAction::triggered, this, &ThreatsUi::newThreat);
    connect(window, &MainWindow::selectionChanged, this, [this](const std::vector<Id> &ids) {
        const ThreatModel &model = m_window->document()->model();
        m_newThreatAction->setEnabled(ids.size() == 1
                                      && (model.element(ids[0]) || model.flow(ids[0])));
    });

    connect(m_panel, &ThreatsPanel::showRequested, window, &MainWindow::showItems);
    connect(m_panel, &ThreatsPanel::analyzeRequested, m_analyzer, &ThreatAnalyzer::analyze);
    connect(window, &MainWindow::selectionChanged, m_panel, &ThreatsPanel::setDiagramSelection);

    // Badges: recount when threats change, re-apply whenever items may have been (re)built.
    m_badgeTimer->setSingleShot(true);
    m_badgeTimer->setInterval(0);
    connect(m_badgeTimer, &QTimer::timeout, this, &ThreatsUi::refreshBadges);
    connect(document, &Document::threatsChanged, this, &ThreatsUi::recountBadges);
    connect(document, &Document::modelReset, this, &ThreatsUi::recountBadges);
    for (auto signal : {&Document::elementAdded, &Document::flowAdded, &Document::elementChanged,
                        &Document::flowChanged, &Document::diagramAdded})
        connect(document, signal, m_badgeTimer, qOverload<>(&QTimer::start));
    connect(document, &Document::layoutChanged, m_badgeTimer, qOverload<>(&QTimer::start));
}

ThreatsUi::~ThreatsUi() = default;

Id ThreatsUi::addManualThreat(const Id &target, StrideCategory category, const std::string &title,
                              const std::string &description, const std::string &severity)
{
    Document *document = m_window->document();
    TraceEdit edit(document->model());
    ModelInfo info = edit.info();
    Threat threat;
    threat.id = "TM-" + TraceEdit::newUuid();
    threat.number = info.nextThreatNumber++;
    threat.manual = true;
    threat.category = category;
    threat.targets = {target};
    threat.title = title;
    threat.description = description;
    threat.severity = severity;
    const Id id = threat.id;
    edit.put(std::move(threat));
    edit.setInfo(std::move(info));
    document->push(new EditTraceCommand(
        document, tr("New threat \"%1\"").arg(QString::fromStdString(title)), edit));
    m_panel->selectThreat(id);
    return id;
}

void ThreatsUi::newThreat()
{
    const std::vector<Id> ids = m_window->selectedIds();
    if (ids.size() != 1)
        return;
    const ThreatModel &model = m_window->document()->model();
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("New Threat"));
    auto *form = new QFormLayout(&dialog);
    auto *category = new QComboBox(&dialog);
    for (int c = 0; c <= static_cast<int>(StrideCategory::ElevationOfPrivilege); ++c)
        category->addItem(strideCategoryLabel(static_cast<StrideCategory>(c)), c);
    auto *title = new QLineEdit(&dialog);
    title->setPlaceholderText(tr("What could go wrong, in one line"));
    auto *description = new QPlainTextEdit(&dialog);
    auto *severity = new QComboBox(&dialog);
    for (const char *level : {"low", "medium", "high", "critical"})
        severity->addItem(severityLabel(level), QString::fromLatin1(level));
    severity->setCurrentIndex(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    form->addRow(tr("On:"), new QLabel(QString::fromStdString(model.displayName(ids[0])), &dialog));
    form->addRow(tr("&Category:"), category);
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Description:"), description);
    form->addRow(tr("&Severity:"), severity);
    form->addRow(buttons);
    connect(title, &QLineEdit::textChanged, &dialog, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(520, 360);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addManualThreat(ids[0], static_cast<StrideCategory>(category->currentData().toInt()),
                    title->text().trimmed().toStdString(),
                    description->toPlainText().trimmed().toStdString(),
                    severity->currentData().toString().toStdString());
    m_dock->show();
    m_dock->raise();
}

void ThreatsUi::showThreatsOf(const Id &)
{
    // The scene has selected the item: the list follows the selection.
    m_panel->onlySelectedButton()->setChecked(true);
    m_dock->show();
    m_dock->raise();
}

void ThreatsUi::recountBadges()
{
    m_countsStale = true;
    m_badgeTimer->start();
}

void ThreatsUi::refreshBadges()
{
    if (m_countsStale) {
        m_counts = openThreatCounts(m_window->document()->model());
        m_countsStale = false;
    }
    QTabWidget *tabs = m_window->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        auto *view = qobject_cast<DiagramView *>(tabs->widget(i));
        if (!view)
            continue;
        applyThreatCounts(view->diagramScene(), m_counts);
        connect(view->diagramScene(), &DiagramScene::threatBadgeClicked, this,
                &ThreatsUi::showThreatsOf, Qt::UniqueConnection);
    }
}

} // namespace vigil
