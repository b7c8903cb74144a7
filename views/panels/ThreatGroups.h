#pragma once

// The threats dock's grouped view: the filtered, sorted threat rows under collapsible headings
// (by element or flow, by zone crossing, by STRIDE category, by rule), each heading with its
// count. It reads the filter proxy, so filters and sorting apply inside the groups; groups come
// in a fixed order (STRIDE order for categories, names for the rest).

#include "model/ThreatModel.h"

#include <QAbstractItemModel>

#include <vector>

namespace vigil {

class Document;
class ThreatFilterModel;
class ThreatTableModel;

enum class ThreatGrouping { None, Target, Crossing, Category, Rule };

class ThreatGroupModel final : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Role { GroupKeyRole = Qt::UserRole + 100, GroupCountRole };

    ThreatGroupModel(Document *document, ThreatFilterModel *rows, QObject *parent = nullptr);

    void setGrouping(ThreatGrouping grouping);
    ThreatGrouping grouping() const { return m_grouping; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    // Sorting sorts the rows inside every group (through the filter proxy).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The filter proxy's index for a threat row, invalid for a heading.
    QModelIndex mapToRows(const QModelIndex &index) const;
    // The threat row for a filter proxy index.
    QModelIndex mapFromRows(const QModelIndex &rowIndex) const;
    bool isGroup(const QModelIndex &index) const;
    // The stable key of a heading (to keep it expanded across rebuilds).
    QString groupKey(int group) const;
    int groupOf(const QString &key) const; // -1 when absent

    // The heading for a threat under a grouping: "Pump firmware (process)", "Spoofing", …
    static QString groupLabel(const ThreatModel &model, const Threat &threat,
                              ThreatGrouping grouping);

private:
    struct Group {
        QString key;
        QString label;
        int order = 0; // categories keep STRIDE order; the rest sort by label
        std::vector<int> rows; // filter proxy rows, in the proxy's order
    };
    void rebuild();
    void refreshLabels();
    void onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    QString keyOf(const Threat &threat) const;
    const Threat *threatOfRow(int proxyRow) const;

    Document *m_document;
    ThreatFilterModel *m_rows;
    ThreatTableModel *m_table;
    ThreatGrouping m_grouping = ThreatGrouping::None;
    std::vector<Group> m_groups;
    // For each filter proxy row: its group and position in it.
    std::vector<std::pair<int, int>> m_placeOfRow;
};

} // namespace vigil
