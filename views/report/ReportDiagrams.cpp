#include "views/report/ReportDiagrams.h"

#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"
#include "views/document/Document.h"

#include <QPageSize>
#include <QPainter>

#include <algorithm>
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

ReportDiagrams::ReportDiagrams(const ThreatModel &model)
    : m_model(model), m_document(std::make_unique<Document>())
{
    m_document->setUntitledModel(model.drawingOnly(), QString::fromStdString(model.info().name));
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
    DiagramPrintOptions options = printOptions();
    if (const Diagram *shown = m_model.diagram(diagram))
        options.diagramName = QString::fromStdString(shown->name); // the SVG's title
    return renderDiagramSvg(scene(diagram), options);
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

double ReportDiagrams::smallestTextPoints(double scale)
{
    return kSmallestTextPixels * kPointsPerSceneUnit * scale;
}

DiagramPrintOptions ReportDiagrams::sheetOptions(const Id &diagram) const
{
    DiagramPrintOptions options = printOptions();
    options.titleBlock = true;
    options.modelName = QString::fromStdString(m_model.info().name);
    if (const Diagram *shown = m_model.diagram(diagram))
        options.diagramName = QString::fromStdString(shown->name);
    options.revision = m_revision;
    options.date = m_date;
    return options;
}

const DiagramSheets &ReportDiagrams::sheets(const Id &diagram, QSizeF page)
{
    auto found = m_sheets.find(diagram);
    if (found != m_sheets.end())
        return found->second;
    // A landscape sheet turned onto the portrait page shrinks by `fit`: ask for text that
    // much larger, so that it prints at 6 pt.
    const QSizeF sheet = QPageSize(QPageSize::A4).size(QPageSize::Point).transposed(); // landscape
    const double fit = std::min(page.height() / sheet.width(), page.width() / sheet.height());
    DiagramSheets cut = paginateDiagram(scene(diagram), sheetOptions(diagram), Paper::A4,
                                        kMinimumPrintTextPoints / fit);
    return m_sheets.emplace(diagram, std::move(cut)).first->second;
}

void ReportDiagrams::paintSheet(const Id &diagram, int index, QPainter &painter,
                                const QRectF &target)
{
    const DiagramSheets &cut = m_sheets.at(diagram);
    const double fit = std::min(target.height() / cut.pageSize.width(),
                                target.width() / cut.pageSize.height());
    const QSizeF turned = cut.pageSize * fit; // the sheet's size on the page before turning
    painter.save();
    painter.translate(target.center());
    painter.rotate(-90);
    paintDiagramSheet(scene(diagram), painter,
                      QRectF(QPointF(-turned.width() / 2, -turned.height() / 2), turned),
                      sheetOptions(diagram), cut, index);
    painter.restore();
}

void ReportDiagrams::setRevisionAndDate(const QString &revision, const QString &date)
{
    m_revision = revision;
    m_date = date;
}

} // namespace vigil::report
