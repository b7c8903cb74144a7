#include "views/trace/TraceWidgets.h"

#include "views/document/Document.h"
#include "views/document/ThreatCommands.h"
#include "views/document/TraceCommands.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <cctype>

namespace vigil::tracepanel {

// ---------------------------------------------------------------- looks

QColor toneColor(Tone tone)
{
    switch (tone) {
    case Tone::Good: return {0x2e, 0x7d, 0x32};
    case Tone::Bad: return {0xc6, 0x28, 0x28};
    case Tone::Pending: return {0xb2, 0x6a, 0x00};
    case Tone::Neutral: return {0x75, 0x75, 0x75};
    }
    return {};
}

StatusLook testResultLook(const std::string &result)
{
    if (result == "pass")
        return {QCoreApplication::translate("Trace", "✔ %1").arg(testResultLabel(result)),
                Tone::Good};
    if (result == "fail")
        return {QCoreApplication::translate("Trace", "✖ %1").arg(testResultLabel(result)),
                Tone::Bad};
    return {QCoreApplication::translate("Trace", "○ %1").arg(testResultLabel(result)),
            Tone::Neutral};
}

StatusLook mitigationStatusLook(const std::string &status)
{
    const QString label = mitigationStatusLabel(status);
    if (status == "implemented" || status == "verified")
        return {QCoreApplication::translate("Trace", "✔ %1").arg(label), Tone::Good};
    if (status == "proposed")
        return {QCoreApplication::translate("Trace", "○ %1").arg(label), Tone::Pending};
    return {QCoreApplication::translate("Trace", "○ %1").arg(label), Tone::Neutral};
}

StatusLook requirementStatusLook(const std::string &status)
{
    const QString label = requirementStatusLabel(status);
    if (status == "implemented" || status == "verified")
        return {QCoreApplication::translate("Trace", "✔ %1").arg(label), Tone::Good};
    if (status == "draft" || status == "approved")
        return {QCoreApplication::translate("Trace", "○ %1").arg(label), Tone::Pending};
    return {QCoreApplication::translate("Trace", "○ %1").arg(label), Tone::Neutral};
}

StatusLook threatStatusLook(ThreatStatus status)
{
    const QString label = threatStatusLabel(status);
    switch (status) {
    case ThreatStatus::Open:
    case ThreatStatus::NeedsInvestigation:
        return {QCoreApplication::translate("Trace", "○ %1").arg(label), Tone::Pending};
    case ThreatStatus::Obsolete:
    case ThreatStatus::Suppressed:
        return {QCoreApplication::translate("Trace", "○ %1").arg(label), Tone::Neutral};
    case ThreatStatus::Mitigated:
    case ThreatStatus::Accepted:
    case ThreatStatus::Transferred:
    case ThreatStatus::NotApplicable:
        break;
    }
    return {QCoreApplication::translate("Trace", "✔ %1").arg(label), Tone::Good};
}

StatusLook missingLook(bool isGap)
{
    return {QCoreApplication::translate("Trace", "— none"), isGap ? Tone::Bad : Tone::Neutral};
}

QString fromStd(const std::string &text) { return QString::fromStdString(text); }

QString testKindText(const std::string &kind)
{
    const QString clause = testKindClause(kind);
    if (clause.isEmpty())
        return testKindLabel(kind);
    return QCoreApplication::translate("Trace", "%1 %2").arg(clause, testKindLabel(kind));
}

QString threatText(const ThreatModel &model, const Threat &threat)
{
    return QCoreApplication::translate("Trace", "#%1 %2")
        .arg(threat.number)
        .arg(fromStd(model.render(threat.title)));
}

QString personName(const ThreatModel &model, const Id &person)
{
    if (person.empty())
        return {};
    const Person *found = model.people().find(person);
    if (!found)
        return fromStd(person);
    return found->name.empty() ? fromStd(person) : fromStd(found->name);
}

QString verifiedItemText(const ThreatModel &model, const Id &item)
{
    if (const Requirement *requirement = model.requirements().find(item))
        return QCoreApplication::translate("Trace", "%1 %2")
            .arg(fromStd(requirement->id), fromStd(requirement->text));
    if (const Mitigation *mitigation = model.mitigations().find(item))
        return QCoreApplication::translate("Trace", "Mitigation: %1")
            .arg(fromStd(mitigation->title));
    return fromStd(item);
}

bool naturalLess(const std::string &a, const std::string &b)
{
    size_t i = 0;
    size_t j = 0;
    const auto digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
    while (i < a.size() && j < b.size()) {
        if (digit(a[i]) && digit(b[j])) {
            size_t endA = i;
            size_t endB = j;
            while (endA < a.size() && digit(a[endA]))
                ++endA;
            while (endB < b.size() && digit(b[endB]))
                ++endB;
            // Compare the runs as numbers: strip leading zeros, then length, then digits.
            size_t startA = i;
            size_t startB = j;
            while (startA + 1 < endA && a[startA] == '0')
                ++startA;
            while (startB + 1 < endB && b[startB] == '0')
                ++startB;
            if (endA - startA != endB - startB)
                return endA - startA < endB - startB;
            const int order = a.compare(startA, endA - startA, b, startB, endB - startB);
            if (order != 0)
                return order < 0;
            i = endA;
            j = endB;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j];
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return a.size() - i < b.size() - j;
    return a < b;
}

void pushEdit(Document *document, const QString &text, const TraceEdit &edit)
{
    document->push(new EditTraceCommand(document, text, edit));
}

void showText(QLineEdit *edit, const QString &text)
{
    if (edit->hasFocus() && edit->isModified())
        return; // the user is typing: their text wins until they finish
    if (edit->text() != text)
        edit->setText(text);
    edit->setModified(false);
}

void showData(QComboBox *combo, const QString &data)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(data));
}

