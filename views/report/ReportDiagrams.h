#pragma once

// The diagrams of the model a report is about, drawn for print: no badges, no selection, with
// the notation's legend. Scenes are made on first use and kept for the report's life.

#include "model/ThreatModel.h"

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

private:
    DiagramScene &scene(const Id &diagram);

    std::unique_ptr<Document> m_document;
    std::map<Id, std::unique_ptr<DiagramScene>> m_scenes;
};

} // namespace vigil::report
