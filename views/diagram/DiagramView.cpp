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
#include <QPainter>
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
constexpr double kMinGridDotSpacing = 10; // pixels on screen between grid dots
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
    // A scroll bar that comes or goes keeps the drawing where it is (a centre anchor would
    // shift it by half the bar's width).
    setResizeAnchor(NoAnchor);
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlag(DontAdjustForAntialiasing, true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setAutoFit(true);
    if (scene) {
        connect(scene, &QGraphicsScene::sceneRectChanged, this, &DiagramView::updateCanvas);
        // The welcome covers the middle of the window: it must go (or come back) as a whole.
        connect(scene, &QGraphicsScene::changed, this, [this] {
            if (m_showedWelcome != diagramScene()->isBlank())
                viewport()->update();
        });
    }
}

void DiagramView::updateCanvas()
{
    // The canvas a view scrolls over: the diagram and always what is on screen now. A canvas
    // smaller than the window would be centred in it, so every element placed near the edge
    // would grow it and shift the whole drawing under the user's hand.
    if (!scene())
        return;
    const QRectF shown = mapToScene(viewport()->rect()).boundingRect();
    const QRectF area = scene()->sceneRect() | shown;
    if (area != sceneRect())
        setSceneRect(area);
}

DiagramScene *DiagramView::diagramScene() const
{
    return static_cast<DiagramScene *>(scene());
}

double DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::setAutoFit(bool on)
{
    m_autoFit = on;
    // While the view fits the whole diagram there is nothing to scroll to; scroll bars that
    // came and went with rounding would resize the viewport, which refits, without end.
    const Qt::ScrollBarPolicy policy = on ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    setHorizontalScrollBarPolicy(policy);
    setVerticalScrollBarPolicy(policy);
}

void DiagramView::setZoom(double zoom)
{
    setAutoFit(false);
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    updateCanvas();
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
    updateCanvas();
    centerOn(content.center());
    updateCanvas();
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
    setAutoFit(false);
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

void DiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit && m_fittedOnce)
        fitToWindow();
    else
        updateCanvas();
}

void DiagramView::setLegendShown(bool shown)
{
    if (shown == m_legendShown)
        return;
    m_legendShown = shown;
    viewport()->update();
}

void DiagramView::drawLegend(QPainter *painter) const
{
    // The notation, drawn with the diagram's own shapes, lines, marks and glyphs.
    const QColor ink(0x33, 0x3d, 0x47);
    const QColor line(0x4a, 0x55, 0x63);
    const QColor zone(0xb0, 0x3a, 0x2e);
    const QFontMetrics metrics(font());
    const int row = std::max(20, metrics.height() + 6);
    const QStringList labels{tr("External entity"), tr("Process"), tr("Data store"),
                             tr("Trust zone"),      tr("Data flow"),
                             tr("Flow crossing a trust zone (marker on the zone's edge)"),
                             tr("Wireless link (glyph before the protocol)"),
                             tr("Encrypted link (glyph before the protocol)"),
                             tr("Safety-critical element"),
                             tr("Open threats of an element or flow")};
    int textWidth = 0;
    for (const QString &label : labels)
        textWidth = std::max(textWidth, metrics.horizontalAdvance(label));
    const int symbol = 44;
    QRect card(0, 0, symbol + textWidth + 36, row * static_cast<int>(labels.size()) + 16);
    card.moveBottomLeft(viewport()->rect().bottomLeft() + QPoint(12, -12));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(QColor(0xd5, 0xdb, 0xe1), 1));
    painter->setBrush(QColor(255, 255, 255, 240));
    painter->drawRoundedRect(card, 8, 8);
    for (int i = 0; i < labels.size(); ++i) {
        const QRectF cell(card.left() + 12, card.top() + 8 + i * row + 3, symbol, row - 6);
        const QPointF mid(cell.left(), cell.center().y());
        painter->save();
        painter->setPen(QPen(line, 1.4));
        painter->setBrush(Qt::NoBrush);
        switch (i) {
        case 0:
            painter->setBrush(QColor(0xf4, 0xf6, 0xf8));
            painter->drawRect(cell.adjusted(4, 0, -4, 0));
            break;
        case 1:
            painter->setPen(QPen(QColor(0x2d, 0x5b, 0x8c), 1.4));
            painter->setBrush(QColor(0xe8, 0xf0, 0xfa));
            painter->drawRoundedRect(cell.adjusted(4, 0, -4, 0), 5, 5);
            break;
        case 2: {
            const QRectF box = cell.adjusted(4, 0, -4, 0);
            painter->setPen(QPen(QColor(0x2e, 0x6b, 0x45), 1.4));
            painter->setBrush(QColor(0xee, 0xf5, 0xee));
            painter->fillRect(box, QColor(0xee, 0xf5, 0xee));
            painter->drawLine(box.topLeft(), box.topRight());
            painter->drawLine(box.bottomLeft(), box.bottomRight());
            painter->drawLine(box.topLeft(), box.bottomLeft());
            painter->drawLine(box.topLeft() + QPointF(4, 0), box.bottomLeft() + QPointF(4, 0));
            break;
        }
        case 3:
            painter->setPen(QPen(zone, 1.4, Qt::DashLine));
            painter->drawRoundedRect(cell.adjusted(4, 0, -4, 0), 5, 5);
            break;
        case 4:
        case 5: {
            painter->setPen(QPen(line, i == 5 ? 2.6 : 1.4));
            painter->drawLine(mid, mid + QPointF(symbol - 8, 0));
            painter->setBrush(line);
            painter->setPen(Qt::NoPen);
            const QPointF tip = mid + QPointF(symbol, 0);
            painter->drawPolygon(QPolygonF({tip, tip + QPointF(-9, -4), tip + QPointF(-9, 4)}));
            if (i == 5) {
                const QPointF at = mid + QPointF(symbol / 2.0, 0);
                painter->setPen(QPen(Qt::white, 1.5));
                painter->setBrush(zone);
                painter->drawPolygon(QPolygonF({at + QPointF(0, -6), at + QPointF(6, 0),
                                                at + QPointF(0, 6), at + QPointF(-6, 0)}));
            }
            break;
        }
        case 6:
            drawWirelessGlyph(painter, QRectF(cell.left() + 14, cell.top(), 12, cell.height()),
                              QColor(0x6b, 0x75, 0x80));
            break;
        case 7:
            drawPadlockGlyph(painter, QRectF(cell.left() + 15, cell.top() + 1, 10,
                                             cell.height() - 2),
                             QColor(0x6b, 0x75, 0x80));
            break;
        case 8: {
            const QPointF centre = cell.center();
            const QPolygonF triangle({centre + QPointF(0, -7), centre + QPointF(8, 6),
                                      centre + QPointF(-8, 6)});
            painter->setPen(QPen(QColor(0x5a, 0x46, 0x00), 1));
            painter->setBrush(QColor(0xf2, 0xb7, 0x05));
            painter->drawPolygon(triangle);
            painter->setPen(QPen(QColor(0x5a, 0x46, 0x00), 1.6));
            painter->drawLine(centre + QPointF(0, -3), centre + QPointF(0, 2));
            painter->drawPoint(centre + QPointF(0, 4.2));
            break;
        }
        case 9: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xc6, 0x28, 0x28));
            painter->drawEllipse(cell.center(), 8, 8);
            painter->setPen(Qt::white);
            QFont small = font();
            small.setPixelSize(10);
            small.setBold(true);
            painter->setFont(small);
            painter->drawText(QRectF(cell.center() - QPointF(8, 8), QSizeF(16, 16)),
                              Qt::AlignCenter, QStringLiteral("3"));
            break;
        }
        default: break;
        }
        painter->restore();
        painter->setPen(ink);
        painter->setFont(font());
        painter->drawText(QRect(card.left() + 20 + symbol, card.top() + 8 + i * row,
                                textWidth + 8, row),
                          Qt::AlignLeft | Qt::AlignVCenter, labels.at(i));
    }
}

