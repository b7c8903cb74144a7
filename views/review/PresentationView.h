#pragma once

// The audience's view of a review meeting, made to be read from the back of a room: the diagram
// zoomed and centred on the threat's element, flow or crossing, which stands out while the rest
// is dimmed; beside it the threat in large type (title, description, why it fired, status, risk,
// mitigations); "n of m" with a progress bar above, and the keys below.

#include "model/Types.h"

#include <QGraphicsView>
#include <QPainterPath>
#include <QWidget>

#include <map>
#include <memory>

class QLabel;
class QProgressBar;
class QScrollArea;

namespace vigil {

class DiagramScene;
class ReviewSession;

// The diagram part: a read-only view of one diagram, the target lit, the rest dimmed.
class ReviewDiagramView final : public QGraphicsView {
    Q_OBJECT

public:
    explicit ReviewDiagramView(QWidget *parent = nullptr);
    ~ReviewDiagramView() override;

    // Shows `threat`'s target on `diagram` of the session's document (empty: the first diagram
    // that shows it); false when no diagram shows it.
    bool showThreat(ReviewSession *session, const Threat &threat);
    // The scene rectangle the view is fitted to (for tests), and the lit region.
    QRectF focusRect() const { return m_focus; }
    QPainterPath litRegion() const { return m_lit; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    // The veil over everything but the target, and the target's outline: drawn over the scene
    // rather than added to it, since a scene rebuilds its items on every model reset.
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    DiagramScene *sceneFor(ReviewSession *session, const Id &diagram);

    std::map<Id, std::unique_ptr<DiagramScene>> m_scenes;
    QRectF m_focus;
    QPainterPath m_lit;
};

class PresentationView final : public QWidget {
    Q_OBJECT

public:
    explicit PresentationView(ReviewSession *session, QWidget *parent = nullptr);

    ReviewDiagramView *diagramView() const { return m_diagram; }
    QLabel *textLabel() const { return m_text; }
    QLabel *progressLabel() const { return m_progressText; }
    QLabel *deciderLabel() const { return m_decider; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *keyStrip() const { return m_keys; }

    // Scrolls the threat's text by a third of its height per step (negative: up).
    void scrollText(int steps);

    // The line of keys, also shown by the presenter's console.
    static QString keysText(std::size_t groupSize);

public slots:
    void refresh();

private:
    QString threatHtml(const Threat &threat) const;

    ReviewSession *m_session;
    ReviewDiagramView *m_diagram = nullptr;
    QLabel *m_noDiagram = nullptr;
    QLabel *m_text = nullptr;
    QScrollArea *m_textScroll = nullptr;
    QLabel *m_progressText = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_decider = nullptr;
    QLabel *m_keys = nullptr;
};

} // namespace vigil
