#pragma once

// Threat-count badges on diagram items: a small rounded badge with the number of open threats
// (open or needing investigation) at the top-right corner of an element, or of a flow's label.
// The badge is a child item of the element or flow, so DiagramItems only forward a count to it.

#include "model/ThreatModel.h"

#include <QCoreApplication>
#include <QGraphicsItem>

#include <unordered_map>

namespace vigil {

class DiagramScene;

// Open threats per target: elements, flows (crossing threats count for their flow).
std::unordered_map<Id, int> openThreatCounts(const ThreatModel &model);
bool isOpenThreatStatus(ThreatStatus status);

// Sets every element and flow item of `scene` to its count (0 hides the badge).
void applyThreatCounts(DiagramScene *scene, const std::unordered_map<Id, int> &counts);

class ThreatBadgeItem final : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(ThreatBadgeItem)

public:
    enum { Type = UserType + 40 };
    int type() const override { return Type; }

    explicit ThreatBadgeItem(QGraphicsItem *parent);
    int count() const { return m_count; }
    void setCount(int count);
    // Puts the badge's centre at `corner` in the parent's coordinates.
    void placeAt(QPointF corner);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    int m_count = 0;
    QString m_text;
    QRectF m_rect;
};

} // namespace vigil
