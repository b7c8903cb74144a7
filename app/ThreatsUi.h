#pragma once

// Everything threat analysis adds to the main window, built by one object the window creates:
// the Threats menu (Analyze F5, Analyze Automatically), the toolbar button, the Threats dock,
// the analysis state in the status bar and the threat-count badges on every diagram.

#include "model/Types.h"

#include <QObject>

#include <string>
#include <unordered_map>

class QAction;
class QDockWidget;
class QLabel;
class QTimer;

namespace vigil {

class MainWindow;
class ThreatAnalyzer;
class ThreatsPanel;

class ThreatsUi final : public QObject {
    Q_OBJECT

public:
    explicit ThreatsUi(MainWindow *window);
    ~ThreatsUi() override;

    ThreatAnalyzer *analyzer() const { return m_analyzer; }
    ThreatsPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QAction *analyzeAction() const { return m_analyzeAction; }
    QAction *automaticAction() const { return m_automaticAction; }
    QAction *newThreatAction() const { return m_newThreatAction; }

    // Adds a threat by hand on an element or flow (one undo step) and selects it; returns its id.
    Id addManualThreat(const Id &target, StrideCategory category, const std::string &title,
                       const std::string &description, const std::string &severity);
    QLabel *stateLabel() const { return m_stateLabel; }

private:
    void refreshBadges();
    void newThreat();
    // A badge was clicked: the threats list shows that element's or flow's threats.
    void showThreatsOf(const Id &item);
    void recountBadges();

    MainWindow *m_window;
    ThreatAnalyzer *m_analyzer;
    ThreatsPanel *m_panel;
    QDockWidget *m_dock;
    QAction *m_analyzeAction;
    QAction *m_automaticAction;
    QAction *m_newThreatAction;
    QLabel *m_stateLabel;
    QTimer *m_badgeTimer;
    std::unordered_map<std::string, int> m_counts; // open threats per element or flow
    bool m_countsStale = true;
};

} // namespace vigil
