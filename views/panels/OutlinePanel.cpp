#include "views/panels/OutlinePanel.h"

#include "views/document/Document.h"

#include <QFile>
#include <QItemSelection>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <map>

namespace vigil {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// Rows sort by name, case-insensitively; rows with equal names keep their arrival order.
bool sortsBefore(const QString &left, const QString &right)
{
    return QString::compare(left, right, Qt::CaseInsensitive) < 0;
}

void decorateElement(QTreeWidgetItem *row, const Element &element)
{
    row->setToolTip(0, fromStd(element.description));
    if (row->font(0).italic() != element.outOfScope) {
        QFont font = row->font(0);
        font.setItalic(element.outOfScope);
        row->setFont(0, font);
    }
}

} // namespace

// A row keeping what the hot loops need (kind, id, name and its case-folded form) as members:
// QTreeWidgetItem::data() answers through a QVariant on every call. Every row of the tree is one.
class OutlinePanel::Item final : public QTreeWidgetItem {
public:
    Item(Row row, const Id &id, const QString &name)
        : QTreeWidgetItem(UserType), m_row(row), m_id(id)
    {
        setData(0, kRowRole, static_cast<int>(row));
        if (row != Row::Group)
            setData(0, kIdRole, fromStd(id));
        setName(name);
    }

    Row row() const { return m_row; }
    const Id &id() const { return m_id; }
    const QString &name() const { return m_name; }
    const QString &folded() const { return m_folded; }
    void setName(const QString &name)
    {
        m_name = name;
        m_folded = name.toCaseFolded();
        setText(0, name);
    }
    Item *childItem(int index) const { return static_cast<Item *>(child(index)); }
    Item *parentItem() const { return static_cast<Item *>(parent()); }
    bool isFilteredOut() const { return m_filteredOut; }
    void setFilteredOut(bool hidden)
    {
        m_filteredOut = hidden;
        setHidden(hidden);
    }

private:
    Row m_row;
    Id m_id;
    QString m_name;
    QString m_folded;
    bool m_filteredOut = false;
};

// Exposes indexFromItem, so that a selection of many rows is one selection-model call.
class OutlinePanel::Tree final : public QTreeWidget {
public:
    using QTreeWidget::QTreeWidget;
    using QTreeWidget::indexFromItem;
};

namespace {

// Binary search for the place after every child that sorts before or with `item`.
template <typename Item> void insertSorted(Item *parent, Item *item)
{
    int low = 0;
    int high = parent->childCount();
    while (low < high) {
        const int middle = low + (high - low) / 2;
        if (sortsBefore(item->name(), parent->childItem(middle)->name()))
            high = middle;
        else
            low = middle + 1;
    }
    parent->insertChild(low, item);
}

// Fills an empty group in one insertion, in the order insertSorted would have given.
template <typename Item> void addSorted(Item *parent, std::vector<Item *> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Item *left, const Item *right) {
        return sortsBefore(left->name(), right->name());
    });
    parent->addChildren(QList<QTreeWidgetItem *>(rows.begin(), rows.end()));
}

} // namespace

