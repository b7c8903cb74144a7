#include "views/diagram/DiagramExport.h"

#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/ThreatBadges.h"
#include "views/document/Document.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QTextLayout>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>

namespace vigil {

namespace {

constexpr double kMargin = 32;        // around the composition, scene units
constexpr double kBandGap = 20;       // between the diagram and the legend / title block
constexpr double kMaxPixels = 120e6;  // ~480 MB as ARGB32: the most a single export may take
constexpr double kPageMargin = 28.35; // points (10 mm) around a sheet's printable area
constexpr double kTileOverlap = 160;  // scene units a tile may reach past its cut

// The texts of printed diagrams and export errors, all in the context "DiagramExport".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiagramExport)
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

[[noreturn]] void fail(const QString &message)
{
    throw ExportError(message.toStdString());
}

QFont pixelFont(int pixels, QFont::Weight weight = QFont::Normal)
{
    QFont font;
    font.setPixelSize(pixels);
    font.setWeight(weight);
    return font;
}

// Lines of `text` no wider than `width` (nothing elided; a long word is broken).
QStringList wrapped(const QString &text, const QFont &font, double width)
{
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (lines.isEmpty())
        lines << QString();
    return lines;
}

// ---------------------------------------------------------------- legend

enum class Symbol {
    ExternalEntity, Process, DataStore, Zone, Flow, Crossing, Safety, Wireless, Encrypted,
    OutOfScope, Badge
};

struct LegendEntry {
    Symbol symbol;
    QString text;
};

constexpr double kLegendPadding = 10;
constexpr double kLegendSymbolWidth = 44;
constexpr double kLegendRow = 26;
constexpr double kLegendColumnGap = 22;

const QFont &legendFont()
{
    static const QFont font = pixelFont(11);
    return font;
}

const QFont &headingFont()
{
    static const QFont font = pixelFont(11, QFont::DemiBold);
    return font;
}

// The notation the legend explains: the shapes, lines and marks every DFD uses, plus the
// glyphs, dashes and badges only when this diagram shows them.
std::vector<LegendEntry> legendEntries(DiagramScene &scene, bool badges)
{
    bool wireless = false;
    bool encrypted = false;
    bool outOfScope = false;
    const ThreatModel &model = scene.document()->model();
    for (QGraphicsItem *item : scene.items()) {
        if (auto *flow = qgraphicsitem_cast<FlowItem *>(item)) {
            if (const Flow *data = model.flow(flow->id())) {
                const auto flag = [data](const char *key) {
                    auto it = data->properties.find(key);
                    const bool *value =
                        it == data->properties.end() ? nullptr : std::get_if<bool>(&it->second);
                    return value && *value;
                };
                wireless = wireless || flag("wireless");
                encrypted = encrypted || flag("encrypted");
                outOfScope = outOfScope || data->outOfScope;
            }
        } else if (auto *element = qgraphicsitem_cast<ElementItem *>(item)) {
            if (const Element *data = model.element(element->id()))
                outOfScope = outOfScope || data->outOfScope;
        }
    }
    std::vector<LegendEntry> entries{
        {Symbol::ExternalEntity, Text::tr("External entity")},
        {Symbol::Process, Text::tr("Process")},
        {Symbol::DataStore, Text::tr("Data store")},
        {Symbol::Flow, Text::tr("Data flow: name, protocol in italics")},
        {Symbol::Zone, Text::tr("Trust zone")},
        {Symbol::Crossing, Text::tr("Flow crossing a trust boundary (marked where it crosses)")},
        {Symbol::Safety, Text::tr("Safety-critical element")},
    };
    if (wireless)
        entries.push_back({Symbol::Wireless, Text::tr("Wireless link")});
    if (encrypted)
        entries.push_back({Symbol::Encrypted, Text::tr("Encrypted link")});
    if (outOfScope)
        entries.push_back({Symbol::OutOfScope, Text::tr("Out of scope (dashed, pale)")});
    if (badges)
        entries.push_back({Symbol::Badge, Text::tr("Open threats")});
    return entries;
}

struct LegendLayout {
    std::vector<LegendEntry> entries;
    int columns = 1;
    int rows = 0;
    std::vector<double> columnWidths;
    QSizeF size;
};

// The entries in as many columns as fit `maxWidth` (filled column by column).
LegendLayout layoutLegend(std::vector<LegendEntry> entries, double maxWidth)
{
    LegendLayout layout;
    layout.entries = std::move(entries);
    const QFontMetricsF metrics(legendFont());
    const int count = static_cast<int>(layout.entries.size());
    std::vector<double> widths;
    for (const LegendEntry &entry : layout.entries)
        widths.push_back(kLegendSymbolWidth + 8 + metrics.horizontalAdvance(entry.text));
    const double heading = QFontMetricsF(headingFont()).horizontalAdvance(Text::tr("Legend"));
    for (int wanted = count; wanted >= 1; --wanted) {
        const int rows = (count + wanted - 1) / wanted;
        const int columns = (count + rows - 1) / rows; // no empty column at the end
        std::vector<double> columnWidths(static_cast<size_t>(columns), 0.0);
        for (int i = 0; i < count; ++i)
            columnWidths[static_cast<size_t>(i / rows)] =
                std::max(columnWidths[static_cast<size_t>(i / rows)],
                         widths[static_cast<size_t>(i)]);
        double width = 2 * kLegendPadding + kLegendColumnGap * (columns - 1);
        for (const double column : columnWidths)
            width += column;
        width = std::max(width, heading + 2 * kLegendPadding);
        if (width <= maxWidth || columns == 1) {
            layout.columns = columns;
            layout.rows = rows;
            layout.columnWidths = std::move(columnWidths);
            layout.size = QSizeF(width, 2 * kLegendPadding + 20 + rows * kLegendRow);
            break;
        }
    }
    return layout;
}

void paintSymbol(QPainter &painter, Symbol symbol, const QRectF &cell)
{
    painter.save();
    const QPointF mid(cell.left(), cell.center().y());
    const QPointF end(cell.right(), cell.center().y());
    // Shapes are drawn at twice their legend size and halved, so that they keep the
    // proportions (corner radii, pen widths) they have on the diagram.
    const auto halved = [&painter, &cell](const std::function<void(const QRectF &)> &paint) {
        painter.save();
        painter.translate(cell.topLeft());
        painter.scale(0.5, 0.5);
        paint(QRectF(QPointF(0, 0), cell.size() * 2).adjusted(2, 2, -2, -2));
        painter.restore();
    };
    switch (symbol) {
    case Symbol::ExternalEntity:
    case Symbol::Process:
    case Symbol::DataStore: {
        const ElementKind kind = symbol == Symbol::ExternalEntity ? ElementKind::ExternalEntity
                                 : symbol == Symbol::Process      ? ElementKind::Process
                                                                  : ElementKind::DataStore;
        halved([&](const QRectF &box) { notation::paintElementShape(&painter, kind, box); });
        break;
    }
    case Symbol::OutOfScope:
        painter.setOpacity(0.6);
        halved([&](const QRectF &box) {
            notation::paintElementShape(&painter, ElementKind::Process, box, false, true);
        });
        break;
    case Symbol::Zone:
        halved([&](const QRectF &box) { notation::paintZoneShape(&painter, box); });
        break;
    case Symbol::Flow: notation::paintFlowLine(&painter, mid, end, false); break;
    case Symbol::Crossing:
        notation::paintFlowLine(&painter, mid, end, true);
        notation::paintCrossingMarker(&painter, QPointF(cell.left() + cell.width() * 0.45,
                                                        cell.center().y()));
        break;
    case Symbol::Safety: notation::paintSafetyMark(&painter, cell.center()); break;
    case Symbol::Wireless:
        drawWirelessGlyph(&painter, QRectF(cell.center().x() - 5, cell.center().y() - 6, 10, 12),
                          notation::mutedInkColor());
        break;
    case Symbol::Encrypted:
        drawPadlockGlyph(&painter, QRectF(cell.center().x() - 4, cell.center().y() - 6, 8, 12),
                         notation::mutedInkColor());
        break;
    case Symbol::Badge: {
        ThreatBadgeItem badge(nullptr);
        badge.setCount(3);
        const QStyleOptionGraphicsItem option;
        painter.translate(cell.center());
        badge.paint(&painter, &option, nullptr);
        break;
    }
    }
    painter.restore();
}

void paintLegend(QPainter &painter, const LegendLayout &layout, QPointF topLeft)
{
    painter.save();
    painter.translate(topLeft);
    const QRectF frame(QPointF(0, 0), layout.size);
    painter.setPen(QPen(QColor(0xb8, 0xc0, 0xc8), 1));
    painter.setBrush(Qt::white);
    painter.drawRect(frame);
    const QFontMetricsF headingMetrics(headingFont());
    painter.setFont(headingFont());
    painter.setPen(notation::inkColor());
    painter.drawText(QPointF(kLegendPadding, kLegendPadding + headingMetrics.ascent()),
                     Text::tr("Legend"));
    const QFontMetricsF metrics(legendFont());
    double x = kLegendPadding;
    for (int column = 0; column < layout.columns; ++column) {
        for (int row = 0; row < layout.rows; ++row) {
            const size_t index = static_cast<size_t>(column * layout.rows + row);
            if (index >= layout.entries.size())
                break;
            const LegendEntry &entry = layout.entries[index];
            const double top = kLegendPadding + 20 + row * kLegendRow;
            paintSymbol(painter, entry.symbol,
                        QRectF(x, top + 3, kLegendSymbolWidth, kLegendRow - 6));
            painter.setFont(legendFont());
            painter.setPen(notation::inkColor());
            painter.drawText(QPointF(x + kLegendSymbolWidth + 8,
                                     top + (kLegendRow - metrics.height()) / 2
                                         + metrics.ascent()),
                             entry.text);
        }
        x += layout.columnWidths[static_cast<size_t>(column)] + kLegendColumnGap;
    }
    painter.restore();
}

// ---------------------------------------------------------------- title block

constexpr double kCaptionWidth = 74;
constexpr double kCellPadding = 6;
constexpr double kMaxValueWidth = 300;
constexpr double kMinValueWidth = 170;

const QFont &captionFont()
{
    static const QFont font = pixelFont(kSmallestTextPixels);
    return font;
}

const QFont &valueFont()
{
    static const QFont font = pixelFont(12, QFont::Medium);
    return font;
}

struct TitleRow {
    QString caption;
    QStringList lines;
    double height = 0;
    bool sheetMap = false; // the sheet row: a small map of the sheets beside the number
};

struct TitleLayout {
    std::vector<TitleRow> rows;
    double valueWidth = 0;
    QSizeF size;
    int sheet = -1; // 0-based; -1: a single sheet
    int rowsOfSheets = 1;
    int columnsOfSheets = 1;
};

TitleLayout layoutTitle(const DiagramPrintOptions &options, const DiagramSheets *sheets,
                        int sheet)
{
    TitleLayout layout;
    std::vector<std::pair<QString, QString>> cells{{Text::tr("Model"), options.modelName},
                                                   {Text::tr("Diagram"), options.diagramName}};
    if (!options.revision.isEmpty())
        cells.emplace_back(Text::tr("Revision"), options.revision);
    cells.emplace_back(Text::tr("Date"), options.date);
    if (sheets && sheets->count() > 1) {
        cells.emplace_back(Text::tr("Sheet"),
                           Text::tr("%1 of %2").arg(sheet + 1).arg(sheets->count()));
        layout.sheet = sheet;
        layout.rowsOfSheets = sheets->rows;
        layout.columnsOfSheets = sheets->columns;
    }
    const QFontMetricsF metrics(valueFont());
    double natural = kMinValueWidth;
    for (const auto &[caption, value] : cells)
        natural = std::max(natural, metrics.horizontalAdvance(value) + 2 * kCellPadding);
    layout.valueWidth = std::min(natural, kMaxValueWidth);
    double height = 0;
    for (size_t i = 0; i < cells.size(); ++i) {
        const auto &[caption, value] = cells[i];
        TitleRow row;
        row.caption = caption;
        row.lines = wrapped(value, valueFont(), layout.valueWidth - 2 * kCellPadding);
        row.height = metrics.height() * static_cast<double>(row.lines.size()) + 2 * kCellPadding;
        row.sheetMap = layout.sheet >= 0 && i + 1 == cells.size();
        height += row.height;
        layout.rows.push_back(std::move(row));
    }
    layout.size = QSizeF(kCaptionWidth + layout.valueWidth, height);
    return layout;
}

void paintTitleBlock(QPainter &painter, const TitleLayout &layout, QPointF topLeft)
{
    painter.save();
    painter.translate(topLeft);
    const QColor rule(0x6b, 0x75, 0x80);
    painter.setPen(QPen(rule, 1.2));
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(QPointF(0, 0), layout.size));
    const QFontMetricsF captionMetrics(captionFont());
    const QFontMetricsF valueMetrics(valueFont());
    double y = 0;
    for (size_t i = 0; i < layout.rows.size(); ++i) {
        const TitleRow &row = layout.rows[i];
        if (i > 0) {
            painter.setPen(QPen(rule, 0.8));
            painter.drawLine(QPointF(0, y), QPointF(layout.size.width(), y));
        }
        painter.setFont(captionFont());
        painter.setPen(notation::mutedInkColor());
        painter.drawText(QPointF(kCellPadding, y + kCellPadding + captionMetrics.ascent() + 1),
                         row.caption);
        painter.setFont(valueFont());
        painter.setPen(notation::inkColor());
        double lineY = y + kCellPadding + valueMetrics.ascent();
        for (const QString &line : row.lines) {
            painter.drawText(QPointF(kCaptionWidth + kCellPadding, lineY), line);
            lineY += valueMetrics.height();
        }
        if (row.sheetMap) {
            // Where this sheet lies among the others.
            const double cell = 9;
            const double mapWidth = cell * layout.columnsOfSheets;
            const double mapHeight = cell * 0.7 * layout.rowsOfSheets;
            const double left = layout.size.width() - kCellPadding - mapWidth;
            const double top = y + (row.height - mapHeight) / 2;
            for (int r = 0; r < layout.rowsOfSheets; ++r) {
                for (int c = 0; c < layout.columnsOfSheets; ++c) {
                    const bool current = r * layout.columnsOfSheets + c == layout.sheet;
                    painter.setPen(QPen(rule, 0.7));
                    painter.setBrush(current ? notation::inkColor() : QColor(Qt::white));
                    painter.drawRect(QRectF(left + c * cell, top + r * cell * 0.7, cell,
                                            cell * 0.7));
                }
            }
        }
        y += row.height;
    }
    painter.setPen(QPen(rule, 0.8));
    painter.drawLine(QPointF(kCaptionWidth, 0), QPointF(kCaptionWidth, layout.size.height()));
    painter.restore();
}

// ---------------------------------------------------------------- the composition

// The diagram with its legend and title block below it, in scene units at 100%.
struct Composition {
    QRectF source;     // what of the scene is shown
    QRectF diagram;    // where it goes
    std::optional<LegendLayout> legend;
    std::optional<TitleLayout> title;
    QPointF legendAt;
    QPointF titleAt;
    QSizeF size;
};

QRectF printedContent(DiagramScene &scene)
{
    QRectF rect = scene.printRect();
    if (rect.isEmpty())
        rect = QRectF(0, 0, 1, 1);
    return rect;
}

// The legend and title block side by side within `width` (the legend wraps into fewer
// columns first); the band's size.
QSizeF layoutBand(DiagramScene &scene, const DiagramPrintOptions &options, double width,
                  const DiagramSheets *sheets, int sheet, std::optional<LegendLayout> &legend,
                  std::optional<TitleLayout> &title)
{
    legend.reset();
    title.reset();
    if (options.titleBlock)
        title = layoutTitle(options, sheets, sheet);
    const double titleWidth = title ? title->size.width() + kBandGap : 0;
    if (options.legend)
        legend = layoutLegend(legendEntries(scene, options.badges),
                              std::max(width - titleWidth, 240.0));
    if (!legend && !title)
        return {};
    return QSizeF((legend ? legend->size.width() : 0) + titleWidth,
                  std::max(legend ? legend->size.height() : 0,
                           title ? title->size.height() : 0));
}

// `margin`: around everything (none on paper, whose page has its own).
Composition compose(DiagramScene &scene, const DiagramPrintOptions &options,
                    double margin = kMargin)
{
    Composition composition;
    composition.source = printedContent(scene);
    const QSizeF content = composition.source.size();
    const QSizeF band =
        layoutBand(scene, options, content.width(), nullptr, 0, composition.legend,
                   composition.title);
    const double inner = std::max(content.width(), band.width());
    composition.size = QSizeF(inner + 2 * margin,
                              content.height() + 2 * margin
                                  + (band.isEmpty() ? 0 : kBandGap + band.height()));
    composition.diagram =
        QRectF(QPointF(margin + (inner - content.width()) / 2, margin), content);
    const double bandBottom = composition.size.height() - margin;
    if (composition.legend)
        composition.legendAt = QPointF(margin, bandBottom - composition.legend->size.height());
    if (composition.title)
        composition.titleAt = QPointF(composition.size.width() - margin
                                          - composition.title->size.width(),
                                      bandBottom - composition.title->size.height());
    return composition;
}

void paintComposition(DiagramScene &scene, QPainter &painter, const Composition &composition)
{
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    painter.fillRect(QRectF(QPointF(0, 0), composition.size), Qt::white);
    scene.render(&painter, composition.diagram, composition.source, Qt::KeepAspectRatio);
    if (composition.legend)
        paintLegend(painter, *composition.legend, composition.legendAt);
    if (composition.title)
        paintTitleBlock(painter, *composition.title, composition.titleAt);
}

// Paints `composition` (units) scaled uniformly into `target` and centred.
void paintCompositionInto(DiagramScene &scene, QPainter &painter, const QRectF &target,
                          const Composition &composition)
{
    const double scale = std::min(target.width() / composition.size.width(),
                                  target.height() / composition.size.height());
    painter.save();
    painter.translate(target.center());
    painter.scale(scale, scale);
    painter.translate(-composition.size.width() / 2, -composition.size.height() / 2);
    paintComposition(scene, painter, composition);
    painter.restore();
}

// ---------------------------------------------------------------- sheets

QSizeF landscape(Paper paper)
{
    const QSizeF portrait =
        QPageSize(paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter).size(QPageSize::Point);
    return QSizeF(portrait.height(), portrait.width());
}

QString paperName(Paper paper)
{
    return paper == Paper::A4 ? QStringLiteral("A4") : QStringLiteral("Letter");
}

// What a cut through the diagram would split, to choose cuts that split little.
struct CutObstacles {
    std::vector<std::pair<QRectF, double>> rects; // with the cost of splitting each
    std::vector<QLineF> lines;

