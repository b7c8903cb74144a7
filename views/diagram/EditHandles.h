#pragma once

// Handles the canvas shows around the one selected node: eight resize handles and a connector
// to drag a new flow from. They only draw and report their role: DiagramScene runs the drag and
// turns its end into an undo command.

#include <QCoreApplication>
#include <QGraphicsItem>

namespace vigil {

class EditHandle final : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(EditHandle)

public:
    enum { Type = UserType + 20 };
    int type() const override { return Type; }

    // Resize roles name the corner or edge they move; Connect starts a flow.
    enum class Role { TopLeft, Top, TopRight, Right, BottomRight, Bottom, BottomLeft, Left,
                      Connect };

    explicit EditHandle(Role role);
    Role role() const { return m_role; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    Role m_role;
};

} // namespace vigil
