#include "views/diagram/DiagramItems.h"

#include "views/diagram/DiagramScene.h"
#include "views/document/Document.h"
#include "views/diagram/ThreatBadges.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <QTextLayout>
#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>

namespace vigil {

namespace {

// A calm palette: ink-blue lines, pale fills, one warm accent for trust boundaries.
const QColor kInk(0x26, 0x32, 0x38);
const QColor kMutedInk(0x60, 0x6f, 0x7b);
const QColor kSelection(0x1e, 0x7b, 0xd8);
const QColor kEntityFill(0xf6, 0xf7, 0xf9);
const QColor kEntityLine(0x3c, 0x4a, 0x57);
const QColor kProcessFill(0xea, 0xf2, 0xfb);
const QColor kProcessLine(0x2b, 0x5c, 0x8a);
const QColor kStoreFill(0xee, 0xf6, 0xef);
const QColor kStoreLine(0x2f, 0x6b, 0x47);
const QColor kZoneLine(0xb4, 0x47, 0x3a);
const QColor kZoneFill(0xb4, 0x47, 0x3a, 10);
const QColor kZoneText(0x8e, 0x33, 0x28);
const QColor kFlowLine(0x4a, 0x5a, 0x68);
const QColor kBadgeFill(0xf2, 0xb7, 0x05);
const QColor kBadgeLine(0x6d, 0x4c, 0x00);

constexpr double kLinePadding = 10;
constexpr double kElementRadius = 14;
constexpr double kZoneRadius = 16;
constexpr double kArrowLength = 11;
constexpr double kArrowHalfWidth = 5;
constexpr double kFlowWidth = 1.4;
constexpr double kCrossingFlowWidth = 2.6;
constexpr double kMarkerSize = 6;
constexpr double kFlowLabelWidth = 150;
constexpr double kGlyphWidth = 11; // a flow glyph and its gap, at the protocol font's size
constexpr double kLaneSpacingUnit = 18; // DiagramScene's lane spacing
constexpr double kTextLevelOfDetail = 0.35; // below this zoom, labels are unreadable anyway

QFont makeFont(int pixelSize, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont font;
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    font.setItalic(italic);
    // No ligatures: "ﬁ" in a PDF or SVG would keep a search for "firmware" from finding it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

bool boolProperty(const PropertyMap &properties, const std::string &key)
{
    auto it = properties.find(key);
    if (it == properties.end())
        return false;
    if (const bool *value = std::get_if<bool>(&it->second))
        return *value;
    return false;
}

// On screen, text too small to read is left out; a printed diagram always has it.
bool showsText(const QStyleOptionGraphicsItem *option, const QPainter *painter,
               const DiagramScene *scene)
{
    return (scene && scene->isPrinting())
           || option->levelOfDetailFromTransform(painter->worldTransform()) >= kTextLevelOfDetail;
}

// The point where the way from `inside` (within `rect`) toward `toward` leaves the rectangle.
QPointF exitPoint(const QRectF &rect, QPointF inside, QPointF toward)
{
    const QPointF d = toward - inside;
    double t = 1.0;
    if (d.x() > 0)
        t = std::min(t, (rect.right() - inside.x()) / d.x());
    else if (d.x() < 0)
        t = std::min(t, (rect.left() - inside.x()) / d.x());
    if (d.y() > 0)
        t = std::min(t, (rect.bottom() - inside.y()) / d.y());
    else if (d.y() < 0)
        t = std::min(t, (rect.top() - inside.y()) / d.y());
    return inside + d * std::max(0.0, t);
}

QPolygonF arrowHead(QPointF tip, QPointF from)
{
    const QPointF d = tip - from;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1e-6)
        return {};
    const QPointF unit = d / length;
    const QPointF normal(-unit.y(), unit.x());
    const QPointF base = tip - unit * kArrowLength;
    return QPolygonF({tip, base + normal * kArrowHalfWidth, base - normal * kArrowHalfWidth});
}

// Moves `point` toward `toward` by `distance` (never past it).
QPointF pulledBack(QPointF point, QPointF toward, double distance)
{
    const QPointF d = toward - point;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1e-6)
        return point;
    return point + d / length * std::min(distance, length / 2);
}

void addSegmentRectCrossings(QPointF a, QPointF b, const QRectF &rect, std::vector<QPointF> &out)
{
    const QLineF segment(a, b);
    const std::array<QLineF, 4> edges{
        QLineF(rect.topLeft(), rect.topRight()), QLineF(rect.topRight(), rect.bottomRight()),
        QLineF(rect.bottomRight(), rect.bottomLeft()), QLineF(rect.bottomLeft(), rect.topLeft())};
    for (const QLineF &edge : edges) {
        QPointF at;
        if (segment.intersects(edge, &at) == QLineF::BoundedIntersection)
            out.push_back(at);
    }
}

// Word-wraps `text` into lines of at most `width` (a word longer than that is broken), as many
// as it takes: nothing is elided. The first line leaves `firstReserve` free (for glyphs).
QStringList wrapLines(const QString &text, const QFont &font, double width,
                      double firstReserve = 0)
{
    QStringList lines;
    if (text.isEmpty())
        return lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(lines.isEmpty() ? std::max(1.0, width - firstReserve) : width);
        const QString part = text.mid(line.textStart(), line.textLength()).trimmed();
        if (!part.isEmpty())
            lines << part;
    }
    layout.endLayout();
    return lines;
}

