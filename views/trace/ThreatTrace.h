#pragma once

// The traceability side of the threat detail panel, two pages the threats dock shows beside the
// decision: ThreatRiskPage (risk before and after mitigation, whether the residual risk is
// acceptable, handing the risk to safety risk management, recording who accepted a residual
// risk) for one threat, and ThreatLinksPage (the mitigations and hazards of one or more threats:
// link, unlink, create, and adopt the rule's suggested mitigations) for any selection. Every
// change is one EditTraceCommand.

#include "model/ThreatModel.h"

#include <QWidget>

#include <set>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace vigil {

namespace stride {
struct Rule;
struct SuggestedMitigation;
}

class Document;
class RiskEditor;
class TraceEdit;

// The rule that produced a threat, from the packs Vigil ships; null for a pack it lacks.
const stride::Rule *ruleOfThreat(const Threat &threat);

class ThreatRiskPage final : public QWidget {
    Q_OBJECT

public:
    explicit ThreatRiskPage(Document *document, QWidget *parent = nullptr);
    // The threat shown; anything but exactly one threat disables the page.
    void setThreats(const std::vector<Id> &threats);

    RiskEditor *beforeEditor() const { return m_before; }
    RiskEditor *afterEditor() const { return m_after; }
    QLabel *residualLabel() const { return m_residual; }
    QCheckBox *transferredBox() const { return m_transferred; }
    QLineEdit *rationaleField() const { return m_rationale; }
    QComboBox *acceptedByCombo() const { return m_acceptedBy; }
    QLineEdit *acceptedDateField() const { return m_acceptedDate; }

private:
    void refresh();
    const Threat *threat() const;
    void editThreat(const QString &text, Threat threat);
    void commitAcceptance();

    Document *m_document;
    Id m_threat;
    bool m_loading = false;
    QLabel *m_note = nullptr;
    QWidget *m_editors = nullptr;
    RiskEditor *m_before = nullptr;
    RiskEditor *m_after = nullptr;
    QLabel *m_residual = nullptr;
    QCheckBox *m_transferred = nullptr;
    QLineEdit *m_rationale = nullptr;
    QComboBox *m_acceptedBy = nullptr;
    QLineEdit *m_acceptedDate = nullptr;
    QPushButton *m_today = nullptr;
};

class ThreatLinksPage : public QWidget {
    Q_OBJECT

public:
    explicit ThreatLinksPage(Document *document, QWidget *parent = nullptr);
    void setThreats(const std::vector<Id> &threats);

    QListWidget *mitigationList() const { return m_mitigations; }
    QListWidget *suggestionList() const { return m_suggestions; }
    QListWidget *hazardList() const { return m_hazards; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *unlinkButton() const { return m_unlink; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *adoptButton() const { return m_adopt; }

    // Adopts suggestions for every shown threat: links the mitigation with the same title if the
    // model has one, else creates it (proposed, category and description from the rule).
    void adopt(const std::vector<stride::SuggestedMitigation> &suggestions);
    // Links or unlinks mitigations for every shown threat, one undo step.
    void setMitigationLinks(const std::set<Id> &link, const std::set<Id> &unlink);
    // Creates a proposed mitigation with this title and links it to every shown threat.
    void createMitigation(const QString &title);

signals:
    void showMitigationRequested(const vigil::Id &mitigation);

protected:
    // Asks for the links to set; overridden in tests.
    virtual bool pickMitigations(std::set<Id> *link, std::set<Id> *unlink);
    virtual QString askMitigationTitle();

private:
    void refresh();
    void pick();
    void unlinkSelected();
    void adoptSelected();
    void onHazardChanged();
    std::vector<const Threat *> threats() const;
    std::vector<stride::SuggestedMitigation> suggestions() const;

    Document *m_document;
    std::vector<Id> m_threats;
    bool m_loading = false;
    QListWidget *m_mitigations = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_unlink = nullptr;
    QPushButton *m_new = nullptr;
    QListWidget *m_suggestions = nullptr;
    QPushButton *m_adopt = nullptr;
    QListWidget *m_hazards = nullptr;
};

} // namespace vigil
