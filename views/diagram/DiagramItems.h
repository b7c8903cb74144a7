#pragma once

// Graphics items of a diagram (DFD3 notation, MITRE/MDIC playbook): elements, trust zones and
// flows. Items hold ids and what they need to draw (a cache refreshed from the model by the
// scene); they never own or edit model data. Moving an item by mouse only moves it on screen:
// DiagramScene turns the finished drag into an undo command.

#include "model/ThreatModel.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QStringList>

#include <deque>
#include <optional>
#include <vector>

namespace vigil {

// The pixel size of element names at 100% zoom (legible from about 8 pixels on screen).
inline constexpr int kElementNamePixels = 13;
// The smallest text a diagram draws (a flow's protocol), in scene units: printing keeps it
// readable by never scaling it below a size in points (DiagramExport).
inline constexpr int kSmallestTextPixels = 10;

// The glyphs flows carry beside their protocol (and the legend shows), so that a wireless or an
// encrypted link reads without relying on colour. Each fills `box`, about a text line high.
void drawWirelessGlyph(QPainter *painter, const QRectF &box, const QColor &color);
void drawPadlockGlyph(QPainter *painter, const QRectF &box, const QColor &color);

// The notation as the items draw it, for legends that must look exactly like the diagram.
namespace notation {
void paintElementShape(QPainter *painter, ElementKind kind, const QRectF &rect,
                       bool selected = false, bool outOfScope = false);
void paintZoneShape(QPainter *painter, const QRectF &rect, bool selected = false);
void paintSafetyMark(QPainter *painter, QPointF centre);
void paintCrossingMarker(QPainter *painter, QPointF at);
// A flow's line from `from` to `to` with its arrow head at `to`.
void paintFlowLine(QPainter *painter, QPointF from, QPointF to, bool crossing,
                   bool outOfScope = false);
const QFont &elementFont();
const QFont &zoneFont();
const QFont &flowFont();
const QFont &protocolFont();
QColor inkColor();
QColor mutedInkColor();
QColor zoneTextColor();
} // namespace notation

class DiagramScene;
class ThreatBadgeItem;

// An element or a zone: a rectangle of the diagram, positioned by its top-left corner.
class NodeItem : public QGraphicsItem {
public:
    NodeItem(Id id, DiagramScene *scene);
    const Id &id() const { return m_id; }
    QSizeF size() const { return m_size; }
    // Position and size as the model stores them.
    Rect modelRect() const;
    void setModelRect(const Rect &rect);
    QRectF boundingRect() const override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    DiagramScene *diagramScene() const { return m_scene; }

    Id m_id;
    QSizeF m_size;

private:
    DiagramScene *m_scene;
};

class ElementItem final : public NodeItem {
    Q_DECLARE_TR_FUNCTIONS(ElementItem)

public:
    enum { Type = UserType + 1 };
    int type() const override { return Type; }

    ElementItem(Id id, DiagramScene *scene);
    // Re-reads name, kind and flags from the model and re-lays out the label.
    void refresh(const ThreatModel &model);
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

    ElementKind kind() const { return m_kind; }
    bool isSafetyCritical() const { return m_safetyCritical; }
    const QStringList &labelLines() const { return m_lines; }
    // threats: open threats on this element, shown as a badge at the top-right corner.
    void setThreatCount(int count);
    int threatCount() const;

private:
    void layoutLabel();


    ElementKind m_kind = ElementKind::Process;
    QString m_name;
    QStringList m_lines;
    bool m_safetyCritical = false;
    bool m_outOfScope = false;
    ThreatBadgeItem *m_threatBadge = nullptr; // threats: child item, created on first count
};

class ZoneItem final : public NodeItem {
    Q_DECLARE_TR_FUNCTIONS(ZoneItem)

public:
    enum { Type = UserType + 2 };
    int type() const override { return Type; }

    ZoneItem(Id id, DiagramScene *scene);
    void refresh(const ThreatModel &model);
    // A zone is picked by its outline and label, so clicks inside reach what it contains.
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;
    const QString &name() const { return m_name; }
    // The zone's name as drawn, in item coordinates: labels keep clear of it.
    QRectF titleRect() const;
    // Set by the scene from the model's stack order: the nesting depth and the place among
    // zones of that depth (0 <= offset < 1, higher is in front).
    void setStacking(int depth, double offset);

private:
    QString m_name;
    QString m_elidedName;
    int m_depth = 0;
    double m_stackOffset = 0;
};

class FlowItem final : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(FlowItem)

public:
    enum { Type = UserType + 3 };
    int type() const override { return Type; }

