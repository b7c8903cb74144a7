#include "views/trace/ThreatTrace.h"

#include "stride/Risk.h"
#include "stride/RulePack.h"
#include "views/document/Document.h"
#include "views/document/TraceCommands.h"
#include "views/trace/RiskEditor.h"
#include "views/trace/TraceWidgets.h"

#include <QDialog>

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace vigil {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString text(const std::string &value) { return QString::fromStdString(value); }

// A mitigation's status as a symbol and a word.
QString mitigationLine(const Mitigation &mitigation)
{
    const QString symbol = mitigation.status == "verified"      ? QStringLiteral("✔")
                           : mitigation.status == "implemented" ? QStringLiteral("◐")
                                                                : QStringLiteral("○");
    return QStringLiteral("%1 %2 — %3")
        .arg(symbol, text(mitigation.title), mitigationStatusLabel(mitigation.status));
}

std::string normalisedTitle(const std::string &title)
{
    return QString::fromStdString(title).simplified().toCaseFolded().toStdString();
}

} // namespace

const stride::Rule *ruleOfThreat(const Threat &threat)
{
    stride::RulePackPtr pack = stride::shippedPack(threat.rulePack);
    return pack ? pack->rule(threat.ruleId) : nullptr;
}

// ---------------------------------------------------------------- ThreatRiskPage

ThreatRiskPage::ThreatRiskPage(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("threatRiskPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_note = new QLabel(tr("Select one threat to estimate its risk."), this);
    m_note->setWordWrap(true);
    m_editors = new QWidget(this);
    auto *form = new QVBoxLayout(m_editors);
    form->setContentsMargins(0, 0, 0, 0);
    auto *beforeBox = new QGroupBox(tr("Risk before mitigation"), m_editors);
    auto *afterBox = new QGroupBox(tr("Risk after mitigation"), m_editors);
    m_before = new RiskEditor(beforeBox);
    m_before->setObjectName(QStringLiteral("riskBefore"));
    m_after = new RiskEditor(afterBox);
    m_after->setObjectName(QStringLiteral("riskAfter"));
    (new QVBoxLayout(beforeBox))->addWidget(m_before);
    (new QVBoxLayout(afterBox))->addWidget(m_after);
    m_residual = new QLabel(m_editors);
    m_residual->setObjectName(QStringLiteral("residualRisk"));
    m_residual->setWordWrap(true);
    m_transferred = new QCheckBox(tr("Handed to safety risk management (ISO 14971)"), m_editors);
    m_transferred->setObjectName(QStringLiteral("transferredToSafety"));
    m_transferred->setToolTip(
        tr("The residual risk is evaluated in the safety risk management file instead"));

    auto *acceptance = new QGroupBox(tr("Residual risk acceptance"), m_editors);
    auto *acceptanceForm = new QFormLayout(acceptance);
    acceptanceForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_rationale = new QLineEdit(acceptance);
    m_rationale->setObjectName(QStringLiteral("acceptanceRationale"));
    m_rationale->setPlaceholderText(tr("Why the remaining risk is accepted"));
    m_acceptedBy = new QComboBox(acceptance);
    m_acceptedBy->setObjectName(QStringLiteral("acceptedBy"));
    auto *dateRow = new QWidget(acceptance);
    auto *dateLayout = new QHBoxLayout(dateRow);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    m_acceptedDate = new QLineEdit(dateRow);
    m_acceptedDate->setObjectName(QStringLiteral("acceptedDate"));
    m_acceptedDate->setPlaceholderText(tr("YYYY-MM-DD"));
    m_acceptedDate->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("(\\d{4}-\\d{2}-\\d{2})?")), m_acceptedDate));
    m_today = new QPushButton(tr("Today"), dateRow);
    dateLayout->addWidget(m_acceptedDate, 1);
    dateLayout->addWidget(m_today);
    acceptanceForm->addRow(tr("&Rationale:"), m_rationale);
    acceptanceForm->addRow(tr("Accepted &by:"), m_acceptedBy);
    acceptanceForm->addRow(tr("&Date:"), dateRow);

    auto *residualRow = new QHBoxLayout;
    residualRow->addWidget(new QLabel(tr("<b>Residual risk:</b>"), m_editors));
    residualRow->addWidget(m_residual, 1);
    form->addWidget(beforeBox);
    form->addWidget(afterBox);
    form->addLayout(residualRow);
    form->addWidget(m_transferred);
    form->addWidget(acceptance);
    layout->addWidget(m_note);
    layout->addWidget(m_editors);
    layout->addStretch(1);

    connect(m_before, &RiskEditor::riskEdited, this, [this](const Risk &risk) {
        if (const Threat *current = threat()) {
            Threat edited = *current;
            edited.riskBefore = risk;
            editThreat(tr("Set risk before mitigation of threat #%1").arg(current->number),
                       edited);
        }
    });
    connect(m_after, &RiskEditor::riskEdited, this, [this](const Risk &risk) {
        if (const Threat *current = threat()) {
            Threat edited = *current;
            edited.riskAfter = risk;
            editThreat(tr("Set risk after mitigation of threat #%1").arg(current->number),
                       edited);
        }
    });
    connect(m_transferred, &QCheckBox::toggled, this, [this](bool on) {
        if (m_loading)
            return;
        if (const Threat *current = threat()) {
            Threat edited = *current;
            edited.transferredToSafety = on;
            editThreat(on ? tr("Hand threat #%1 to safety risk management").arg(current->number)
                          : tr("Take threat #%1 back from safety risk management")
                                .arg(current->number),
                       edited);
        }
    });
    connect(m_rationale, &QLineEdit::editingFinished, this, &ThreatRiskPage::commitAcceptance);
    connect(m_acceptedDate, &QLineEdit::editingFinished, this, &ThreatRiskPage::commitAcceptance);
    connect(m_acceptedBy, &QComboBox::activated, this, &ThreatRiskPage::commitAcceptance);
    connect(m_today, &QPushButton::clicked, this, [this] {
        m_acceptedDate->setText(QDate::currentDate().toString(Qt::ISODate));
        commitAcceptance();
    });
    connect(document, &Document::threatsChanged, this, &ThreatRiskPage::refresh);
    connect(document, &Document::traceChanged, this, &ThreatRiskPage::refresh);
    connect(document, &Document::modelReset, this, &ThreatRiskPage::refresh);
    refresh();
}

