#include "views/document/ThreatCommands.h"

#include "stride/RulePack.h"

namespace vigil {

// ---------------------------------------------------------------- UpdateThreatsCommand

UpdateThreatsCommand::UpdateThreatsCommand(Document *document, ThreatChangeSet changes,
                                           ThreatUpdateSummary summary, QUndoCommand *parent)
    : DocumentCommand(document, parent), m_changes(std::move(changes)), m_summary(summary)
{
    updateText();
    setObsolete(m_changes.isEmpty());
}

void UpdateThreatsCommand::updateText()
{
    const int added = static_cast<int>(m_summary.added);
    const int obsoleted = static_cast<int>(m_summary.obsoleted);
    if (added == 0 && obsoleted == 0)
        setText(tr("Update threats"));
    else
        setText(tr("Update threats (%1 new, %2 obsolete)").arg(added).arg(obsoleted));
}

void UpdateThreatsCommand::undoEdit()
{
    m_changes.undo(document(), key());
}

void UpdateThreatsCommand::redoEdit()
{
    m_changes.redo(document(), key());
}

bool UpdateThreatsCommand::mergeEdit(const QUndoCommand *other)
{
    const auto *later = dynamic_cast<const UpdateThreatsCommand *>(other);
    if (!later)
        return false;
    m_changes.append(later->m_changes);
    m_summary.added += later->m_summary.added;
    m_summary.obsoleted += later->m_summary.obsoleted;
    m_summary.revived += later->m_summary.revived;
    updateText();
    setObsolete(m_changes.isEmpty());
    return true;
}

// ---------------------------------------------------------------- EditThreatsCommand

EditThreatsCommand::EditThreatsCommand(Document *document, QUndoCommand *parent)
    : DocumentCommand(document, parent)
{
    const int next = document->model().info().nextThreatNumber;
    m_changes.setNextThreatNumber(next, next);
}

void EditThreatsCommand::undoEdit()
{
    m_changes.undo(document(), key());
}

void EditThreatsCommand::redoEdit()
{
    m_changes.redo(document(), key());
}

QString EditThreatsCommand::subject() const
{
    const auto &changes = m_changes.changes();
    if (changes.size() == 1 && changes.begin()->second.before)
        return QCoreApplication::translate("EditThreatsCommand", "threat #%1")
            .arg(changes.begin()->second.before->number);
    const int count = static_cast<int>(changes.size());
    return QCoreApplication::translate("EditThreatsCommand", "%n threat(s)", nullptr, count);
}

SetThreatStatusCommand::SetThreatStatusCommand(Document *document,
                                               const std::vector<Id> &threats,
                                               ThreatStatus status, QUndoCommand *parent)
    : EditThreatsCommand(document, parent)
{
    build(threats, [status](Threat &threat) { threat.status = status; });
    setText(tr("Set status of %1 to %2").arg(subject(), threatStatusLabel(status)));
}

SetThreatJustificationCommand::SetThreatJustificationCommand(Document *document,
                                                             const std::vector<Id> &threats,
                                                             std::string justification,
                                                             QUndoCommand *parent)
    : EditThreatsCommand(document, parent)
{
    build(threats, [&justification](Threat &threat) { threat.justification = justification; });
    setText(tr("Edit justification of %1").arg(subject()));
}

// ---------------------------------------------------------------- SetSuppressionCommand

SetSuppressionCommand::SetSuppressionCommand(Document *document, Id element, std::string ruleId,
                                             std::optional<std::string> reason,
                                             QUndoCommand *parent)
    : DocumentCommand(document, parent), m_element(std::move(element)),
      m_ruleId(std::move(ruleId)), m_after(std::move(reason))
{
    const ThreatModel &model = document->model();
    if (const Suppression *existing = model.suppression(m_element, m_ruleId))
        m_before = existing->reason;
    const int next = model.info().nextThreatNumber;
    m_analysis.setNextThreatNumber(next, next);
    const Element *target = model.element(m_element);
    const QString name = QString::fromStdString(target ? target->name : m_element);
    const QString rule = QString::fromStdString(m_ruleId);
    if (m_after)
        setText(tr("Suppress rule %1 for \"%2\"").arg(rule, name));
    else
        setText(tr("Stop suppressing rule %1 for \"%2\"").arg(rule, name));
    setObsolete(m_before == m_after || !target);
}

void SetSuppressionCommand::apply(const std::optional<std::string> &reason)
{
    if (reason)
        document()->addSuppression(key(), Suppression{m_element, m_ruleId, *reason});
    else
        document()->removeSuppression(key(), m_element, m_ruleId);
}

void SetSuppressionCommand::redoEdit()
{
    apply(m_after);
    m_analysis.redo(document(), key());
}

void SetSuppressionCommand::undoEdit()
{
    m_analysis.undo(document(), key());
    apply(m_before);
}

bool SetSuppressionCommand::mergeEdit(const QUndoCommand *other)
{
    const auto *update = dynamic_cast<const UpdateThreatsCommand *>(other);
    if (!update)
        return false;
    m_analysis.append(update->changes());
    return true;
}

// ---------------------------------------------------------------- labels

QString threatStatusLabel(ThreatStatus status)
{
    switch (status) {
    case ThreatStatus::Open: return QCoreApplication::translate("Threats", "Open");
    case ThreatStatus::NeedsInvestigation:
        return QCoreApplication::translate("Threats", "Needs investigation");
    case ThreatStatus::Mitigated: return QCoreApplication::translate("Threats", "Mitigated");
    case ThreatStatus::Accepted: return QCoreApplication::translate("Threats", "Accepted");
    case ThreatStatus::Transferred: return QCoreApplication::translate("Threats", "Transferred");
    case ThreatStatus::NotApplicable:
        return QCoreApplication::translate("Threats", "Not applicable");
    case ThreatStatus::Obsolete: return QCoreApplication::translate("Threats", "Obsolete");
    case ThreatStatus::Suppressed: return QCoreApplication::translate("Threats", "Suppressed");
    }
    return {};
}

QString severityLabel(const std::string &severity)
{
    switch (stride::severityRank(severity)) {
    case 0: return QCoreApplication::translate("Threats", "Low");
    case 1: return QCoreApplication::translate("Threats", "Medium");
    case 2: return QCoreApplication::translate("Threats", "High");
    case 3: return QCoreApplication::translate("Threats", "Critical");
    default: return QString::fromStdString(severity);
    }
}

QString strideCategoryLabel(StrideCategory category)
{
    switch (category) {
    case StrideCategory::Spoofing: return QCoreApplication::translate("Threats", "Spoofing");
    case StrideCategory::Tampering: return QCoreApplication::translate("Threats", "Tampering");
    case StrideCategory::Repudiation:
        return QCoreApplication::translate("Threats", "Repudiation");
    case StrideCategory::InformationDisclosure:
        return QCoreApplication::translate("Threats", "Information disclosure");
    case StrideCategory::DenialOfService:
        return QCoreApplication::translate("Threats", "Denial of service");
    case StrideCategory::ElevationOfPrivilege:
        return QCoreApplication::translate("Threats", "Elevation of privilege");
    }
    return {};
}

} // namespace vigil
