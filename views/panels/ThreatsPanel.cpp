#include "views/panels/ThreatsPanel.h"

#include "views/panels/ShownThreatText.h"

#include "stride/RulePack.h"
#include "views/document/Document.h"
#include "views/document/ThreatCommands.h"
#include "views/panels/WheelGuard.h"
#include "views/trace/ThreatTrace.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace vigil {

namespace {

const QString kDetailTabKey = QStringLiteral("threats/detailTab");
const QString kGroupingKey = QStringLiteral("threats/grouping");

constexpr std::array kCategories{
    StrideCategory::Spoofing,        StrideCategory::Tampering,
    StrideCategory::Repudiation,     StrideCategory::InformationDisclosure,
    StrideCategory::DenialOfService, StrideCategory::ElevationOfPrivilege};

constexpr std::array kStatuses{ThreatStatus::Open,          ThreatStatus::NeedsInvestigation,
                               ThreatStatus::Mitigated,     ThreatStatus::Accepted,
                               ThreatStatus::Transferred,   ThreatStatus::NotApplicable,
                               ThreatStatus::Obsolete,      ThreatStatus::Suppressed};

QColor severityColor(const std::string &severity)
{
    switch (stride::severityRank(severity)) {
    case 0: return {0x7c, 0xb3, 0x42};
    case 1: return {0xf2, 0xb7, 0x05};
    case 2: return {0xe6, 0x6a, 0x1f};
    case 3: return {0xc6, 0x28, 0x28};
    default: return Qt::gray;
    }
}

QString nameOf(const ThreatModel &model, const Id &id)
{
    return QString::fromStdString(model.displayName(id));
}

QString htmlParagraphs(const std::string &text)
{
    return QString::fromStdString(text).toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                QStringLiteral("<br/>"));
}

QString referenceLink(const std::string &reference)
{
    const QString text = QString::fromStdString(reference);
    QString url;
    if (text.startsWith(QLatin1String("CAPEC-")))
        url = QStringLiteral("https://capec.mitre.org/data/definitions/%1.html").arg(text.mid(6));
    else if (text.startsWith(QLatin1String("CWE-")))
        url = QStringLiteral("https://cwe.mitre.org/data/definitions/%1.html").arg(text.mid(4));
    if (url.isEmpty())
        return text.toHtmlEscaped();
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url, text.toHtmlEscaped());
}

} // namespace

// ---------------------------------------------------------------- ThreatTableModel

ThreatTableModel::ThreatTableModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &Document::modelReset, this, &ThreatTableModel::reset);
    connect(document, &Document::threatsChanged, this, &ThreatTableModel::onThreatsChanged);
    for (auto signal : {&Document::elementChanged, &Document::flowChanged,
                        &Document::boundaryChanged})
        connect(document, signal, this, &ThreatTableModel::onNamesChanged);
    reset();
}

void ThreatTableModel::reset()
{
    beginResetModel();
    m_ids.clear();
    m_threats.clear();
    m_rows.clear();
    m_titleTexts.clear();
    m_targetTexts.clear();
    const auto &all = m_document->model().threats().all();
    m_ids.reserve(all.size());
    m_threats.reserve(all.size());
    for (const auto &entry : all) {
        m_rows.emplace(entry.first, static_cast<int>(m_ids.size()));
        m_ids.push_back(entry.first);
        m_threats.push_back(&entry.second);
    }
    endResetModel();
}

void ThreatTableModel::onThreatsChanged(const std::vector<Id> &ids)
{
    const auto &threats = m_document->model().threats();
    std::vector<Id> added;
    std::vector<int> changedRows;
    for (const Id &id : ids) {
        const Threat *record = threats.find(id);
        const bool exists = record != nullptr;
        auto row = m_rows.find(id);
        if (exists && row != m_rows.end()) {
            const auto index = static_cast<size_t>(row->second);
            m_threats[index] = record;
            if (index < m_titleTexts.size())
                m_titleTexts[index].reset();
            if (index < m_targetTexts.size())
                m_targetTexts[index].reset();
            changedRows.push_back(row->second);
        } else if (exists) {
            added.push_back(id);
        } else if (row != m_rows.end()) {
            // Only an undone analysis removes records: rare enough to rebuild.
            reset();
            return;
        }
    }
    // One signal per run of adjacent rows: a span over untouched rows would make the proxy
    // filter and sort them all again.
    std::sort(changedRows.begin(), changedRows.end());
    for (size_t i = 0; i < changedRows.size();) {
        size_t j = i;
        while (j + 1 < changedRows.size() && changedRows[j + 1] == changedRows[j] + 1)
            ++j;
        emit dataChanged(index(changedRows[i], 0), index(changedRows[j], ColumnCount - 1));
        i = j + 1;
    }
    if (added.empty())
        return;
    const int start = static_cast<int>(m_ids.size());
    beginInsertRows({}, start, start + static_cast<int>(added.size()) - 1);
    for (Id &id : added) {
        m_rows.emplace(id, static_cast<int>(m_ids.size()));
        m_threats.push_back(threats.find(id));
        m_ids.push_back(std::move(id));
    }
    endInsertRows();
}

