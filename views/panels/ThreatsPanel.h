#pragma once

// The threats dock: a sortable, filterable table of the model's threats above a detail panel
// (description, why the rule fired, suggested mitigations, references) where the team records
// its decisions: status, justification, and suppressing a rule for an element. Every decision is
// an undo command (views/ThreatCommands.h). The panel never selects on the diagram itself: it
// asks through showRequested(ids), and follows the diagram selection through
// setDiagramSelection(ids).

#include "model/ThreatModel.h"
#include "views/panels/ThreatGroups.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QWidget>

#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

class QAbstractItemView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeView;

namespace vigil {

class Document;
class ThreatLinksPage;
class ThreatRiskPage;

// Threats dragged from the table: their ids, UTF-8, one per line.
inline constexpr char kThreatIdsMime[] = "application/x-vigil-threat-ids";

// One row per threat record of the model, in the order they arrived; the proxy sorts.
class ThreatTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Category, Title, Targets, Severity, Status, ColumnCount };
    enum Role { ThreatIdRole = Qt::UserRole + 1, SortRole };

    explicit ThreatTableModel(Document *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Rows drag as threat ids (kThreatIdsMime), to link them to a mitigation.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    Document *document() const { return m_document; }
    const Threat *threatAt(int row) const;
    int rowOf(const Id &threat) const; // -1 when absent
    // "Pump firmware", or "Bolus command → crosses Pump enclosure" for a crossing.
    QString targetText(const Threat &threat) const;
    // The Title or Targets text of a row for sorting, made once and kept until the row or the
    // names it shows change: a sort compares each row about log2(n) times.
    const QString &sortText(int row, Column column) const;

private:
    void reset();
    void onThreatsChanged(const std::vector<Id> &ids);
    void onNamesChanged();

    Document *m_document;
    std::vector<Id> m_ids;
    // The records, found once: a record's address is stable until it is removed, and removals
    // rebuild the table. Sorting 10^4 rows then costs no map lookups.
    std::vector<const Threat *> m_threats;
    std::unordered_map<Id, int> m_rows;
    mutable std::vector<std::optional<QString>> m_titleTexts;  // by row, see sortText()
    mutable std::vector<std::optional<QString>> m_targetTexts; // by row, see sortText()
};

class ThreatFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class StatusFilter { AllButObsolete, All, Only };

    explicit ThreatFilterModel(ThreatTableModel *source, QObject *parent = nullptr);

    void setCategory(std::optional<StrideCategory> category);
    void setStatusFilter(StatusFilter filter, ThreatStatus status = ThreatStatus::Open);
    void setSeverity(const std::string &severity); // empty: any
    void setDiagram(const Id &diagram);            // empty: any
    // Only threats with a target among `ids` (nullopt: no such filter).
    void setTargets(std::optional<std::set<Id>> ids);
    void setText(const QString &text);
    const Id &diagram() const { return m_diagram; }
    void refilter();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ThreatTableModel *m_source;
    std::optional<StrideCategory> m_category;
    StatusFilter m_statusFilter = StatusFilter::AllButObsolete;
    ThreatStatus m_status = ThreatStatus::Open;
    std::string m_severity;
    Id m_diagram;
    std::optional<std::set<Id>> m_targets;
    QString m_text;
};

class ThreatsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ThreatsPanel(Document *document, QWidget *parent = nullptr);
    ~ThreatsPanel() override;

    ThreatTableModel *tableModel() const { return m_model; }
    ThreatFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    // The grouped view, shown instead of the table while a grouping is chosen.
    QTreeView *groupView() const { return m_tree; }
    ThreatGroupModel *groupModel() const { return m_groups; }
    QComboBox *groupingCombo() const { return m_groupingCombo; }
    ThreatGrouping grouping() const { return m_groups->grouping(); }
    void setGrouping(ThreatGrouping grouping);
    QComboBox *categoryFilter() const { return m_categoryFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QComboBox *severityFilter() const { return m_severityFilter; }
    QComboBox *diagramFilter() const { return m_diagramFilter; }
    QLineEdit *searchField() const { return m_search; }
    QToolButton *onlySelectedButton() const { return m_onlySelected; }
    QComboBox *statusEditor() const { return m_statusEditor; }
    QPlainTextEdit *justificationEditor() const { return m_justification; }
    QTextBrowser *detailsView() const { return m_details; }
    QPushButton *suppressButton() const { return m_suppressButton; }
    QLabel *countLabel() const { return m_countLabel; }
    QTabWidget *detailTabs() const { return m_detailTabs; }
    ThreatRiskPage *riskPage() const { return m_riskPage; }
    ThreatLinksPage *linksPage() const { return m_linksPage; }

    // Threats selected in the table, in table order.
    std::vector<Id> selectedThreats() const;
    // Selects the threat's row (clearing filters that hide it is up to the caller).
    bool selectThreat(const Id &threat);
    // Selects these threats' rows (those the filters show); returns how many.
    int selectThreats(const std::vector<Id> &threats);

public slots:
    // The diagram's selection, for "Only selected".
    void setDiagramSelection(const std::vector<vigil::Id> &ids);

signals:
    // The user picked threats: show their elements, flows or crossings on the diagram.
    void showRequested(const std::vector<vigil::Id> &ids);
    // A suppression changed: the threats should be analysed again now.
    void analyzeRequested();
    // The user asked to see a mitigation linked to a threat (in the Traceability dock).
    void showMitigationRequested(const vigil::Id &mitigation);

protected:
    // Asks why the rule should not apply to the element; nullopt when the user cancels.
    virtual std::optional<QString> askSuppressionReason(const Threat &threat,
                                                        const QString &elementName);
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createFilterRow();
    void setUpGroupView();
    QAbstractItemView *activeView() const;
    std::vector<QModelIndex> selectedRowIndexes() const; // filter proxy indexes, column 0
    void rememberGroupState();
    void restoreGroupState();
    QWidget *createDetailPanel();
    void rebuildDiagramFilter();
    void applyFilters();
    void updateCount();
    void onSelectionChanged();
    void refreshDetails();
    void commitJustification();
    void toggleSuppression();
    const Threat *currentThreat() const; // the one selected threat, or null

    Document *m_document;
    ThreatTableModel *m_model;
    ThreatFilterModel *m_filter;
    QTableView *m_table = nullptr;
    ThreatGroupModel *m_groups = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_views = nullptr;
    QComboBox *m_groupingCombo = nullptr;
    QStringList m_expandedGroups;  // kept across rebuilds of the grouped view
    std::vector<Id> m_keptSelection; // likewise
    QComboBox *m_categoryFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_severityFilter = nullptr;
    QComboBox *m_diagramFilter = nullptr;
    QLineEdit *m_search = nullptr;
    QToolButton *m_onlySelected = nullptr;
    QLabel *m_countLabel = nullptr;

    QLabel *m_heading = nullptr;
    QLabel *m_facts = nullptr;
    QTextBrowser *m_details = nullptr;
    QComboBox *m_statusEditor = nullptr;
    QPlainTextEdit *m_justification = nullptr;
    QLabel *m_suppressionLabel = nullptr;
    QPushButton *m_suppressButton = nullptr;
    QWidget *m_editors = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    ThreatRiskPage *m_riskPage = nullptr;
    ThreatLinksPage *m_linksPage = nullptr;

    QTimer *m_layoutRefilter = nullptr;
    std::vector<Id> m_diagramSelection;
    std::vector<Id> m_shownThreats; // what the detail panel shows
    bool m_loadingDetails = false;
    bool m_justificationDirty = false;
    bool m_requestingShow = false;
    bool m_filtering = false;
    bool m_switchingGrouping = false;
};

} // namespace vigil
