#include "views/trace/TestsTab.h"

#include "stride/Risk.h"
#include "views/document/Document.h"
#include "views/document/TraceCommands.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <set>

namespace vigil {

using namespace tracepanel;

namespace {

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

// The independence a rule asks for, as it reads inside a sentence.
QString independencePhrase(Independence level)
{
    switch (level) {
    case Independence::None: return QCoreApplication::translate("Trace", "no independence");
    case Independence::OtherPerson: return QCoreApplication::translate("Trace", "another person");
    case Independence::OtherDepartment:
        return QCoreApplication::translate("Trace", "another department or organisation");
    case Independence::OtherOrganisation:
        return QCoreApplication::translate("Trace", "another organisation");
    }
    return {};
}

int rankOf(std::string_view value, const auto &values)
{
    auto it = std::find(values.begin(), values.end(), value);
    return it == values.end() ? -1 : static_cast<int>(it - values.begin());
}

} // namespace

TestsTab::TestsTab(Document *document, QWidget *parent)
    : RecordTab(document, QStringLiteral("tests"), parent)
{
    setUp({tr("ID"), tr("Kind"), tr("Verifies"), tr("Result"), tr("Performed by"),
           tr("Developer"), tr("Date")},
          createDetails());
    addButton()->setToolTip(tr("Add a verification test with the next VT number (Insert in "
                               "the table)"));
    removeButton()->setToolTip(tr("Remove the selected tests (Delete in the table)"));
    QHeaderView *header = table()->horizontalHeader();
    header->setSectionResizeMode(Verifies, QHeaderView::Stretch);
    const std::array<std::pair<Column, int>, 6> widths{{{Identifier, 64},
                                                        {Kind, 215},
                                                        {Result, 90},
                                                        {PerformedBy, 120},
                                                        {Developer, 120},
                                                        {Date, 86}}};
    for (const auto &[column, width] : widths)
        if (header->sectionSize(column) == header->defaultSectionSize())
            header->resizeSection(column, width);
}

QComboBox *TestsTab::personCombo(const QString &name)
{
    auto *combo = new QComboBox;
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    return combo;
}

QWidget *TestsTab::createDetails()
{
    // The form keeps its natural height; spare height goes below it.
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 4, 0, 0);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    pageLayout->addLayout(form);
    pageLayout->addStretch(1);