void ThreatTableModel::onNamesChanged()
{
    m_targetTexts.clear();
    if (!m_ids.empty())
        emit dataChanged(index(0, Targets), index(rowCount() - 1, Targets), {Qt::DisplayRole});
}

int ThreatTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int ThreatTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Threat *ThreatTableModel::threatAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return m_threats[static_cast<size_t>(row)];
}

int ThreatTableModel::rowOf(const Id &threat) const
{
    auto it = m_rows.find(threat);
    return it == m_rows.end() ? -1 : it->second;
}

QString ThreatTableModel::targetText(const Threat &threat) const
{
    const ThreatModel &model = m_document->model();
    // A crossing threat: the flow, then every zone it crosses.
    if (threat.targets.size() >= 2 && model.flow(threat.targets[0])) {
        QStringList zones;
        for (std::size_t i = 1; i < threat.targets.size(); ++i)
            zones << nameOf(model, threat.targets[i]);
        return tr("%1 → crosses %2").arg(nameOf(model, threat.targets[0]),
                                         zones.join(QStringLiteral(", ")));
    }
    QStringList names;
    for (const Id &target : threat.targets)
        names << nameOf(model, target);
    return names.join(QStringLiteral(", "));
}

const QString &ThreatTableModel::sortText(int row, Column column) const
{
    static const QString none;
    const Threat *threat = threatAt(row);
    if (!threat || (column != Title && column != Targets))
        return none;
    auto &texts = column == Title ? m_titleTexts : m_targetTexts;
    // Rows added after the cache was made get their entries on demand.
    if (texts.size() < m_threats.size())
        texts.resize(m_threats.size());
    std::optional<QString> &text = texts[static_cast<size_t>(row)];
    if (!text)
        text = column == Title ? shownThreatTitle(m_document->model(), *threat)
                               : targetText(*threat);
    return *text;
}

Qt::ItemFlags ThreatTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled
                                                                : Qt::NoItemFlags);
}

QStringList ThreatTableModel::mimeTypes() const { return {QString::fromLatin1(kThreatIdsMime)}; }

QMimeData *ThreatTableModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = index.data(ThreatIdRole).toString();
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kThreatIdsMime), ids.join(QLatin1Char('\n')).toUtf8());
    mime->setText(ids.join(QLatin1Char('\n')));
    return mime;
}

QVariant ThreatTableModel::data(const QModelIndex &index, int role) const
{
    const Threat *threat = index.isValid() ? threatAt(index.row()) : nullptr;
    if (!threat)
        return {};
    if (role == ThreatIdRole)
        return QString::fromStdString(threat->id);
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Number: return threat->number;
        case Category: return strideCategoryLabel(threat->category);
        case Title:
            // A threat added by hand is marked, so a review can tell it from the rules'.
            return threat->manual ? tr("✎ %1").arg(sortText(index.row(), Title))
                                  : sortText(index.row(), Title);
        case Targets: return targetText(*threat);
        case Severity: return severityLabel(threat->severity);
        case Status: return threatStatusLabel(threat->status);
        case ColumnCount: break;
        }
        break;
    case SortRole:
        switch (column) {
        case Number: return threat->number;
        case Category: return static_cast<int>(threat->category);
        case Title: return sortText(index.row(), Title);
        case Targets: return targetText(*threat);
        case Severity: return stride::severityRank(threat->severity);
        case Status: return static_cast<int>(threat->status);
        case ColumnCount: break;
        }
        break;
    case Qt::DecorationRole:
        if (column == Severity)
            return severityColor(threat->severity);
        break;
    case Qt::ForegroundRole:
        if (isInactive(threat->status))
            return QColor(Qt::gray);
        break;
    case Qt::ToolTipRole:
        if (column == Title)
            return shownThreatDescription(m_document->model(), *threat);
        break;
    case Qt::TextAlignmentRole:
        if (column == Number)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default: break;
    }
    return {};
}

QVariant ThreatTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Number: return tr("#");
    case Category: return tr("Category");
    case Title: return tr("Threat");
    case Targets: return tr("Target");
    case Severity: return tr("Severity");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

// ---------------------------------------------------------------- ThreatFilterModel

ThreatFilterModel::ThreatFilterModel(ThreatTableModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setSortRole(ThreatTableModel::SortRole);
}

// The setters refilter only on a change: the panel sets every filter whenever one changes, and
// each pass looks at every row (tens of thousands after analysing a large model).
void ThreatFilterModel::refilter()
{
    // invalidate() maps and sorts the rows again behind one layout change; invalidateFilter()
    // would emit one removal or insertion per run of rows that changed, and the table's header
    // walks all its sections for each of those (seconds for 40,000 threats).
    invalidate();
}

void ThreatFilterModel::setCategory(std::optional<StrideCategory> category)
{
    if (m_category == category)
        return;
    m_category = category;
    refilter();
}

void ThreatFilterModel::setStatusFilter(StatusFilter filter, ThreatStatus status)
{
    if (m_statusFilter == filter && m_status == status)
        return;
    m_statusFilter = filter;
    m_status = status;
    refilter();
}

void ThreatFilterModel::setSeverity(const std::string &severity)
{
    if (m_severity == severity)
        return;
    m_severity = severity;
    refilter();
}