    explicit CutObstacles(DiagramScene &scene)
    {
        for (QGraphicsItem *item : scene.items()) {
            if (auto *element = qgraphicsitem_cast<ElementItem *>(item)) {
                rects.emplace_back(QRectF(element->pos(), element->size()), 10.0);
            } else if (auto *zone = qgraphicsitem_cast<ZoneItem *>(item)) {
                rects.emplace_back(zone->titleRect().translated(zone->pos()), 5.0);
            } else if (auto *flow = qgraphicsitem_cast<FlowItem *>(item)) {
                if (!flow->isVisible())
                    continue;
                if (flow->hasLabel())
                    rects.emplace_back(flow->labelRect(), 10.0);
                for (const QRectF &mark : flow->markRects())
                    rects.emplace_back(mark, 3.0);
                const QPolygonF line = flow->polyline();
                for (qsizetype i = 0; i + 1 < line.size(); ++i)
                    lines.emplace_back(line[i], line[i + 1]);
            }
        }
    }
    // How far the elements, labels and zone names that a cut at `at` splits reach past it.
    double overhang(double at, bool vertical) const
    {
        double reach = 0;
        for (const auto &[rect, weight] : rects) {
            const double low = vertical ? rect.left() : rect.top();
            const double high = vertical ? rect.right() : rect.bottom();
            if (weight >= 5 && low < at && at < high)
                reach = std::max(reach, high - at + 4);
        }
        return reach;
    }
    double cost(double at, bool vertical) const
    {
        double total = 0;
        for (const auto &[rect, weight] : rects) {
            const double low = vertical ? rect.left() : rect.top();
            const double high = vertical ? rect.right() : rect.bottom();
            if (low < at && at < high)
                total += weight;
        }
        for (const QLineF &line : lines) {
            const double a = vertical ? line.x1() : line.y1();
            const double b = vertical ? line.x2() : line.y2();
            if (std::min(a, b) < at && at < std::max(a, b))
                total += 1;
        }
        return total;
    }
};

// Cuts [start, end] into tiles no longer than `tile`, each cut where it splits least and
// near an even split.
std::vector<double> chooseCuts(double start, double end, double tile, bool vertical,
                               const CutObstacles &obstacles)
{
    const int count = std::max(1, static_cast<int>(std::ceil((end - start) / tile - 1e-9)));
    std::vector<double> cuts{start};
    for (int i = 1; i < count; ++i) {
        const double previous = cuts.back();
        const double ideal = start + (end - start) * i / count;
        double low = std::max(previous + 0.5 * tile, end - (count - i) * tile);
        const double high = std::min(previous + tile, end);
        low = std::min(low, high);
        double best = high;
        double bestScore = std::numeric_limits<double>::max();
        for (double at = low; at <= high; at += 2) {
            // Splitting an element or a label weighs as much as 200 units off the even split.
            const double score = obstacles.cost(at, vertical) * 20 + std::abs(at - ideal);
            if (score < bestScore) {
                bestScore = score;
                best = at;
            }
        }
        cuts.push_back(best);
    }
    cuts.push_back(end);
    return cuts;
}

// A small triangle pointing out of a tile's edge, with the number of the sheet that goes on.
void paintContinuation(QPainter &painter, QPointF at, QPointF outward, int sheet)
{
    painter.save();
    const QPointF across(-outward.y(), outward.x());
    painter.setPen(Qt::NoPen);
    painter.setBrush(notation::mutedInkColor());
    painter.drawPolygon(QPolygonF({at + outward * 7, at + across * 4, at - across * 4}));
    QFont font = pixelFont(8); // points here: the page's own coordinates
    painter.setFont(font);
    painter.setPen(notation::mutedInkColor());
    const QString text = QString::number(sheet + 1);
    const QFontMetricsF metrics(font);
    const QPointF centre = at + outward * 14;
    painter.drawText(QPointF(centre.x() - metrics.horizontalAdvance(text) / 2,
                             centre.y() + metrics.ascent() / 2 - 1),
                     text);
    painter.restore();
}

// ---------------------------------------------------------------- files

QByteArray fixSvgHeader(QByteArray svg, QSizeF points)
{
    // QSvgGenerator writes an XML declaration (wrong inside HTML) and a size in millimetres.
    if (svg.startsWith("<?xml")) {
        const qsizetype end = svg.indexOf("?>");
        svg.remove(0, end + 2);
        while (!svg.isEmpty() && (svg.front() == '\n' || svg.front() == '\r'))
            svg.remove(0, 1);
    }
    static const QRegularExpression size(
        QStringLiteral(R"(<svg width="[^"]*" height="[^"]*")"));
    const QString replacement = QStringLiteral(R"(<svg width="%1pt" height="%2pt")")
                                    .arg(QString::number(points.width(), 'f', 2),
                                         QString::number(points.height(), 'f', 2));
    QString text = QString::fromUtf8(svg);
    text.replace(size, replacement);
    return text.toUtf8();
}

// An SVG of `units` (its viewBox), `points` big, painted by `paint`.
QByteArray svgBytes(const QSizeF &units, const QSizeF &points, const QString &title,
                    const std::function<void(QPainter &)> &paint)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(units.toSize().expandedTo(QSize(1, 1)));
    generator.setViewBox(QRectF(QPointF(0, 0), units));
    generator.setResolution(72);
    // Qt 6.4 writes the title and description unescaped: a name with "<" or "&" would break
    // the SVG, or inject markup into the HTML it is inlined in.
    generator.setTitle(title.toHtmlEscaped());
    generator.setDescription(
        QCoreApplication::translate("DiagramExport", "Data-flow diagram exported from Vigil")
            .toHtmlEscaped());
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    paint(painter);
    painter.end();
    return fixSvgHeader(buffer.data(), points);
}

