#include "app/ThreatsUi.h"

#include "app/MainWindow.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Document.h"
#include "views/document/ThreatAnalysis.h"
#include "views/diagram/ThreatBadges.h"
#include "views/panels/ThreatsPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

namespace vigil {

namespace {
const QString kAutomaticKey = QStringLiteral("threats/analyzeAutomatically");
}

ThreatsUi::ThreatsUi(MainWindow *window)
    : QObject(window), m_window(window),
      m_analyzer(new ThreatAnalyzer(window->document(), this)),
      m_panel(new ThreatsPanel(window->document(), nullptr)),
      m_dock(new QDockWidget(tr("Threats"), window)),
      m_analyzeAction(new QAction(tr("&Analyze"), this)),
      m_automaticAction(new QAction(tr("Analyze &Automatically"), this)),
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
    m_automaticAction->setChecked(QSettings().value(kAutomaticKey, true).toBool());
    m_automaticAction->setStatusTip(tr("Update the threats shortly after every edit"));
    m_analyzer->setAutomatic(m_automaticAction->isChecked());
    connect(m_automaticAction, &QAction::toggled, this, [this](bool on) {
        m_analyzer->setAutomatic(on);
        QSettings().setValue(kAutomaticKey, on);
    });

    // The Threats menu goes before Help, the last menu.
    auto *menu = new QMenu(tr("&Threats"), window);
    menu->addAction(m_analyzeAction);
    menu->addAction(m_automaticAction);
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
    for (int i = 0; i < tabs->count(); ++i)
        if (auto *view = qobject_cast<DiagramView *>(tabs->widget(i)))
            applyThreatCounts(view->diagramScene(), m_counts);
}

} // namespace vigil
