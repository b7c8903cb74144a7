#include "views/panels/ThreatGroups.h"

#include "views/document/Document.h"
#include "views/document/ThreatCommands.h"
#include "views/panels/ThreatsPanel.h"

#include <QCollator>
#include <QFont>
#include <QMimeData>

#include <algorithm>
#include <unordered_map>

namespace vigil {

namespace {

// Heading rows have internal id 0; threat rows carry their group's index + 1.
constexpr quintptr kHeading = 0;

QString name(const ThreatModel &model, const Id &id)
{
    return QString::fromStdString(model.displayName(id));
}

QString kindLabel(ElementKind kind)
{
    switch (kind) {
    case ElementKind::ExternalEntity: return ThreatGroupModel::tr("external entity");
    case ElementKind::Process: return ThreatGroupModel::tr("process");
    case ElementKind::DataStore: return ThreatGroupModel::tr("data store");
    }
    return {};
}

} // namespace

ThreatGroupModel::ThreatGroupModel(Document *document, ThreatFilterModel *rows, QObject *parent)
    : QAbstractItemModel(parent), m_document(document), m_rows(rows),
      m_table(static_cast<ThreatTableModel *>(rows->sourceModel()))
{
    // Rows come and go, or change order: rebuild (the panel keeps expansion and selection).
    connect(rows, &QAbstractItemModel::modelReset, this, &ThreatGroupModel::rebuild);
    connect(rows, &QAbstractItemModel::layoutChanged, this, &ThreatGroupModel::rebuild);
    connect(rows, &QAbstractItemModel::rowsInserted, this, &ThreatGroupModel::rebuild);
    connect(rows, &QAbstractItemModel::rowsRemoved, this, &ThreatGroupModel::rebuild);
    connect(rows, &QAbstractItemModel::rowsMoved, this, &ThreatGroupModel::rebuild);
    connect(rows, &QAbstractItemModel::dataChanged, this, &ThreatGroupModel::onRowsChanged);
    // Headings name elements, flows and zones: follow renames without a rebuild.
    for (auto signal : {&Document::elementChanged, &Document::flowChanged,
                        &Document::boundaryChanged})
        connect(document, signal, this, &ThreatGroupModel::refreshLabels);
}

void ThreatGroupModel::setGrouping(ThreatGrouping grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    rebuild();
}

const Threat *ThreatGroupModel::threatOfRow(int proxyRow) const
{
    return m_table->threatAt(m_rows->mapToSource(m_rows->index(proxyRow, 0)).row());
}

QString ThreatGroupModel::keyOf(const Threat &threat) const
{
    switch (m_grouping) {
    case ThreatGrouping::None: return {};
    case ThreatGrouping::Target:
        return threat.targets.empty() ? QString() : QString::fromStdString(threat.targets.front());
    case ThreatGrouping::Crossing: {
        // Crossing threats name the flow first, then the zones it crosses.
        QString key;
        for (std::size_t i = 1; i < threat.targets.size(); ++i)
            key += QString::fromStdString(threat.targets[i]) + QLatin1Char('\n');
        return key;
    }
    case ThreatGrouping::Category: return QString::number(static_cast<int>(threat.category));
    case ThreatGrouping::Rule:
        return threat.manual ? QString() : QString::fromStdString(threat.ruleId);
    }
    return {};
}

QString ThreatGroupModel::groupLabel(const ThreatModel &model, const Threat &threat,
                                     ThreatGrouping grouping)
{
    switch (grouping) {
    case ThreatGrouping::None: return {};
    case ThreatGrouping::Target: {
        if (threat.targets.empty())
            return tr("No element");
        const Id &target = threat.targets.front();
        if (const Element *element = model.element(target))
            return tr("%1 (%2)").arg(name(model, target), kindLabel(element->kind));
        if (const Flow *flow = model.flow(target))
            return tr("%1 (flow %2 → %3)")
                .arg(name(model, target), name(model, flow->source), name(model, flow->target));
        return name(model, target);
    }
    case ThreatGrouping::Crossing: {
        QStringList zones;
        for (std::size_t i = 1; i < threat.targets.size(); ++i)
            zones << name(model, threat.targets[i]);
        if (zones.isEmpty())
            return tr("No zone crossed");
        return tr("Crosses %1").arg(zones.join(QStringLiteral(", ")));
    }
    case ThreatGrouping::Category: return strideCategoryLabel(threat.category);
    case ThreatGrouping::Rule:
        if (threat.manual)
            return tr("Manual threats");
        return tr("Rule %1 (%2)")
            .arg(QString::fromStdString(threat.ruleId), strideCategoryLabel(threat.category));
    }
    return {};
}

void ThreatGroupModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    m_placeOfRow.clear();
    if (m_grouping != ThreatGrouping::None) {
        const ThreatModel &model = m_document->model();
        const int rows = m_rows->rowCount();
        std::unordered_map<QString, int> groupOfKey;
        std::vector<int> groupOfRow(static_cast<std::size_t>(rows));
        for (int row = 0; row < rows; ++row) {
            const Threat *threat = threatOfRow(row);
            const QString key = keyOf(*threat);
            auto [it, added] = groupOfKey.emplace(key, static_cast<int>(m_groups.size()));
            if (added) {
                Group group;
                group.key = key;
                group.label = groupLabel(model, *threat, m_grouping);
                // Categories in STRIDE order; the empty key ("no zone", "manual") goes last.
                if (m_grouping == ThreatGrouping::Category)
                    group.order = static_cast<int>(threat->category);
                else
                    group.order = key.isEmpty() ? 1 : 0;
                m_groups.push_back(std::move(group));
            }
            m_groups[static_cast<std::size_t>(it->second)].rows.push_back(row);
            groupOfRow[static_cast<std::size_t>(row)] = it->second;
        }
        QCollator collator;
        collator.setNumericMode(true);
        std::vector<int> order(m_groups.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = static_cast<int>(i);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const Group &x = m_groups[static_cast<std::size_t>(a)];
            const Group &y = m_groups[static_cast<std::size_t>(b)];
            if (x.order != y.order)
                return x.order < y.order;
            return collator.compare(x.label, y.label) < 0;
        });
        std::vector<Group> sorted;
        sorted.reserve(m_groups.size());
        std::vector<int> newIndex(m_groups.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            newIndex[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
            sorted.push_back(std::move(m_groups[static_cast<std::size_t>(order[i])]));
        }
        m_groups = std::move(sorted);
        m_placeOfRow.resize(static_cast<std::size_t>(rows));
        for (std::size_t g = 0; g < m_groups.size(); ++g)
            for (std::size_t i = 0; i < m_groups[g].rows.size(); ++i)
                m_placeOfRow[static_cast<std::size_t>(m_groups[g].rows[i])] = {
                    static_cast<int>(g), static_cast<int>(i)};
    }
    endResetModel();
}

