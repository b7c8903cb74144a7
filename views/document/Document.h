#pragma once

// Document: one open threat model in the GUI. It owns the ThreatModel, its QUndoStack and what it
// knows about the file (path, format, read-only). It is the only way the GUI changes a model:
// every edit is a QUndoCommand (views/Commands.h) that calls one of the mutators below, which
// change the model and emit an id-based signal. Scenes and panels listen to those signals and
// update only what they name (STYLE.md: input -> command -> model -> signal -> item).

#include "model/Baselines.h"
#include "model/ModelFile.h"
#include "model/ThreatModel.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUndoStack>

#include <filesystem>
#include <map>
#include <optional>

namespace vigil {

class DocumentCommand;

// A path from Qt as the model layer takes it (the file system's encoding of the name).
std::filesystem::path toFsPath(const QString &path);

class Document final : public QObject {
    Q_OBJECT

public:
    // Only DocumentCommand (and so every undo command) can call the mutators: a passkey that
    // makes "every edit is an undo command" a compile-time rule rather than a convention.
    class EditKey {
        friend class DocumentCommand;
        EditKey() = default;
    };

    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const ThreatModel &model() const { return m_model; }
    QUndoStack *undoStack() { return &m_undoStack; }
    // Pushes an edit; a command that turns out to change nothing is dropped by the stack.
    void push(QUndoCommand *command);

    // --- the file
    QString filePath() const { return m_filePath; } // empty for an untitled model
    bool isUntitled() const { return m_filePath.isEmpty(); }
    ModelFormat format() const { return m_format; }
    bool isReadOnly() const { return m_readOnly; }
    // The file name, or the untitled name given to newModel()/setUntitledModel().
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }
    // The file as last read or written by this document (the store's FileStamp): a change on
    // disk that is not ours shows as a different stamp (app/MainWindow's file watcher).
    const FileStamp &fileStamp() const { return m_stamp; }
    // Problems the last open() found that did not stop the file from opening, naming the file.
    const QStringList &openWarnings() const { return m_openWarnings; }
    // True when the last save() failed because the file changed on disk since it was read
    // (FileChangedError): nothing was written; Save As, reload or saveAs(filePath()) remain.
    bool saveFailedBecauseFileChanged() const { return m_fileChangedOnSave; }

    // Replaces the model with an empty one that has one Level 0 DFD. Clears undo history.
    void newModel();
    // Replaces the model with `model`, untitled (Save asks for a name), e.g. the bundled example.
    void setUntitledModel(ThreatModel model, const QString &untitledName);
    // Opens a .vigil or vigil-model JSON file. On failure returns false, puts the one-line
    // message (naming the file) into `error` and leaves the current model untouched.
    bool open(const QString &path, QString *error = nullptr);
    // Saves to the current file in its format: a .vigil file written by the last load or save is
    // updated incrementally, otherwise written in full. Fails for untitled or read-only files.
    bool save(QString *error = nullptr);
    // Writes the whole model to `path` (JSON when it ends in .json, else .vigil) and makes it the
    // current file.
    bool saveAs(const QString &path, QString *error = nullptr);

    // --- mutators for undo commands; each emits the matching signal
    void setNodeRect(EditKey, const Id &diagram, const Id &node, const Rect &rect);
    void removeNode(EditKey, const Id &diagram, const Id &node);
    void setFlowLayout(EditKey, const Id &diagram, const Id &flow, const FlowLayout &layout);
    void updateElement(EditKey, const Element &element);
    void updateFlow(EditKey, const Flow &flow);
    void updateBoundary(EditKey, const TrustBoundary &boundary);
    void addElement(EditKey, const Element &element, const Id &diagram, const Rect &rect);
    RemovedElement removeElement(EditKey, const Id &element);
    void restoreElement(EditKey, const RemovedElement &removed);
    void addFlow(EditKey, const Flow &flow, const Id &diagram);
    RemovedFlow removeFlow(EditKey, const Id &flow);
    void restoreFlow(EditKey, const RemovedFlow &removed);
    void updateDiagramInfo(EditKey, const Diagram &diagram);

