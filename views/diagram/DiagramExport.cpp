#include "views/diagram/DiagramExport.h"

#include "views/diagram/DiagramScene.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QGraphicsItem>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace vigil {

namespace {

constexpr double kMargin = 32;
constexpr double kMaxPixels = 120e6; // ~480 MB as ARGB32: the most a single export may take

QRectF exportRect(DiagramScene &scene)
{
    QRectF rect = scene.contentRect();
    if (rect.isEmpty())
        rect = QRectF(0, 0, 1, 1);
    return rect.adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

// Renders without the selection highlight, then puts the selection back.
void renderScene(DiagramScene &scene, QPainter &painter, const QRectF &target,
                 const QRectF &source)
{
    const QList<QGraphicsItem *> selected = scene.selectedItems();
    for (QGraphicsItem *item : selected)
        item->setSelected(false);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Renders the diagram as SVG into `generator` (a file or a buffer); `path` names it in errors.
void renderSvg(DiagramScene &scene, QSvgGenerator &generator, const QString &path,
               const QString &title)
{
    const QRectF source = exportRect(scene);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(title);
    generator.setDescription(
        QCoreApplication::translate("DiagramExport", "Data-flow diagram exported from Vigil"));
    QPainter painter;
    if (!painter.begin(&generator))
        throw ExportError(
            QCoreApplication::translate("DiagramExport", "%1: cannot write the file")
                .arg(nativePath(path))
                .toStdString());
    painter.fillRect(QRectF(QPointF(0, 0), source.size()), Qt::white);
    renderScene(scene, painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
}

} // namespace

QImage renderDiagramImage(DiagramScene &scene, double devicePixelRatio)
{
    const QRectF source = exportRect(scene);
    const double area = source.width() * source.height();
    const double ratio = std::min(devicePixelRatio, std::sqrt(kMaxPixels / area));
    const QSize pixels(static_cast<int>(std::ceil(source.width() * ratio)),
                       static_cast<int>(std::ceil(source.height() * ratio)));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    renderScene(scene, painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return image;
}

void exportDiagramPng(DiagramScene &scene, const QString &path)
{
    const QImage image = renderDiagramImage(scene);
    if (image.isNull())
        throw ExportError(QCoreApplication::translate("DiagramExport",
                                                      "%1: the diagram is too large to render")
                              .arg(nativePath(path))
                              .toStdString());
    if (!image.save(path, "PNG"))
        throw ExportError(
            QCoreApplication::translate("DiagramExport", "%1: cannot write the file")
                .arg(nativePath(path))
                .toStdString());
}

void exportDiagramSvg(DiagramScene &scene, const QString &path, const QString &title)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    renderSvg(scene, generator, path, title);
}

QByteArray renderDiagramFile(DiagramScene &scene, const QString &path, const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        const QImage image = renderDiagramImage(scene);
        if (image.isNull() || !image.save(&buffer, "PNG"))
            throw ExportError(QCoreApplication::translate(
                                  "DiagramExport", "%1: the diagram is too large to render")
                                  .arg(nativePath(path))
                                  .toStdString());
    } else if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        renderSvg(scene, generator, path, title);
    } else {
        throw ExportError(QCoreApplication::translate(
                              "DiagramExport", "%1: unsupported image type; use .png or .svg")
                              .arg(nativePath(path))
                              .toStdString());
    }
    return buffer.data();
}

void exportDiagram(DiagramScene &scene, const QString &path, const QString &title)
{
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        exportDiagramPng(scene, path);
    else if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        exportDiagramSvg(scene, path, title);
    else
        throw ExportError(QCoreApplication::translate(
                              "DiagramExport", "%1: unsupported image type; use .png or .svg")
                              .arg(nativePath(path))
                              .toStdString());
}

} // namespace vigil
