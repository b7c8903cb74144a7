#include "views/trace/PeopleTab.h"

#include "views/document/Document.h"
#include "views/document/TraceCommands.h"

#include <QCompleter>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStringListModel>

#include <algorithm>
#include <array>

namespace vigil {

using namespace tracepanel;

PeopleTab::PeopleTab(Document *document, QWidget *parent)
    : RecordTab(document, QStringLiteral("people"), parent)
{
    setUp({tr("Name"), tr("Role"), tr("Department"), tr("Organisation"), tr("Performed"),
           tr("Developed")},
          createDetails());
    addButton()->setToolTip(tr("Add a person (Insert in the table)"));
    removeButton()->setToolTip(tr("Remove the selected people; tests and risk acceptances "
                                  "that name them are cleared (Delete in the table)"));
    QHeaderView *header = table()->horizontalHeader();
    header->setSectionResizeMode(Role, QHeaderView::Stretch);
    const std::array<std::pair<Column, int>, 5> widths{{{Name, 150},
                                                        {Department, 150},
                                                        {Organisation, 140},
                                                        {Performed, 76},
                                                        {Developed, 76}}};
    for (const auto &[column, width] : widths)
        if (header->sectionSize(column) == header->defaultSectionSize())
            header->resizeSection(column, width);
}

QWidget *PeopleTab::createDetails()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 4, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = makeLineField(QStringLiteral("personName"), [this](const QString &text) {
        editCurrent(tr("Rename person to \"%1\"").arg(text),
                    [&](Person &p) { p.name = text.toStdString(); });
    });
    m_role = makeLineField(QStringLiteral("personRole"), [this](const QString &text) {
        editCurrent(tr("Set role to \"%1\"").arg(text),
                    [&](Person &p) { p.role = text.toStdString(); });
    });
    m_department = makeLineField(QStringLiteral("personDepartment"), [this](const QString &text) {
        editCurrent(tr("Set department to \"%1\"").arg(text),
                    [&](Person &p) { p.department = text.toStdString(); });
    });
    m_department->setToolTip(tr("Independence rules compare departments by their exact name"));
    m_organisation =
        makeLineField(QStringLiteral("personOrganisation"), [this](const QString &text) {
            editCurrent(tr("Set organisation to \"%1\"").arg(text),
                        [&](Person &p) { p.organisation = text.toStdString(); });
        });
    m_organisation->setToolTip(
        tr("Independence rules compare organisations by their exact name"));
    // Independence compares names exactly: offer the names already in use.
    m_departments = new QCompleter(new QStringListModel(this), this);
    m_departments->setCaseSensitivity(Qt::CaseInsensitive);
    m_department->setCompleter(m_departments);
    m_organisations = new QCompleter(new QStringListModel(this), this);
    m_organisations->setCaseSensitivity(Qt::CaseInsensitive);
    m_organisation->setCompleter(m_organisations);

    m_tests = new LinkList(QStringLiteral("personTests"));
    m_tests->list()->setToolTip(tr("Tests this person performed or whose verified work they "
                                   "developed; double-click one to show it"));
    connect(m_tests, &LinkList::activated, this, &RecordTab::showRecordRequested);

    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Department:"), m_department);
    form->addRow(tr("Organisation:"), m_organisation);
    form->addRow(tr("Tests:"), m_tests);
    return page;
}

std::vector<Id> PeopleTab::recordIds() const
{
    std::vector<Id> ids;
    ids.reserve(model().people().size());
    for (const auto &entry : model().people().all())
        ids.push_back(entry.first);
    return ids;
}

void PeopleTab::recount()
{
    m_performed.clear();
    m_developed.clear();
    for (const auto &[id, test] : model().tests().all()) {
        if (!test.performedBy.empty())
            ++m_performed[test.performedBy];
        if (!test.developer.empty())
            ++m_developed[test.developer];
    }
    QStringList departments;
    QStringList organisations;
    for (const auto &[id, person] : model().people().all()) {
        if (!person.department.empty())
            departments << fromStd(person.department);
        if (!person.organisation.empty())
            organisations << fromStd(person.organisation);
    }
    for (QStringList *names : {&departments, &organisations}) {
        names->removeDuplicates();
        names->sort(Qt::CaseInsensitive);
    }
    auto *departmentModel = static_cast<QStringListModel *>(m_departments->model());
    if (departmentModel->stringList() != departments)
        departmentModel->setStringList(departments);
    auto *organisationModel = static_cast<QStringListModel *>(m_organisations->model());
    if (organisationModel->stringList() != organisations)
        organisationModel->setStringList(organisations);
}