void ThreatFilterModel::setDiagram(const Id &diagram)
{
    if (m_diagram == diagram)
        return;
    m_diagram = diagram;
    refilter();
}

void ThreatFilterModel::setTargets(std::optional<std::set<Id>> ids)
{
    if (m_targets == ids)
        return;
    m_targets = std::move(ids);
    refilter();
}

void ThreatFilterModel::setText(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    refilter();
}

bool ThreatFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const Threat *threat = m_source->threatAt(sourceRow);
    if (!threat)
        return false;
    switch (m_statusFilter) {
    case StatusFilter::AllButObsolete:
        if (isInactive(threat->status))
            return false;
        break;
    case StatusFilter::Only:
        if (threat->status != m_status)
            return false;
        break;
    case StatusFilter::All: break;
    }
    if (m_category && threat->category != *m_category)
        return false;
    if (!m_severity.empty() && threat->severity != m_severity)
        return false;
    if (m_targets && std::none_of(threat->targets.begin(), threat->targets.end(),
                                  [this](const Id &id) { return m_targets->count(id) != 0; }))
        return false;
    if (!m_diagram.empty()) {
        const Diagram *diagram = m_source->document()->model().diagram(m_diagram);
        if (!diagram
            || std::none_of(threat->targets.begin(), threat->targets.end(),
                            [diagram](const Id &id) {
                                return diagram->nodes.count(id) || diagram->flows.count(id);
                            }))
            return false;
    }
    if (!m_text.isEmpty()) {
        QString number = m_text;
        if (number.startsWith(QLatin1Char('#')))
            number.remove(0, 1);
        bool isNumber = false;
        const int wanted = number.toInt(&isNumber);
        if (isNumber)
            return wanted == threat->number;
        // What the list shows, and the record's own text too.
        const ThreatModel &model = m_source->document()->model();
        return m_source->sortText(sourceRow, ThreatTableModel::Title)
                   .contains(m_text, Qt::CaseInsensitive)
               || QString::fromStdString(model.render(threat->title)).contains(m_text, Qt::CaseInsensitive)
               || shownThreatDescription(model, *threat).contains(m_text, Qt::CaseInsensitive)
               || QString::fromStdString(threat->id).contains(m_text, Qt::CaseInsensitive);
    }
    return true;
}

bool ThreatFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Threat *x = m_source->threatAt(left.row());
    const Threat *y = m_source->threatAt(right.row());
    if (!x || !y)
        return !x && y;
    // Enumerated columns compare in their own order; ties keep threat-number order.
    auto byKey = [x, y](int a, int b) { return a != b ? a < b : x->number < y->number; };
    switch (left.column()) {
    case ThreatTableModel::Number: return x->number < y->number;
    case ThreatTableModel::Category:
        return byKey(static_cast<int>(x->category), static_cast<int>(y->category));
    case ThreatTableModel::Severity:
        return byKey(stride::severityRank(x->severity), stride::severityRank(y->severity));
    case ThreatTableModel::Status:
        return byKey(static_cast<int>(x->status), static_cast<int>(y->status));
    default: break;
    }
    // Title and target: text.
    const auto column = static_cast<ThreatTableModel::Column>(left.column());
    const int order = QString::localeAwareCompare(m_source->sortText(left.row(), column),
                                                  m_source->sortText(right.row(), column));
    if (order != 0)
        return order < 0;
    return x->number < y->number;
}

// ---------------------------------------------------------------- ThreatsPanel