    m_id = new QLabel;
    m_id->setObjectName(QStringLiteral("testId"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("testKind"));
    m_kind->setPlaceholderText(tr("(not set)"));
    for (std::string_view kind : kTestKinds)
        m_kind->addItem(testKindText(std::string(kind)), latin1(kind));
    m_kind->setToolTip(tr("The IEC 81001-5-1 clause 5.7 kind of test"));
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        const std::string value = m_kind->itemData(index).toString().toStdString();
        editCurrent(tr("Set test kind to %1").arg(m_kind->itemText(index)),
                    [&](VerificationTest &t) { t.kind = value; });
    });

    m_verifies = new LinkList(QStringLiteral("testVerifies"), tr("Choose..."));
    m_verifies->linkButton()->setToolTip(
        tr("Choose the requirements (and, for threat mitigation tests, the mitigations) this "
           "test verifies"));
    m_verifies->list()->setToolTip(tr("What this test verifies; double-click to show it"));
    // The word-wrapped independence line makes the form size itself by preferred heights: a
    // list that grows without bound would push the form past the dock.
    m_verifies->setMaximumHeight(m_verifies->fontMetrics().lineSpacing() * 5 + 8);
    connect(m_verifies, &LinkList::linkRequested, this, &TestsTab::pickVerified);
    connect(m_verifies, &LinkList::unlinkRequested, this, &TestsTab::unlinkVerified);
    connect(m_verifies, &LinkList::activated, this, &RecordTab::showRecordRequested);

    m_procedure = makeTextField(QStringLiteral("testProcedure"), [this](const QString &text) {
        editCurrent(tr("Edit test procedure"),
                    [&](VerificationTest &t) { t.procedure = text.toStdString(); });
    });
    m_procedure->setPlaceholderText(tr("How the test is run and what passes"));

    m_tool = makeLineField(QStringLiteral("testTool"), [this](const QString &text) {
        editCurrent(tr("Set test tool to \"%1\"").arg(text),
                    [&](VerificationTest &t) { t.tool = text.toStdString(); });
    });
    m_toolVersion = makeLineField(QStringLiteral("testToolVersion"), [this](const QString &text) {
        editCurrent(tr("Set tool version to \"%1\"").arg(text),
                    [&](VerificationTest &t) { t.toolVersion = text.toStdString(); });
    });
    m_toolVersion->setPlaceholderText(tr("version"));
    m_toolVersion->setMaximumWidth(m_toolVersion->fontMetrics().horizontalAdvance(
                                       QStringLiteral("0000.00.00-beta")));

    m_result = new QComboBox;
    m_result->setObjectName(QStringLiteral("testResult"));
    for (std::string_view result : kTestResults) {
        const StatusLook look = testResultLook(std::string(result));
        m_result->addItem(look.text, latin1(result));
        m_result->setItemData(m_result->count() - 1, look.color(), Qt::ForegroundRole);
    }
    connect(m_result, &QComboBox::activated, this, [this](int index) {
        const std::string value = m_result->itemData(index).toString().toStdString();
        editCurrent(tr("Set test result to %1").arg(testResultLabel(value)),
                    [&](VerificationTest &t) { t.result = value; });
    });

    m_evidence = makeLineField(QStringLiteral("testEvidence"), [this](const QString &text) {
        editCurrent(tr("Set test evidence to \"%1\"").arg(text),
                    [&](VerificationTest &t) { t.evidence = text.toStdString(); });
    });
    m_evidence->setPlaceholderText(tr("Report, log or document reference"));

    m_date = makeLineField(QStringLiteral("testDate"), [this](const QString &text) {
        editCurrent(text.isEmpty() ? tr("Clear test date") : tr("Set test date to %1").arg(text),
                    [&](VerificationTest &t) { t.date = text.toStdString(); });
    });
    m_date->setValidator(new IsoDateValidator(m_date));
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_date->setToolTip(tr("When the test was performed, as YYYY-MM-DD; leave empty when not "
                          "yet run"));
    m_date->setMaximumWidth(m_date->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-000"))
                            + 16);
    connect(m_date, &QLineEdit::textChanged, this, [this] {
        QPalette palette = m_date->palette();
        palette.setColor(QPalette::Text, m_date->hasAcceptableInput()
                                             ? this->palette().color(QPalette::Text)
                                             : toneColor(Tone::Bad));
        m_date->setPalette(palette);
    });
    m_today = new QToolButton;
    m_today->setObjectName(QStringLiteral("testDateToday"));
    m_today->setText(tr("Today"));
    m_today->setToolTip(tr("Set the date to today"));
    connect(m_today, &QToolButton::clicked, this, [this] {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        editCurrent(tr("Set test date to %1").arg(today),
                    [&](VerificationTest &t) { t.date = today.toStdString(); });
    });

    m_performedBy = personCombo(QStringLiteral("testPerformedBy"));
    m_performedBy->setToolTip(tr("Who performed the test"));
    connect(m_performedBy, &QComboBox::activated, this, [this](int index) {
        const std::string value = m_performedBy->itemData(index).toString().toStdString();
        editCurrent(tr("Set tester to %1").arg(m_performedBy->itemText(index)),
                    [&](VerificationTest &t) { t.performedBy = value; });
    });
    m_developer = personCombo(QStringLiteral("testDeveloper"));
    m_developer->setToolTip(tr("The developer whose work the test verifies (for the "
                               "independence of clause 5.7.5)"));
    connect(m_developer, &QComboBox::activated, this, [this](int index) {
        const std::string value = m_developer->itemData(index).toString().toStdString();
        editCurrent(tr("Set developer to %1").arg(m_developer->itemText(index)),
                    [&](VerificationTest &t) { t.developer = value; });
    });

    m_automation = makeLineField(QStringLiteral("testAutomation"), [this](const QString &text) {
        editCurrent(tr("Set automated test reference to \"%1\"").arg(text),
                    [&](VerificationTest &t) { t.automation = text.toStdString(); });
    });
    m_automation->setPlaceholderText(tr("suite.case"));
    m_automation->setToolTip(
        tr("The automated test that runs this verification, as suite.case (the classname and "
           "name of a JUnit test case). \"vigil-cli results\" matches it against the JUnit XML "
           "reports of a CI run and records the result and date here."));

    m_independence = new QLabel;
    m_independence->setObjectName(QStringLiteral("independenceLine"));
    m_independence->setWordWrap(true);
    m_independence->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_independence->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const auto labelFor = [](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text);
        label->setBuddy(buddy);
        return label;
    };
    const auto pair = [](QWidget *first, QLabel *label, QWidget *second, int secondStretch) {
        auto *row = new QHBoxLayout;
        row->setSpacing(6);
        row->addWidget(first, 1);
        row->addWidget(label);
        row->addWidget(second, secondStretch);
        return row;
    };

    auto *idRow = new QHBoxLayout;
    idRow->setSpacing(6);
    idRow->addWidget(m_id);
    auto *kindLabel = labelFor(tr("Kind:"), m_kind);
    idRow->addSpacing(12);
    idRow->addWidget(kindLabel);
    idRow->addWidget(m_kind, 1);
    form->addRow(tr("ID:"), idRow);
    form->addRow(tr("Verifies:"), m_verifies);
    form->addRow(tr("Procedure:"), m_procedure);
    form->addRow(labelFor(tr("Tool:"), m_tool),
                 pair(m_tool, labelFor(tr("Version:"), m_toolVersion), m_toolVersion, 0));
    auto *resultRow = new QHBoxLayout;
    resultRow->setSpacing(6);
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(labelFor(tr("Date:"), m_date));
    resultRow->addWidget(m_date);
    resultRow->addWidget(m_today);
    form->addRow(labelFor(tr("Result:"), m_result), resultRow);
    form->addRow(tr("Evidence:"), m_evidence);
    form->addRow(labelFor(tr("Performed by:"), m_performedBy),
                 pair(m_performedBy, labelFor(tr("Developer:"), m_developer), m_developer, 1));
    form->addRow(tr("Independence:"), m_independence);
    form->addRow(tr("Automated test:"), m_automation);
    return page;
}

