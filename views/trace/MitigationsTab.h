#pragma once

// The Mitigations tab of the traceability workspace: the model's security controls in a table
// (title, FDA control category, defense-in-depth layer, device or environment, status, how many
// threats and requirements they link), a detail form, the requirements each control is specified
// by, and the threats that use it. Threats dragged from the threats dock (kThreatIdsMime of
// views/panels/ThreatsPanel.h) and dropped on a row are linked to that control in one undo step.

#include "views/trace/RecordTab.h"

#include <map>

class QComboBox;
class QLineEdit;

namespace vigil {

class MitigationsTab final : public tracepanel::RecordTab {
    Q_OBJECT

public:
    enum Column { Title, Category, Layer, Scope, Status, Threats, Requirements, ColumnCount };

    explicit MitigationsTab(Document *document, QWidget *parent = nullptr);

    QLineEdit *titleField() const { return m_title; }
    tracepanel::CommitTextEdit *descriptionField() const { return m_description; }
    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *layerCombo() const { return m_layer; }
    QComboBox *scopeCombo() const { return m_scope; }
    QComboBox *statusCombo() const { return m_status; }
    tracepanel::LinkList *requirementsList() const { return m_requirements; }
    tracepanel::LinkList *threatsList() const { return m_threats; }

    QVariant cell(const Id &id, int column, int role) const override;

    // Links the threats to the mitigation in one undo step (what a drop on its row does).
    // Unknown threat ids are skipped; returns how many threats got linked.
    int linkThreats(const Id &mitigation, const std::vector<Id> &threats);

protected:
    std::vector<Id> recordIds() const override;
    void addRecord() override;
    void removeRecords(const std::vector<Id> &ids) override;
    void refreshDetails() override;
    void recount() override;
    QString countText(int shown, int total) const override;

private:
    QWidget *createDetails();
    const Mitigation *current() const;
    template<typename Change>
    void editCurrent(const QString &text, Change change);
    void pickRequirements();
    void unlinkRequirements(const std::vector<Id> &requirements);

    QLineEdit *m_title = nullptr;
    tracepanel::CommitTextEdit *m_description = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_layer = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_status = nullptr;
    tracepanel::LinkList *m_requirements = nullptr;
    tracepanel::LinkList *m_threats = nullptr;
    std::map<Id, int> m_threatCounts; // mitigation -> threats that are not obsolete
};

} // namespace vigil
