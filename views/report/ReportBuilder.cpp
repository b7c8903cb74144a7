#include "views/report/ReportBuilder.h"

#include "views/document/ThreatCommands.h"
#include "views/panels/CatalogueText.h"
#include "views/trace/GapList.h"
#include "views/trace/TraceWidgets.h"

#include "model/PropertyCatalogue.h"
#include "stride/Risk.h"
#include "stride/ThreatText.h"
#include "stride/Traceability.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace vigil::report {

namespace {

constexpr std::array<std::string_view, 11> kSectionNames{
    "document-control", "scope", "method", "diagrams", "inventory", "threats",
    "risk-summary", "controls", "traceability", "residual-risk", "clause-map"};

QString text(const std::string &value) { return QString::fromStdString(value); }

QString orDash(const QString &value) { return value.isEmpty() ? QStringLiteral("—") : value; }

// A baseline's hash as the report shows it: the SHA-256 digits (the algorithm is in the label);
// `lines` cuts them in four groups of 16 for a narrow table column.
QString hashText(const std::string &hash, bool lines = false)
{
    QString digits = QString::fromStdString(hash).section(QLatin1Char(':'), -1);
    if (lines && digits.size() == 64)
        for (int at = 48; at > 0; at -= 16)
            digits.insert(at, QLatin1Char('\n'));
    return digits;
}

// "2026-12-02T17:30:00Z" as a reader reads it: "2026-12-02 17:30:00 UTC".
QString dateTimeText(const std::string &utc)
{
    QString shown = QString::fromStdString(utc);
    if (shown.size() == 20 && shown[10] == QLatin1Char('T') && shown.endsWith(QLatin1Char('Z')))
        shown = shown.left(10) + QLatin1Char(' ') + shown.mid(11, 8) + QStringLiteral(" UTC");
    return shown;
}

QString joinedLines(const QStringList &lines) { return lines.join(QLatin1Char('\n')); }

} // namespace

std::string_view sectionName(Section section)
{
    return kSectionNames[static_cast<std::size_t>(section)];
}

std::optional<Section> sectionFromName(std::string_view name)
{
    for (Section section : kSections)
        if (sectionName(section) == name)
            return section;
    return std::nullopt;
}

QDate reportDate(const ReportOptions &options)
{
    if (options.date.isValid())
        return options.date;
    bool ok = false;
    const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    if (ok)
        return QDateTime::fromSecsSinceEpoch(epoch, QTimeZone::utc()).date();
    return QDate::currentDate();
}

QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

ReportBuilder::ReportBuilder(const ThreatModel &model, std::vector<stride::RulePackPtr> packs,
                             ReportOptions options)
    : m_model(model), m_packs(std::move(packs)), m_options(std::move(options))
{}

void ReportBuilder::prepare()
{
    m_content = {};
    m_numbers = {};
    m_language = m_options.language.toStdString();
    //: Joins zone names in threat texts: "A, B and C".
    m_words.listComma = tr(", ").toStdString();
    //: Joins the last two zone names in threat texts: "A, B and C".
    m_words.listAnd = tr(" and ").toStdString();
    m_words.unnamedProtocol = tr("an unnamed protocol").toStdString();
    // Between a description and a property's note: Japanese puts no space between sentences.
    m_words.noteSeparator.assign(m_language == "ja" ? 0 : 1, ' ');
    m_content.title = tr("Threat model report: %1").arg(text(m_model.info().name));
    m_content.documentId = m_options.documentId;
    m_content.revision = m_options.revision;
    m_content.date = reportDate(m_options).toString(Qt::ISODate);
    m_content.language = m_options.language;
    //: The running footer of every page of a PDF report.
    m_content.pageLabel = tr("Page %1 of %2");
    m_content.contentsLabel = tr("Contents");
    m_content.sheetsNote = tr("The diagram's labels are too small to read at this size: the %1 "
                              "pages that follow show it in sheets at a size at which they can "
                              "be read.");
    m_content.tooManySheetsNote = tr("The diagram's labels are too small to read at this size, "
                                     "and sheets at a readable size would take %1 pages: export "
                                     "it on its own with File > Export Diagram or vigil-cli "
                                     "render --fit.");

    // Section numbers are fixed by the full list, so "section 6" means the same in every
    // report, whichever sections a user leaves out.
    for (std::size_t i = 0; i < kSections.size(); ++i)
        m_sectionNumbers[kSections[i]] = QString::number(i + 1);
}

Content ReportBuilder::header()
{
    prepare();
    return std::move(m_content);
}

void ReportBuilder::write(const BlockSink &sink, const std::function<void(double)> &progress)
{
    prepare();
    m_sink = &sink;
    const std::array<void (ReportBuilder::*)(), 11> writers{
        &ReportBuilder::documentControl, &ReportBuilder::scope,       &ReportBuilder::method,
        &ReportBuilder::diagrams,        &ReportBuilder::inventory,   &ReportBuilder::threats,
        &ReportBuilder::riskSummary,     &ReportBuilder::controls,    &ReportBuilder::traceability,
        &ReportBuilder::residual,        &ReportBuilder::clauseMap};
    for (std::size_t i = 0; i < kSections.size(); ++i) {
        if (m_options.sections.count(kSections[i])) {
            m_numbers = {static_cast<int>(i), 0, 0};
            (this->*writers[i])();
        }
        if (progress)
            progress(double(i + 1) / double(kSections.size()));
    }
    m_sink = nullptr;
}

Content ReportBuilder::build(const std::function<void(double)> &progress)
{
    Content content = header();
    write([&content](Block &&block) { content.blocks.push_back(std::move(block)); }, progress);
    return content;
}

BlockStream streamOf(const Content &content)
{
    return [&content](const BlockSink &sink, const std::function<void(double)> &progress) {
        const std::size_t count = content.blocks.size();
        for (std::size_t i = 0; i < count; ++i) {
            sink(Block(content.blocks[i])); // a cheap copy: Qt's strings and lists are shared
            if (progress && (i + 1) % 256 == 0)
                progress(double(i + 1) / double(count));
        }
        if (progress)
            progress(1.0);
    };
}

BlockStream ReportBuilder::stream()
{
    return [this](const BlockSink &sink, const std::function<void(double)> &progress) {
        write(sink, progress);
    };
}

// ---------------------------------------------------------------- blocks

void ReportBuilder::add(Block &&block)
{
    (*m_sink)(std::move(block));
}

void ReportBuilder::heading(int level, const QString &title, bool listed)
{
    const std::size_t index = static_cast<std::size_t>(level - 1);
    ++m_numbers[index];
    for (std::size_t i = index + 1; i < m_numbers.size(); ++i)
        m_numbers[i] = 0;
    QStringList parts;
    for (std::size_t i = 0; i <= index; ++i)
        parts << QString::number(m_numbers[i]);
    Block block;
    block.kind = Block::Kind::Heading;
    block.level = level;
    block.number = parts.join(QLatin1Char('.'));
    block.text = title;
    block.listed = listed;
    add(std::move(block));
}

