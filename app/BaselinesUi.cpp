#include "app/BaselinesUi.h"

#include "app/CompareUi.h"
#include "app/MainWindow.h"
#include "app/ReportUi.h"
#include "app/TraceUi.h"
#include "model/Baselines.h"
#include "model/IsoDate.h"
#include "views/diagram/DiagramView.h"
#include "views/document/BaselineCommands.h"
#include "views/document/Document.h"
#include "views/panels/HistoryPanel.h"
#include "views/trace/GapList.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigil {

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

QString meaningLabel(const std::string &meaning)
{
    return meaning == "approved-for-release" ? BaselinesUi::tr("Approved for release")
                                             : BaselinesUi::tr("Reviewed");
}

// "2026-12-02T17:30:00Z" as the reader's local time.
QString localTime(const std::string &utc)
{
    const QDateTime time = QDateTime::fromString(fromStd(utc), Qt::ISODate);
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : fromStd(utc);
}

// A name for the next baseline: "Rev A", "Rev B", ... the first one not used.
QString suggestedName(const ThreatModel &model)
{
    for (char letter = 'A'; letter <= 'Z'; ++letter) {
        const QString name = BaselinesUi::tr("Rev %1").arg(QChar::fromLatin1(letter));
        if (!model.baselineNamed(name.toStdString()))
            return name;
    }
    return {};
}

constexpr int kIdRole = Qt::UserRole;

} // namespace

BaselinesUi::BaselinesUi(MainWindow *window, TraceUi *trace, CompareUi *compare)
    : QObject(window), m_window(window), m_trace(trace), m_compare(compare),
      m_create(new QAction(tr("Create &Baseline..."), this)),
      m_manage(new QAction(tr("Base&lines..."), this)),
      m_historyDock(new QDockWidget(tr("Audit Trail"), window)),
      m_history(new HistoryPanel(m_historyDock)), m_historyTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("baselinesUi"));
    m_create->setObjectName(QStringLiteral("createBaseline"));
    m_create->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
    m_create->setStatusTip(tr("Keep the model as it is now as a named, frozen revision in the "
                              "document"));
    m_manage->setObjectName(QStringLiteral("manageBaselines"));
    m_manage->setStatusTip(tr("List the baselines; approve one, open it read-only, compare the "
                              "model with it"));
    connect(m_create, &QAction::triggered, this, &BaselinesUi::createFromMenu);
    connect(m_manage, &QAction::triggered, this, &BaselinesUi::showBaselines);
    window->addAction(m_create);

    m_historyDock->setObjectName(QStringLiteral("auditTrailDock"));
    m_historyDock->setWidget(m_history);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_historyDock->hide();

    auto *menu = new QMenu(tr("&Model"), window);
    menu->setObjectName(QStringLiteral("modelMenu"));
    menu->addAction(m_create);
    menu->addAction(m_manage);
    menu->addSeparator();
    QAction *showHistory = m_historyDock->toggleViewAction();
    showHistory->setText(tr("&Audit Trail"));
    showHistory->setStatusTip(tr("Every saved change to the document: when, by whom, what"));
    menu->addAction(showHistory);
    // Before Help, after the menus of the model's parts.
    const QList<QAction *> menus = window->menuBar()->actions();
    window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), menu);

    // The list follows the document, but only while it can be seen: a large model's history
    // need not be rebuilt for every nudge nobody watches.
    m_historyTimer->setSingleShot(true);
    m_historyTimer->setInterval(200);
    connect(m_historyTimer, &QTimer::timeout, this, &BaselinesUi::refreshHistory);
    Document *document = window->document();
    connect(document->undoStack(), &QUndoStack::indexChanged, this,
            &BaselinesUi::scheduleHistoryRefresh);
    connect(document, &Document::historyChanged, this, &BaselinesUi::scheduleHistoryRefresh);
    connect(document, &Document::modelReset, this, &BaselinesUi::scheduleHistoryRefresh);
    connect(document, &Document::fileChanged, this, [this] {
        const bool frozen = m_window->document()->isFrozen();
        m_create->setEnabled(!frozen);
        m_manage->setEnabled(!frozen);
        scheduleHistoryRefresh();
    });
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        // First shown: a tab beside the gap list, wide enough for its columns, rather than a
        // sliver at the end of the bottom area.
        if (!m_placed && !m_historyDock->isFloating()) {
            m_placed = true;
            if (QDockWidget *gaps = m_trace->gapDock()) {
                m_window->tabifyDockWidget(gaps, m_historyDock);
                m_historyDock->raise();
            }
        }
        refreshHistory();
    });
    connect(m_history, &HistoryPanel::objectChosen, this, &BaselinesUi::showObject);
}

