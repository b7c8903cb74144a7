#include "views/trace/RiskEditor.h"

#include "stride/Cvss.h"
#include "stride/Risk.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <map>

namespace vigil {

namespace {

enum Page { NonePage, CvssPage, MatrixPage };

// The CVSS metric names and value labels as stride/Cvss.h spells them, for lupdate.
[[maybe_unused]] constexpr const char *kCvssTexts[] = {
    QT_TRANSLATE_NOOP("Cvss", "Attack Vector"), QT_TRANSLATE_NOOP("Cvss", "Attack Complexity"),
    QT_TRANSLATE_NOOP("Cvss", "Privileges Required"),
    QT_TRANSLATE_NOOP("Cvss", "User Interaction"), QT_TRANSLATE_NOOP("Cvss", "Scope"),
    QT_TRANSLATE_NOOP("Cvss", "Confidentiality"), QT_TRANSLATE_NOOP("Cvss", "Integrity"),
    QT_TRANSLATE_NOOP("Cvss", "Availability"), QT_TRANSLATE_NOOP("Cvss", "Network"),
    QT_TRANSLATE_NOOP("Cvss", "Adjacent"), QT_TRANSLATE_NOOP("Cvss", "Adjacent Network"),
    QT_TRANSLATE_NOOP("Cvss", "Local"), QT_TRANSLATE_NOOP("Cvss", "Physical"),
    QT_TRANSLATE_NOOP("Cvss", "Low"), QT_TRANSLATE_NOOP("Cvss", "High"),
    QT_TRANSLATE_NOOP("Cvss", "None"), QT_TRANSLATE_NOOP("Cvss", "Required"),
    QT_TRANSLATE_NOOP("Cvss", "Unchanged"), QT_TRANSLATE_NOOP("Cvss", "Changed"),
};

QString cvssText(std::string_view text)
{
    return QCoreApplication::translate("Cvss", std::string(text).c_str());
}

QString severityWord(const std::string &severity)
{
    if (severity == "none")
        return QCoreApplication::translate("RiskEditor", "none");
    if (severity == "low")
        return QCoreApplication::translate("RiskEditor", "low");
    if (severity == "medium")
        return QCoreApplication::translate("RiskEditor", "medium");
    if (severity == "high")
        return QCoreApplication::translate("RiskEditor", "high");
    if (severity == "critical")
        return QCoreApplication::translate("RiskEditor", "critical");
    return QString::fromStdString(severity);
}

// "Network" -> the code of the value in the vector, per metric key.
std::map<std::string, std::string> metricsOf(const std::string &vector)
{
    std::map<std::string, std::string> chosen;
    size_t start = vector.find('/');
    while (start != std::string::npos) {
        const size_t end = vector.find('/', start + 1);
        const std::string part = vector.substr(start + 1, end == std::string::npos
                                                             ? std::string::npos
                                                             : end - start - 1);
        const size_t colon = part.find(':');
        if (colon != std::string::npos)
            chosen[part.substr(0, colon)] = part.substr(colon + 1);
        start = end;
    }
    return chosen;
}

} // namespace

RiskEditor::RiskEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("riskMethod"));
    m_method->addItem(tr("Not estimated"));
    m_method->addItem(tr("CVSS v3.1 base score"));
    m_method->addItem(tr("Exploitability x severity matrix"));

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(new QWidget(m_pages));

    auto *cvssPage = new QWidget(m_pages);
    auto *grid = new QGridLayout(cvssPage);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    const auto metrics = stride::cvss3BaseMetrics();
    for (size_t i = 0; i < metrics.size(); ++i) {
        const stride::CvssMetric &metric = metrics[i];
        auto *combo = new QComboBox(cvssPage);
        combo->setObjectName(QStringLiteral("cvss%1").arg(QString::fromLatin1(
            metric.key.data(), static_cast<qsizetype>(metric.key.size()))));
        combo->addItem(tr("Choose..."), QString());
        for (const stride::CvssValue &value : metric.values)
            combo->addItem(QStringLiteral("%1 (%2)").arg(
                               cvssText(value.label),
                               QString::fromLatin1(value.code.data(),
                                                   static_cast<qsizetype>(value.code.size()))),
                           QString::fromLatin1(value.code.data(),
                                               static_cast<qsizetype>(value.code.size())));
        auto *label = new QLabel(cvssText(metric.name), cvssPage);
        label->setBuddy(combo);
        // One metric a row: the editor sits in a narrow detail panel.
        const int row = static_cast<int>(i);
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        m_metrics.push_back(combo);
        connect(combo, &QComboBox::activated, this, &RiskEditor::onMetricChosen);
    }
    m_vector = new QLineEdit(cvssPage);
    m_vector->setObjectName(QStringLiteral("cvssVector"));
    m_vector->setPlaceholderText(tr("or paste a vector: CVSS:3.1/AV:N/AC:L/..."));
    m_vector->setClearButtonEnabled(true);
    grid->addWidget(m_vector, static_cast<int>(metrics.size()), 0, 1, 2);
    grid->setColumnStretch(1, 1);
    m_pages->addWidget(cvssPage);

    auto *matrixPage = new QWidget(m_pages);
    auto *form = new QFormLayout(matrixPage);
    form->setContentsMargins(0, 0, 0, 0);
    m_exploitability = new QComboBox(matrixPage);
    m_exploitability->setObjectName(QStringLiteral("exploitability"));
    m_severity = new QComboBox(matrixPage);
    m_severity->setObjectName(QStringLiteral("severity"));
    form->addRow(tr("E&xploitability:"), m_exploitability);
    form->addRow(tr("Se&verity of harm:"), m_severity);
    m_pages->addWidget(matrixPage);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("riskResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    layout->addWidget(m_method);
    layout->addWidget(m_pages);
    layout->addWidget(m_result);

    connect(m_method, &QComboBox::activated, this, &RiskEditor::onMethodChosen);
    connect(m_vector, &QLineEdit::editingFinished, this, &RiskEditor::onVectorEdited);
    connect(m_exploitability, &QComboBox::activated, this, &RiskEditor::onMatrixChosen);
    connect(m_severity, &QComboBox::activated, this, &RiskEditor::onMatrixChosen);
    showRisk();
}

