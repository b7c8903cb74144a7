#pragma once

// Undo commands: every edit the GUI makes to a model (views/Document.h). Each stores ids and
// value snapshots, never pointers into the model, looks the model up again by id, and marks
// itself obsolete when it would change nothing (STYLE.md: modelinglib, Qt undoframework).

#include "model/ThreatModel.h"
#include "model/Types.h"
#include "views/document/Document.h"
#include "views/document/ThreatChangeSet.h"

#include <QString>
#include <QUndoCommand>

#include <map>
#include <optional>
#include <string>

namespace vigil {

class Document;

// Every document command shares one merge id, so that the automatic analysis an edit starts can
// join that edit's undo step (see absorbsAnalysis); commands that merge among themselves (nudges)
// say so in mergeEdit.
inline constexpr int kDocumentCommandMergeId = 3000;

// Base of every command: gives access to the Document's mutators through its EditKey, and
// carries the threat updates of the automatic analysis that followed the edit, so that one undo
// takes back the edit and what it did to the threats.
class DocumentCommand : public QUndoCommand {
public:
    explicit DocumentCommand(Document *document, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent), m_document(document)
    {}

    void undo() final;
    void redo() final;
    int id() const final { return kDocumentCommandMergeId; }
    bool mergeWith(const QUndoCommand *other) final;

    // An automatic analysis result that may join the step before it (ThreatAnalyzer sets it).
    void setAbsorbable(bool absorbable) { m_absorbable = absorbable; }
    bool isAbsorbable() const { return m_absorbable; }
    const ThreatChangeSet &absorbedAnalysis() const { return m_analysis; }

protected:
    virtual void undoEdit() = 0;
    virtual void redoEdit() = 0;
    // Merges a later command of the same kind into this one (keyboard nudges); false: keep both.
    virtual bool mergeEdit(const QUndoCommand *) { return false; }
    // The threat changes this command makes itself, for absorbing (UpdateThreatsCommand).
    virtual const ThreatChangeSet *ownThreatChanges() const { return nullptr; }
    Document *document() const { return m_document; }
    static Document::EditKey key() { return {}; }

private:
    Document *m_document;
    ThreatChangeSet m_analysis; // what the analysis after this edit did to the threats
    bool m_absorbable = false;
    bool m_done = false; // redone once: a later redo is the user's Redo
};

// Moves or resizes nodes (elements, zones) of one diagram: one undo step per drag. Keyboard
// nudges of the same selection merge into one step.
class MoveNodesCommand final : public DocumentCommand {
public:
    enum class Kind { Drag, Nudge };

    MoveNodesCommand(Document *document, Id diagram, std::map<Id, Rect> before,
                     std::map<Id, Rect> after, Kind kind = Kind::Drag,
                     QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;
    bool mergeEdit(const QUndoCommand *other) override;

private:
    void apply(const std::map<Id, Rect> &rects);

    Id m_diagram;
    std::map<Id, Rect> m_before;
    std::map<Id, Rect> m_after;
    Kind m_kind;
};

// Renames an element, a flow or a trust zone.
class RenameCommand final : public DocumentCommand {
public:
    RenameCommand(Document *document, Id item, std::string newName,
                  QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    void apply(const std::string &name);

    Id m_item;
    std::string m_oldName;
    std::string m_newName;
};

// Sets (or with nullopt removes) one catalogue property of an element or a flow.
class SetPropertyCommand final : public DocumentCommand {
public:
    SetPropertyCommand(Document *document, Id item, std::string key,
                       std::optional<PropertyValue> value, QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    void apply(const std::optional<PropertyValue> &value);

    Id m_item;
    std::string m_key;
    std::optional<PropertyValue> m_oldValue;
    std::optional<PropertyValue> m_newValue;
};

// Adds an element, placed on one diagram.
class AddElementCommand final : public DocumentCommand {
public:
    AddElementCommand(Document *document, Element element, Id diagram, Rect rect,
                      QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    Element m_element;
    Id m_diagram;
    Rect m_rect;
};

// Deletes an element with its flows, zone membership and layout; undo restores all of it.
class RemoveElementCommand final : public DocumentCommand {
public:
    RemoveElementCommand(Document *document, Id element, QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    Id m_element;
    RemovedElement m_removed;
};

// Deletes a flow with its layout on every diagram.
class RemoveFlowCommand final : public DocumentCommand {
public:
    RemoveFlowCommand(Document *document, Id flow, QUndoCommand *parent = nullptr);
    void undoEdit() override;
    void redoEdit() override;

private:
    Id m_flow;
    RemovedFlow m_removed;
};

} // namespace vigil