// ---------------------------------------------------------------- baselines

bool BaselinesUi::createBaseline(const QString &name, const QString &comment, QString *error)
{
    Document *document = m_window->document();
    Baseline baseline;
    try {
        baseline = makeBaseline(document->model(), name.toStdString(),
                                document->author().toStdString(), comment.trimmed().toStdString(),
                                nowIsoDateTimeUtc());
    } catch (const std::exception &failure) {
        if (error)
            *error = QString::fromUtf8(failure.what());
        return false;
    }
    const Id id = baseline.id;
    const QString label = fromStd(baseline.name);
    document->push(new PutBaselineCommand(document, id, std::move(baseline),
                                          tr("Create Baseline %1").arg(label)));
    m_window->statusBar()->showMessage(
        document->isUntitled() || document->isModified()
            ? tr("Baseline %1 made; it is kept in the file when you save").arg(label)
            : tr("Baseline %1 made").arg(label),
        6000);
    return true;
}

int BaselinesUi::baselineGaps(const Id &id) const
{
    const Baseline *baseline = m_window->document()->model().baselines().find(id);
    if (!baseline)
        return -1;
    try {
        return static_cast<int>(traceabilityGaps(baselineModel(*baseline)).size());
    } catch (const std::exception &) {
        return -1;
    }
}

bool BaselinesUi::approveBaseline(const Id &id, Approval approval, QString *error)
{
    Document *document = m_window->document();
    const Baseline *baseline = document->model().baselines().find(id);
    if (!baseline) {
        if (error)
            *error = tr("The baseline is no longer in the model.");
        return false;
    }
    if (!snapshotIntact(*baseline)) {
        if (error)
            *error = tr("Baseline %1 was changed after it was made (its content no longer has "
                        "its hash); it cannot be approved.")
                         .arg(fromStd(baseline->name));
        return false;
    }
    const int gaps = baselineGaps(id);
    if (gaps > 0 && approval.rationale.empty()) {
        if (error)
            *error = tr("Baseline %1 has %n traceability gap(s); an approval needs a rationale "
                        "saying why it is approved anyway.",
                        nullptr, gaps)
                         .arg(fromStd(baseline->name));
        return false;
    }
    if (approval.date.empty())
        approval.date = nowIsoDateTimeUtc();
    Baseline approved;
    try {
        approved = withApproval(*baseline, std::move(approval));
    } catch (const std::exception &failure) {
        if (error)
            *error = QString::fromUtf8(failure.what());
        return false;
    }
    const QString label = fromStd(approved.name);
    document->push(
        new PutBaselineCommand(document, id, std::move(approved), tr("Approve Baseline %1").arg(label)));
    m_window->statusBar()->showMessage(tr("Approval of baseline %1 recorded").arg(label), 6000);
    return true;
}

MainWindow *BaselinesUi::openBaselineWindow(const Id &id)
{
    const Document *document = m_window->document();
    const Baseline *baseline = document->model().baselines().find(id);
    if (!baseline)
        return nullptr;
    ThreatModel frozen;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        frozen = baselineModel(*baseline);
    } catch (const std::exception &failure) {
        QApplication::restoreOverrideCursor();
        m_window->reportError(QString::fromUtf8(failure.what()));
        return nullptr;
    }
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->document()->setUntitledModel(
        std::move(frozen), tr("%1 @ %2 (baseline)").arg(document->displayName(),
                                                         fromStd(baseline->name)));
    window->document()->freezeAsBaseline(*baseline, document->filePath());
    window->resize(m_window->size());
    window->show();
    QApplication::restoreOverrideCursor();
    return window;
}

