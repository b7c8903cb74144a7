#include "views/diagram/EditHandles.h"

#include <QCursor>
#include <QPainter>

namespace vigil {

namespace {

const QColor kHandleLine(0x1e, 0x7b, 0xd8);
constexpr double kHalf = 4.5;        // resize handles are 9 px squares at any zoom
constexpr double kConnectRadius = 8; // the connector is a 16 px disc with an arrow

} // namespace

EditHandle::EditHandle(Role role) : m_role(role)
{
    // Same size on screen at every zoom; above everything the diagram draws.
    setFlag(ItemIgnoresTransformations);
    setZValue(1000);
    setAcceptHoverEvents(true);
    switch (role) {
    case Role::TopLeft:
    case Role::BottomRight: setCursor(Qt::SizeFDiagCursor); break;
    case Role::TopRight:
    case Role::BottomLeft: setCursor(Qt::SizeBDiagCursor); break;
    case Role::Top:
    case Role::Bottom: setCursor(Qt::SizeVerCursor); break;
    case Role::Left:
    case Role::Right: setCursor(Qt::SizeHorCursor); break;
    case Role::Connect:
        setCursor(Qt::CrossCursor);
        setToolTip(tr("Drag to another element to draw a data flow"));
        break;
    }
}

QRectF EditHandle::boundingRect() const
{
    const double half = m_role == Role::Connect ? kConnectRadius + 1 : kHalf + 1;
    return QRectF(-half, -half, 2 * half, 2 * half);
}

QPainterPath EditHandle::shape() const
{
    QPainterPath path;
    // A little larger than drawn, so the handle is easy to grab.
    const double half = m_role == Role::Connect ? kConnectRadius + 2 : kHalf + 2;
    path.addRect(QRectF(-half, -half, 2 * half, 2 * half));
    return path;
}

void EditHandle::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_role != Role::Connect) {
        painter->setPen(QPen(kHandleLine, 1.2));
        painter->setBrush(Qt::white);
        painter->drawRect(QRectF(-kHalf, -kHalf, 2 * kHalf, 2 * kHalf));
        return;
    }
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(kHandleLine);
    painter->drawEllipse(QPointF(0, 0), kConnectRadius, kConnectRadius);
    // An arrow: a flow starts here.
    painter->setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawLine(QPointF(-4, 0), QPointF(3.5, 0));
    painter->drawLine(QPointF(0.5, -3), QPointF(3.5, 0));
    painter->drawLine(QPointF(0.5, 3), QPointF(3.5, 0));
}

} // namespace vigil
