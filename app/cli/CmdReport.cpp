// report: the threat model as a document for the design history file (PDF/A, HTML, ODT, or a
// folder of CSV files), in English, Japanese or German.

#include "app/cli/CliCommand.h"
#include "app/cli/Commands.h"
#include "app/cli/HeadlessApp.h"
#include "app/cli/OpenModel.h"
#include "model/ModelFile.h"
#include "model/Timings.h"
#include "stride/RulePack.h"
#include "views/report/ReportBuilder.h"
#include "views/report/ReportDiagrams.h"
#include "views/report/ReportDocument.h"
#include "views/report/ReportLanguage.h"
#include "views/report/ReportWriters.h"

#include <QFile>
#include <QHashFunctions>

#include <filesystem>
#include <iostream>

#ifndef VIGIL_VERSION
#define VIGIL_VERSION "0.0.0"
#endif

namespace vigil::cli {

namespace {

constexpr std::string_view kSynopsis =
    "report IN --format pdf|html|odt|csv -o OUT [--lang en|ja|de] [--date YYYY-MM-DD] "
    "[--paper a4|letter] [--sections LIST] [--document-id ID] [--revision REV] [--author NAME] "
    "[--approver NAME]... [--rules PACK.json]...";

std::string sectionNames()
{
    std::string names;
    for (report::Section section : report::kSections)
        names += (names.empty() ? "" : ", ") + std::string(report::sectionName(section));
    return names;
}

report::Format formatOf(const std::string &format, const std::string &out)
{
    std::string chosen = format;
    if (chosen.empty()) {
        const std::string extension = std::filesystem::path(out).extension().string();
        chosen = extension.empty() ? std::string() : extension.substr(1);
    }
    if (chosen == "pdf")
        return report::Format::Pdf;
    if (chosen == "html" || chosen == "htm")
        return report::Format::Html;
    if (chosen == "odt")
        return report::Format::Odt;
    if (chosen == "csv")
        return report::Format::Csv;
    throw UsageError(format.empty() ? "missing --format pdf|html|odt|csv (" + out
                                          + " has no known extension)"
                                    : "--format " + format
                                          + " is not supported; use pdf, html, odt or csv");
}

std::set<report::Section> sectionsOf(const std::string &list)
{
    std::set<report::Section> sections;
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t comma = std::min(list.find(',', start), list.size());
        const std::string name = list.substr(start, comma - start);
        if (!name.empty()) {
            const auto section = report::sectionFromName(name);
            if (!section)
                throw UsageError("--sections: no section \"" + name + "\"; use " + sectionNames());
            sections.insert(*section);
        }
        start = comma + 1;
    }
    if (sections.empty())
        throw UsageError("--sections: name at least one of " + sectionNames());
    return sections;
}

void writeCsvFolder(const std::filesystem::path &folder,
                    const std::map<QString, QByteArray> &files)
{
    std::error_code error;
    if (std::filesystem::exists(folder, error) && !std::filesystem::is_directory(folder, error))
        throw UsageError(folder.string() + ": CSV goes into a folder, and this is a file");
    std::filesystem::create_directories(folder, error);
    if (error)
        throw FileError(folder.string() + ": cannot create the folder: " + error.message());
    for (const auto &[name, bytes] : files)
        writeFileAtomically(folder / name.toStdString(),
                            std::string_view(bytes.constData(), std::size_t(bytes.size())));
}

} // namespace

