#pragma once

// File > Compare with File... (Ctrl+Alt+C): what changed between another revision of the model
// (a .vigil or JSON file: last week's commit, a colleague's branch, the released revision; or a
// baseline kept in the document, Model > Baselines) and the model as it is now. The Changes dock lists every added, removed and changed record
// (views/panels/ChangesPanel.h); the diagrams mark added and changed elements, zones and flows
// and draw removed ones where they were (views/diagram/ChangeMarks.h). The comparison follows
// edits (recomputed shortly after each, on a worker thread, so that a large model does not stall
// the window) until it is ended.

#include "model/ThreatModel.h"
#include "views/diagram/ChangeMarks.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QAction;
class QDockWidget;
class QTimer;

namespace vigil {

class ChangesPanel;
class MainWindow;
class TraceUi;

class CompareUi final : public QObject {
    Q_OBJECT

public:
    CompareUi(MainWindow *window, TraceUi *trace);

    QAction *compareAction() const { return m_compare; }
    QDockWidget *dock() const { return m_dock; }
    ChangesPanel *panel() const { return m_panel; }
    bool isComparing() const;

    // Reads `path` and compares the model with it; false (and an error naming the file) when it
    // cannot be read as a model.
    bool compareWith(const QString &path);
    // Compares the model with its baseline `baseline` (Model > Baselines); false (and an error)
    // when the baseline is gone or its content no longer has its hash.
    bool compareWithBaseline(const Id &baseline);
    // Compares again with the same file, read anew (it may have changed on disk).
    bool compareAgain();
    void endComparison();
    // Recomputes the changes against the file as read (after edits of the model), on a worker
    // thread; the list and the marks follow when it is done.
    void refresh();
    // A recomputation is running (tests wait for it).
    bool isRefreshing() const { return m_watcher.isRunning(); }

protected:
    virtual QString askCompareFile();

private:
    // Shows the changes from `other` (`label` in the list, `shortLabel` in the status bar).
    bool startComparison(std::shared_ptr<const ThreatModel> other, const QString &label,
                         const QString &shortLabel);
    void applyMarks();
    void showDiff(ModelDiff diff);
    void onRefreshed();
    void showChange(const QString &kind, const QString &id, RecordChangeKind change);

    MainWindow *m_window;
    TraceUi *m_trace;
    QAction *m_compare;
    QDockWidget *m_dock;
    ChangesPanel *m_panel;
    QTimer *m_refreshTimer;
    QString m_otherPath;  // the compared file; empty when comparing with a baseline
    Id m_baselineId;      // the compared baseline; empty when comparing with a file
    QString m_otherLabel; // what the Changes list says it compares with
    std::shared_ptr<const ThreatModel> m_other; // shared with the worker
    QFutureWatcher<ModelDiff> m_watcher;
    quint64 m_comparison = 0;      // bumped by each compareWith and endComparison
    quint64 m_refreshOf = 0;       // the comparison the running refresh belongs to
    bool m_refreshAgain = false;   // an edit came while a refresh ran
    bool m_placed = false; // the dock was put beside the gap list once
};

} // namespace vigil