void ReportBuilder::paragraph(const QString &value)
{
    Block block;
    block.text = value;
    add(std::move(block));
}

void ReportBuilder::note(const QString &value)
{
    Block block;
    block.kind = Block::Kind::Note;
    block.text = value;
    add(std::move(block));
}

void ReportBuilder::fields(const QString &name, std::vector<std::pair<QString, QString>> list)
{
    Block block;
    block.kind = Block::Kind::Fields;
    block.table.name = name;
    block.fields = std::move(list);
    add(std::move(block));
}

void ReportBuilder::tableOrParagraph(Table value, const QString &whenEmpty)
{
    if (value.rows.empty())
        paragraph(whenEmpty);
    else
        table(std::move(value));
}

void ReportBuilder::tableOrNote(Table value, const QString &whenEmpty)
{
    if (value.rows.empty())
        note(whenEmpty);
    else
        table(std::move(value));
}

void ReportBuilder::table(Table value)
{
    if (value.csvOnly && !m_options.csvTables)
        return;
    Block block;
    block.kind = Block::Kind::Table;
    block.table = std::move(value);
    add(std::move(block));
}

// ---------------------------------------------------------------- texts

QString ReportBuilder::threatTitle(const Threat &threat) const
{
    if (auto translated = stride::translatedThreatText(m_model, threat, m_packs, m_language,
                                                       m_words))
        return text(translated->title);
    return text(m_model.render(threat.title));
}

QString ReportBuilder::riskText(const Risk &risk) const
{
    const stride::RiskEvaluation evaluation = stride::evaluateRisk(risk, m_model.info().riskScheme);
    if (!evaluation.present)
        return QStringLiteral("—");
    if (!evaluation.valid)
        return tr("invalid: %1").arg(text(evaluation.problem));
    QString value;
    if (risk.method == "cvss") {
        value = tr("CVSS %1 %2")
                    .arg(QLocale::c().toString(evaluation.score, 'f', 1),
                         severityLabel(evaluation.severity));
    } else {
        // Exploitability / severity, as the column headers say.
        const RiskScheme &scheme = m_model.info().riskScheme;
        value = tr("%1 / %2")
                    .arg(text(scheme.exploitabilityLevels.at(
                             static_cast<std::size_t>(risk.exploitability - 1))),
                         text(scheme.severityLevels.at(static_cast<std::size_t>(risk.severity - 1))));
    }
    // In words, not by a mark or colour alone.
    switch (evaluation.acceptability) {
    case stride::Acceptability::Acceptable: return value + QLatin1Char('\n') + tr("acceptable");
    case stride::Acceptability::Unacceptable:
        return value + QLatin1Char('\n') + tr("not acceptable");
    case stride::Acceptability::Unknown: break;
    }
    return value;
}

QString ReportBuilder::itemName(const Id &id) const
{
    return text(m_model.displayName(id));
}

QString ReportBuilder::personText(const Id &id) const
{
    const Person *person = m_model.people().find(id);
    if (!person)
        return text(id);
    QStringList parts{text(person->name.empty() ? id : person->name)};
    if (!person->role.empty())
        parts << text(person->role);
    if (!person->department.empty())
        parts << text(person->department);
    if (!person->organisation.empty())
        parts << text(person->organisation);
    return parts.join(QStringLiteral(", "));
}

namespace {

QString elementKindText(ElementKind kind)
{
    switch (kind) {
    case ElementKind::ExternalEntity: return ReportBuilder::tr("External entity");
    case ElementKind::Process: return ReportBuilder::tr("Process");
    case ElementKind::DataStore: return ReportBuilder::tr("Data store");
    }
    return {};
}

QString diagramKindText(DiagramKind kind)
{
    switch (kind) {
    case DiagramKind::Dfd: return ReportBuilder::tr("Data-flow diagram");
    case DiagramKind::GlobalSystem: return ReportBuilder::tr("Global system view");
    case DiagramKind::MultiPatientHarm: return ReportBuilder::tr("Multi-patient harm view");
    case DiagramKind::Updatability: return ReportBuilder::tr("Updatability/patchability view");
    case DiagramKind::SecurityUseCase: return ReportBuilder::tr("Security use case view");
    }
    return {};
}

QString propertiesText(const PropertyMap &properties)
{
    const PropertyCatalogue &catalogue = PropertyCatalogue::builtin();
    QStringList lines;
    for (const auto &[key, value] : properties) {
        const PropertyDefinition *definition = catalogue.find(key);
        const QString label = definition ? catalogueLabel(*definition) : text(key);
        QString shown;
        if (const bool *flag = std::get_if<bool>(&value))
            shown = *flag ? ReportBuilder::tr("yes") : ReportBuilder::tr("no");
        else if (const double *number = std::get_if<double>(&value))
            shown = QLocale::c().toString(*number, 'g', 12);
        else
            shown = definition ? catalogueValueLabel(*definition, std::get<std::string>(value))
                               : text(std::get<std::string>(value));
        lines << ReportBuilder::tr("%1: %2").arg(label, shown);
    }
    return lines.join(QLatin1Char('\n'));
}

QString independenceText(Independence level)
{
    switch (level) {
    case Independence::None: return ReportBuilder::tr("none required");
    case Independence::OtherPerson: return ReportBuilder::tr("another person");
    case Independence::OtherDepartment: return ReportBuilder::tr("another department");
    case Independence::OtherOrganisation: return ReportBuilder::tr("another organisation");
    }
    return {};
}

QString controlCategoryText(const std::string &category)
{
    static const std::map<std::string, const char *, std::less<>> labels{
        {"authentication", QT_TRANSLATE_NOOP("Report", "Authentication")},
        {"authorization", QT_TRANSLATE_NOOP("Report", "Authorization")},
        {"cryptography", QT_TRANSLATE_NOOP("Report", "Cryptography")},
        {"code-data-execution-integrity",
         QT_TRANSLATE_NOOP("Report", "Code, data and execution integrity")},
        {"confidentiality", QT_TRANSLATE_NOOP("Report", "Confidentiality")},
        {"event-detection-logging", QT_TRANSLATE_NOOP("Report", "Event detection and logging")},
        {"resiliency-recovery", QT_TRANSLATE_NOOP("Report", "Resiliency and recovery")},
        {"updatability-patchability",
         QT_TRANSLATE_NOOP("Report", "Updatability and patchability")}};
    auto it = labels.find(category);
    return it == labels.end() ? text(category) : ReportBuilder::tr(it->second);
}

QString statusWord(const std::string &status)
{
    static const std::map<std::string, const char *, std::less<>> labels{
        {"proposed", QT_TRANSLATE_NOOP("Report", "proposed")},
        {"implemented", QT_TRANSLATE_NOOP("Report", "implemented")},
        {"verified", QT_TRANSLATE_NOOP("Report", "verified")},
        {"draft", QT_TRANSLATE_NOOP("Report", "draft")},
        {"approved", QT_TRANSLATE_NOOP("Report", "approved")},
        {"not-run", QT_TRANSLATE_NOOP("Report", "not run")},
        {"pass", QT_TRANSLATE_NOOP("Report", "pass")},
        {"fail", QT_TRANSLATE_NOOP("Report", "fail")},
        {"device", QT_TRANSLATE_NOOP("Report", "device")},
        {"environment", QT_TRANSLATE_NOOP("Report", "environment")}};
    auto it = labels.find(status);
    return it == labels.end() ? text(status) : ReportBuilder::tr(it->second);
}

// Threats in number order: what readers cite.
std::vector<const Threat *> threatsByNumber(const ThreatModel &model)
{
    std::vector<const Threat *> threats;
    threats.reserve(model.threats().size());
    for (const auto &[id, threat] : model.threats().all())
        threats.push_back(&threat);
    std::sort(threats.begin(), threats.end(), [](const Threat *a, const Threat *b) {
        return a->number != b->number ? a->number < b->number : a->id < b->id;
    });
    return threats;
}

QColor acceptableShade(bool acceptable)
{
    return acceptable ? QColor(0xd8, 0xf0, 0xd8) : QColor(0xf6, 0xd0, 0xcc);
}

} // namespace

