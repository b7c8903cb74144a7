#pragma once

// Rendering a diagram to a file: PNG (white background, margins, twice the pixels for crisp
// text) and SVG. Used by the GUI's export actions and by `vigil-cli render`.

#include <QImage>
#include <QString>

#include <stdexcept>

namespace vigil {

class DiagramScene;

// A file that could not be written, or an unsupported extension. what() names the file.
class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Everything on the scene, on white, with a margin; devicePixelRatio 2 doubles the pixels.
// Very large diagrams get a smaller ratio so the image stays within memory limits.
QImage renderDiagramImage(DiagramScene &scene, double devicePixelRatio = 2.0);

void exportDiagramPng(DiagramScene &scene, const QString &path);
void exportDiagramSvg(DiagramScene &scene, const QString &path, const QString &title);
// By the extension of `path`: .png or .svg; anything else is an ExportError.
void exportDiagram(DiagramScene &scene, const QString &path, const QString &title);

// The bytes of the file exportDiagram would write to `path` (.png or .svg), rendered in memory,
// so that the caller can write them atomically and tell a failed write (vigil-cli render).
// Throws ExportError as exportDiagram does.
QByteArray renderDiagramFile(DiagramScene &scene, const QString &path, const QString &title);

} // namespace vigil