ThreatsPanel::ThreatsPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ThreatTableModel(document, this)),
      m_filter(new ThreatFilterModel(m_model, this))
{
    setObjectName(QStringLiteral("threatsPanel"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("threatsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ThreatTableModel::Number, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Threats drag onto mitigations in the Traceability dock to link them.
    m_table->setDragEnabled(true);
    m_table->setDragDropMode(QAbstractItemView::DragOnly);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ThreatTableModel::Title, QHeaderView::Stretch);
    header->resizeSection(ThreatTableModel::Number, 48);
    header->resizeSection(ThreatTableModel::Category, 140);
    header->resizeSection(ThreatTableModel::Targets, 180);
    header->resizeSection(ThreatTableModel::Severity, 84);
    header->resizeSection(ThreatTableModel::Status, 130);

    // Table and details side by side: the dock stays low, leaving the height to the diagram.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(4);
    topLayout->addWidget(createFilterRow());
    m_views = new QStackedWidget(top);
    m_views->addWidget(m_table);
    setUpGroupView();
    m_views->addWidget(m_tree);
    topLayout->addWidget(m_views, 1);
    splitter->addWidget(top);
    splitter->addWidget(createDetailPanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    m_layoutRefilter = new QTimer(this);
    m_layoutRefilter->setSingleShot(true);
    m_layoutRefilter->setInterval(0);
    connect(m_layoutRefilter, &QTimer::timeout, this, [this] {
        m_filtering = true;
        m_filter->refilter();
        m_filtering = false;
        updateCount();
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ThreatsPanel::onSelectionChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ThreatsPanel::onSelectionChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ThreatsPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ThreatsPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ThreatsPanel::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ThreatsPanel::updateCount);
    connect(document, &Document::threatsChanged, this, [this](const std::vector<Id> &ids) {
        updateCount();
        for (const Id &id : ids)
            if (std::find(m_shownThreats.begin(), m_shownThreats.end(), id)
                != m_shownThreats.end()) {
                refreshDetails();
                return;
            }
    });
    connect(document, &Document::suppressionsChanged, this, &ThreatsPanel::refreshDetails);
    connect(document, &Document::modelReset, this, [this] {
        rebuildDiagramFilter();
        refreshDetails();
        updateCount();
    });
    for (auto signal : {&Document::diagramAdded, &Document::diagramRemoved,
                        &Document::diagramChanged})
        connect(document, signal, this, &ThreatsPanel::rebuildDiagramFilter);
    connect(document, &Document::layoutChanged, this, [this](const Id &diagram, const Id &) {
        if (diagram == m_filter->diagram())
            m_layoutRefilter->start();
    });
    for (auto signal : {&Document::elementChanged, &Document::flowChanged,
                        &Document::boundaryChanged})
        connect(document, signal, this, [this](const Id &) {
            if (!m_shownThreats.empty())
                refreshDetails();
        });

    rebuildDiagramFilter();
    applyFilters();
    refreshDetails();
    const int grouping = QSettings().value(kGroupingKey, 0).toInt();
    if (grouping > 0 && grouping <= static_cast<int>(ThreatGrouping::Rule))
        setGrouping(static_cast<ThreatGrouping>(grouping));
}

ThreatsPanel::~ThreatsPanel() = default;

void ThreatsPanel::setUpGroupView()
{
    m_groups = new ThreatGroupModel(m_document, m_filter, this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("threatsGroupView"));
    m_tree->setModel(m_groups);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setDragEnabled(true);
    m_tree->setDragDropMode(QAbstractItemView::DragOnly);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(false);
    m_tree->setAllColumnsShowFocus(true);
    // Sorting sorts inside the groups; it is the table's sort, so both views agree.
    m_tree->setSortingEnabled(true);
    m_tree->header()->setSortIndicator(ThreatTableModel::Number, Qt::AscendingOrder);
    QHeaderView *header = m_tree->header();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ThreatTableModel::Title, QHeaderView::Stretch);
    header->resizeSection(ThreatTableModel::Number, 72);
    header->resizeSection(ThreatTableModel::Category, 140);
    header->resizeSection(ThreatTableModel::Targets, 180);
    header->resizeSection(ThreatTableModel::Severity, 84);
    header->resizeSection(ThreatTableModel::Status, 130);
    connect(m_groups, &QAbstractItemModel::modelAboutToBeReset, this,
            &ThreatsPanel::rememberGroupState);
    connect(m_groups, &QAbstractItemModel::modelReset, this, &ThreatsPanel::restoreGroupState);
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        const QString key = m_groups->groupKey(index.row());
        if (!m_expandedGroups.contains(key))
            m_expandedGroups << key;
    });
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        m_expandedGroups.removeAll(m_groups->groupKey(index.row()));
    });
}

void ThreatsPanel::setGrouping(ThreatGrouping grouping)
{
    const std::vector<Id> selected = selectedThreats();
    m_switchingGrouping = true;
    m_expandedGroups.clear();
    m_groups->setGrouping(grouping);
    m_switchingGrouping = false;
    const bool grouped = grouping != ThreatGrouping::None;
    m_views->setCurrentWidget(grouped ? static_cast<QWidget *>(m_tree) : m_table);
    const int comboIndex = m_groupingCombo->findData(static_cast<int>(grouping));
    if (comboIndex != m_groupingCombo->currentIndex()) {
        const QSignalBlocker blocker(m_groupingCombo);
        m_groupingCombo->setCurrentIndex(comboIndex);
    }
    QSettings().setValue(kGroupingKey, static_cast<int>(grouping));
    // The same threats stay selected in the other view.
    selectThreats(selected);
    onSelectionChanged();
}

QAbstractItemView *ThreatsPanel::activeView() const
{
    if (m_groups->grouping() == ThreatGrouping::None)
        return m_table;
    return m_tree;
}

void ThreatsPanel::rememberGroupState()
{
    if (!m_switchingGrouping)
        m_keptSelection = selectedThreats();
}

void ThreatsPanel::restoreGroupState()
{
    if (m_groups->grouping() == ThreatGrouping::None)
        return;
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        m_tree->setFirstColumnSpanned(row, {}, true);
        if (m_expandedGroups.contains(m_groups->groupKey(row)))
            m_tree->expand(m_groups->index(row, 0));
    }
    if (m_switchingGrouping)
        return;
    // A rebuild is not a new selection: the detail panel stays as it is.
    const QSignalBlocker blocker(m_tree->selectionModel());
    selectThreats(m_keptSelection);
    m_keptSelection.clear();
}

