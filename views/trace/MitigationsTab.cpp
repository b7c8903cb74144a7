#include "views/trace/MitigationsTab.h"

#include "views/document/Document.h"
#include "views/document/TraceCommands.h"
#include "views/panels/ThreatsPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>

#include <algorithm>
#include <array>

namespace vigil {

using namespace tracepanel;

namespace {

struct Choice {
    const char *value;
    const char *label;
};

// Common defense-in-depth layers; the field takes any text.
constexpr std::array<Choice, 6> kLayers{{
    {"physical", QT_TRANSLATE_NOOP("Trace", "physical")},
    {"device", QT_TRANSLATE_NOOP("Trace", "device")},
    {"communication", QT_TRANSLATE_NOOP("Trace", "communication")},
    {"application", QT_TRANSLATE_NOOP("Trace", "application")},
    {"cloud", QT_TRANSLATE_NOOP("Trace", "cloud")},
    {"organisational", QT_TRANSLATE_NOOP("Trace", "organisational")},
}};

constexpr std::array<Choice, 2> kScopes{{
    {"device", QT_TRANSLATE_NOOP("Trace", "Device")},
    {"environment", QT_TRANSLATE_NOOP("Trace", "Environment")},
}};

template<size_t N>
QString choiceLabel(const std::array<Choice, N> &choices, const std::string &value)
{
    for (const Choice &choice : choices)
        if (value == choice.value)
            return QCoreApplication::translate("Trace", choice.label);
    return fromStd(value);
}

template<size_t N>
int choiceRank(const std::array<Choice, N> &choices, const std::string &value)
{
    for (size_t i = 0; i < N; ++i)
        if (value == choices[i].value)
            return static_cast<int>(i);
    return value.empty() ? -1 : static_cast<int>(N);
}

template<size_t N>
int rankOf(const std::array<std::string_view, N> &values, const std::string &value)
{
    for (size_t i = 0; i < N; ++i)
        if (values[i] == value)
            return static_cast<int>(i);
    return value.empty() ? -1 : static_cast<int>(N);
}

} // namespace

MitigationsTab::MitigationsTab(Document *document, QWidget *parent)
    : RecordTab(document, QStringLiteral("mitigations"), parent)
{
    setUp({tr("Mitigation"), tr("Control category"), tr("Layer"), tr("Scope"), tr("Status"),
           tr("Threats"), tr("Requirements")},
          createDetails());
    addButton()->setToolTip(tr("Add a mitigation (Insert in the table)"));
    removeButton()->setToolTip(
        tr("Remove the selected mitigations and their links (Delete in the table)"));
    table()->setToolTip(tr("Drag threats from the threats list onto a mitigation to link them"));
    QHeaderView *header = table()->horizontalHeader();
    header->setSectionResizeMode(Title, QHeaderView::Stretch);
    const std::array<std::pair<Column, int>, 6> widths{{{Category, 170},
                                                        {Layer, 100},
                                                        {Scope, 90},
                                                        {Status, 110},
                                                        {Threats, 64},
                                                        {Requirements, 92}}};
    for (const auto &[column, width] : widths)
        if (header->sectionSize(column) == header->defaultSectionSize())
            header->resizeSection(column, width);
    recordView()->acceptDrops(QString::fromLatin1(kThreatIdsMime));
    connect(recordView(), &RecordTableView::dropped, this,
            [this](const QModelIndex &index, const QByteArray &payload) {
                const Id mitigation =
                    index.siblingAtColumn(0).data(IdRole).toString().toStdString();
                std::vector<Id> threats;
                for (const QString &line :
                     QString::fromUtf8(payload).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    if (!line.trimmed().isEmpty())
                        threats.push_back(line.trimmed().toStdString());
                if (linkThreats(mitigation, threats) > 0)
                    selectRecord(mitigation);
            });
}

QWidget *MitigationsTab::createDetails()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 4, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_title = makeLineField(QStringLiteral("mitigationTitle"), [this](const QString &text) {
        editCurrent(tr("Rename mitigation to \"%1\"").arg(text),
                    [&](Mitigation &m) { m.title = text.toStdString(); });
    });
    m_description =
        makeTextField(QStringLiteral("mitigationDescription"), [this](const QString &text) {
            editCurrent(tr("Edit mitigation description"),
                        [&](Mitigation &m) { m.description = text.toStdString(); });
        });

    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("mitigationCategory"));
    m_category->setPlaceholderText(tr("(not set)"));
    for (std::string_view category : kControlCategories)
        m_category->addItem(controlCategoryLabel(std::string(category)),
                            QString::fromLatin1(category.data(),
                                                static_cast<qsizetype>(category.size())));
    m_category->setToolTip(tr("The security control category of the FDA premarket guidance"));
    connect(m_category, &QComboBox::activated, this, [this](int index) {
        const std::string value = m_category->itemData(index).toString().toStdString();
        editCurrent(tr("Set control category to %1").arg(m_category->itemText(index)),
                    [&](Mitigation &m) { m.controlCategory = value; });
    });