QString svgTitle(const DiagramPrintOptions &options)
{
    return options.diagramName.isEmpty() ? Text::tr("Diagram") : options.diagramName;
}

QDateTime creationDateOf(const DiagramExportSettings &settings)
{
    if (settings.creationDate.isValid())
        return settings.creationDate;
    QDate date = QDate::fromString(settings.print.date, Qt::ISODate);
    if (!date.isValid())
        date = QDateTime::currentDateTimeUtc().date();
    return QDateTime(date, QTime(0, 0), QTimeZone::utc());
}

// While it lives, new QHash instances use a fixed seed (their iteration order repeats).
class DeterministicHashing {
public:
    DeterministicHashing() { QHashSeed::setDeterministicGlobalSeed(); }
    ~DeterministicHashing() { QHashSeed::resetRandomGlobalSeed(); }
    DeterministicHashing(const DeterministicHashing &) = delete;
    DeterministicHashing &operator=(const DeterministicHashing &) = delete;
};

// A PDF whose pages are `pageSize` points, each painted by `paintPage(painter, page, index)`.
QByteArray pdfBytes(const QString &path, const QSizeF &pageSize, int pages,
                    const DiagramExportSettings &settings,
                    const std::function<void(QPainter &, const QRectF &, int)> &paintPage)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        // Qt's PDF engine writes its fonts in the order of a QHash, which is seeded at random
        // per process: the same document would differ from run to run.
        const DeterministicHashing deterministic;
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Vigil"));
        writer.setTitle(svgTitle(settings.print));
        writer.setPageSize(
            QPageSize(pageSize, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&writer))
            fail(Text::tr("%1: cannot write the file").arg(nativePath(path)));
        const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
        for (int index = 0; index < pages; ++index) {
            if (index > 0)
                writer.newPage();
            paintPage(painter, page, index);
        }
        painter.end();
    }
    return stampPdfCreationDate(buffer.data(), creationDateOf(settings));
}

