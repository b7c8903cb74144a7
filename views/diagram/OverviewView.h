#pragma once

// OverviewView: the whole diagram in miniature with the main view's visible area outlined
// (View > Overview). Clicking or dragging in it moves the main view there.

#include <QGraphicsView>
#include <QPointer>
#include <QTimer>

namespace vigil {

class DiagramView;

class OverviewView final : public QGraphicsView {
    Q_OBJECT

public:
    explicit OverviewView(QWidget *parent = nullptr);
    // Follows `view` (null: shows nothing).
    void setTarget(DiagramView *view);
    DiagramView *target() const { return m_target; }
    // The main view's visible area, in scene coordinates.
    QRectF visibleArea() const;

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refit();
    void panTo(QPoint viewportPos);

    QPointer<DiagramView> m_target;
    QTimer m_refitTimer; // scene changes come in bursts; refit once they settle
    std::vector<QMetaObject::Connection> m_connections;
};

} // namespace vigil