QWidget *ThreatsPanel::createFilterRow()
{
    // Two lines, so that the dock fits beside the properties and outline docks.
    auto *row = new QWidget(this);
    auto *lines = new QVBoxLayout(row);
    lines->setContentsMargins(0, 0, 0, 0);
    lines->setSpacing(4);
    auto *layout = new QHBoxLayout;
    auto *combos = new QHBoxLayout;
    lines->addLayout(layout);
    lines->addLayout(combos);

    m_search = new QLineEdit(row);
    m_search->setObjectName(QStringLiteral("threatSearch"));
    m_search->setPlaceholderText(tr("Search title, description or number"));
    m_search->setClearButtonEnabled(true);

    m_categoryFilter = new QComboBox(row);
    m_categoryFilter->setObjectName(QStringLiteral("categoryFilter"));
    m_categoryFilter->addItem(tr("All categories"), -1);
    for (StrideCategory category : kCategories)
        m_categoryFilter->addItem(strideCategoryLabel(category), static_cast<int>(category));

    m_statusFilter = new QComboBox(row);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All active"), -1);
    m_statusFilter->setItemData(0, tr("Every status except obsolete and suppressed"),
                                Qt::ToolTipRole);
    m_statusFilter->addItem(tr("All statuses"), -2);
    for (ThreatStatus status : kStatuses)
        m_statusFilter->addItem(threatStatusLabel(status), static_cast<int>(status));

    m_severityFilter = new QComboBox(row);
    m_severityFilter->setObjectName(QStringLiteral("severityFilter"));
    m_severityFilter->addItem(tr("All severities"), QString());
    for (int rank = 3; rank >= 0; --rank) {
        const std::string name(stride::severityName(rank));
        m_severityFilter->addItem(severityLabel(name), QString::fromStdString(name));
    }

    m_diagramFilter = new QComboBox(row);
    m_diagramFilter->setObjectName(QStringLiteral("diagramFilter"));

    m_onlySelected = new QToolButton(row);
    m_onlySelected->setObjectName(QStringLiteral("onlySelected"));
    m_onlySelected->setText(tr("Only Selected"));
    m_onlySelected->setToolTip(
        tr("Show only the threats of the elements, flows and zones selected on the diagram"));
    m_onlySelected->setCheckable(true);

    m_countLabel = new QLabel(row);
    m_countLabel->setObjectName(QStringLiteral("threatCount"));

    m_groupingCombo = new QComboBox(row);
    m_groupingCombo->setObjectName(QStringLiteral("threatGrouping"));
    m_groupingCombo->setToolTip(tr("Show the threats as one sortable list, or grouped"));
    m_groupingCombo->addItem(tr("Flat list"), static_cast<int>(ThreatGrouping::None));
    m_groupingCombo->addItem(tr("By element or flow"), static_cast<int>(ThreatGrouping::Target));
    m_groupingCombo->addItem(tr("By zone crossing"), static_cast<int>(ThreatGrouping::Crossing));
    m_groupingCombo->addItem(tr("By category"), static_cast<int>(ThreatGrouping::Category));
    m_groupingCombo->addItem(tr("By rule"), static_cast<int>(ThreatGrouping::Rule));

    // The dock may be narrow: combos shrink to a few characters and elide the rest.
    for (QComboBox *combo : {m_categoryFilter, m_statusFilter, m_severityFilter, m_diagramFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_search->setMinimumWidth(80);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_onlySelected);
    layout->addWidget(m_groupingCombo);
    layout->addWidget(m_countLabel);
    combos->addWidget(m_categoryFilter, 1);
    combos->addWidget(m_statusFilter, 1);
    combos->addWidget(m_severityFilter, 1);
    combos->addWidget(m_diagramFilter, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ThreatsPanel::applyFilters);
    for (QComboBox *combo : {m_categoryFilter, m_statusFilter, m_severityFilter, m_diagramFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ThreatsPanel::applyFilters);
    connect(m_onlySelected, &QToolButton::toggled, this, &ThreatsPanel::applyFilters);
    connect(m_groupingCombo, &QComboBox::currentIndexChanged, this, [this] {
        setGrouping(static_cast<ThreatGrouping>(m_groupingCombo->currentData().toInt()));
    });
    return row;
}

QWidget *ThreatsPanel::createDetailPanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("threatDetails"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);

    m_heading = new QLabel(panel);
    m_heading->setObjectName(QStringLiteral("threatHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_facts = new QLabel(panel);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QTextBrowser(panel);
    m_details->setObjectName(QStringLiteral("threatDescription"));
    m_details->setOpenExternalLinks(true);

    m_editors = new QWidget(panel);
    auto *form = new QFormLayout(m_editors);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_statusEditor = new QComboBox(m_editors);
    m_statusEditor->setObjectName(QStringLiteral("statusEditor"));
    for (ThreatStatus status : kStatuses)
        m_statusEditor->addItem(threatStatusLabel(status), static_cast<int>(status));
    // Obsolete and suppressed are the engine's verdicts, not decisions: shown, never chosen.
    if (auto *items = qobject_cast<QStandardItemModel *>(m_statusEditor->model()))
        for (int row = m_statusEditor->count() - 2; row < m_statusEditor->count(); ++row)
            items->item(row)->setEnabled(false);
    m_justification = new QPlainTextEdit(m_editors);
    m_justification->setObjectName(QStringLiteral("justificationEditor"));
    m_justification->setPlaceholderText(
        tr("Why this status: the control that mitigates it, who accepted the risk and why..."));
    m_justification->setToolTip(tr("Saved when you leave the field or press Ctrl+Enter"));
    m_justification->setTabChangesFocus(true);
    m_justification->installEventFilter(this);

    auto *suppression = new QWidget(m_editors);
    auto *suppressionLayout = new QHBoxLayout(suppression);
    suppressionLayout->setContentsMargins(0, 0, 0, 0);
    m_suppressionLabel = new QLabel(suppression);
    m_suppressionLabel->setWordWrap(true);
    m_suppressButton = new QPushButton(suppression);
    m_suppressButton->setObjectName(QStringLiteral("suppressButton"));
    suppressionLayout->addWidget(m_suppressionLabel, 1);
    suppressionLayout->addWidget(m_suppressButton, 0, Qt::AlignRight);

    form->addRow(tr("&Status:"), m_statusEditor);
    form->addRow(tr("&Justification:"), m_justification);
    form->addRow(suppression);

    // What the threat is, the decision, its risk and its links, each a page using the dock's
    // whole height: a dock a third of a 768-pixel screen still shows ten lines of each.
    m_detailTabs = new QTabWidget(panel);
    m_detailTabs->setObjectName(QStringLiteral("threatDetailTabs"));
    m_detailTabs->setDocumentMode(true);
    m_riskPage = new ThreatRiskPage(m_document, m_detailTabs);
    m_linksPage = new ThreatLinksPage(m_document, m_detailTabs);
    // Pages scroll rather than make the dock tall: the dock can stay a third of the window.
    const auto scrolling = [this](QWidget *page) {
        auto *area = new QScrollArea(m_detailTabs);
        area->setWidget(page);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    WheelGuard::protectChildren(m_editors);
    WheelGuard::protectChildren(m_riskPage);
    m_detailTabs->addTab(m_details, tr("D&etails"));
    m_detailTabs->addTab(scrolling(m_editors), tr("&Decision"));
    m_detailTabs->addTab(scrolling(m_riskPage), tr("&Risk"));
    m_detailTabs->addTab(scrolling(m_linksPage), tr("&Links"));
    m_detailTabs->setCurrentIndex(QSettings().value(kDetailTabKey, 0).toInt());
    connect(m_detailTabs, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(kDetailTabKey, index); });
    connect(m_linksPage, &ThreatLinksPage::showMitigationRequested, this,
            &ThreatsPanel::showMitigationRequested);

    layout->addWidget(m_heading);
    layout->addWidget(m_facts);
    layout->addWidget(m_detailTabs, 1);

    connect(m_statusEditor, &QComboBox::activated, this, [this](int index) {
        if (m_loadingDetails || m_shownThreats.empty() || index < 0)
            return;
        const auto status = static_cast<ThreatStatus>(m_statusEditor->itemData(index).toInt());
        m_document->push(new SetThreatStatusCommand(m_document, m_shownThreats, status));
    });
    connect(m_justification, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loadingDetails)
            m_justificationDirty = true;
    });
    connect(m_suppressButton, &QPushButton::clicked, this, &ThreatsPanel::toggleSuppression);
    return panel;
}

void ThreatsPanel::rebuildDiagramFilter()
{
    const QString current = m_diagramFilter->currentData().toString();
    const QSignalBlocker blocker(m_diagramFilter);
    m_diagramFilter->clear();
    m_diagramFilter->addItem(tr("All diagrams"), QString());
    for (const Diagram *diagram : m_document->model().diagrams())
        m_diagramFilter->addItem(QString::fromStdString(diagram->name),
                                 QString::fromStdString(diagram->id));
    const int index = m_diagramFilter->findData(current);
    m_diagramFilter->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty())
        applyFilters();
}

