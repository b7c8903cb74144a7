#include "app/ConflictsUi.h"

#include "app/MainWindow.h"
#include "model/diff/ModelMerge.h"
#include "views/document/BaselineCommands.h"
#include "views/document/Document.h"

#include <QApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigil {

namespace {

constexpr int kIdRole = Qt::UserRole;

// A JSON value as a reader wants it: text without quotes, "(none)" for null, long ones cut.
QString valueText(const std::string &json)
{
    QString text = QString::fromStdString(json);
    if (text == QLatin1String("null"))
        return ConflictsUi::tr("(none)");
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        text = text.mid(1, text.size() - 2);
    constexpr int kLongest = 80;
    if (text.size() > kLongest)
        text = text.left(kLongest) + QChar(0x2026);
    return text;
}

QString sideLabel(const std::string &side)
{
    return side == "theirs" ? ConflictsUi::tr("Theirs") : ConflictsUi::tr("Ours");
}

} // namespace

ConflictsUi::ConflictsUi(MainWindow *window)
    : QObject(window), m_window(window), m_dock(new QDockWidget(tr("Merge Conflicts"), window))
{
    setObjectName(QStringLiteral("conflictsUi"));
    m_dock->setObjectName(QStringLiteral("mergeConflictsDock"));
    auto *content = new QWidget(m_dock);
    m_summary = new QLabel(content);
    m_summary->setWordWrap(true);
    m_list = new QTreeWidget(content);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Record"), tr("Field"), tr("Base"), tr("Ours"), tr("Theirs"),
                             tr("Model holds")});
    m_list->header()->setStretchLastSection(false);
    m_ours = new QPushButton(tr("Keep &Ours"), content);
    m_ours->setToolTip(tr("Keep the value the model holds from our side and close the conflict"));
    m_theirs = new QPushButton(tr("Take &Theirs"), content);
    m_theirs->setToolTip(tr("Put the other side's value into the model and close the conflict"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_ours);
    buttons->addWidget(m_theirs);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    m_dock->setWidget(content);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();

    connect(m_ours, &QPushButton::clicked, this, [this] { resolveCurrent(QStringLiteral("ours")); });
    connect(m_theirs, &QPushButton::clicked, this,
            [this] { resolveCurrent(QStringLiteral("theirs")); });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConflictsUi::updateButtons);
    Document *document = window->document();
    connect(document, &Document::modelReset, this, [this] {
        refresh();
        // A file that comes with open conflicts shows them; once all are settled, the dock
        // says so and stays until closed.
        if (m_window->document()->model().conflicts().size() > 0) {
            // Beside the gap list, wide enough for the values, the first time.
            auto *gaps = m_window->findChild<QDockWidget *>(QStringLiteral("gapsDock"));
            if (gaps && m_dock->isHidden() && !m_dock->isFloating() && !m_placed)
                m_window->tabifyDockWidget(gaps, m_dock);
            m_placed = true;
            m_dock->show();
            m_dock->raise();
        }
    });
    refresh();
}

bool ConflictsUi::resolve(const Id &id, const QString &side, QString *error)
{
    Document *document = m_window->document();
    const OpenConflict *conflict = document->model().conflicts().find(id);
    if (!conflict)
        return false;
    const OpenConflict chosen = *conflict;
    ConflictResolution resolution;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        resolution = resolveConflict(document->model(), id, side.toStdString());
    } catch (const std::exception &failure) {
        QApplication::restoreOverrideCursor();
        if (error)
            *error = QString::fromUtf8(failure.what());
        return false;
    }
    QApplication::restoreOverrideCursor();
    const QString what = QStringLiteral("%1 %2%3").arg(
        QString::fromStdString(chosen.kind),
        QString::fromStdString(chosen.label.empty() ? chosen.record : chosen.label),
        chosen.field.empty() ? QString() : QStringLiteral(" ") + QString::fromStdString(chosen.field));
    document->push(new ResolveConflictCommand(
        document, std::move(resolution.model), chosen.record,
        side == QLatin1String("theirs") ? tr("Take theirs for %1").arg(what)
                                        : tr("Keep ours for %1").arg(what)));
    if (!resolution.warnings.empty())
        m_window->statusBar()->showMessage(QString::fromStdString(resolution.warnings.front()),
                                           8000);
    return true;
}

void ConflictsUi::showConflict(const Id &id)
{
    m_dock->show();
    m_dock->raise();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, kIdRole).toString().toStdString() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

void ConflictsUi::resolveCurrent(const QString &side)
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const int row = m_list->indexOfTopLevelItem(item);
    QString error;
    if (!resolve(item->data(0, kIdRole).toString().toStdString(), side, &error)) {
        if (!error.isEmpty())
            QMessageBox::warning(m_window, tr("Merge Conflicts"), error);
        return;
    }
    // On to the next one.
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(std::min(row, m_list->topLevelItemCount() - 1)));
}

void ConflictsUi::refresh()
{
    const ThreatModel &model = m_window->document()->model();
    m_list->clear();
    for (const auto &[id, conflict] : model.conflicts().all()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, kIdRole, QString::fromStdString(id));
        const QString record = conflict.label.empty() || conflict.label == conflict.record
                                   ? QString::fromStdString(conflict.record)
                                   : QStringLiteral("%1 (%2)").arg(
                                         QString::fromStdString(conflict.label),
                                         QString::fromStdString(conflict.record));
        item->setText(RecordColumn, QStringLiteral("%1 %2").arg(
                                        QString::fromStdString(conflict.kind), record));
        item->setToolTip(RecordColumn, QString::fromStdString(conflict.reason));
        item->setText(FieldColumn, conflict.field.empty() ? tr("(whole record)")
                                                          : QString::fromStdString(conflict.field));
        item->setText(BaseColumn, valueText(conflict.base));
        item->setText(OursColumn, valueText(conflict.ours));
        item->setText(TheirsColumn, valueText(conflict.theirs));
        for (int column : {BaseColumn, OursColumn, TheirsColumn})
            item->setToolTip(column, QString::fromStdString(
                                         column == BaseColumn   ? conflict.base
                                         : column == OursColumn ? conflict.ours
                                                                : conflict.theirs));
        item->setText(HoldsColumn, sideLabel(conflict.taken));
    }
    const int count = static_cast<int>(model.conflicts().size());
    m_summary->setText(count == 0
                           ? tr("No open merge conflicts.")
                           : tr("%n conflict(s) from a merge: the model holds the side shown "
                                "under \"Model holds\" until you choose.",
                                nullptr, count));
    m_dock->setWindowTitle(count == 0 ? tr("Merge Conflicts")
                                      : tr("Merge Conflicts (%1)").arg(count));
    for (int column = 0; column < ColumnCount; ++column)
        m_list->resizeColumnToContents(column);
    if (count > 0 && !m_list->currentItem())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void ConflictsUi::updateButtons()
{
    const bool chosen = m_list->currentItem() != nullptr && !m_window->document()->isFrozen();
    m_ours->setEnabled(chosen);
    m_theirs->setEnabled(chosen);
}

} // namespace vigil
