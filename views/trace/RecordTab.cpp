#include "views/trace/RecordTab.h"

#include "views/document/Document.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

namespace vigil::tracepanel {

// ---------------------------------------------------------------- RecordTableModel

RecordTableModel::RecordTableModel(RecordTab *tab, QStringList headers, QObject *parent)
    : QAbstractTableModel(parent), m_tab(tab), m_headers(std::move(headers))
{
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Id &id = m_ids[static_cast<size_t>(index.row())];
    if (role == IdRole)
        return fromStd(id);
    QVariant value = m_tab->cell(id, index.column(), role);
    if (!value.isValid() && (role == SortRole || role == Qt::ToolTipRole))
        return m_tab->cell(id, index.column(), Qt::DisplayRole);
    return value;
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_headers.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_headers.at(section);
    return {};
}

int RecordTableModel::rowOf(const Id &id) const
{
    auto it = m_rows.find(id);
    return it == m_rows.end() ? -1 : it->second;
}

void RecordTableModel::setIds(std::vector<Id> ids)
{
    if (ids == m_ids) {
        if (!m_ids.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_rows.clear();
    for (size_t row = 0; row < m_ids.size(); ++row)
        m_rows.emplace(m_ids[row], static_cast<int>(row));
    endResetModel();
}

// ---------------------------------------------------------------- RecordSortModel

RecordSortModel::RecordSortModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void RecordSortModel::setSearch(const QString &text)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool RecordSortModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString text =
        sourceModel()->index(sourceRow, 0, sourceParent).data(SearchRole).toString();
    return std::all_of(m_words.begin(), m_words.end(), [&text](const QString &word) {
        return text.contains(word, Qt::CaseInsensitive);
    });
}

bool RecordSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(SortRole);
    const QVariant b = right.data(SortRole);
    const auto numeric = [](const QVariant &v) {
        const int type = v.typeId();
        return type == QMetaType::Int || type == QMetaType::Double || type == QMetaType::LongLong;
    };
    if (numeric(a) && numeric(b) && a.toDouble() != b.toDouble())
        return a.toDouble() < b.toDouble();
    if (!numeric(a) || !numeric(b)) {
        const std::string x = a.toString().toLower().toStdString();
        const std::string y = b.toString().toLower().toStdString();
        if (x != y)
            return naturalLess(x, y);
    }
    // Ties keep id order, so that the table does not jump around.
    return naturalLess(left.data(IdRole).toString().toStdString(),
                       right.data(IdRole).toString().toStdString());
}

// ---------------------------------------------------------------- RecordTableView

RecordTableView::RecordTableView(QWidget *parent) : QTableView(parent) {}

void RecordTableView::acceptDrops(const QString &mimeType)
{
    m_mimeType = mimeType;
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
}

void RecordTableView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier) {
        if (event->key() == Qt::Key_Insert) {
            emit insertPressed();
            return;
        }
        if (event->key() == Qt::Key_Delete) {
            emit deletePressed();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

bool RecordTableView::wantsDrop(const QMimeData *payload, const QPoint &position)
{
    return !m_mimeType.isEmpty() && payload && payload->hasFormat(m_mimeType)
           && indexAt(position).isValid();
}

void RecordTableView::setDropRow(int row)
{
    if (row == m_dropRow)
        return;
    m_dropRow = row;
    viewport()->update();
}

void RecordTableView::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_mimeType.isEmpty() || !event->mimeData()->hasFormat(m_mimeType)) {
        event->ignore();
        return;
    }
    // Accept the drag into the table; each move says whether the spot takes the drop.
    event->acceptProposedAction();
}

void RecordTableView::dragMoveEvent(QDragMoveEvent *event)
{
    const QPoint position = event->position().toPoint();
    if (!wantsDrop(event->mimeData(), position)) {
        setDropRow(-1);
        event->ignore();
        return;
    }
    setDropRow(indexAt(position).row());
    if (event->possibleActions() & Qt::LinkAction)
        event->setDropAction(Qt::LinkAction);
    event->accept();
}

void RecordTableView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropRow(-1);
    event->accept();
}

void RecordTableView::dropEvent(QDropEvent *event)
{
    setDropRow(-1);
    const QPoint position = event->position().toPoint();
    if (!wantsDrop(event->mimeData(), position)) {
        event->ignore();
        return;
    }
    if (event->possibleActions() & Qt::LinkAction)
        event->setDropAction(Qt::LinkAction);
    event->accept();
    emit dropped(indexAt(position), event->mimeData()->data(m_mimeType));
}

void RecordTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_dropRow < 0 || !model())
        return;
    const QModelIndex first = model()->index(m_dropRow, 0);
    const QModelIndex last = model()->index(m_dropRow, model()->columnCount() - 1);
    const QRect rect = visualRect(first).united(visualRect(last));
    QPainter painter(viewport());
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(rect.adjusted(1, 1, -1, -1));
}

// ---------------------------------------------------------------- RecordTab

RecordTab::RecordTab(Document *document, const QString &key, QWidget *parent)
    : QWidget(parent), m_document(document), m_key(key)
{
    setObjectName(key + QStringLiteral("Tab"));
}

RecordTab::~RecordTab()
{
    if (!m_table)
        return;
    QSettings settings;
    const QString prefix = QStringLiteral("trace/%1/").arg(m_key);
    settings.setValue(prefix + QStringLiteral("header"),
                      m_table->horizontalHeader()->saveState());
    settings.setValue(prefix + QStringLiteral("splitter"), m_splitter->saveState());
}

const ThreatModel &RecordTab::model() const { return m_document->model(); }

void RecordTab::setUp(const QStringList &headers, QWidget *detailForm)
{
    m_model = new RecordTableModel(this, headers, this);
    m_sort = new RecordSortModel(this);
    m_sort->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setObjectName(m_key + QStringLiteral("Search"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(m_key + QStringLiteral("Count"));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(m_key + QStringLiteral("Add"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(m_key + QStringLiteral("Remove"));

    m_table = new RecordTableView(this);
    m_table->setObjectName(m_key + QStringLiteral("Table"));
    m_table->setModel(m_sort);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab goes on to the form; arrows move in the table
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setHighlightSections(false);
    header->setTextElideMode(Qt::ElideRight);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->setSpacing(4);
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    row->addWidget(m_search, 1);
    row->addWidget(m_count);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    topLayout->addLayout(row);
    topLayout->addWidget(m_table, 1);

    m_details = new QScrollArea(this);
    m_details->setObjectName(m_key + QStringLiteral("Details"));
    m_details->setWidgetResizable(true);
    m_details->setFrameShape(QFrame::NoFrame);
    m_details->setFocusPolicy(Qt::NoFocus);
    m_details->setWidget(detailForm);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_splitter);

    // Tab order: search, Add, Remove, table, then the detail form.
    setTabOrder(m_search, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_table);

    QSettings settings;
    const QString prefix = QStringLiteral("trace/%1/").arg(m_key);
    header->restoreState(settings.value(prefix + QStringLiteral("header")).toByteArray());
    m_splitter->restoreState(settings.value(prefix + QStringLiteral("splitter")).toByteArray());

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_sort->setSearch(text);
        updateCount();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        commitPending();
        addRecord();
    });
    connect(m_remove, &QPushButton::clicked, this, &RecordTab::removeSelected);
    connect(m_table, &RecordTableView::insertPressed, this, [this] {
        commitPending();
        addRecord();
    });
    connect(m_table, &RecordTableView::deletePressed, this, &RecordTab::removeSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RecordTab::onCurrentChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordTab::onCurrentChanged);
    connect(m_sort, &QAbstractItemModel::rowsInserted, this, &RecordTab::updateCount);
    connect(m_sort, &QAbstractItemModel::rowsRemoved, this, &RecordTab::updateCount);
    connect(m_sort, &QAbstractItemModel::modelReset, this, &RecordTab::updateCount);

    const auto reloadAll = [this] { reload(); };
    connect(m_document, &Document::traceChanged, this, reloadAll);
    connect(m_document, &Document::threatsChanged, this, reloadAll);
    connect(m_document, &Document::modelReset, this, reloadAll);
    connect(m_document, &Document::modelInfoChanged, this, reloadAll);
    reload();
}

QLineEdit *RecordTab::makeLineField(const QString &name,
                                    std::function<void(const QString &)> commit)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    watchLine(edit, std::move(commit));
    return edit;
}

void RecordTab::watchLine(QLineEdit *edit, std::function<void(const QString &)> commit)
{
    const auto finish = [edit, commit = std::move(commit)] {
        // Text its validator does not accept (a half-typed date) is never committed.
        if (!edit->isModified() || !edit->hasAcceptableInput())
            return;
        edit->setModified(false);
        commit(edit->text().trimmed());
    };
    m_lineFields.emplace_back(edit, finish);
    connect(edit, &QLineEdit::editingFinished, this, finish);
}

CommitTextEdit *RecordTab::makeTextField(const QString &name,
                                     std::function<void(const QString &)> commit)
{
    auto *edit = new CommitTextEdit;
    edit->setObjectName(name);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    m_textFields.push_back(edit);
    connect(edit, &CommitTextEdit::editingFinished, this, commit);
    return edit;
}