// Word-wraps `text` into at most `maxLines` lines of `width`, eliding the last one if needed.
QStringList wrapText(const QString &text, const QFont &font, double width, int maxLines)
{
    if (maxLines <= 0)
        return {};
    QStringList lines = wrapLines(text, font, width);
    if (lines.size() <= maxLines)
        return lines;
    // The last line that fits takes the rest of the text, elided.
    const QString rest = lines.mid(maxLines - 1).join(QLatin1Char(' '));
    lines.erase(lines.begin() + (maxLines - 1), lines.end());
    lines << QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
    return lines;
}

} // namespace

// ---------------------------------------------------------------- notation

namespace notation {

const QFont &elementFont()
{
    static const QFont font = makeFont(kElementNamePixels, QFont::Medium);
    return font;
}

const QFont &zoneFont()
{
    static const QFont font = makeFont(12, QFont::DemiBold);
    return font;
}

const QFont &flowFont()
{
    static const QFont font = makeFont(11);
    return font;
}

const QFont &protocolFont()
{
    static const QFont font = makeFont(kSmallestTextPixels, QFont::Normal, true);
    return font;
}

QColor inkColor()
{
    return kInk;
}

QColor mutedInkColor()
{
    return kMutedInk;
}

QColor zoneTextColor()
{
    return kZoneText;
}

void paintElementShape(QPainter *painter, ElementKind kind, const QRectF &rect, bool selected,
                       bool outOfScope)
{
    QColor fill;
    QColor line;
    switch (kind) {
    case ElementKind::ExternalEntity: fill = kEntityFill; line = kEntityLine; break;
    case ElementKind::Process: fill = kProcessFill; line = kProcessLine; break;
    case ElementKind::DataStore: fill = kStoreFill; line = kStoreLine; break;
    }
    if (selected)
        line = kSelection;
    const double width = selected ? 2.4 : 1.6;
    const QPen pen(line, width, outOfScope ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap,
                   Qt::MiterJoin);
    switch (kind) {
    case ElementKind::ExternalEntity:
        painter->setPen(pen);
        painter->setBrush(fill);
        painter->drawRect(rect);
        break;
    case ElementKind::Process:
        painter->setPen(pen);
        painter->setBrush(fill);
        painter->drawRoundedRect(rect, kElementRadius, kElementRadius);
        break;
    case ElementKind::DataStore:
        // Open-ended rectangle: two parallel lines closed on the left only.
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRect(rect);
        painter->setPen(pen);
        painter->drawLine(rect.topLeft(), rect.topRight());
        painter->drawLine(rect.bottomLeft(), rect.bottomRight());
        painter->drawLine(rect.topLeft(), rect.bottomLeft());
        // A second, inner left bar, as in Gane-Sarson stores, so it never reads as an entity.
        painter->drawLine(rect.topLeft() + QPointF(12, 0), rect.bottomLeft() + QPointF(12, 0));
        break;
    }
}

// PDF/A-1 has no transparency, and Qt's PDF engine then paints a translucent colour solid:
// on a PDF (or a printer, which writes PDF) a translucent fill is mixed with white instead.
QColor fillFor(const QPainter *painter, const QColor &colour)
{
    const QPaintEngine *engine = painter->paintEngine();
    if (colour.alpha() == 255 || !engine || engine->type() != QPaintEngine::Pdf)
        return colour;
    const double a = colour.alphaF();
    const auto mix = [a](int channel) { return int(std::lround(channel * a + 255 * (1 - a))); };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue()));
}

void paintZoneShape(QPainter *painter, const QRectF &rect, bool selected)
{
    QPen pen(selected ? kSelection : kZoneLine, selected ? 2.4 : 1.6, Qt::CustomDashLine,
             Qt::FlatCap, Qt::RoundJoin);
    pen.setDashPattern({6, 4});
    painter->setPen(pen);
    painter->setBrush(fillFor(painter, kZoneFill));
    painter->drawRoundedRect(rect, kZoneRadius, kZoneRadius);
}

