#include "views/document/ThreatAnalysis.h"

#include "stride/Engine.h"
#include "views/document/Document.h"
#include "views/document/ThreatCommands.h"

#include <QtConcurrent/QtConcurrentRun>

#include <exception>

namespace vigil {

namespace {

// Runs in a worker thread on a copy nobody else sees; the copy is destroyed here too, so the
// GUI thread never pays for freeing it.
ThreatAnalysisOutcome runAnalysis(std::shared_ptr<ThreatModel> model, quint64 revision)
{
    ThreatAnalysisOutcome outcome;
    outcome.revision = revision;
    try {
        model->clearChanges();
        const stride::Analysis analysis =
            stride::analyze(*model, stride::resolvePacks(model->info().rulePacks));
        const stride::ReconcileResult result = stride::reconcile(*model, analysis);
        outcome.added = result.added;
        outcome.obsoleted = result.obsoleted;
        outcome.revived = result.revived;
        const auto &touched = model->changes().touched;
        if (auto it = touched.find(Table::Threat); it != touched.end()) {
            outcome.changed.reserve(it->second.size());
            for (const Id &id : it->second)
                if (const Threat *threat = model->threats().find(id))
                    outcome.changed.push_back(*threat);
        }
        outcome.nextThreatNumber = model->info().nextThreatNumber;
        outcome.stamp = analysis.stamp();
        for (const auto &entry : model->threats().all())
            if (!isInactive(entry.second.status))
                ++outcome.activeThreats;
    } catch (const std::exception &error) {
        outcome.error = QString::fromUtf8(error.what());
    }
    model.reset();
    return outcome;
}

} // namespace

ThreatAnalyzer::ThreatAnalyzer(Document *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &ThreatAnalyzer::start);
    connect(&m_watcher, &QFutureWatcher<ThreatAnalysisOutcome>::finished, this,
            &ThreatAnalyzer::onWorkerFinished);

    // What threats depend on; layout, threats and file state do not count.
    for (auto signal : {&Document::elementAdded, &Document::elementRemoved,
                        &Document::elementChanged, &Document::flowAdded, &Document::flowRemoved,
                        &Document::flowChanged, &Document::boundaryAdded,
                        &Document::boundaryRemoved, &Document::boundaryChanged,
                        &Document::suppressionsChanged})
        connect(document, signal, this, &ThreatAnalyzer::scheduleAutomatic);
    connect(document, &Document::modelInfoChanged, this, &ThreatAnalyzer::scheduleAutomatic);
    connect(document, &Document::modelReset, this, [this] {
        // A running job's result is dropped by the revision check.
        m_debounce.stop();
        m_discardRunning = m_watcher.isRunning();
        m_rerun = false;
        m_manual = false;
        m_lastIndex = 0;
        m_lastCount = 0;
        m_lastMoveWasRedo = false;
        m_lastError.clear();
        setState(QString());
    });

    QUndoStack *stack = document->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, [this, stack](int index) {
        m_lastMoveWasRedo = index == m_lastIndex + 1 && stack->count() == m_lastCount;
        m_lastIndex = index;
        m_lastCount = stack->count();
    });
}

ThreatAnalyzer::~ThreatAnalyzer() = default;

void ThreatAnalyzer::setAutomatic(bool automatic)
{
    m_automatic = automatic;
    if (!automatic && !m_manual)
        m_debounce.stop();
}

void ThreatAnalyzer::scheduleAutomatic()
{
    if (m_automatic)
        m_debounce.start();
}

void ThreatAnalyzer::analyze()
{
    m_manual = true;
    m_debounce.stop();
    start();
}

void ThreatAnalyzer::start()
{
    if (m_watcher.isRunning()) {
        m_rerun = true;
        return;
    }
    m_rerun = false;
    m_clock.start();
    // The copy is the only part of an analysis the GUI thread pays for (besides applying it).
    auto copy = std::make_shared<ThreatModel>(m_document->model());
    m_guiTimeMs = m_clock.elapsed();
    setState(tr("Analyzing…"));
    emit started();
    m_watcher.setFuture(QtConcurrent::run(runAnalysis, std::move(copy), m_document->revision()));
}

void ThreatAnalyzer::onWorkerFinished()
{
    ThreatAnalysisOutcome outcome = m_watcher.future().takeResult();
    if (m_discardRunning) {
        m_discardRunning = false;
        if (m_rerun)
            start();
        return;
    }
    if (outcome.revision != m_document->revision() || m_rerun) {
        // The model changed while the worker ran: its result describes a model that is gone.
        start();
        return;
    }
    apply(std::move(outcome));
}

void ThreatAnalyzer::apply(ThreatAnalysisOutcome outcome)
{
    const bool manual = m_manual;
    m_manual = false;
    if (!outcome.error.isEmpty()) {
        m_lastError = outcome.error;
        setState(tr("Analysis failed: %1").arg(outcome.error));
        emit failed(outcome.error);
        return;
    }
    m_lastError.clear();
    QElapsedTimer applying;
    applying.start();
    ThreatChangeSet changes =
        ThreatChangeSet::fromModel(m_document->model(), std::move(outcome.changed),
                                   outcome.nextThreatNumber, outcome.stamp);
    bool applied = true;
    if (!changes.isEmpty()) {
        QUndoStack *stack = m_document->undoStack();
        const auto *waiting = stack->canRedo() ? dynamic_cast<const UpdateThreatsCommand *>(
                                                     stack->command(stack->index()))
                                               : nullptr;
        if (waiting && m_lastMoveWasRedo && waiting->changes() == changes) {
            stack->redo();
        } else if (stack->canRedo() && !manual) {
            applied = false;
        } else {
            ThreatUpdateSummary summary{outcome.added, outcome.obsoleted, outcome.revived};
            auto *update = new UpdateThreatsCommand(m_document, std::move(changes), summary);
            // What an edit did to the threats belongs to the edit's undo step; F5 is a step
            // of its own.
            update->setAbsorbable(!manual);
            m_document->push(update);
        }
    }
    m_lastGuiTimeMs = m_guiTimeMs + applying.elapsed();
    m_lastDurationMs = m_clock.elapsed();
    const int active = static_cast<int>(outcome.activeThreats);
    if (applied)
        setState(tr("%n threat(s), %1 new, %2 obsolete", nullptr, active)
                     .arg(outcome.added)
                     .arg(outcome.obsoleted));
    else
        setState(tr("Threats not updated while redo is available; press F5 to update them."));
    emit finished();
}

void ThreatAnalyzer::setState(const QString &text)
{
    m_stateText = text;
    emit stateChanged(text);
}

} // namespace vigil