void ThreatRiskPage::setThreats(const std::vector<Id> &threats)
{
    const Id shown = threats.size() == 1 ? threats.front() : Id();
    if (shown == m_threat)
        return;
    m_threat = shown;
    refresh();
}

const Threat *ThreatRiskPage::threat() const
{
    return m_threat.empty() ? nullptr : m_document->model().threats().find(m_threat);
}

void ThreatRiskPage::refresh()
{
    const Threat *current = threat();
    m_note->setVisible(!current);
    m_editors->setVisible(current != nullptr);
    if (!current)
        return;
    m_loading = true;
    const ThreatModel &model = m_document->model();
    const RiskScheme &scheme = model.info().riskScheme;
    m_before->setRisk(current->riskBefore, scheme);
    m_after->setRisk(current->riskAfter, scheme);
    const stride::RiskEvaluation residual =
        stride::evaluateRisk(stride::residualRisk(*current), scheme);
    const bool accepted = !current->residualAcceptance.rationale.empty()
                          && !current->residualAcceptance.by.empty();
    if (current->transferredToSafety)
        m_residual->setText(tr("→ Evaluated in safety risk management"));
    else if (!residual.valid)
        m_residual->setText(tr("○ Not yet estimated"));
    else if (residual.acceptability == stride::Acceptability::Acceptable)
        m_residual->setText(tr("✔ Acceptable under the model's risk scheme"));
    else if (accepted)
        m_residual->setText(tr("✔ Not acceptable by the scheme, accepted with a rationale"));
    else
        m_residual->setText(
            tr("✖ Not acceptable: mitigate further, or record who accepts it and why"));
    m_transferred->setChecked(current->transferredToSafety);
    if (!m_rationale->hasFocus())
        m_rationale->setText(text(current->residualAcceptance.rationale));
    if (!m_acceptedDate->hasFocus())
        m_acceptedDate->setText(text(current->residualAcceptance.date));
    m_acceptedBy->clear();
    m_acceptedBy->addItem(tr("(nobody)"), QString());
    for (const auto &[id, person] : model.people().all())
        m_acceptedBy->addItem(person.role.empty()
                                  ? text(person.name)
                                  : tr("%1 (%2)").arg(text(person.name), text(person.role)),
                              text(id));
    m_acceptedBy->setCurrentIndex(
        std::max(0, m_acceptedBy->findData(text(current->residualAcceptance.by))));
    m_loading = false;
}

void ThreatRiskPage::editThreat(const QString &label, Threat edited)
{
    TraceEdit edit(m_document->model());
    edit.put(std::move(edited));
    m_document->push(new EditTraceCommand(m_document, label, edit));
}

