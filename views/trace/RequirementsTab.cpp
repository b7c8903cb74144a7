#include "views/trace/RequirementsTab.h"

#include "views/document/Document.h"
#include "views/document/TraceCommands.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStringListModel>

#include <algorithm>
#include <array>
#include <set>

namespace vigil {

using namespace tracepanel;

RequirementsTab::RequirementsTab(Document *document, QWidget *parent)
    : RecordTab(document, QStringLiteral("requirements"), parent)
{
    setUp({tr("ID"), tr("Requirement"), tr("Source"), tr("Status"), tr("Mitigations"),
           tr("Tests"), tr("Verified by")},
          createDetails());
    addButton()->setToolTip(tr("Add a security requirement with the next SR number (Insert in "
                               "the table)"));
    removeButton()->setToolTip(tr("Remove the selected requirements; mitigations and tests "
                                  "lose their links to them (Delete in the table)"));
    QHeaderView *header = table()->horizontalHeader();
    header->setSectionResizeMode(Text, QHeaderView::Stretch);
    const std::array<std::pair<Column, int>, 6> widths{{{Identifier, 70},
                                                        {Source, 120},
                                                        {Status, 110},
                                                        {Mitigations, 84},
                                                        {Tests, 50},
                                                        {VerifiedBy, 140}}};
    for (const auto &[column, width] : widths)
        if (header->sectionSize(column) == header->defaultSectionSize())
            header->resizeSection(column, width);
}

QWidget *RequirementsTab::createDetails()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 4, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_id = new QLabel;
    m_id->setObjectName(QStringLiteral("requirementId"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_text = makeTextField(QStringLiteral("requirementText"), [this](const QString &text) {
        editCurrent(tr("Edit requirement text"),
                    [&](Requirement &r) { r.text = text.toStdString(); });
    });
    m_text->setPlaceholderText(tr("The pump shall ..."));

    m_source = makeLineField(QStringLiteral("requirementSource"), [this](const QString &text) {
        editCurrent(tr("Set requirement source to \"%1\"").arg(text),
                    [&](Requirement &r) { r.source = text.toStdString(); });
    });
    m_source->setPlaceholderText(tr("Where it comes from: threat model, standard, customer..."));
    m_sourceCompleter = new QCompleter(new QStringListModel(this), this);
    m_sourceCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_source->setCompleter(m_sourceCompleter);

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("requirementStatus"));
    m_status->setPlaceholderText(tr("(not set)"));
    for (std::string_view status : kRequirementStatuses)
        m_status->addItem(requirementStatusLabel(std::string(status)),
                          QString::fromLatin1(status.data(),
                                              static_cast<qsizetype>(status.size())));
    connect(m_status, &QComboBox::activated, this, [this](int index) {
        const std::string value = m_status->itemData(index).toString().toStdString();
        editCurrent(tr("Set requirement status to %1").arg(m_status->itemText(index)),
                    [&](Requirement &r) { r.status = value; });
    });

    m_mitigations = new LinkList(QStringLiteral("requirementMitigations"),
                                 tr("Link Mitigations..."));
    m_mitigations->list()->setToolTip(
        tr("The mitigations this requirement specifies; double-click one to show it"));
    connect(m_mitigations, &LinkList::linkRequested, this, &RequirementsTab::pickMitigations);
    connect(m_mitigations, &LinkList::unlinkRequested, this,
            &RequirementsTab::unlinkMitigations);
    connect(m_mitigations, &LinkList::activated, this, &RecordTab::showRecordRequested);

    m_tests = new LinkList(QStringLiteral("requirementTests"));
    m_tests->list()->setToolTip(tr("The tests that verify this requirement; double-click one "
                                   "to show it"));
    connect(m_tests, &LinkList::activated, this, &RecordTab::showRecordRequested);

    form->addRow(tr("ID:"), m_id);
    form->addRow(tr("Text:"), m_text);
    form->addRow(tr("Source:"), m_source);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Linked from mitigations:"), m_mitigations);
    form->addRow(tr("Verified by tests:"), m_tests);
    return page;
}

std::vector<Id> RequirementsTab::recordIds() const
{
    std::vector<Id> ids;
    ids.reserve(model().requirements().size());
    for (const auto &entry : model().requirements().all())
        ids.push_back(entry.first);
    return ids;
}

void RequirementsTab::recount()
{
    m_mitigationsOf.clear();
    m_testsOf.clear();
    for (const auto &[id, mitigation] : model().mitigations().all())
        for (const Id &requirement : mitigation.requirements)
            m_mitigationsOf[requirement].push_back(id);
    for (const auto &[id, test] : model().tests().all())
        for (const Id &item : test.verifies)
            m_testsOf[item].push_back(id);
    for (auto &[requirement, tests] : m_testsOf)
        std::sort(tests.begin(), tests.end(), naturalLess);

    QStringList sources;
    for (const auto &[id, requirement] : model().requirements().all())
        if (!requirement.source.empty())
            sources << fromStd(requirement.source);
    sources.removeDuplicates();
    sources.sort(Qt::CaseInsensitive);
    auto *completions = static_cast<QStringListModel *>(m_sourceCompleter->model());
    if (completions->stringList() != sources)
        completions->setStringList(sources);
}

QString RequirementsTab::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n requirement(s)", nullptr, total);
    return tr("%1 of %n requirement(s)", nullptr, total).arg(shown);
}

