#pragma once

// What a report says, before it has a format: headings, paragraphs, field lists, tables and
// diagrams in reading order. ReportBuilder fills it from a model in one language; the writers
// (PDF, ODT, HTML, CSV) only lay it out, so every format says the same thing.

#include "model/Types.h"

#include <QColor>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace vigil::report {

struct Table {
    // The CSV file's name without ".csv" ("threats"); tables without a name are not written to
    // CSV (a per-element slice of a table that CSV gives whole).
    QString name;
    bool csvOnly = false;                  // the whole table, for CSV; documents show slices
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<int> widths;               // relative column widths, one per column
    // Optional cell backgrounds (the risk heat map): empty, or one row of colours per row;
    // an invalid QColor leaves the cell plain.
    std::vector<std::vector<QColor>> shading;
};

struct Block {
    enum class Kind { Heading, Paragraph, Note, Fields, Table, Diagram, PageBreak };
    Kind kind = Kind::Paragraph;
    int level = 1;             // headings: 1 section, 2 subsection, 3 item
    QString number;            // headings: "6.2"
    bool listed = true;        // headings: in the table of contents
    QString text;              // heading, paragraph or note text; a diagram's caption
    std::vector<std::pair<QString, QString>> fields; // label, value
    Table table;               // a table; for fields, only its name (the CSV file's)
    Id diagram;
};

struct Content {
    QString title;             // "Threat model report: Insulin pump system"
    QString documentId;
    QString revision;
    QString date;              // YYYY-MM-DD
    QString language;          // "en", "ja", "de"
    QString pageLabel;         // "Page %1 of %2", translated
    QString contentsLabel;     // "Contents", translated
    // After a diagram too large to read on one page: "%1" is the number of sheets that follow,
    // or that it would take when they are too many for the report.
    QString sheetsNote;
    QString tooManySheetsNote;
    std::vector<Block> blocks;
};

// A report handed out a block at a time, in reading order, so that a writer need not hold it
// whole (20,000 threats make some 60 MB of text). A stream gives the same blocks every time
// it runs: a PDF runs it once to number the pages and once to paint them. `progress` (may be
// empty) hears the share done, 0 to 1.
using BlockSink = std::function<void(Block &&)>;
using BlockStream =
    std::function<void(const BlockSink &sink, const std::function<void(double)> &progress)>;

// The stream of a report held whole.
BlockStream streamOf(const Content &content);

} // namespace vigil::report
