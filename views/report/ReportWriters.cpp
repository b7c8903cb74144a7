#include "views/report/ReportWriters.h"

#include "views/report/ReportDiagrams.h"
#include "views/diagram/DiagramExport.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace vigil::report {

namespace {

// Escaped for an HTML text node or attribute; line breaks become <br>.
QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

// A table cell: like html(), but a run of more than 20 characters without a space (a hash, a
// URL) may break anywhere, so that it cannot widen its column past the page; shorter words keep
// whole and set the column's least width (no "Hazar-ds"). Short ids and dates with a hyphen
// ("HAZ-001", "2026-02-10") keep whole too: browsers would break them after the hyphen.
QString cellHtml(const QString &text)
{
    constexpr qsizetype kLongRun = 20;
    constexpr qsizetype kShortId = 12;
    QString out;
    qsizetype start = 0;
    while (start < text.size()) {
        const bool space = text.at(start).isSpace();
        qsizetype end = start;
        while (end < text.size() && text.at(end).isSpace() == space)
            ++end;
        const QString run = text.mid(start, end - start);
        if (!space && run.size() > kLongRun)
            out += QStringLiteral("<span class=\"long\">") + html(run) + QStringLiteral("</span>");
        else if (!space && run.size() <= kShortId && run.contains(QLatin1Char('-')))
            out += QStringLiteral("<span class=\"id\">") + html(run) + QStringLiteral("</span>");
        else
            out += html(run);
        start = end;
    }
    return out;
}

// A CSS string literal: everything but letters, digits and spaces as an escape, so that no text
// can end the string or the <style> element.
QString cssString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const char32_t c : text.toUcs4()) {
        if ((c < 0x80 && std::isalnum(int(c))) || c == U' ')
            out += QChar(c);
        else // the space ends the escape, so a space after it stays
            out += QStringLiteral("\\%1 ").arg(uint(c), 6, 16, QLatin1Char('0'));
    }
    return out + QLatin1Char('"');
}

// The running footer of printed pages, "Page 3 of 9" in the report's language ("%1", "%2").
QString pageFooterCss(const QString &label)
{
    if (label.isEmpty())
        return {};
    QString content;
    static const QRegularExpression placeholder(QStringLiteral("%([12])"));
    qsizetype at = 0;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(label)) {
        if (match.capturedStart() > at)
            content += cssString(label.mid(at, match.capturedStart() - at)) + QLatin1Char(' ');
        content += match.captured(1) == QLatin1String("1") ? QStringLiteral("counter(page) ")
                                                           : QStringLiteral("counter(pages) ");
        at = match.capturedEnd();
    }
    if (at < label.size())
        content += cssString(label.mid(at));
    return QStringLiteral("@media print { @page { @bottom-right { content: %1; } } }\n")
        .arg(content.trimmed());
}

QString anchor(const QString &number)
{
    return QStringLiteral("s-") + QString(number).replace(QLatin1Char('.'), QLatin1Char('-'));
}

QString styleSheet()
{
    QFile file(QStringLiteral(":/report/report.css"));
    if (file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.readAll());
    return {};
}

// The SVG element alone: no XML declaration or DOCTYPE inside an HTML body.
QByteArray inlineSvg(const QByteArray &svg)
{
    const qsizetype start = svg.indexOf("<svg");
    return start < 0 ? QByteArray() : svg.mid(start);
}

// Short enough to read at a glance (a risk matrix, a count by status): printed on one page
// rather than split with a row or two on the next.
bool keepsTogether(const Table &table)
{
    if (table.rows.size() > 12)
        return false;
    qsizetype characters = 0;
    for (const QStringList &row : table.rows)
        for (const QString &cell : row)
            characters += cell.size();
    return characters <= 1200;
}