int runReport(const std::vector<std::string> &args)
{
    Arguments arguments(args,
                        {"-o", "--output", "--format", "--lang", "--date", "--paper", "--sections",
                         "--document-id", "--revision", "--author", "--approver", "--rules"});
    arguments.expectPositional(1, 1, kSynopsis);
    const std::string path = arguments.positional()[0];
    const std::string out = arguments.value("-o", arguments.value("--output"));
    if (out.empty())
        throw UsageError("missing -o OUT; usage: vigil-cli " + std::string(kSynopsis));
    const report::Format format = formatOf(arguments.value("--format"), out);

    report::ReportOptions options;
    options.csvTables = format == report::Format::Csv;
    options.language = QString::fromStdString(arguments.value("--lang", "en"));
    if (!report::ReportLanguage::languages().contains(options.language))
        throw UsageError("--lang " + options.language.toStdString()
                         + " is not supported; use en, ja or de");
    if (arguments.has("--date")) {
        options.date = QDate::fromString(QString::fromStdString(arguments.value("--date")),
                                         Qt::ISODate);
        if (!options.date.isValid())
            throw UsageError("--date " + arguments.value("--date")
                             + " is not a date; use YYYY-MM-DD");
    }
    const std::string paper = arguments.value("--paper", "a4");
    if (paper != "a4" && paper != "letter")
        throw UsageError("--paper " + paper + " is not supported; use a4 or letter");
    options.paper = paper == "letter" ? report::Paper::Letter : report::Paper::A4;
    if (arguments.has("--sections"))
        options.sections = sectionsOf(arguments.value("--sections"));
    options.documentId = QString::fromStdString(arguments.value("--document-id"));
    options.revision = QString::fromStdString(arguments.value("--revision"));
    options.author = QString::fromStdString(arguments.value("--author"));
    for (const std::string &approver : arguments.values("--approver"))
        options.approvers << QString::fromStdString(approver);
    options.vigilVersion = QStringLiteral(VIGIL_VERSION);

    std::vector<stride::RulePackPtr> extra;
    for (const std::string &file : arguments.values("--rules")) {
        try {
            extra.push_back(
                std::make_shared<const stride::RulePack>(stride::loadRulePackFile(file)));
        } catch (const stride::RulePackError &error) {
            for (const std::string &line : error.errors())
                std::cerr << "vigil-cli: report: " << line << "\n";
            return kExitBadInput;
        }
    }

    OpenedModel opened = [&] {
        timings::Scope scope("load");
        return openModelForCommand(path, "report");
    }();
    std::vector<stride::RulePackPtr> packs;
    try {
        packs = stride::resolvePacks(opened.model.info().rulePacks, extra);
    } catch (const stride::RulePackError &error) {
        throw UsageError(path + ": " + error.what() + " (give the pack with --rules)");
    }
    options.modelFile = QString::fromStdString(path);
    options.baseline = opened.baseline;
    if (!options.baseline) {
        options.modelSha256 = report::fileSha256(QString::fromStdString(path));
    } else {
        // The model this report shows is the baseline's frozen content: its hash, not the file's
        // (which changes with every save), so a report from a baseline can be made again.
        options.modelSha256 =
            QString::fromStdString(options.baseline->hash).section(QLatin1Char(':'), -1);
    }

    // Qt keeps fonts and other things the PDF writer walks in hash tables; a fixed seed makes
    // their order, and so the bytes, the same on every run.
    QHashSeed::setDeterministicGlobalSeed();
    const auto application = startHeadlessApplication();
    const report::ReportLanguage language(options.language);
    report::ReportBuilder builder(opened.model, packs, options);
    report::ReportDiagrams diagrams(opened.model);
    if (format == report::Format::Pdf) {
        // Streamed: a report of 20,000 threats is never held whole.
        timings::Scope scope("write");
        report::writePdfFile(out, builder.header(), builder.stream(), diagrams, options.paper);
        return kExitOk;
    }
    const report::Content content = [&] {
        timings::Scope scope("build");
        return builder.build();
    }();
    timings::Scope scope("write");
    QByteArray bytes;
    switch (format) {
    case report::Format::Pdf: break; // above
    case report::Format::Html: bytes = report::writeHtml(content, diagrams); break;
    case report::Format::Odt: bytes = report::writeOdt(content, diagrams); break;
    case report::Format::Csv: writeCsvFolder(out, report::writeCsv(content)); return kExitOk;
    }
    writeFileAtomically(out, std::string_view(bytes.constData(), std::size_t(bytes.size())));
    return kExitOk;
}

} // namespace vigil::cli