void ThreatRiskPage::commitAcceptance()
{
    const Threat *current = threat();
    if (m_loading || !current)
        return;
    Threat edited = *current;
    edited.residualAcceptance.rationale = m_rationale->text().trimmed().toStdString();
    edited.residualAcceptance.by = m_acceptedBy->currentData().toString().toStdString();
    edited.residualAcceptance.date = m_acceptedDate->text().trimmed().toStdString();
    if (edited.residualAcceptance == current->residualAcceptance)
        return;
    editThreat(tr("Record acceptance of the residual risk of threat #%1").arg(current->number),
               edited);
}

// ---------------------------------------------------------------- ThreatLinksPage

ThreatLinksPage::ThreatLinksPage(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("threatLinksPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);

    auto *mitigationsLabel = new QLabel(tr("<b>Mitigations</b>"), this);
    m_mitigations = new QListWidget(this);
    m_mitigations->setObjectName(QStringLiteral("linkedMitigations"));
    m_mitigations->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_mitigations->setToolTip(tr("Double-click a mitigation to open it in the Traceability dock"));
    auto *buttons = new QHBoxLayout;
    m_link = new QPushButton(tr("&Link..."), this);
    m_link->setObjectName(QStringLiteral("linkMitigations"));
    m_unlink = new QPushButton(tr("&Unlink"), this);
    m_unlink->setObjectName(QStringLiteral("unlinkMitigations"));
    m_new = new QPushButton(tr("&New..."), this);
    m_new->setObjectName(QStringLiteral("newMitigation"));
    buttons->addWidget(m_link);
    buttons->addWidget(m_unlink);
    buttons->addWidget(m_new);
    buttons->addStretch(1);

    auto *suggestionsLabel = new QLabel(tr("<b>Suggested by the rule</b>"), this);
    m_suggestions = new QListWidget(this);
    m_suggestions->setObjectName(QStringLiteral("suggestedMitigations"));
    m_suggestions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_adopt = new QPushButton(tr("&Adopt"), this);
    m_adopt->setObjectName(QStringLiteral("adoptSuggestion"));
    m_adopt->setToolTip(tr("Link the suggested mitigation, creating it when the model does not "
                           "have one with the same title"));

    auto *hazardsLabel = new QLabel(tr("<b>Hazards (ISO 14971)</b>"), this);
    m_hazards = new QListWidget(this);
    m_hazards->setObjectName(QStringLiteral("linkedHazards"));

    layout->addWidget(mitigationsLabel);
    layout->addWidget(m_mitigations, 2);
    layout->addLayout(buttons);
    layout->addWidget(suggestionsLabel);
    layout->addWidget(m_suggestions, 1);
    layout->addWidget(m_adopt, 0, Qt::AlignLeft);
    layout->addWidget(hazardsLabel);
    layout->addWidget(m_hazards, 1);

    connect(m_link, &QPushButton::clicked, this, &ThreatLinksPage::pick);
    connect(m_unlink, &QPushButton::clicked, this, &ThreatLinksPage::unlinkSelected);
    connect(m_new, &QPushButton::clicked, this, [this] {
        const QString title = askMitigationTitle();
        if (!title.trimmed().isEmpty())
            createMitigation(title.trimmed());
    });
    connect(m_adopt, &QPushButton::clicked, this, &ThreatLinksPage::adoptSelected);
    connect(m_suggestions, &QListWidget::itemDoubleClicked, this, &ThreatLinksPage::adoptSelected);
    connect(m_mitigations, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        emit showMitigationRequested(item->data(kIdRole).toString().toStdString());
    });
    connect(m_mitigations, &QListWidget::itemSelectionChanged, this,
            [this] { m_unlink->setEnabled(!m_mitigations->selectedItems().isEmpty()); });
    connect(m_hazards, &QListWidget::itemChanged, this, &ThreatLinksPage::onHazardChanged);
    connect(document, &Document::threatsChanged, this, &ThreatLinksPage::refresh);
    connect(document, &Document::traceChanged, this, &ThreatLinksPage::refresh);
    connect(document, &Document::modelReset, this, &ThreatLinksPage::refresh);
    refresh();
}

void ThreatLinksPage::setThreats(const std::vector<Id> &threats)
{
    if (threats == m_threats)
        return;
    m_threats = threats;
    refresh();
}

