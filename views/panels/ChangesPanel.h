#pragma once

// Compare (issue 13): the Changes dock's content. Lists a ModelDiff from another revision (a
// file) to the model as it is now: one row per added, removed or changed record with what it
// is, its name and id, and under a changed one a row per field with the old and the new value.
// A filter narrows the list; choosing a row asks the window to show that record.

#include "model/diff/ModelDiff.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace vigil {

class ChangesPanel final : public QWidget {
    Q_OBJECT

public:
    enum Column { ChangeColumn, KindColumn, NameColumn, IdColumn, ColumnCount };

    explicit ChangesPanel(QWidget *parent = nullptr);

    // Shows `diff`, the changes from `otherName` (the compared file) to the current model.
    void setComparison(const QString &otherName, ModelDiff diff);
    void clear();
    bool isComparing() const { return m_comparing; }
    const ModelDiff &diff() const { return m_diff; }

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *closeButton() const { return m_close; }

    // "Element", "Trust zone", ... for a RecordChange::kind.
    static QString kindLabel(const std::string &kind);
    static QString changeLabel(RecordChangeKind change); // "+ Added", "− Removed", "Δ Changed"

signals:
    // A row was chosen (current row, or activated): the record it names.
    void changeChosen(const QString &kind, const QString &id, vigil::RecordChangeKind change);
    void refreshRequested();
    void closeRequested();

private:
    void rebuild();
    void applyFilter();
    void onCurrentItemChanged(QTreeWidgetItem *current);

    QLabel *m_summary;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
    QPushButton *m_refresh;
    QPushButton *m_close;
    QString m_otherName;
    ModelDiff m_diff;
    bool m_comparing = false;
};

} // namespace vigil
