#include "views/trace/TraceMatrix.h"

#include "stride/Traceability.h"
#include "views/document/Document.h"
#include "views/document/TraceCommands.h"
#include "views/trace/TraceWidgets.h"

#include <QCheckBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <unordered_map>

namespace vigil {

using namespace tracepanel;

// ---------------------------------------------------------------- TraceMatrixModel

TraceMatrixModel::TraceMatrixModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
}

int TraceMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TraceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void TraceMatrixModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
}

void TraceMatrixModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    m_threatCount = 0;
    endResetModel();
}

void TraceMatrixModel::rebuild()
{
    const ThreatModel &model = m_document->model();

    // Tests by what they verify, in id order.
    std::unordered_map<Id, std::vector<const VerificationTest *>> testsOf;
    for (const auto &[id, test] : model.tests().all())
        for (const Id &item : test.verifies)
            testsOf[item].push_back(&test);
    for (auto &[item, tests] : testsOf)
        std::sort(tests.begin(), tests.end(),
                  [](const VerificationTest *a, const VerificationTest *b) {
                      return naturalLess(a->id, b->id);
                  });
    using Tests = std::vector<const VerificationTest *>;
    const auto testsFor = [&testsOf](const Id &item) -> const Tests & {
        static const Tests none;
        auto it = testsOf.find(item);
        return it == testsOf.end() ? none : it->second;
    };

    std::vector<const Threat *> threats;
    threats.reserve(model.threats().size());
    for (const auto &[id, threat] : model.threats().all()) {
        if (m_filter.hideObsolete && isInactive(threat.status))
            continue;
        if (m_filter.onlyDecided && !stride::isDecided(threat.status))
            continue;
        threats.push_back(&threat);
    }
    std::sort(threats.begin(), threats.end(),
              [](const Threat *a, const Threat *b) { return a->number < b->number; });

    // The search looks at the text of every record once.
    const QStringList words = m_filter.search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::unordered_map<const void *, QString> texts;
    const auto textOf = [&texts](const void *record, auto make) -> const QString & {
        auto it = texts.find(record);
        if (it == texts.end())
            it = texts.emplace(record, make()).first;
        return it->second;
    };
    const auto matches = [&](const Row &row) {
        if (words.isEmpty())
            return true;
        const QString &threat =
            textOf(row.threat, [&] { return threatText(m_document->model(), *row.threat); });
        const QString none;
        const QString &mitigation = row.mitigation ? textOf(row.mitigation, [&] {
            return fromStd(row.mitigation->title);
        }) : none;
        const QString &requirement = row.requirement ? textOf(row.requirement, [&] {
            return fromStd(row.requirement->id) + QLatin1Char(' ')
                   + fromStd(row.requirement->text);
        }) : none;
        const QString &test = row.test ? textOf(row.test, [&] { return fromStd(row.test->id); })
                                       : none;
        return std::all_of(words.begin(), words.end(), [&](const QString &word) {
            return threat.contains(word, Qt::CaseInsensitive)
                   || mitigation.contains(word, Qt::CaseInsensitive)
                   || requirement.contains(word, Qt::CaseInsensitive)
                   || test.contains(word, Qt::CaseInsensitive);
        });
    };

    std::vector<Row> rows;
    rows.reserve(threats.size() * 2);
    int threatCount = 0;
    std::vector<const Mitigation *> mitigations;
    std::vector<const Requirement *> requirements;
    for (const Threat *threat : threats) {
        const size_t start = rows.size();
        const auto add = [&](Row row) {
            row.threat = threat;
            if (matches(row))
                rows.push_back(row);
        };
        mitigations.clear();
        for (const Id &id : threat->mitigations)
            if (const Mitigation *mitigation = model.mitigations().find(id))
                mitigations.push_back(mitigation);
        std::sort(mitigations.begin(), mitigations.end(),
                  [](const Mitigation *a, const Mitigation *b) {
                      return a->title != b->title ? a->title < b->title : a->id < b->id;
                  });
        if (mitigations.empty())
            add({});
        for (const Mitigation *mitigation : mitigations) {
            requirements.clear();
            for (const Id &id : mitigation->requirements)
                if (const Requirement *requirement = model.requirements().find(id))
                    requirements.push_back(requirement);
            std::sort(requirements.begin(), requirements.end(),
                      [](const Requirement *a, const Requirement *b) {
                          return naturalLess(a->id, b->id);
                      });
            for (const Requirement *requirement : requirements) {
                const auto &tests = testsFor(requirement->id);
                if (tests.empty())
                    add({nullptr, mitigation, requirement, nullptr, false, false});
                for (const VerificationTest *test : tests)
                    add({nullptr, mitigation, requirement, test, false, false});
            }
            const auto &direct = testsFor(mitigation->id);
            for (const VerificationTest *test : direct)
                add({nullptr, mitigation, nullptr, test, true, false});
            if (requirements.empty() && direct.empty())
                add({nullptr, mitigation, nullptr, nullptr, false, false});
        }
        if (rows.size() > start) {
            rows[start].first = true;
            for (size_t row = start; row < rows.size(); ++row)
                rows[row].shaded = threatCount % 2 == 1;
            ++threatCount;
        }
    }

    beginResetModel();
    m_rows = std::move(rows);
    m_threatCount = threatCount;
    endResetModel();
}