QByteArray pngBytes(const QString &path, const QSizeF &points, int dpi,
                    const std::function<void(QPainter &, const QRectF &)> &paint)
{
    const QSize pixels(std::max(1, static_cast<int>(std::ceil(points.width() * dpi / 72 - 1e-6))),
                       std::max(1, static_cast<int>(std::ceil(points.height() * dpi / 72 - 1e-6))));
    if (static_cast<double>(pixels.width()) * pixels.height() > kMaxPixels)
        fail(Text::tr("%1: the image would be %2 x %3 pixels, more than 120 million; lower the "
                      "scale or the resolution")
                 .arg(nativePath(path))
                 .arg(pixels.width())
                 .arg(pixels.height()));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        fail(Text::tr("%1: the diagram is too large to render").arg(nativePath(path)));
    image.fill(Qt::white);
    const int dotsPerMeter = static_cast<int>(std::lround(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    painter.end();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.convertToFormat(QImage::Format_RGB32).save(&buffer, "PNG"))
        fail(Text::tr("%1: the diagram is too large to render").arg(nativePath(path)));
    return buffer.data();
}

QString numberedPath(const QString &path, int number)
{
    const QFileInfo info(path);
    const QString name = info.completeBaseName() + QLatin1Char('-') + QString::number(number)
                         + QLatin1Char('.') + info.suffix();
    return info.path() == QLatin1String(".") && !path.startsWith(QLatin1String("./"))
               ? name
               : QDir(info.path()).filePath(name);
}

} // namespace