void DiagramView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (m_legendShown) {
        painter->save();
        painter->resetTransform();
        drawLegend(painter);
        painter->restore();
    }
    m_showedWelcome = diagramScene() && diagramScene()->isBlank();
    if (!m_showedWelcome)
        return;
    const QString title = tr("An empty diagram");
    const QStringList steps{
        tr("Draw: choose External Entity (E), Process (P) or Data Store (D) in the tool bar "
           "and click here. Drag from an element's blue handle to another element to draw a "
           "data flow (F), and put elements that share a trust level in a Trust Zone (Z)."),
        tr("Analyze: Vigil lists the STRIDE threats of every element and of every flow that "
           "crosses a zone while you draw (Threats > Analyze, F5)."),
        tr("Triage: select a threat in the Threats list and record a decision: mitigate, "
           "accept or transfer it, with a justification."),
        tr("File > New from Template starts from a connected-device starter or the "
           "insulin-pump example; F1 opens the user guide.")};
    painter->save();
    painter->resetTransform();
    const QRect area = viewport()->rect();
    const int width = std::min(560, area.width() - 40);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics bodyMetrics(font());
    const int gap = bodyMetrics.height() / 2;
    std::vector<QRect> stepRects;
    int height = titleMetrics.height() + gap;
    for (const QString &step : steps) {
        const QRect bounds =
            bodyMetrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, step);
        stepRects.push_back(bounds);
        height += bounds.height() + gap;
    }
    QRect card(0, 0, width + 48, height + 40);
    card.moveCenter(area.center());
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(kGridDot, 1));
    painter->setBrush(QColor(255, 255, 255, 235));
    painter->drawRoundedRect(card, 10, 10);
    painter->setPen(palette().color(QPalette::WindowText));
    int y = card.top() + 20;
    painter->setFont(titleFont);
    painter->drawText(QRect(card.left() + 24, y, width, titleMetrics.height()), Qt::AlignLeft,
                      title);
    y += titleMetrics.height() + gap;
    painter->setFont(font());
    for (std::size_t i = 0; i < stepRects.size(); ++i) {
        painter->drawText(QRect(card.left() + 24, y, width, stepRects[i].height()),
                          Qt::TextWordWrap, steps.at(static_cast<qsizetype>(i)));
        y += stepRects[i].height() + gap;
    }
    painter->restore();
}

void DiagramView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, kCanvas);
    // A faint dot grid, only where dots are far enough apart to help rather than to hatch.
    const DiagramScene *scene = diagramScene();
    const double grid = scene ? scene->gridSize() : DiagramScene::kGridSize;
    if ((scene && !scene->showsGrid()) || grid * zoom() < kMinGridDotSpacing)
        return;
    const double left = std::floor(rect.left() / grid) * grid;
    const double top = std::floor(rect.top() / grid) * grid;
    std::vector<QPointF> dots;
    for (double x = left; x < rect.right(); x += grid)
        for (double y = top; y < rect.bottom(); y += grid)
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
