#pragma once

// ThreatAnalyzer: runs the STRIDE engine for a Document without blocking the GUI. It copies the
// model on the GUI thread, runs stride::analyze and stride::reconcile on that copy in a worker
// thread (the copy lives and dies with the job, so the Analysis that points into it is always
// valid), and applies the threat records that differ as ONE UpdateThreatsCommand on the GUI
// thread. A result for a model that has changed since the copy (Document::revision) is
// discarded and the analysis runs again.
//
// Undo: an update is its own "Update threats" step, pushed only when something changed.
// Automatic analysis never throws away redo history: while redo steps exist, its result is
// applied only when the user has just redone the edit before an update that waits next on the
// redo stack and the result is exactly that update (the stack then redoes it); otherwise the
// result waits for the next edit or an explicit Analyze, which pushes like any new edit.

#include "model/Types.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <vector>

namespace vigil {

class Document;

// What a worker hands back: the threat records reconcile wrote and the counts it reported.
struct ThreatAnalysisOutcome {
    quint64 revision = 0;
    std::vector<Threat> changed;
    int nextThreatNumber = 1;
    AnalysisStamp stamp; // what the analysis saw
    size_t activeThreats = 0; // not obsolete, after reconciling
    size_t added = 0;
    size_t obsoleted = 0;
    size_t revived = 0;
    QString error;
};

class ThreatAnalyzer final : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultDelayMs = 600;

    explicit ThreatAnalyzer(Document *document, QObject *parent = nullptr);
    ~ThreatAnalyzer() override;

    // Re-analysis after edits to what threats depend on (elements, flows, zones, suppressions,
    // the model's rule packs), debounced by delay(). Never after opening a file: opening
    // must not modify it.
    bool isAutomatic() const { return m_automatic; }
    void setAutomatic(bool automatic);
    int delay() const { return m_debounce.interval(); }
    void setDelay(int milliseconds) { m_debounce.setInterval(milliseconds); }

    bool isRunning() const { return m_watcher.isRunning(); }
    bool isPending() const { return m_debounce.isActive() || m_rerun; }
    QString stateText() const { return m_stateText; }
    QString lastError() const { return m_lastError; }
    // How long the last applied analysis took, from the copy to the command (GUI and worker).
    qint64 lastDurationMs() const { return m_lastDurationMs; }
    qint64 lastGuiTimeMs() const { return m_lastGuiTimeMs; }

public slots:
    // Starts an analysis now (or as soon as the running one ends).
    void analyze();

signals:
    void started();
    // An analysis was applied (or found nothing to change).
    void finished();
    void failed(const QString &message);
    // "Analyzing…", "471 threats, 12 new, 3 obsolete": for the status bar.
    void stateChanged(const QString &text);

private:
    void scheduleAutomatic();
    void start();
    void onWorkerFinished();
    void apply(ThreatAnalysisOutcome outcome);
    void setState(const QString &text);

    Document *m_document;
    QTimer m_debounce;
    QFutureWatcher<ThreatAnalysisOutcome> m_watcher;
    QElapsedTimer m_clock;
    qint64 m_guiTimeMs = 0;
    bool m_automatic = true;
    bool m_rerun = false;  // analyze() was asked while a job ran
    bool m_discardRunning = false; // the model was replaced while a job ran
    bool m_manual = false; // the user asked (Analyze) since the last applied result
    // The undo stack's last move, to tell a redo from an undo or a push.
    int m_lastIndex = 0;
    int m_lastCount = 0;
    bool m_lastMoveWasRedo = false;
    QString m_stateText;
    QString m_lastError;
    qint64 m_lastDurationMs = 0;
    qint64 m_lastGuiTimeMs = 0;
};

} // namespace vigil
