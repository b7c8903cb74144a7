#include "views/diagram/ChangeMarks.h"

#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"

#include <QFontMetricsF>
#include <QPainter>

namespace vigil {

namespace {

constexpr double kTagHeight = 18;
const QColor kAddedColour(0x1b, 0x5e, 0x20);   // dark green
const QColor kChangedColour(0x8a, 0x4b, 0x00); // dark amber
const QColor kRemovedColour(0x8e, 0x1b, 0x1b); // dark red

const QFont &tagFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(12);
        f.setWeight(QFont::Bold);
        return f;
    }();
    return font;
}

QRectF toQRect(const Rect &rect) { return QRectF(rect.x, rect.y, rect.width, rect.height); }

QString nameOf(const ThreatModel &model, const Id &id)
{
    if (const Element *element = model.element(id))
        return QString::fromStdString(element->name);
    if (const TrustBoundary *zone = model.boundary(id))
        return QString::fromStdString(zone->name);
    if (const Flow *flow = model.flow(id))
        return QString::fromStdString(flow->name);
    return QString::fromStdString(id);
}

} // namespace

DiagramChangeMarks changeMarksFor(const ModelDiff &diff, const ThreatModel &before,
                                  const Id &diagram)
{
    DiagramChangeMarks result;
    const Diagram *old = before.diagram(diagram);
    for (const RecordChange &change : diff.changes) {
        const bool graph = change.kind == "element" || change.kind == "zone";
        if (!graph && change.kind != "flow")
            continue;
        if (change.change != RecordChangeKind::Removed) {
            result.marks.emplace(change.id, change.change);
            continue;
        }
        if (!old)
            continue;
        DiagramChangeMarks::Ghost ghost;
        ghost.id = change.id;
        ghost.name = nameOf(before, change.id);
        if (graph) {
            const auto node = old->nodes.find(change.id);
            if (node == old->nodes.end())
                continue;
            ghost.rect = toQRect(node->second);
        } else {
            const Flow *flow = before.flow(change.id);
            if (!flow || !old->flows.count(change.id))
                continue;
            const auto source = old->nodes.find(flow->source);
            const auto target = old->nodes.find(flow->target);
            if (source == old->nodes.end() || target == old->nodes.end())
                continue;
            ghost.isFlow = true;
            ghost.line = QLineF(toQRect(source->second).center(), toQRect(target->second).center());
        }
        result.ghosts.push_back(std::move(ghost));
    }
    return result;
}

void applyChangeMarks(DiagramScene *scene, const DiagramChangeMarks &marks)
{
    std::vector<QGraphicsItem *> stale;
    for (QGraphicsItem *item : scene->items())
        if (item->type() == ChangeTagItem::Type || item->type() == RemovedGhostItem::Type)
            stale.push_back(item);
    for (QGraphicsItem *item : stale)
        delete item;
    for (const auto &[id, change] : marks.marks) {
        if (NodeItem *node = scene->nodeItem(id)) {
            auto *tag = new ChangeTagItem(node, change);
            tag->setPos(-2, -2);
        } else if (FlowItem *flow = scene->flowItem(id)) {
            auto *tag = new ChangeTagItem(flow, change);
            tag->setPos(flow->hasLabel() ? flow->labelRect().topLeft()
                                         : flow->preferredLabelCentre());
        }
    }
    for (const DiagramChangeMarks::Ghost &ghost : marks.ghosts)
        scene->addItem(new RemovedGhostItem(ghost));
}

// ---------------------------------------------------------------- the tag

ChangeTagItem::ChangeTagItem(QGraphicsItem *parent, RecordChangeKind change)
    : QGraphicsItem(parent), m_change(change)
{
    // U+0394 GREEK CAPITAL LETTER DELTA: "changed", as in a diff.
    m_text = change == RecordChangeKind::Added ? tr("+ added") : tr("\u0394 changed");
    const double width = QFontMetricsF(tagFont()).horizontalAdvance(m_text) + 10;
    // Centred on the corner it marks, like the threat badge on the opposite corner.
    m_rect = QRectF(-width / 2, -kTagHeight / 2, width, kTagHeight);
    setZValue(2);
    setAcceptedMouseButtons(Qt::NoButton);
    setToolTip(change == RecordChangeKind::Added
                   ? tr("Added since the compared revision")
                   : tr("Changed since the compared revision"));
}

QRectF ChangeTagItem::boundingRect() const { return m_rect.adjusted(-1, -1, 1, 1); }

void ChangeTagItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QColor colour = m_change == RecordChangeKind::Added ? kAddedColour : kChangedColour;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, 1));
    painter->setBrush(colour);
    painter->drawRoundedRect(m_rect, 4, 4);
    painter->setFont(tagFont());
    painter->setPen(Qt::white);
    painter->drawText(m_rect, Qt::AlignCenter, m_text);
}

// ---------------------------------------------------------------- the ghost

RemovedGhostItem::RemovedGhostItem(const DiagramChangeMarks::Ghost &ghost) : m_ghost(ghost)
{
    m_label = tr("\u2212 removed: %1").arg(ghost.name); // U+2212 MINUS SIGN
    setZValue(1000); // above what is drawn there now, which it does not hide: see paint()
    setAcceptedMouseButtons(Qt::NoButton);
    setToolTip(tr("Removed since the compared revision: %1").arg(ghost.name));
}

QRectF RemovedGhostItem::labelRect() const
{
    const QFontMetricsF metrics(tagFont());
    const double width = metrics.horizontalAdvance(m_label) + 10;
    const QPointF centre = m_ghost.isFlow ? m_ghost.line.center() : m_ghost.rect.center();
    return QRectF(centre.x() - width / 2, centre.y() - kTagHeight / 2, width, kTagHeight);
}

QRectF RemovedGhostItem::boundingRect() const
{
    const QRectF shape = m_ghost.isFlow ? QRectF(m_ghost.line.p1(), m_ghost.line.p2()).normalized()
                                        : m_ghost.rect;
    return (shape | labelRect()).adjusted(-3, -3, 3, 3);
}

void RemovedGhostItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    // Dashed and unfilled: what is drawn there now stays visible through it.
    painter->setPen(QPen(kRemovedColour, 2, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    if (m_ghost.isFlow)
        painter->drawLine(m_ghost.line);
    else
        painter->drawRoundedRect(m_ghost.rect, 6, 6);
    const QRectF label = labelRect();
    painter->setPen(QPen(Qt::white, 1));
    painter->setBrush(kRemovedColour);
    painter->drawRoundedRect(label, 4, 4);
    painter->setFont(tagFont());
    painter->setPen(Qt::white);
    painter->drawText(label, Qt::AlignCenter, m_label);
}

} // namespace vigil