// ---------------------------------------------------------------- the print API

QSizeF diagramPrintSize(DiagramScene &scene, const DiagramPrintOptions &options)
{
    const DiagramScene::PrintScope scope(scene, options.badges);
    return compose(scene, options).size * kPointsPerSceneUnit;
}

void paintDiagram(DiagramScene &scene, QPainter &painter, const QRectF &target,
                  const DiagramPrintOptions &options)
{
    const DiagramScene::PrintScope scope(scene, options.badges);
    paintCompositionInto(scene, painter, target, compose(scene, options));
}

QByteArray renderDiagramSvg(DiagramScene &scene, const DiagramPrintOptions &options)
{
    const DiagramScene::PrintScope scope(scene, options.badges);
    const Composition composition = compose(scene, options);
    return svgBytes(composition.size, composition.size * kPointsPerSceneUnit,
                    svgTitle(options), [&](QPainter &painter) {
                        paintComposition(scene, painter, composition);
                    });
}

DiagramSheets paginateDiagram(DiagramScene &scene, const DiagramPrintOptions &options,
                              Paper paper, double minimumTextPoints)
{
    const DiagramScene::PrintScope scope(scene, options.badges);
    DiagramSheets sheets;
    sheets.paper = paper;
    sheets.pageSize = landscape(paper);
    const QSizeF printable = sheets.pageSize - QSizeF(2 * kPageMargin, 2 * kPageMargin);
    const QRectF content = printedContent(scene);
    const double readable =
        minimumTextPoints / (kSmallestTextPixels * kPointsPerSceneUnit); // the smallest scale
    const Composition whole = compose(scene, options, 0);
    const double fit =
        std::min(printable.width() / (whole.size.width() * kPointsPerSceneUnit),
                 printable.height() / (whole.size.height() * kPointsPerSceneUnit));
    if (fit >= readable) {
        sheets.scale = std::min(fit, 1.0);
        sheets.tiles = {content};
        return sheets;
    }

    // Tiles: the printable area less the band, in scene units at `scale`.
    const auto bandAt = [&](double scale) {
        std::optional<LegendLayout> legend;
        std::optional<TitleLayout> title;
        DiagramSheets probe;
        probe.rows = probe.columns = 2; // a title block with a sheet row
        const QSizeF band = layoutBand(scene, options,
                                       printable.width() / (kPointsPerSceneUnit * scale),
                                       &probe, 0, legend, title);
        return band.isEmpty() ? 0.0 : band.height() + kBandGap;
    };
    const auto tileAt = [&](double scale) {
        const QSizeF units = printable / (kPointsPerSceneUnit * scale);
        return QSizeF(units.width(), std::max(40.0, units.height() - bandAt(scale)));
    };
    // Cuts with the most room to choose from: tiles as large as the readable scale allows.
    const QSizeF largest = tileAt(readable);
    const CutObstacles obstacles(scene);
    const std::vector<double> columnCuts =
        chooseCuts(content.left(), content.right(), largest.width(), true, obstacles);
    const std::vector<double> rowCuts =
        chooseCuts(content.top(), content.bottom(), largest.height(), false, obstacles);
    sheets.columns = static_cast<int>(columnCuts.size()) - 1;
    sheets.rows = static_cast<int>(rowCuts.size()) - 1;
    // Each tile reaches past its far cuts far enough to show what they split whole.
    const auto ends = [&](const std::vector<double> &cuts, double tile, bool vertical) {
        std::vector<double> result;
        for (size_t i = 0; i + 1 < cuts.size(); ++i) {
            // Far enough to show whole what the cut splits (the next tile starts at the cut,
            // so what lies wholly beyond it is whole there).
            const double cut = cuts[i + 1];
            const double end =
                i + 2 < cuts.size()
                    ? std::min({cut + obstacles.overhang(cut, vertical), cut + kTileOverlap,
                                cuts[i] + tile})
                    : cut;
            result.push_back(end);
        }
        return result;
    };
    const std::vector<double> columnEnds = ends(columnCuts, largest.width(), true);
    const std::vector<double> rowEnds = ends(rowCuts, largest.height(), false);
    double widest = 0;
    double tallest = 0;
    for (int row = 0; row < sheets.rows; ++row) {
        for (int column = 0; column < sheets.columns; ++column) {
            const QRectF tile(QPointF(columnCuts[static_cast<size_t>(column)],
                                      rowCuts[static_cast<size_t>(row)]),
                              QPointF(columnEnds[static_cast<size_t>(column)],
                                      rowEnds[static_cast<size_t>(row)]));
            sheets.tiles.push_back(tile);
            widest = std::max(widest, tile.width());
            tallest = std::max(tallest, tile.height());
        }
    }
    // Then as large as the largest tile allows, up to 100%.
    const auto fits = [&](double scale) {
        const QSizeF tile = tileAt(scale);
        return widest <= tile.width() + 1e-6 && tallest <= tile.height() + 1e-6;
    };
    double low = readable;
    double high = 1.0;
    if (fits(high)) {
        low = high;
    } else {
        for (int i = 0; i < 30; ++i) {
            const double middle = (low + high) / 2;
            (fits(middle) ? low : high) = middle;
        }
    }
    sheets.scale = low;
    return sheets;
}