void writeTable(QString &out, const Table &table)
{
    out += keepsTogether(table) ? QStringLiteral("<table class=\"keep\">\n")
                                : QStringLiteral("<table>\n");
    // Without widths (a risk matrix), equal columns: the browser would size them by content.
    std::vector<int> widths = table.widths;
    if (widths.empty())
        widths.assign(std::size_t(table.header.size()), 1);
    if (!widths.empty()) {
        int total = 0;
        for (int width : widths)
            total += width;
        out += QStringLiteral("<colgroup>");
        for (int width : widths)
            out += QStringLiteral("<col style=\"width:%1%\">")
                       .arg(QString::number(100.0 * width / std::max(total, 1), 'f', 1));
        out += QStringLiteral("</colgroup>\n");
    }
    out += QStringLiteral("<thead><tr>");
    for (const QString &cell : table.header)
        out += QStringLiteral("<th>") + cellHtml(cell) + QStringLiteral("</th>");
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        out += QStringLiteral("<tr>");
        const QStringList &row = table.rows[r];
        for (qsizetype c = 0; c < row.size(); ++c) {
            QColor shade;
            if (r < table.shading.size() && std::size_t(c) < table.shading[r].size())
                shade = table.shading[r][std::size_t(c)];
            out += shade.isValid()
                       ? QStringLiteral("<td style=\"background:%1\">").arg(shade.name())
                       : QStringLiteral("<td>");
            out += cellHtml(row[c]) + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody></table>\n");
}

// A diagram as a figure; for print also cut into landscape sheets on which its smallest text is
// at least kMinimumPrintTextPoints, as the PDF does. The sheets show the figure again through
// <use>, so the file holds each diagram once.
void writeDiagram(QString &out, const Block &block, ReportDiagrams &diagrams, int index)
{
    QString svg = QString::fromUtf8(inlineSvg(diagrams.svg(block.diagram)));
    if (svg.isEmpty())
        return;
    const QString id = QStringLiteral("diagram-%1").arg(index);
    svg.insert(4, QStringLiteral(" id=\"%1\" class=\"diagram\"").arg(id));
    out += QStringLiteral("<figure>\n") + svg;
    out += QStringLiteral("\n<figcaption>%1</figcaption>\n</figure>\n").arg(html(block.text));

    // Scene units: the viewBox; the smallest font size is in the same units.
    static const QRegularExpression viewBox(
        QStringLiteral("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\""));
    static const QRegularExpression fontSize(QStringLiteral("font-size=\"([0-9.]+)\""));
    const QRegularExpressionMatch box = viewBox.match(svg);
    if (!box.hasMatch())
        return;
    const double width = box.captured(1).toDouble();
    const double height = box.captured(2).toDouble();
    double smallest = 0;
    for (const QRegularExpressionMatch &match : fontSize.globalMatch(svg)) {
        const double size = match.captured(1).toDouble();
        if (size > 0 && (smallest == 0 || size < smallest))
            smallest = size;
    }
    if (width <= 0 || height <= 0 || smallest <= 0)
        return;
    // Printable widths in points with the browser's default margins: portrait and landscape,
    // of the smaller of A4 and Letter; a sheet's height is at most 0.62 of its width. Sheets
    // overlap, so that a label cut at a seam shows whole on one side.
    constexpr double kPortraitWidth = 535, kLandscapeWidth = 730, kSheetAspect = 0.62;
    constexpr double kOverlap = 0.04;
    if (smallest * kPortraitWidth / width >= kMinimumPrintTextPoints)
        return; // legible as it is
    const double widest = smallest * kLandscapeWidth / kMinimumPrintTextPoints / (1 + 2 * kOverlap);
    const int columns = int(std::ceil(width / widest));
    const double tileWidth = width / columns;
    const int rows = int(std::ceil(height / (tileWidth * kSheetAspect)));
    if (rows * columns > 16)
        return; // no place for it in a report: the figure alone, to zoom into on screen
    const double tileHeight = height / rows;
    const double overlap = tileWidth * kOverlap;
    const auto number = [](double value) { return QString::number(value, 'f', 1); };
    out += QStringLiteral("<div class=\"sheets\">\n");
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c) {
            // All sheets the same size, so all print at the same scale: the outer ones reach
            // further in rather than being narrower.
            const double w = std::min(width, tileWidth + 2 * overlap);
            const double h = std::min(height, tileHeight + 2 * overlap);
            const double x = std::clamp(c * tileWidth - overlap, 0.0, width - w);
            const double y = std::clamp(r * tileHeight - overlap, 0.0, height - h);
            out += QStringLiteral("<figure class=\"sheet\"><svg viewBox=\"%1 %2 %3 %4\" "
                                  "xmlns=\"http://www.w3.org/2000/svg\">"
                                  "<use href=\"#%5\" width=\"%6\" height=\"%7\"/></svg>\n")
                       .arg(number(x), number(y), number(w), number(h), id, number(width),
                            number(height));
            out += QStringLiteral("<figcaption>%1 (%2/%3)</figcaption></figure>\n")
                       .arg(html(block.text), QString::number(r * columns + c + 1),
                            QString::number(rows * columns));
        }
    out += QStringLiteral("</div>\n");
}

} // namespace

