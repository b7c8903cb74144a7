#pragma once

// The Hazards tab of the traceability workspace: the ISO 14971 hazards that security threats can
// lead to, by their reference in the risk management file, and the threats linked to each
// (threats link hazards on the threat's Links page).

#include "views/trace/RecordTab.h"

#include <map>

class QLineEdit;

namespace vigil {

class HazardsTab final : public tracepanel::RecordTab {
    Q_OBJECT

public:
    enum Column { Reference, Title, Threats, ColumnCount };

    explicit HazardsTab(Document *document, QWidget *parent = nullptr);

    QLineEdit *referenceField() const { return m_reference; }
    QLineEdit *titleField() const { return m_title; }
    tracepanel::CommitTextEdit *descriptionField() const { return m_description; }
    tracepanel::LinkList *threatsList() const { return m_threats; }

    QVariant cell(const Id &id, int column, int role) const override;

protected:
    std::vector<Id> recordIds() const override;
    void addRecord() override;
    void removeRecords(const std::vector<Id> &ids) override;
    void refreshDetails() override;
    void recount() override;
    QString countText(int shown, int total) const override;

private:
    QWidget *createDetails();
    const Hazard *current() const;
    template<typename Change>
    void editCurrent(const QString &text, Change change);
    QString nextReference() const; // HAZ-004 after HAZ-003, empty when the file uses no pattern

    QLineEdit *m_reference = nullptr;
    QLineEdit *m_title = nullptr;
    tracepanel::CommitTextEdit *m_description = nullptr;
    tracepanel::LinkList *m_threats = nullptr;
    std::map<Id, int> m_threatCounts; // hazard -> threats that are not obsolete
};

} // namespace vigil
