#include "views/report/ReportDiagrams.h"

#include "views/diagram/DiagramExport.h"
#include "views/diagram/DiagramScene.h"
#include "views/document/Document.h"

#include <QPainter>

#include <cmath>

namespace vigil::report {

namespace {

// For documents: no live badges, and the legend that explains the notation.
DiagramPrintOptions printOptions()
{
    DiagramPrintOptions options;
    options.badges = false;
    options.legend = true;
    return options;
}

} // namespace

ReportDiagrams::ReportDiagrams(const ThreatModel &model) : m_document(std::make_unique<Document>())
{
    m_document->setUntitledModel(model, QString::fromStdString(model.info().name));
}

ReportDiagrams::~ReportDiagrams()
{
    m_scenes.clear(); // before the document they show
}

DiagramScene &ReportDiagrams::scene(const Id &diagram)
{
    auto &slot = m_scenes[diagram];
    if (!slot)
        slot = std::make_unique<DiagramScene>(m_document.get(), diagram);
    return *slot;
}

QSizeF ReportDiagrams::size(const Id &diagram)
{
    return diagramPrintSize(scene(diagram), printOptions());
}

void ReportDiagrams::paint(const Id &diagram, QPainter &painter, const QRectF &target)
{
    paintDiagram(scene(diagram), painter, target, printOptions());
}

QByteArray ReportDiagrams::svg(const Id &diagram)
{
    return renderDiagramSvg(scene(diagram), printOptions());
}

QImage ReportDiagrams::image(const Id &diagram, double dotsPerInch)
{
    const QSizeF points = size(diagram);
    const double scale = dotsPerInch / 72.0;
    QImage image(QSize(int(std::ceil(points.width() * scale)), int(std::ceil(points.height() * scale))),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(int(std::lround(dotsPerInch / 0.0254)));
    image.setDotsPerMeterY(int(std::lround(dotsPerInch / 0.0254)));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(diagram, painter, QRectF(QPointF(0, 0), image.size()));
    return image;
}

} // namespace vigil::report
