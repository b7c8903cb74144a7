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

    QTreeWidget *tree() const { return m_tree; }
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
    void rebuild();
    void rebuildZones();
    void rebuildDiagrams();
    void syncElement(const Id &id);
    void syncFlow(const Id &id);
    void removeRow(const Id &id);
    QTreeWidgetItem *groupFor(ElementKind kind) const;
    QString flowText(const Flow &flow) const;
    void applyFilter();
    bool filterItem(QTreeWidgetItem *item, const QString &filter);
    void onSelectionChanged();

    Document *m_document;
    QLineEdit *m_search;
    QTreeWidget *m_tree;
    QTreeWidgetItem *m_elementsGroup = nullptr;
    QTreeWidgetItem *m_entitiesGroup = nullptr;
    QTreeWidgetItem *m_processesGroup = nullptr;
    QTreeWidgetItem *m_storesGroup = nullptr;
    QTreeWidgetItem *m_flowsGroup = nullptr;
    QTreeWidgetItem *m_zonesGroup = nullptr;
    QTreeWidgetItem *m_diagramsGroup = nullptr;
    std::unordered_map<Id, QTreeWidgetItem *> m_rows;
    std::unordered_map<Id, QTreeWidgetItem *> m_diagramRows;
    bool m_syncing = false;
};

} // namespace vigil