void paintDiagramSheet(DiagramScene &scene, QPainter &painter, const QRectF &page,
                       const DiagramPrintOptions &options, const DiagramSheets &sheets,
                       int index)
{
    const DiagramScene::PrintScope scope(scene, options.badges);
    painter.save();
    // From here on, points of the page.
    painter.translate(page.topLeft());
    painter.scale(page.width() / sheets.pageSize.width(),
                  page.height() / sheets.pageSize.height());
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), sheets.pageSize), Qt::white);
    const QRectF printable(QPointF(kPageMargin, kPageMargin),
                           sheets.pageSize - QSizeF(2 * kPageMargin, 2 * kPageMargin));
    const double unit = kPointsPerSceneUnit * sheets.scale; // points per scene unit

    if (sheets.count() <= 1) {
        const Composition composition = compose(scene, options, 0);
        const QSizeF size = composition.size * unit;
        paintCompositionInto(scene, painter,
                             QRectF(printable.center() - QPointF(size.width(), size.height()) / 2,
                                    size),
                             composition);
        painter.restore();
        return;
    }

    const int row = index / sheets.columns;
    const int column = index % sheets.columns;
    const QRectF source = sheets.tiles.at(static_cast<size_t>(index));
    const QRectF tile(printable.topLeft(), source.size() * unit);
    // A label that an edge cuts is left out when another sheet shows it whole (the tiles
    // overlap for that): here it would be a sliver of text.
    std::vector<const FlowItem *> leftOut;
    for (QGraphicsItem *item : scene.items(source)) {
        const auto *flow = qgraphicsitem_cast<const FlowItem *>(item);
        if (!flow || !flow->hasLabel() || source.contains(flow->labelRect()))
            continue;
        if (std::any_of(sheets.tiles.begin(), sheets.tiles.end(), [flow](const QRectF &other) {
                return other.contains(flow->labelRect());
            }))
            leftOut.push_back(flow);
    }
    scene.setLabelsLeftOut(std::move(leftOut));
    scene.render(&painter, tile, source, Qt::KeepAspectRatio);
    scene.setLabelsLeftOut({});

    // Where the diagram goes on: a dashed edge and the number of the next sheet that way.
    painter.setPen(QPen(QColor(0xb8, 0xc0, 0xc8), 0.6, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    const auto neighbour = [&](int r, int c) { return r * sheets.columns + c; };
    if (column + 1 < sheets.columns) {
        painter.drawLine(tile.topRight(), tile.bottomRight());
        paintContinuation(painter, QPointF(tile.right() + 2, tile.center().y()), QPointF(1, 0),
                          neighbour(row, column + 1));
    }
    if (column > 0) {
        painter.drawLine(tile.topLeft(), tile.bottomLeft());
        paintContinuation(painter, QPointF(tile.left() - 2, tile.center().y()), QPointF(-1, 0),
                          neighbour(row, column - 1));
    }
    if (row + 1 < sheets.rows) {
        painter.drawLine(tile.bottomLeft(), tile.bottomRight());
        paintContinuation(painter, QPointF(tile.center().x(), tile.bottom() + 2), QPointF(0, 1),
                          neighbour(row + 1, column));
    }
    if (row > 0) {
        painter.drawLine(tile.topLeft(), tile.topRight());
        paintContinuation(painter, QPointF(tile.center().x(), tile.top() - 2), QPointF(0, -1),
                          neighbour(row - 1, column));
    }

    // The band at the foot of every sheet, so that each one stands on its own.
    std::optional<LegendLayout> legend;
    std::optional<TitleLayout> title;
    const double widthUnits = printable.width() / unit;
    layoutBand(scene, options, widthUnits, &sheets, index, legend, title);
    painter.translate(printable.topLeft());
    painter.scale(unit, unit);
    const double bottom = printable.height() / unit;
    if (legend)
        paintLegend(painter, *legend, QPointF(0, bottom - legend->size.height()));
    if (title)
        paintTitleBlock(painter, *title,
                        QPointF(widthUnits - title->size.width(), bottom - title->size.height()));
    painter.restore();
}

// ---------------------------------------------------------------- files

std::vector<DiagramFile> renderDiagramFiles(DiagramScene &scene, const QString &path,
                                            const DiagramExportSettings &settings)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")
        && suffix != QLatin1String("pdf"))
        fail(Text::tr("%1: unsupported file type; use .png, .svg or .pdf").arg(nativePath(path)));
    const DiagramPrintOptions &options = settings.print;

    if (settings.fit) {
        const DiagramSheets sheets = paginateDiagram(scene, options, *settings.fit);
        const auto paintSheet = [&](QPainter &painter, const QRectF &page, int index) {
            paintDiagramSheet(scene, painter, page, options, sheets, index);
        };
        if (suffix == QLatin1String("pdf"))
            return {{path, pdfBytes(path, sheets.pageSize, sheets.count(), settings, paintSheet)}};
        if (suffix == QLatin1String("svg")) {
            if (sheets.count() > 1)
                fail(Text::tr("%1: at a readable size the diagram takes %2 %3 pages, and an "
                              "SVG file holds one; export a PDF (a page each) or PNG (an image "
                              "each), or do not fit it to paper")
                         .arg(nativePath(path))
                         .arg(sheets.count())
                         .arg(paperName(sheets.paper)));
            return {{path, svgBytes(sheets.pageSize, sheets.pageSize, svgTitle(options),
                                    [&](QPainter &painter) {
                                        paintSheet(painter,
                                                   QRectF(QPointF(0, 0), sheets.pageSize), 0);
                                    })}};
        }
        std::vector<DiagramFile> files;
        for (int index = 0; index < sheets.count(); ++index) {
            const QString file = sheets.count() > 1 ? numberedPath(path, index + 1) : path;
            files.push_back({file, pngBytes(file, sheets.pageSize, settings.dpi,
                                            [&](QPainter &painter, const QRectF &page) {
                                                paintSheet(painter, page, index);
                                            })});
        }
        return files;
    }

    const QSizeF points = diagramPrintSize(scene, options) * settings.scale;
    const auto paint = [&](QPainter &painter, const QRectF &target) {
        paintDiagram(scene, painter, target, options);
    };
    if (suffix == QLatin1String("pdf"))
        return {{path, pdfBytes(path, points, 1, settings,
                                [&](QPainter &painter, const QRectF &page, int) {
                                    paint(painter, page);
                                })}};
    if (suffix == QLatin1String("svg")) {
        const DiagramScene::PrintScope scope(scene, options.badges);
        const Composition composition = compose(scene, options);
        return {{path, svgBytes(composition.size, points, svgTitle(options),
                                [&](QPainter &painter) {
                                    paintComposition(scene, painter, composition);
                                })}};
    }
    return {{path, pngBytes(path, points, settings.dpi, paint)}};
}