// ---------------------------------------------------------------- 1 document control

void ReportBuilder::documentControl()
{
    heading(1, tr("Document control"));
    QStringList packs;
    for (const stride::RulePackPtr &pack : m_packs)
        packs << tr("%1 %2 (%3)")
                     .arg(text(pack->id()), text(pack->version()),
                          text(pack->titleIn(m_options.language.toStdString())));
    const QString file = m_options.modelFile.isEmpty()
                             ? QString()
                             : m_options.modelFile.section(QLatin1Char('/'), -1);
    fields(QStringLiteral("document-control"), {{tr("Document id"), orDash(m_options.documentId)},
            {tr("Title"), m_content.title},
            {tr("Revision"), orDash(m_options.revision)},
            {tr("Author"), orDash(m_options.author)},
            {tr("Approvers"), orDash(m_options.approvers.join(QLatin1Char('\n')))},
            {tr("Date"), m_content.date},
            {tr("Model file"), orDash(file)},
            {tr("Model file SHA-256"), orDash(m_options.modelSha256)},
            {tr("Vigil version"), orDash(m_options.vigilVersion)},
            {tr("Rule packs"), orDash(joinedLines(packs))}});
    baselines();
}

QString ReportBuilder::approvalMeaning(const std::string &meaning) const
{
    if (meaning == "approved-for-release")
        return tr("Approved for release");
    if (meaning == "reviewed")
        return tr("Reviewed");
    return text(meaning);
}

// The frozen revision this report shows and who approved it; for the model as it is, the
// revisions it keeps and their approvals.
void ReportBuilder::baselines()
{
    if (const std::optional<Baseline> &baseline = m_options.baseline) {
        heading(2, tr("Baseline"));
        fields(QStringLiteral("baseline"),
               {{tr("Baseline"), text(baseline->name)},
                {tr("Made"), tr("%1 by %2").arg(dateTimeText(baseline->date),
                                                 orDash(text(baseline->author)))},
                {tr("Comment"), orDash(text(baseline->comment))},
                {tr("Content hash"), hashText(baseline->hash)}});
        heading(2, tr("Approvals"));
        if (baseline->approvals.empty()) {
            paragraph(tr("The baseline has no approvals."));
            return;
        }
        Table approvals;
        approvals.name = QStringLiteral("approvals");
        approvals.header = {tr("Approver"), tr("Role"), tr("Meaning"), tr("Date"),
                            tr("Rationale")};
        approvals.widths = {20, 16, 16, 18, 30};
        for (const Approval &approval : baseline->approvals)
            approvals.rows.push_back({text(approval.by), orDash(text(approval.role)),
                                      approvalMeaning(approval.meaning),
                                      dateTimeText(approval.date),
                                      orDash(text(approval.rationale))});
        table(std::move(approvals));
        return;
    }
    if (m_model.baselines().size() == 0)
        return;
    heading(2, tr("Baselines"));
    Table list;
    list.name = QStringLiteral("baselines");
    list.header = {tr("Baseline"), tr("Made"), tr("Content hash"), tr("Approvals")};
    list.widths = {16, 22, 30, 32};
    for (const auto &[id, baseline] : m_model.baselines().all()) {
        QStringList approvals;
        for (const Approval &approval : baseline.approvals)
            approvals << tr("%1: %2 (%3), %4")
                             .arg(approvalMeaning(approval.meaning), text(approval.by),
                                  orDash(text(approval.role)), dateTimeText(approval.date));
        list.rows.push_back({text(baseline.name),
                             tr("%1 by %2").arg(dateTimeText(baseline.date),
                                                orDash(text(baseline.author))),
                             hashText(baseline.hash, true),
                             approvals.isEmpty() ? tr("none") : approvals.join(QLatin1Char('\n'))});
    }
    table(std::move(list));
}

// ---------------------------------------------------------------- 2 scope

void ReportBuilder::scope()
{
    const ModelInfo &info = m_model.info();
    heading(1, tr("Scope, security context and assumptions"));
    heading(2, tr("Product and scope"));
    if (!info.description.empty())
        paragraph(text(info.description));
    paragraph(info.scope.empty() ? tr("The model records no scope statement.")
                                 : text(info.scope));
    heading(2, tr("Product security context"));
    fields(QStringLiteral("security-context"), {{tr("Intended use"), orDash(text(info.context.intendedUse))},
            {tr("Operating environment"), orDash(text(info.context.environment))},
            {tr("Network location"), orDash(text(info.context.networkLocation))},
            {tr("Physical protection"), orDash(text(info.context.physicalProtection))},
            {tr("Safety impact"), orDash(text(info.context.safetyImpact))}});
    heading(2, tr("Assumptions"));
    if (info.assumptions.empty()) {
        paragraph(tr("The model records no assumptions."));
    } else {
        Table list;
        list.name = QStringLiteral("assumptions");
        list.header = {tr("No."), tr("Assumption")};
        list.widths = {8, 92};
        int number = 0;
        for (const std::string &assumption : info.assumptions)
            list.rows.push_back({QString::number(++number), text(assumption)});
        table(std::move(list));
    }
}

// ---------------------------------------------------------------- 3 method