void ThreatGroupModel::refreshLabels()
{
    if (m_groups.empty())
        return;
    const ThreatModel &model = m_document->model();
    for (Group &group : m_groups)
        if (!group.rows.empty())
            if (const Threat *threat = threatOfRow(group.rows.front()))
                group.label = groupLabel(model, *threat, m_grouping);
    emit dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::DisplayRole});
}

void ThreatGroupModel::onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                     const QList<int> &roles)
{
    if (m_grouping == ThreatGrouping::None)
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        if (row < 0 || static_cast<std::size_t>(row) >= m_placeOfRow.size())
            continue;
        const auto [group, position] = m_placeOfRow[static_cast<std::size_t>(row)];
        const QModelIndex parentIndex = index(group, 0);
        emit dataChanged(index(position, topLeft.column(), parentIndex),
                         index(position, bottomRight.column(), parentIndex), roles);
    }
}

QModelIndex ThreatGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount())
        return {};
    if (!parent.isValid())
        return static_cast<std::size_t>(row) < m_groups.size() ? createIndex(row, column, kHeading)
                                                                : QModelIndex();
    if (!isGroup(parent))
        return {};
    const Group &group = m_groups[static_cast<std::size_t>(parent.row())];
    if (static_cast<std::size_t>(row) >= group.rows.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ThreatGroupModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kHeading)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kHeading);
}

bool ThreatGroupModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == kHeading;
}

int ThreatGroupModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (isGroup(parent) && parent.column() == 0)
        return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].rows.size());
    return 0;
}

int ThreatGroupModel::columnCount(const QModelIndex &) const
{
    return ThreatTableModel::ColumnCount;
}

QModelIndex ThreatGroupModel::mapToRows(const QModelIndex &index) const
{
    if (!index.isValid() || isGroup(index))
        return {};
    const Group &group = m_groups[static_cast<std::size_t>(index.internalId() - 1)];
    return m_rows->index(group.rows[static_cast<std::size_t>(index.row())], index.column());
}

QModelIndex ThreatGroupModel::mapFromRows(const QModelIndex &rowIndex) const
{
    if (!rowIndex.isValid() || static_cast<std::size_t>(rowIndex.row()) >= m_placeOfRow.size())
        return {};
    const auto [group, position] = m_placeOfRow[static_cast<std::size_t>(rowIndex.row())];
    return index(position, rowIndex.column(), index(group, 0));
}

QString ThreatGroupModel::groupKey(int group) const
{
    return group >= 0 && static_cast<std::size_t>(group) < m_groups.size()
               ? m_groups[static_cast<std::size_t>(group)].key
               : QString();
}

int ThreatGroupModel::groupOf(const QString &key) const
{
    for (std::size_t g = 0; g < m_groups.size(); ++g)
        if (m_groups[g].key == key)
            return static_cast<int>(g);
    return -1;
}

QVariant ThreatGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (!isGroup(index))
        return mapToRows(index).data(role);
    const Group &group = m_groups[static_cast<std::size_t>(index.row())];
    const int count = static_cast<int>(group.rows.size());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() != 0)
            return {};
        return tr("%1 · %n threat(s)", nullptr, count).arg(group.label);
    case Qt::FontRole:
        if (index.column() == 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case GroupKeyRole: return group.key;
    case GroupCountRole: return count;
    default: return {};
    }
}

QVariant ThreatGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_rows->headerData(section, orientation, role);
}

Qt::ItemFlags ThreatGroupModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (isGroup(index))
        return Qt::ItemIsEnabled;
    return m_rows->flags(mapToRows(index));
}

QStringList ThreatGroupModel::mimeTypes() const
{
    return m_rows->mimeTypes();
}

QMimeData *ThreatGroupModel::mimeData(const QModelIndexList &indexes) const
{
    QModelIndexList rows;
    for (const QModelIndex &index : indexes)
        if (const QModelIndex row = mapToRows(index); row.isValid())
            rows.push_back(row);
    return m_rows->mimeData(rows);
}

void ThreatGroupModel::sort(int column, Qt::SortOrder order)
{
    m_rows->sort(column, order);
}

} // namespace vigil
