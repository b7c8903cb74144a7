#include "views/diagram/ThreatBadges.h"

#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace vigil {

namespace {

const QColor kBadgeFill(0xc6, 0x28, 0x28);
const QColor kBadgeText(Qt::white);
constexpr double kBadgeHeight = 16;

const QFont &badgeFont()
{
    static const QFont font = [] {
        QFont f;
        f.setPixelSize(10);
        f.setWeight(QFont::Bold);
        return f;
    }();
    return font;
}

} // namespace

bool isOpenThreatStatus(ThreatStatus status)
{
    return status == ThreatStatus::Open || status == ThreatStatus::NeedsInvestigation;
}

std::unordered_map<Id, int> openThreatCounts(const ThreatModel &model)
{
    std::unordered_map<Id, int> counts;
    for (const auto &[id, threat] : model.threats().all()) {
        if (!isOpenThreatStatus(threat.status) || threat.targets.empty())
            continue;
        // An element or a flow; a crossing's second target is the zone, counted on the flow.
        ++counts[threat.targets.front()];
    }
    return counts;
}

void applyThreatCounts(DiagramScene *scene, const std::unordered_map<Id, int> &counts)
{
    auto countOf = [&counts](const Id &id) {
        auto it = counts.find(id);
        return it == counts.end() ? 0 : it->second;
    };
    for (QGraphicsItem *item : scene->items()) {
        if (auto *element = qgraphicsitem_cast<ElementItem *>(item))
            element->setThreatCount(countOf(element->id()));
        else if (auto *flow = qgraphicsitem_cast<FlowItem *>(item))
            flow->setThreatCount(countOf(flow->id()));
    }
}

ThreatBadgeItem::ThreatBadgeItem(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    // Clicks go to the element or flow underneath.
    setAcceptedMouseButtons(Qt::NoButton);
    setFlag(ItemStacksBehindParent, false);
    setVisible(false);
}

void ThreatBadgeItem::setCount(int count)
{
    if (count == m_count)
        return;
    prepareGeometryChange();
    m_count = count;
    m_text = QString::number(count);
    const double width =
        std::max(kBadgeHeight, QFontMetricsF(badgeFont()).horizontalAdvance(m_text) + 9);
    m_rect = QRectF(-width / 2, -kBadgeHeight / 2, width, kBadgeHeight);
    setToolTip(tr("%n open threat(s)", nullptr, count));
    setVisible(count > 0);
    update();
}

void ThreatBadgeItem::placeAt(QPointF corner)
{
    setPos(corner);
}

QRectF ThreatBadgeItem::boundingRect() const
{
    return m_rect.adjusted(-1, -1, 1, 1);
}

void ThreatBadgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_count <= 0)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Qt::white, 1.2));
    painter->setBrush(kBadgeFill);
    painter->drawRoundedRect(m_rect, kBadgeHeight / 2, kBadgeHeight / 2);
    painter->setFont(badgeFont());
    painter->setPen(kBadgeText);
    painter->drawText(m_rect, Qt::AlignCenter, m_text);
}

} // namespace vigil
