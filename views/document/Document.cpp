#include "views/document/Document.h"

#include "model/IsoDate.h"
#include "model/store/DocumentStore.h"
#include "views/document/Commands.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <filesystem>

namespace vigil {

std::filesystem::path toFsPath(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

namespace {

// The model layer's messages already name the file; this keeps that promise for anything else.
QString messageNamingFile(const QString &path, const std::exception &error)
{
    const QString message = QString::fromUtf8(error.what());
    const QString name = QFileInfo(path).fileName();
    if (message.contains(name))
        return message;
    return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), message);
}

} // namespace

Document::Document(QObject *parent) : QObject(parent)
{
    // threats: every edit, undo and redo moves the stack's index (merges emit it too).
    connect(&m_undoStack, &QUndoStack::indexChanged, this, [this] { ++m_revision; });
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

Document::~Document()
{
    // Commands may refer to the model while being deleted; drop them first.
    m_undoStack.clear();
}

void Document::push(QUndoCommand *command)
{
    if (m_baseline) { // a baseline: nothing changes it
        const auto *edit = dynamic_cast<const DocumentCommand *>(command);
        const bool shown = !edit || !edit->isAbsorbable(); // an analysis result was never shown
        delete command;
        if (shown && !m_resetPending) {
            // Later: the view that pushed is still in its handler.
            m_resetPending = true;
            emit editRefused();
            QTimer::singleShot(0, this, [this] {
                m_resetPending = false;
                emit modelReset();
            });
        }
        return;
    }
    // The stack would still redo() an obsolete command; one that changes nothing never runs.
    if (command->isObsolete()) {
        delete command;
        return;
    }
    m_undoStack.push(command);
}

QString Document::displayName() const
{
    if (m_filePath.isEmpty())
        return m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName;
    return QFileInfo(m_filePath).fileName();
}

void Document::replaceModel(ThreatModel model)
{
    m_undoStack.clear();
    m_unsavedSteps.clear();
    m_baseline.reset(); // another model: nothing frozen any more
    m_baselineSource.clear();
    m_model = std::move(model);
    ++m_revision; // threats
    emit modelReset();
    emit fileChanged();
}

void Document::newModel()
{
    ThreatModel model;
    ModelInfo info;
    info.name = tr("Untitled model").toStdString();
    model.setInfo(info);
    Diagram diagram;
    diagram.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    diagram.name = tr("Level 0 DFD").toStdString();
    diagram.kind = DiagramKind::Dfd;
    model.addDiagram(diagram);
    m_filePath.clear();
    m_untitledName.clear();
    m_syncedVigilPath.clear();
    m_stamp = {};
    m_openWarnings.clear();
    m_format = ModelFormat::VigilDocument;
    m_readOnly = false;
    replaceModel(std::move(model));
}

void Document::setUntitledModel(ThreatModel model, const QString &untitledName)
{
    m_filePath.clear();
    m_untitledName = untitledName;
    m_syncedVigilPath.clear();
    m_stamp = {};
    m_openWarnings.clear();
    m_format = ModelFormat::VigilDocument;
    m_readOnly = false;
    model.markEverythingChanged();
    replaceModel(std::move(model));
}

bool Document::open(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    OpenedModel opened;
    try {
        opened = openModelFile(toFsPath(absolute));
    } catch (const std::exception &failure) {
        if (error)
            *error = messageNamingFile(path, failure);
        return false;
    }
    m_filePath = absolute;
    m_untitledName.clear();
    m_format = opened.format;
    m_readOnly = opened.readOnly;
    m_syncedVigilPath = opened.format == ModelFormat::VigilDocument ? absolute : QString();
    m_stamp = opened.stamp;
    m_openWarnings.clear();
    for (const std::string &warning : opened.warnings)
        m_openWarnings << QString::fromStdString(warning);
    replaceModel(std::move(opened.model));
    return true;
}

bool Document::save(QString *error)
{
    if (isUntitled()) {
        if (error)
            *error = tr("The model has no file name yet; use Save As.");
        return false;
    }
    if (m_readOnly) {
        if (error)
            *error = tr("%1: the file is read-only; use Save As.")
                         .arg(QDir::toNativeSeparators(m_filePath));
        return false;
    }
    m_fileChangedOnSave = false;
    const std::vector<Id> entries = recordUnsavedSteps();
    try {
        if (m_format == ModelFormat::VigilJson) {
            writeModelJson(m_model, toFsPath(m_filePath), kMaxModelJsonBytes);
            m_model.clearChanges();
            m_syncedVigilPath.clear();
            m_stamp = fileStampOf(toFsPath(m_filePath));
        } else {
            const SaveMode mode =
                m_filePath == m_syncedVigilPath ? SaveMode::Incremental : SaveMode::Full;
            saveDocument(m_model, toFsPath(m_filePath), mode, m_stamp);
            m_syncedVigilPath = m_filePath;
        }
    } catch (const FileChangedError &failure) {
        forgetHistory(entries);
        m_fileChangedOnSave = true;
        if (error)
            *error = messageNamingFile(m_filePath, failure);
        return false;
    } catch (const std::exception &failure) {
        forgetHistory(entries);
        if (error)
            *error = messageNamingFile(m_filePath, failure);
        return false;
    }
    m_undoStack.setClean();
    savedWithHistory(entries);
    return true;
}

bool Document::saveAs(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool json = absolute.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    FileStamp stamp;
    const std::vector<Id> entries = recordUnsavedSteps();
    try {
        if (json) {
            writeModelJson(m_model, toFsPath(absolute), kMaxModelJsonBytes);
            m_model.clearChanges();
            stamp = fileStampOf(toFsPath(absolute));
        } else {
            saveDocument(m_model, toFsPath(absolute), SaveMode::Full, stamp);
        }
    } catch (const std::exception &failure) {
        forgetHistory(entries);
        if (error)
            *error = messageNamingFile(absolute, failure);
        return false;
    }
    m_filePath = absolute;
    m_untitledName.clear();
    m_format = json ? ModelFormat::VigilJson : ModelFormat::VigilDocument;
    m_readOnly = false;
    m_syncedVigilPath = json ? QString() : absolute;
    m_stamp = stamp;
    m_fileChangedOnSave = false;
    m_undoStack.setClean();
    savedWithHistory(entries);
    emit fileChanged();
    return true;
}

// ---------------------------------------------------------------- the audit trail

void Document::setAuthor(const QString &name)
{
    m_author = name.trimmed();
}

QString Document::author() const
{
    return m_author.isEmpty() ? QString::fromStdString(operatingSystemUser()) : m_author;
}

void Document::beginStep(EditKey)
{
    if (m_stepDepth++ == 0) {
        m_stepTouches.clear();
        m_model.setChangeTap(&m_stepTouches);
    }
}

void Document::endStep(EditKey, const QString &text, bool joinPrevious)
{
    if (--m_stepDepth > 0)
        return;
    m_model.setChangeTap(nullptr);
    std::vector<Id> ids = touchedIds(m_stepTouches);
    m_stepTouches.clear();
    const std::string action = text.toStdString();
    if (!m_unsavedSteps.empty()
        && (joinPrevious || m_unsavedSteps.back().action == action)) {
        // The same step again (nudges, repeated toggles): one entry with every id.
        std::vector<Id> &known = m_unsavedSteps.back().ids;
        for (Id &id : ids)
            if (std::find(known.begin(), known.end(), id) == known.end())
                known.push_back(std::move(id));
        return;
    }
    m_unsavedSteps.push_back({action, std::move(ids)});
}

std::vector<Id> Document::recordUnsavedSteps()
{
    if (m_unsavedSteps.empty())
        return {};
    return recordHistory(m_model, m_unsavedSteps, author().toStdString(),
                         std::chrono::system_clock::now());
}

void Document::forgetHistory(const std::vector<Id> &entries)
{
    for (const Id &id : entries)
        m_model.history().remove(id);
}

void Document::savedWithHistory(const std::vector<Id> &entries)
{
    m_unsavedSteps.clear();
    if (!entries.empty())
        emit historyChanged();
}

void Document::freezeAsBaseline(const Baseline &baseline, const QString &source)
{
    m_baseline = baseline;
    m_baseline->snapshot.clear();
    m_baselineSource = source;
    m_readOnly = true;
    emit fileChanged();
}

void Document::setModelContent(EditKey, const ThreatModel &model, const Id &record)
{
    // The tap of the step running now stays on the model it belongs to.
    std::vector<std::pair<Table, std::string>> *tap = m_stepDepth > 0 ? &m_stepTouches : nullptr;
    m_model = model;
    m_model.markEverythingChanged();
    m_model.setChangeTap(tap);
    if (tap)
        tap->emplace_back(Table::Conflict, record);
    ++m_revision;
    emit modelReset();
}

void Document::setBaseline(EditKey, const Id &id, const std::optional<Baseline> &baseline)
{
    if (baseline)
        m_model.baselines().put(*baseline);
    else
        m_model.baselines().remove(id);
    ++m_revision;
    emit baselinesChanged(id);
}

// ---------------------------------------------------------------- mutators

void Document::setNodeRect(EditKey, const Id &diagram, const Id &node, const Rect &rect)
{
    m_model.setNodeRect(diagram, node, rect);
    emit layoutChanged(diagram, node);
}

void Document::removeNode(EditKey, const Id &diagram, const Id &node)
{
    m_model.removeNode(diagram, node);
    emit layoutChanged(diagram, node);
}

void Document::setFlowLayout(EditKey, const Id &diagram, const Id &flow, const FlowLayout &layout)
{
    m_model.setFlowLayout(diagram, flow, layout);
    emit layoutChanged(diagram, flow);
}

void Document::updateElement(EditKey, const Element &element)
{
    m_model.updateElement(element);
    emit elementChanged(element.id);
}

void Document::updateFlow(EditKey, const Flow &flow)
{
    m_model.updateFlow(flow);
    emit flowChanged(flow.id);
}

void Document::updateBoundary(EditKey, const TrustBoundary &boundary)
{
    m_model.updateBoundary(boundary);
    emit boundaryChanged(boundary.id);
}

void Document::addElement(EditKey, const Element &element, const Id &diagram, const Rect &rect)
{
    m_model.addElement(element);
    if (!diagram.empty())
        m_model.setNodeRect(diagram, element.id, rect);
    emit elementAdded(element.id);
}

RemovedElement Document::removeElement(EditKey, const Id &element)
{
    RemovedElement removed = m_model.removeElement(element);
    for (const Flow &flow : removed.flows)
        emit flowRemoved(flow.id);
    emit elementRemoved(element);
    if (!removed.boundary.empty())
        emit boundaryChanged(removed.boundary);
    return removed;
}

void Document::restoreElement(EditKey, const RemovedElement &removed)
{
    m_model.restoreElement(removed);
    emit elementAdded(removed.element.id);
    for (const Flow &flow : removed.flows)
        if (m_model.flow(flow.id))
            emit flowAdded(flow.id);
    if (!removed.boundary.empty())
        emit boundaryChanged(removed.boundary);
}

void Document::addFlow(EditKey, const Flow &flow, const Id &diagram)
{
    m_model.addFlow(flow);
    if (!diagram.empty())
        m_model.setFlowLayout(diagram, flow.id, {});
    emit flowAdded(flow.id);
}

RemovedFlow Document::removeFlow(EditKey, const Id &flow)
{
    RemovedFlow removed = m_model.removeFlow(flow);
    emit flowRemoved(flow);
    return removed;
}

void Document::restoreFlow(EditKey, const RemovedFlow &removed)
{
    m_model.restoreFlow(removed);
    emit flowAdded(removed.flow.id);
}

void Document::updateDiagramInfo(EditKey, const Diagram &diagram)
{
    m_model.updateDiagramInfo(diagram);
    emit diagramChanged(diagram.id);
}

// ---------------------------------------------------------------- panels

void Document::setModelInfo(EditKey, const ModelInfo &info)
{
    m_model.setInfo(info);
    emit modelInfoChanged();
}

void Document::addDiagram(EditKey, const Diagram &diagram)
{
    m_model.addDiagram(diagram);
    emit diagramAdded(diagram.id);
}

Diagram Document::removeDiagram(EditKey, const Id &diagram)
{
    Diagram removed = m_model.removeDiagram(diagram);
    emit diagramRemoved(diagram);
    return removed;
}

void Document::removeFlowLayout(EditKey, const Id &diagram, const Id &flow)
{
    m_model.removeFlowLayout(diagram, flow);
    emit layoutChanged(diagram, flow);
}

void Document::setRecoveredModel(ThreatModel model, const QString &originalPath,
                                 const QString &untitledName)
{
    m_filePath = originalPath.isEmpty() ? QString() : QFileInfo(originalPath).absoluteFilePath();
    m_untitledName = untitledName;
    m_syncedVigilPath.clear();
    m_stamp = {};
    m_openWarnings.clear();
    m_format = originalPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                   ? ModelFormat::VigilJson
                   : ModelFormat::VigilDocument;
    m_readOnly = false;
    model.markEverythingChanged();
    replaceModel(std::move(model));
    m_undoStack.resetClean();
}

// ---------------------------------------------------------------- threats

void Document::setThreats(EditKey, const std::vector<Threat> &threats,
                          const std::vector<Id> &removed, int nextThreatNumber,
                          const std::optional<AnalysisStamp> &stamp)
{
    std::vector<Id> ids;
    ids.reserve(threats.size() + removed.size());
    for (const Threat &threat : threats) {
        ids.push_back(threat.id);
        m_model.threats().put(threat);
    }
    for (const Id &id : removed)
        if (m_model.threats().remove(id))
            ids.push_back(id);
    if (m_model.info().nextThreatNumber != nextThreatNumber
        || (stamp && !(m_model.info().lastAnalysis == *stamp))) {
        ModelInfo info = m_model.info();
        info.nextThreatNumber = nextThreatNumber;
        if (stamp)
            info.lastAnalysis = *stamp;
        m_model.setInfo(std::move(info));
    }
    ++m_revision;
    emit threatsChanged(ids);
}

namespace {
template<typename T>
void applyRecords(Records<T> &records, const std::map<Id, std::optional<T>> &changes)
{
    for (const auto &[id, value] : changes) {
        if (value)
            records.put(*value);
        else
            records.remove(id);
    }
}
} // namespace

void Document::setTraceRecords(EditKey, const TraceRecords &records)
{
    applyRecords(m_model.mitigations(), records.mitigations);
    applyRecords(m_model.requirements(), records.requirements);
    applyRecords(m_model.tests(), records.tests);
    applyRecords(m_model.people(), records.people);
    applyRecords(m_model.hazards(), records.hazards);
    if (records.info)
        m_model.setInfo(*records.info);
    ++m_revision;
    emit traceChanged();
    if (records.info)
        emit modelInfoChanged();
}

void Document::setReview(EditKey, const Id &id, const std::optional<Review> &review)
{
    if (review)
        m_model.reviews().put(*review);
    else
        m_model.reviews().remove(id);
    ++m_revision;
    emit reviewsChanged(id);
}

void Document::addSuppression(EditKey, const Suppression &suppression)
{
    m_model.addSuppression(suppression);
    ++m_revision;
    emit suppressionsChanged(suppression.element);
}

void Document::removeSuppression(EditKey, const Id &element, const std::string &ruleId)
{
    m_model.removeSuppression(element, ruleId);
    ++m_revision;
    emit suppressionsChanged(element);
}

// ---------------------------------------------------------------- canvas

void Document::addBoundary(EditKey, const TrustBoundary &boundary, const Id &diagram,
                           const Rect &rect)
{
    m_model.addBoundary(boundary);
    if (!diagram.empty())
        m_model.setNodeRect(diagram, boundary.id, rect);
    emit boundaryAdded(boundary.id);
    if (!boundary.parent.empty())
        emit boundaryChanged(boundary.parent);
}

RemovedBoundary Document::removeBoundary(EditKey, const Id &boundary)
{
    RemovedBoundary removed = m_model.removeBoundary(boundary);
    emit boundaryRemoved(boundary);
    for (const Id &child : removed.children)
        emit boundaryChanged(child);
    if (!removed.boundary.parent.empty())
        emit boundaryChanged(removed.boundary.parent);
    return removed;
}

void Document::restoreBoundary(EditKey, const RemovedBoundary &removed)
{
    m_model.restoreBoundary(removed);
    emit boundaryAdded(removed.boundary.id);
    for (const Id &child : removed.children)
        emit boundaryChanged(child);
    if (!removed.boundary.parent.empty())
        emit boundaryChanged(removed.boundary.parent);
}

void Document::setMembership(EditKey, const Id &element, const Id &boundary)
{
    const Id previous = m_model.setMembership(element, boundary);
    if (previous == boundary)
        return;
    if (!previous.empty())
        emit boundaryChanged(previous);
    if (!boundary.empty())
        emit boundaryChanged(boundary);
}

} // namespace vigil