    m_layer = makeEditableCombo(QStringLiteral("mitigationLayer"), [this](const QString &text) {
        // A suggestion keeps its file spelling; anything typed is kept as typed.
        std::string value = text.toStdString();
        for (int i = 0; i < m_layer->count(); ++i)
            if (m_layer->itemText(i) == text)
                value = m_layer->itemData(i).toString().toStdString();
        editCurrent(tr("Set layer to \"%1\"").arg(text),
                    [&](Mitigation &m) { m.layer = value; });
    });
    for (const Choice &layer : kLayers)
        m_layer->addItem(QCoreApplication::translate("Trace", layer.label),
                         QString::fromLatin1(layer.value));
    m_layer->setToolTip(tr("The defense-in-depth layer the control sits in; pick one or type "
                           "your own"));

    m_scope = new QComboBox;
    m_scope->setObjectName(QStringLiteral("mitigationScope"));
    m_scope->setPlaceholderText(tr("(not set)"));
    for (const Choice &scope : kScopes)
        m_scope->addItem(QCoreApplication::translate("Trace", scope.label),
                         QString::fromLatin1(scope.value));
    m_scope->setToolTip(tr("Whether the device implements the control or relies on its "
                           "environment (hospital network, cloud, user)"));
    connect(m_scope, &QComboBox::activated, this, [this](int index) {
        const std::string value = m_scope->itemData(index).toString().toStdString();
        editCurrent(tr("Set scope to %1").arg(m_scope->itemText(index)),
                    [&](Mitigation &m) { m.scope = value; });
    });

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("mitigationStatus"));
    m_status->setPlaceholderText(tr("(not set)"));
    for (std::string_view status : kMitigationStatuses)
        m_status->addItem(mitigationStatusLabel(std::string(status)),
                          QString::fromLatin1(status.data(),
                                              static_cast<qsizetype>(status.size())));
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        const std::string value = m_status->itemData(index).toString().toStdString();
        editCurrent(tr("Set mitigation status to %1").arg(m_status->itemText(index)),
                    [&](Mitigation &m) { m.status = value; });
    });

    m_requirements = new LinkList(QStringLiteral("mitigationRequirements"),
                                  tr("Link Requirements..."));
    connect(m_requirements, &LinkList::linkRequested, this, &MitigationsTab::pickRequirements);
    connect(m_requirements, &LinkList::unlinkRequested, this,
            &MitigationsTab::unlinkRequirements);
    connect(m_requirements, &LinkList::activated, this, &RecordTab::showRecordRequested);

    m_threats = new LinkList(QStringLiteral("mitigationThreats"));
    m_threats->list()->setToolTip(tr("Double-click a threat to show it in the threats list"));
    connect(m_threats, &LinkList::activated, this, &RecordTab::showThreatRequested);

    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Control category:"), m_category);
    // Layer, scope and status share a row: they are short.
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(m_layer, 1);
    auto *scopeLabel = new QLabel(tr("Scope:"));
    scopeLabel->setBuddy(m_scope);
    row->addWidget(scopeLabel);
    row->addWidget(m_scope, 1);
    auto *statusLabel = new QLabel(tr("Status:"));
    statusLabel->setBuddy(m_status);
    row->addWidget(statusLabel);
    row->addWidget(m_status, 1);
    auto *layerLabel = new QLabel(tr("Layer:"));
    layerLabel->setBuddy(m_layer);
    form->addRow(layerLabel, row);
    form->addRow(tr("Requirements:"), m_requirements);
    form->addRow(tr("Used by threats:"), m_threats);
    return page;
}

std::vector<Id> MitigationsTab::recordIds() const
{
    std::vector<Id> ids;
    ids.reserve(model().mitigations().size());
    for (const auto &entry : model().mitigations().all())
        ids.push_back(entry.first);
    return ids;
}

void MitigationsTab::recount()
{
    m_threatCounts.clear();
    for (const auto &[id, threat] : model().threats().all())
        if (!isInactive(threat.status))
            for (const Id &mitigation : threat.mitigations)
                ++m_threatCounts[mitigation];
}