// A warning triangle with an exclamation mark: safety-critical, readable without colour.
void paintSafetyMark(QPainter *painter, QPointF centre)
{
    constexpr double size = 15;
    const double h = size * 0.87;
    QPolygonF triangle({centre + QPointF(0, -h / 2), centre + QPointF(size / 2, h / 2),
                        centre + QPointF(-size / 2, h / 2)});
    painter->setPen(QPen(kBadgeLine, 1.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(kBadgeFill);
    painter->drawPolygon(triangle);
    painter->setPen(QPen(kBadgeLine, 1.6, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(centre + QPointF(0, -h / 2 + 4.2), centre + QPointF(0, h / 2 - 4.6));
    painter->drawPoint(centre + QPointF(0, h / 2 - 2.2));
}

// Crossing markers: a diamond on the zone's outline, readable without colour.
void paintCrossingMarker(QPainter *painter, QPointF at)
{
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(kZoneLine);
    painter->drawPolygon(QPolygonF({at + QPointF(0, -kMarkerSize), at + QPointF(kMarkerSize, 0),
                                    at + QPointF(0, kMarkerSize), at + QPointF(-kMarkerSize, 0)}));
}

void paintFlowLine(QPainter *painter, QPointF from, QPointF to, bool crossing, bool outOfScope)
{
    painter->setPen(QPen(kFlowLine, crossing ? kCrossingFlowWidth : kFlowWidth,
                         outOfScope ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawLine(from, pulledBack(to, from, kArrowLength - 1));
    painter->setPen(QPen(kFlowLine, 1, Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin));
    painter->setBrush(kFlowLine);
    painter->drawPolygon(arrowHead(to, from));
}

} // namespace notation

using notation::elementFont;
using notation::flowFont;
using notation::protocolFont;
using notation::zoneFont;

// ---------------------------------------------------------------- NodeItem

NodeItem::NodeItem(Id id, DiagramScene *scene)
    : m_id(std::move(id)), m_size(-1, -1), m_scene(scene) // so the first setModelRect refreshes
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
}

Rect NodeItem::modelRect() const
{
    return {pos().x(), pos().y(), m_size.width(), m_size.height()};
}

void NodeItem::setModelRect(const Rect &rect)
{
    const QSizeF size(rect.width, rect.height);
    if (size != m_size) {
        prepareGeometryChange();
        m_size = size;
        if (auto *element = qgraphicsitem_cast<ElementItem *>(this))
            element->refresh(m_scene->document()->model());
        else if (auto *zone = qgraphicsitem_cast<ZoneItem *>(this))
            zone->refresh(m_scene->document()->model());
    }
    setPos(rect.x, rect.y);
}

QRectF NodeItem::boundingRect() const
{
    // Room for the selection outline and the pen.
    return QRectF(QPointF(0, 0), m_size).adjusted(-4, -4, 4, 4);
}

QVariant NodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged && m_scene)
        m_scene->nodeMoved(this);
    return QGraphicsItem::itemChange(change, value);
}

// ---------------------------------------------------------------- ElementItem

ElementItem::ElementItem(Id id, DiagramScene *scene) : NodeItem(std::move(id), scene)
{
    setZValue(10);
    setAcceptHoverEvents(false);
}

void ElementItem::refresh(const ThreatModel &model)
{
    const Element *element = model.element(m_id);
    if (!element)
        return;
    m_kind = element->kind;
    m_name = QString::fromStdString(element->name);
    m_safetyCritical = boolProperty(element->properties, "safetyCritical");
    m_outOfScope = element->outOfScope;
    layoutLabel();

    QString kindName;
    switch (m_kind) {
    case ElementKind::ExternalEntity: kindName = tr("External entity"); break;
    case ElementKind::Process: kindName = tr("Process"); break;
    case ElementKind::DataStore: kindName = tr("Data store"); break;
    }
    QStringList facts{kindName};
    if (m_safetyCritical)
        facts << tr("safety-critical");
    if (m_outOfScope)
        facts << tr("out of scope");
    setToolTip(QStringLiteral("<b>%1</b><br/>%2")
                   .arg(m_name.toHtmlEscaped(), facts.join(QStringLiteral(" · ")).toHtmlEscaped()));
    setThreatCount(threatCount()); // threats: follow a resize
    update();
}

void ElementItem::layoutLabel()
{
    const QFontMetricsF metrics(elementFont());
    const double sidePadding = m_safetyCritical ? 22 : kLinePadding;
    const double width = std::max(20.0, m_size.width() - 2 * sidePadding);
    const int maxLines = std::clamp(
        static_cast<int>((m_size.height() - 12) / metrics.lineSpacing()), 1, 4);
    m_lines = wrapText(m_name, elementFont(), width, maxLines);
}

QPainterPath ElementItem::shape() const
{
    QPainterPath path;
    const QRectF rect(QPointF(0, 0), m_size);
    if (m_kind == ElementKind::Process)
        path.addRoundedRect(rect, kElementRadius, kElementRadius);
    else
        path.addRect(rect);
    return path;
}

void ElementItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF rect(QPointF(0, 0), m_size);
    if (m_outOfScope)
        painter->setOpacity(0.6);
    notation::paintElementShape(painter, m_kind, rect,
                                isSelected() && !diagramScene()->isPrinting(), m_outOfScope);

    if (m_safetyCritical)
        notation::paintSafetyMark(painter, QPointF(rect.right() - 13, rect.top() + 13));

    if (!showsText(option, painter, diagramScene()) || m_lines.isEmpty())
        return;
    painter->setFont(elementFont());
    painter->setPen(kInk);
    const QFontMetricsF metrics(elementFont());
    const double lineHeight = metrics.lineSpacing();
    const double textHeight = lineHeight * static_cast<double>(m_lines.size());
    const double left = m_kind == ElementKind::DataStore ? 12 : 0;
    double y = rect.top() + (rect.height() - textHeight) / 2 + metrics.ascent();
    for (const QString &text : m_lines) {
        const double textWidth = metrics.horizontalAdvance(text);
        const double x = left + (rect.width() - left - textWidth) / 2;
        painter->drawText(QPointF(x, y), text);
        y += lineHeight;
    }
}

// ---------------------------------------------------------------- ZoneItem

ZoneItem::ZoneItem(Id id, DiagramScene *scene) : NodeItem(std::move(id), scene) {}

void ZoneItem::refresh(const ThreatModel &model)
{
    const TrustBoundary *zone = model.boundary(m_id);
    if (!zone)
        return;
    m_name = QString::fromStdString(zone->name);
    // Nested zones draw above their parents, all below elements and flows.
    int depth = 0;
    for (const TrustBoundary *parent = model.boundary(zone->parent); parent && depth < 64;
         parent = model.boundary(parent->parent))
        ++depth;
    m_depth = depth;
    setZValue(-100 + depth + m_stackOffset);
    const QFontMetricsF metrics(zoneFont());
    m_elidedName =
        metrics.elidedText(m_name, Qt::ElideRight, std::max(20.0, m_size.width() - 28));
    setToolTip(tr("Trust zone: %1").arg(m_name));
    update();
}

void ZoneItem::setStacking(int depth, double offset)
{
    m_depth = depth;
    m_stackOffset = offset;
    setZValue(-100 + m_depth + m_stackOffset);
}

QRectF ZoneItem::titleRect() const
{
    const QFontMetricsF metrics(zoneFont());
    return QRectF(8, 4, metrics.horizontalAdvance(m_elidedName) + 12, metrics.height() + 6);
}

QPainterPath ZoneItem::shape() const
{
    QPainterPath outline;
    outline.addRoundedRect(QRectF(QPointF(0, 0), m_size), kZoneRadius, kZoneRadius);
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath path = stroker.createStroke(outline);
    path.addRect(titleRect());
    return path;
}

void ZoneItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    notation::paintZoneShape(painter, QRectF(QPointF(0, 0), m_size),
                             isSelected() && !diagramScene()->isPrinting());
    if (!showsText(option, painter, diagramScene()))
        return;
    const QFontMetricsF metrics(zoneFont());
    painter->setFont(zoneFont());
    painter->setPen(kZoneText);
    painter->drawText(QPointF(14, 8 + metrics.ascent()), m_elidedName);
}