OutlinePanel::OutlinePanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_search(new QLineEdit(this)),
      m_tree(new Tree(this))
{
    setObjectName(QStringLiteral("outlinePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_search->setObjectName(QStringLiteral("outlineSearch"));
    m_search->setPlaceholderText(tr("Search by name"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_tree->setObjectName(QStringLiteral("outlineTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, &OutlinePanel::setFilter);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &OutlinePanel::onSelectionChanged);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const auto *row = static_cast<const Item *>(item);
        if (row->row() == Row::Diagram)
            emit diagramActivated(row->id());
    });

    connect(document, &Document::modelReset, this, &OutlinePanel::rebuild);
    connect(document, &Document::elementAdded, this, &OutlinePanel::syncElement);
    connect(document, &Document::elementChanged, this, &OutlinePanel::syncElement);
    connect(document, &Document::elementRemoved, this, &OutlinePanel::removeRow);
    connect(document, &Document::flowAdded, this, &OutlinePanel::syncFlow);
    connect(document, &Document::flowChanged, this, &OutlinePanel::syncFlow);
    connect(document, &Document::flowRemoved, this, &OutlinePanel::removeRow);
    // Zones and diagrams are few, and a change can re-nest zones: rebuild just their groups.
    for (auto signal : {&Document::boundaryAdded, &Document::boundaryChanged,
                        &Document::boundaryRemoved})
        connect(document, signal, this, &OutlinePanel::rebuildZones);
    for (auto signal : {&Document::diagramAdded, &Document::diagramChanged,
                        &Document::diagramRemoved})
        connect(document, signal, this, &OutlinePanel::rebuildDiagrams);
    rebuild();
}

QTreeWidget *OutlinePanel::tree() const
{
    return m_tree;
}

QTreeWidgetItem *OutlinePanel::rowOf(const Id &id) const
{
    auto it = m_rows.find(id);
    return it == m_rows.end() ? nullptr : it->second;
}

QTreeWidgetItem *OutlinePanel::diagramRow(const Id &id) const
{
    auto it = m_diagramRows.find(id);
    return it == m_diagramRows.end() ? nullptr : it->second;
}

OutlinePanel::Item *OutlinePanel::groupFor(ElementKind kind) const
{
    switch (kind) {
    case ElementKind::ExternalEntity: return m_entitiesGroup;
    case ElementKind::Process: return m_processesGroup;
    case ElementKind::DataStore: return m_storesGroup;
    }
    return m_processesGroup;
}

OutlinePanel::Item *OutlinePanel::newRow(Row row, const Id &id, const QString &text)
{
    auto *item = new Item(row, id, text);
    m_rows[id] = item;
    return item;
}

QString OutlinePanel::flowText(const Flow &flow) const
{
    const ThreatModel &model = m_document->model();
    const auto nameOf = [&model](const Id &id) {
        const Element *element = model.element(id);
        return element ? fromStd(element->name) : fromStd(id);
    };
    const QString arrow = flow.bidirectional ? QStringLiteral("↔") : QStringLiteral("→");
    if (flow.name.empty())
        return tr("%1 %2 %3").arg(nameOf(flow.source), arrow, nameOf(flow.target));
    return tr("%1 %2 %3: %4").arg(nameOf(flow.source), arrow, nameOf(flow.target),
                                  fromStd(flow.name));
}

// ---------------------------------------------------------------- building

// One pass: rows are made, sorted and added per group in one insertion each, with the tree's
// signals and painting off, and the filter (if any) applied once at the end.
void OutlinePanel::rebuild()
{
    m_building = true;
    m_tree->setUpdatesEnabled(false);
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        m_rows.clear();
        m_diagramRows.clear();
        m_zoneIds.clear();
        m_anyHidden = false;
        const auto group = [](QTreeWidgetItem *parent, const QString &text, const QString &icon) {
            auto *item = new Item(Row::Group, Id(), text);
            parent->addChild(item);
            item->setFlags(Qt::ItemIsEnabled);
            // The icons are resources of the application, absent in some tests.
            if (!icon.isEmpty() && QFile::exists(icon))
                item->setIcon(0, QIcon(icon));
            return item;
        };
        QTreeWidgetItem *root = m_tree->invisibleRootItem();
        m_elementsGroup = group(root, tr("Elements"), {});
        m_entitiesGroup = group(m_elementsGroup, tr("External entities"),
                                QStringLiteral(":/icons/external-entity.svg"));
        m_processesGroup =
            group(m_elementsGroup, tr("Processes"), QStringLiteral(":/icons/process.svg"));
        m_storesGroup =
            group(m_elementsGroup, tr("Data stores"), QStringLiteral(":/icons/data-store.svg"));
        m_flowsGroup = group(root, tr("Flows"), QStringLiteral(":/icons/flow.svg"));
        m_zonesGroup = group(root, tr("Trust zones"), QStringLiteral(":/icons/trust-zone.svg"));
        m_diagramsGroup = group(root, tr("Diagrams"), {});

        const ThreatModel &model = m_document->model();
        std::vector<Item *> entities;
        std::vector<Item *> processes;
        std::vector<Item *> stores;
        for (const Element *element : model.elements()) {
            Item *row = newRow(Row::Element, element->id, fromStd(element->name));
            decorateElement(row, *element);
            switch (element->kind) {
            case ElementKind::ExternalEntity: entities.push_back(row); break;
            case ElementKind::Process: processes.push_back(row); break;
            case ElementKind::DataStore: stores.push_back(row); break;
            }
        }
        addSorted(m_entitiesGroup, entities);
        addSorted(m_processesGroup, processes);
        addSorted(m_storesGroup, stores);
        std::vector<Item *> flows;
        flows.reserve(model.flowCount());
        for (const Flow *flow : model.flows()) {
            Item *row = newRow(Row::Flow, flow->id, flowText(*flow));
            row->setToolTip(0, fromStd(flow->protocol));
            flows.push_back(row);
        }
        addSorted(m_flowsGroup, flows);
        rebuildZones();
        rebuildDiagrams();
        m_tree->expandAll();
    }
    m_building = false;
    applyFilter();
    m_tree->setUpdatesEnabled(true);
}

void OutlinePanel::syncElement(const Id &id)
{
    const Element *element = m_document->model().element(id);
    if (!element)
        return;
    auto it = m_rows.find(id);
    Item *row = it == m_rows.end() ? nullptr : it->second;
    Item *group = groupFor(element->kind);
    const QString name = fromStd(element->name);
    if (row && (row->parentItem() != group || row->name() != name)) {
        // Renamed or changed kind: re-insert where it now sorts.
        const bool selected = row->isSelected();
        const QSignalBlocker blocker(m_tree);
        row->parent()->removeChild(row);
        row->setName(name);
        insertSorted(group, row);
        row->setSelected(selected);
    } else if (!row) {
        row = newRow(Row::Element, id, name);
        insertSorted(group, row);
    }
    decorateElement(row, *element);
    filterRow(row);
    // Flow rows show element names.
    for (const Id &flow : m_document->model().flowsOf(id))
        if (rowOf(flow))
            syncFlow(flow);
}

void OutlinePanel::syncFlow(const Id &id)
{
    const Flow *flow = m_document->model().flow(id);
    if (!flow)
        return;
    const QString text = flowText(*flow);
    auto it = m_rows.find(id);
    Item *row = it == m_rows.end() ? nullptr : it->second;
    if (row && row->name() != text) {
        const bool selected = row->isSelected();
        const QSignalBlocker blocker(m_tree);
        m_flowsGroup->removeChild(row);
        row->setName(text);
        insertSorted(m_flowsGroup, row);
        row->setSelected(selected);
    } else if (!row) {
        row = newRow(Row::Flow, id, text);
        insertSorted(m_flowsGroup, row);
    }
    row->setToolTip(0, fromStd(flow->protocol));
    filterRow(row);
}

void OutlinePanel::removeRow(const Id &id)
{
    auto it = m_rows.find(id);
    if (it == m_rows.end())
        return;
    Item *parent = it->second->parentItem();
    {
        const QSignalBlocker blocker(m_tree);
        delete it->second;
        m_rows.erase(it);
    }
    // The group may have lost the last row the filter showed.
    if (parent && parent->childCount() > 0)
        filterRow(parent->childItem(0));
    else if (parent && !foldedFilter().isEmpty())
        applyFilter();
}

void OutlinePanel::rebuildZones()
{
    const QSignalBlocker blocker(m_tree);
    std::vector<Id> selected;
    for (const Id &id : m_zoneIds) {
        auto it = m_rows.find(id);
        if (it == m_rows.end())
            continue;
        if (it->second->isSelected())
            selected.push_back(id);
        m_rows.erase(it);
    }
    m_zoneIds.clear();
    qDeleteAll(m_zonesGroup->takeChildren());
    const ThreatModel &model = m_document->model();
    std::function<void(Item *, const Id &)> addZone = [&](Item *parent, const Id &id) {
        const TrustBoundary *zone = model.boundary(id);
        Item *row = newRow(Row::Zone, id, fromStd(zone->name));
        row->setToolTip(0, fromStd(zone->description));
        m_zoneIds.push_back(id);
        insertSorted(parent, row);
        for (const Id &child : model.childBoundaries(id))
            addZone(row, child);
        row->setExpanded(true);
    };
    for (const TrustBoundary *zone : model.boundaries())
        if (zone->parent.empty())
            addZone(m_zonesGroup, zone->id);
    for (const Id &id : selected)
        if (QTreeWidgetItem *row = rowOf(id))
            row->setSelected(true);
    if (!m_building)
        applyFilter();
}

void OutlinePanel::rebuildDiagrams()
{
    const QSignalBlocker blocker(m_tree);
    m_diagramRows.clear();
    qDeleteAll(m_diagramsGroup->takeChildren());
    for (const Diagram *diagram : m_document->model().diagrams()) {
        auto *row = new Item(Row::Diagram, diagram->id, fromStd(diagram->name));
        row->setToolTip(0, fromStd(diagram->description));
        m_diagramsGroup->addChild(row);
        m_diagramRows[diagram->id] = row;
    }
    if (!m_building)
        applyFilter();
}

// ---------------------------------------------------------------- filter and selection

void OutlinePanel::setFilter(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text); // comes back through textChanged
    else
        applyFilter();
}

QString OutlinePanel::foldedFilter() const
{
    return m_search->text().trimmed().toCaseFolded();
}

void OutlinePanel::applyFilter()
{
    const QString filter = foldedFilter();
    // Nothing typed and nothing hidden by what was: every row already shows.
    if (filter.isEmpty() && !m_anyHidden)
        return;
    m_anyHidden = false;
    QTreeWidgetItem *root = m_tree->invisibleRootItem();
    for (int i = 0; i < root->childCount(); ++i)
        filterItem(static_cast<Item *>(root->child(i)), filter);
    if (!filter.isEmpty())
        m_tree->expandAll();
}

// Shows an item when its name matches or something below it does; returns whether it shows.
// Hides or shows only rows whose state changes.
bool OutlinePanel::filterItem(Item *item, const QString &filter)
{
    bool childShown = false;
    for (int i = 0; i < item->childCount(); ++i)
        childShown = filterItem(item->childItem(i), filter) || childShown;
    const bool isGroup = item->row() == Row::Group;
    const bool shown = filter.isEmpty() || childShown
                       || (!isGroup && item->folded().contains(filter));
    if (item->isFilteredOut() == shown)
        item->setFilteredOut(!shown);
    m_anyHidden = m_anyHidden || !shown;
    return shown;
}

void OutlinePanel::filterRow(Item *row)
{
    const QString filter = foldedFilter();
    if (filter.isEmpty())
        return; // rows show unless a filter hides them; clearing it showed them all
    bool shown = filterItem(row, filter);
    // Set explicitly: a row taken out and re-inserted to re-sort may have lost its hidden state.
    row->setFilteredOut(!shown);
    for (Item *parent = row->parentItem(); parent; parent = parent->parentItem()) {
        bool childShown = shown;
        for (int i = 0; !childShown && i < parent->childCount(); ++i) {
            const Item *sibling = parent->childItem(i);
            childShown = sibling && !sibling->isFilteredOut();
        }
        shown = childShown || (parent->row() != Row::Group && parent->folded().contains(filter));
        if (parent->isFilteredOut() == shown)
            parent->setFilteredOut(!shown);
        if (shown)
            parent->setExpanded(true);
        m_anyHidden = m_anyHidden || !shown;
    }
}

void OutlinePanel::setSelection(const std::vector<Id> &ids)
{
    m_syncing = true;
    {
        const QSignalBlocker blocker(m_tree);
        // Rows of each parent, so that neighbours become one range: selecting thousands of rows
        // is then a few selection-model calls, not one per row (each of which compares the
        // whole selection before and after).
        std::map<QTreeWidgetItem *, std::vector<int>> rowsByParent;
        QTreeWidgetItem *first = nullptr;
        for (const Id &id : ids) {
            QTreeWidgetItem *row = rowOf(id);
            if (!row)
                continue;
            QTreeWidgetItem *parent = row->parent() ? row->parent() : m_tree->invisibleRootItem();
            rowsByParent[parent].push_back(m_tree->indexFromItem(row).row());
            if (!first)
                first = row;
        }
        QItemSelection selection;
        for (auto &[parent, rows] : rowsByParent) {
            std::sort(rows.begin(), rows.end());
            const QModelIndex parentIndex = m_tree->indexFromItem(parent);
            QAbstractItemModel *model = m_tree->model();
            for (size_t i = 0; i < rows.size();) {
                size_t j = i;
                while (j + 1 < rows.size() && rows[j + 1] <= rows[j] + 1)
                    ++j;
                selection.select(model->index(rows[i], 0, parentIndex),
                                 model->index(rows[j], 0, parentIndex));
                i = j + 1;
            }
        }
        m_tree->clearSelection();
        if (!selection.isEmpty())
            m_tree->selectionModel()->select(selection, QItemSelectionModel::Select);
        if (first) {
            m_tree->setCurrentItem(first, 0, QItemSelectionModel::NoUpdate);
            m_tree->scrollToItem(first);
        }
    }
    m_tree->viewport()->update();
    m_syncing = false;
}

void OutlinePanel::onSelectionChanged()
{
    if (m_syncing)
        return;
    std::vector<Id> ids;
    Id diagram;
    for (QTreeWidgetItem *item : m_tree->selectedItems()) {
        const auto *row = static_cast<const Item *>(item);
        if (row->row() == Row::Diagram)
            diagram = row->id();
        else if (row->row() != Row::Group)
            ids.push_back(row->id());
    }
    if (!ids.empty())
        emit itemsActivated(ids);
    else if (!diagram.empty())
        emit diagramActivated(diagram);
}

} // namespace vigil
