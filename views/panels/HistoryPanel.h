#pragma once

// The audit trail dock's content (model/Baselines.h, history): every saved change, newest first,
// with when it was saved, by whom, what it was and the objects it touched (a row each under it),
// and above them the changes the next save will record. A filter narrows the list to entries
// whose time, author, action or objects contain its text; choosing an object's row asks the
// window to show it.

#include "model/Baselines.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace vigil {

class HistoryPanel final : public QWidget {
    Q_OBJECT

public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, ObjectsColumn, ColumnCount };

    explicit HistoryPanel(QWidget *parent = nullptr);

    // Shows `model`'s history and `unsaved`, the steps its next save records, by `author`.
    void setHistory(const ThreatModel &model, const std::vector<HistoryAction> &unsaved,
                    const QString &author);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *filterField() const { return m_filter; }
    QLabel *summaryLabel() const { return m_summary; }

    // What a reader knows an object by: an element's name, "#12 Spoofing of ...", a
    // requirement's id and text; its id when the model no longer has it.
    static QString objectLabel(const ThreatModel &model, const Id &id);

signals:
    void objectChosen(const vigil::Id &id);

private:
    QTreeWidgetItem *addEntry(const ThreatModel &model, const QString &when, const QString &who,
                              const std::string &action, const std::vector<Id> &ids,
                              int touched);
    void applyFilter();

    QLabel *m_summary;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace vigil