void ReportBuilder::method()
{
    const ModelInfo &info = m_model.info();
    heading(1, tr("Method"));
    paragraph(tr("The system is drawn as data-flow diagrams: external entities, processes, data "
                 "stores and the data flows between them, grouped into closed trust zones. Vigil "
                 "enumerates threats with STRIDE (spoofing, tampering, repudiation, information "
                 "disclosure, denial of service, elevation of privilege) per element, by the "
                 "element's kind, and per interaction, for every flow that crosses a trust "
                 "boundary. The rules are data in rule packs; each threat keeps the rule and pack "
                 "version that produced it, and its id is derived from the rule and the element, "
                 "so decisions survive edits and new analyses."));
    paragraph(tr("Every threat is then decided by the team (mitigated, accepted, transferred or "
                 "not applicable, with a justification), its risk is estimated before and after "
                 "mitigation, and each mitigation is traced to security requirements and each "
                 "requirement to verification tests."));
    heading(2, tr("Rule packs"));
    Table packs;
    packs.name = QStringLiteral("rule-packs");
    packs.header = {tr("Pack"), tr("Version"), tr("Rules"), tr("Description")};
    packs.widths = {22, 10, 8, 60};
    const std::string language = m_options.language.toStdString();
    for (const stride::RulePackPtr &pack : m_packs)
        packs.rows.push_back({text(pack->titleIn(language)) + QStringLiteral("\n")
                                  + text(pack->id()),
                              text(pack->version()), QString::number(pack->rules().size()),
                              text(pack->descriptionIn(language))});
    table(std::move(packs));

    heading(2, tr("Risk estimation and acceptance"));
    paragraph(tr("A risk is estimated either as a CVSS base vector or as a cell of an "
                 "exploitability by severity matrix. Exploitability, not probability, is rated: "
                 "a security risk has no meaningful frequency of occurrence. A CVSS score below "
                 "%1 is acceptable; the matrix below marks the acceptable cells.")
                  .arg(QLocale::c().toString(info.riskScheme.cvssAcceptableBelow, 'f', 1)));
    Table matrix;
    matrix.name = QStringLiteral("risk-acceptance");
    matrix.header << tr("Exploitability \\ severity");
    for (const std::string &level : info.riskScheme.severityLevels)
        matrix.header << text(level);
    const std::size_t rows = info.riskScheme.exploitabilityLevels.size();
    for (std::size_t e = rows; e-- > 0;) {
        QStringList row{text(info.riskScheme.exploitabilityLevels[e])};
        std::vector<QColor> shade{QColor()};
        for (std::size_t s = 0; s < info.riskScheme.severityLevels.size(); ++s) {
            const bool ok = info.riskScheme.isAcceptable(int(e + 1), int(s + 1));
            row << (ok ? tr("acceptable") : tr("not acceptable"));
            shade.push_back(acceptableShade(ok));
        }
        matrix.rows.push_back(row);
        matrix.shading.push_back(std::move(shade));
    }
    table(std::move(matrix));

    heading(2, tr("Tester independence"));
    paragraph(tr("Each kind of verification test must be performed by someone independent of the "
                 "developer whose work it verifies, at least as follows."));
    Table independence;
    independence.name = QStringLiteral("tester-independence");
    independence.header = {tr("Test kind"), tr("Tester must be")};
    independence.widths = {50, 50};
    for (std::string_view kind : kTestKinds)
        independence.rows.push_back({tracepanel::testKindText(std::string(kind)),
                                     independenceText(info.independence.forKind(kind))});
    table(std::move(independence));
}

// ---------------------------------------------------------------- 4 diagrams

void ReportBuilder::diagrams()
{
    heading(1, tr("Diagrams"));
    const std::vector<const Diagram *> all = m_model.diagrams();
    if (all.empty()) {
        paragraph(tr("The model has no diagrams."));
        return;
    }
    paragraph(tr("Each diagram below is drawn in the data-flow notation its legend explains. A "
                 "marker where a flow crosses the edge of a trust zone shows a boundary crossing; "
                 "such flows get the per-interaction threats."));
    for (const Diagram *diagram : all) {
        heading(2, text(diagram->name));
        QString caption = diagramKindText(diagram->kind);
        if (diagram->kind == DiagramKind::Dfd)
            caption = tr("%1, level %2").arg(caption).arg(diagram->level);
        note(caption);
        if (!diagram->description.empty())
            paragraph(text(diagram->description));
        Block block;
        block.kind = Block::Kind::Diagram;
        block.diagram = diagram->id;
        block.text = text(diagram->name);
        add(std::move(block));
    }
}

// ---------------------------------------------------------------- 5 inventory

void ReportBuilder::inventory()
{
    heading(1, tr("Element and interface inventory"));
    const auto zonesOf = [&](const Id &element) {
        QStringList names;
        for (const Id &zone : m_model.enclosingBoundaries(element))
            names << itemName(zone);
        return names.join(QStringLiteral(" ⊂ "));
    };
    const auto scopeText = [](bool outOfScope, const std::string &reason) {
        if (!outOfScope)
            return tr("in scope");
        return reason.empty() ? tr("out of scope") : tr("out of scope: %1").arg(text(reason));
    };

    heading(2, tr("Elements"));
    Table elements;
    elements.name = QStringLiteral("elements");
    elements.header = {tr("Element"), tr("Kind"), tr("Trust zones (innermost first)"),
                       tr("Properties"), tr("Scope")};
    elements.widths = {22, 12, 20, 32, 14};
    for (const Element *element : m_model.elements())
        elements.rows.push_back({itemName(element->id) + QStringLiteral("\n") + text(element->id),
                                 elementKindText(element->kind), orDash(zonesOf(element->id)),
                                 orDash(propertiesText(element->properties)),
                                 scopeText(element->outOfScope, element->outOfScopeReason)});
    std::sort(elements.rows.begin(), elements.rows.end());
    table(std::move(elements));

    heading(2, tr("Data flows"));
    Table flows;
    flows.name = QStringLiteral("flows");
    flows.header = {tr("Flow"), tr("From"), tr("To"), tr("Protocol"), tr("Properties"),
                    tr("Trust zones crossed")};
    flows.widths = {18, 14, 14, 10, 26, 18};
    for (const Flow *flow : m_model.flows()) {
        QStringList crossed;
        for (const Id &zone : m_model.crossedBoundaries(flow->id))
            crossed << itemName(zone);
        QString name = itemName(flow->id);
        if (flow->bidirectional)
            name += tr(" (both ways)");
        flows.rows.push_back({name + QStringLiteral("\n") + text(flow->id),
                              itemName(flow->source), itemName(flow->target),
                              orDash(text(flow->protocol)),
                              orDash(propertiesText(flow->properties)),
                              crossed.isEmpty() ? tr("none") : crossed.join(QStringLiteral("\n"))});
    }
    std::sort(flows.rows.begin(), flows.rows.end());
    table(std::move(flows));

    heading(2, tr("Trust zones"));
    Table zones;
    zones.name = QStringLiteral("trust-zones");
    zones.header = {tr("Trust zone"), tr("Inside"), tr("Members")};
    zones.widths = {30, 25, 45};
    for (const TrustBoundary *zone : m_model.boundaries()) {
        QStringList members;
        for (const Id &member : zone->members)
            members << itemName(member);
        members.sort();
        zones.rows.push_back({itemName(zone->id), orDash(zone->parent.empty()
                                                             ? QString()
                                                             : itemName(zone->parent)),
                              orDash(members.join(QStringLiteral(", ")))});
    }
    std::sort(zones.rows.begin(), zones.rows.end());
    table(std::move(zones));
}