void ThreatsPanel::applyFilters()
{
    m_filtering = true;
    const int category = m_categoryFilter->currentData().toInt();
    m_filter->setCategory(category < 0 ? std::nullopt
                                       : std::optional(static_cast<StrideCategory>(category)));
    const int status = m_statusFilter->currentData().toInt();
    if (status == -1)
        m_filter->setStatusFilter(ThreatFilterModel::StatusFilter::AllButObsolete);
    else if (status == -2)
        m_filter->setStatusFilter(ThreatFilterModel::StatusFilter::All);
    else
        m_filter->setStatusFilter(ThreatFilterModel::StatusFilter::Only,
                                  static_cast<ThreatStatus>(status));
    m_filter->setSeverity(m_severityFilter->currentData().toString().toStdString());
    m_filter->setDiagram(m_diagramFilter->currentData().toString().toStdString());
    if (m_onlySelected->isChecked())
        m_filter->setTargets(std::set<Id>(m_diagramSelection.begin(), m_diagramSelection.end()));
    else
        m_filter->setTargets(std::nullopt);
    m_filter->setText(m_search->text());
    m_filtering = false;
    updateCount();
    onSelectionChanged();
}

void ThreatsPanel::updateCount()
{
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(tr("%1 of %n threat(s)", nullptr, total).arg(shown));
}

void ThreatsPanel::setDiagramSelection(const std::vector<Id> &ids)
{
    if (m_requestingShow)
        return; // our own request coming back: keep the list as the user sees it
    m_diagramSelection = ids;
    if (m_onlySelected->isChecked())
        applyFilters();
}

