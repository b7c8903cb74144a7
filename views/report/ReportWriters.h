#pragma once

// The unpaged formats: one self-contained HTML file, and CSV files, one per table.

#include "views/report/ReportContent.h"

#include <QByteArray>
#include <QString>

#include <map>

namespace vigil::report {

class ReportDiagrams;

// HTML with its CSS and the diagrams as inline SVG; every text of the model is escaped.
QByteArray writeHtml(const Content &content, ReportDiagrams &diagrams);

// One CSV per named table, by file name ("threats.csv"): RFC 4180 quoting, CRLF line ends,
// UTF-8 with a byte-order mark (Excel reads it as UTF-8 then), and cells that a spreadsheet would
// take for a formula (starting with =, +, -, @, tab or carriage return) prefixed with '.
std::map<QString, QByteArray> writeCsv(const Content &content);

// One CSV cell as writeCsv writes it.
QString csvCell(const QString &value);

} // namespace vigil::report