    FlowItem(Id id, DiagramScene *scene);
    const Id &id() const { return m_id; }
    const Id &source() const { return m_source; }
    const Id &target() const { return m_target; }

    // Re-reads name, protocol, endpoints, direction and crossings from the model.
    void refresh(const ThreatModel &model, const FlowLayout &layout);
    // Recomputes the path from the current positions of its endpoints and the zones it crosses.
    void adjust();
    // Offset from the straight line between the endpoints, for parallel flows between one pair.
    void setLaneOffset(double offset);

    bool hasBends() const { return !m_bends.empty(); }
    bool crossesBoundary() const { return !m_crossedZones.empty(); }
    const std::vector<Id> &crossedZones() const { return m_crossedZones; }
    // Where the flow's line meets the outline of a zone it crosses (one marker each).
    const std::vector<QPointF> &crossingMarkers() const { return m_markers; }
    QPolygonF polyline() const { return m_polyline; }
    QString name() const { return m_name; }
    QString protocol() const { return m_protocol; }
    // The label as drawn: its rectangle, the name's lines and the protocol's (wrapped, never
    // elided; the radio and padlock glyphs go before the first protocol line).
    QRectF labelRect() const { return m_labelRect; }
    const QStringList &labelLines() const { return m_labelLines; }
    const QStringList &labelProtocolLines() const { return m_labelProtocol; }
    // Where a label placed away from its line points to (a thin leader line), if it does.
    std::optional<QPointF> labelLeader() const { return m_leader; }

    // --- label placement (DiagramScene places labels away from collisions)
    // The ways to set the label, widest first: the name and protocol wrapped to narrower and
    // narrower widths, down to the longest word (a word is broken only when it is wider than
    // the widest label). Computed on demand; nullptr past the last distinct one.
    struct LabelLayout {
        QStringList lines;
        QStringList protocolLines;
        QSizeF size;
    };
    const LabelLayout *labelLayout(size_t index);
    // Where the label sits when nothing is in the way: halfway along the line, and for
    // parallel flows between one pair of elements stacked across the lanes in lane order.
    QPointF preferredLabelCentre() const { return m_preferredCentre; }
    bool hasLabel() const { return !m_labelRect.isNull(); }
    // The arrow heads and crossing markers: what no label may cover.
    std::vector<QRectF> markRects() const;
    // Sets the label to layout `layout` centred at `centre`, with a leader line to `leader`.
    // Ignored while the user has placed the label (labelPosition()).
    void placeLabel(size_t layout, QPointF centre, std::optional<QPointF> leader);
    // canvas: bends and label position as drawn; a preview of new ones while the user drags.
    const std::vector<QPointF> &bends() const { return m_bends; }
    std::optional<QPointF> labelPosition() const { return m_labelPosition; }
    void previewLayout(std::vector<QPointF> bends, std::optional<QPointF> labelPosition);
    int adjustCount() const { return m_adjustCount; } // canvas: times the path was recomputed
    // threats: open threats on this flow, shown as a badge at its label's top-right corner.
    void setThreatCount(int count);
    int threatCount() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    void layoutLabel();
    void updateBounds();
    double glyphsWidth() const; // the radio and padlock glyphs before the protocol

    Id m_id;
    DiagramScene *m_scene;
    Id m_source;
    Id m_target;
    QString m_name;
    QString m_protocol;
    bool m_bidirectional = false;
    bool m_outOfScope = false;
    bool m_wireless = false;  // drawn as a radio glyph beside the protocol
    bool m_encrypted = false; // drawn as a padlock glyph beside the protocol
    std::vector<Id> m_crossedZones;
    std::vector<QPointF> m_bends;
    std::optional<QPointF> m_labelPosition;
    double m_laneOffset = 0;

    // Derived geometry, recomputed by adjust().
    QPolygonF m_polyline;
    QPainterPath m_linePath;
    std::vector<QPointF> m_markers;
    QRectF m_labelRect;
    QStringList m_labelLines; // the name, word-wrapped
    QStringList m_labelProtocol;
    std::optional<QPointF> m_leader;
    QPointF m_preferredCentre;
    QPointF m_laneNormal;     // unit normal of the lane offset, for stacking parallel labels
    std::deque<LabelLayout> m_layouts; // computed so far (labelLayout()); pointers stay valid
    std::vector<double> m_wrapWidths;   // the widths they wrap to
    bool m_layoutsComplete = false;
    QRectF m_bounds;
    int m_adjustCount = 0;
    ThreatBadgeItem *m_threatBadge = nullptr; // threats: child item, created on first count
};

} // namespace vigil
