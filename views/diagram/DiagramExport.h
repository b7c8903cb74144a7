#pragma once

// Diagrams for documents and files: the GUI's File > Export Diagram, `vigil-cli render` and the
// report generator. A diagram prints as its elements, zones and flows, with (when asked) a
// legend of the notation and a title block below it, never with the selection, edit handles or
// (unless asked) the live threat-count badges. PDF and SVG come out as vectors.
//
// Sizes: a scene unit is a CSS pixel (1/96 in = 0.75 pt), as the diagram shows at 100% zoom;
// "100%" below means that size.

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>
#include <vector>

class QPainter;

namespace vigil {

class DiagramScene;

// A file that could not be written, or an unsupported extension. what() names the file.
class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct DiagramPrintOptions {
    bool badges = false;      // live threat-count badges (screen only; off for documents)
    bool legend = false;      // a legend of the notation: external entity, process, data store,
                              // flow, trust zone, the boundary-crossing marker, the
                              // safety-critical mark (and the glyphs and dashes in use)
    bool titleBlock = false;  // model, diagram, revision, date in a box at the bottom right
    QString modelName, diagramName, revision, date; // an empty revision leaves its row out
};

// The size in points (1/72 in) the diagram occupies at 100% with these options
// (content + legend + title block + margins).
QSizeF diagramPrintSize(DiagramScene &scene, const DiagramPrintOptions &options);
// Paints the diagram into `target` (device coordinates of `painter`), scaled uniformly to fit
// and centred, without selection highlights, hover effects or (unless asked) badges. On a
// QPdfWriter/QSvgGenerator it comes out as vectors (text as text). Paints a white background
// over the diagram's part of `target`.
void paintDiagram(DiagramScene &scene, QPainter &painter, const QRectF &target,
                  const DiagramPrintOptions &options);
// Self-contained SVG bytes (for inline use in HTML: no XML declaration, a viewBox in scene
// units, width/height in pt; every name escaped).
QByteArray renderDiagramSvg(DiagramScene &scene, const DiagramPrintOptions &options);

// ---------------------------------------------------------------- paper: fitting and sheets

inline constexpr double kPointsPerSceneUnit = 0.75;
// The smallest text a printed diagram may have, in points (issue 9: "at least 6 pt").
inline constexpr double kMinimumPrintTextPoints = 6;

enum class Paper { A4, Letter };

// A diagram laid out on landscape pages of `paper` so that its smallest text stays at least
// `minimumTextPoints` high: one sheet when the whole of it fits at that size (scaled down to
// fit, never up beyond 100%), otherwise split into tiles, row by row, each on a sheet of its
// own with the legend and the title block ("sheet 2 of 6") at its foot. Cuts are placed where
// they split the fewest elements and labels, near an even split; an element or label that a cut
// still splits is shown whole on the sheet before the cut (the tiles overlap a little there).
struct DiagramSheets {
    Paper paper = Paper::A4;
    QSizeF pageSize;         // points, landscape
    double scale = 1;        // of the 100% size
    int rows = 1;
    int columns = 1;
    std::vector<QRectF> tiles; // scene rectangles, row by row (one: the whole diagram)
    int count() const { return rows * columns; }
};
DiagramSheets paginateDiagram(DiagramScene &scene, const DiagramPrintOptions &options,
                              Paper paper,
                              double minimumTextPoints = kMinimumPrintTextPoints);
// Paints sheet `index` (0-based, row by row) of `sheets` onto a page whose whole area is
// `page` in the painter's device coordinates.
void paintDiagramSheet(DiagramScene &scene, QPainter &painter, const QRectF &page,
                       const DiagramPrintOptions &options, const DiagramSheets &sheets,
                       int index);

// ---------------------------------------------------------------- files

// How a diagram becomes a file (File > Export Diagram, vigil-cli render).
struct DiagramExportSettings {
    DiagramPrintOptions print;
    double scale = 1;          // of the 100% size, without `fit`
    int dpi = 192;             // PNG only: pixels per inch (192: two pixels per scene unit)
    std::optional<Paper> fit;  // landscape pages, readable text, tiles when needed
    // PDF: the document's creation date. Invalid: midnight UTC of `print.date` (YYYY-MM-DD)
    // when it is one, else midnight UTC today, so that the bytes only change with the date.
    QDateTime creationDate;
};

// One file an export writes: with `fit` and several sheets a PNG export writes one image per
// sheet (OUT-1.png, OUT-2.png, ...); a PDF has one page per sheet; an SVG holds one sheet only
// (Qt's SVG generator cannot clip a tile), so it is an ExportError there.
struct DiagramFile {
    QString path;
    QByteArray bytes;
};

// The files an export to `path` (.png, .svg or .pdf) writes, rendered in memory so that the
// caller can write them atomically and tell a failed write. Throws ExportError (an unsupported
// extension, too many pixels, an SVG of several sheets) naming the file.
std::vector<DiagramFile> renderDiagramFiles(DiagramScene &scene, const QString &path,
                                            const DiagramExportSettings &settings);
// Renders and writes them (each through QSaveFile) and returns their paths. Throws
// ExportError naming the file.
QStringList exportDiagram(DiagramScene &scene, const QString &path,
                          const DiagramExportSettings &settings);

// A PDF as QPdfWriter writes it, with its /CreationDate set to `when` instead of the time of
// writing (same length, so no offset moves). Qt 6.4 writes no other timestamp or document id
// into a PDF that is not PDF/A (PDF/A adds XMP dates, a random xmpMM:DocumentID and a random
// trailer /ID). Same bytes also need the fonts in the same order: Qt writes them in QHash
// order, so renderDiagramFiles makes the hash seed deterministic
// (QHashSeed::setDeterministicGlobalSeed) while it writes a PDF.
QByteArray stampPdfCreationDate(QByteArray pdf, const QDateTime &when);

// ---------------------------------------------------------------- the earlier interface

// Everything on the scene, on white, with a margin; devicePixelRatio 2 doubles the pixels.
// Very large diagrams get a smaller ratio so the image stays within memory limits. No badges.
QImage renderDiagramImage(DiagramScene &scene, double devicePixelRatio = 2.0);

void exportDiagramPng(DiagramScene &scene, const QString &path);
void exportDiagramSvg(DiagramScene &scene, const QString &path, const QString &title);
// By the extension of `path`: .png, .svg or .pdf; anything else is an ExportError.
void exportDiagram(DiagramScene &scene, const QString &path, const QString &title);

// The bytes of the file exportDiagram would write to `path` (.png, .svg or .pdf), rendered in
// memory. Throws ExportError as exportDiagram does.
QByteArray renderDiagramFile(DiagramScene &scene, const QString &path, const QString &title);

} // namespace vigil