int TraceMatrixModel::firstRowOf(const Id &threat) const
{
    for (size_t row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].threat->id == threat)
            return static_cast<int>(row);
    return -1;
}

QVariant TraceMatrixModel::display(const Row &row, int column) const
{
    const Threat &threat = *row.threat;
    const bool decided = stride::isDecided(threat.status);
    switch (column) {
    case ThreatColumn: return threatText(m_document->model(), threat);
    case ThreatStatusColumn: return threatStatusLook(threat.status).text;
    case MitigationColumn:
        if (!row.mitigation)
            return missingLook(false).text;
        return tr("%1 · %2").arg(mitigationStatusLook(row.mitigation->status).text,
                                 fromStd(row.mitigation->title));
    case RequirementColumn:
        if (row.requirement)
            return tr("%1 %2").arg(fromStd(row.requirement->id),
                                   requirementStatusLook(row.requirement->status).text);
        if (row.direct && !row.mitigation->requirements.empty())
            return tr("(mitigation test)");
        if (row.mitigation)
            return missingLook(decided).text;
        return QString();
    case TestColumn:
        if (row.test)
            return tr("%1 %2 %3").arg(fromStd(row.test->id), testKindClause(row.test->kind),
                                      testResultLook(row.test->result).text);
        if (row.requirement)
            return missingLook(decided).text;
        return QString();
    default: break;
    }
    return {};
}

QColor TraceMatrixModel::foreground(const Row &row, int column) const
{
    const Threat &threat = *row.threat;
    if (isInactive(threat.status))
        return toneColor(Tone::Neutral);
    const bool decided = stride::isDecided(threat.status);
    switch (column) {
    // The rows after a threat's first repeat it in grey: the eye follows the first.
    case ThreatColumn: return row.first ? QColor() : toneColor(Tone::Neutral);
    case ThreatStatusColumn:
        return row.first ? threatStatusLook(threat.status).color() : toneColor(Tone::Neutral);
    case MitigationColumn:
        if (!row.mitigation)
            return missingLook(threat.status == ThreatStatus::Mitigated).color();
        return mitigationStatusLook(row.mitigation->status).color();
    case RequirementColumn:
        if (row.requirement)
            return requirementStatusLook(row.requirement->status).color();
        if (row.direct && !row.mitigation->requirements.empty())
            return toneColor(Tone::Neutral);
        return missingLook(decided).color();
    case TestColumn:
        if (row.test)
            return testResultLook(row.test->result).color();
        return missingLook(decided).color();
    default: break;
    }
    return {};
}