QByteArray writeHtml(const Content &content, ReportDiagrams &diagrams)
{
    QString out;
    out.reserve(1 << 20);
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%2</title>\n<style>\n%3</style>\n</head>\n<body>\n")
               .arg(html(content.language), html(content.title),
                    styleSheet() + pageFooterCss(content.pageLabel));

    out += QStringLiteral("<header class=\"cover\">\n<h1 class=\"title\">%1</h1>\n")
               .arg(html(content.title));
    QStringList control;
    for (const QString &part : {content.documentId, content.revision, content.date})
        if (!part.isEmpty())
            control << html(part);
    out += QStringLiteral("<p class=\"control\">%1</p>\n</header>\n")
               .arg(control.join(QStringLiteral(" · ")));

    out += QStringLiteral("<nav>\n<h2>%1</h2>\n<ul>\n").arg(html(content.contentsLabel));
    for (const Block &block : content.blocks)
        if (block.kind == Block::Kind::Heading && block.listed && block.level <= 2)
            out += QStringLiteral("<li class=\"l%1\"><a href=\"#%2\">%3 %4</a></li>\n")
                       .arg(block.level)
                       .arg(anchor(block.number), html(block.number), html(block.text));
    out += QStringLiteral("</ul>\n</nav>\n<main>\n");

    int diagramCount = 0;
    for (const Block &block : content.blocks) {
        switch (block.kind) {
        case Block::Kind::Heading: {
            const int level = std::min(block.level + 1, 6); // h1 is the report's title
            out += QStringLiteral("<h%1 id=\"%2\">%3 %4</h%1>\n")
                       .arg(level)
                       .arg(anchor(block.number), html(block.number), html(block.text));
            break;
        }
        case Block::Kind::Paragraph: out += QStringLiteral("<p>") + html(block.text) + QStringLiteral("</p>\n"); break;
        case Block::Kind::Note:
            out += QStringLiteral("<p class=\"note\">") + html(block.text) + QStringLiteral("</p>\n");
            break;
        case Block::Kind::Fields:
            out += QStringLiteral("<table class=\"fields\">\n");
            for (const auto &[label, value] : block.fields)
                out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n")
                           .arg(cellHtml(label), cellHtml(value));
            out += QStringLiteral("</table>\n");
            break;
        case Block::Kind::Table:
            if (!block.table.csvOnly)
                writeTable(out, block.table);
            break;
        case Block::Kind::Diagram: writeDiagram(out, block, diagrams, ++diagramCount); break;
        case Block::Kind::PageBreak: out += QStringLiteral("<div class=\"page-break\"></div>\n"); break;
        }
    }
    out += QStringLiteral("</main>\n</body>\n</html>\n");
    return out.toUtf8();
}

QString csvCell(const QString &value)
{
    QString cell = value;
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && risky.contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char(','))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

std::map<QString, QByteArray> writeCsv(const Content &content)
{
    std::map<QString, QByteArray> files;
    const auto line = [](const QStringList &cells) {
        QStringList quoted;
        for (const QString &cell : cells)
            quoted << csvCell(cell);
        return quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    for (const Block &block : content.blocks) {
        const QString &name = block.table.name;
        if (name.isEmpty() || (block.kind != Block::Kind::Table && block.kind != Block::Kind::Fields))
            continue;
        QString text = QString(QChar(0xfeff));
        if (block.kind == Block::Kind::Fields) {
            for (const auto &[label, value] : block.fields)
                text += line({label, value});
        } else {
            text += line(block.table.header);
            for (const QStringList &row : block.table.rows)
                text += line(row);
        }
        files[name + QStringLiteral(".csv")] = text.toUtf8();
    }
    return files;
}

} // namespace vigil::report