bool BaselinesUi::compareWithBaseline(const Id &id)
{
    return m_compare->compareWithBaseline(id);
}

void BaselinesUi::createFromMenu()
{
    QString name = suggestedName(m_window->document()->model());
    QString comment;
    while (askNewBaseline(name, comment)) {
        QString error;
        if (createBaseline(name, comment, &error))
            return;
        QMessageBox::warning(m_window, tr("Create Baseline"), error);
    }
}

bool BaselinesUi::askNewBaseline(QString &name, QString &comment)
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Create Baseline"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *note = new QLabel(tr("A baseline keeps the whole model as it is now, frozen, inside "
                               "the document, with its SHA-256. Reports can be made from it and "
                               "it can be approved."),
                            &dialog);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *form = new QFormLayout;
    auto *nameField = new QLineEdit(name, &dialog);
    nameField->setObjectName(QStringLiteral("baselineName"));
    auto *commentField = new QPlainTextEdit(comment, &dialog);
    commentField->setObjectName(QStringLiteral("baselineComment"));
    commentField->setTabChangesFocus(true);
    commentField->setPlaceholderText(tr("What this revision is for: \"Design review 3\", "
                                        "\"Submitted with 510(k) K123456\""));
    form->addRow(tr("&Name:"), nameField);
    form->addRow(tr("&Comment:"), commentField);
    form->addRow(tr("Made by:"), new QLabel(m_window->document()->author(), &dialog));
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Baseline"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto updateOk = [buttons, nameField] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!nameField->text().trimmed().isEmpty());
    };
    connect(nameField, &QLineEdit::textChanged, &dialog, updateOk);
    updateOk();
    layout->addWidget(buttons);
    dialog.resize(480, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    name = nameField->text().trimmed();
    comment = commentField->toPlainText();
    return true;
}

std::optional<Approval> BaselinesUi::askApproval(const Baseline &baseline, int gaps)
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Approve Baseline %1").arg(fromStd(baseline.name)));
    auto *layout = new QVBoxLayout(&dialog);
    auto *state = new QLabel(&dialog);
    state->setWordWrap(true);
    state->setObjectName(QStringLiteral("approvalGaps"));
    if (gaps > 0)
        state->setText(tr("<b>This baseline has %n traceability gap(s)</b> (Traceability > Check "
                          "on the baseline's window lists them). An approval records why it is "
                          "given anyway.",
                          nullptr, gaps));
    else
        state->setText(tr("The baseline has no traceability gaps."));
    layout->addWidget(state);
    auto *form = new QFormLayout;
    auto *by = new QLineEdit(m_window->document()->author(), &dialog);
    by->setObjectName(QStringLiteral("approvalBy"));
    auto *role = new QComboBox(&dialog);
    role->setObjectName(QStringLiteral("approvalRole"));
    role->setEditable(true);
    QStringList roles;
    for (const auto &[id, person] : m_window->document()->model().people().all())
        if (!person.role.empty() && !roles.contains(fromStd(person.role)))
            roles << fromStd(person.role);
    roles.sort(Qt::CaseInsensitive);
    role->addItems(roles);
    role->setCurrentText(QString());
    auto *meaning = new QComboBox(&dialog);
    meaning->setObjectName(QStringLiteral("approvalMeaning"));
    for (std::string_view each : kApprovalMeanings)
        meaning->addItem(meaningLabel(std::string(each)), QString::fromLatin1(each.data(),
                                                                             static_cast<qsizetype>(each.size())));
    auto *rationale = new QPlainTextEdit(&dialog);
    rationale->setObjectName(QStringLiteral("approvalRationale"));
    rationale->setTabChangesFocus(true);
    rationale->setPlaceholderText(gaps > 0 ? tr("Required: why the gaps do not stand in the way")
                                           : tr("Optional"));
    form->addRow(tr("&Approver:"), by);
    form->addRow(tr("&Role:"), role);
    form->addRow(tr("&Meaning:"), meaning);
    form->addRow(tr("R&ationale:"), rationale);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record Approval"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto updateOk = [=] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!by->text().trimmed().isEmpty()
                         && (gaps <= 0 || !rationale->toPlainText().trimmed().isEmpty()));
    };
    connect(by, &QLineEdit::textChanged, &dialog, updateOk);
    connect(rationale, &QPlainTextEdit::textChanged, &dialog, updateOk);
    updateOk();
    layout->addWidget(buttons);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    Approval approval;
    approval.by = by->text().trimmed().toStdString();
    approval.role = role->currentText().trimmed().toStdString();
    approval.meaning = meaning->currentData().toString().toStdString();
    approval.rationale = rationale->toPlainText().trimmed().toStdString();
    return approval;
}

