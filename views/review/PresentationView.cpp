#include "views/review/PresentationView.h"

#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"
#include "views/document/Document.h"
#include "views/document/ThreatCommands.h"
#include "views/panels/ShownThreatText.h"
#include "views/panels/ThreatGroups.h"
#include "views/review/ReviewSession.h"
#include "views/trace/RiskEditor.h"
#include "views/trace/ThreatTrace.h"

#include "stride/Review.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainterPathStroker>
#include <QProgressBar>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace vigil {

namespace {

// Large type for a room: body text of 22 pt, titles of 34 pt (a 1080p screen seen from three
// metres shows 20 pt as comfortably as a book at arm's length).
constexpr int kBodyPoints = 22;
constexpr int kTitlePoints = 34;
constexpr int kSmallPoints = 20;

const QColor kHighlight(0xff, 0xb0, 0x00); // amber: stands out on white and on the veil
const QColor kInk(0x11, 0x11, 0x11);

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString html(const std::string &text)
{
    return html(QString::fromStdString(text));
}

QColor statusColour(ThreatStatus status)
{
    switch (status) {
    case ThreatStatus::Open: return QColor(0xb0, 0x00, 0x20);
    case ThreatStatus::NeedsInvestigation: return QColor(0x9a, 0x4d, 0x00);
    case ThreatStatus::Mitigated: return QColor(0x00, 0x6b, 0x2d);
    case ThreatStatus::Accepted: return QColor(0x1f, 0x4e, 0x9a);
    case ThreatStatus::Transferred: return QColor(0x5b, 0x2a, 0x86);
    case ThreatStatus::NotApplicable: return QColor(0x44, 0x44, 0x44);
    case ThreatStatus::Obsolete:
    case ThreatStatus::Suppressed: return QColor(0x66, 0x66, 0x66);
    }
    return kInk;
}

} // namespace

// ---------------------------------------------------------------- diagram

ReviewDiagramView::ReviewDiagramView(QWidget *parent) : QGraphicsView(parent)
{
    setInteractive(false);
    setFocusPolicy(Qt::NoFocus);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setBackgroundBrush(Qt::white);
    // The foreground (veil and outline) changes with every threat shown.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
}

ReviewDiagramView::~ReviewDiagramView()
{
    setScene(nullptr);
}

DiagramScene *ReviewDiagramView::sceneFor(ReviewSession *session, const Id &diagram)
{
    auto &slot = m_scenes[diagram];
    if (!slot)
        slot = std::make_unique<DiagramScene>(session->document(), diagram);
    return slot.get();
}

bool ReviewDiagramView::showThreat(ReviewSession *session, const Threat &threat)
{
    const ThreatModel &model = session->document()->model();
    const Id subject = threat.targets.empty() ? Id() : threat.targets.front();
    Id diagram;
    if (const Review *review = session->review();
        review && !review->scope.diagram.empty() && model.diagram(review->scope.diagram))
        diagram = review->scope.diagram;
    const std::vector<Id> showing = model.diagramsShowing(subject);
    if (diagram.empty() || std::find(showing.begin(), showing.end(), diagram) == showing.end())
        diagram = showing.empty() ? Id() : showing.front();
    if (diagram.empty())
        return false;

    DiagramScene *scene = sceneFor(session, diagram);
    if (this->scene() != scene)
        setScene(scene);
    scene->clearSelection();

    // The target's outline on the scene: an element's or zone's box, a flow's line; a crossing
    // threat also lights the zones it names.
    QPainterPath lit;
    QPainterPathStroker stroker;
    stroker.setWidth(28);
    stroker.setJoinStyle(Qt::RoundJoin);
    stroker.setCapStyle(Qt::RoundCap);
    for (const Id &target : threat.targets) {
        if (NodeItem *node = scene->nodeItem(target)) {
            const QRectF box = node->sceneBoundingRect().adjusted(-14, -14, 14, 14);
            QPainterPath part;
            if (model.boundary(target) && target != subject) {
                QPainterPath border;
                border.addRect(box);
                part = stroker.createStroke(border);
            } else {
                part.addRoundedRect(box, 12, 12);
            }
            lit = lit.united(part);
        } else if (FlowItem *flow = scene->flowItem(target)) {
            // A band along the flow's line, and its label.
            QPainterPath line;
            line.addPolygon(flow->mapToScene(flow->polyline()));
            QPainterPath label;
            label.addRoundedRect(flow->mapRectToScene(flow->labelRect()).adjusted(-8, -8, 8, 8), 8, 8);
            lit = lit.united(stroker.createStroke(line)).united(label);
        }
    }
    m_lit = lit;

    const QRectF content = scene->contentRect().adjusted(-400, -400, 400, 400);
    // Centred on the target, with room around it to see its neighbours.
    QRectF focus = lit.boundingRect();
    const QSizeF least(520, 340);
    focus = focus.adjusted(-std::max(0.0, (least.width() - focus.width()) / 2),
                           -std::max(0.0, (least.height() - focus.height()) / 2),
                           std::max(0.0, (least.width() - focus.width()) / 2),
                           std::max(0.0, (least.height() - focus.height()) / 2));
    m_focus = focus.adjusted(-60, -60, 60, 60);
    setSceneRect(content);
    fitInView(m_focus, Qt::KeepAspectRatio);
    viewport()->update();
    return true;
}

