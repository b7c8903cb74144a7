#pragma once

// RiskEditor: one risk estimate of a threat, either a CVSS v3.1 base vector built from eight
// combo boxes (or pasted whole) with the score shown live, or a cell of the model's
// exploitability x severity matrix. It shows whether the estimate is acceptable under the
// model's risk scheme, with a symbol and a word, never colour alone. It edits nothing itself:
// riskEdited(risk) tells the owner, which pushes the undo command.

#include "model/Types.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace vigil {

class RiskEditor final : public QWidget {
    Q_OBJECT

public:
    explicit RiskEditor(QWidget *parent = nullptr);

    // Shows `risk` under `scheme` without emitting riskEdited.
    void setRisk(const Risk &risk, const RiskScheme &scheme);
    const Risk &risk() const { return m_risk; }

    QComboBox *methodCombo() const { return m_method; }
    QComboBox *metricCombo(int index) const { return m_metrics.at(static_cast<size_t>(index)); }
    QLineEdit *vectorField() const { return m_vector; }
    QComboBox *exploitabilityCombo() const { return m_exploitability; }
    QComboBox *severityCombo() const { return m_severity; }
    QLabel *resultLabel() const { return m_result; }

    // "✔ 3.1 low · acceptable" and the like, for other widgets that summarise a risk.
    static QString summary(const Risk &risk, const RiskScheme &scheme);

signals:
    void riskEdited(const vigil::Risk &risk);

private:
    void showRisk();
    void onMethodChosen();
    void onMetricChosen();
    void onVectorEdited();
    void onMatrixChosen();
    void fillMatrixCombos();
    void edit(Risk risk);

    Risk m_risk;
    RiskScheme m_scheme;
    bool m_loading = false;
    QComboBox *m_method = nullptr;
    QStackedWidget *m_pages = nullptr;
    std::vector<QComboBox *> m_metrics;
    QLineEdit *m_vector = nullptr;
    QComboBox *m_exploitability = nullptr;
    QComboBox *m_severity = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace vigil