QVariant TraceMatrixModel::toolTip(const Row &row, int column) const
{
    const Threat &threat = *row.threat;
    switch (column) {
    case ThreatColumn:
    case ThreatStatusColumn:
        return tr("%1\n\n%2\n\nDouble-click to show the threat")
            .arg(threatText(m_document->model(), threat),
                 fromStd(m_document->model().render(threat.description)));
    case MitigationColumn:
        if (!row.mitigation)
            return threat.status == ThreatStatus::Mitigated
                       ? tr("The threat is mitigated, but no mitigation is linked")
                       : tr("No mitigation is linked to this threat");
        return tr("%1 (%2)\n%3")
            .arg(fromStd(row.mitigation->title), mitigationStatusLabel(row.mitigation->status),
                 fromStd(row.mitigation->description));
    case RequirementColumn:
        if (row.requirement)
            return tr("%1 (%2)\n%3")
                .arg(fromStd(row.requirement->id),
                     requirementStatusLabel(row.requirement->status),
                     fromStd(row.requirement->text));
        if (row.direct)
            return tr("The test verifies the mitigation itself (threat mitigation test)");
        if (row.mitigation)
            return tr("No security requirement specifies this mitigation");
        return {};
    case TestColumn:
        if (row.test) {
            const ThreatModel &model = m_document->model();
            return tr("%1: %2, %3\nPerformed by: %4\n%5")
                .arg(fromStd(row.test->id), testKindText(row.test->kind),
                     testResultLook(row.test->result).text,
                     row.test->performedBy.empty() ? tr("(nobody)")
                                                   : personName(model, row.test->performedBy),
                     fromStd(row.test->procedure));
        }
        if (row.requirement)
            return tr("No test verifies this requirement");
        return {};
    default: break;
    }
    return {};
}

QVariant TraceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(row, index.column());
    case Qt::ForegroundRole: {
        const QColor color = foreground(row, index.column());
        return color.isValid() ? QVariant(color) : QVariant();
    }
    case Qt::ToolTipRole: return toolTip(row, index.column());
    case Qt::BackgroundRole:
        if (row.shaded)
            return QGuiApplication::palette().color(QPalette::AlternateBase);
        break;
    case RecordIdRole:
        switch (index.column()) {
        case ThreatColumn:
        case ThreatStatusColumn: return fromStd(row.threat->id);
        case MitigationColumn: return row.mitigation ? fromStd(row.mitigation->id) : QString();
        case RequirementColumn:
            return row.requirement ? fromStd(row.requirement->id) : QString();
        case TestColumn: return row.test ? fromStd(row.test->id) : QString();
        default: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant TraceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ThreatColumn: return tr("Threat");
    case ThreatStatusColumn: return tr("Threat status");
    case MitigationColumn: return tr("Mitigation");
    case RequirementColumn: return tr("Requirement");
    case TestColumn: return tr("Test");
    default: break;
    }
    return {};
}

// ---------------------------------------------------------------- TraceMatrixTab