void ReviewDiagramView::drawForeground(QPainter *painter, const QRectF &rect)
{
    if (m_lit.isEmpty())
        return;
    QPainterPath veil;
    veil.addRect(rect);
    painter->fillPath(veil.subtracted(m_lit), QColor(255, 255, 255, 190));
    painter->setPen(QPen(kHighlight, 6));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_lit);
}

void ReviewDiagramView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (!m_focus.isNull())
        fitInView(m_focus, Qt::KeepAspectRatio);
}

// ---------------------------------------------------------------- the view

PresentationView::PresentationView(ReviewSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("reviewPresentation"));
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Qt::white);
    colours.setColor(QPalette::WindowText, kInk);
    setPalette(colours);

    QFont body = font();
    body.setPointSize(kBodyPoints);

    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("reviewProgressText"));
    QFont bold = body;
    bold.setBold(true);
    m_progressText->setFont(bold);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("reviewProgress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(16);

    m_diagram = new ReviewDiagramView(this);
    m_noDiagram = new QLabel(tr("No diagram shows this threat's element or flow."), this);
    m_noDiagram->setFont(body);
    m_noDiagram->setAlignment(Qt::AlignCenter);
    m_noDiagram->setWordWrap(true);

    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("reviewThreatText"));
    m_text->setFont(body);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_text->setTextInteractionFlags(Qt::NoTextInteraction);

    m_keys = new QLabel(this);
    m_keys->setObjectName(QStringLiteral("reviewKeys"));
    QFont keys = body;
    keys.setPointSize(kSmallPoints);
    m_keys->setFont(keys);
    m_keys->setWordWrap(true);
    m_keys->setTextFormat(Qt::RichText);
    m_keys->setStyleSheet(QStringLiteral("QLabel { background: #1b1b1b; color: white; padding: 10px 16px; }"));

    m_decider = new QLabel(this);
    m_decider->setObjectName(QStringLiteral("reviewDecider"));
    m_decider->setFont(body);
    auto *top = new QHBoxLayout;
    top->addWidget(m_progressText);
    top->addWidget(m_progress, 1);
    top->addSpacing(24);
    top->addWidget(m_decider);
    // A long description scrolls (Up and Down in the mode) rather than being cut off.
    m_textScroll = new QScrollArea(this);
    m_textScroll->setObjectName(QStringLiteral("reviewThreatScroll"));
    m_textScroll->setWidget(m_text);
    m_textScroll->setWidgetResizable(true);
    m_textScroll->setFrameShape(QFrame::NoFrame);
    m_textScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_textScroll->setFocusPolicy(Qt::NoFocus);
    m_textScroll->viewport()->setAutoFillBackground(false);
    m_text->setAutoFillBackground(false);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_diagram, 11);
    middle->addWidget(m_noDiagram, 11);
    middle->addWidget(m_textScroll, 9);
    middle->setSpacing(32);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 0);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_keys);

    connect(session, &ReviewSession::positionChanged, this, &PresentationView::refresh);
    connect(session, &ReviewSession::changed, this, &PresentationView::refresh);
    connect(session, &ReviewSession::decidedByChanged, this, &PresentationView::refresh);
    refresh();
}