std::vector<QModelIndex> ThreatsPanel::selectedRowIndexes() const
{
    std::vector<QModelIndex> rows;
    if (activeView() == m_table) {
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            rows.push_back(index);
    } else {
        for (const QModelIndex &index : m_tree->selectionModel()->selectedRows())
            if (const QModelIndex row = m_groups->mapToRows(index); row.isValid())
                rows.push_back(row);
    }
    return rows;
}

std::vector<Id> ThreatsPanel::selectedThreats() const
{
    std::vector<std::pair<int, Id>> rows;
    for (const QModelIndex &index : selectedRowIndexes())
        rows.emplace_back(index.row(),
                          index.data(ThreatTableModel::ThreatIdRole).toString().toStdString());
    std::sort(rows.begin(), rows.end());
    std::vector<Id> ids;
    ids.reserve(rows.size());
    for (auto &row : rows)
        ids.push_back(std::move(row.second));
    return ids;
}

bool ThreatsPanel::selectThreat(const Id &threat)
{
    return selectThreats({threat}) == 1;
}

int ThreatsPanel::selectThreats(const std::vector<Id> &threats)
{
    const bool grouped = activeView() == m_tree;
    QItemSelection selection;
    QModelIndex first;
    for (const Id &threat : threats) {
        const int row = m_model->rowOf(threat);
        if (row < 0)
            continue;
        QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
        if (grouped)
            index = m_groups->mapFromRows(index);
        if (!index.isValid())
            continue;
        if (grouped)
            m_tree->expand(index.parent());
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    QAbstractItemView *view = activeView();
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect
                                                  | QItemSelectionModel::Rows);
    if (first.isValid()) {
        view->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        view->scrollTo(first);
    }
    return static_cast<int>(selection.size());
}

void ThreatsPanel::onSelectionChanged()
{
    const std::vector<Id> selected = selectedThreats();
    if (selected == m_shownThreats)
        return;
    if (m_justificationDirty)
        commitJustification();
    m_shownThreats = selected;
    refreshDetails();
    m_riskPage->setThreats(m_shownThreats);
    m_linksPage->setThreats(m_shownThreats);
    if (m_filtering || selected.empty())
        return;
    std::vector<Id> targets;
    for (const Id &id : selected)
        if (const Threat *threat = m_document->model().threats().find(id))
            for (const Id &target : threat->targets)
                if (std::find(targets.begin(), targets.end(), target) == targets.end())
                    targets.push_back(target);
    m_requestingShow = true;
    emit showRequested(targets);
    m_requestingShow = false;
}

const Threat *ThreatsPanel::currentThreat() const
{
    if (m_shownThreats.size() != 1)
        return nullptr;
    return m_document->model().threats().find(m_shownThreats.front());
}

