#pragma once

// Starts a review meeting: which threats (all, undecided, changed since the last review; a
// diagram, an element, flow or zone, a category, a risk level), in what order, who attends
// (from the model's people) and when the team reviews again (a year on unless chosen). The
// date is today. The choices are remembered for the next review.

#include "model/ThreatModel.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;

namespace vigil {

class StartReviewDialog final : public QDialog {
    Q_OBJECT

public:
    // `today`: the review's date; `target` (may be empty): the element, flow or zone selected,
    // offered as the filter.
    StartReviewDialog(const ThreatModel &model, const QDate &today, const Id &target,
                      QWidget *parent = nullptr);

    // The review to start (id, date, attendees, scope, next date), as chosen.
    Review review() const;
    std::size_t selectedCount() const { return m_count; }

    QComboBox *threatsCombo() const { return m_threats; }
    QComboBox *diagramCombo() const { return m_diagram; }
    QComboBox *targetCombo() const { return m_target; }
    QComboBox *categoryCombo() const { return m_category; }
    QComboBox *riskCombo() const { return m_risk; }
    QComboBox *orderCombo() const { return m_order; }
    QListWidget *attendeesList() const { return m_attendees; }
    QLabel *countLabel() const { return m_countLabel; }

    void accept() override;

private:
    ReviewScope scope() const;
    void updateCount();
    void restoreChoices();

    const ThreatModel &m_model;
    QDate m_today;
    QComboBox *m_threats = nullptr;
    QComboBox *m_diagram = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_risk = nullptr;
    QComboBox *m_order = nullptr;
    QListWidget *m_attendees = nullptr;
    QDateEdit *m_nextReview = nullptr;
    QLabel *m_countLabel = nullptr;
    std::size_t m_count = 0;
};

} // namespace vigil