QString PresentationView::keysText(std::size_t groupSize)
{
    const std::vector<std::pair<QString, QString>> keys{
        {tr("→/Space"), tr("next")},          {tr("←"), tr("back")},
        {tr("M"), tr("mitigated")},           {tr("A"), tr("accepted")},
        {tr("N"), tr("not applicable")},      {tr("I"), tr("investigate")},
        {tr("T"), tr("transferred")},         {tr("Enter"), tr("confirm as is")},
        {tr("J"), tr("justification")},       {tr("R"), tr("risk")},
        {tr("L"), tr("mitigation")},          {tr("O"), tr("note")},
        {tr("D"), tr("next review")},         {tr("B"), tr("who decides")},
        {tr("Ctrl+Z"), tr("undo")},           {tr("Esc"), tr("leave")}};
    QStringList parts;
    // A key and what it does never part at the end of a line.
    const auto part = [](const QString &key, const QString &what) {
        return QStringLiteral("<b>%1</b>&nbsp;%2")
            .arg(key.toHtmlEscaped(), what.toHtmlEscaped().replace(QLatin1Char(' '),
                                                                    QStringLiteral("&nbsp;")));
    };
    for (const auto &[key, what] : keys)
        parts << part(key, what);
    if (groupSize > 1)
        parts << part(tr("Shift+key"), tr("all %n threats of this rule", nullptr, int(groupSize)));
    return parts.join(QStringLiteral(" &nbsp; "));
}

void PresentationView::scrollText(int steps)
{
    QScrollBar *bar = m_textScroll->verticalScrollBar();
    bar->setValue(bar->value() + steps * bar->pageStep() / 3);
}

void PresentationView::refresh()
{
    const std::size_t count = m_session->count();
    const std::size_t position = m_session->position();
    m_progressText->setText(count == 0 ? tr("No threats to review")
                                       : tr("%1 of %2").arg(position + 1).arg(count));
    m_progress->setRange(0, int(std::max<std::size_t>(count, 1)));
    m_progress->setValue(int(m_session->decidedCount()));
    m_progress->setToolTip(tr("%1 of %2 decided").arg(m_session->decidedCount()).arg(count));

    const Person *decider = m_session->document()->model().people().find(m_session->decidedBy());
    m_decider->setText(decider ? tr("Decided by %1").arg(QString::fromStdString(decider->name))
                               : QString());
    const Threat *threat = m_session->current();
    m_keys->setText(keysText(m_session->currentGroup().size()));
    if (!threat) {
        m_text->setText(count == 0 ? tr("<p>The review's filter selects no threat.</p>")
                                   : QString());
        m_diagram->hide();
        m_noDiagram->hide();
        return;
    }
    m_text->setText(threatHtml(*threat));
    m_textScroll->verticalScrollBar()->setValue(0);
    const bool drawn = m_diagram->showThreat(m_session, *threat);
    m_diagram->setVisible(drawn);
    m_noDiagram->setVisible(!drawn);
}

QString PresentationView::threatHtml(const Threat &threat) const
{
    const ThreatModel &model = m_session->document()->model();
    const RiskScheme &scheme = model.info().riskScheme;
    QString text;
    text += QStringLiteral("<p style='font-size:%1pt; color:#444'>#%2 · %3 · %4</p>")
                .arg(kSmallPoints)
                .arg(threat.number)
                .arg(strideCategoryLabel(threat.category).toHtmlEscaped(),
                     ThreatGroupModel::groupLabel(model, threat, ThreatGrouping::Target)
                         .toHtmlEscaped());
    text += QStringLiteral("<p style='font-size:%1pt; font-weight:bold'>%2</p>")
                .arg(kTitlePoints)
                .arg(shownThreatTitle(model, threat).toHtmlEscaped());
    text += QStringLiteral("<p><span style='background:%1; color:white'>&nbsp;%2&nbsp;</span>"
                           "</p>")
                .arg(statusColour(threat.status).name(),
                     threatStatusLabel(threat.status).toHtmlEscaped());
    text += QStringLiteral("<p>%1</p>").arg(html(shownThreatDescription(model, threat)));
    const QString why = shownThreatWhy(model, threat, ruleOfThreat(threat));
    if (!why.isEmpty())
        text += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Why:"), html(why));
    text += QStringLiteral("<p><b>%1</b> %2<br/><b>%3</b> %4</p>")
                .arg(tr("Risk:"), RiskEditor::summary(threat.riskBefore, scheme).toHtmlEscaped(),
                     tr("After mitigation:"),
                     RiskEditor::summary(threat.riskAfter, scheme).toHtmlEscaped());
    QStringList mitigations;
    for (const Id &id : threat.mitigations)
        if (const Mitigation *mitigation = model.mitigations().find(id))
            mitigations << html(mitigation->title);
    text += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(tr("Mitigations:"),
                     mitigations.isEmpty() ? tr("none linked") : mitigations.join(QStringLiteral(", ")));
    if (!threat.justification.empty())
        text += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Justification:"),
                                                          html(threat.justification));
    return text;
}

} // namespace vigil
