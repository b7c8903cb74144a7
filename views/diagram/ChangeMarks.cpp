#include "views/diagram/ChangeMarks.h"

#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <map>

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

// Where the line from inside `rect` outwards leaves it (the line's start when it never does).
QPointF exitPoint(const QLineF &line, const QRectF &rect)
{
    const QLineF edges[] = {{rect.topLeft(), rect.topRight()},
                            {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()},
                            {rect.bottomLeft(), rect.topLeft()}};
    for (const QLineF &edge : edges) {
        QPointF at;
        if (line.intersects(edge, &at) == QLineF::BoundedIntersection)
            return at;
    }
    return line.p1();
}

// Removed flows between the same two elements are drawn side by side, their labels staggered
// along the line, so that neither hides the other.
void spreadParallelGhosts(std::vector<DiagramChangeMarks::Ghost> &ghosts,
                          const std::vector<std::pair<QRectF, QRectF>> &ends)
{
    constexpr double kLaneGap = 12;
    const auto key = [](const QRectF &r) {
        return std::pair{r.center().x(), r.center().y()};
    };
    // Lanes and label places count along each pair's one direction, whichever way a flow ran.
    std::map<std::pair<std::pair<double, double>, std::pair<double, double>>, std::vector<size_t>>
        byPair;
    for (size_t i = 0; i < ghosts.size(); ++i)
        if (ghosts[i].isFlow)
            byPair[std::minmax(key(ends[i].first), key(ends[i].second))].push_back(i);
    for (const auto &[pair, members] : byPair) {
        const double count = static_cast<double>(members.size());
        for (size_t lane = 0; lane < members.size(); ++lane) {
            DiagramChangeMarks::Ghost &ghost = ghosts[members[lane]];
            const QRectF &source = ends[members[lane]].first;
            const QRectF &target = ends[members[lane]].second;
            const bool forward = key(source) == pair.first;
            const QLineF along = forward ? QLineF(source.center(), target.center())
                                         : QLineF(target.center(), source.center());
            const QPointF normal =
                along.length() > 0 ? QPointF(-along.dy(), along.dx()) / along.length()
                                   : QPointF();
            const QPointF shift =
                normal * (static_cast<double>(lane) - (count - 1) / 2) * kLaneGap;
            const QLineF shifted(source.center() + shift, target.center() + shift);
            ghost.line = QLineF(exitPoint(shifted, source),
                                exitPoint(QLineF(shifted.p2(), shifted.p1()), target));
            const double t = (static_cast<double>(lane) + 1) / (count + 1);
            ghost.labelAt = forward ? t : 1 - t;
        }
    }
}

} // namespace

DiagramChangeMarks changeMarksFor(const ModelDiff &diff, const ThreatModel &before,
                                  const Id &diagram)
{
    DiagramChangeMarks result;
    std::vector<std::pair<QRectF, QRectF>> ends; // of each ghost, for the flows' lines
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
        ghost.name = QString::fromStdString(before.displayName(change.id));
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
            ends.resize(result.ghosts.size());
            ends.emplace_back(toQRect(source->second), toQRect(target->second));
        }
        result.ghosts.push_back(std::move(ghost));
    }
    ends.resize(result.ghosts.size());
    spreadParallelGhosts(result.ghosts, ends);
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
            // Just above the label's left end, clear of its text.
            auto *tag = new ChangeTagItem(flow, change);
            tag->setPos(flow->hasLabel()
                            ? flow->labelRect().topLeft() + QPointF(0, -kTagHeight / 2 - 1)
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
    const QPointF centre =
        m_ghost.isFlow ? m_ghost.line.pointAt(m_ghost.labelAt) : m_ghost.rect.center();
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