QComboBox *RecordTab::makeEditableCombo(const QString &name,
                                        std::function<void(const QString &)> commit)
{
    auto *combo = new QComboBox;
    combo->setObjectName(name);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    QLineEdit *edit = combo->lineEdit();
    edit->setObjectName(name + QStringLiteral("Text"));
    watchLine(edit, commit);
    connect(combo, &QComboBox::activated, this, [combo, commit](int index) {
        combo->lineEdit()->setModified(false);
        commit(combo->itemText(index));
    });
    return combo;
}

void RecordTab::commitPending()
{
    // Copies: a commit may reload the tab, which never adds fields but may run this again.
    const auto lines = m_lineFields;
    for (const auto &[edit, finish] : lines)
        finish();
    for (CommitTextEdit *edit : m_textFields)
        edit->commit();
}

void RecordTab::discardPending()
{
    for (const auto &[edit, finish] : m_lineFields)
        edit->setModified(false);
    for (CommitTextEdit *edit : m_textFields)
        edit->document()->setModified(false);
}

void RecordTab::showNew(const Id &id, QWidget *focus)
{
    if (!selectRecord(id))
        return;
    if (focus) {
        focus->setFocus(Qt::OtherFocusReason);
        if (auto *edit = qobject_cast<QLineEdit *>(focus))
            edit->selectAll();
    }
}

std::vector<Id> RecordTab::selectedIds() const
{
    std::vector<std::pair<int, Id>> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.emplace_back(index.row(), index.data(IdRole).toString().toStdString());
    std::sort(rows.begin(), rows.end());
    std::vector<Id> ids;
    ids.reserve(rows.size());
    for (auto &row : rows)
        ids.push_back(std::move(row.second));
    return ids;
}

Id RecordTab::currentRowId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()
        || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return {};
    return current.siblingAtColumn(0).data(IdRole).toString().toStdString();
}

bool RecordTab::selectRecord(const Id &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    QModelIndex index = m_sort->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear(); // the search hid it
        index = m_sort->mapFromSource(m_model->index(row, 0));
    }
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void RecordTab::onCurrentChanged()
{
    updateButtons();
    if (m_reloading)
        return;
    if (currentRowId() == m_current)
        return;
    // Unsaved text belongs to the record that was shown; the commit may reload the table,
    // which keeps the row the user just picked. What cannot be committed is dropped.
    commitPending();
    discardPending();
    m_current = currentRowId();
    refreshDetails();
}

void RecordTab::reload()
{
    recount();
    std::vector<Id> ids = recordIds();
    if (ids == m_model->ids()) {
        m_model->setIds(std::move(ids)); // the same rows: refresh their cells
    } else {
        const std::vector<Id> selected = selectedIds();
        const QModelIndex currentIndex = m_table->currentIndex();
        const Id current =
            currentIndex.isValid()
                ? currentIndex.siblingAtColumn(0).data(IdRole).toString().toStdString()
                : Id();
        m_reloading = true;
        m_model->setIds(std::move(ids));
        QItemSelection selection;
        for (const Id &id : selected) {
            const int row = m_model->rowOf(id);
            const QModelIndex index =
                row < 0 ? QModelIndex() : m_sort->mapFromSource(m_model->index(row, 0));
            if (index.isValid())
                selection.select(index, index);
        }
        QItemSelectionModel *selectionModel = m_table->selectionModel();
        selectionModel->select(selection,
                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const int currentRow = m_model->rowOf(current);
        if (currentRow >= 0)
            selectionModel->setCurrentIndex(m_sort->mapFromSource(m_model->index(currentRow, 0)),
                                            QItemSelectionModel::NoUpdate);
        m_reloading = false;
    }
    if (!m_current.empty() && !hasRecord(m_current))
        discardPending(); // the record went away (undo, another panel): its edits with it
    m_current = currentRowId();
    refreshDetails();
    updateButtons();
    updateCount();
}

void RecordTab::removeSelected()
{
    const std::vector<Id> ids = selectedIds();
    if (ids.empty())
        return;
    commitPending();
    int row = m_table->currentIndex().row();
    removeRecords(ids);
    const int rows = m_sort->rowCount();
    if (rows == 0)
        return;
    row = std::clamp(row, 0, rows - 1);
    m_table->selectionModel()->setCurrentIndex(
        m_sort->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RecordTab::updateButtons()
{
    if (m_remove)
        m_remove->setEnabled(m_table->selectionModel()->hasSelection());
}

void RecordTab::updateCount()
{
    if (m_count)
        m_count->setText(countText(m_sort->rowCount(), m_model->rowCount()));
}

} // namespace vigil::tracepanel