// ---------------------------------------------------------------- FlowItem

FlowItem::FlowItem(Id id, DiagramScene *scene) : m_id(std::move(id)), m_scene(scene)
{
    setFlags(ItemIsSelectable);
    // Above elements: lines end at element borders, and labels must never hide behind boxes.
    setZValue(15);
}

void FlowItem::refresh(const ThreatModel &model, const FlowLayout &layout)
{
    const Flow *flow = model.flow(m_id);
    if (!flow)
        return;
    m_source = flow->source;
    m_target = flow->target;
    m_name = QString::fromStdString(flow->name);
    m_protocol = QString::fromStdString(flow->protocol);
    m_bidirectional = flow->bidirectional;
    m_outOfScope = flow->outOfScope;
    m_wireless = boolProperty(flow->properties, "wireless");
    m_encrypted = boolProperty(flow->properties, "encrypted");
    m_crossedZones = model.crossedBoundaries(m_id);
    m_bends.clear();
    for (const Point &bend : layout.bends)
        m_bends.emplace_back(bend.x, bend.y);
    m_labelPosition.reset();
    if (layout.labelPosition)
        m_labelPosition = QPointF(layout.labelPosition->x, layout.labelPosition->y);
    m_layouts.clear(); // the name, protocol or glyphs may have changed
    m_layoutsComplete = false;

    QStringList zoneNames;
    for (const Id &zone : m_crossedZones)
        if (const TrustBoundary *boundary = model.boundary(zone))
            zoneNames << QString::fromStdString(boundary->name).toHtmlEscaped();
    QString tip = QStringLiteral("<b>%1</b>").arg(m_name.toHtmlEscaped());
    if (!m_protocol.isEmpty())
        tip += QStringLiteral(" (%1)").arg(m_protocol.toHtmlEscaped());
    if (!zoneNames.isEmpty())
        tip += QStringLiteral("<br/>") + tr("Crosses trust boundary: %1")
                                             .arg(zoneNames.join(QStringLiteral(", ")));
    setToolTip(tip);
    adjust();
}

