#include "views/panels/HistoryPanel.h"

#include <QDateTime>
#include <QLocale>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vigil {

namespace {

constexpr int kIdRole = Qt::UserRole; // an object row's id

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

// "2026-12-02T17:30:00Z" in the reader's time zone and locale; as written when it is not a time.
QString localTime(const std::string &utc)
{
    const QDateTime time = QDateTime::fromString(fromStd(utc), Qt::ISODate);
    if (!time.isValid())
        return fromStd(utc);
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

HistoryPanel::HistoryPanel(QWidget *parent) : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by time, person, change or object"));
    m_filter->setClearButtonEnabled(true);
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("Change"), tr("Objects")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::Interactive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &HistoryPanel::applyFilter);
    const auto choose = [this](QTreeWidgetItem *item) {
        if (item && item->data(0, kIdRole).isValid())
            emit objectChosen(item->data(0, kIdRole).toString().toStdString());
    };
    connect(m_tree, &QTreeWidget::currentItemChanged, this, choose);
    connect(m_tree, &QTreeWidget::itemActivated, this, choose);
}

QString HistoryPanel::objectLabel(const ThreatModel &model, const Id &id)
{
    if (id == "model")
        return tr("Model information");
    if (model.element(id) || model.flow(id) || model.boundary(id))
        return fromStd(model.displayName(id));
    if (const Threat *threat = model.threats().find(id))
        return tr("#%1 %2").arg(threat->number).arg(fromStd(model.render(threat->title)));
    if (const Diagram *diagram = model.diagram(id))
        return tr("Diagram %1").arg(fromStd(diagram->name));
    if (const Mitigation *mitigation = model.mitigations().find(id))
        return fromStd(mitigation->title);
    if (const Requirement *requirement = model.requirements().find(id))
        return tr("%1 %2").arg(fromStd(id), fromStd(requirement->text));
    if (model.tests().contains(id))
        return fromStd(id);
    if (const Person *person = model.people().find(id))
        return fromStd(person->name);
    if (const Hazard *hazard = model.hazards().find(id))
        return tr("%1 %2").arg(fromStd(hazard->reference), fromStd(hazard->title));
    if (const Baseline *baseline = model.baselines().find(id))
        return tr("Baseline %1").arg(fromStd(baseline->name));
    return fromStd(id);
}

QTreeWidgetItem *HistoryPanel::addEntry(const ThreatModel &model, const QString &when,
                                        const QString &who, const std::string &action,
                                        const std::vector<Id> &ids, int touched)
{
    auto *entry = new QTreeWidgetItem(m_tree);
    entry->setText(WhenColumn, when);
    entry->setText(WhoColumn, who);
    entry->setText(WhatColumn, fromStd(action));
    entry->setToolTip(WhatColumn, fromStd(action));
    QStringList names;
    for (const Id &id : ids) {
        const QString label = objectLabel(model, id);
        auto *object = new QTreeWidgetItem(entry);
        object->setText(ObjectsColumn, label);
        object->setToolTip(ObjectsColumn, fromStd(id));
        object->setData(0, kIdRole, fromStd(id));
        if (names.size() < 3)
            names << label;
    }
    const int count = std::max(touched, static_cast<int>(ids.size()));
    if (count > 0) {
        QString objects = names.join(QStringLiteral(", "));
        if (count > names.size())
            objects = tr("%1 and %n more", nullptr, count - static_cast<int>(names.size()))
                          .arg(objects);
        entry->setText(ObjectsColumn, objects);
    }
    if (count > static_cast<int>(ids.size())) {
        auto *more = new QTreeWidgetItem(entry);
        more->setText(ObjectsColumn, tr("(%n more not listed)", nullptr,
                                        count - static_cast<int>(ids.size())));
    }
    return entry;
}

void HistoryPanel::setHistory(const ThreatModel &model, const std::vector<HistoryAction> &unsaved,
                              const QString &author)
{
    m_tree->clear();
    // Newest first: what is not saved yet, then the saved entries from the latest.
    for (auto step = unsaved.rbegin(); step != unsaved.rend(); ++step) {
        QTreeWidgetItem *entry = addEntry(model, tr("Not saved yet"), author, step->action,
                                          step->ids, static_cast<int>(step->ids.size()));
        QFont font = entry->font(WhenColumn);
        font.setItalic(true);
        for (int column = 0; column < ColumnCount; ++column)
            entry->setFont(column, font);
    }
    const auto &history = model.history().all();
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        const HistoryEntry &saved = it->second;
        QTreeWidgetItem *entry = addEntry(model, localTime(saved.time), fromStd(saved.author),
                                          saved.action, saved.ids, saved.touched);
        entry->setToolTip(WhenColumn, fromStd(saved.time));
    }
    const int savedCount = static_cast<int>(history.size());
    const int unsavedCount = static_cast<int>(unsaved.size());
    QString summary = tr("%n saved change(s)", nullptr, savedCount);
    if (unsavedCount > 0)
        summary += tr("; %n change(s) the next save records", nullptr, unsavedCount);
    m_summary->setText(summary);
    m_tree->resizeColumnToContents(WhenColumn);
    m_tree->resizeColumnToContents(WhoColumn);
    // The change in full where it fits; a long one is cut, its tooltip has it all.
    m_tree->resizeColumnToContents(WhatColumn);
    constexpr int kWidestChange = 420;
    if (m_tree->columnWidth(WhatColumn) > kWidestChange)
        m_tree->setColumnWidth(WhatColumn, kWidestChange);
    applyFilter();
}

void HistoryPanel::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *entry = m_tree->topLevelItem(i);
        bool shown = text.isEmpty();
        for (int column = 0; column < ColumnCount && !shown; ++column)
            shown = entry->text(column).contains(text, Qt::CaseInsensitive)
                    || entry->toolTip(column).contains(text, Qt::CaseInsensitive);
        for (int c = 0; c < entry->childCount() && !shown; ++c)
            shown = entry->child(c)->text(ObjectsColumn).contains(text, Qt::CaseInsensitive)
                    || entry->child(c)->toolTip(ObjectsColumn).contains(text, Qt::CaseInsensitive);
        entry->setHidden(!shown);
    }
}

} // namespace vigil
