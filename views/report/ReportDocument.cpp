#include "views/report/ReportDocument.h"

#include "views/report/PostProcess.h"
#include "views/report/ReportDiagrams.h"
#include "views/diagram/DiagramExport.h"

#include "model/ModelFile.h"
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
// a document of its own (see ChunkSplitter).
struct TableRows {
    std::size_t block = std::numeric_limits<std::size_t>::max(); // the table's block, if any
    std::size_t first = 0;
    std::size_t count = 0;
};

// What the title page shows besides the title and the date: the document control's first
// fields and the contents (the listed headings of levels 1 and 2). Gathered from the blocks as
// they pass, so that a report streamed a block at a time need not be held for it.
struct TitlePage {
    std::vector<std::pair<QString, QString>> fields;
    std::vector<Block> headings;
    bool fieldsSeen = false;

    void add(const Block &block)
    {
        if (block.kind == Block::Kind::Fields && !fieldsSeen) {
            fieldsSeen = true;
            for (std::size_t i = 0; i < block.fields.size() && i < 3; ++i)
                if (i != 1) // the title is above
                    fields.push_back(block.fields[i]);
        }
        if (block.kind == Block::Kind::Heading && block.listed && block.level <= 2) {
            Block heading;
            heading.kind = block.kind;
            heading.level = block.level;
            heading.number = block.number;
            heading.text = block.text;
            headings.push_back(std::move(heading));
        }
    }
};

TitlePage titlePageOf(const std::vector<Block> &blocks)
{
    TitlePage page;
    for (const Block &block : blocks)
        page.add(block);
    return page;
}

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

    // The blocks [begin, end) of `blocks`, after the title page and contents when `title` is
    // given. The first block starts `topOffset` device pixels down, where the chunk before it
    // ended (a chunk that starts with a table starts at the top). The table at `rows.block`
    // shows only those rows. `onNewPage`: the subheadings (by number) that start a page, as
    // keepHeadingsWithNext() found when this document was made before. The blocks need not
    // outlive the call.
    void build(const std::vector<Block> &blocks, std::size_t begin, std::size_t end,
               const TitlePage *title, double topOffset, const TableRows &rows = {},
               const std::vector<std::size_t> &onNewPage = {})
    {
        m_subheadingsOnNewPage = onNewPage;
        // One edit block: the layout runs once at the end, not after every cell.
        m_document.setUndoRedoEnabled(false);
        m_topOffset = topOffset;
        m_rows = rows;
        m_cursor.beginEditBlock();
        if (title)
            titlePage(*title);
        for (std::size_t i = begin; i < end; ++i) {
            m_blockIndex = i;
            block(blocks[i]);
        }
        m_cursor.endEditBlock();
    }

    // The whole content, title page first.
    void build(const Progress &progress)
    {
        const TitlePage title = titlePageOf(m_content.blocks);
        build(m_content.blocks, 0, m_content.blocks.size(), &title, 0);
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
                const QTextBlock cell = firstBlockOf(m_lastTable->cellAt(row, column));
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
            const QTextBlock cell = firstBlockOf(m_contents->cellAt(int(row), 2));
            numbers.push_back({layout->blockBoundingRect(cell), QString::number(pages[row])});
        }
        return numbers;
    }