void FlowItem::setLaneOffset(double offset)
{
    if (qFuzzyCompare(offset + 1, m_laneOffset + 1))
        return;
    m_laneOffset = offset;
    adjust();
}

void FlowItem::adjust()
{
    ++m_adjustCount;
    NodeItem *source = m_scene->nodeItem(m_source);
    NodeItem *target = m_scene->nodeItem(m_target);
    prepareGeometryChange();
    m_polyline.clear();
    m_markers.clear();
    m_linePath = QPainterPath();
    if (!source || !target) {
        m_bounds = QRectF();
        m_labelRect = QRectF();
        setVisible(false);
        m_scene->flowLabelChanged(this); // no longer in other labels' way
        return;
    }
    setVisible(true);
    const QRectF sourceRect(source->pos(), source->size());
    const QRectF targetRect(target->pos(), target->size());
    QPointF start = sourceRect.center();
    QPointF end = targetRect.center();
    m_laneNormal = QPointF();
    if (m_bends.empty() && m_laneOffset != 0.0) {
        const QPointF d = end - start;
        const double length = std::hypot(d.x(), d.y());
        if (length > 1e-6) {
            // Offset perpendicular to the pair's direction in a canonical orientation, so that
            // A->B and B->A take different lanes.
            const double sign = m_source < m_target ? 1.0 : -1.0;
            m_laneNormal = QPointF(-d.y(), d.x()) / length * sign;
            start += m_laneNormal * m_laneOffset;
            end += m_laneNormal * m_laneOffset;
        }
    }
    QPolygonF points;
    points << start;
    for (const QPointF &bend : m_bends)
        points << bend;
    points << end;
    points.first() = exitPoint(sourceRect, points[0], points[1]);
    const qsizetype last = points.size() - 1;
    points[last] = exitPoint(targetRect, points[last], points[last - 1]);
    m_polyline = points;

    // The line stops short of the arrow tips so thick lines do not poke through them.
    QPolygonF line = points;
    line[last] = pulledBack(line[last], line[last - 1], kArrowLength - 1);
    if (m_bidirectional)
        line[0] = pulledBack(line[0], line[1], kArrowLength - 1);
    m_linePath.addPolygon(line);

    for (const Id &zoneId : m_crossedZones) {
        ZoneItem *zone = m_scene->zoneItem(zoneId);
        if (!zone)
            continue;
        const QRectF zoneRect(zone->pos(), zone->size());
        for (qsizetype i = 0; i < last; ++i)
            addSegmentRectCrossings(points[i], points[i + 1], zoneRect, m_markers);
    }
    layoutLabel();
    updateBounds();
    // The scene moves the label out of the way of elements and other labels.
    m_scene->flowLabelChanged(this);
}

void FlowItem::updateBounds()
{
    m_bounds = m_polyline.boundingRect().adjusted(-kArrowLength, -kArrowLength, kArrowLength,
                                                  kArrowLength);
    m_bounds |= m_labelRect.adjusted(-2, -2, 2, 2);
    if (m_leader)
        m_bounds |= QRectF(*m_leader, QSizeF(1, 1)).adjusted(-2, -2, 2, 2);
    setThreatCount(threatCount()); // threats: follow the label
    update();
}

void FlowItem::previewLayout(std::vector<QPointF> bends, std::optional<QPointF> labelPosition)
{
    m_bends = std::move(bends);
    m_labelPosition = labelPosition;
    adjust();
}

