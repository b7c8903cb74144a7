#pragma once

// The diagrams of the model a report is about, drawn for print: no badges, no selection, with
// the notation's legend. Scenes are made on first use and kept for the report's life.

#include "model/ThreatModel.h"
#include "views/diagram/DiagramExport.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QSizeF>

#include <map>
#include <memory>

class QPainter;

namespace vigil {
class Document;
class DiagramScene;
} // namespace vigil

namespace vigil::report {

class ReportDiagrams {
public:
    explicit ReportDiagrams(const ThreatModel &model);
    ~ReportDiagrams();
    ReportDiagrams(const ReportDiagrams &) = delete;
    ReportDiagrams &operator=(const ReportDiagrams &) = delete;

    QSizeF size(const Id &diagram);                              // in points
    void paint(const Id &diagram, QPainter &painter, const QRectF &target); // vectors
    QByteArray svg(const Id &diagram);                           // self-contained SVG
    QImage image(const Id &diagram, double dotsPerInch);         // for ODT

    // The height in points of the diagram's smallest text when it is drawn at `scale` of size().
    static double smallestTextPoints(double scale);
    // The diagram cut into landscape sheets whose smallest text is at least 6 pt when each is
    // painted turned a quarter onto a portrait page of `page` points (paintSheet()).
    const DiagramSheets &sheets(const Id &diagram, QSizeF page);
    // Sheet `index` of sheets(), turned a quarter anticlockwise (its top to the page's left, as
    // landscape pages are bound), fitted into `target`, with a title block naming the sheet.
    void paintSheet(const Id &diagram, int index, QPainter &painter, const QRectF &target);
    // For the sheets' title blocks.
    void setRevisionAndDate(const QString &revision, const QString &date);

private:
    DiagramScene &scene(const Id &diagram);

    DiagramPrintOptions sheetOptions(const Id &diagram) const;

    const ThreatModel &m_model;
    std::unique_ptr<Document> m_document;
    std::map<Id, std::unique_ptr<DiagramScene>> m_scenes;
    std::map<Id, DiagramSheets> m_sheets;
    QString m_revision;
    QString m_date;
};

} // namespace vigil::report
