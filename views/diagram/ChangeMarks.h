#pragma once

// Compare (issue 13): what differs from another revision of the model, marked on a diagram.
// An element, zone or flow added since that revision carries a "+" tag, one changed a "Δ" tag
// (at its top-left corner, or at a flow's label); one removed since is drawn where it was, as a
// dashed outline with a "−" and its old name. Symbols and outlines carry the meaning, colour
// only repeats it. Tags are child items of what they mark (a click on one selects it); ghosts
// take no clicks, and neither shows in prints or exports.

#include "model/ThreatModel.h"
#include "model/diff/ModelDiff.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QLineF>
#include <QRectF>
#include <QString>

#include <unordered_map>
#include <vector>

namespace vigil {

class DiagramScene;

struct DiagramChangeMarks {
    // Elements, zones and flows of the current model: Added or Changed.
    std::unordered_map<Id, RecordChangeKind> marks;
    // What the other revision drew on this diagram and the current model no longer has.
    struct Ghost {
        Id id;
        QString name;
        QRectF rect; // an element or zone
        QLineF line; // a flow, from edge to edge of its old ends
        double labelAt = 0.5; // where along the line its label sits (parallel flows differ)
        bool isFlow = false;
    };
    std::vector<Ghost> ghosts;
};

// The marks `diff` (from `before` to the current model) puts on diagram `diagram`. Removed
// things are placed by `before`'s layout of the diagram with the same id.
DiagramChangeMarks changeMarksFor(const ModelDiff &diff, const ThreatModel &before,
                                  const Id &diagram);

// Replaces the marks on `scene` with `marks` (empty marks clear them).
void applyChangeMarks(DiagramScene *scene, const DiagramChangeMarks &marks);

class ChangeTagItem final : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(ChangeTagItem)

public:
    enum { Type = UserType + 41 };
    int type() const override { return Type; }

    ChangeTagItem(QGraphicsItem *parent, RecordChangeKind change);
    RecordChangeKind change() const { return m_change; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    RecordChangeKind m_change;
    QString m_text;
    QRectF m_rect;
};

class RemovedGhostItem final : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(RemovedGhostItem)

public:
    enum { Type = UserType + 42 };
    int type() const override { return Type; }

    explicit RemovedGhostItem(const DiagramChangeMarks::Ghost &ghost);
    const Id &id() const { return m_ghost.id; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    QRectF labelRect() const;

    DiagramChangeMarks::Ghost m_ghost;
    QString m_label;
};

} // namespace vigil
