#include "views/diagram/DiagramView.h"

#include "views/document/Commands.h"
#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"
#include "views/document/Document.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>
#include <vector>

namespace vigil {

namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 8.0;
constexpr double kZoomStep = 1.25;
constexpr double kFitMaxZoom = 1.0; // fitting a small diagram should not blow it up
constexpr double kGrid = 20;
const QColor kCanvas(0xfb, 0xfc, 0xfd);
const QColor kGridDot(0xd5, 0xdb, 0xe1);

// The tool a palette drag carries, if `mime` is one.
std::optional<DiagramScene::Tool> paletteTool(const QMimeData *mime)
{
    const QString format = QString::fromLatin1(DiagramScene::kPaletteMimeType);
    if (!mime || !mime->hasFormat(format))
        return std::nullopt;
    return DiagramScene::toolForPaletteKind(mime->data(format));
}

} // namespace

DiagramView::DiagramView(DiagramScene *scene, QWidget *parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlag(DontAdjustForAntialiasing, true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
}

DiagramScene *DiagramView::diagramScene() const
{
    return static_cast<DiagramScene *>(scene());
}

double DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    diagramScene()->updateHandlePositions();
    emit zoomChanged(zoom);
}

void DiagramView::scaleBy(double factor)
{
    setZoom(zoom() * factor);
}

void DiagramView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(kZoomStep);
    setTransformationAnchor(anchor);
}

void DiagramView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(1 / kZoomStep);
    setTransformationAnchor(anchor);
}

void DiagramView::resetZoom()
{
    setZoom(1.0);
}

void DiagramView::fitToWindow()
{
    const QRectF content = diagramScene()->contentRect().adjusted(-24, -24, 24, 24);
    if (content.isEmpty())
        return;
    fitInView(content, Qt::KeepAspectRatio);
    if (zoom() > kFitMaxZoom)
        setTransform(QTransform::fromScale(kFitMaxZoom, kFitMaxZoom));
    centerOn(content.center());
    diagramScene()->updateHandlePositions();
    emit zoomChanged(zoom());
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // 120 units = one notch = one zoom step, smooth for touchpads' smaller deltas.
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0.0)
        scaleBy(std::pow(kZoomStep, notches));
    event->accept();
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Equal:
        case Qt::Key_Plus: zoomIn(); event->accept(); return;
        case Qt::Key_Minus: zoomOut(); event->accept(); return;
        case Qt::Key_0: resetZoom(); event->accept(); return;
        default: break;
        }
    }
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && !m_panning) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            restoreCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::focusOutEvent(QFocusEvent *event)
{
    // A space released while another widget had focus must not leave the view panning.
    m_spaceHeld = false;
    if (!m_panning)
        restoreCursor();
    QGraphicsView::focusOutEvent(event);
}

void DiagramView::restoreCursor()
{
    if (diagramScene() && diagramScene()->tool() != DiagramScene::Tool::Select)
        viewport()->setCursor(Qt::CrossCursor);
    else
        viewport()->unsetCursor();
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton
        || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint now = event->position().toPoint();
        const QPoint delta = now - m_panLast;
        m_panLast = now;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        if (m_spaceHeld)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            restoreCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::dragEnterEvent(QDragEnterEvent *event)
{
    if (paletteTool(event->mimeData()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void DiagramView::dragMoveEvent(QDragMoveEvent *event)
{
    if (paletteTool(event->mimeData()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void DiagramView::dropEvent(QDropEvent *event)
{
    const std::optional<DiagramScene::Tool> tool = paletteTool(event->mimeData());
    if (!tool) {
        QGraphicsView::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    diagramScene()->placeAt(*tool, mapToScene(event->position().toPoint()));
    setFocus(Qt::OtherFocusReason); // the keys (Delete, F2) now act on what was placed
}

void DiagramView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (!m_fittedOnce) {
        m_fittedOnce = true;
        fitToWindow();
    }
}

void DiagramView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, kCanvas);
    // A faint dot grid, only where dots are far enough apart to help rather than to hatch.
    if (zoom() < 0.5)
        return;
    const double left = std::floor(rect.left() / kGrid) * kGrid;
    const double top = std::floor(rect.top() / kGrid) * kGrid;
    std::vector<QPointF> dots;
    for (double x = left; x < rect.right(); x += kGrid)
        for (double y = top; y < rect.bottom(); y += kGrid)
            dots.emplace_back(x, y);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(kGridDot, 0));
    painter->drawPoints(dots.data(), static_cast<int>(dots.size()));
    painter->restore();
}

// ---------------------------------------------------------------- canvas: rename in place

namespace {

// A line editor that reports Escape instead of ignoring it.
class RenameLineEdit final : public QLineEdit {
public:
    using QLineEdit::QLineEdit;
    std::function<void()> onEscape;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape && onEscape) {
            event->accept();
            onEscape();
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
};

} // namespace

void DiagramView::startRename(const Id &id)
{
    finishRename(true);
    DiagramScene *scene = diagramScene();
    const ThreatModel &model = scene->document()->model();
    QString name;
    QRectF area;
    if (const Element *element = model.element(id); element && scene->elementItem(id)) {
        const NodeItem *node = scene->elementItem(id);
        name = QString::fromStdString(element->name);
        area = QRectF(node->pos(), node->size());
    } else if (const TrustBoundary *zone = model.boundary(id); zone && scene->zoneItem(id)) {
        const NodeItem *node = scene->zoneItem(id);
        name = QString::fromStdString(zone->name);
        area = QRectF(node->pos() + QPointF(8, 4),
                      QSizeF(std::min(node->size().width() - 16, 260.0), 24));
    } else if (const Flow *flow = model.flow(id); flow && scene->flowItem(id)) {
        const FlowItem *item = scene->flowItem(id);
        name = QString::fromStdString(flow->name);
        area = item->labelRect();
        if (area.isNull()) {
            const QPolygonF line = item->polyline();
            const QPointF middle = line.isEmpty() ? QPointF() : (line.first() + line.last()) / 2;
            area = QRectF(middle - QPointF(80, 12), QSizeF(160, 24));
        }
    } else {
        return;
    }
    ensureVisible(area, 24, 24);
    const QRect onScreen = mapFromScene(area).boundingRect();
    auto *editor = new RenameLineEdit(viewport());
    QFont font = editor->font();
    font.setPixelSize(std::max(12, qRound(13 * zoom())));
    editor->setFont(font);
    editor->setText(name);
    editor->selectAll();
    editor->setAlignment(Qt::AlignCenter);
    editor->setAccessibleName(tr("Name"));
    const int height = editor->sizeHint().height();
    const int width = std::max(onScreen.width(), 160);
    editor->setGeometry(onScreen.center().x() - width / 2, onScreen.center().y() - height / 2,
                        width, height);
    editor->onEscape = [this] { finishRename(false); };
    connect(editor, &QLineEdit::editingFinished, this, [this] { finishRename(true); });
    m_renameEditor = editor;
    m_renamedId = id;
    editor->show();
    editor->setFocus(Qt::OtherFocusReason);
}

void DiagramView::finishRename(bool commit)
{
    if (!m_renameEditor)
        return;
    QLineEdit *editor = m_renameEditor;
    m_renameEditor = nullptr; // editingFinished fires again when the editor loses focus
    const std::string name = editor->text().trimmed().toStdString();
    editor->hide();
    editor->deleteLater();
    setFocus(Qt::OtherFocusReason);
    if (commit && !name.empty()) {
        Document *document = diagramScene()->document();
        document->push(new RenameCommand(document, m_renamedId, name));
    }
    m_renamedId.clear();
}

} // namespace vigil
