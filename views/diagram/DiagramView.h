#pragma once

// DiagramView: a QGraphicsView for one DiagramScene with the zoom and pan a diagram editor
// needs: Ctrl+wheel and Ctrl+= / Ctrl+- zoom about the cursor, fit to window, 100%, and
// middle-button panning. Rubber-band selection with the left button. The canvas adds
// space-drag panning and the in-place name editor (F2, double-click).

#include "model/Types.h"

#include <QGraphicsView>
#include <QPointer>

#include <QLineEdit>

namespace vigil {

class DiagramScene;

class DiagramView final : public QGraphicsView {
    Q_OBJECT

public:
    explicit DiagramView(DiagramScene *scene, QWidget *parent = nullptr);

    DiagramScene *diagramScene() const;
    double zoom() const; // 1.0 = 100%

    // canvas: opens a line editor over the name of element, zone or flow `id`; Enter renames it
    // (one undo step), Escape cancels.
    void startRename(const Id &id);
    QLineEdit *renameEditor() const { return m_renameEditor; }

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToWindow();
    void setZoom(double zoom);
    // A legend of the notation in the window's corner (View > Legend).
    void setLegendShown(bool shown);
    bool legendShown() const { return m_legendShown; }

signals:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    // On a blank diagram: a short welcome (draw, analyse, triage) in the middle of the window.
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    // A drag from the palette (DiagramScene::kPaletteMimeType) places its element or zone where
    // it is dropped; other drags go to the scene as usual.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setAutoFit(bool on);
    void updateCanvas();
    void scaleBy(double factor);

    bool m_fittedOnce = false; // a new view starts fitted to its window
    // ... and stays fitted while the window settles (docks arranged, maximized), until the
    // user zooms or clicks into it.
    bool m_autoFit = true; // refit on resize until the user zooms or clicks
    void drawLegend(QPainter *painter) const;
    bool m_legendShown = false;
    bool m_showedWelcome = false; // the welcome was drawn: repaint it away once there is content
    bool m_panning = false;
    QPoint m_panLast;
    // canvas
    void finishRename(bool commit);
    void restoreCursor();
    bool m_spaceHeld = false; // space + left-drag pans
    QPointer<QLineEdit> m_renameEditor;
    Id m_renamedId;
};

} // namespace vigil