void ThreatsPanel::refreshDetails()
{
    const ThreatModel &model = m_document->model();
    // Drop threats that are gone (an undone analysis).
    std::erase_if(m_shownThreats, [&model](const Id &id) { return !model.threats().contains(id); });
    m_loadingDetails = true;
    const bool editing = m_justification->hasFocus() && m_justificationDirty;
    m_editors->setEnabled(!m_shownThreats.empty());
    m_suppressionLabel->clear();
    m_suppressButton->hide();
    m_suppressionLabel->hide();

    if (m_shownThreats.empty()) {
        m_heading->setText(tr("<i>No threat selected</i>"));
        m_facts->clear();
        m_details->setHtml(tr("<p style=\"color:gray\">Select a threat in the list to read what "
                              "it is, why its rule fired and what could mitigate it; record the "
                              "decision on the Decision page.</p>"));
        m_statusEditor->setCurrentIndex(-1);
        if (!editing)
            m_justification->clear();
    } else if (const Threat *threat = currentThreat()) {
        m_heading->setText(tr("<b>#%1 %2</b>")
                               .arg(threat->number)
                               .arg(shownThreatTitle(m_document->model(), *threat).toHtmlEscaped()));
        m_facts->setText(tr("%1 · severity %2 · %3 · target: %4")
                             .arg(strideCategoryLabel(threat->category),
                                  severityLabel(threat->severity),
                                  threatStatusLabel(threat->status), m_model->targetText(*threat)));
        QString html = QStringLiteral("<p>%1</p>")
                           .arg(htmlParagraphs(
                               shownThreatDescription(m_document->model(), *threat).toStdString()));
        if (threat->manual) {
            html += tr("<h4>Why</h4><p>Added by hand by the team: no rule produced it, and "
                       "analysis leaves it alone.</p>");
            html += tr("<p><small>Manual threat · threat id %1</small></p>")
                        .arg(QString::fromStdString(threat->id).toHtmlEscaped());
        } else {
            html += tr("<h4>Why</h4><p>%1</p>")
                        .arg(htmlParagraphs(shownThreatWhy(m_document->model(), *threat, ruleOfThreat(*threat))
                                                .toStdString()));
            html += tr("<p><small>Rule %1 of pack %2 %3 · threat id %4</small></p>")
                        .arg(QString::fromStdString(threat->ruleId).toHtmlEscaped(),
                             QString::fromStdString(threat->rulePack).toHtmlEscaped(),
                             QString::fromStdString(threat->rulePackVersion).toHtmlEscaped(),
                             QString::fromStdString(threat->id).toHtmlEscaped());
        }
        if (const stride::Rule *rule = ruleOfThreat(*threat); rule && !rule->mitigations.empty()) {
            QString items;
            for (std::size_t index = 0; index < rule->mitigations.size(); ++index) {
                const stride::SuggestedMitigation &mitigation = shownSuggestion(*rule, index);
                QString item = QStringLiteral("<b>%1</b>").arg(
                    QString::fromStdString(mitigation.title).toHtmlEscaped());
                if (!mitigation.controlCategory.empty())
                    item += QStringLiteral(" <i>(%1)</i>")
                                .arg(QString::fromStdString(mitigation.controlCategory));
                if (!mitigation.description.empty())
                    item += QStringLiteral("<br/>%1").arg(htmlParagraphs(mitigation.description));
                items += QStringLiteral("<li>%1</li>").arg(item);
            }
            html += tr("<h4>Suggested mitigations</h4><ul>%1</ul>").arg(items);
        }
        QStringList references;
        for (const std::string &capec : threat->capec)
            references << referenceLink(capec);
        for (const std::string &cwe : threat->cwe)
            references << referenceLink(cwe);
        if (!references.isEmpty())
            html += tr("<h4>References</h4><p>%1</p>").arg(references.join(QStringLiteral(", ")));
        m_details->setHtml(html);
        m_statusEditor->setCurrentIndex(
            m_statusEditor->findData(static_cast<int>(threat->status)));
        if (!editing) {
            m_justification->setPlainText(QString::fromStdString(threat->justification));
            m_justificationDirty = false;
        }
        // Suppressions name elements, so only element threats can be suppressed here.
        const Element *element =
            threat->targets.size() == 1 ? model.element(threat->targets.front()) : nullptr;
        if (element) {
            const QString name = QString::fromStdString(element->name);
            if (const Suppression *existing = model.suppression(element->id, threat->ruleId)) {
                m_suppressionLabel->setText(
                    tr("Rule %1 is suppressed for \"%2\": %3")
                        .arg(QString::fromStdString(threat->ruleId), name,
                             QString::fromStdString(existing->reason)));
                m_suppressionLabel->show();
                m_suppressButton->setText(tr("Stop Suppressing"));
            } else {
                m_suppressButton->setText(tr("Suppress Rule for This Element..."));
            }
            m_suppressButton->show();
        }
    } else {
        // Several threats: the editors apply to all of them.
        m_heading->setText(tr("<b>%n threat(s) selected</b>", nullptr,
                              static_cast<int>(m_shownThreats.size())));
        m_facts->setText(tr("Status and justification apply to every selected threat."));
        m_details->clear();
        std::optional<ThreatStatus> status;
        std::optional<std::string> justification;
        bool mixedStatus = false;
        bool mixedJustification = false;
        for (const Id &id : m_shownThreats) {
            const Threat *record = model.threats().find(id);
            if (!status)
                status = record->status;
            else if (*status != record->status)
                mixedStatus = true;
            if (!justification)
                justification = record->justification;
            else if (*justification != record->justification)
                mixedJustification = true;
        }
        m_statusEditor->setCurrentIndex(
            mixedStatus ? -1 : m_statusEditor->findData(static_cast<int>(*status)));
        if (!editing) {
            m_justification->setPlainText(
                mixedJustification ? QString() : QString::fromStdString(*justification));
            m_justificationDirty = false;
        }
    }
    m_loadingDetails = false;
}

void ThreatsPanel::commitJustification()
{
    if (!m_justificationDirty)
        return;
    m_justificationDirty = false;
    if (m_shownThreats.empty())
        return;
    m_document->push(new SetThreatJustificationCommand(
        m_document, m_shownThreats, m_justification->toPlainText().toStdString()));
}

bool ThreatsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_justification) {
        if (event->type() == QEvent::FocusOut) {
            commitJustification();
        } else if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
                && (key->modifiers() & Qt::ControlModifier)) {
                commitJustification();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

std::optional<QString> ThreatsPanel::askSuppressionReason(const Threat &threat,
                                                          const QString &elementName)
{
    bool ok = false;
    const QString reason = QInputDialog::getMultiLineText(
        this, tr("Suppress Rule"),
        tr("Why does rule %1 not apply to \"%2\"? The reason is kept in the model, "
           "listed by vigil-cli analyze and shown with the threat.")
            .arg(QString::fromStdString(threat.ruleId), elementName),
        QString(), &ok);
    if (!ok || reason.trimmed().isEmpty())
        return std::nullopt;
    return reason.trimmed();
}

void ThreatsPanel::toggleSuppression()
{
    const Threat *threat = currentThreat();
    if (!threat || threat->targets.size() != 1)
        return;
    const Element *element = m_document->model().element(threat->targets.front());
    if (!element)
        return;
    const Id elementId = element->id;
    const std::string ruleId = threat->ruleId;
    std::optional<std::string> reason;
    if (!m_document->model().suppression(elementId, ruleId)) {
        const std::optional<QString> answer =
            askSuppressionReason(*threat, QString::fromStdString(element->name));
        if (!answer)
            return;
        reason = answer->toStdString();
    }
    m_document->push(new SetSuppressionCommand(m_document, elementId, ruleId, reason));
    emit analyzeRequested();
}

} // namespace vigil