QStringList exportDiagram(DiagramScene &scene, const QString &path,
                          const DiagramExportSettings &settings)
{
    QStringList written;
    for (const DiagramFile &file : renderDiagramFiles(scene, path, settings)) {
        QSaveFile out(file.path);
        if (!out.open(QIODevice::WriteOnly) || out.write(file.bytes) != file.bytes.size()
            || !out.commit())
            fail(Text::tr("%1: cannot write the file").arg(nativePath(file.path)));
        written << file.path;
    }
    return written;
}

QByteArray stampPdfCreationDate(QByteArray pdf, const QDateTime &when)
{
    // Qt writes "/CreationDate (D:YYYYMMDDHHmmSS" and then "Z)" or "+HH'mm')" in local
    // time; the date is replaced by one of the same length, so that no offset changes.
    static const QByteArray key("/CreationDate (D:");
    const qsizetype start = pdf.indexOf(key);
    if (start < 0)
        return pdf;
    const qsizetype from = start + key.size();
    const qsizetype end = pdf.indexOf(')', from);
    if (end < 0)
        return pdf;
    const QDateTime utc = when.toUTC();
    QByteArray stamp = utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    const qsizetype zone = end - from - stamp.size();
    if (zone == 1)
        stamp += 'Z';
    else if (zone == 7)
        stamp += "+00'00'";
    else
        return pdf;
    pdf.replace(from, stamp.size(), stamp);
    return pdf;
}