QString MitigationsTab::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n mitigation(s)", nullptr, total);
    return tr("%1 of %n mitigation(s)", nullptr, total).arg(shown);
}

QVariant MitigationsTab::cell(const Id &id, int column, int role) const
{
    const Mitigation *m = model().mitigations().find(id);
    if (!m)
        return {};
    const auto threats = [this, &id] {
        auto it = m_threatCounts.find(id);
        return it == m_threatCounts.end() ? 0 : it->second;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Title: return m->title.empty() ? tr("(untitled)") : fromStd(m->title);
        case Category:
            return m->controlCategory.empty() ? QString()
                                              : controlCategoryLabel(m->controlCategory);
        case Layer: return choiceLabel(kLayers, m->layer);
        case Scope: return choiceLabel(kScopes, m->scope);
        case Status: return mitigationStatusLook(m->status).text;
        case Threats: return threats();
        case Requirements: return static_cast<int>(m->requirements.size());
        default: break;
        }
        break;
    case SortRole:
        switch (column) {
        case Category: return rankOf(kControlCategories, m->controlCategory);
        case Scope: return choiceRank(kScopes, m->scope);
        case Status: return rankOf(kMitigationStatuses, m->status);
        default: break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Title:
            return m->description.empty()
                       ? fromStd(m->title)
                       : tr("%1\n\n%2").arg(fromStd(m->title), fromStd(m->description));
        case Threats: return tr("Threats (not obsolete) this mitigation is linked to");
        case Requirements:
            return m->requirements.empty()
                       ? tr("No security requirement specifies this mitigation yet")
                       : tr("Security requirements that specify this mitigation");
        default: break;
        }
        break;
    case Qt::ForegroundRole:
        if (column == Title && m->title.empty())
            return toneColor(Tone::Neutral);
        if (column == Status)
            return mitigationStatusLook(m->status).color();
        if (column == Requirements && m->requirements.empty())
            return toneColor(Tone::Bad);
        break;
    case Qt::TextAlignmentRole:
        if (column == Threats || column == Requirements)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SearchRole:
        return QStringList{fromStd(m->title), fromStd(m->description),
                           controlCategoryLabel(m->controlCategory), fromStd(m->layer),
                           mitigationStatusLabel(m->status), fromStd(m->id)}
            .join(QLatin1Char(' '));
    default: break;
    }
    return {};
}

const Mitigation *MitigationsTab::current() const
{
    return currentId().empty() ? nullptr : model().mitigations().find(currentId());
}

template<typename Change>
void MitigationsTab::editCurrent(const QString &text, Change change)
{
    const Mitigation *mitigation = current();
    if (!mitigation)
        return;
    Mitigation copy = *mitigation;
    change(copy);
    TraceEdit edit(model());
    edit.put(std::move(copy));
    pushEdit(document(), text, edit);
    refreshDetails(); // an edit that changed nothing still shows the model's values
}

void MitigationsTab::addRecord()
{
    TraceEdit edit(model());
    Mitigation mitigation;
    mitigation.id = TraceEdit::newUuid();
    mitigation.title = tr("New mitigation").toStdString();
    mitigation.status = "proposed";
    const Id id = mitigation.id;
    edit.put(std::move(mitigation));
    pushEdit(document(), tr("Add mitigation"), edit);
    showNew(id, m_title);
}

void MitigationsTab::removeRecords(const std::vector<Id> &ids)
{
    TraceEdit edit(model());
    for (const Id &id : ids)
        edit.removeMitigation(id);
    pushEdit(document(), tr("Remove %n mitigation(s)", nullptr, static_cast<int>(ids.size())),
             edit);
}

int MitigationsTab::linkThreats(const Id &mitigation, const std::vector<Id> &threats)
{
    const Mitigation *record = model().mitigations().find(mitigation);
    if (!record)
        return 0;
    TraceEdit edit(model());
    int linked = 0;
    for (const Id &threat : threats) {
        if (!model().threats().contains(threat))
            continue;
        edit.linkMitigation(threat, mitigation, true);
        ++linked;
    }
    if (linked == 0)
        return 0;
    pushEdit(document(),
             tr("Link %n threat(s) to \"%1\"", nullptr, linked).arg(fromStd(record->title)), edit);
    return linked;
}

