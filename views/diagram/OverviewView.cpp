#include "views/diagram/OverviewView.h"

#include "views/diagram/DiagramScene.h"
#include "views/diagram/DiagramView.h"

#include <QMouseEvent>
#include <QScrollBar>

namespace vigil {

OverviewView::OverviewView(QWidget *parent) : QGraphicsView(parent)
{
    setInteractive(false);
    setRenderHints(QPainter::Antialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setViewportUpdateMode(FullViewportUpdate);
    setBackgroundBrush(QColor(0xfb, 0xfc, 0xfd));
    setCursor(Qt::PointingHandCursor);
    setMinimumSize(160, 110);
    setToolTip(tr("Click or drag to move the diagram view"));
    m_refitTimer.setSingleShot(true);
    m_refitTimer.setInterval(150);
    connect(&m_refitTimer, &QTimer::timeout, this, &OverviewView::refit);
}

void OverviewView::setTarget(DiagramView *view)
{
    if (view == m_target)
        return;
    for (const auto &connection : m_connections)
        disconnect(connection);
    m_connections.clear();
    m_target = view;
    setScene(view ? view->scene() : nullptr);
    if (!view)
        return;
    const auto repaint = [this] { viewport()->update(); };
    m_connections.push_back(
        connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this, repaint));
    m_connections.push_back(
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, repaint));
    m_connections.push_back(connect(view, &DiagramView::zoomChanged, this, repaint));
    m_connections.push_back(connect(view->scene(), &QGraphicsScene::changed, this, [this] {
        if (!m_refitTimer.isActive())
            m_refitTimer.start();
    }));
    refit();
}

QRectF OverviewView::visibleArea() const
{
    if (!m_target)
        return {};
    return m_target->mapToScene(m_target->viewport()->rect()).boundingRect();
}

void OverviewView::refit()
{
    if (!m_target || !scene())
        return;
    QRectF area = m_target->diagramScene()->contentRect().adjusted(-40, -40, 40, 40);
    setSceneRect(area);
    fitInView(area, Qt::KeepAspectRatio);
    viewport()->update();
}

void OverviewView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_target)
        return;
    const QRectF visible = visibleArea();
    QColor fill(0x1e, 0x7b, 0xd8, 28);
    painter->setBrush(fill);
    QPen pen(QColor(0x1e, 0x7b, 0xd8), 1.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->drawRect(visible);
}

void OverviewView::panTo(QPoint viewportPos)
{
    if (m_target)
        m_target->centerOn(mapToScene(viewportPos));
    viewport()->update();
}

void OverviewView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        panTo(event->position().toPoint());
    event->accept();
}

void OverviewView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        panTo(event->position().toPoint());
    event->accept();
}

void OverviewView::wheelEvent(QWheelEvent *event)
{
    event->accept(); // the miniature always shows everything
}

void OverviewView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

} // namespace vigil