// ---------------------------------------------------------------- 6 threats

void ReportBuilder::threats()
{
    heading(1, tr("Threats"));
    const std::vector<const Threat *> all = threatsByNumber(m_model);
    const QStringList header{tr("No."),           tr("Threat"),     tr("Status"),
                             tr("Justification"), tr("Risk before"), tr("Risk after"),
                             tr("Hazards")};
    const std::vector<int> widths{6, 30, 11, 27, 11, 11, 7};
    const auto hazardsOf = [&](const Threat &threat) {
        QStringList names;
        for (const Id &id : threat.hazards) {
            const Hazard *hazard = m_model.hazards().find(id);
            names << (hazard && !hazard->reference.empty() ? text(hazard->reference)
                                                            : itemName(id));
        }
        return names.join(QStringLiteral(", "));
    };
    const auto rowOf = [&](const Threat &threat) {
        return QStringList{QString::number(threat.number),
                           tr("%1\n%2 · %3")
                               .arg(threatTitle(threat), text(threat.id),
                                    strideCategoryLabel(threat.category)),
                           threatStatusLabel(threat.status),
                           orDash(text(threat.justification)),
                           riskText(threat.riskBefore),
                           riskText(threat.riskAfter),
                           orDash(hazardsOf(threat))};
    };

    // The whole list for CSV, one column per field.
    Table flat;
    flat.name = QStringLiteral("threats");
    flat.csvOnly = true;
    flat.header = {tr("No."),          tr("Id"),           tr("Target"),  tr("Category"),
                   tr("Title"),        tr("Status"),       tr("Justification"),
                   tr("Risk before"),  tr("Risk after"),   tr("Hazards"), tr("Rule"),
                   tr("Rule pack"),    tr("Mitigations")};
    // Active threats grouped by the element or flow they are about, in name order.
    std::map<std::pair<QString, Id>, std::vector<const Threat *>> byTarget;
    std::vector<const Threat *> obsolete;
    for (const Threat *threat : all) {
        QStringList mitigations;
        for (const Id &id : threat->mitigations)
            mitigations << itemName(id);
        const Id target = threat->targets.empty() ? Id() : threat->targets.front();
        if (m_options.csvTables)
            flat.rows.push_back({QString::number(threat->number), text(threat->id),
                                 itemName(target), strideCategoryLabel(threat->category),
                                 threatTitle(*threat), threatStatusLabel(threat->status),
                                 text(threat->justification), riskText(threat->riskBefore),
                                 riskText(threat->riskAfter), hazardsOf(*threat),
                                 text(threat->ruleId), text(threat->rulePack),
                                 mitigations.join(QStringLiteral("; "))});
        if (threat->status == ThreatStatus::Obsolete)
            obsolete.push_back(threat);
        else if (threat->status != ThreatStatus::Suppressed)
            byTarget[{itemName(target).toLower(), target}].push_back(threat);
    }
    table(std::move(flat));

    heading(2, tr("Active threats"));
    paragraph(tr("Every threat that is not obsolete or suppressed, grouped by the element or data "
                 "flow it concerns, in name order, then by number. Each threat gives its id and "
                 "STRIDE category under its title; a matrix risk reads exploitability / "
                 "severity."));
    if (byTarget.empty())
        paragraph(tr("The model has no threats. Run the analysis first."));
    for (const auto &[key, threats] : byTarget) {
        const Id &target = key.second;
        QString title = itemName(target);
        if (const Element *element = m_model.element(target))
            title = tr("%1 (%2)").arg(title, elementKindText(element->kind));
        else if (m_model.flow(target))
            title = tr("%1 (data flow)").arg(title);
        heading(3, title, false); // one per element: too many for the contents
        Table slice;
        slice.header = header;
        slice.widths = widths;
        for (const Threat *threat : threats)
            slice.rows.push_back(rowOf(*threat));
        table(std::move(slice));
    }

    heading(2, tr("Suppressed rules"));
    if (m_model.suppressions().empty()) {
        paragraph(tr("No rule is switched off for any element."));
    } else {
        Table suppressed;
        suppressed.name = QStringLiteral("suppressed-rules");
        suppressed.header = {tr("Element"), tr("Rule"), tr("Reason")};
        suppressed.widths = {30, 20, 50};
        for (const Suppression &suppression : m_model.suppressions())
            suppressed.rows.push_back({itemName(suppression.element), text(suppression.ruleId),
                                       orDash(text(suppression.reason))});
        table(std::move(suppressed));
    }

    heading(2, tr("Obsolete threats"));
    if (obsolete.empty()) {
        paragraph(tr("No threat has become obsolete."));
    } else {
        paragraph(tr("These threats no longer fire: their element or flow was removed or "
                     "changed, or their rule left the pack. They are kept with their history."));
        Table list;
        list.name = QStringLiteral("obsolete-threats");
        list.header = {tr("No."), tr("Threat"), tr("Category"), tr("Justification")};
        list.widths = {6, 44, 14, 36};
        for (const Threat *threat : obsolete)
            list.rows.push_back({QString::number(threat->number),
                                 threatTitle(*threat) + QStringLiteral("\n") + text(threat->id),
                                 strideCategoryLabel(threat->category),
                                 orDash(text(threat->justification))});
        table(std::move(list));
    }
}

// ---------------------------------------------------------------- 7 risk summary

