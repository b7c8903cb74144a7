#pragma once

// The Risk & Independence tab of the traceability workspace: the model's risk scheme (the names
// of the exploitability and severity levels, which cells of the matrix are acceptable, the CVSS
// score below which a risk is acceptable) and the tester independence each clause 5.7 kind of
// test needs (IEC 81001-5-1 clause 5.7.5). Every change is one undo step.

#include "model/ThreatModel.h"

#include <QWidget>

#include <array>
#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace vigil {

class Document;

class RiskSettingsTab final : public QWidget {
    Q_OBJECT

public:
    static constexpr int kMinLevels = 2;
    static constexpr int kMaxLevels = 5;

    explicit RiskSettingsTab(Document *document, QWidget *parent = nullptr);

    QListWidget *exploitabilityList() const { return m_exploitability.list; }
    QListWidget *severityList() const { return m_severity.list; }
    QPushButton *addExploitabilityButton() const { return m_exploitability.add; }
    QPushButton *removeExploitabilityButton() const { return m_exploitability.remove; }
    QPushButton *addSeverityButton() const { return m_severity.add; }
    QPushButton *removeSeverityButton() const { return m_severity.remove; }
    // Rows are exploitability levels, columns severity levels, lowest first.
    QTableWidget *acceptableGrid() const { return m_grid; }
    QDoubleSpinBox *cvssThreshold() const { return m_cvss; }
    // The rule for one of kTestKinds; null for another text.
    QComboBox *independenceCombo(std::string_view testKind) const;
    QPushButton *restoreDefaultsButton() const { return m_restore; }

private:
    // One axis of the matrix: its level names and the buttons that add and remove levels.
    struct Axis {
        QListWidget *list = nullptr;
        QPushButton *add = nullptr;
        QPushButton *remove = nullptr;
    };
    QWidget *createAxis(Axis &axis, const QString &name, const QString &title);
    void refresh();
    void refreshAxis(Axis &axis, const std::vector<std::string> &levels);
    void refreshGrid(const RiskScheme &scheme);
    void editInfo(const QString &text, const std::function<void(ModelInfo &)> &change);
    void renameLevel(bool exploitability, int index, const QString &name);
    void addLevel(bool exploitability);
    void removeLevel(bool exploitability);

    Document *m_document;
    Axis m_exploitability;
    Axis m_severity;
    QTableWidget *m_grid = nullptr;
    QDoubleSpinBox *m_cvss = nullptr;
    std::array<QComboBox *, 4> m_independence{}; // in kTestKinds order
    QPushButton *m_restore = nullptr;
    bool m_refreshing = false;
};

} // namespace vigil
