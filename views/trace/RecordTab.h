#pragma once

// RecordTab: what the Mitigations, Requirements, Tests, People and Hazards tabs of the
// traceability workspace have in common. A search field with Add and Remove, a sortable table of
// the records (Insert and Delete work there), and below it the subclass's detail form for the
// current record. The table follows the Document's signals and keeps the selection by id; the
// form's text fields commit when editing finishes, each commit one undo step.

#include "model/ThreatModel.h"
#include "views/trace/TraceWidgets.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QWidget>

#include <functional>
#include <utility>
#include <unordered_map>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSplitter;

namespace vigil {
class Document;
} // namespace vigil

namespace vigil::tracepanel {

class RecordTab;

// Item data roles of the record tables.
enum Role {
    IdRole = Qt::UserRole + 1, // the record id (QString)
    SortRole,                  // what the column sorts by; the display text when absent
    SearchRole,                // column 0: every text the search field looks in
};

// One row per record id; the cells come from the tab.
class RecordTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    RecordTableModel(RecordTab *tab, QStringList headers, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const std::vector<Id> &ids() const { return m_ids; }
    int rowOf(const Id &id) const; // -1 when absent
    // A different set of ids resets the model; the same ids only refresh every cell.
    void setIds(std::vector<Id> ids);

private:
    RecordTab *m_tab;
    QStringList m_headers;
    std::vector<Id> m_ids;
    std::unordered_map<Id, int> m_rows;
};

// Sorts ids and words naturally (SR-9 before SR-10) and keeps rows whose search text holds
// every word of the search field.
class RecordSortModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit RecordSortModel(QObject *parent);
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_words;
};

// The table of a record tab: Insert and Delete keys, and optionally drops of one mime type on
// a row (the row under the cursor is outlined while dragging).
class RecordTableView final : public QTableView {
    Q_OBJECT

public:
    explicit RecordTableView(QWidget *parent);
    void acceptDrops(const QString &mimeType);

signals:
    void insertPressed();
    void deletePressed();
    // `payload` of the accepted mime type was dropped on the row of `index` (a proxy index).
    void dropped(const QModelIndex &index, const QByteArray &payload);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    bool wantsDrop(const QMimeData *payload, const QPoint &position);
    void setDropRow(int row);

    QString m_mimeType;
    int m_dropRow = -1;
};

class RecordTab : public QWidget {
    Q_OBJECT

public:
    ~RecordTab() override;

    QTableView *table() const { return m_table; }
    RecordTableModel *tableModel() const { return m_model; }
    RecordSortModel *sortModel() const { return m_sort; }
    QLineEdit *searchField() const { return m_search; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *countLabel() const { return m_count; }
    QScrollArea *detailPanel() const { return m_details; }

    // The record the detail form shows; empty for none.
    const Id &currentId() const { return m_current; }
    std::vector<Id> selectedIds() const; // in table order
    // Selects and scrolls to the record (clearing a search that hides it).
    bool selectRecord(const Id &id);
    bool hasRecord(const Id &id) const { return m_model->rowOf(id) >= 0; }

    // Cell content for the table model: `role` is a Qt role or one of Role.
    virtual QVariant cell(const Id &id, int column, int role) const = 0;

signals:
    void showThreatRequested(const vigil::Id &threat);
    // Show a record of another tab (TracePanel::showRecord).
    void showRecordRequested(const vigil::Id &record);

protected:
    // `key` names the tab in object names and settings ("mitigations": trace/mitigations/...).
    RecordTab(Document *document, const QString &key, QWidget *parent);

    // Called by the subclass's constructor once its detail form is built: makes the table
    // and loads the records.
    void setUp(const QStringList &headers, QWidget *detailForm);

    virtual std::vector<Id> recordIds() const = 0;
    virtual void addRecord() = 0;
    virtual void removeRecords(const std::vector<Id> &ids) = 0;
    // Fills the detail form from the current record (or clears it when there is none).
    virtual void refreshDetails() = 0;
    // Called before the table reloads: recompute what the cells count.
    virtual void recount() {}
    virtual QString countText(int shown, int total) const = 0;

    Document *document() const { return m_document; }
    const ThreatModel &model() const;
    RecordTableView *recordView() const { return m_table; }

    // Fields of the detail form whose text commits when editing finishes (focus out, Return,
    // Ctrl+Return for multi-line text), or when the current record changes with text unsaved.
    QLineEdit *makeLineField(const QString &name, std::function<void(const QString &)> commit);
    CommitTextEdit *makeTextField(const QString &name, std::function<void(const QString &)> commit);
    // An editable combo box that commits its text like a line field.
    QComboBox *makeEditableCombo(const QString &name, std::function<void(const QString &)> commit);
    void commitPending();
    // After adding: shows the new record and puts the cursor into `focus`.
    void showNew(const Id &id, QWidget *focus);
    void reload();

private:
    void onCurrentChanged();
    void removeSelected();
    void updateButtons();
    void updateCount();
    Id currentRowId() const;
    void discardPending();
    void watchLine(QLineEdit *edit, std::function<void(const QString &)> commit);

    Document *m_document;
    QString m_key;
    RecordTableModel *m_model = nullptr;
    RecordSortModel *m_sort = nullptr;
    RecordTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_count = nullptr;
    QScrollArea *m_details = nullptr;
    QSplitter *m_splitter = nullptr;
    std::vector<std::pair<QLineEdit *, std::function<void()>>> m_lineFields; // field, commit
    std::vector<CommitTextEdit *> m_textFields;
    Id m_current;
    bool m_reloading = false;
};

} // namespace vigil::tracepanel