std::vector<Id> TestsTab::recordIds() const
{
    std::vector<Id> ids;
    ids.reserve(model().tests().size());
    for (const auto &entry : model().tests().all())
        ids.push_back(entry.first);
    return ids;
}

QString TestsTab::countText(int shown, int total) const
{
    if (shown == total)
        return tr("%n test(s)", nullptr, total);
    return tr("%1 of %n test(s)", nullptr, total).arg(shown);
}

QString TestsTab::verifiesText(const VerificationTest &test) const
{
    QStringList names;
    std::vector<Id> ids(test.verifies.begin(), test.verifies.end());
    std::sort(ids.begin(), ids.end(), naturalLess);
    for (const Id &id : ids) {
        if (const Mitigation *mitigation = model().mitigations().find(id))
            names << fromStd(mitigation->title);
        else
            names << fromStd(id);
    }
    return names.join(QStringLiteral(", "));
}

QVariant TestsTab::cell(const Id &id, int column, int role) const
{
    const VerificationTest *t = model().tests().find(id);
    if (!t)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Identifier: return fromStd(t->id);
        case Kind: return testKindText(t->kind);
        case Verifies: return t->verifies.empty() ? tr("— nothing") : verifiesText(*t);
        case Result: return testResultLook(t->result).text;
        case PerformedBy: return personName(model(), t->performedBy);
        case Developer: return personName(model(), t->developer);
        case Date: return fromStd(t->date);
        default: break;
        }
        break;
    case SortRole:
        switch (column) {
        case Kind: return rankOf(t->kind, kTestKinds);
        case Result: return rankOf(t->result.empty() ? "not-run" : t->result, kTestResults);
        default: break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Identifier: return fromStd(t->procedure);
        case Verifies: {
            QStringList lines;
            for (const Id &item : t->verifies)
                lines << verifiedItemText(model(), item);
            return lines.isEmpty() ? tr("This test verifies nothing yet")
                                   : lines.join(QLatin1Char('\n'));
        }
        default: break;
        }
        break;
    case Qt::ForegroundRole:
        if (column == Result)
            return testResultLook(t->result).color();
        if (column == Verifies && t->verifies.empty())
            return toneColor(Tone::Bad);
        break;
    case SearchRole:
        return QStringList{fromStd(t->id),
                           testKindText(t->kind),
                           verifiesText(*t),
                           fromStd(t->procedure),
                           fromStd(t->tool),
                           testResultLabel(t->result),
                           personName(model(), t->performedBy),
                           personName(model(), t->developer),
                           fromStd(t->evidence),
                           fromStd(t->automation),
                           fromStd(t->date)}
            .join(QLatin1Char(' '));
    default: break;
    }
    return {};
}