QString PeopleTab::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n person(s)", nullptr, total);
    return tr("%1 of %n person(s)", nullptr, total).arg(shown);
}

QVariant PeopleTab::cell(const Id &id, int column, int role) const
{
    const Person *p = model().people().find(id);
    if (!p)
        return {};
    const auto count = [&id](const std::map<Id, int> &counts) {
        auto it = counts.find(id);
        return it == counts.end() ? 0 : it->second;
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name: return p->name.empty() ? tr("(no name)") : fromStd(p->name);
        case Role: return fromStd(p->role);
        case Department: return fromStd(p->department);
        case Organisation: return fromStd(p->organisation);
        case Performed: return count(m_performed);
        case Developed: return count(m_developed);
        default: break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Performed)
            return tr("Tests this person performed");
        if (column == Developed)
            return tr("Tests that verify this person's work");
        break;
    case Qt::ForegroundRole:
        if (column == Name && p->name.empty())
            return toneColor(Tone::Neutral);
        break;
    case Qt::TextAlignmentRole:
        if (column == Performed || column == Developed)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SearchRole:
        return QStringList{fromStd(p->name), fromStd(p->role), fromStd(p->department),
                           fromStd(p->organisation)}
            .join(QLatin1Char(' '));
    default: break;
    }
    return {};
}

const Person *PeopleTab::current() const
{
    return currentId().empty() ? nullptr : model().people().find(currentId());
}

template<typename Change>
void PeopleTab::editCurrent(const QString &text, Change change)
{
    const Person *person = current();
    if (!person)
        return;
    Person copy = *person;
    change(copy);
    TraceEdit edit(model());
    edit.put(std::move(copy));
    pushEdit(document(), text, edit);
    refreshDetails();
}

void PeopleTab::addRecord()
{
    TraceEdit edit(model());
    Person person;
    person.id = TraceEdit::newUuid();
    person.name = tr("New person").toStdString();
    const Id id = person.id;
    edit.put(std::move(person));
    pushEdit(document(), tr("Add person"), edit);
    showNew(id, m_name);
}

void PeopleTab::removeRecords(const std::vector<Id> &ids)
{
    TraceEdit edit(model());
    QStringList names;
    for (const Id &id : ids) {
        names << personName(model(), id);
        edit.removePerson(id);
    }
    pushEdit(document(),
             tr("Remove %n person(s): %1", nullptr, static_cast<int>(ids.size()))
                 .arg(names.join(QStringLiteral(", "))),
             edit);
}

void PeopleTab::refreshDetails()
{
    const Person *p = current();
    detailPanel()->widget()->setEnabled(p != nullptr);
    for (auto [edit, text] : {std::pair{m_name, p ? fromStd(p->name) : QString()},
                              std::pair{m_role, p ? fromStd(p->role) : QString()},
                              std::pair{m_department, p ? fromStd(p->department) : QString()},
                              std::pair{m_organisation, p ? fromStd(p->organisation) : QString()}})
        showText(edit, text);
    std::vector<PickItem> tests;
    if (p) {
        for (const auto &[id, test] : model().tests().all()) {
            QStringList roles;
            if (test.performedBy == p->id)
                roles << tr("performed");
            if (test.developer == p->id)
                roles << tr("developer of the verified work");
            if (roles.isEmpty())
                continue;
            tests.push_back({id,
                             tr("%1 · %2 · %3")
                                 .arg(fromStd(id), testKindText(test.kind),
                                      roles.join(QStringLiteral(", "))),
                             fromStd(test.procedure), std::nullopt});
        }
        std::sort(tests.begin(), tests.end(),
                  [](const PickItem &a, const PickItem &b) { return naturalLess(a.id, b.id); });
    }
    m_tests->setItems(tests);
}

} // namespace vigil
