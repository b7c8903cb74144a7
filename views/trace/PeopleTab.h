#pragma once

// The People tab of the traceability workspace: who performs tests, develops what they verify
// and accepts residual risks, with the role, department and organisation that the independence
// rules of IEC 81001-5-1 clause 5.7.5 compare. Removing a person clears them from every test
// and acceptance that named them, in the same undo step.

#include "views/trace/RecordTab.h"

#include <map>

class QCompleter;
class QLineEdit;

namespace vigil {

class PeopleTab final : public tracepanel::RecordTab {
    Q_OBJECT

public:
    enum Column { Name, Role, Department, Organisation, Performed, Developed, ColumnCount };

    explicit PeopleTab(Document *document, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *roleField() const { return m_role; }
    QLineEdit *departmentField() const { return m_department; }
    QLineEdit *organisationField() const { return m_organisation; }
    tracepanel::LinkList *testsList() const { return m_tests; }

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
    const Person *current() const;
    template<typename Change>
    void editCurrent(const QString &text, Change change);

    QLineEdit *m_name = nullptr;
    QLineEdit *m_role = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_organisation = nullptr;
    QCompleter *m_departments = nullptr;
    QCompleter *m_organisations = nullptr;
    tracepanel::LinkList *m_tests = nullptr;
    std::map<Id, int> m_performed; // person -> tests performed
    std::map<Id, int> m_developed; // person -> tests verifying their work
};

} // namespace vigil
