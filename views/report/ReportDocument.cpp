#include "views/report/ReportDocument.h"

#include "views/report/PostProcess.h"
#include "views/report/ReportDiagrams.h"
#include "views/diagram/DiagramExport.h"

#include "model/Timings.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextObjectInterface>
#include <QTextTable>

#include <algorithm>
#include <limits>
#include <optional>
#include <numeric>
#include <cmath>

namespace vigil::report {

namespace {

constexpr int kDiagramObject = QTextFormat::UserObject + 1;
constexpr int kDiagramId = QTextFormat::UserProperty + 1;
constexpr int kDiagramSheet = QTextFormat::UserProperty + 2; // only on a sheet of a diagram
constexpr int kMaxSheetsPerDiagram = 16; // more and the report is no place for the diagram

// Draws a diagram where the text layout placed its object: vectors on a PDF or a printer.
class DiagramObject final : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    explicit DiagramObject(ReportDiagrams &diagrams) : m_diagrams(diagrams) {}

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        return {format.doubleProperty(QTextFormat::ImageWidth),
                format.doubleProperty(QTextFormat::ImageHeight)};
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        painter->save();
        const Id diagram = format.property(kDiagramId).toString().toStdString();
        if (format.hasProperty(kDiagramSheet))
            m_diagrams.paintSheet(diagram, format.intProperty(kDiagramSheet), *painter, rect);
        else
            m_diagrams.paint(diagram, *painter, rect);
        painter->restore();
    }

private:
    ReportDiagrams &m_diagrams;
};

