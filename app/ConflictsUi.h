#pragma once

// The conflicts a merge left open (`vigil-cli merge` without --prefer keeps them in the file it
// writes, model/diff/ModelMerge.h): the Merge Conflicts dock lists each with the record, the
// field and the values of base, ours and theirs, and settles the chosen one for a side as an
// undoable step. It opens by itself when a file with open conflicts is opened.

#include "model/Types.h"

#include <QObject>

class QDockWidget;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace vigil {

class MainWindow;

class ConflictsUi final : public QObject {
    Q_OBJECT

public:
    enum Column { RecordColumn, FieldColumn, BaseColumn, OursColumn, TheirsColumn, HoldsColumn,
                  ColumnCount };

    explicit ConflictsUi(MainWindow *window);

    QDockWidget *dock() const { return m_dock; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *oursButton() const { return m_ours; }
    QPushButton *theirsButton() const { return m_theirs; }

    // Settles the open conflict `id` for `side` ("ours" or "theirs"), one undo step; false (and
    // the reason in `error`) when the value no longer fits the model.
    bool resolve(const Id &id, const QString &side, QString *error);
    // Shows the dock with the open conflict `id` chosen (a gap in the gap list names it).
    void showConflict(const Id &id);

private:
    void refresh();
    void resolveCurrent(const QString &side);
    void updateButtons();

    MainWindow *m_window;
    QDockWidget *m_dock;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QPushButton *m_ours;
    QPushButton *m_theirs;
    bool m_placed = false; // the dock was put beside the gap list once
};

} // namespace vigil
