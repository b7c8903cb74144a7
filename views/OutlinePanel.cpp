#include "views/OutlinePanel.h"

#include "views/Document.h"

#include <QFile>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace vigil {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// Children stay sorted by name (case-insensitive) as rows come and go.
void insertSorted(QTreeWidgetItem *parent, QTreeWidgetItem *item)
{
    int index = 0;
    while (index < parent->childCount()
           && QString::compare(parent->child(index)->text(0), item->text(0), Qt::CaseInsensitive)
                  <= 0)
        ++index;
    parent->insertChild(index, item);
}

} // namespace

OutlinePanel::OutlinePanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_search(new QLineEdit(this)),
      m_tree(new QTreeWidget(this))
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
        if (item->data(0, kRowRole).toInt() == static_cast<int>(Row::Diagram))
            emit diagramActivated(item->data(0, kIdRole).toString().toStdString());
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

QTreeWidgetItem *OutlinePanel::groupFor(ElementKind kind) const
{
    switch (kind) {
    case ElementKind::ExternalEntity: return m_entitiesGroup;
    case ElementKind::Process: return m_processesGroup;
    case ElementKind::DataStore: return m_storesGroup;
    }
    return m_processesGroup;
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

void OutlinePanel::rebuild()
{
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    m_rows.clear();
    m_diagramRows.clear();
    const auto group = [](QTreeWidgetItem *parent, const QString &text, const QString &icon) {
        auto *item = new QTreeWidgetItem(parent, {text});
        item->setData(0, kRowRole, static_cast<int>(Row::Group));
        item->setFlags(Qt::ItemIsEnabled);
        // The icons are resources of the application, absent in some tests.
        if (!icon.isEmpty() && QFile::exists(icon))
            item->setIcon(0, QIcon(icon));
        return item;
    };
    m_elementsGroup = group(m_tree->invisibleRootItem(), tr("Elements"), {});
    m_entitiesGroup = group(m_elementsGroup, tr("External entities"),
                            QStringLiteral(":/icons/external-entity.svg"));
    m_processesGroup =
        group(m_elementsGroup, tr("Processes"), QStringLiteral(":/icons/process.svg"));
    m_storesGroup =
        group(m_elementsGroup, tr("Data stores"), QStringLiteral(":/icons/data-store.svg"));
    m_flowsGroup = group(m_tree->invisibleRootItem(), tr("Flows"),
                         QStringLiteral(":/icons/flow.svg"));
    m_zonesGroup = group(m_tree->invisibleRootItem(), tr("Trust zones"),
                         QStringLiteral(":/icons/trust-zone.svg"));
    m_diagramsGroup = group(m_tree->invisibleRootItem(), tr("Diagrams"), {});

    const ThreatModel &model = m_document->model();
    for (const Element *element : model.elements())
        syncElement(element->id);
    for (const Flow *flow : model.flows())
        syncFlow(flow->id);
    rebuildZones();
    rebuildDiagrams();
    m_tree->expandAll();
}

void OutlinePanel::syncElement(const Id &id)
{
    const Element *element = m_document->model().element(id);
    if (!element)
        return;
    QTreeWidgetItem *row = rowOf(id);
    QTreeWidgetItem *group = groupFor(element->kind);
    const QString name = fromStd(element->name);
    if (row && (row->parent() != group || row->text(0) != name)) {
        // Renamed or changed kind: re-insert where it now sorts.
        const bool selected = row->isSelected();
        const QSignalBlocker blocker(m_tree);
        row->parent()->removeChild(row);
        row->setText(0, name);
        insertSorted(group, row);
        row->setSelected(selected);
    } else if (!row) {
        row = new QTreeWidgetItem({name});
        row->setData(0, kIdRole, fromStd(id));
        row->setData(0, kRowRole, static_cast<int>(Row::Element));
        m_rows[id] = row;
        insertSorted(group, row);
    }
    row->setToolTip(0, fromStd(element->description));
    QFont font = row->font(0);
    font.setItalic(element->outOfScope);
    row->setFont(0, font);
    // Flow rows show element names.
    for (const Id &flow : m_document->model().flowsOf(id))
        if (rowOf(flow))
            syncFlow(flow);
    applyFilter();
}

void OutlinePanel::syncFlow(const Id &id)
{
    const Flow *flow = m_document->model().flow(id);
    if (!flow)
        return;
    const QString text = flowText(*flow);
    QTreeWidgetItem *row = rowOf(id);
    if (row && row->text(0) != text) {
        const bool selected = row->isSelected();
        const QSignalBlocker blocker(m_tree);
        m_flowsGroup->removeChild(row);
        row->setText(0, text);
        insertSorted(m_flowsGroup, row);
        row->setSelected(selected);
    } else if (!row) {
        row = new QTreeWidgetItem({text});
        row->setData(0, kIdRole, fromStd(id));
        row->setData(0, kRowRole, static_cast<int>(Row::Flow));
        m_rows[id] = row;
        insertSorted(m_flowsGroup, row);
    }
    row->setToolTip(0, fromStd(flow->protocol));
    applyFilter();
}

void OutlinePanel::removeRow(const Id &id)
{
    auto it = m_rows.find(id);
    if (it == m_rows.end())
        return;
    const QSignalBlocker blocker(m_tree);
    delete it->second;
    m_rows.erase(it);
}

void OutlinePanel::rebuildZones()
{
    const QSignalBlocker blocker(m_tree);
    std::vector<Id> selected;
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (it->second->data(0, kRowRole).toInt() == static_cast<int>(Row::Zone)) {
            if (it->second->isSelected())
                selected.push_back(it->first);
            it = m_rows.erase(it);
        } else {
            ++it;
        }
    }
    qDeleteAll(m_zonesGroup->takeChildren());
    const ThreatModel &model = m_document->model();
    std::function<void(QTreeWidgetItem *, const Id &)> addZone =
        [&](QTreeWidgetItem *parent, const Id &id) {
            const TrustBoundary *zone = model.boundary(id);
            auto *row = new QTreeWidgetItem({fromStd(zone->name)});
            row->setData(0, kIdRole, fromStd(id));
            row->setData(0, kRowRole, static_cast<int>(Row::Zone));
            row->setToolTip(0, fromStd(zone->description));
            m_rows[id] = row;
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
    applyFilter();
}

void OutlinePanel::rebuildDiagrams()
{
    const QSignalBlocker blocker(m_tree);
    m_diagramRows.clear();
    qDeleteAll(m_diagramsGroup->takeChildren());
    for (const Diagram *diagram : m_document->model().diagrams()) {
        auto *row = new QTreeWidgetItem(m_diagramsGroup, {fromStd(diagram->name)});
        row->setData(0, kIdRole, fromStd(diagram->id));
        row->setData(0, kRowRole, static_cast<int>(Row::Diagram));
        row->setToolTip(0, fromStd(diagram->description));
        m_diagramRows[diagram->id] = row;
    }
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

void OutlinePanel::applyFilter()
{
    const QString filter = m_search->text().trimmed();
    QTreeWidgetItem *root = m_tree->invisibleRootItem();
    for (int i = 0; i < root->childCount(); ++i)
        filterItem(root->child(i), filter);
    if (!filter.isEmpty())
        m_tree->expandAll();
}

// Shows an item when its name matches or something below it does; returns whether it shows.
bool OutlinePanel::filterItem(QTreeWidgetItem *item, const QString &filter)
{
    bool childShown = false;
    for (int i = 0; i < item->childCount(); ++i)
        childShown = filterItem(item->child(i), filter) || childShown;
    const bool isGroup = item->data(0, kRowRole).toInt() == static_cast<int>(Row::Group);
    const bool matches = filter.isEmpty()
                         || (!isGroup && item->text(0).contains(filter, Qt::CaseInsensitive));
    const bool shown = matches || childShown || (isGroup && filter.isEmpty());
    item->setHidden(!shown);
    return shown;
}

void OutlinePanel::setSelection(const std::vector<Id> &ids)
{
    m_syncing = true;
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->clearSelection();
        QTreeWidgetItem *first = nullptr;
        for (const Id &id : ids) {
            if (QTreeWidgetItem *row = rowOf(id)) {
                row->setSelected(true);
                if (!first)
                    first = row;
            }
        }
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
        const auto row = static_cast<Row>(item->data(0, kRowRole).toInt());
        const Id id = item->data(0, kIdRole).toString().toStdString();
        if (row == Row::Diagram)
            diagram = id;
        else if (row != Row::Group)
            ids.push_back(id);
    }
    if (!ids.empty())
        emit itemsActivated(ids);
    else if (!diagram.empty())
        emit diagramActivated(diagram);
}

} // namespace vigil