// Fonts: DejaVu Sans for Latin text, Noto Sans CJK for Japanese (first for Japanese reports, so
// that kana and kanji and the Latin text around them match).
QFont reportFont(const QString &language, double points)
{
    QFont font;
    font.setFamilies(language == QLatin1String("ja")
                         ? QStringList{QStringLiteral("Noto Sans CJK JP"),
                                       QStringLiteral("DejaVu Sans")}
                         : QStringList{QStringLiteral("DejaVu Sans"),
                                       QStringLiteral("Noto Sans CJK JP")});
    font.setPointSizeF(points);
    font.setStyleHint(QFont::SansSerif);
    // No ligatures: "ff" in a threat id or "verschaffen" must stay two letters, so that a search
    // or a copy from the PDF finds the text as written.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QString withLineBreaks(QString text)
{
    return text.replace(QLatin1Char('\n'), QChar::LineSeparator);
}

// Lays the content out as a QTextDocument whose units are the target device's pixels.
// The rows of a long table that a document holds: a long table is laid out in pieces, each in
// a document of its own (see chunksOf()).
struct TableRows {
    std::size_t block = std::numeric_limits<std::size_t>::max(); // the table's block, if any
    std::size_t first = 0;
    std::size_t count = 0;
};

class DocumentBuilder {
public:
    enum class Diagrams { Vector, Image };

    DocumentBuilder(const Content &content, ReportDiagrams &diagrams, QTextDocument &document,
                    Diagrams mode, double dotsPerInch, QSizeF body)
        : m_content(content), m_diagrams(diagrams), m_document(document), m_mode(mode),
          m_dpi(dotsPerInch), m_body(body), m_cursor(&document)
    {
        m_document.setDefaultFont(reportFont(content.language, 9));
        m_document.setDocumentMargin(0);
        // Break lines between words; a column is as wide as its longest word ("Mitigated",
        // a threat id), never "Mitigat-ed".
        QTextOption option = m_document.defaultTextOption();
        option.setWrapMode(QTextOption::WordWrap);
        m_document.setDefaultTextOption(option);
    }

    // The blocks [begin, end), after the title page and contents when `withTitlePage`. The
    // first block starts `topOffset` device pixels down, where the chunk before it ended
    // (a chunk that starts with a table starts at the top). The table of `rows.block` shows
    // only those rows.
    // `onNewPage`: the subheadings (by number) that start a page, as keepHeadingsWithNext()
    // found when this document was made before.
    void build(std::size_t begin, std::size_t end, bool withTitlePage, double topOffset,
               const TableRows &rows = {}, const std::vector<std::size_t> &onNewPage = {})
    {
        m_subheadingsOnNewPage = onNewPage;
        // One edit block: the layout runs once at the end, not after every cell.
        m_document.setUndoRedoEnabled(false);
        m_topOffset = topOffset;
        m_rows = rows;
        m_cursor.beginEditBlock();
        if (withTitlePage)
            titlePage();
        for (std::size_t i = begin; i < end; ++i) {
            m_blockIndex = i;
            block(m_content.blocks[i]);
        }
        m_cursor.endEditBlock();
    }

    void build(const Progress &progress)
    {
        build(0, m_content.blocks.size(), true, 0);
        if (progress)
            progress(1.0);
    }

    // The listed headings of this document, in order, with their page (from 0).
    std::vector<int> headingPages(double pageHeight) const
    {
        std::vector<int> pages;
        QAbstractTextDocumentLayout *layout = m_document.documentLayout();
        for (const QTextCursor &cursor : m_listedHeadings)
            pages.push_back(int(layout->blockBoundingRect(cursor.block()).top() / pageHeight));
        return pages;
    }

    // Moves every subheading that ends a page to the next page, with what it heads: Qt has no
    // "keep with next". A move can strand another heading further on, so it runs until none
    // is left (a few rounds at most; each lays out again only from the first heading moved).
    // Returns the subheadings moved, by their number in the document, for build() to move
    // from the start the next time the same document is made.
    std::vector<std::size_t> keepHeadingsWithNext(double pageHeight)
    {
        QAbstractTextDocumentLayout *layout = m_document.documentLayout();
        auto pageOf = [&](const QTextBlock &block) {
            return int(layout->blockBoundingRect(block).top() / pageHeight);
        };
        std::vector<std::size_t> moved;
        for (int round = 0; round < 4; ++round) {
            std::vector<std::size_t> stranded;
            for (std::size_t i = 0; i < m_subheadings.size(); ++i) {
                const QTextBlock block = m_subheadings[i].block();
                const QTextBlock next = block.next(); // a table's first cell when one follows
                if (next.isValid() && pageOf(next) > pageOf(block)
                    && block.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_AlwaysBefore)
                    stranded.push_back(i);
            }
            if (stranded.empty())
                break;
            QTextCursor edit(&m_document);
            edit.beginEditBlock();
            for (std::size_t i : stranded) {
                QTextCursor heading = m_subheadings[i];
                QTextBlockFormat format = heading.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                heading.setBlockFormat(format);
            }
            edit.endEditBlock();
            moved.insert(moved.end(), stranded.begin(), stranded.end());
        }
        std::sort(moved.begin(), moved.end());
        return moved;
    }

    // The first row of the last table, counted in the whole table, that does not end above
    // `top` (device pixels); the table's end when every row does.
    std::size_t firstRowNotAbove(double top) const
    {
        if (!m_lastTable)
            return 0;
        QAbstractTextDocumentLayout *layout = m_document.documentLayout();
        for (int row = 1; row < m_lastTable->rows(); ++row)
            for (int column = 0; column < m_lastTable->columns(); ++column) {
                const QTextBlock cell = m_lastTable->cellAt(row, column).firstCursorPosition().block();
                if (layout->blockBoundingRect(cell).bottom() > top)
                    return m_lastTableFirstRow + std::size_t(row - 1);
            }
        return m_lastTableFirstRow + std::size_t(m_lastTable->rows() - 1);
    }

    // Where each listed heading's page number goes in the contents, in document coordinates.
    // They are painted over the laid-out page rather than typed into the document: an edit
    // would lay the whole document out again.
    struct PageNumber {
        QRectF rect;
        QString text;
    };
    // `pages`: the page number of each listed heading, in order.
    std::vector<PageNumber> contentsPageNumbers(const std::vector<int> &pages) const
    {
        std::vector<PageNumber> numbers;
        if (!m_contents)
            return numbers;
        QAbstractTextDocumentLayout *layout = m_document.documentLayout();
        for (std::size_t row = 0; row < pages.size() && int(row) < m_contents->rows(); ++row) {
            const QTextBlock cell = m_contents->cellAt(int(row), 2).firstCursorPosition().block();
            numbers.push_back({layout->blockBoundingRect(cell), QString::number(pages[row])});
        }
        return numbers;
    }

private:
    // Lengths in formats (margins, padding, borders, fixed widths) are in pixels at 96 dpi; the
    // layout scales them to the device. Object sizes are in device pixels.
    static double points(double value) { return value * 96.0 / 72.0; }
    double logicalWidth() const { return m_body.width() * 96.0 / m_dpi; }

    QTextCharFormat charFormat(double size, bool bold = false, QColor colour = Qt::black) const
    {
        QTextCharFormat format;
        format.setFont(reportFont(m_content.language, size));
        if (bold)
            format.setFontWeight(QFont::Bold);
        format.setForeground(colour);
        return format;
    }

    void newBlock(QTextBlockFormat format, const QTextCharFormat &chars)
    {
        if (!m_first) {
            m_cursor.insertBlock(format, chars);
            return;
        }
        m_first = false;
        format.setPageBreakPolicy(QTextFormat::PageBreak_Auto); // the chunk is on its page
        if (m_topOffset > 0) {
            // Qt ignores the top margin of a document's first block: a block of no height
            // goes first, and the margin of the next takes it down to where the chunk before
            // left the page.
            makeFirstBlockEmpty();
            format.setTopMargin(format.topMargin() + m_topOffset * 96.0 / m_dpi);
            m_cursor.insertBlock(format, chars);
        } else {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
        }
    }

    void makeFirstBlockEmpty()
    {
        QTextBlockFormat empty;
        empty.setLineHeight(0, QTextBlockFormat::FixedHeight);
        m_cursor.setBlockFormat(empty);
        m_cursor.setBlockCharFormat(charFormat(1));
    }

    void text(const QString &value, const QTextCharFormat &chars,
              QTextBlockFormat format = {})
    {
        newBlock(format, chars);
        if (m_mode == Diagrams::Vector) {
            m_cursor.insertText(withLineBreaks(value), chars);
            return;
        }
        // ODF: a paragraph per line (see setCell() for why not line breaks).
        const QStringList lines = value.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_cursor.insertBlock(format, chars);
            m_cursor.insertText(lines[i], chars);
        }
    }

    void titlePage()
    {
        QTextBlockFormat title;
        title.setTopMargin(points(90));
        title.setBottomMargin(points(24));
        text(m_content.title, charFormat(20, true), title);
        std::vector<std::pair<QString, QString>> fields;
        for (const Block &block : m_content.blocks)
            if (block.kind == Block::Kind::Fields) { // the document control's first fields
                for (std::size_t i = 0; i < block.fields.size() && i < 3; ++i)
                    if (i != 1) // the title is above
                        fields.push_back(block.fields[i]);
                break;
            }
        fields.push_back({QString(), m_content.date});
        std::erase_if(fields, [](const auto &field) { return field.first.isEmpty() && field.second.isEmpty(); });
        for (const auto &[label, value] : fields)
            text(label.isEmpty() ? value : label + QStringLiteral(": ") + value,
                 charFormat(11));

        QTextBlockFormat heading;
        heading.setTopMargin(points(40));
        heading.setBottomMargin(points(8));
        text(m_content.contentsLabel, charFormat(14, true), heading);
        int rows = 0;
        for (const Block &block : m_content.blocks)
            rows += block.kind == Block::Kind::Heading && block.listed && block.level <= 2;
        if (rows == 0)
            return;
        m_contents = insertTable(rows, 3, {10, 80, 10}, false);
        int row = 0;
        for (const Block &block : m_content.blocks) {
            if (block.kind != Block::Kind::Heading || !block.listed || block.level > 2)
                continue;
            setCell(*m_contents, row, 0, block.number, charFormat(9, block.level == 1));
            setCell(*m_contents, row, 1, block.text, charFormat(9, block.level == 1));
            setCell(*m_contents, row, 2, QStringLiteral(" "), charFormat(9));
            ++row;
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    void block(const Block &block)
    {
        switch (block.kind) {
        case Block::Kind::Heading: heading(block); break;
        case Block::Kind::Paragraph: {
            QTextBlockFormat format;
            format.setBottomMargin(points(5));
            text(block.text, charFormat(9), format);
            break;
        }
        case Block::Kind::Note: {
            QTextBlockFormat format;
            format.setBottomMargin(points(4));
            QTextCharFormat chars = charFormat(8, false, QColor(0x44, 0x44, 0x44));
            chars.setFontItalic(true);
            text(block.text, chars, format);
            break;
        }
        case Block::Kind::Fields: fields(block.fields); break;
        case Block::Kind::Table:
            if (!block.table.csvOnly)
                table(block.table);
            break;
        case Block::Kind::Diagram: diagram(block); break;
        case Block::Kind::PageBreak: {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            text(QString(), charFormat(9), format);
            break;
        }
        }
    }

    void heading(const Block &block)
    {
        QTextBlockFormat format;
        format.setHeadingLevel(block.level);
        const double size = block.level == 1 ? 15 : block.level == 2 ? 11.5 : 10;
        format.setTopMargin(points(block.level == 1 ? 0 : 10));
        format.setBottomMargin(points(block.level == 1 ? 10 : 5));
        if (block.level == 1)
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        text(block.number + QStringLiteral("  ") + block.text, charFormat(size, true), format);
        if (block.listed && block.level <= 2)
            m_listedHeadings.push_back(QTextCursor(m_cursor.block()));
        if (block.level > 1) {
            if (std::binary_search(m_subheadingsOnNewPage.begin(), m_subheadingsOnNewPage.end(),
                                   m_subheadings.size())) {
                QTextBlockFormat moved = m_cursor.blockFormat();
                moved.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                m_cursor.setBlockFormat(moved);
            }
            m_subheadings.push_back(QTextCursor(m_cursor.block()));
        }
    }

    QTextTable *insertTable(int rows, int columns, const std::vector<int> &widths, bool borders)
    {
        QTextTableFormat format;
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        format.setCellPadding(points(2.5));
        format.setCellSpacing(0);
        format.setBorderCollapse(false);
        format.setBorder(0);
        m_ruled = borders;
        format.setTopMargin(points(2));
        format.setBottomMargin(points(8));
        // Fixed widths from the shares: Qt's percentages drift from the shares asked for.
        QList<QTextLength> constraints;
        const int total = std::max(1, std::accumulate(widths.begin(), widths.end(), 0));
        const double usable = logicalWidth()
                              - columns * (2 * format.cellPadding() + format.border())
                              - format.border();
        for (int i = 0; i < columns; ++i)
            constraints << QTextLength(QTextLength::FixedLength,
                                       usable * (i < int(widths.size()) ? widths[std::size_t(i)] : 1)
                                           / (i < int(widths.size()) ? total : columns));
        format.setColumnWidthConstraints(constraints);
        if (m_first) { // a table cannot be the first thing: it follows a block of no height
            makeFirstBlockEmpty();
            m_first = false;
        }
        QTextTable *table = m_cursor.insertTable(rows, columns, format);
        m_cursor.movePosition(QTextCursor::End);
        return table;
    }

    // Every other row of a ruled table shaded (by `stripe`, the row's number in the whole
    // table); `shade` fills the cell instead.
    void formatCell(QTextTable &table, int row, int column, const QColor &shade = {},
                    int stripe = -1) const
    {
        // Rows told apart by shading, not by rules: Qt draws a collapsed cell border by looking
        // up its neighbours, which costs time in proportion to the table for every cell.
        QColor fill = shade;
        if (!fill.isValid() && m_ruled && (stripe < 0 ? row : stripe) % 2 == 0)
            fill = QColor(0xf3, 0xf5, 0xf8);
        if (!fill.isValid())
            return;
        QTextTableCellFormat format;
        format.setBackground(fill);
        table.cellAt(row, column).setFormat(format);
    }

    void setCell(QTextTable &table, int row, int column, const QString &value,
                 const QTextCharFormat &chars) const
    {
        QTextCursor cursor = table.cellAt(row, column).firstCursorPosition();
        if (m_mode == Diagrams::Vector) {
            cursor.insertText(withLineBreaks(value), chars);
            return;
        }
        // ODF: the lines run on, with a dot between. Qt 6.4's ODF writer puts a tab before every
        // line break, which throws the next line out of place in LibreOffice and Word, and
        // turns a cell's second paragraph into a cell of its own.
        cursor.insertText(value.split(QLatin1Char('\n')).join(QStringLiteral(" · ")), chars);
    }

    void fields(const std::vector<std::pair<QString, QString>> &list)
    {
        QTextTable *table = insertTable(int(list.size()), 2, {28, 72}, true);
        const QTextCharFormat label = charFormat(8.5, true);
        const QTextCharFormat value = charFormat(8.5);
        for (std::size_t i = 0; i < list.size(); ++i) {
            formatCell(*table, int(i), 0, QColor(0xf2, 0xf2, 0xf2));
            formatCell(*table, int(i), 1);
            setCell(*table, int(i), 0, list[i].first, label);
            setCell(*table, int(i), 1, list[i].second, value);
        }
    }

    void table(const Table &content)
    {
        const int columns = int(content.header.size());
        std::size_t first = 0;
        std::size_t count = content.rows.size();
        if (m_blockIndex == m_rows.block) {
            first = std::min(m_rows.first, content.rows.size());
            count = std::min(m_rows.count, content.rows.size() - first);
        }
        QTextTable *table = insertTable(int(count) + 1, columns, content.widths, true);
        m_lastTable = table;
        m_lastTableFirstRow = first;
        QTextTableFormat format = table->format();
        format.setHeaderRowCount(1); // repeated at the top of every page the table spans
        table->setFormat(format);
        const QTextCharFormat head = charFormat(8, true);
        const QTextCharFormat body = charFormat(8);
        for (int c = 0; c < columns; ++c) {
            formatCell(*table, 0, c, QColor(0xe4, 0xe8, 0xee));
            setCell(*table, 0, c, content.header[c], head);
        }
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t r = first + i;
            const QStringList &row = content.rows[r];
            for (int c = 0; c < columns && c < row.size(); ++c) {
                QColor shade;
                if (r < content.shading.size() && std::size_t(c) < content.shading[r].size())
                    shade = content.shading[r][std::size_t(c)];
                formatCell(*table, int(i) + 1, c, shade, int(r) + 1);
                setCell(*table, int(i) + 1, c, row[c], body);
            }
        }
    }

    void diagram(const Block &block)
    {
        // As large as the page allows, leaving room for the heading and caption above it.
        const QSizeF natural = m_diagrams.size(block.diagram);
        if (natural.isEmpty())
            return;
        const QSizeF available(m_body.width(), m_body.height() * 0.78);
        const double perPoint = m_dpi / 72.0;
        const double scale = std::min({available.width() / (natural.width() * perPoint),
                                       available.height() / (natural.height() * perPoint), 1.5});
        const QSizeF size(natural.width() * perPoint * scale, natural.height() * perPoint * scale);
        QTextBlockFormat format;
        format.setAlignment(Qt::AlignHCenter);
        format.setBottomMargin(points(6));
        newBlock(format, charFormat(9));
        if (m_mode == Diagrams::Vector) {
            insertDiagramObject(block.diagram, size);
            if (ReportDiagrams::smallestTextPoints(scale) < kMinimumPrintTextPoints)
                diagramSheets(block.diagram);
        } else {
            const QString name = QStringLiteral("diagram-%1.png")
                                     .arg(QString::fromStdString(block.diagram));
            m_document.addResource(QTextDocument::ImageResource, QUrl(name),
                                   m_diagrams.image(block.diagram, 200));
            QTextImageFormat image;
            image.setName(name);
            image.setWidth(size.width());
            image.setHeight(size.height());
            m_cursor.insertImage(image);
        }
    }

    // A diagram object; `sheet`: one of the diagram's sheets rather than the whole of it.
    void insertDiagramObject(const Id &diagram, QSizeF size, int sheet = -1)
    {
        QTextCharFormat object;
        object.setObjectType(kDiagramObject);
        object.setProperty(kDiagramId, QString::fromStdString(diagram));
        if (sheet >= 0)
            object.setProperty(kDiagramSheet, sheet);
        object.setProperty(QTextFormat::ImageWidth, size.width());
        object.setProperty(QTextFormat::ImageHeight, size.height());
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
    }

    // After a diagram whose labels are too small on the page: the diagram again, in sheets at
    // a readable size, a page each (turned a quarter), or a note when they would be too many.
    void diagramSheets(const Id &diagram)
    {
        const double perPoint = m_dpi / 72.0;
        const DiagramSheets &sheets = m_diagrams.sheets(diagram, m_body / perPoint);
        QTextBlockFormat note;
        note.setBottomMargin(points(5));
        if (sheets.count() > kMaxSheetsPerDiagram) {
            text(m_content.tooManySheetsNote.arg(sheets.count()), charFormat(9), note);
            return;
        }
        text(m_content.sheetsNote.arg(sheets.count()), charFormat(9), note);
        // A sheet takes the page but for a line's height, so that its block fits.
        const QSizeF size(m_body.width(), m_body.height() - 16 * perPoint);
        for (int i = 0; i < sheets.count(); ++i) {
            QTextBlockFormat page;
            page.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            newBlock(page, charFormat(1));
            insertDiagramObject(diagram, size, i);
        }
    }

    const Content &m_content;
    ReportDiagrams &m_diagrams;
    QTextDocument &m_document;
    Diagrams m_mode;
    double m_dpi;
    QSizeF m_body;
    QTextCursor m_cursor;
    bool m_first = true;
    bool m_ruled = false; // the table being filled has rules under its rows
    QTextTable *m_contents = nullptr;
    QTextTable *m_lastTable = nullptr;
    std::size_t m_lastTableFirstRow = 0;
    TableRows m_rows;
    std::size_t m_blockIndex = 0; // of the block being built
    double m_topOffset = 0; // device pixels
    std::vector<QTextCursor> m_listedHeadings; // cursors follow later edits
    std::vector<QTextCursor> m_subheadings;    // levels 2 and 3: kept with what follows
    std::vector<std::size_t> m_subheadingsOnNewPage;
};

void paintHeaderAndFooter(QPainter &painter, const Content &content, const QRectF &area,
                          double band, int page, int pages)
{
    painter.save();
    const double dpi = painter.device()->logicalDpiY();
    painter.setFont(reportFont(content.language, 7.5));
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 0.5 * dpi / 72.0));
    const QRectF header(area.left(), area.top(), area.width(), band * 0.7);
    const QRectF footer(area.left(), area.bottom() - band * 0.7, area.width(), band * 0.7);
    QStringList control;
    if (!content.documentId.isEmpty())
        control << content.documentId;
    if (!content.revision.isEmpty())
        control << content.revision;
    const QString right = control.join(QStringLiteral(" · "));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const double rightWidth = metrics.horizontalAdvance(right);
    painter.drawText(QRectF(header.left(), header.top(), header.width() - rightWidth - band,
                            header.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(content.title, Qt::ElideRight,
                                        header.width() - rightWidth - band));
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.drawLine(header.bottomLeft(), header.bottomRight());
    painter.drawLine(footer.topLeft(), footer.topRight());
    painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, content.date);
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     content.pageLabel.arg(page).arg(pages));
    painter.restore();
}

} // namespace