void RiskEditor::setRisk(const Risk &risk, const RiskScheme &scheme)
{
    m_risk = risk;
    m_scheme = scheme;
    showRisk();
}

void RiskEditor::fillMatrixCombos()
{
    const auto fill = [](QComboBox *combo, const std::vector<std::string> &levels, int current) {
        combo->clear();
        combo->addItem(tr("Choose..."), 0);
        for (size_t i = 0; i < levels.size(); ++i)
            combo->addItem(QStringLiteral("%1 %2").arg(i + 1).arg(
                               QString::fromStdString(levels[i])),
                           static_cast<int>(i + 1));
        const int index = combo->findData(current);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    fill(m_exploitability, m_scheme.exploitabilityLevels, m_risk.exploitability);
    fill(m_severity, m_scheme.severityLevels, m_risk.severity);
}

void RiskEditor::showRisk()
{
    m_loading = true;
    const Page page = m_risk.method == "cvss"     ? CvssPage
                      : m_risk.method == "matrix" ? MatrixPage
                                                  : NonePage;
    m_method->setCurrentIndex(page);
    m_pages->setCurrentIndex(page);
    m_pages->setVisible(page != NonePage);
    // Metrics not in the vector keep what the user chose so far.
    const auto chosen = metricsOf(m_risk.cvssVector);
    const auto metrics = stride::cvss3BaseMetrics();
    for (size_t i = 0; i < metrics.size(); ++i) {
        auto it = chosen.find(std::string(metrics[i].key));
        if (it != chosen.end()) {
            const int index = m_metrics[i]->findData(QString::fromStdString(it->second));
            m_metrics[i]->setCurrentIndex(index < 0 ? 0 : index);
        } else if (!m_risk.cvssVector.empty() || page != CvssPage) {
            m_metrics[i]->setCurrentIndex(0);
        }
    }
    if (!m_vector->hasFocus())
        m_vector->setText(QString::fromStdString(m_risk.cvssVector));
    fillMatrixCombos();
    m_result->setText(summary(m_risk, m_scheme));
    m_result->setVisible(page != NonePage);
    m_loading = false;
}

QString RiskEditor::summary(const Risk &risk, const RiskScheme &scheme)
{
    const stride::RiskEvaluation evaluation = stride::evaluateRisk(risk, scheme);
    if (!evaluation.present)
        return tr("○ Not estimated");
    if (!evaluation.valid) {
        if (risk.method == "cvss" && risk.cvssVector.empty())
            return tr("○ Choose all eight metrics");
        if (risk.method == "matrix")
            return tr("○ Choose the exploitability and the severity");
        return tr("✖ Invalid: %1").arg(QString::fromStdString(evaluation.problem));
    }
    const bool acceptable = evaluation.acceptability == stride::Acceptability::Acceptable;
    QString what;
    if (risk.method == "cvss")
        what = tr("%1 %2").arg(evaluation.score, 0, 'f', 1).arg(severityWord(evaluation.severity));
    else {
        const auto level = [](const std::vector<std::string> &levels, int value) {
            return QString::fromStdString(levels[static_cast<size_t>(value - 1)]);
        };
        what = tr("%1 exploitability, %2 severity")
                   .arg(level(scheme.exploitabilityLevels, risk.exploitability),
                        level(scheme.severityLevels, risk.severity));
    }
    return acceptable ? tr("✔ %1 · acceptable").arg(what)
                      : tr("✖ %1 · not acceptable").arg(what);
}

void RiskEditor::edit(Risk risk)
{
    if (risk == m_risk)
        return;
    m_risk = std::move(risk);
    showRisk();
    emit riskEdited(m_risk);
}

void RiskEditor::onMethodChosen()
{
    if (m_loading)
        return;
    Risk risk;
    switch (m_method->currentIndex()) {
    case CvssPage:
        risk.method = "cvss";
        break;
    case MatrixPage:
        risk.method = "matrix";
        break;
    default:
        break;
    }
    if (risk.method == m_risk.method)
        return;
    edit(std::move(risk));
}

void RiskEditor::onMetricChosen()
{
    if (m_loading)
        return;
    std::map<std::string, std::string> chosen;
    const auto metrics = stride::cvss3BaseMetrics();
    for (size_t i = 0; i < metrics.size(); ++i) {
        const QString code = m_metrics[i]->currentData().toString();
        if (code.isEmpty()) {
            // Incomplete: wait for the rest; the model keeps what it had.
            m_result->setText(tr("○ Choose all eight metrics"));
            return;
        }
        chosen[std::string(metrics[i].key)] = code.toStdString();
    }
    Risk risk = m_risk;
    risk.method = "cvss";
    risk.cvssVector = stride::buildCvss3Vector(chosen);
    edit(std::move(risk));
}

void RiskEditor::onVectorEdited()
{
    if (m_loading)
        return;
    const std::string text = m_vector->text().trimmed().toStdString();
    if (text == m_risk.cvssVector)
        return;
    if (text.empty()) {
        edit(Risk{"cvss", "", 0, 0});
        return;
    }
    try {
        const stride::CvssScore score = stride::scoreCvss3(text);
        edit(Risk{"cvss", score.normalizedVector, 0, 0});
        m_vector->setText(QString::fromStdString(score.normalizedVector));
    } catch (const stride::CvssError &error) {
        // Not stored: the model keeps its last valid vector until this one is fixed.
        m_result->setText(tr("✖ Invalid: %1").arg(QString::fromUtf8(error.what())));
    }
}

void RiskEditor::onMatrixChosen()
{
    if (m_loading)
        return;
    Risk risk = m_risk;
    risk.method = "matrix";
    risk.cvssVector.clear();
    risk.exploitability = m_exploitability->currentData().toInt();
    risk.severity = m_severity->currentData().toInt();
    edit(std::move(risk));
}

} // namespace vigil
