#include "views/panels/ChangesPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigil {

namespace {

constexpr int kIndexRole = Qt::UserRole; // the change's index in the diff

// A value as a reader wants it: a text without quotes, anything else as JSON, long ones cut.
QString valueText(const nlohmann::json &value)
{
    if (value.is_null())
        return ChangesPanel::tr("(none)");
    QString text = value.is_string()
                       ? QString::fromStdString(value.get<std::string>())
                       : QString::fromStdString(
                             value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    constexpr int kLongest = 120;
    if (text.size() > kLongest)
        text = text.left(kLongest) + QChar(0x2026); // …
    return text;
}

QString fieldText(const FieldChange &field)
{
    if (!field.summary.empty())
        return QString::fromStdString(field.summary);
    return ChangesPanel::tr("%1 \u2192 %2").arg(valueText(field.before), valueText(field.after));
}

} // namespace

ChangesPanel::ChangesPanel(QWidget *parent) : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter changes"));
    m_filter->setClearButtonEnabled(true);
    m_refresh = new QPushButton(tr("Compare &Again"), this);
    m_refresh->setToolTip(tr("Compare the model as it is now with the file read again"));
    m_close = new QPushButton(tr("&End Comparison"), this);
    m_close->setToolTip(tr("Clear the list and the marks on the diagrams"));

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Change"), tr("Kind"), tr("Name"), tr("Id")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_filter, 1);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &ChangesPanel::applyFilter);
    connect(m_refresh, &QPushButton::clicked, this, &ChangesPanel::refreshRequested);
    connect(m_close, &QPushButton::clicked, this, &ChangesPanel::closeRequested);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentItemChanged(current); });
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { onCurrentItemChanged(item); });
    clear();
}

QString ChangesPanel::kindLabel(const std::string &kind)
{
    if (kind == "element") return tr("Element");
    if (kind == "zone") return tr("Trust zone");
    if (kind == "flow") return tr("Data flow");
    if (kind == "diagram") return tr("Diagram");
    if (kind == "threat") return tr("Threat");
    if (kind == "mitigation") return tr("Mitigation");
    if (kind == "requirement") return tr("Requirement");
    if (kind == "test") return tr("Verification test");
    if (kind == "person") return tr("Person");
    if (kind == "hazard") return tr("Hazard");
    if (kind == "review") return tr("Review");
    if (kind == "suppression") return tr("Suppressed rule");
    if (kind == "model") return tr("Model information");
    if (kind == "setting") return tr("Setting");
    return QString::fromStdString(kind);
}

QString ChangesPanel::changeLabel(RecordChangeKind change)
{
    switch (change) {
    case RecordChangeKind::Added: return tr("+ Added");
    case RecordChangeKind::Removed: return tr("\u2212 Removed");
    case RecordChangeKind::Changed: return tr("\u0394 Changed");
    }
    return {};
}

void ChangesPanel::setComparison(const QString &otherName, ModelDiff diff)
{
    m_otherName = otherName;
    m_diff = std::move(diff);
    m_comparing = true;
    rebuild();
}

void ChangesPanel::clear()
{
    m_otherName.clear();
    m_diff = {};
    m_comparing = false;
    rebuild();
}

void ChangesPanel::rebuild()
{
    m_tree->clear();
    m_refresh->setEnabled(m_comparing);
    m_close->setEnabled(m_comparing);
    m_filter->setEnabled(m_comparing);
    if (!m_comparing) {
        m_summary->setText(tr("Compare the model with another revision: File > Compare with "
                              "File..."));
        return;
    }
    size_t added = 0, removed = 0, changed = 0;
    QList<QTreeWidgetItem *> rows;
    rows.reserve(static_cast<int>(m_diff.changes.size()));
    for (size_t i = 0; i < m_diff.changes.size(); ++i) {
        const RecordChange &change = m_diff.changes[i];
        (change.change == RecordChangeKind::Added     ? added
         : change.change == RecordChangeKind::Removed ? removed
                                                      : changed)++;
        auto *row = new QTreeWidgetItem;
        row->setText(ChangeColumn, changeLabel(change.change));
        row->setText(KindColumn, kindLabel(change.kind));
        row->setText(NameColumn, QString::fromStdString(change.label));
        row->setText(IdColumn, QString::fromStdString(change.id));
        row->setData(ChangeColumn, kIndexRole, static_cast<qulonglong>(i));
        for (const FieldChange &field : change.fields) {
            auto *detail = new QTreeWidgetItem(row);
            detail->setText(KindColumn, QString::fromStdString(field.field));
            detail->setText(NameColumn, fieldText(field));
            detail->setToolTip(NameColumn, fieldText(field));
            detail->setData(ChangeColumn, kIndexRole, static_cast<qulonglong>(i));
        }
        rows.append(row);
    }
    m_tree->addTopLevelItems(rows);
    if (m_diff.equal())
        m_summary->setText(tr("No differences from %1.").arg(m_otherName));
    else
        m_summary->setText(tr("Changes from %1 to this model: %2 added, %3 removed, %4 changed.")
                               .arg(m_otherName)
                               .arg(added)
                               .arg(removed)
                               .arg(changed));
    for (int column : {ChangeColumn, KindColumn, IdColumn})
        m_tree->resizeColumnToContents(column);
    applyFilter();
}

void ChangesPanel::applyFilter()
{
    const QString needle = m_filter->text().trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_tree->topLevelItem(i);
        bool matches = needle.isEmpty();
        for (int column = 0; column < ColumnCount && !matches; ++column)
            matches = row->text(column).contains(needle, Qt::CaseInsensitive);
        for (int child = 0; child < row->childCount() && !matches; ++child)
            matches = row->child(child)->text(KindColumn).contains(needle, Qt::CaseInsensitive)
                      || row->child(child)->text(NameColumn).contains(needle, Qt::CaseInsensitive);
        row->setHidden(!matches);
    }
}

void ChangesPanel::onCurrentItemChanged(QTreeWidgetItem *current)
{
    if (!current)
        return;
    const size_t index = current->data(ChangeColumn, kIndexRole).toULongLong();
    if (index >= m_diff.changes.size())
        return;
    const RecordChange &change = m_diff.changes[index];
    emit changeChosen(QString::fromStdString(change.kind), QString::fromStdString(change.id),
                      change.change);
}

} // namespace vigil