const std::vector<Id> &RequirementsTab::testsOf(const Id &requirement) const
{
    static const std::vector<Id> none;
    auto it = m_testsOf.find(requirement);
    return it == m_testsOf.end() ? none : it->second;
}

StatusLook RequirementsTab::verifiedLook(const Id &requirement) const
{
    const std::vector<Id> &tests = testsOf(requirement);
    if (tests.empty())
        return {tr("— no test"), Tone::Bad};
    bool failed = false;
    bool allPassed = true;
    for (const Id &id : tests) {
        const VerificationTest *test = model().tests().find(id);
        const std::string result = test ? test->result : std::string();
        failed = failed || result == "fail";
        allPassed = allPassed && result == "pass";
    }
    QStringList ids;
    for (const Id &id : tests)
        ids << fromStd(id);
    const QString list = ids.join(QStringLiteral(", "));
    if (failed)
        return {tr("✖ %1").arg(list), Tone::Bad};
    if (allPassed)
        return {tr("✔ %1").arg(list), Tone::Good};
    return {tr("○ %1").arg(list), Tone::Neutral};
}

QVariant RequirementsTab::cell(const Id &id, int column, int role) const
{
    const Requirement *r = model().requirements().find(id);
    if (!r)
        return {};
    const auto mitigations = [this, &id] {
        auto it = m_mitigationsOf.find(id);
        return it == m_mitigationsOf.end() ? 0 : static_cast<int>(it->second.size());
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Identifier: return fromStd(r->id);
        case Text: return r->text.empty() ? tr("(no text)") : fromStd(r->text);
        case Source: return fromStd(r->source);
        case Status: return requirementStatusLook(r->status).text;
        case Mitigations: return mitigations();
        case Tests: return static_cast<int>(testsOf(id).size());
        case VerifiedBy: return verifiedLook(id).text;
        default: break;
        }
        break;
    case SortRole:
        switch (column) {
        case Status: {
            const auto &all = kRequirementStatuses;
            auto it = std::find(all.begin(), all.end(), r->status);
            return it == all.end() ? -1 : static_cast<int>(it - all.begin());
        }
        case VerifiedBy: {
            const Tone tone = verifiedLook(id).tone;
            return tone == Tone::Bad ? 0 : tone == Tone::Neutral ? 1 : 2;
        }
        default: break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == VerifiedBy) {
            QStringList lines;
            for (const Id &testId : testsOf(id))
                if (const VerificationTest *test = model().tests().find(testId))
                    lines << tr("%1 (%2): %3")
                                 .arg(fromStd(testId), testKindClause(test->kind),
                                      testResultLook(test->result).text);
            return lines.isEmpty() ? tr("No test verifies this requirement yet")
                                   : lines.join(QLatin1Char('\n'));
        }
        if (column == Mitigations && mitigations() == 0)
            return tr("No mitigation is specified by this requirement");
        break;
    case Qt::ForegroundRole:
        if (column == Text && r->text.empty())
            return toneColor(Tone::Neutral);
        if (column == Status)
            return requirementStatusLook(r->status).color();
        if (column == VerifiedBy)
            return verifiedLook(id).color();
        if (column == Tests && testsOf(id).empty())
            return toneColor(Tone::Bad);
        break;
    case Qt::TextAlignmentRole:
        if (column == Mitigations || column == Tests)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SearchRole:
        return QStringList{fromStd(r->id), fromStd(r->text), fromStd(r->source),
                           requirementStatusLabel(r->status)}
            .join(QLatin1Char(' '));
    default: break;
    }
    return {};
}

const Requirement *RequirementsTab::current() const
{
    return currentId().empty() ? nullptr : model().requirements().find(currentId());
}

template<typename Change>
void RequirementsTab::editCurrent(const QString &text, Change change)
{
    const Requirement *requirement = current();
    if (!requirement)
        return;
    Requirement copy = *requirement;
    change(copy);
    TraceEdit edit(model());
    edit.put(std::move(copy));
    pushEdit(document(), text, edit);
    refreshDetails();
}