// ---------------------------------------------------------------- CommitTextEdit

CommitTextEdit::CommitTextEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setToolTip(tr("Saved when you leave the field or press Ctrl+Return"));
}

void CommitTextEdit::showText(const QString &text)
{
    if (hasFocus() && isDirty())
        return;
    if (toPlainText() != text) {
        const QSignalBlocker blocker(this);
        setPlainText(text);
    }
    document()->setModified(false);
}

bool CommitTextEdit::isDirty() const { return document()->isModified(); }

void CommitTextEdit::commit()
{
    if (!isDirty())
        return;
    document()->setModified(false);
    emit editingFinished(toPlainText());
}

void CommitTextEdit::focusOutEvent(QFocusEvent *event)
{
    commit();
    QPlainTextEdit::focusOutEvent(event);
}

void CommitTextEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & Qt::ControlModifier)) {
        commit();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

// ---------------------------------------------------------------- IsoDateValidator

QValidator::State IsoDateValidator::validate(QString &input, int &) const
{
    if (input.isEmpty())
        return Acceptable;
    static const QRegularExpression partial(QStringLiteral("^\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?$"));
    if (!partial.match(input).hasMatch())
        return Invalid;
    if (input.size() == 10 && QDate::fromString(input, Qt::ISODate).isValid())
        return Acceptable;
    return Intermediate;
}

// ---------------------------------------------------------------- PickerDialog

PickerDialog::PickerDialog(const QString &title, const QString &prompt,
                       const std::vector<PickItem> &items, const std::set<Id> &checked,
                       QWidget *parent, const std::set<Id> &partial)
    : QDialog(parent), m_search(new QLineEdit(this)), m_list(new QListWidget(this)),
      m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("tracePicker"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    label->setBuddy(m_search);
    m_list->setObjectName(QStringLiteral("pickerList"));
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QSize size(1, m_list->fontMetrics().lineSpacing() + 4); // as wide as the list
    for (const PickItem &entry : items) {
        auto *item = new QListWidgetItem(entry.text, m_list);
        item->setSizeHint(size);
        item->setData(Qt::UserRole, fromStd(entry.id));
        item->setToolTip(entry.toolTip.isEmpty() ? entry.text : entry.toolTip);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.count(entry.id)   ? Qt::Checked
                            : partial.count(entry.id) ? Qt::PartiallyChecked
                                                      : Qt::Unchecked);
        if (entry.color)
            item->setForeground(*entry.color);
    }
    m_count->setObjectName(QStringLiteral("pickerCount"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addLayout(bottom);
    resize(560, 440);

    connect(m_search, &QLineEdit::textChanged, this, &PickerDialog::applySearch);
    connect(m_list, &QListWidget::itemChanged, this, &PickerDialog::updateCount);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
}

std::set<Id> PickerDialog::checkedIds() const
{
    std::set<Id> ids;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids.insert(m_list->item(row)->data(Qt::UserRole).toString().toStdString());
    return ids;
}

std::set<Id> PickerDialog::uncheckedIds() const
{
    std::set<Id> ids;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Unchecked)
            ids.insert(m_list->item(row)->data(Qt::UserRole).toString().toStdString());
    return ids;
}

void PickerDialog::setChecked(const Id &id, bool checked)
{
    const QString wanted = fromStd(id);
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == wanted)
            m_list->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void PickerDialog::applySearch()
{
    const QStringList words = m_search->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString haystack = item->text() + QLatin1Char(' ') + item->toolTip();
        const bool shown = std::all_of(words.begin(), words.end(), [&](const QString &word) {
            return haystack.contains(word, Qt::CaseInsensitive);
        });
        item->setHidden(!shown);
    }
}

