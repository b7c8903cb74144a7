#include "views/report/ReportWriters.h"

#include "views/report/ReportDiagrams.h"

#include <QFile>

namespace vigil::report {

namespace {

// Escaped for an HTML text node or attribute; line breaks become <br>.
QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
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

void writeTable(QString &out, const Table &table)
{
    out += QStringLiteral("<table>\n");
    if (!table.widths.empty()) {
        int total = 0;
        for (int width : table.widths)
            total += width;
        out += QStringLiteral("<colgroup>");
        for (int width : table.widths)
            out += QStringLiteral("<col style=\"width:%1%\">")
                       .arg(QString::number(100.0 * width / std::max(total, 1), 'f', 1));
        out += QStringLiteral("</colgroup>\n");
    }
    out += QStringLiteral("<thead><tr>");
    for (const QString &cell : table.header)
        out += QStringLiteral("<th>") + html(cell) + QStringLiteral("</th>");
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
            out += html(row[c]) + QStringLiteral("</td>");
        }
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody></table>\n");
}

} // namespace

QByteArray writeHtml(const Content &content, ReportDiagrams &diagrams)
{
    QString out;
    out.reserve(1 << 20);
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<title>%2</title>\n<style>\n%3</style>\n</head>\n<body>\n")
               .arg(html(content.language), html(content.title), styleSheet());

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
                out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(html(label), html(value));
            out += QStringLiteral("</table>\n");
            break;
        case Block::Kind::Table:
            if (!block.table.csvOnly)
                writeTable(out, block.table);
            break;
        case Block::Kind::Diagram:
            out += QStringLiteral("<figure>\n");
            out += QString::fromUtf8(inlineSvg(diagrams.svg(block.diagram)));
            out += QStringLiteral("\n<figcaption>%1</figcaption>\n</figure>\n").arg(html(block.text));
            break;
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
