#pragma once

// The Requirements tab of the traceability workspace: the security requirements (SR-nnn) with
// their text, source and status, the mitigations they specify (edited from this side too: the
// links live in Mitigation::requirements) and the verification tests that verify them.

#include "views/trace/RecordTab.h"

#include <map>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;

namespace vigil {

class RequirementsTab final : public tracepanel::RecordTab {
    Q_OBJECT

public:
    enum Column { Identifier, Text, Source, Status, Mitigations, Tests, VerifiedBy, ColumnCount };

    explicit RequirementsTab(Document *document, QWidget *parent = nullptr);

    QLabel *idLabel() const { return m_id; }
    tracepanel::CommitTextEdit *textField() const { return m_text; }
    QLineEdit *sourceField() const { return m_source; }
    QComboBox *statusCombo() const { return m_status; }
    tracepanel::LinkList *mitigationsList() const { return m_mitigations; }
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
    const Requirement *current() const;
    template<typename Change>
    void editCurrent(const QString &text, Change change);
    void pickMitigations();
    void unlinkMitigations(const std::vector<Id> &mitigations);
    // The tests verifying `requirement` in id order, and their worst result as a look.
    const std::vector<Id> &testsOf(const Id &requirement) const;
    tracepanel::StatusLook verifiedLook(const Id &requirement) const;

    QLabel *m_id = nullptr;
    tracepanel::CommitTextEdit *m_text = nullptr;
    QLineEdit *m_source = nullptr;
    QCompleter *m_sourceCompleter = nullptr;
    QComboBox *m_status = nullptr;
    tracepanel::LinkList *m_mitigations = nullptr;
    tracepanel::LinkList *m_tests = nullptr;
    std::map<Id, std::vector<Id>> m_mitigationsOf; // requirement -> mitigations
    std::map<Id, std::vector<Id>> m_testsOf;       // requirement -> tests
};

} // namespace vigil