const FlowItem::LabelLayout *FlowItem::labelLayout(size_t index)
{
    const QFontMetricsF nameMetrics(flowFont());
    const QFontMetricsF protocolMetrics(protocolFont());
    if (m_layouts.empty() && !m_layoutsComplete) {
        // Narrower and narrower, but never so narrow that a word would break.
        double longestWord = 0;
        for (const QString &word : m_name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, nameMetrics.horizontalAdvance(word));
        const QStringList protocolWords = m_protocol.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < protocolWords.size(); ++i)
            longestWord = std::max(longestWord,
                                   protocolMetrics.horizontalAdvance(protocolWords[i])
                                       + (i == 0 ? glyphsWidth() : 0.0));
        m_wrapWidths.clear();
        for (const double width : {kFlowLabelWidth, 120.0, 96.0, 76.0, 60.0, 48.0}) {
            if (!m_wrapWidths.empty() && width < longestWord) {
                if (longestWord < m_wrapWidths.back())
                    m_wrapWidths.push_back(std::ceil(longestWord));
                break;
            }
            m_wrapWidths.push_back(width);
        }
    }
    while (m_layouts.size() <= index && !m_layoutsComplete) {
        const size_t next = m_layouts.size();
        const double wrapWidth = m_wrapWidths[next];
        LabelLayout layout;
        layout.lines = wrapLines(m_name, flowFont(), wrapWidth);
        double textWidth = 0;
        for (const QString &line : layout.lines)
            textWidth = std::max(textWidth, nameMetrics.horizontalAdvance(line));
        double height = nameMetrics.height() * static_cast<double>(layout.lines.size());
        if (!m_protocol.isEmpty() || glyphsWidth() > 0) {
            // The glyphs take the first protocol line's room.
            const double glyphs = glyphsWidth();
            layout.protocolLines = wrapLines(m_protocol, protocolFont(), wrapWidth, glyphs);
            if (layout.protocolLines.isEmpty())
                layout.protocolLines << QString(); // the glyphs alone
            for (qsizetype i = 0; i < layout.protocolLines.size(); ++i) {
                const QString &line = layout.protocolLines[i];
                textWidth = std::max(textWidth, protocolMetrics.horizontalAdvance(line)
                                                    + (i == 0 ? glyphs : 0.0));
            }
            height += protocolMetrics.height() * static_cast<double>(layout.protocolLines.size());
        }
        layout.size = QSizeF(textWidth + 8, height + 4);
        m_layouts.push_back(std::move(layout));
        // A width that every line fits already gives the same lines: skip to a narrower one.
        const auto narrower = m_wrapWidths.begin() + static_cast<std::ptrdiff_t>(next) + 1;
        m_wrapWidths.erase(std::remove_if(narrower, m_wrapWidths.end(),
                                          [textWidth](double width) { return width >= textWidth; }),
                           m_wrapWidths.end());
        m_layoutsComplete = next + 1 == m_wrapWidths.size();
    }
    return index < m_layouts.size() ? &m_layouts[index] : nullptr;
}

void FlowItem::layoutLabel()
{
    m_labelRect = QRectF();
    m_labelLines.clear();
    m_labelProtocol.clear();
    m_leader.reset();
    m_preferredCentre = QPointF();
    if (m_polyline.size() < 2 || (m_name.isEmpty() && m_protocol.isEmpty() && glyphsWidth() == 0))
        return;
    // The label should fit between the two elements: along the line, narrower and taller
    // labels fit short horizontal flows, wide and short ones short vertical flows. The scene
    // then moves it out of the way of elements and other labels (placeLabel()).
    QPointF direction(1, 0);
    const QLineF longest(m_polyline.first(), m_polyline.last());
    const double lineLength = longest.length();
    if (lineLength > 1e-6)
        direction = (longest.p2() - longest.p1()) / lineLength;
    size_t chosen = 0;
    for (size_t i = 0; const LabelLayout *layout = labelLayout(i); ++i) {
        chosen = i;
        const double along = std::abs(direction.x()) * layout->size.width()
                             + std::abs(direction.y()) * layout->size.height();
        if (along + 2 * kArrowLength <= lineLength || m_labelPosition)
            break;
    }

    // Halfway along the drawn line.
    double total = 0;
    for (qsizetype i = 0; i + 1 < m_polyline.size(); ++i)
        total += QLineF(m_polyline[i], m_polyline[i + 1]).length();
    double remaining = total / 2;
    QPointF anchor = m_polyline.first();
    for (qsizetype i = 0; i + 1 < m_polyline.size(); ++i) {
        const QLineF segment(m_polyline[i], m_polyline[i + 1]);
        if (segment.length() >= remaining) {
            anchor = segment.pointAt(segment.length() > 0 ? remaining / segment.length() : 0);
            break;
        }
        remaining -= segment.length();
    }
    if (!m_laneNormal.isNull()) {
        // Parallel flows: stack the labels across the lanes far enough apart not to overlap,
        // measured along the lanes' normal.
        const QFontMetricsF nameMetrics(flowFont());
        const QFontMetricsF protocolMetrics(protocolFont());
        const double lane = m_laneOffset / kLaneSpacingUnit;
        const double largestHeight = nameMetrics.height() * 3 + protocolMetrics.height() + 4;
        const double extent = std::abs(m_laneNormal.x()) * (kFlowLabelWidth + 8)
                              + std::abs(m_laneNormal.y()) * largestHeight + 2;
        anchor += m_laneNormal * (lane * extent - m_laneOffset);
    }
    m_preferredCentre = anchor;
    const LabelLayout &layout = m_layouts[chosen];
    const QPointF centre = m_labelPosition ? *m_labelPosition : anchor;
    m_labelLines = layout.lines;
    m_labelProtocol = layout.protocolLines;
    m_labelRect = QRectF(centre - QPointF(layout.size.width() / 2, layout.size.height() / 2),
                         layout.size);
}