TraceMatrixTab::TraceMatrixTab(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new TraceMatrixModel(document, this))
{
    setObjectName(QStringLiteral("matrixTab"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("matrixSearch"));
    m_search->setPlaceholderText(tr("Search threats, mitigations, requirements, tests"));
    m_search->setClearButtonEnabled(true);
    m_hideObsolete = new QCheckBox(tr("Hide obsolete and suppressed"), this);
    m_hideObsolete->setObjectName(QStringLiteral("matrixHideObsolete"));
    m_hideObsolete->setChecked(true);
    m_onlyDecided = new QCheckBox(tr("Only decided threats"), this);
    m_onlyDecided->setObjectName(QStringLiteral("matrixOnlyDecided"));
    m_onlyDecided->setToolTip(tr("Leave out open threats and those that need investigation"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("matrixCount"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->setToolTip(QString());
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TraceMatrixModel::ThreatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TraceMatrixModel::MitigationColumn, QHeaderView::Stretch);
    header->resizeSection(TraceMatrixModel::ThreatStatusColumn, 130);
    header->resizeSection(TraceMatrixModel::RequirementColumn, 165);
    header->resizeSection(TraceMatrixModel::TestColumn, 150);
    header->restoreState(QSettings().value(QStringLiteral("trace/matrix/header")).toByteArray());

    auto *row = new QHBoxLayout;
    row->setSpacing(8);
    row->addWidget(m_search, 1);
    row->addWidget(m_hideObsolete);
    row->addWidget(m_onlyDecided);
    row->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, this, &TraceMatrixTab::applyFilter);
    connect(m_hideObsolete, &QCheckBox::toggled, this, &TraceMatrixTab::applyFilter);
    connect(m_onlyDecided, &QCheckBox::toggled, this, &TraceMatrixTab::applyFilter);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TraceMatrixTab::updateCount);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const Id id = index.data(TraceMatrixModel::RecordIdRole).toString().toStdString();
        if (id.empty())
            return;
        if (index.column() == TraceMatrixModel::ThreatColumn
            || index.column() == TraceMatrixModel::ThreatStatusColumn)
            emit showThreatRequested(id);
        else
            emit showRecordRequested(id);
    });
    connect(document, &Document::threatsChanged, this, &TraceMatrixTab::onModelChanged);
    connect(document, &Document::traceChanged, this, &TraceMatrixTab::onModelChanged);
    connect(document, &Document::modelReset, this, &TraceMatrixTab::onModelChanged);
    updateCount();
}

TraceMatrixTab::~TraceMatrixTab()
{
    QSettings().setValue(QStringLiteral("trace/matrix/header"),
                         m_table->horizontalHeader()->saveState());
}

void TraceMatrixTab::refresh()
{
    // Keep the current cell on the same record path across the rebuild.
    const QModelIndex current = m_table->currentIndex();
    const int column = current.column();
    Id threat;
    QString record;
    if (current.isValid()) {
        threat = m_model->index(current.row(), TraceMatrixModel::ThreatColumn)
                     .data(TraceMatrixModel::RecordIdRole)
                     .toString()
                     .toStdString();
        record = current.data(TraceMatrixModel::RecordIdRole).toString();
    }
    m_stale = false;
    m_model->rebuild();
    if (threat.empty())
        return;
    const int first = m_model->firstRowOf(threat);
    if (first < 0)
        return;
    int row = first;
    for (int r = first; r < m_model->rowCount(); ++r) {
        const QModelIndex candidate = m_model->index(r, column);
        if (m_model->index(r, 0).data(TraceMatrixModel::RecordIdRole).toString().toStdString()
            != threat)
            break;
        if (candidate.data(TraceMatrixModel::RecordIdRole).toString() == record) {
            row = r;
            break;
        }
    }
    m_table->setCurrentIndex(m_model->index(row, column));
}

void TraceMatrixTab::onModelChanged()
{
    // The rows point into the model: rebuild them now, or drop them until the matrix shows.
    if (isVisible()) {
        refresh();
    } else {
        m_stale = true;
        m_model->clear();
    }
}

void TraceMatrixTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TraceMatrixTab::applyFilter()
{
    TraceMatrixModel::Filter filter;
    filter.hideObsolete = m_hideObsolete->isChecked();
    filter.onlyDecided = m_onlyDecided->isChecked();
    filter.search = m_search->text();
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter); // builds the rows from the model as it is now
    m_stale = false;
}

void TraceMatrixTab::updateCount()
{
    if (m_stale && m_model->rowCount() == 0) {
        m_count->clear();
        return;
    }
    m_count->setText(tr("%1 · %2").arg(tr("%n row(s)", nullptr, m_model->rowCount()),
                                       tr("%n threat(s)", nullptr, m_model->threatCount())));
}

} // namespace vigil