// ---------------------------------------------------------------- the earlier interface

QImage renderDiagramImage(DiagramScene &scene, double devicePixelRatio)
{
    const DiagramScene::PrintScope scope(scene, false);
    const Composition composition = compose(scene, {});
    const QSizeF source = composition.size;
    const double area = source.width() * source.height();
    const double ratio = std::min(devicePixelRatio, std::sqrt(kMaxPixels / area));
    const QSize pixels(static_cast<int>(std::ceil(source.width() * ratio)),
                       static_cast<int>(std::ceil(source.height() * ratio)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintComposition(scene, painter, composition);
    painter.end();
    return image;
}

void exportDiagramPng(DiagramScene &scene, const QString &path)
{
    exportDiagram(scene, path, DiagramExportSettings{});
}

void exportDiagramSvg(DiagramScene &scene, const QString &path, const QString &title)
{
    if (QFileInfo(path).suffix().toLower() != QLatin1String("svg"))
        fail(Text::tr("%1: unsupported file type; use .png, .svg or .pdf").arg(nativePath(path)));
    exportDiagram(scene, path, title);
}

void exportDiagram(DiagramScene &scene, const QString &path, const QString &title)
{
    DiagramExportSettings settings;
    settings.print.diagramName = title;
    exportDiagram(scene, path, settings);
}

QByteArray renderDiagramFile(DiagramScene &scene, const QString &path, const QString &title)
{
    DiagramExportSettings settings;
    settings.print.diagramName = title;
    return renderDiagramFiles(scene, path, settings).front().bytes;
}

} // namespace vigil