void MitigationsTab::pickRequirements()
{
    const Mitigation *mitigation = current();
    if (!mitigation)
        return;
    std::vector<const Requirement *> requirements;
    for (const auto &entry : model().requirements().all())
        requirements.push_back(&entry.second);
    std::sort(requirements.begin(), requirements.end(),
              [](const Requirement *a, const Requirement *b) { return naturalLess(a->id, b->id); });
    std::vector<PickItem> items;
    for (const Requirement *requirement : requirements)
        items.push_back({requirement->id,
                         tr("%1  %2").arg(fromStd(requirement->id), fromStd(requirement->text)),
                         tr("%1 (%2)\n%3")
                             .arg(fromStd(requirement->id),
                                  requirementStatusLabel(requirement->status),
                                  fromStd(requirement->text)),
                         std::nullopt});
    const Id id = mitigation->id;
    const QString title = fromStd(mitigation->title);
    openPicker(this, tr("Link Requirements"),
                   tr("The security requirements that specify \"%1\":").arg(title), items,
                   mitigation->requirements, [this, id, title](const std::set<Id> &chosen) {
                       const Mitigation *now = model().mitigations().find(id);
                       if (!now)
                           return;
                       TraceEdit edit(model());
                       for (const Id &requirement : now->requirements)
                           if (!chosen.count(requirement))
                               edit.linkRequirement(id, requirement, false);
                       for (const Id &requirement : chosen)
                           edit.linkRequirement(id, requirement, true);
                       pushEdit(document(), tr("Link requirements to \"%1\"").arg(title), edit);
                   });
}

void MitigationsTab::unlinkRequirements(const std::vector<Id> &requirements)
{
    const Mitigation *mitigation = current();
    if (!mitigation)
        return;
    TraceEdit edit(model());
    for (const Id &requirement : requirements)
        edit.linkRequirement(mitigation->id, requirement, false);
    pushEdit(document(),
             tr("Unlink %n requirement(s) from \"%1\"", nullptr,
                static_cast<int>(requirements.size()))
                 .arg(fromStd(mitigation->title)),
             edit);
}

void MitigationsTab::refreshDetails()
{
    const Mitigation *m = current();
    detailPanel()->widget()->setEnabled(m != nullptr);
    if (!m) {
        showText(m_title, QString());
        m_description->showText(QString());
        showData(m_category, QString());
        showData(m_scope, QString());
        showData(m_status, QString());
        showText(m_layer->lineEdit(), QString());
        m_requirements->setItems({});
        m_threats->setItems({});
        return;
    }
    showText(m_title, fromStd(m->title));
    m_description->showText(fromStd(m->description));
    showData(m_category, fromStd(m->controlCategory));
    showData(m_scope, fromStd(m->scope));
    showData(m_status, fromStd(m->status));
    if (!(m_layer->lineEdit()->hasFocus() && m_layer->lineEdit()->isModified())) {
        const QSignalBlocker blocker(m_layer);
        const int index = m_layer->findData(fromStd(m->layer));
        if (index >= 0)
            m_layer->setCurrentIndex(index);
        else
            m_layer->setEditText(fromStd(m->layer));
        m_layer->lineEdit()->setModified(false);
    }

    std::vector<PickItem> requirements;
    std::vector<Id> ids(m->requirements.begin(), m->requirements.end());
    std::sort(ids.begin(), ids.end(), naturalLess);
    for (const Id &id : ids) {
        const Requirement *requirement = model().requirements().find(id);
        if (!requirement)
            continue;
        const StatusLook look = requirementStatusLook(requirement->status);
        requirements.push_back({id,
                                tr("%1  %2").arg(fromStd(id), fromStd(requirement->text)),
                                tr("%1 (%2)\n%3\nDouble-click to show it")
                                    .arg(fromStd(id), look.text, fromStd(requirement->text)),
                                std::nullopt});
    }
    m_requirements->setItems(requirements);

    std::vector<const Threat *> threats;
    for (const auto &[id, threat] : model().threats().all())
        if (threat.mitigations.count(m->id))
            threats.push_back(&threat);
    std::sort(threats.begin(), threats.end(), [](const Threat *a, const Threat *b) {
        const bool obsoleteA = isInactive(a->status);
        const bool obsoleteB = isInactive(b->status);
        return obsoleteA != obsoleteB ? obsoleteB : a->number < b->number;
    });
    std::vector<PickItem> threatItems;
    for (const Threat *threat : threats) {
        const StatusLook look = threatStatusLook(threat->status);
        threatItems.push_back({threat->id, tr("%1 — %2").arg(threatText(model(), *threat), look.text),
                               fromStd(model().render(threat->description)),
                               isInactive(threat->status)
                                   ? std::optional<QColor>(toneColor(Tone::Neutral))
                                   : std::nullopt});
    }
    m_threats->setItems(threatItems);
}

} // namespace vigil