void BaselinesUi::approveFromList(const Id &id)
{
    const Baseline *baseline = m_window->document()->model().baselines().find(id);
    if (!baseline)
        return;
    const Baseline shown = *baseline;
    const int gaps = baselineGaps(id);
    if (gaps < 0) {
        m_window->reportError(tr("Baseline %1 was changed after it was made (its content no "
                                 "longer has its hash); it cannot be approved.")
                                  .arg(fromStd(shown.name)));
        return;
    }
    const std::optional<Approval> approval = askApproval(shown, gaps);
    if (!approval)
        return;
    QString error;
    if (!approveBaseline(id, *approval, &error))
        QMessageBox::warning(m_window, tr("Approve Baseline"), error);
}

void BaselinesUi::showBaselines()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Baselines"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *list = new QTreeWidget(&dialog);
    list->setObjectName(QStringLiteral("baselineList"));
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(
        {tr("Baseline"), tr("Made"), tr("By"), tr("Approvals"), tr("Content hash")});
    auto *details = new QLabel(&dialog);
    details->setWordWrap(true);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->setMinimumHeight(80);
    details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(list, 1);
    layout->addWidget(details);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *approve = buttons->addButton(tr("&Approve..."), QDialogButtonBox::ActionRole);
    QPushButton *open = buttons->addButton(tr("&Open Read-Only"), QDialogButtonBox::ActionRole);
    QPushButton *compare =
        buttons->addButton(tr("&Compare with Model"), QDialogButtonBox::ActionRole);
    QPushButton *report = buttons->addButton(tr("Export &Report..."), QDialogButtonBox::ActionRole);
    report->setToolTip(tr("The baseline's report, from its read-only window"));
    QPushButton *create = buttons->addButton(tr("&New Baseline..."), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);

    const auto currentId = [list]() -> Id {
        QTreeWidgetItem *item = list->currentItem();
        return item ? item->data(0, kIdRole).toString().toStdString() : Id();
    };
    const auto fill = [this, list, currentId] {
        const Id keep = currentId();
        list->clear();
        for (const auto &[id, baseline] : m_window->document()->model().baselines().all()) {
            auto *item = new QTreeWidgetItem(list);
            item->setData(0, kIdRole, fromStd(id));
            item->setText(0, fromStd(baseline.name));
            item->setText(1, localTime(baseline.date));
            item->setText(2, fromStd(baseline.author));
            item->setText(3, baseline.approvals.empty()
                                 ? tr("none")
                                 : meaningLabel(baseline.approvals.back().meaning)
                                       + tr(" (%n)", nullptr,
                                            static_cast<int>(baseline.approvals.size())));
            const bool intact = snapshotIntact(baseline);
            item->setText(4, intact ? fromStd(baseline.hash).left(23) + QChar(0x2026)
                                    : tr("changed since it was made"));
            item->setToolTip(4, fromStd(baseline.hash));
            if (id == keep || !list->currentItem())
                list->setCurrentItem(item);
        }
        for (int column = 0; column < 4; ++column)
            list->resizeColumnToContents(column);
    };
    const auto showDetails = [this, details, currentId, approve, open, compare, report] {
        const Baseline *baseline = m_window->document()->model().baselines().find(currentId());
        approve->setEnabled(baseline);
        open->setEnabled(baseline);
        compare->setEnabled(baseline);
        report->setEnabled(baseline);
        if (!baseline) {
            details->setText(tr("The model has no baselines yet. A baseline keeps the model as "
                                "it is, frozen, for a design review or a release."));
            return;
        }
        QStringList lines;
        lines << tr("<b>%1</b>, made %2 by %3")
                     .arg(fromStd(baseline->name).toHtmlEscaped(), localTime(baseline->date),
                          fromStd(baseline->author).toHtmlEscaped());
        if (!baseline->comment.empty())
            lines << fromStd(baseline->comment).toHtmlEscaped();
        lines << tr("Content hash: %1").arg(fromStd(baseline->hash));
        for (const Approval &approval : baseline->approvals) {
            QString line = tr("%1 by %2 (%3), %4")
                               .arg(meaningLabel(approval.meaning),
                                    fromStd(approval.by).toHtmlEscaped(),
                                    approval.role.empty() ? tr("no role given")
                                                          : fromStd(approval.role).toHtmlEscaped(),
                                    localTime(approval.date));
            if (!approval.rationale.empty())
                line += tr("; rationale: %1").arg(fromStd(approval.rationale).toHtmlEscaped());
            lines << line;
        }
        details->setText(lines.join(QStringLiteral("<br>")));
    };
    connect(list, &QTreeWidget::currentItemChanged, &dialog, showDetails);
    connect(approve, &QPushButton::clicked, &dialog, [this, currentId, fill, showDetails] {
        approveFromList(currentId());
        fill();
        showDetails();
    });
    connect(open, &QPushButton::clicked, &dialog, [this, &dialog, currentId] {
        if (openBaselineWindow(currentId()))
            dialog.accept();
    });
    connect(report, &QPushButton::clicked, &dialog, [this, &dialog, currentId] {
        MainWindow *frozen = openBaselineWindow(currentId());
        if (!frozen)
            return;
        dialog.accept();
        if (auto *reports = frozen->findChild<ReportUi *>())
            reports->exportAction()->trigger();
    });
    connect(compare, &QPushButton::clicked, &dialog, [this, &dialog, currentId] {
        if (compareWithBaseline(currentId()))
            dialog.accept();
    });
    connect(create, &QPushButton::clicked, &dialog, [this, list, fill, showDetails] {
        createFromMenu();
        fill();
        if (list->topLevelItemCount() > 0)
            list->setCurrentItem(list->topLevelItem(list->topLevelItemCount() - 1));
        showDetails();
    });
    fill();
    showDetails();
    dialog.resize(720, 420);
    dialog.exec();
}