const VerificationTest *TestsTab::current() const
{
    return currentId().empty() ? nullptr : model().tests().find(currentId());
}

template<typename Change>
void TestsTab::editCurrent(const QString &text, Change change)
{
    const VerificationTest *test = current();
    if (!test)
        return;
    VerificationTest copy = *test;
    change(copy);
    TraceEdit edit(model());
    edit.put(std::move(copy));
    pushEdit(document(), text, edit);
    refreshDetails();
}

void TestsTab::addRecord()
{
    TraceEdit edit(model());
    VerificationTest test;
    test.id = edit.newTestId();
    test.kind = "security-requirements";
    test.result = "not-run";
    const Id id = test.id;
    edit.put(std::move(test));
    pushEdit(document(), tr("Add test %1").arg(fromStd(id)), edit);
    showNew(id, m_procedure);
}

void TestsTab::removeRecords(const std::vector<Id> &ids)
{
    TraceEdit edit(model());
    QStringList names;
    for (const Id &id : ids) {
        edit.removeTest(id);
        names << fromStd(id);
    }
    pushEdit(document(), tr("Remove test(s) %1").arg(names.join(QStringLiteral(", "))), edit);
}

void TestsTab::pickVerified()
{
    const VerificationTest *test = current();
    if (!test)
        return;
    std::vector<const Requirement *> requirements;
    for (const auto &entry : model().requirements().all())
        requirements.push_back(&entry.second);
    std::sort(requirements.begin(), requirements.end(),
              [](const Requirement *a, const Requirement *b) { return naturalLess(a->id, b->id); });
    std::vector<PickItem> items;
    for (const Requirement *requirement : requirements)
        items.push_back({requirement->id,
                         tr("%1  %2").arg(fromStd(requirement->id), fromStd(requirement->text)),
                         fromStd(requirement->text), std::nullopt});
    // Threat mitigation tests (5.7.2) may verify a mitigation itself; other kinds list only
    // the mitigations they already verify, so those links can be undone.
    std::vector<const Mitigation *> mitigations;
    for (const auto &[id, mitigation] : model().mitigations().all())
        if (test->kind == "threat-mitigation" || test->verifies.count(id))
            mitigations.push_back(&mitigation);
    std::sort(mitigations.begin(), mitigations.end(),
              [](const Mitigation *a, const Mitigation *b) {
                  return QString::localeAwareCompare(fromStd(a->title), fromStd(b->title)) < 0;
              });
    for (const Mitigation *mitigation : mitigations)
        items.push_back({mitigation->id, tr("Mitigation: %1").arg(fromStd(mitigation->title)),
                         fromStd(mitigation->description), std::nullopt});
    const Id id = test->id;
    const QString prompt =
        test->kind == "threat-mitigation"
            ? tr("The requirements and mitigations test %1 verifies:").arg(fromStd(id))
            : tr("The requirements test %1 verifies:").arg(fromStd(id));
    openPicker(this, tr("Verified Items"), prompt, items, test->verifies,
                   [this, id](const std::set<Id> &chosen) {
                       const VerificationTest *now = model().tests().find(id);
                       if (!now)
                           return;
                       TraceEdit edit(model());
                       for (const Id &item : now->verifies)
                           if (!chosen.count(item))
                               edit.linkVerifies(id, item, false);
                       for (const Id &item : chosen)
                           edit.linkVerifies(id, item, true);
                       pushEdit(document(), tr("Set what %1 verifies").arg(fromStd(id)), edit);
                   });
}

void TestsTab::unlinkVerified(const std::vector<Id> &items)
{
    const VerificationTest *test = current();
    if (!test)
        return;
    TraceEdit edit(model());
    for (const Id &item : items)
        edit.linkVerifies(test->id, item, false);
    pushEdit(document(),
             tr("Unlink %n item(s) from %1", nullptr, static_cast<int>(items.size()))
                 .arg(fromStd(test->id)),
             edit);
}