std::vector<QRectF> FlowItem::markRects() const
{
    std::vector<QRectF> rects;
    if (m_polyline.size() < 2)
        return rects;
    const qsizetype last = m_polyline.size() - 1;
    rects.push_back(arrowHead(m_polyline[last], m_polyline[last - 1]).boundingRect());
    if (m_bidirectional)
        rects.push_back(arrowHead(m_polyline[0], m_polyline[1]).boundingRect());
    for (const QPointF &at : m_markers)
        rects.emplace_back(at - QPointF(kMarkerSize, kMarkerSize),
                           QSizeF(2 * kMarkerSize, 2 * kMarkerSize));
    return rects;
}

void FlowItem::placeLabel(size_t layoutIndex, QPointF centre, std::optional<QPointF> leader)
{
    const LabelLayout *layout = labelLayout(layoutIndex);
    if (m_labelPosition || !layout || m_labelRect.isNull())
        return;
    const QRectF rect(centre - QPointF(layout->size.width() / 2, layout->size.height() / 2),
                      layout->size);
    if (rect == m_labelRect && leader == m_leader && layout->lines == m_labelLines
        && layout->protocolLines == m_labelProtocol)
        return;
    prepareGeometryChange();
    m_labelRect = rect;
    m_labelLines = layout->lines;
    m_labelProtocol = layout->protocolLines;
    m_leader = leader;
    updateBounds();
}

QRectF FlowItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath FlowItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath path = stroker.createStroke(m_linePath);
    if (!m_labelRect.isNull())
        path.addRect(m_labelRect);
    return path;
}

void FlowItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (m_polyline.size() < 2)
        return;
    const bool crossing = crossesBoundary();
    const bool selected = isSelected() && !m_scene->isPrinting();
    const QColor color = selected ? kSelection : kFlowLine;
    if (m_outOfScope)
        painter->setOpacity(0.55);
    QPen pen(color, crossing ? kCrossingFlowWidth : kFlowWidth,
             m_outOfScope ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_linePath);

    painter->setPen(QPen(color, 1, Qt::SolidLine, Qt::RoundCap, Qt::MiterJoin));
    painter->setBrush(color);
    const qsizetype last = m_polyline.size() - 1;
    painter->drawPolygon(arrowHead(m_polyline[last], m_polyline[last - 1]));
    if (m_bidirectional)
        painter->drawPolygon(arrowHead(m_polyline[0], m_polyline[1]));

    for (const QPointF &at : m_markers)
        notation::paintCrossingMarker(painter, at);

    if (selected) {
        // canvas: bend handles, to drag (or double-click to remove).
        const double scale = painter->worldTransform().m11();
        const double half = 4 / std::max(scale, 0.4); // stays inside the bounds
        painter->setPen(QPen(kSelection, 1.2 / std::max(scale, 0.4)));
        painter->setBrush(Qt::white);
        for (const QPointF &bend : m_bends)
            painter->drawRect(QRectF(bend - QPointF(half, half), QSizeF(2 * half, 2 * half)));
    }

    if (m_labelRect.isNull() || !showsText(option, painter, m_scene)
        || m_scene->leavesOutLabel(this))
        return;
    if (m_leader) {
        // A label that found no room beside its line points to it.
        const QPointF from(std::clamp(m_leader->x(), m_labelRect.left(), m_labelRect.right()),
                           std::clamp(m_leader->y(), m_labelRect.top(), m_labelRect.bottom()));
        painter->setPen(QPen(color, 0.9, Qt::DotLine, Qt::RoundCap));
        painter->drawLine(from, *m_leader);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(*m_leader, 2.2, 2.2);
    }
    painter->setPen(selected ? QPen(kSelection, 0.8, Qt::DashLine) : QPen(Qt::NoPen));
    painter->setBrush(notation::fillFor(painter, QColor(255, 255, 255, 225)));
    painter->drawRoundedRect(m_labelRect, 3, 3);
    const QFontMetricsF nameMetrics(flowFont());
    double y = m_labelRect.top() + 2;
    painter->setFont(flowFont());
    painter->setPen(selected ? kSelection : kInk);
    for (const QString &line : m_labelLines) {
        const double x = m_labelRect.center().x() - nameMetrics.horizontalAdvance(line) / 2;
        painter->drawText(QPointF(x, y + nameMetrics.ascent()), line);
        y += nameMetrics.height();
    }
    const QFontMetricsF protocolMetrics(protocolFont());
    const double glyphs = glyphsWidth();
    const QColor ink = selected ? kSelection : kMutedInk;
    for (qsizetype i = 0; i < m_labelProtocol.size(); ++i) {
        const QString &line = m_labelProtocol[i];
        const double before = i == 0 ? glyphs : 0.0; // the glyphs lead the first line
        double x = m_labelRect.center().x()
                   - (before + protocolMetrics.horizontalAdvance(line)) / 2;
        const double glyphHeight = protocolMetrics.height() - 2;
        if (i == 0 && m_wireless) {
            drawWirelessGlyph(painter, QRectF(x, y + 1, kGlyphWidth - 3, glyphHeight), ink);
            x += kGlyphWidth;
        }
        if (i == 0 && m_encrypted) {
            drawPadlockGlyph(painter, QRectF(x, y + 1, kGlyphWidth - 3, glyphHeight), ink);
            x += kGlyphWidth;
        }
        painter->setFont(protocolFont());
        painter->setPen(kMutedInk);
        painter->drawText(QPointF(x, y + protocolMetrics.ascent()), line);
        y += protocolMetrics.height();
    }
}