void RequirementsTab::addRecord()
{
    TraceEdit edit(model());
    Requirement requirement;
    requirement.id = edit.newRequirementId();
    requirement.status = "draft";
    const Id id = requirement.id;
    edit.put(std::move(requirement));
    pushEdit(document(), tr("Add requirement %1").arg(fromStd(id)), edit);
    showNew(id, m_text);
}

void RequirementsTab::removeRecords(const std::vector<Id> &ids)
{
    TraceEdit edit(model());
    QStringList names;
    for (const Id &id : ids) {
        edit.removeRequirement(id);
        names << fromStd(id);
    }
    pushEdit(document(), tr("Remove requirement(s) %1").arg(names.join(QStringLiteral(", "))),
             edit);
}

void RequirementsTab::pickMitigations()
{
    const Requirement *requirement = current();
    if (!requirement)
        return;
    const Id id = requirement->id;
    std::vector<const Mitigation *> mitigations;
    for (const auto &entry : model().mitigations().all())
        mitigations.push_back(&entry.second);
    std::sort(mitigations.begin(), mitigations.end(),
              [](const Mitigation *a, const Mitigation *b) {
                  return QString::localeAwareCompare(fromStd(a->title), fromStd(b->title)) < 0;
              });
    std::vector<PickItem> items;
    std::set<Id> checked;
    for (const Mitigation *mitigation : mitigations) {
        items.push_back({mitigation->id, fromStd(mitigation->title),
                         tr("%1 (%2)\n%3")
                             .arg(fromStd(mitigation->title),
                                  controlCategoryLabel(mitigation->controlCategory),
                                  fromStd(mitigation->description)),
                         std::nullopt});
        if (mitigation->requirements.count(id))
            checked.insert(mitigation->id);
    }
    openPicker(this, tr("Link Mitigations"),
                   tr("The mitigations that requirement %1 specifies:").arg(fromStd(id)), items,
                   checked, [this, id, checked](const std::set<Id> &chosen) {
                       TraceEdit edit(model());
                       for (const Id &mitigation : checked)
                           if (!chosen.count(mitigation))
                               edit.linkRequirement(mitigation, id, false);
                       for (const Id &mitigation : chosen)
                           edit.linkRequirement(mitigation, id, true);
                       pushEdit(document(), tr("Link mitigations to %1").arg(fromStd(id)), edit);
                   });
}

void RequirementsTab::unlinkMitigations(const std::vector<Id> &mitigations)
{
    const Requirement *requirement = current();
    if (!requirement)
        return;
    TraceEdit edit(model());
    for (const Id &mitigation : mitigations)
        edit.linkRequirement(mitigation, requirement->id, false);
    pushEdit(document(),
             tr("Unlink %n mitigation(s) from %1", nullptr, static_cast<int>(mitigations.size()))
                 .arg(fromStd(requirement->id)),
             edit);
}

void RequirementsTab::refreshDetails()
{
    const Requirement *r = current();
    detailPanel()->widget()->setEnabled(r != nullptr);
    if (!r) {
        m_id->clear();
        m_text->showText(QString());
        showText(m_source, QString());
        showData(m_status, QString());
        m_mitigations->setItems({});
        m_tests->setItems({});
        return;
    }
    m_id->setText(fromStd(r->id));
    m_text->showText(fromStd(r->text));
    showText(m_source, fromStd(r->source));
    showData(m_status, fromStd(r->status));

    std::vector<PickItem> mitigations;
    auto linked = m_mitigationsOf.find(r->id);
    if (linked != m_mitigationsOf.end())
        for (const Id &id : linked->second)
            if (const Mitigation *mitigation = model().mitigations().find(id)) {
                const StatusLook look = mitigationStatusLook(mitigation->status);
                mitigations.push_back({id,
                                       tr("%1 — %2").arg(fromStd(mitigation->title), look.text),
                                       fromStd(mitigation->description), std::nullopt});
            }
    std::sort(mitigations.begin(), mitigations.end(), [](const PickItem &a, const PickItem &b) {
        return QString::localeAwareCompare(a.text, b.text) < 0;
    });
    m_mitigations->setItems(mitigations);

    std::vector<PickItem> tests;
    for (const Id &id : testsOf(r->id))
        if (const VerificationTest *test = model().tests().find(id)) {
            const StatusLook look = testResultLook(test->result);
            tests.push_back({id,
                             tr("%1 · %2 · %3").arg(fromStd(id), testKindText(test->kind),
                                                    look.text),
                             fromStd(test->procedure), look.color()});
        }
    m_tests->setItems(tests);
}

} // namespace vigil
