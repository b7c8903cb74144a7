#pragma once

// Everything traceability adds to the main window, built by one object the window creates: the
// Traceability menu (Import Test Results, Check), the Traceability dock (mitigations,
// requirements, tests, people, hazards, matrix, risk settings), the Gaps dock fed by the same
// check as `vigil-cli check`, and the routes from a gap or a link to the object it names.

#include "model/Types.h"
#include "stride/Traceability.h"

#include <QObject>

#include <vector>

class QAction;
class QDockWidget;

namespace vigil {

class GapList;
class MainWindow;
class ThreatsUi;
class TracePanel;

class TraceUi final : public QObject {
    Q_OBJECT

public:
    TraceUi(MainWindow *window, ThreatsUi *threats);

    GapList *gapList() const { return m_gapList; }
    TracePanel *tracePanel() const { return m_tracePanel; }
    QDockWidget *gapDock() const { return m_gapDock; }
    QDockWidget *traceDock() const { return m_traceDock; }
    QAction *importResultsAction() const { return m_importResults; }
    QAction *checkAction() const { return m_check; }

    // Shows the object a gap names: a threat in the threats dock, a record in the Traceability
    // dock, an element on the diagram; a stale analysis runs the analysis; a review gap, a
    // meeting to hold, shows nothing.
    void showGap(stride::GapKind kind, const std::vector<Id> &ids);
    void showThreat(const Id &threat);
    void showRecord(const Id &record);
    // Reads JUnit reports into the verification tests (one undo step) and says what matched.
    bool importTestResults(const QStringList &files, QString *summary);

protected:
    virtual QStringList askResultFiles();

private:
    void importResults();

    MainWindow *m_window;
    ThreatsUi *m_threats;
    GapList *m_gapList;
    TracePanel *m_tracePanel;
    QDockWidget *m_gapDock;
    QDockWidget *m_traceDock;
    QAction *m_importResults;
    QAction *m_check;
};

} // namespace vigil