namespace {

// A stretch of the content laid out as its own document. Qt draws a page by walking the whole
// document, so one document of thousands of pages costs pages x size; chunks keep that small.
struct Chunk {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool titlePage = false;
    bool newPage = false; // starts a page: a section, or a long table's piece after the first
    TableRows rows;       // the rows of a long table at its end
    // Moved there to keep them with what follows; known once the chunk has been laid out.
    std::optional<std::vector<std::size_t>> headingsOnNewPage;
    int firstPage = 0;    // from 0
    int pages = 0;
    double offset = 0;    // device pixels down the first page where the chunk's content starts
    std::unique_ptr<QTextDocument> document;
    std::unique_ptr<DocumentBuilder> builder;
};

constexpr std::size_t kRowsPerPiece = 200;

// Chunks begin at sections (which start a page) and, inside a long section, at a heading once
// the chunk holds enough blocks. A chunk ends after a long table, holding its first rows only;
// paintReport() adds a chunk for each further piece (a table of 20,000 rows laid out whole
// takes a hundred megabytes, and Qt walks all of it for every page it draws).
std::vector<Chunk> chunksOf(const Content &content)
{
    constexpr std::size_t kBlocksPerChunk = 120;
    std::vector<Chunk> chunks;
    Chunk current;
    current.titlePage = true;
    auto close = [&](std::size_t at) {
        if (current.titlePage || current.begin < at) {
            current.end = at;
            chunks.push_back(std::move(current));
        }
        current = Chunk{};
        current.begin = at;
    };
    for (std::size_t i = 0; i < content.blocks.size(); ++i) {
        const Block &block = content.blocks[i];
        const bool section = block.kind == Block::Kind::Heading && block.level == 1;
        const bool longEnough = block.kind == Block::Kind::Heading
                                && i - current.begin >= kBlocksPerChunk;
        if (section || longEnough) {
            close(i);
            current.newPage = section;
        }
        if (block.kind == Block::Kind::Table && !block.table.csvOnly
            && block.table.rows.size() > kRowsPerPiece) {
            current.rows = {i, 0, kRowsPerPiece};
            close(i + 1);
        }
    }
    close(content.blocks.size());
    return chunks;
}

} // namespace

