#pragma once

// What the user chooses for a report: sections, language, date, paper and the document-control
// fields the model itself does not hold.

#include "model/Types.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <set>
#include <string_view>

namespace vigil::report {

// The sections, in the order the report gives them.
enum class Section {
    DocumentControl, Scope, Method, Diagrams, Inventory, Threats, RiskSummary, Controls,
    Traceability, Residual, ClauseMap
};
inline constexpr std::array<Section, 11> kSections{
    Section::DocumentControl, Section::Scope,       Section::Method,   Section::Diagrams,
    Section::Inventory,       Section::Threats,     Section::RiskSummary, Section::Controls,
    Section::Traceability,    Section::Residual,    Section::ClauseMap};

// The names `vigil-cli report --sections` takes: "document-control", "scope", ...
std::string_view sectionName(Section section);
std::optional<Section> sectionFromName(std::string_view name);

enum class Format { Pdf, Html, Odt, Csv };
enum class Paper { A4, Letter };

struct ReportOptions {
    std::set<Section> sections{kSections.begin(), kSections.end()};
    QString language = QStringLiteral("en"); // en, ja, de
    QDate date;                              // invalid: today
    Paper paper = Paper::A4;
    QString documentId;
    QString revision;
    QString author;
    QStringList approvers;
    QString modelFile;      // the file the model was read from, for its name and SHA-256
    QString modelSha256;    // hex; empty for a model not read from a file
    // The baseline the report is made from (IN@NAME): document control names it and lists its
    // approvals. Unset: the model as it is, whose document control lists its baselines.
    std::optional<Baseline> baseline;
    QString vigilVersion;
    // The whole tables only CSV writes (every threat with every field, every chain): a document
    // shows them in slices, and building them for 20,000 threats costs tens of megabytes.
    bool csvTables = true;
};

// The report's date: the option, else SOURCE_DATE_EPOCH (reproducible builds), else today.
QDate reportDate(const ReportOptions &options);

// The SHA-256 of a file, in hex; empty when it cannot be read.
QString fileSha256(const QString &path);

} // namespace vigil::report