Table ReportBuilder::heatMap(bool after) const
{
    const RiskScheme &scheme = m_model.info().riskScheme;
    const std::size_t rows = scheme.exploitabilityLevels.size();
    const std::size_t columns = scheme.severityLevels.size();
    std::vector<std::vector<int>> counts(rows, std::vector<int>(columns, 0));
    for (const auto &[id, threat] : m_model.threats().all()) {
        if (isInactive(threat.status))
            continue;
        const Risk &risk = after ? stride::residualRisk(threat) : threat.riskBefore;
        if (risk.method != "matrix" || risk.exploitability < 1 || risk.severity < 1
            || std::size_t(risk.exploitability) > rows || std::size_t(risk.severity) > columns)
            continue;
        ++counts[std::size_t(risk.exploitability - 1)][std::size_t(risk.severity - 1)];
    }
    Table map;
    map.name = after ? QStringLiteral("risk-matrix-after") : QStringLiteral("risk-matrix-before");
    map.header << tr("Exploitability \\ severity");
    for (const std::string &level : scheme.severityLevels)
        map.header << text(level);
    for (std::size_t e = rows; e-- > 0;) {
        QStringList row{text(scheme.exploitabilityLevels[e])};
        std::vector<QColor> shade{QColor()};
        for (std::size_t s = 0; s < columns; ++s) {
            const bool ok = scheme.isAcceptable(int(e + 1), int(s + 1));
            const int count = counts[e][s];
            // Not by colour alone: an unacceptable cell that holds threats says so.
            row << (count == 0 ? QStringLiteral("·")
                               : ok ? QString::number(count)
                                    : tr("%1 (not acceptable)").arg(count));
            shade.push_back(acceptableShade(ok));
        }
        map.rows.push_back(row);
        map.shading.push_back(std::move(shade));
    }
    return map;
}

void ReportBuilder::riskSummary()
{
    heading(1, tr("Risk summary"));
    std::map<StrideCategory, std::array<int, 2>> byCategory; // open, decided
    std::map<ThreatStatus, int> byStatus;
    std::map<int, int> bySeverity; // rank -> active threats
    int cvss = 0;
    for (const auto &[id, threat] : m_model.threats().all()) {
        ++byStatus[threat.status];
        if (isInactive(threat.status))
            continue;
        ++byCategory[threat.category][stride::isDecided(threat.status) ? 1 : 0];
        ++bySeverity[stride::severityRank(threat.severity)];
        if (stride::residualRisk(threat).method == "cvss")
            ++cvss;
    }
    heading(2, tr("Threats by category"));
    Table categories;
    categories.name = QStringLiteral("threats-by-category");
    categories.header = {tr("Category"), tr("Undecided"), tr("Decided"), tr("Total")};
    categories.widths = {40, 20, 20, 20};
    for (const auto &[category, counts] : byCategory)
        categories.rows.push_back({strideCategoryLabel(category), QString::number(counts[0]),
                                   QString::number(counts[1]),
                                   QString::number(counts[0] + counts[1])});
    table(std::move(categories));

    heading(2, tr("Threats by status"));
    Table statuses;
    statuses.name = QStringLiteral("threats-by-status");
    statuses.header = {tr("Status"), tr("Threats")};
    statuses.widths = {60, 40};
    for (const auto &[status, count] : byStatus)
        statuses.rows.push_back({threatStatusLabel(status), QString::number(count)});
    table(std::move(statuses));

    heading(2, tr("Threats by rule severity"));
    Table severities;
    severities.name = QStringLiteral("threats-by-severity");
    severities.header = {tr("Severity"), tr("Threats")};
    severities.widths = {60, 40};
    for (auto it = bySeverity.rbegin(); it != bySeverity.rend(); ++it)
        severities.rows.push_back({severityLabel(std::string(stride::severityName(it->first))),
                                   QString::number(it->second)});
    table(std::move(severities));

    heading(2, tr("Risk before mitigation"));
    note(tr("Active threats by the cell of their estimated risk; shaded red: outside the "
            "acceptable region."));
    table(heatMap(false));
    heading(2, tr("Risk after mitigation"));
    note(tr("The residual risk: the estimate after mitigation, or the one before where no later "
            "estimate is recorded."));
    table(heatMap(true));
    if (cvss > 0)
        note(tr("%n threat(s) scored with CVSS are not in the matrices; their scores are in "
                "section %1.", nullptr, cvss)
                 .arg(m_sectionNumbers[Section::Threats]));
}

// ---------------------------------------------------------------- 8 controls

void ReportBuilder::controls()
{
    heading(1, tr("Mitigations, requirements and verification"));
    heading(2, tr("Mitigations"));
    Table mitigations;
    mitigations.name = QStringLiteral("mitigations");
    mitigations.header = {tr("Mitigation"), tr("FDA category"), tr("Layer"), tr("Applies to"),
                          tr("Status"), tr("Requirements")};
    mitigations.widths = {34, 18, 12, 10, 10, 16};
    for (const auto &[id, mitigation] : m_model.mitigations().all()) {
        QStringList requirements;
        for (const Id &requirement : mitigation.requirements)
            requirements << text(requirement);
        QString title = text(mitigation.title.empty() ? id : mitigation.title);
        if (!mitigation.description.empty())
            title += QStringLiteral("\n") + text(mitigation.description);
        mitigations.rows.push_back({title, orDash(controlCategoryText(mitigation.controlCategory)),
                                    orDash(text(mitigation.layer)),
                                    orDash(statusWord(mitigation.scope)),
                                    orDash(statusWord(mitigation.status)),
                                    orDash(requirements.join(QStringLiteral(", ")))});
    }
    tableOrParagraph(std::move(mitigations), tr("The model has no mitigations."));

    heading(2, tr("Security requirements"));
    Table requirements;
    requirements.name = QStringLiteral("requirements");
    requirements.header = {tr("Id"), tr("Requirement"), tr("Source"), tr("Status")};
    requirements.widths = {10, 58, 20, 12};
    for (const auto &[id, requirement] : m_model.requirements().all())
        requirements.rows.push_back({text(id), text(requirement.text),
                                     orDash(text(requirement.source)),
                                     orDash(statusWord(requirement.status))});
    tableOrParagraph(std::move(requirements), tr("The model has no security requirements."));

    heading(2, tr("Verification tests"));
    Table tests;
    tests.name = QStringLiteral("tests");
    tests.header = {tr("Id"),     tr("Kind"),      tr("Verifies"),  tr("Result"),
                    tr("Tester"), tr("Developer"), tr("Independence")};
    tests.widths = {8, 18, 16, 10, 16, 16, 16};
    const IndependenceRules &rules = m_model.info().independence;
    for (const auto &[id, test] : m_model.tests().all()) {
        QStringList verifies;
        for (const Id &item : test.verifies)
            verifies << text(item);
        QString result = statusWord(test.result);
        if (!test.date.empty())
            result += QStringLiteral("\n") + text(test.date);
        const std::string problem = stride::independenceProblem(
            m_model.people().find(test.performedBy), m_model.people().find(test.developer),
            rules.forKind(test.kind));
        tests.rows.push_back({text(id), tracepanel::testKindText(test.kind),
                              orDash(verifies.join(QStringLiteral(", "))), orDash(result),
                              orDash(test.performedBy.empty() ? QString() : personText(test.performedBy)),
                              orDash(test.developer.empty() ? QString() : personText(test.developer)),
                              problem.empty() ? tr("met") : tr("not met")});
    }
    tableOrParagraph(std::move(tests), tr("The model has no verification tests."));
}

// ---------------------------------------------------------------- 9 traceability

