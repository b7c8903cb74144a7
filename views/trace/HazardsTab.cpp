#include "views/trace/HazardsTab.h"

#include "views/document/Document.h"
#include "views/document/TraceCommands.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>

#include <algorithm>

namespace vigil {

using namespace tracepanel;

HazardsTab::HazardsTab(Document *document, QWidget *parent)
    : RecordTab(document, QStringLiteral("hazards"), parent)
{
    setUp({tr("Reference"), tr("Hazard"), tr("Threats")}, createDetails());
    addButton()->setToolTip(tr("Add a hazard (Insert in the table)"));
    removeButton()->setToolTip(tr("Remove the selected hazards; threats lose their links to "
                                  "them (Delete in the table)"));
    QHeaderView *header = table()->horizontalHeader();
    header->setSectionResizeMode(Title, QHeaderView::Stretch);
    if (header->sectionSize(Reference) == header->defaultSectionSize())
        header->resizeSection(Reference, 110);
    if (header->sectionSize(Threats) == header->defaultSectionSize())
        header->resizeSection(Threats, 70);
}

QWidget *HazardsTab::createDetails()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 4, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_reference = makeLineField(QStringLiteral("hazardReference"), [this](const QString &text) {
        editCurrent(tr("Set hazard reference to \"%1\"").arg(text),
                    [&](Hazard &h) { h.reference = text.toStdString(); });
    });
    m_reference->setPlaceholderText(tr("HAZ-001"));
    m_reference->setToolTip(tr("The hazard's id in the ISO 14971 risk management file"));
    m_title = makeLineField(QStringLiteral("hazardTitle"), [this](const QString &text) {
        editCurrent(tr("Rename hazard to \"%1\"").arg(text),
                    [&](Hazard &h) { h.title = text.toStdString(); });
    });
    m_description = makeTextField(QStringLiteral("hazardDescription"), [this](const QString &text) {
        editCurrent(tr("Edit hazard description"),
                    [&](Hazard &h) { h.description = text.toStdString(); });
    });
    m_threats = new LinkList(QStringLiteral("hazardThreats"));
    m_threats->list()->setToolTip(tr("Threats that can lead to this hazard; double-click one to "
                                     "show it in the threats list"));
    connect(m_threats, &LinkList::activated, this, &RecordTab::showThreatRequested);

    form->addRow(tr("Reference:"), m_reference);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Linked threats:"), m_threats);
    return page;
}

std::vector<Id> HazardsTab::recordIds() const
{
    std::vector<Id> ids;
    ids.reserve(model().hazards().size());
    for (const auto &entry : model().hazards().all())
        ids.push_back(entry.first);
    return ids;
}

void HazardsTab::recount()
{
    m_threatCounts.clear();
    for (const auto &[id, threat] : model().threats().all())
        if (!isInactive(threat.status))
            for (const Id &hazard : threat.hazards)
                ++m_threatCounts[hazard];
}

QString HazardsTab::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n hazard(s)", nullptr, total);
    return tr("%1 of %n hazard(s)", nullptr, total).arg(shown);
}

QVariant HazardsTab::cell(const Id &id, int column, int role) const
{
    const Hazard *h = model().hazards().find(id);
    if (!h)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Reference: return fromStd(h->reference);
        case Title: return h->title.empty() ? tr("(untitled)") : fromStd(h->title);
        case Threats: {
            auto it = m_threatCounts.find(id);
            return it == m_threatCounts.end() ? 0 : it->second;
        }
        default: break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Title)
            return h->description.empty()
                       ? fromStd(h->title)
                       : tr("%1\n\n%2").arg(fromStd(h->title), fromStd(h->description));
        if (column == Threats)
            return tr("Threats (not obsolete) that can lead to this hazard");
        break;
    case Qt::ForegroundRole:
        if (column == Title && h->title.empty())
            return toneColor(Tone::Neutral);
        break;
    case Qt::TextAlignmentRole:
        if (column == Threats)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SearchRole:
        return QStringList{fromStd(h->reference), fromStd(h->title), fromStd(h->description)}
            .join(QLatin1Char(' '));
    default: break;
    }
    return {};
}

const Hazard *HazardsTab::current() const
{
    return currentId().empty() ? nullptr : model().hazards().find(currentId());
}

template<typename Change>
void HazardsTab::editCurrent(const QString &text, Change change)
{
    const Hazard *hazard = current();
    if (!hazard)
        return;
    Hazard copy = *hazard;
    change(copy);
    TraceEdit edit(model());
    edit.put(std::move(copy));
    pushEdit(document(), text, edit);
    refreshDetails();
}

QString HazardsTab::nextReference() const
{
    // Continue the file's own numbering: the prefix and width of the highest numbered reference.
    static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
    QString prefix;
    int width = 0;
    long long highest = -1;
    for (const auto &[id, hazard] : model().hazards().all()) {
        const QRegularExpressionMatch match = numbered.match(fromStd(hazard.reference));
        if (!match.hasMatch())
            continue;
        const long long number = match.captured(2).toLongLong();
        if (number > highest) {
            highest = number;
            prefix = match.captured(1);
            width = static_cast<int>(match.captured(2).size());
        }
    }
    if (highest < 0)
        return model().hazards().size() == 0 ? tr("HAZ-001") : QString();
    return prefix + QStringLiteral("%1").arg(highest + 1, width, 10, QLatin1Char('0'));
}

void HazardsTab::addRecord()
{
    TraceEdit edit(model());
    Hazard hazard;
    hazard.id = TraceEdit::newUuid();
    hazard.reference = nextReference().toStdString();
    hazard.title = tr("New hazard").toStdString();
    const Id id = hazard.id;
    edit.put(std::move(hazard));
    pushEdit(document(), tr("Add hazard"), edit);
    showNew(id, m_title);
}

void HazardsTab::removeRecords(const std::vector<Id> &ids)
{
    TraceEdit edit(model());
    for (const Id &id : ids)
        edit.removeHazard(id);
    pushEdit(document(), tr("Remove %n hazard(s)", nullptr, static_cast<int>(ids.size())), edit);
}

void HazardsTab::refreshDetails()
{
    const Hazard *h = current();
    detailPanel()->widget()->setEnabled(h != nullptr);
    showText(m_reference, h ? fromStd(h->reference) : QString());
    showText(m_title, h ? fromStd(h->title) : QString());
    m_description->showText(h ? fromStd(h->description) : QString());
    std::vector<const Threat *> threats;
    if (h)
        for (const auto &[id, threat] : model().threats().all())
            if (threat.hazards.count(h->id))
                threats.push_back(&threat);
    std::sort(threats.begin(), threats.end(), [](const Threat *a, const Threat *b) {
        const bool obsoleteA = isInactive(a->status);
        const bool obsoleteB = isInactive(b->status);
        return obsoleteA != obsoleteB ? obsoleteB : a->number < b->number;
    });
    std::vector<PickItem> items;
    for (const Threat *threat : threats)
        items.push_back({threat->id,
                         tr("%1 — %2").arg(threatText(model(), *threat),
                                           threatStatusLook(threat->status).text),
                         fromStd(model().render(threat->description)),
                         isInactive(threat->status)
                             ? std::optional<QColor>(toneColor(Tone::Neutral))
                             : std::nullopt});
    m_threats->setItems(items);
}

} // namespace vigil