std::vector<const Threat *> ThreatLinksPage::threats() const
{
    std::vector<const Threat *> result;
    for (const Id &id : m_threats)
        if (const Threat *threat = m_document->model().threats().find(id))
            result.push_back(threat);
    return result;
}

std::vector<stride::SuggestedMitigation> ThreatLinksPage::suggestions() const
{
    std::vector<stride::SuggestedMitigation> result;
    std::set<std::string> seen;
    for (const Threat *threat : threats())
        if (const stride::Rule *rule = ruleOfThreat(*threat))
            for (const stride::SuggestedMitigation &suggestion : rule->mitigations)
                if (seen.insert(normalisedTitle(suggestion.title)).second)
                    result.push_back(suggestion);
    return result;
}

void ThreatLinksPage::refresh()
{
    m_loading = true;
    const ThreatModel &model = m_document->model();
    const std::vector<const Threat *> shown = threats();
    setEnabled(!shown.empty());

    std::map<Id, int> linkCount;
    std::map<Id, int> hazardCount;
    for (const Threat *threat : shown) {
        for (const Id &id : threat->mitigations)
            ++linkCount[id];
        for (const Id &id : threat->hazards)
            ++hazardCount[id];
    }
    const int total = static_cast<int>(shown.size());
    m_mitigations->clear();
    for (const auto &[id, count] : linkCount) {
        const Mitigation *mitigation = model.mitigations().find(id);
        if (!mitigation)
            continue;
        QString line = mitigationLine(*mitigation);
        if (count < total)
            line += tr(" (%1 of %2 selected threats)").arg(count).arg(total);
        auto *item = new QListWidgetItem(line, m_mitigations);
        item->setData(kIdRole, text(id));
        item->setToolTip(text(mitigation->description.empty() ? mitigation->title
                                                               : mitigation->description));
    }
    if (m_mitigations->count() == 0 && total > 0) {
        auto *item = new QListWidgetItem(tr("○ No mitigation linked"), m_mitigations);
        item->setFlags(Qt::NoItemFlags);
    }
    m_unlink->setEnabled(false);

    m_suggestions->clear();
    for (const stride::SuggestedMitigation &suggestion : suggestions()) {
        QString line = text(suggestion.title);
        if (!suggestion.controlCategory.empty())
            line += QStringLiteral(" — %1").arg(controlCategoryLabel(suggestion.controlCategory));
        auto *item = new QListWidgetItem(line, m_suggestions);
        item->setToolTip(text(suggestion.description.empty() ? suggestion.title
                                                             : suggestion.description));
    }
    m_adopt->setEnabled(m_suggestions->count() > 0);

    m_hazards->clear();
    for (const auto &[id, hazard] : model.hazards().all()) {
        auto *item = new QListWidgetItem(
            tr("%1 %2").arg(text(hazard.reference), text(hazard.title)), m_hazards);
        item->setData(kIdRole, text(id));
        item->setToolTip(text(hazard.description));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const int count = hazardCount.count(id) ? hazardCount.at(id) : 0;
        item->setCheckState(count == 0       ? Qt::Unchecked
                            : count == total ? Qt::Checked
                                             : Qt::PartiallyChecked);
    }
    if (model.hazards().size() == 0) {
        auto *item = new QListWidgetItem(tr("The model has no hazards yet"), m_hazards);
        item->setFlags(Qt::NoItemFlags);
    }
    m_loading = false;
}

bool ThreatLinksPage::pickMitigations(std::set<Id> *link, std::set<Id> *unlink)
{
    const ThreatModel &model = m_document->model();
    const std::vector<const Threat *> shown = threats();
    std::vector<tracepanel::PickItem> items;
    for (const auto &[id, mitigation] : model.mitigations().all())
        items.push_back({id, mitigationLine(mitigation), {}, {}});
    std::set<Id> all;
    std::set<Id> some;
    for (const auto &[id, mitigation] : model.mitigations().all()) {
        const auto linked = std::count_if(shown.begin(), shown.end(), [&id](const Threat *t) {
            return t->mitigations.count(id) != 0;
        });
        if (linked == static_cast<long>(shown.size()) && linked > 0)
            all.insert(id);
        else if (linked > 0)
            some.insert(id);
    }
    tracepanel::PickerDialog picker(
        tr("Link Mitigations"),
        tr("Tick the mitigations of the selected threats; a partly ticked one is linked to some "
           "of them and stays as it is."),
        items, all, this, some);
    if (picker.exec() != QDialog::Accepted)
        return false;
    *link = picker.checkedIds();
    *unlink = picker.uncheckedIds();
    return true;
}