private:
    // Found by position: a cursor would lay the cell's line out for its x position, which
    // for every cell of a long table costs megabytes.
    QTextBlock firstBlockOf(const QTextTableCell &cell) const
    {
        return m_document.findBlock(cell.firstPosition());
    }

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

    void titlePage(const TitlePage &page)
    {
        QTextBlockFormat title;
        title.setTopMargin(points(90));
        title.setBottomMargin(points(24));
        text(m_content.title, charFormat(20, true), title);
        std::vector<std::pair<QString, QString>> fields = page.fields;
        fields.push_back({QString(), m_content.date});
        std::erase_if(fields, [](const auto &field) { return field.first.isEmpty() && field.second.isEmpty(); });
        for (const auto &[label, value] : fields)
            text(label.isEmpty() ? value : label + QStringLiteral(": ") + value,
                 charFormat(11));

        QTextBlockFormat heading;
        heading.setTopMargin(points(40));
        heading.setBottomMargin(points(8));
        text(m_content.contentsLabel, charFormat(14, true), heading);
        if (page.headings.empty())
            return;
        m_contents = insertTable(int(page.headings.size()), 3, {10, 80, 10}, false);
        int row = 0;
        for (const Block &block : page.headings) {
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

constexpr std::size_t kRowsPerPiece = 200;

bool isLongTable(const Block &block)
{
    return block.kind == Block::Kind::Table && !block.table.csvOnly
           && block.table.rows.size() > kRowsPerPiece;
}

// Cuts the stream of blocks into chunks, each laid out as a document of its own: Qt draws a
// page by walking the whole document, so one document of thousands of pages costs pages x size.
// A chunk begins at a section (which starts a page) and, inside a long section, at a heading
// once it holds enough blocks. A chunk ends after a long table, which paintReport() lays out in
// pieces (a table of 20,000 rows laid out whole takes a hundred megabytes). Only the chunk being
// filled is held.
class ChunkSplitter {
public:
    // Hears each chunk's blocks and whether it starts a page.
    using Closed = std::function<void(const std::vector<Block> &blocks, bool newPage)>;

    explicit ChunkSplitter(Closed closed) : m_closed(std::move(closed)) {}

    void add(Block &&block)
    {
        constexpr std::size_t kBlocksPerChunk = 120;
        const bool section = block.kind == Block::Kind::Heading && block.level == 1;
        const bool longEnough = block.kind == Block::Kind::Heading
                                && m_blocks.size() >= kBlocksPerChunk;
        if (section || longEnough) {
            close();
            m_newPage = section;
        }
        const bool endsChunk = isLongTable(block);
        m_blocks.push_back(std::move(block));
        if (endsChunk)
            close();
    }

    void finish() { close(); }

private:
    void close()
    {
        if (!m_blocks.empty())
            m_closed(m_blocks, m_newPage);
        m_blocks.clear();
        m_newPage = false;
    }

    Closed m_closed;
    std::vector<Block> m_blocks;
    bool m_newPage = false;
};

// Where a chunk, or a further piece of the long table that ends one, goes on the pages: found
// when the report is laid out to number its pages, used again when it is painted.
struct Placement {
    bool piece = false;   // the rest of the table that ends the chunk before, from a new page
    TableRows rows;       // the rows of a long table at the chunk's end, by block in the chunk
    // Moved there to keep them with what follows; known once laid out.
    std::optional<std::vector<std::size_t>> headingsOnNewPage;
    int firstPage = 0;    // from 0
    int pages = 0;
    double offset = 0;    // device pixels down the first page where the content starts
    std::unique_ptr<QTextDocument> document;
    std::unique_ptr<DocumentBuilder> builder;
};

// The report from `stream` painted page by page onto `device`; returns the number of pages.
int paintReport(const Content &header, const BlockStream &stream, ReportDiagrams &diagrams,
                QPagedPaintDevice &device, const Progress &progress)
{
    const double dpi = device.logicalDpiY();
    const QRectF area(QPointF(0, 0), QSizeF(device.width(), device.height()));
    const double band = 24 * dpi / 72.0; // header and footer, each
    const QRectF body(area.left(), area.top() + band, area.width(), area.height() - 2 * band);
    DiagramObject objects(diagrams);
    diagrams.setRevisionAndDate(header.revision, header.date);

    // A chunk lays out all its blocks; a piece only the table it goes on with.
    const auto layOut = [&](Placement &place, const std::vector<Block> &blocks,
                            const TitlePage *title) {
        place.document = std::make_unique<QTextDocument>();
        place.document->documentLayout()->setPaintDevice(&device);
        place.document->setPageSize(body.size());
        place.document->documentLayout()->registerHandler(kDiagramObject, &objects);
        place.builder = std::make_unique<DocumentBuilder>(header, diagrams, *place.document,
                                                          DocumentBuilder::Diagrams::Vector,
                                                          dpi, body.size());
        const std::size_t begin = place.piece ? place.rows.block : 0;
        const std::size_t end = place.piece ? place.rows.block + 1 : blocks.size();
        place.builder->build(blocks, begin, end, title, place.offset, place.rows,
                             place.headingsOnNewPage.value_or(std::vector<std::size_t>{}));
        if (!place.headingsOnNewPage)
            place.headingsOnNewPage = place.builder->keepHeadingsWithNext(body.height());
    };

    // First pass: lay every chunk out, each going on from the page where the one before ended
    // (a section starts a new page), and find the page of every listed heading for the
    // contents. The report is not held: the stream makes it again for the second pass. Only
    // the chunks of the first pages stay laid out for painting; the rest are laid out again
    // when their turn comes, so memory stays flat however long the report (a laid-out page
    // takes about 130 KB).
    constexpr int kPagesKeptLaidOut = 100;
    std::vector<Placement> placements;
    std::vector<int> headingPages; // from 0, counted after the title page and contents
    TitlePage title;
    Placement front;               // the title page and contents
    {
        timings::Scope scope("lay out");
        int page = -1;   // the last page used
        double used = 0; // device pixels used on it
        ChunkSplitter splitter([&](const std::vector<Block> &blocks, bool newPage) {
            std::optional<Placement> next(std::in_place);
            if (isLongTable(blocks.back()))
                next->rows = {blocks.size() - 1, 0, kRowsPerPiece};
            bool startsPage = newPage || placements.empty();
            while (next) {
                placements.push_back(std::move(*next));
                next.reset();
                Placement &place = placements.back();
                startsPage = startsPage || place.piece;
                place.firstPage = startsPage ? page + 1 : page;
                place.offset = startsPage ? 0 : used;
                layOut(place, blocks, nullptr);
                place.pages = std::max(1, place.document->pageCount());
                used = place.document->size().height() - (place.pages - 1) * body.height();
                for (int local : place.builder->headingPages(body.height()))
                    headingPages.push_back(place.firstPage + local);

                // The rest of a long table goes on in a piece of its own from the top of the
                // next page. This one ends with the last page it fills: the rows on its last
                // page go to the next piece, so that no page is left part empty.
                const std::size_t total = place.rows.block < blocks.size()
                                              ? blocks[place.rows.block].table.rows.size()
                                              : 0;
                if (place.rows.first + place.rows.count < total) {
                    std::size_t rest = place.rows.first + place.rows.count;
                    if (place.pages >= 2) {
                        const std::size_t lastPageRow = place.builder->firstRowNotAbove(
                            (place.pages - 1) * body.height());
                        if (lastPageRow > place.rows.first) {
                            rest = lastPageRow;
                            place.rows.count = rest - place.rows.first;
                            place.pages -= 1;
                        }
                    }
                    next.emplace();
                    next->piece = true;
                    next->rows = {place.rows.block, rest, kRowsPerPiece};
                }
                page = place.firstPage + place.pages - 1;
                if (place.firstPage >= kPagesKeptLaidOut) {
                    place.builder.reset();
                    place.document.reset();
                }
                startsPage = false;
            }
        });
        stream(
            [&](Block &&block) {
                title.add(block);
                splitter.add(std::move(block));
            },
            [&](double share) {
                if (progress)
                    progress(0.4 * share);
            });
        splitter.finish();

        // The title page and contents go first, now that the headings are known.
        layOut(front, {}, &title);
        front.pages = std::max(1, front.document->pageCount());
        for (Placement &place : placements)
            place.firstPage += front.pages;
        for (int &headingPage : headingPages)
            headingPage += front.pages + 1; // as printed: from 1
    }
    const int pages = placements.empty() ? front.pages
                                         : placements.back().firstPage + placements.back().pages;

    // Second pass: paint, laying out again what was not kept.
    timings::Scope scope("paint");
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    int current = -1; // the physical page being painted
    const auto paint = [&](Placement &place, const std::vector<Block> &blocks) {
        if (!place.document)
            layOut(place, blocks, nullptr);
        const auto pageNumbers = &place == &front
                                     ? place.builder->contentsPageNumbers(headingPages)
                                     : std::vector<DocumentBuilder::PageNumber>{};
        for (int local = 0; local < place.pages; ++local) {
            const int page = place.firstPage + local;
            if (page != current) {
                if (current >= 0)
                    device.newPage();
                current = page;
                paintHeaderAndFooter(painter, header, area, band, page + 1, pages);
            }
            painter.save();
            painter.setClipRect(body);
            painter.translate(body.left(), body.top() - local * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, local * body.height(), body.width(), body.height());
            place.document->documentLayout()->draw(&painter, context);
            painter.setFont(reportFont(header.language, 9));
            for (const auto &number : pageNumbers)
                if (context.clip.intersects(number.rect))
                    painter.drawText(number.rect, Qt::AlignRight | Qt::AlignVCenter, number.text);
            painter.restore();
        }
        place.builder.reset(); // painted: free it
        place.document.reset();
    };
    paint(front, {});
    std::size_t painted = 0;
    const auto paintNext = [&](const std::vector<Block> &blocks) {
        if (painted >= placements.size())
            throw std::logic_error("the report gave more blocks the second time");
        paint(placements[painted], blocks);
        ++painted;
        if (progress)
            progress(0.4 + 0.6 * double(painted) / double(placements.size()));
    };
    const bool allLaidOut = std::all_of(placements.begin(), placements.end(),
                                        [](const Placement &place) { return place.document != nullptr; });
    if (allLaidOut) { // a short report: no need to make it again
        while (painted < placements.size())
            paintNext({});
    } else {
        ChunkSplitter splitter([&](const std::vector<Block> &blocks, bool) {
            do
                paintNext(blocks);
            while (painted < placements.size() && placements[painted].piece);
        });
        stream([&](Block &&block) { splitter.add(std::move(block)); }, {});
        splitter.finish();
    }
    if (painted != placements.size())
        throw std::logic_error("the report gave fewer blocks the second time");
    painter.end();
    return pages;
}

// Paints the report as PDF/A-1b into `out`, before the fixes of PostProcess.h.
void paintPdf(QIODevice &out, const Content &header, const BlockStream &stream,
              ReportDiagrams &diagrams, Paper paper, const Progress &progress)
{
    QPdfWriter writer(&out);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(300);
    writer.setTitle(header.title);
    writer.setCreator(QStringLiteral("Vigil"));
    writer.setPageLayout(QPageLayout(
        QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4),
        QPageLayout::Portrait, QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter));
    paintReport(header, stream, diagrams, writer, progress);
}

} // namespace

int paintReport(const Content &content, ReportDiagrams &diagrams, QPagedPaintDevice &device,
                const Progress &progress)
{
    return paintReport(content, streamOf(content), diagrams, device, progress);
}

void writePdfFile(const std::filesystem::path &path, const Content &header,
                  const BlockStream &stream, ReportDiagrams &diagrams, Paper paper,
                  const Progress &progress)
{
    writeFileAtomically(path, [&](std::ostream &out) {
        PdfFixingDevice fixed([&out](const char *data, qsizetype size) { out.write(data, size); },
                              QDate::fromString(header.date, Qt::ISODate));
        paintPdf(fixed, header, stream, diagrams, paper, progress);
        fixed.close();
    });
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