    // --- panels: model information, whole diagrams, flow layouts, crash recovery
    void setModelInfo(EditKey, const ModelInfo &info);
    void addDiagram(EditKey, const Diagram &diagram); // with its nodes and flow layouts
    Diagram removeDiagram(EditKey, const Id &diagram);
    void removeFlowLayout(EditKey, const Id &diagram, const Id &flow);
    // Replaces the model with one recovered after a crash: it belongs to `originalPath` (empty:
    // untitled, shown as `untitledName`) but differs from that file, so it starts modified and
    // the next save writes it in full.
    void setRecoveredModel(ThreatModel model, const QString &originalPath,
                           const QString &untitledName);

    // --- threats: analysis results, triage decisions, suppressions
    // Bumped by every change (each undo-stack step, each model replacement), so a background
    // analysis can tell whether the model it copied is still the current one.
    quint64 revision() const { return m_revision; }
    // Puts `threats` (adding or replacing by id), removes `removed` and sets the model's next
    // threat number; emits threatsChanged once with every id touched.
    // `stamp`, when given, becomes ModelInfo::lastAnalysis.
    void setThreats(EditKey, const std::vector<Threat> &threats, const std::vector<Id> &removed,
                    int nextThreatNumber, const std::optional<AnalysisStamp> &stamp = {});
    void addSuppression(EditKey, const Suppression &suppression);
    void removeSuppression(EditKey, const Id &element, const std::string &ruleId);

    // --- traceability: records to put (a value) or remove (nullopt), and the model information
    // (risk scheme, independence rules, id counters). Emits traceChanged (and modelInfoChanged
    // when the information changes).
    struct TraceRecords {
        std::map<Id, std::optional<Mitigation>> mitigations;
        std::map<Id, std::optional<Requirement>> requirements;
        std::map<Id, std::optional<VerificationTest>> tests;
        std::map<Id, std::optional<Person>> people;
        std::map<Id, std::optional<Hazard>> hazards;
        std::optional<ModelInfo> info;
    };
    void setTraceRecords(EditKey, const TraceRecords &records);

    // --- review meetings: puts (a value) or removes (nullopt) the review `id`; emits
    // reviewsChanged.
    void setReview(EditKey, const Id &id, const std::optional<Review> &review);

    // --- merge conflicts: replaces the model's content with `model` (a conflict settled by
    // taking the other side's value), keeping the file, the undo stack and the unsaved steps;
    // the audit trail notes `record` as what changed. Emits modelReset. The next save writes
    // the whole model.
    void setModelContent(EditKey, const ThreatModel &model, const Id &record);

    // --- baselines (model/Baselines.h): puts (a value) or removes (nullopt) the baseline `id`,
    // e.g. with an approval added; emits baselinesChanged.
    void setBaseline(EditKey, const Id &id, const std::optional<Baseline> &baseline);

    // --- the audit trail: every undo step done, undone or redone since the last save, with the
    // ids it touched, goes into the model's history when the file is next saved (one entry per
    // step; repeats of one step in a row, such as keyboard nudges, as one).
    // Who the entries name: `name`, or the operating system's user when it is empty.
    void setAuthor(const QString &name);
    QString author() const;
    // The steps the next save records, oldest first.
    const std::vector<HistoryAction> &unsavedSteps() const { return m_unsavedSteps; }
    // Collecting what one command touches: begin before it changes the model, end after; the
    // outermost pair records the step as `text`, or adds what it touched to the step before it
    // (`joinPrevious`: the automatic analysis that joins its edit's undo step).
    void beginStep(EditKey);
    void endStep(EditKey, const QString &text, bool joinPrevious = false);

