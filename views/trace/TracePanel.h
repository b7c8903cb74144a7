#pragma once

// TracePanel: the traceability workspace, the content of its dock. One tab per kind of record of
// the IEC 81001-5-1 chain (mitigations, requirements, tests, people, hazards), the traceability
// matrix threat -> mitigation -> requirement -> test, and the model's risk scheme and tester
// independence rules. Every edit is one undo step through TraceEdit and EditTraceCommand; the
// tabs update from the Document's signals and keep their selection by id.
//
// The panel never shows threats itself: it asks through showThreatRequested. Other docks show a
// record here through showRecord. The current tab, column widths and sort order are kept in
// QSettings under "trace/".

#include "model/Types.h"

#include <QWidget>

class QTabWidget;

namespace vigil {

class Document;
class HazardsTab;
class MitigationsTab;
class PeopleTab;
class RequirementsTab;
class RiskSettingsTab;
class TestsTab;
class TraceMatrixTab;

class TracePanel final : public QWidget {
    Q_OBJECT

public:
    explicit TracePanel(Document *document, QWidget *parent = nullptr);
    ~TracePanel() override;

    QTabWidget *tabs() const { return m_tabs; }
    MitigationsTab *mitigationsTab() const { return m_mitigations; }
    RequirementsTab *requirementsTab() const { return m_requirements; }
    TestsTab *testsTab() const { return m_tests; }
    PeopleTab *peopleTab() const { return m_people; }
    HazardsTab *hazardsTab() const { return m_hazards; }
    TraceMatrixTab *matrixTab() const { return m_matrix; }
    RiskSettingsTab *settingsTab() const { return m_settings; }

    // Finds the mitigation, requirement, test, person or hazard with this id, switches to its
    // tab, selects it and scrolls to it. False when no such record exists.
    bool showRecord(const QString &id);

signals:
    // The user asked to see a threat (a double-click on a linked threat or a matrix row).
    void showThreatRequested(const vigil::Id &threat);

private:
    Document *m_document;
    QTabWidget *m_tabs;
    MitigationsTab *m_mitigations;
    RequirementsTab *m_requirements;
    TestsTab *m_tests;
    PeopleTab *m_people;
    HazardsTab *m_hazards;
    TraceMatrixTab *m_matrix;
    RiskSettingsTab *m_settings;
};

} // namespace vigil
