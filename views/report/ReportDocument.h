#pragma once

// Paged formats through Qt's text machinery: the content laid out as a QTextDocument, then
// painted page by page onto a QPdfWriter (PDF/A-1b) or a QPrinter with running headers and
// footers and a table of contents with page numbers, or written as ODF (ODT) for editing.

#include "views/report/ReportContent.h"
#include "views/report/ReportOptions.h"

#include <QByteArray>

#include <filesystem>
#include <functional>

class QPagedPaintDevice;

namespace vigil::report {

class ReportDiagrams;

using Progress = std::function<void(double)>; // share done, 0 to 1; may be empty

// Writes the report to `path` as PDF/A-1b with vector diagrams and embedded fonts, atomically
// (see writeFileAtomically); deterministic for the same content (the creation date is the
// content's date). The report comes a block at a time from `stream` (`header`: its title and
// labels) and is never held whole, nor is the PDF. Throws FileError.
void writePdfFile(const std::filesystem::path &path, const Content &header,
                  const BlockStream &stream, ReportDiagrams &diagrams, Paper paper,
                  const Progress &progress = {});

// The report as an ODF text document (.odt) with the diagrams as images.
QByteArray writeOdt(const Content &content, ReportDiagrams &diagrams,
                    const Progress &progress = {});

// Paints the report onto any paged device (a QPrinter for File > Print and its preview);
// returns the number of pages.
int paintReport(const Content &content, ReportDiagrams &diagrams, QPagedPaintDevice &device,
                const Progress &progress = {});

} // namespace vigil::report
