#pragma once

// Edits of one diagram that the canvas, the menus and the tests share: adding elements, zones
// and flows, deleting, copy and paste, align and distribute. Each takes ids (never the scene's
// selection) and pushes exactly one undo step on the Document.

#include "model/ThreatModel.h"

#include <QByteArray>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

class QMimeData;

namespace vigil {

class Document;

namespace editing {

// The clipboard format: a vigil-model JSON document holding the copied part of a diagram.
inline constexpr const char *kMimeType = "application/x-vigil-model+json";

enum class Alignment { Left, HorizontalCentre, Right, Top, VerticalCentre, Bottom };

Id newId();

// "Process 3": the first free number for elements of `kind`.
std::string defaultElementName(const ThreatModel &model, ElementKind kind);
std::string defaultZoneName(const ThreatModel &model);
std::string defaultFlowName(const ThreatModel &model);

// Adds an element of `kind` with rectangle `rect` on `diagram`; it joins the zone under its
// centre. Returns its id.
Id addElement(Document *document, const Id &diagram, ElementKind kind, const Rect &rect);
// Adds a trust zone; it nests in the zone around it and adopts the elements and zones it is
// drawn around. Returns its id.
Id addZone(Document *document, const Id &diagram, const Rect &rect);
// Adds a flow from `source` to `target` drawn on `diagram`. Returns its id (empty if refused).
Id addFlow(Document *document, const Id &diagram, const Id &source, const Id &target);

// Deletes elements (with their flows), zones (their contents move to the parent zone) and flows.
void deleteItems(Document *document, const std::vector<Id> &ids);

// Nodes a move of `nodes` on `diagram` takes along: the nodes and everything drawn in the zones
// among them, nested zones included.
std::vector<Id> withZoneContents(const ThreatModel &model, const Id &diagram,
                                 const std::vector<Id> &nodes);

// The selection as a vigil-model JSON document: the elements and zones (with what they hold),
// the flows between copied elements, and their layout on `diagram`. Empty if nothing to copy.
QByteArray copyItems(const ThreatModel &model, const Id &diagram, const std::vector<Id> &ids);
QMimeData *mimeDataFor(const QByteArray &json);
// The vigil-model JSON on the clipboard, or empty.
QByteArray modelJsonFrom(const QMimeData *mime);
// The area the nodes in `json` cover on their diagram (null if none).
QRectF clipBounds(const QByteArray &json);
// Pastes `json` (as copyItems writes it) onto `diagram` moved by `offset`, with fresh ids; pasted
// elements and zones join the zone under them. Returns the new ids (empty on bad input, with the
// reason in `error`).
std::vector<Id> pasteItems(Document *document, const Id &diagram, const QByteArray &json,
                           QPointF offset, QString *error = nullptr);

// Lines up the nodes among `ids` (zones carry their contents). Needs two or more.
void alignNodes(Document *document, const Id &diagram, const std::vector<Id> &ids,
                Alignment alignment);
// Spaces the nodes among `ids` evenly between the outermost two. Needs three or more.
void distributeNodes(Document *document, const Id &diagram, const std::vector<Id> &ids,
                     Qt::Orientation orientation);

// Nesting depth of a zone: 0 for a top-level zone.
int zoneDepth(const ThreatModel &model, const Id &zone);
// Draws the zones among `ids` above (or below) the other zones of the same nesting depth on
// `diagram` by changing their saved stack order, keeping their order among themselves.
void restackZones(Document *document, const Id &diagram, const std::vector<Id> &ids,
                  bool toFront);

} // namespace editing
} // namespace vigil
