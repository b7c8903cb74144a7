#pragma once

// DiagramView: a QGraphicsView for one DiagramScene with the zoom and pan a diagram editor
// needs: Ctrl+wheel and Ctrl+= / Ctrl+- zoom about the cursor, fit to window, 100%, and
// middle-button panning. Rubber-band selection with the left button.

#include <QGraphicsView>

namespace vigil {

class DiagramScene;

class DiagramView final : public QGraphicsView {
    Q_OBJECT

public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    DiagramScene *diagramScene() const;
    double zoom() const; // 1.0 = 100%

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToWindow();
    void setZoom(double zoom);

signals:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void showEvent(QShowEvent *event) override;

private:
    void scaleBy(double factor);

    bool m_fittedOnce = false; // a new view starts fitted to its window
    bool m_panning = false;
    QPoint m_panLast;
};

} // namespace vigil
