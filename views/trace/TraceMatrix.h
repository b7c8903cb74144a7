#pragma once

// The traceability matrix: one row per path threat -> mitigation -> requirement -> test, so that
// a reviewer reads the whole chain of IEC 81001-5-1 from left to right and sees where it breaks.
// A threat with two mitigations, each specified by two requirements, each verified by one test,
// takes four rows; a threat without a mitigation takes one, whose empty cells say "— none" (red
// where the chain of a decided threat needs the link). Statuses show a symbol and a word in
// colour. The rows are rebuilt from the model on every change while the matrix is shown, and
// when it is next shown otherwise; the table only asks for the rows on screen.

#include "model/ThreatModel.h"

#include <QAbstractTableModel>
#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace vigil {

class Document;

class TraceMatrixModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ThreatColumn, ThreatStatusColumn, MitigationColumn, RequirementColumn,
                  TestColumn, ColumnCount };
    enum Role { RecordIdRole = Qt::UserRole + 1 }; // the threat, mitigation, ... of the cell

    struct Filter {
        bool hideObsolete = true;
        bool onlyDecided = false;
        QString search; // every word must appear in some cell of the row
        bool operator==(const Filter &) const = default;
    };

    explicit TraceMatrixModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter); // rebuilds when it changes
    // Builds the rows from the model as it is now.
    void rebuild();
    // Drops the rows: the model changed while nobody looks, rebuild() comes later.
    void clear();
    int threatCount() const { return m_threatCount; } // threats in the rows
    // The row that shows this threat first, -1 when none does.
    int firstRowOf(const Id &threat) const;

private:
    struct Row {
        const Threat *threat = nullptr;
        const Mitigation *mitigation = nullptr;
        const Requirement *requirement = nullptr;
        const VerificationTest *test = nullptr;
        bool direct = false; // the test verifies the mitigation itself (clause 5.7.2)
        bool first = false;  // the first row of its threat
        bool shaded = false; // every other threat's rows are shaded, to keep them together
    };
    QVariant display(const Row &row, int column) const;
    QColor foreground(const Row &row, int column) const;
    QVariant toolTip(const Row &row, int column) const;

    Document *m_document;
    Filter m_filter;
    std::vector<Row> m_rows;
    int m_threatCount = 0;
};

class TraceMatrixTab final : public QWidget {
    Q_OBJECT

public:
    explicit TraceMatrixTab(Document *document, QWidget *parent = nullptr);
    ~TraceMatrixTab() override;

    TraceMatrixModel *matrixModel() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *hideObsoleteBox() const { return m_hideObsolete; }
    QCheckBox *onlyDecidedBox() const { return m_onlyDecided; }
    QLabel *countLabel() const { return m_count; }

    // Rebuilds the rows now, shown or not.
    void refresh();

signals:
    void showThreatRequested(const vigil::Id &threat);
    void showRecordRequested(const vigil::Id &record);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onModelChanged();
    void applyFilter();
    void updateCount();

    Document *m_document;
    TraceMatrixModel *m_model;
    QTableView *m_table = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_hideObsolete = nullptr;
    QCheckBox *m_onlyDecided = nullptr;
    QLabel *m_count = nullptr;
    bool m_stale = true;
};

} // namespace vigil