QString ThreatLinksPage::askMitigationTitle()
{
    return QInputDialog::getText(this, tr("New Mitigation"),
                                 tr("Title of the mitigation (a security control):"));
}

void ThreatLinksPage::pick()
{
    std::set<Id> link;
    std::set<Id> unlink;
    if (pickMitigations(&link, &unlink))
        setMitigationLinks(link, unlink);
}

void ThreatLinksPage::setMitigationLinks(const std::set<Id> &link, const std::set<Id> &unlink)
{
    TraceEdit edit(m_document->model());
    for (const Id &threat : m_threats) {
        for (const Id &mitigation : link)
            edit.linkMitigation(threat, mitigation, true);
        for (const Id &mitigation : unlink)
            edit.linkMitigation(threat, mitigation, false);
    }
    m_document->push(new EditTraceCommand(m_document, tr("Link mitigations"), edit));
}

void ThreatLinksPage::unlinkSelected()
{
    std::set<Id> unlink;
    for (QListWidgetItem *item : m_mitigations->selectedItems())
        unlink.insert(item->data(kIdRole).toString().toStdString());
    unlink.erase(Id());
    if (!unlink.empty())
        setMitigationLinks({}, unlink);
}

void ThreatLinksPage::createMitigation(const QString &title)
{
    TraceEdit edit(m_document->model());
    Mitigation mitigation;
    mitigation.id = TraceEdit::newUuid();
    mitigation.title = title.toStdString();
    mitigation.status = "proposed";
    mitigation.scope = "device";
    const Id id = mitigation.id;
    edit.put(std::move(mitigation));
    for (const Id &threat : m_threats)
        edit.linkMitigation(threat, id, true);
    m_document->push(
        new EditTraceCommand(m_document, tr("New mitigation \"%1\"").arg(title), edit));
}

void ThreatLinksPage::adopt(const std::vector<stride::SuggestedMitigation> &chosen)
{
    if (chosen.empty())
        return;
    TraceEdit edit(m_document->model());
    std::map<std::string, Id> byTitle;
    for (const auto &[id, mitigation] : m_document->model().mitigations().all())
        byTitle.emplace(normalisedTitle(mitigation.title), id);
    for (const stride::SuggestedMitigation &suggestion : chosen) {
        Id id;
        if (auto it = byTitle.find(normalisedTitle(suggestion.title)); it != byTitle.end()) {
            id = it->second; // adopted before: reuse it, never a copy
        } else {
            Mitigation mitigation;
            mitigation.id = TraceEdit::newUuid();
            mitigation.title = suggestion.title;
            mitigation.description = suggestion.description;
            mitigation.controlCategory = suggestion.controlCategory;
            mitigation.status = "proposed";
            mitigation.scope = "device";
            id = mitigation.id;
            byTitle.emplace(normalisedTitle(suggestion.title), id);
            edit.put(std::move(mitigation));
        }
        for (const Id &threat : m_threats)
            edit.linkMitigation(threat, id, true);
    }
    m_document->push(new EditTraceCommand(
        m_document,
        tr("Adopt %n suggested mitigation(s)", nullptr, static_cast<int>(chosen.size())), edit));
}

void ThreatLinksPage::adoptSelected()
{
    const std::vector<stride::SuggestedMitigation> all = suggestions();
    std::vector<stride::SuggestedMitigation> chosen;
    for (int row = 0; row < m_suggestions->count(); ++row)
        if (m_suggestions->item(row)->isSelected() && row < static_cast<int>(all.size()))
            chosen.push_back(all[static_cast<size_t>(row)]);
    if (chosen.empty() && m_suggestions->currentRow() >= 0
        && m_suggestions->currentRow() < static_cast<int>(all.size()))
        chosen.push_back(all[static_cast<size_t>(m_suggestions->currentRow())]);
    adopt(chosen);
}

void ThreatLinksPage::onHazardChanged()
{
    if (m_loading)
        return;
    TraceEdit edit(m_document->model());
    for (int row = 0; row < m_hazards->count(); ++row) {
        QListWidgetItem *item = m_hazards->item(row);
        const Id hazard = item->data(kIdRole).toString().toStdString();
        if (hazard.empty() || item->checkState() == Qt::PartiallyChecked)
            continue;
        for (const Id &threat : m_threats)
            edit.linkHazard(threat, hazard, item->checkState() == Qt::Checked);
    }
    m_document->push(new EditTraceCommand(m_document, tr("Link hazards"), edit));
}

} // namespace vigil
