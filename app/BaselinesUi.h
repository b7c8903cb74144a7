#pragma once

// Baselines and the audit trail in the main window (model/Baselines.h), built by one object the
// window creates: the Model menu (Create Baseline, Baselines, Audit Trail), the dialogs that
// make, list and approve baselines, a baseline's read-only window, and the Audit Trail dock that
// lists the document's history and the changes its next save records.

#include "model/Types.h"

#include <QObject>
#include <QString>

#include <optional>

class QAction;
class QDockWidget;
class QTimer;

namespace vigil {

class CompareUi;
class HistoryPanel;
class MainWindow;
class TraceUi;

class BaselinesUi : public QObject {
    Q_OBJECT

public:
    BaselinesUi(MainWindow *window, TraceUi *trace, CompareUi *compare);

    QAction *createAction() const { return m_create; }
    QAction *manageAction() const { return m_manage; }
    QDockWidget *historyDock() const { return m_historyDock; }
    HistoryPanel *historyPanel() const { return m_history; }

    // Makes a baseline of the model as it is now, one undo step; false (with `error`) for an
    // empty name or one already used.
    bool createBaseline(const QString &name, const QString &comment, QString *error);
    // Adds `approval` to the baseline `id`, one undo step. Refused (false, with `error`) when
    // the baseline's model has traceability gaps and the approval gives no rationale, when its
    // content no longer has its hash, or when the approver's name is empty.
    bool approveBaseline(const Id &id, Approval approval, QString *error);
    // The number of traceability gaps of the baseline's frozen model (what an approval is checked
    // against); -1 when its content cannot be used.
    int baselineGaps(const Id &id) const;
    // Opens the baseline in a window of its own that refuses every edit; null (and an error
    // shown) when its content cannot be used.
    MainWindow *openBaselineWindow(const Id &id);
    // Compares the model with the baseline (the Changes dock).
    bool compareWithBaseline(const Id &id);

protected:
    // The name and comment of a new baseline; false when the user cancels. Tests override.
    virtual bool askNewBaseline(QString &name, QString &comment);
    // An approval of `baseline` that has `gaps` gaps; nothing when the user cancels.
    virtual std::optional<Approval> askApproval(const Baseline &baseline, int gaps);

private:
    void createFromMenu();
    void showBaselines();
    void approveFromList(const Id &id);
    void scheduleHistoryRefresh();
    void refreshHistory();
    void showObject(const Id &id);

    MainWindow *m_window;
    TraceUi *m_trace;
    CompareUi *m_compare;
    QAction *m_create;
    QAction *m_manage;
    QDockWidget *m_historyDock;
    HistoryPanel *m_history;
    QTimer *m_historyTimer;
    bool m_placed = false; // the dock was put beside the gap list once
};

} // namespace vigil