    // A frozen document shows a baseline of the file `source` (Model > Baselines > Open
    // Read-Only): push() drops every command and, for an edit a view already shows (a drag, a
    // typed name), emits editRefused and then modelReset, so every view shows the baseline again.
    void freezeAsBaseline(const Baseline &baseline, const QString &source);
    bool isFrozen() const { return m_baseline.has_value(); }
    // The baseline's record (without its snapshot) and the file it is kept in.
    const std::optional<Baseline> &frozenBaseline() const { return m_baseline; }
    QString frozenSource() const { return m_baselineSource; }

    // --- canvas: trust zones drawn on the canvas and membership set from geometry
    void addBoundary(EditKey, const TrustBoundary &boundary, const Id &diagram, const Rect &rect);
    RemovedBoundary removeBoundary(EditKey, const Id &boundary);
    void restoreBoundary(EditKey, const RemovedBoundary &removed);
    // Moves `element` into zone `boundary` (empty: into none); emits boundaryChanged for the
    // zone it left and the zone it joined.
    void setMembership(EditKey, const Id &element, const Id &boundary);

signals:
    void elementAdded(const vigil::Id &id);
    void elementRemoved(const vigil::Id &id);
    void elementChanged(const vigil::Id &id);
    void flowAdded(const vigil::Id &id);
    void flowRemoved(const vigil::Id &id);
    void flowChanged(const vigil::Id &id);
    void boundaryAdded(const vigil::Id &id);
    void boundaryRemoved(const vigil::Id &id);
    void boundaryChanged(const vigil::Id &id);
    void diagramAdded(const vigil::Id &id);
    void diagramRemoved(const vigil::Id &id);
    void diagramChanged(const vigil::Id &id);
    // A node rectangle or flow layout on `diagram` was set or removed.
    void layoutChanged(const vigil::Id &diagram, const vigil::Id &item);
    // The whole model was replaced (new, open): rebuild everything.
    void modelReset();
    // Path, format, read-only flag or display name changed.
    void fileChanged();
    void modifiedChanged(bool modified);
    // panels: the model's name, description, security context, assumptions or scope changed.
    void modelInfoChanged();
    // threats: threat records were added, changed or removed.
    void threatsChanged(const std::vector<vigil::Id> &ids);
    // threats: a suppression of `element` was added, changed or removed.
    void suppressionsChanged(const vigil::Id &element);
    // traceability: mitigations, requirements, tests, people, hazards or the risk scheme and
    // independence rules changed (threat links arrive as threatsChanged).
    void traceChanged();
    // reviews: the review record `id` was added, changed or removed.
    void reviewsChanged(const vigil::Id &id);
    // baselines: the baseline `id` was added, approved or removed.
    void baselinesChanged(const vigil::Id &id);
    // the audit trail: a save recorded entries in the model's history.
    void historyChanged();
    // A frozen document dropped an edit (see freezeAsBaseline).
    void editRefused();

private:
    void replaceModel(ThreatModel model);
    // Puts the unsaved steps into the model's history before a save; returns the entries added,
    // which forgetHistory() takes out again when the save fails.
    std::vector<Id> recordUnsavedSteps();
    void forgetHistory(const std::vector<Id> &entries);
    void savedWithHistory(const std::vector<Id> &entries);

    ThreatModel m_model;
    QUndoStack m_undoStack;
    QString m_filePath;
    QString m_untitledName;
    ModelFormat m_format = ModelFormat::VigilDocument;
    bool m_readOnly = false;
    // The .vigil file whose content matches the model as of its journal's last clear: only that
    // file can be saved incrementally.
    QString m_syncedVigilPath;
    FileStamp m_stamp;
    QStringList m_openWarnings;
    bool m_fileChangedOnSave = false;
    quint64 m_revision = 0; // threats: see revision()
    QString m_author;
    std::vector<HistoryAction> m_unsavedSteps;
    std::vector<std::pair<Table, std::string>> m_stepTouches;
    int m_stepDepth = 0;
    std::optional<Baseline> m_baseline; // set: frozen
    QString m_baselineSource;
    bool m_resetPending = false;
};

} // namespace vigil