void ReportBuilder::traceability()
{
    heading(1, tr("Traceability"));
    paragraph(tr("Each active threat with the mitigations linked to it, the security requirements "
                 "those mitigations are refined into, and the verification tests of either, with "
                 "their results. A dash marks where the chain ends. The CSV export lists every "
                 "chain on its own row."));
    // The document: one row per threat. CSV: one row per chain, for filtering.
    Table matrix;
    matrix.header = {tr("Threat"), tr("Mitigations"), tr("Requirements"), tr("Tests")};
    matrix.widths = {32, 30, 16, 22};
    Table chains;
    chains.name = QStringLiteral("traceability");
    chains.csvOnly = true;
    chains.header = {tr("Threat"), tr("Mitigation"), tr("Requirement"), tr("Test"),
                     tr("Result")};
    std::map<Id, std::vector<const VerificationTest *>> testsOf;
    for (const auto &[id, test] : m_model.tests().all())
        for (const Id &item : test.verifies)
            testsOf[item].push_back(&test);
    const QString dash = QStringLiteral("—");
    const auto testText = [](const VerificationTest &test) {
        return tr("%1 (%2)").arg(text(test.id), statusWord(test.result));
    };
    for (const Threat *threat : threatsByNumber(m_model)) {
        if (isInactive(threat->status))
            continue;
        const QString threatCell = tr("#%1 %2").arg(threat->number).arg(threatTitle(*threat));
        QStringList mitigationCells, requirementCells, testCells;
        if (threat->mitigations.empty() && m_options.csvTables)
            chains.rows.push_back({threatCell, dash, dash, dash, dash});
        for (const Id &mitigationId : threat->mitigations) {
            const Mitigation *mitigation = m_model.mitigations().find(mitigationId);
            const QString mitigationCell = itemName(mitigationId);
            mitigationCells << mitigationCell;
            std::vector<std::pair<QString, const VerificationTest *>> tails;
            for (const VerificationTest *test : testsOf[mitigationId])
                tails.push_back({dash, test});
            if (mitigation)
                for (const Id &requirementId : mitigation->requirements) {
                    if (!requirementCells.contains(text(requirementId)))
                        requirementCells << text(requirementId);
                    const auto &tests = testsOf[requirementId];
                    if (tests.empty())
                        tails.push_back({text(requirementId), nullptr});
                    for (const VerificationTest *test : tests)
                        tails.push_back({text(requirementId), test});
                }
            if (tails.empty())
                tails.push_back({dash, nullptr});
            for (const auto &[requirement, test] : tails) {
                if (m_options.csvTables)
                    chains.rows.push_back({threatCell, mitigationCell, requirement,
                                           test ? text(test->id) : dash,
                                           test ? statusWord(test->result) : dash});
                if (test && !testCells.contains(testText(*test)))
                    testCells << testText(*test);
            }
        }
        matrix.rows.push_back({threatCell,
                               mitigationCells.isEmpty() ? dash : mitigationCells.join(QLatin1Char('\n')),
                               requirementCells.isEmpty() ? dash : requirementCells.join(QLatin1Char('\n')),
                               testCells.isEmpty() ? dash : testCells.join(QLatin1Char('\n'))});
    }
    if (matrix.rows.empty()) {
        paragraph(tr("There are no active threats to trace."));
    } else {
        table(std::move(chains));
        table(std::move(matrix));
    }

    heading(2, tr("Open gaps"));
    // As of the report's date, not the clock's: the same report on another day is the same.
    stride::CheckOptions check;
    check.today = reportDate(m_options).toString(Qt::ISODate).toStdString();
    const std::vector<stride::Gap> gaps = stride::checkTraceability(m_model, check);
    if (gaps.empty()) {
        paragraph(tr("The traceability check finds no gaps."));
        return;
    }
    paragraph(tr("The traceability check (vigil-cli check) finds %n gap(s).", nullptr,
                 int(gaps.size())));
    Table list;
    list.name = QStringLiteral("gaps");
    list.header = {tr("Gap"), tr("Concerns"), tr("What to do")};
    list.widths = {26, 30, 44};
    for (const stride::Gap &gap : gaps) {
        QString concerns;
        if (!gap.ids.empty()) {
            const Threat *threat = m_model.threats().find(gap.ids.front());
            concerns = threat ? tr("#%1 %2").arg(threat->number).arg(threatTitle(*threat))
                              : itemName(gap.ids.front());
        }
        list.rows.push_back({GapList::kindLabel(gap.kind), orDash(concerns),
                             GapList::describe(gap, m_model)});
    }
    table(std::move(list));
}

// ---------------------------------------------------------------- 10 residual risk

void ReportBuilder::residual()
{
    heading(1, tr("Residual risks"));
    Table residual;
    residual.name = QStringLiteral("residual-risks");
    residual.header = {tr("Threat"), tr("Residual risk"), tr("Acceptance rationale"),
                       tr("Accepted by"), tr("Date")};
    residual.widths = {30, 18, 30, 12, 10};
    Table transferred;
    transferred.name = QStringLiteral("transferred-to-safety");
    transferred.header = {tr("Threat"), tr("Hazards"), tr("Justification")};
    transferred.widths = {40, 25, 35};
    for (const Threat *threat : threatsByNumber(m_model)) {
        if (isInactive(threat->status))
            continue;
        const QString threatCell = tr("#%1 %2").arg(threat->number).arg(threatTitle(*threat));
        const Risk &risk = stride::residualRisk(*threat);
        const stride::RiskEvaluation evaluation =
            stride::evaluateRisk(risk, m_model.info().riskScheme);
        const ResidualAcceptance &acceptance = threat->residualAcceptance;
        if (evaluation.acceptability == stride::Acceptability::Unacceptable
            || !acceptance.rationale.empty())
            residual.rows.push_back({threatCell, riskText(risk),
                                     orDash(text(acceptance.rationale)),
                                     orDash(acceptance.by.empty() ? QString()
                                                                  : personText(acceptance.by)),
                                     orDash(text(acceptance.date))});
        if (threat->transferredToSafety) {
            QStringList hazards;
            for (const Id &id : threat->hazards)
                hazards << itemName(id);
            transferred.rows.push_back({threatCell, orDash(hazards.join(QStringLiteral(", "))),
                                        orDash(text(threat->justification))});
        }
    }
    paragraph(tr("Threats whose residual risk lies outside the acceptable region, and those "
                 "whose residual risk was accepted with a recorded rationale."));
    tableOrNote(std::move(residual), tr("None."));
    heading(2, tr("Risks transferred to safety risk management"));
    paragraph(tr("These threats can lead to a hazardous situation; their risk is controlled in "
                 "the safety risk management file (ISO 14971) under the hazards named."));
    tableOrNote(std::move(transferred), tr("None."));
    reviewRecords();
}