void TestsTab::fillPeople()
{
    struct Entry {
        Id id;
        QString name;
        QString toolTip;
    };
    std::vector<Entry> people;
    QStringList key;
    for (const auto &[id, person] : model().people().all())
        people.push_back({id, personName(model(), id),
                          tr("%1, %2 (%3)")
                              .arg(fromStd(person.role), fromStd(person.department),
                                   fromStd(person.organisation))});
    std::sort(people.begin(), people.end(), [](const Entry &a, const Entry &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Entry &entry : people)
        key << fromStd(entry.id) << entry.name << entry.toolTip;
    if (key == m_people && m_performedBy->count() > 0)
        return; // unchanged: leave the combos (and an open popup) alone
    m_people = key;
    for (QComboBox *combo : {m_performedBy, m_developer}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("(nobody)"), QString());
        for (const Entry &entry : people) {
            combo->addItem(entry.name, fromStd(entry.id));
            combo->setItemData(combo->count() - 1, entry.toolTip, Qt::ToolTipRole);
        }
    }
}

void TestsTab::showIndependence(const VerificationTest &test)
{
    const Independence required = model().info().independence.forKind(test.kind);
    const Person *tester = model().people().find(test.performedBy);
    const Person *developer = model().people().find(test.developer);
    const QString problem = independenceProblemText(tester, developer, required);
    StatusLook look;
    if (required == Independence::None)
        look = {tr("✔ No independence required for this kind of test"), Tone::Good};
    else if (problem.isEmpty())
        look = {tr("✔ Independent enough (%1)").arg(independencePhrase(required)),
                Tone::Good};
    else if (test.result != "pass" && test.result != "fail" && (!tester || !developer))
        // As the traceability check: a test not yet run may not have its people named yet.
        look = {tr("○ Not yet known: %1").arg(problem), Tone::Neutral};
    else
        look = {tr("✖ Not independent: %1").arg(problem), Tone::Bad};
    m_independence->setText(look.text);
    QPalette palette = m_independence->palette();
    palette.setColor(QPalette::WindowText, look.color());
    m_independence->setPalette(palette);
    m_independence->setToolTip(
        tr("IEC 81001-5-1 clause 5.7.5: tests of kind %1 need a tester from %2 (the rule is "
           "set in the Risk & Independence tab)")
            .arg(testKindText(test.kind), independencePhrase(required)));
}

void TestsTab::refreshDetails()
{
    fillPeople();
    const VerificationTest *t = current();
    detailPanel()->widget()->setEnabled(t != nullptr);
    if (!t) {
        m_id->clear();
        for (QComboBox *combo : {m_kind, m_result, m_performedBy, m_developer}) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(-1);
        }
        for (QLineEdit *edit : {m_tool, m_toolVersion, m_evidence, m_date, m_automation})
            showText(edit, QString());
        m_procedure->showText(QString());
        m_verifies->setItems({});
        m_independence->clear();
        return;
    }
    m_id->setText(fromStd(t->id));
    showData(m_kind, fromStd(t->kind));
    showData(m_result, fromStd(t->result.empty() ? std::string("not-run") : t->result));
    showData(m_performedBy, fromStd(t->performedBy));
    showData(m_developer, fromStd(t->developer));
    showText(m_tool, fromStd(t->tool));
    showText(m_toolVersion, fromStd(t->toolVersion));
    showText(m_evidence, fromStd(t->evidence));
    showText(m_date, fromStd(t->date));
    showText(m_automation, fromStd(t->automation));
    m_procedure->showText(fromStd(t->procedure));

    std::vector<Id> ids(t->verifies.begin(), t->verifies.end());
    std::sort(ids.begin(), ids.end(), naturalLess);
    std::vector<PickItem> items;
    for (const Id &id : ids) {
        QString toolTip;
        std::optional<QColor> color;
        if (const Requirement *requirement = model().requirements().find(id))
            toolTip = tr("%1 (%2)\n%3")
                          .arg(fromStd(id), requirementStatusLabel(requirement->status),
                               fromStd(requirement->text));
        else if (const Mitigation *mitigation = model().mitigations().find(id))
            toolTip = fromStd(mitigation->description);
        else
            color = toneColor(Tone::Bad);
        items.push_back({id, verifiedItemText(model(), id), toolTip, color});
    }
    m_verifies->setItems(items);
    showIndependence(*t);
}

} // namespace vigil
