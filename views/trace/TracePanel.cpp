#include "views/trace/TracePanel.h"

#include "views/panels/WheelGuard.h"
#include "views/trace/HazardsTab.h"
#include "views/trace/MitigationsTab.h"
#include "views/trace/PeopleTab.h"
#include "views/trace/RequirementsTab.h"
#include "views/trace/RiskSettingsTab.h"
#include "views/trace/TestsTab.h"
#include "views/trace/TraceMatrix.h"

#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace vigil {

namespace {
const QString kTabKey = QStringLiteral("trace/tab");
} // namespace

TracePanel::TracePanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_tabs(new QTabWidget(this)),
      m_mitigations(new MitigationsTab(document)), m_requirements(new RequirementsTab(document)),
      m_tests(new TestsTab(document)), m_people(new PeopleTab(document)),
      m_hazards(new HazardsTab(document)), m_matrix(new TraceMatrixTab(document)),
      m_settings(new RiskSettingsTab(document))
{
    setObjectName(QStringLiteral("tracePanel"));
    m_tabs->setObjectName(QStringLiteral("traceTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    m_tabs->addTab(m_mitigations, tr("Mitigations"));
    m_tabs->addTab(m_requirements, tr("Requirements"));
    m_tabs->addTab(m_tests, tr("Tests"));
    m_tabs->addTab(m_people, tr("People"));
    m_tabs->addTab(m_hazards, tr("Hazards"));
    m_tabs->addTab(m_matrix, tr("Matrix"));
    m_tabs->addTab(m_settings, tr("Risk && Independence"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_matrix),
                          tr("Every path threat → mitigation → requirement → test"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_settings),
                          tr("The risk matrix, the CVSS threshold and the tester independence "
                             "rules"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    // Record forms and settings: the wheel scrolls them, it does not change a value in passing.
    for (QWidget *tab : std::initializer_list<QWidget *>{m_mitigations, m_requirements, m_tests,
                                                         m_people, m_hazards, m_settings})
        WheelGuard::protectChildren(tab);

    // Tabs are remembered by object name, so that adding a tab does not shift the choice.
    const QString saved = QSettings().value(kTabKey).toString();
    for (int i = 0; i < m_tabs->count(); ++i)
        if (m_tabs->widget(i)->objectName() == saved)
            m_tabs->setCurrentIndex(i);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (QWidget *tab = m_tabs->widget(index))
            QSettings().setValue(kTabKey, tab->objectName());
    });

    for (tracepanel::RecordTab *tab : std::initializer_list<tracepanel::RecordTab *>{
             m_mitigations, m_requirements, m_tests, m_people, m_hazards}) {
        connect(tab, &tracepanel::RecordTab::showThreatRequested, this,
                &TracePanel::showThreatRequested);
        connect(tab, &tracepanel::RecordTab::showRecordRequested, this,
                [this](const Id &id) { showRecord(QString::fromStdString(id)); });
    }
    connect(m_matrix, &TraceMatrixTab::showThreatRequested, this,
            &TracePanel::showThreatRequested);
    connect(m_matrix, &TraceMatrixTab::showRecordRequested, this,
            [this](const Id &id) { showRecord(QString::fromStdString(id)); });
}

TracePanel::~TracePanel() = default;

bool TracePanel::showRecord(const QString &id)
{
    const Id wanted = id.toStdString();
    for (tracepanel::RecordTab *tab : std::initializer_list<tracepanel::RecordTab *>{
             m_mitigations, m_requirements, m_tests, m_people, m_hazards}) {
        if (!tab->hasRecord(wanted))
            continue;
        m_tabs->setCurrentWidget(tab);
        return tab->selectRecord(wanted);
    }
    return false;
}

} // namespace vigil
