#pragma once

// OutlinePanel: the contents of the outline dock, a tree of everything in the model: elements by
// kind, flows ("Source → Target: name"), trust zones nested as they are, and diagrams. A search
// box filters by name, keeping the parents of what matches. Selecting rows asks the window to
// show those items; the window's selection selects the matching rows. The tree follows the
// Document's id-based signals, updating only the rows they name.

#include "model/Types.h"

#include <QWidget>

#include <unordered_map>
#include <vector>

class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace vigil {

class Document;

class OutlinePanel final : public QWidget {
    Q_OBJECT

public:
    enum class Row { Group, Element, Flow, Zone, Diagram };
    static constexpr int kIdRole = Qt::UserRole;
    static constexpr int kRowRole = Qt::UserRole + 1;

    explicit OutlinePanel(Document *document, QWidget *parent = nullptr);

    QTreeWidget *tree() const;
    QLineEdit *searchBox() const { return m_search; }
    QTreeWidgetItem *rowOf(const Id &id) const; // element, flow or zone
    QTreeWidgetItem *diagramRow(const Id &id) const;

public slots:
    // Selects the rows of `ids` (no signal back), scrolling to the first.
    void setSelection(const std::vector<vigil::Id> &ids);
    void setFilter(const QString &text);

signals:
    // The user selected rows of elements, flows or zones.
    void itemsActivated(const std::vector<vigil::Id> &ids);
    // The user selected or double-clicked a diagram.
    void diagramActivated(const vigil::Id &diagram);

private:
    class Item;
    class Tree;

    void rebuild();
    void rebuildZones();
    void rebuildDiagrams();
    void syncElement(const Id &id);
    void syncFlow(const Id &id);
    void removeRow(const Id &id);
    Item *newRow(Row row, const Id &id, const QString &text);
    Item *groupFor(ElementKind kind) const;
    QString flowText(const Flow &flow) const;
    // The filter as typed, trimmed and case-folded (empty: no filter).
    QString foldedFilter() const;
    // One pass over the tree, only when a filter is set or rows are still hidden by the last.
    void applyFilter();
    bool filterItem(Item *item, const QString &filter);
    // After one row was added, renamed or moved: its visibility and its ancestors' only.
    void filterRow(Item *row);
    void onSelectionChanged();

    Document *m_document;
    QLineEdit *m_search;
    Tree *m_tree;
    Item *m_elementsGroup = nullptr;
    Item *m_entitiesGroup = nullptr;
    Item *m_processesGroup = nullptr;
    Item *m_storesGroup = nullptr;
    Item *m_flowsGroup = nullptr;
    Item *m_zonesGroup = nullptr;
    Item *m_diagramsGroup = nullptr;
    std::unordered_map<Id, Item *> m_rows;
    std::unordered_map<Id, Item *> m_diagramRows;
    std::vector<Id> m_zoneIds; // the zone rows in m_rows, replaced by rebuildZones()
    bool m_anyHidden = false;  // some row is hidden by the filter
    bool m_building = false;   // rebuild() filters once at its end
    bool m_syncing = false;
};

} // namespace vigil