double FlowItem::glyphsWidth() const
{
    return (m_wireless ? kGlyphWidth : 0.0) + (m_encrypted ? kGlyphWidth : 0.0);
}

void drawWirelessGlyph(QPainter *painter, const QRectF &box, const QColor &color)
{
    // A transmitter dot and two waves, as on radio equipment.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const double unit = std::min(box.width(), box.height()) / 8.0;
    const QPointF origin(box.left() + unit, box.center().y() + 2 * unit);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawEllipse(origin, unit, unit);
    painter->setPen(QPen(color, std::max(0.8, unit * 0.9), Qt::SolidLine, Qt::RoundCap));
    painter->setBrush(Qt::NoBrush);
    for (const double radius : {3.5 * unit, 6.5 * unit})
        painter->drawArc(QRectF(origin.x() - radius, origin.y() - radius, 2 * radius,
                                2 * radius),
                         0, 90 * 16);
    painter->restore();
}

void drawPadlockGlyph(QPainter *painter, const QRectF &box, const QColor &color)
{
    // A closed padlock: a shackle over a solid body.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const double bodyTop = box.top() + box.height() * 0.45;
    const QRectF body(box.left(), bodyTop, box.width(), box.bottom() - bodyTop);
    const double inset = box.width() * 0.22;
    const QRectF shackle(box.left() + inset, box.top() + 0.5, box.width() - 2 * inset,
                         (bodyTop - box.top()) * 1.6);
    painter->setPen(QPen(color, std::max(0.9, box.width() * 0.14)));
    painter->setBrush(Qt::NoBrush);
    painter->drawArc(shackle, 0, 180 * 16);
    painter->drawLine(QPointF(shackle.left(), shackle.center().y()),
                      QPointF(shackle.left(), bodyTop));
    painter->drawLine(QPointF(shackle.right(), shackle.center().y()),
                      QPointF(shackle.right(), bodyTop));
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(body, 1, 1);
    painter->restore();
}

// ---------------------------------------------------------------- threats: badges

void ElementItem::setThreatCount(int count)
{
    if (!m_threatBadge && count == 0)
        return;
    if (!m_threatBadge)
        m_threatBadge = new ThreatBadgeItem(this);
    m_threatBadge->setCount(count);
    m_threatBadge->placeAt(QPointF(m_size.width() + 2, -2));
}

int ElementItem::threatCount() const
{
    return m_threatBadge ? m_threatBadge->count() : 0;
}

void FlowItem::setThreatCount(int count)
{
    if (!m_threatBadge && count == 0)
        return;
    if (!m_threatBadge)
        m_threatBadge = new ThreatBadgeItem(this);
    m_threatBadge->setCount(count);
    if (!m_labelRect.isNull())
        m_threatBadge->placeAt(m_labelRect.topRight());
    else if (!m_polyline.isEmpty())
        m_threatBadge->placeAt((m_polyline.first() + m_polyline.last()) / 2);
}

int FlowItem::threatCount() const
{
    return m_threatBadge ? m_threatBadge->count() : 0;
}

} // namespace vigil