// ---------------------------------------------------------------- audit trail

void BaselinesUi::scheduleHistoryRefresh()
{
    if (m_historyDock->isVisible())
        m_historyTimer->start();
}

void BaselinesUi::refreshHistory()
{
    const Document *document = m_window->document();
    m_history->setHistory(document->model(), document->unsavedSteps(), document->author());
    m_historyDock->setWindowTitle(
        document->model().history().size() == 0
            ? tr("Audit Trail")
            : tr("Audit Trail (%1)").arg(document->model().history().size()));
}

void BaselinesUi::showObject(const Id &id)
{
    const ThreatModel &model = m_window->document()->model();
    if (model.element(id) || model.flow(id) || model.boundary(id)) {
        m_window->showItems({id});
    } else if (model.threats().contains(id)) {
        m_trace->showThreat(id);
    } else if (model.mitigations().contains(id) || model.requirements().contains(id)
               || model.tests().contains(id) || model.people().contains(id)
               || model.hazards().contains(id)) {
        m_trace->showRecord(id);
    } else if (model.diagram(id)) {
        if (DiagramView *view = m_window->viewForDiagram(id))
            m_window->tabs()->setCurrentWidget(view);
    } else {
        m_window->statusBar()->showMessage(
            tr("%1 is no longer in the model").arg(HistoryPanel::objectLabel(model, id)), 4000);
    }
}

} // namespace vigil