// The review meetings: who reviewed which threats when, what they decided, and when the next
// review is due (IEC 81001-5-1 wants the threat model reviewed again at least yearly).
void ReportBuilder::reviewRecords()
{
    heading(2, tr("Review records"));
    paragraph(tr("The team reviewed the threat model in these meetings, threat by threat. Each "
                 "decision records the status before and after, the justification and who "
                 "decided."));
    Table reviews;
    reviews.name = QStringLiteral("reviews");
    reviews.header = {tr("Review"), tr("Date"), tr("Attendees"), tr("Threats reviewed"),
                      tr("Decisions"), tr("Completed"), tr("Next review")};
    reviews.widths = {14, 10, 22, 24, 9, 10, 11};
    Table decisions;
    decisions.name = QStringLiteral("review-decisions");
    decisions.header = {tr("Review"), tr("Threat"), tr("Status before"), tr("Status after"),
                        tr("Justification"), tr("Decided by")};
    decisions.widths = {13, 30, 11, 11, 25, 10};
    for (const auto &[id, review] : m_model.reviews().all()) {
        QStringList attendees;
        for (const Id &person : review.attendees)
            attendees << personText(person);
        reviews.rows.push_back({text(review.id), text(review.date),
                                orDash(attendees.join(QStringLiteral(", "))),
                                scopeText(review.scope),
                                QString::number(review.decisions.size()),
                                review.completed ? tr("yes") : tr("no, interrupted"),
                                orDash(text(review.nextReview))});
        for (const ReviewDecision &decision : review.decisions) {
            const Threat *threat = m_model.threats().find(decision.threat);
            decisions.rows.push_back(
                {text(review.id),
                 threat ? tr("#%1 %2").arg(threat->number).arg(threatTitle(*threat))
                        : tr("%1 (deleted)").arg(text(decision.threat)),
                 threatStatusLabel(decision.statusBefore), threatStatusLabel(decision.statusAfter),
                 orDash(text(decision.justification)),
                 orDash(decision.by.empty() ? QString() : personText(decision.by))});
        }
    }
    tableOrNote(std::move(reviews), tr("No review has been recorded."));
    if (!decisions.rows.empty())
        table(std::move(decisions));
}

QString ReportBuilder::scopeText(const ReviewScope &scope) const
{
    QStringList parts;
    parts << (scope.threats == "undecided" ? tr("undecided threats")
              : scope.threats == "changed" ? tr("threats new or changed since the last review")
                                           : tr("all threats"));
    if (const Diagram *diagram = m_model.diagram(scope.diagram))
        parts << tr("on %1").arg(text(diagram->name));
    if (!scope.target.empty())
        parts << tr("of %1").arg(itemName(scope.target));
    if (const auto category = strideCategoryFromString(scope.category))
        parts << strideCategoryLabel(*category);
    if (!scope.minimumRisk.empty())
        parts << tr("risk %1 or higher").arg(severityLabel(scope.minimumRisk));
    parts << (scope.order == "risk"     ? tr("by risk")
              : scope.order == "number" ? tr("by number")
                                        : tr("by diagram and element"));
    return parts.join(QStringLiteral(", "));
}

// ---------------------------------------------------------------- 11 clause map

void ReportBuilder::clauseMap()
{
    heading(1, tr("Clause map"));
    paragraph(tr("Where this report answers each requirement of IEC 81001-5-1 and each item of "
                 "the FDA premarket cybersecurity guidance. The descriptions are summaries, not "
                 "the standard's text."));
    const auto sections = [&](std::initializer_list<Section> list) {
        QStringList numbers;
        for (Section section : list)
            if (m_options.sections.count(section))
                numbers << m_sectionNumbers[section];
        return numbers.isEmpty() ? tr("not included in this report") : numbers.join(QStringLiteral(", "));
    };
    using S = Section;
    Table map;
    map.name = QStringLiteral("clause-map");
    map.header = {tr("Source"), tr("Item"), tr("What it asks for"), tr("Sections")};
    map.widths = {18, 14, 48, 20};
    const QString iec = tr("IEC 81001-5-1");
    const QString fda = tr("FDA premarket");
    map.rows = {
        {iec, QStringLiteral("5.2.1"), tr("Security requirements for the product are identified "
                                          "and documented."), sections({S::Controls})},
        {iec, QStringLiteral("5.3.1"), tr("The architecture provides defence in depth: layered "
                                          "controls, each with its place in the design."),
         sections({S::Diagrams, S::Controls})},
        {iec, QStringLiteral("5.7.1"), tr("Tests show that each security requirement is met."),
         sections({S::Controls, S::Traceability})},
        {iec, QStringLiteral("5.7.2"), tr("Tests show that each threat mitigation works."),
         sections({S::Controls, S::Traceability})},
        {iec, QStringLiteral("5.7.3"), tr("Vulnerability testing: fuzzing, attack surface and "
                                          "known-vulnerability scans."), sections({S::Controls})},
        {iec, QStringLiteral("5.7.4"), tr("Penetration testing."), sections({S::Controls})},
        {iec, QStringLiteral("5.7.5"), tr("Testers are independent enough of the developers "
                                          "whose work they test."),
         sections({S::Method, S::Controls})},
        {iec, QStringLiteral("7.2"), tr("Threats, vulnerabilities and their possible harm are "
                                        "identified."),
         sections({S::Scope, S::Diagrams, S::Inventory, S::Threats})},
        {iec, QStringLiteral("7.3"), tr("Each security risk is estimated and evaluated against "
                                        "acceptance criteria."),
         sections({S::Method, S::Threats, S::RiskSummary})},
        {iec, QStringLiteral("7.4"), tr("Security risks are controlled, and what remains is "
                                        "evaluated."),
         sections({S::Controls, S::Traceability, S::Residual})},
        {iec, tr("Annex C"), tr("A threat model of the product in its environment, kept up to "
                                "date and reviewed by the team."),
         sections({S::Method, S::Diagrams, S::Inventory, S::Threats, S::Residual})},
        {iec, tr("Annex F"), tr("Transitional (legacy) software and the rationale for keeping "
                                "it."),
         sections({S::Inventory, S::Traceability})},
        {fda, tr("Threat model"), tr("A threat model of the whole system that covers its "
                                     "security risks."),
         sections({S::Method, S::Diagrams, S::Threats})},
        {fda, tr("Architecture views"), tr("Global system, multi-patient harm, "
                                           "updatability/patchability and security use case "
                                           "views."),
         sections({S::Diagrams})},
        {fda, tr("Risk assessment"), tr("Security risks assessed before and after controls, "
                                        "with exploitability rather than probability."),
         sections({S::RiskSummary, S::Residual})},
        {fda, tr("Traceability"), tr("Threats traced to controls, and controls to their "
                                     "testing."),
         sections({S::Traceability})},
    };
    table(std::move(map));
}

} // namespace vigil::report