int paintReport(const Content &content, ReportDiagrams &diagrams, QPagedPaintDevice &device,
                const Progress &progress)
{
    const double dpi = device.logicalDpiY();
    const QRectF area(QPointF(0, 0), QSizeF(device.width(), device.height()));
    const double band = 24 * dpi / 72.0; // header and footer, each
    const QRectF body(area.left(), area.top() + band, area.width(), area.height() - 2 * band);
    DiagramObject objects(diagrams);
    diagrams.setRevisionAndDate(content.revision, content.date);

    auto layOut = [&](Chunk &chunk) {
        chunk.document = std::make_unique<QTextDocument>();
        chunk.document->documentLayout()->setPaintDevice(&device);
        chunk.document->setPageSize(body.size());
        chunk.document->documentLayout()->registerHandler(kDiagramObject, &objects);
        chunk.builder = std::make_unique<DocumentBuilder>(content, diagrams, *chunk.document,
                                                          DocumentBuilder::Diagrams::Vector,
                                                          dpi, body.size());
        chunk.builder->build(chunk.begin, chunk.end, chunk.titlePage, chunk.offset, chunk.rows,
                             chunk.headingsOnNewPage.value_or(std::vector<std::size_t>{}));
        if (!chunk.headingsOnNewPage)
            chunk.headingsOnNewPage = chunk.builder->keepHeadingsWithNext(body.height());
    };

    // Lay every chunk out, each continuing on the page where the one before ended (a section
    // starts a new page), and find the page of every listed heading for the contents. Only
    // the chunks of the first pages stay laid out for painting; the rest are laid out again
    // when their turn comes, so memory stays flat however long the report (a laid-out page
    // takes about 130 KB).
    constexpr int kPagesKeptLaidOut = 100;
    std::vector<Chunk> chunks = chunksOf(content);
    std::vector<int> headingPages;
    {
        timings::Scope scope("lay out");
        int page = 0;
        double used = 0;
        for (std::size_t c = 0; c < chunks.size(); ++c) {
            Chunk &chunk = chunks[c];
            chunk.firstPage = c == 0 ? 0 : chunk.newPage ? page + 1 : page;
            chunk.offset = c == 0 || chunk.newPage ? 0 : used;
            layOut(chunk);
            chunk.pages = std::max(1, chunk.document->pageCount());
            used = chunk.document->size().height() - (chunk.pages - 1) * body.height();
            for (int local : chunk.builder->headingPages(body.height()))
                headingPages.push_back(chunk.firstPage + local + 1);

            // The rest of a long table goes on in a piece of its own from the top of the next
            // page. This one ends with the last page it fills: the rows on its last page go to
            // the next piece, so that no page is left part empty.
            std::optional<Chunk> piece;
            const std::size_t total = chunk.rows.block < content.blocks.size()
                                          ? content.blocks[chunk.rows.block].table.rows.size()
                                          : 0;
            if (chunk.rows.first + chunk.rows.count < total) {
                std::size_t next = chunk.rows.first + chunk.rows.count;
                if (chunk.pages >= 2) {
                    const std::size_t lastPageRow = chunk.builder->firstRowNotAbove(
                        (chunk.pages - 1) * body.height());
                    if (lastPageRow > chunk.rows.first) {
                        next = lastPageRow;
                        chunk.rows.count = next - chunk.rows.first;
                        chunk.pages -= 1;
                    }
                }
                piece.emplace();
                piece->begin = chunk.rows.block;
                piece->end = chunk.rows.block + 1;
                piece->newPage = true;
                piece->rows = {chunk.rows.block, next, kRowsPerPiece};
            }
            page = chunk.firstPage + chunk.pages - 1;
            if (chunk.firstPage >= kPagesKeptLaidOut) {
                chunk.builder.reset();
                chunk.document.reset();
            }
            if (piece)
                chunks.insert(chunks.begin() + std::ptrdiff_t(c) + 1, std::move(*piece));
            if (progress)
                progress(0.4 * std::min(1.0, double(c + 1) / double(chunks.size())));
        }
    }
    const int pages = chunks.back().firstPage + chunks.back().pages;

    timings::Scope scope("paint");
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    int current = -1; // the physical page being painted
    for (std::size_t c = 0; c < chunks.size(); ++c) {
        Chunk &chunk = chunks[c];
        if (!chunk.document)
            layOut(chunk);
        const auto pageNumbers = chunk.titlePage ? chunk.builder->contentsPageNumbers(headingPages)
                                                 : std::vector<DocumentBuilder::PageNumber>{};
        for (int local = 0; local < chunk.pages; ++local) {
            const int page = chunk.firstPage + local;
            if (page != current) {
                if (current >= 0)
                    device.newPage();
                current = page;
                paintHeaderAndFooter(painter, content, area, band, page + 1, pages);
            }
            painter.save();
            painter.setClipRect(body);
            painter.translate(body.left(), body.top() - local * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, local * body.height(), body.width(), body.height());
            chunk.document->documentLayout()->draw(&painter, context);
            painter.setFont(reportFont(content.language, 9));
            for (const auto &number : pageNumbers)
                if (context.clip.intersects(number.rect))
                    painter.drawText(number.rect, Qt::AlignRight | Qt::AlignVCenter, number.text);
            painter.restore();
        }
        chunk.builder.reset(); // painted: free it
        chunk.document.reset();
        if (progress)
            progress(0.4 + 0.6 * double(c + 1) / double(chunks.size()));
    }
    painter.end();
    return pages;
}

QByteArray writePdf(const Content &content, ReportDiagrams &diagrams, Paper paper,
                    const Progress &progress)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(300);
        writer.setTitle(content.title);
        writer.setCreator(QStringLiteral("Vigil"));
        writer.setPageLayout(QPageLayout(
            QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4),
            QPageLayout::Portrait, QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter));
        paintReport(content, diagrams, writer, progress);
    }
    return makePdfDeterministic(makePdfTextSearchable(std::move(bytes)),
                                QDate::fromString(content.date, Qt::ISODate));
}

QByteArray writeOdt(const Content &content, ReportDiagrams &diagrams, const Progress &progress)
{
    QTextDocument document;
    // A4's text width at 96 dpi, the unit a QTextDocument without a device uses.
    const QSizeF body(174 / 25.4 * 96, 257 / 25.4 * 96);
    document.setPageSize(body);
    DocumentBuilder builder(content, diagrams, document, DocumentBuilder::Diagrams::Image, 96,
                            body);
    builder.build(progress);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        throw std::runtime_error("the ODF writer failed");
    buffer.close();
    return makeZipDeterministic(std::move(bytes),
                                QDate::fromString(content.date, Qt::ISODate));
}

} // namespace vigil::report

#include "ReportDocument.moc"
