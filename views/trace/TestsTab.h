#pragma once

// The Tests tab of the traceability workspace: the verification tests (VT-nnn) of the IEC
// 81001-5-1 clause 5.7 kinds, what each verifies, how it is run and with what result, who
// performed it and whose work it verifies, and a live line saying whether the tester is
// independent enough of the developer (clause 5.7.5, the model's independence rules).

#include "views/trace/RecordTab.h"

#include <QStringList>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace vigil {

class TestsTab final : public tracepanel::RecordTab {
    Q_OBJECT

public:
    enum Column { Identifier, Kind, Verifies, Result, PerformedBy, Developer, Date, ColumnCount };

    explicit TestsTab(Document *document, QWidget *parent = nullptr);

    QLabel *idLabel() const { return m_id; }
    QComboBox *kindCombo() const { return m_kind; }
    tracepanel::LinkList *verifiesList() const { return m_verifies; }
    tracepanel::CommitTextEdit *procedureField() const { return m_procedure; }
    QLineEdit *toolField() const { return m_tool; }
    QLineEdit *toolVersionField() const { return m_toolVersion; }
    QComboBox *resultCombo() const { return m_result; }
    QLineEdit *evidenceField() const { return m_evidence; }
    QLineEdit *dateField() const { return m_date; }
    QToolButton *todayButton() const { return m_today; }
    QComboBox *performedByCombo() const { return m_performedBy; }
    QComboBox *developerCombo() const { return m_developer; }
    QLineEdit *automationField() const { return m_automation; }
    QLabel *independenceLine() const { return m_independence; }

    QVariant cell(const Id &id, int column, int role) const override;

protected:
    std::vector<Id> recordIds() const override;
    void addRecord() override;
    void removeRecords(const std::vector<Id> &ids) override;
    void refreshDetails() override;
    QString countText(int shown, int total) const override;

private:
    QWidget *createDetails();
    QComboBox *personCombo(const QString &name);
    void fillPeople();
    const VerificationTest *current() const;
    template<typename Change>
    void editCurrent(const QString &text, Change change);
    void pickVerified();
    void unlinkVerified(const std::vector<Id> &items);
    void showIndependence(const VerificationTest &test);
    QString verifiesText(const VerificationTest &test) const;

    QLabel *m_id = nullptr;
    QComboBox *m_kind = nullptr;
    tracepanel::LinkList *m_verifies = nullptr;
    tracepanel::CommitTextEdit *m_procedure = nullptr;
    QLineEdit *m_tool = nullptr;
    QLineEdit *m_toolVersion = nullptr;
    QComboBox *m_result = nullptr;
    QLineEdit *m_evidence = nullptr;
    QLineEdit *m_date = nullptr;
    QToolButton *m_today = nullptr;
    QComboBox *m_performedBy = nullptr;
    QComboBox *m_developer = nullptr;
    QLineEdit *m_automation = nullptr;
    QLabel *m_independence = nullptr;
    QStringList m_people; // id, name and tooltip of each person the combos list
};

} // namespace vigil