void PickerDialog::updateCount()
{
    m_count->setText(tr("%1 of %n selected", nullptr, m_list->count())
                         .arg(static_cast<int>(checkedIds().size())));
}

PickerDialog *openPicker(QWidget *parent, const QString &title, const QString &prompt,
                           const std::vector<PickItem> &items, const std::set<Id> &checked,
                           std::function<void(const std::set<Id> &)> accepted)
{
    auto *picker = new PickerDialog(title, prompt, items, checked, parent);
    picker->setWindowModality(Qt::WindowModal);
    QObject::connect(picker, &QDialog::finished, picker, [picker, accepted](int result) {
        if (result == QDialog::Accepted)
            accepted(picker->checkedIds());
        picker->deleteLater();
    });
    picker->open();
    picker->searchField()->setFocus();
    return picker;
}

// ---------------------------------------------------------------- LinkList

LinkList::LinkList(const QString &name, const QString &linkText, QWidget *parent)
    : QWidget(parent)
{
    build(name, linkText);
}

LinkList::LinkList(const QString &name, QWidget *parent) : QWidget(parent)
{
    build(name, QString());
}

void LinkList::build(const QString &name, const QString &linkText)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_list = new QListWidget(this);
    m_list->setObjectName(name + QStringLiteral("List"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    // Three entries at least; the list takes the form's spare height. Long entries elide (the
    // tooltip has them in full) rather than scroll sideways.
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 3 + 2 * m_list->frameWidth()
                             + 4);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit activated(item->data(Qt::UserRole).toString().toStdString());
    });
    if (linkText.isEmpty())
        return;
    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(4);
    m_link = new QPushButton(linkText, this);
    m_link->setObjectName(name + QStringLiteral("Link"));
    m_unlink = new QPushButton(tr("Unlink"), this);
    m_unlink->setObjectName(name + QStringLiteral("Unlink"));
    m_unlink->setToolTip(tr("Remove the selected links (the records stay)"));
    buttons->addWidget(m_link);
    buttons->addWidget(m_unlink);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_link, &QPushButton::clicked, this, &LinkList::linkRequested);
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        const std::vector<Id> ids = selectedIds();
        if (!ids.empty())
            emit unlinkRequested(ids);
    });
    connect(m_list, &QListWidget::itemSelectionChanged, this, &LinkList::updateButtons);
    updateButtons();
}

void LinkList::setItems(const std::vector<PickItem> &items)
{
    const std::vector<Id> selected = selectedIds();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QSize size(1, m_list->fontMetrics().lineSpacing() + 2); // as wide as the list
    for (const PickItem &entry : items) {
        auto *item = new QListWidgetItem(entry.text, m_list);
        item->setData(Qt::UserRole, fromStd(entry.id));
        item->setToolTip(entry.toolTip.isEmpty() ? entry.text : entry.toolTip);
        item->setSizeHint(size);
        if (entry.color)
            item->setForeground(*entry.color);
        if (std::find(selected.begin(), selected.end(), entry.id) != selected.end())
            item->setSelected(true);
    }
    updateButtons();
}

std::vector<Id> LinkList::ids() const
{
    std::vector<Id> result;
    for (int row = 0; row < m_list->count(); ++row)
        result.push_back(m_list->item(row)->data(Qt::UserRole).toString().toStdString());
    return result;
}

std::vector<Id> LinkList::selectedIds() const
{
    std::vector<Id> result;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->isSelected())
            result.push_back(m_list->item(row)->data(Qt::UserRole).toString().toStdString());
    return result;
}

void LinkList::updateButtons()
{
    if (m_unlink)
        m_unlink->setEnabled(!m_list->selectedItems().isEmpty());
}

} // namespace vigil::tracepanel
