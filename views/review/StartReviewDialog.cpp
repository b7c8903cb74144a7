#include "views/review/StartReviewDialog.h"

#include "views/document/ThreatCommands.h"

#include "stride/Review.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace vigil {

namespace {

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

// Selects the item whose data is `value`, if there is one.
void choose(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

StartReviewDialog::StartReviewDialog(const ThreatModel &model, const QDate &today,
                                     const Id &target, QWidget *parent)
    : QDialog(parent), m_model(model), m_today(today)
{
    setWindowTitle(tr("Start Review Meeting"));
    setObjectName(QStringLiteral("startReviewDialog"));

    m_threats = new QComboBox(this);
    m_threats->addItem(tr("All threats"), QStringLiteral("all"));
    m_threats->addItem(tr("Undecided only (open, needs investigation)"), QStringLiteral("undecided"));
    m_threats->addItem(tr("New or changed since the last review"), QStringLiteral("changed"));

    m_diagram = new QComboBox(this);
    m_diagram->addItem(tr("Any diagram"), QString());
    for (const Diagram *diagram : model.diagrams())
        m_diagram->addItem(text(diagram->name), text(diagram->id));

    m_target = new QComboBox(this);
    m_target->addItem(tr("Any element, flow or zone"), QString());
    std::vector<std::pair<QString, QString>> targets;
    for (const Element *element : model.elements())
        targets.emplace_back(text(element->name), text(element->id));
    for (const TrustBoundary *zone : model.boundaries())
        targets.emplace_back(tr("%1 (zone)").arg(text(zone->name)), text(zone->id));
    for (const Flow *flow : model.flows())
        targets.emplace_back(tr("%1 (data flow)").arg(text(model.displayName(flow->id))),
                             text(flow->id));
    std::sort(targets.begin(), targets.end());
    for (const auto &[name, id] : targets)
        m_target->addItem(name, id);

    m_category = new QComboBox(this);
    m_category->addItem(tr("Any category"), QString());
    for (StrideCategory category :
         {StrideCategory::Spoofing, StrideCategory::Tampering, StrideCategory::Repudiation,
          StrideCategory::InformationDisclosure, StrideCategory::DenialOfService,
          StrideCategory::ElevationOfPrivilege})
        m_category->addItem(strideCategoryLabel(category), text(std::string(toString(category))));

    m_risk = new QComboBox(this);
    m_risk->addItem(tr("Any risk"), QString());
    for (const char *level : {"low", "medium", "high", "critical"})
        m_risk->addItem(tr("%1 or higher").arg(severityLabel(level)), QString::fromLatin1(level));

    m_order = new QComboBox(this);
    m_order->addItem(tr("By diagram and element"), QStringLiteral("diagram"));
    m_order->addItem(tr("By risk, highest first"), QStringLiteral("risk"));
    m_order->addItem(tr("By number"), QStringLiteral("number"));

    m_attendees = new QListWidget(this);
    m_attendees->setObjectName(QStringLiteral("reviewAttendees"));
    m_attendees->setMinimumWidth(520); // names with their roles, unclipped
    for (const auto &[id, person] : model.people().all()) {
        QString label = text(person.name);
        if (!person.role.empty())
            label += QStringLiteral(" · ") + text(person.role);
        auto *item = new QListWidgetItem(label, m_attendees);
        item->setData(Qt::UserRole, text(id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *noPeople = new QLabel(tr("The model lists no people yet: add them in the "
                                   "Traceability panel's People tab to record who attended."),
                                this);
    noPeople->setWordWrap(true);
    noPeople->setVisible(model.people().size() == 0);

    m_nextReview = new QDateEdit(today.addYears(1), this);
    m_nextReview->setCalendarPopup(true);
    m_nextReview->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("reviewCount"));

    auto *form = new QFormLayout;
    form->addRow(tr("Threats:"), m_threats);
    form->addRow(tr("Diagram:"), m_diagram);
    form->addRow(tr("Element, flow or zone:"), m_target);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Risk:"), m_risk);
    form->addRow(tr("Order:"), m_order);
    form->addRow(tr("Attendees:"), m_attendees);
    form->addRow(QString(), noPeople);
    form->addRow(tr("Date:"), new QLabel(today.toString(Qt::ISODate), this));
    form->addRow(tr("Next review:"), m_nextReview);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Review"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_countLabel);
    layout->addWidget(buttons);

    restoreChoices();
    if (!target.empty())
        choose(m_target, text(target));
    for (QComboBox *combo : {m_threats, m_diagram, m_target, m_category, m_risk, m_order})
        connect(combo, &QComboBox::currentIndexChanged, this, &StartReviewDialog::updateCount);
    updateCount();
}

ReviewScope StartReviewDialog::scope() const
{
    ReviewScope scope;
    scope.threats = m_threats->currentData().toString().toStdString();
    scope.diagram = m_diagram->currentData().toString().toStdString();
    scope.target = m_target->currentData().toString().toStdString();
    scope.category = m_category->currentData().toString().toStdString();
    scope.minimumRisk = m_risk->currentData().toString().toStdString();
    scope.order = m_order->currentData().toString().toStdString();
    return scope;
}

Review StartReviewDialog::review() const
{
    Review review;
    review.date = m_today.toString(Qt::ISODate).toStdString();
    review.id = stride::newReviewId(m_model, review.date);
    review.scope = scope();
    for (int row = 0; row < m_attendees->count(); ++row)
        if (m_attendees->item(row)->checkState() == Qt::Checked)
            review.attendees.push_back(
                m_attendees->item(row)->data(Qt::UserRole).toString().toStdString());
    review.nextReview = m_nextReview->date().toString(Qt::ISODate).toStdString();
    return review;
}

void StartReviewDialog::updateCount()
{
    m_count = stride::reviewThreats(m_model, scope()).size();
    m_countLabel->setText(tr("%n threat(s) to review", nullptr, int(m_count)));
    if (auto *box = findChild<QDialogButtonBox *>())
        box->button(QDialogButtonBox::Ok)->setEnabled(m_count > 0);
}

void StartReviewDialog::restoreChoices()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("review"));
    choose(m_threats, settings.value(QStringLiteral("threats")).toString());
    choose(m_category, settings.value(QStringLiteral("category")).toString());
    choose(m_risk, settings.value(QStringLiteral("minimumRisk")).toString());
    choose(m_order, settings.value(QStringLiteral("order")).toString());
    const QStringList attendees = settings.value(QStringLiteral("attendees")).toStringList();
    for (int row = 0; row < m_attendees->count(); ++row)
        if (attendees.contains(m_attendees->item(row)->data(Qt::UserRole).toString()))
            m_attendees->item(row)->setCheckState(Qt::Checked);
}

void StartReviewDialog::accept()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("review"));
    settings.setValue(QStringLiteral("threats"), m_threats->currentData());
    settings.setValue(QStringLiteral("category"), m_category->currentData());
    settings.setValue(QStringLiteral("minimumRisk"), m_risk->currentData());
    settings.setValue(QStringLiteral("order"), m_order->currentData());
    QStringList attendees;
    for (const Id &id : review().attendees)
        attendees << text(id);
    settings.setValue(QStringLiteral("attendees"), attendees);
    QDialog::accept();
}

} // namespace vigil
