#include "views/review/ReviewMode.h"

#include "views/document/Document.h"
#include "views/document/ThreatCommands.h"
#include "views/document/TraceCommands.h"
#include "views/review/PresentationView.h"
#include "views/review/ReviewSession.h"
#include "views/panels/ShownThreatText.h"
#include "views/trace/RiskEditor.h"

#include "stride/Review.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace vigil {

namespace {

constexpr int kStripPoints = 20;
constexpr int kConsolePoints = 13; // the presenter reads the console at arm's length

QDate reviewDate(const std::string &iso)
{
    return QDate::fromString(QString::fromStdString(iso), Qt::ISODate);
}

QDateEdit *newDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

ReviewMode::ReviewMode(ReviewSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window), m_session(session)
{
    setObjectName(QStringLiteral("reviewMode"));
    setWindowTitle(tr("Review %1").arg(QString::fromStdString(session->reviewId())));
    session->setParent(this);
    m_view = new PresentationView(session, this);

    // The typing strip: one line under the view, in the view's large type.
    QFont large = font();
    large.setPointSize(kStripPoints);
    m_strip = new QStackedWidget(this);
    m_strip->setObjectName(QStringLiteral("reviewStrip"));
    m_strip->setFont(large);
    auto *promptPage = new QWidget(m_strip);
    m_prompt = new QLabel(promptPage);
    m_prompt->setObjectName(QStringLiteral("reviewPrompt"));
    m_prompt->setWordWrap(true);
    auto *promptLayout = new QHBoxLayout(promptPage);
    promptLayout->setContentsMargins(32, 8, 32, 8);
    promptLayout->addWidget(m_prompt);

    auto *textPage = new QWidget(m_strip);
    m_textEditor = new QLineEdit(textPage);
    m_textEditor->setObjectName(QStringLiteral("reviewTextEditor"));
    auto *textLayout = new QHBoxLayout(textPage);
    textLayout->setContentsMargins(32, 8, 32, 8);
    textLayout->addWidget(m_textEditor);

    auto *riskPage = new QWidget(m_strip);
    m_riskWhich = new QComboBox(riskPage);
    m_riskWhich->setObjectName(QStringLiteral("reviewRiskWhich"));
    m_riskWhich->addItem(tr("Risk before mitigation"));
    m_riskWhich->addItem(tr("Risk after mitigation"));
    m_riskEditor = new RiskEditor(riskPage);
    auto *riskLayout = new QHBoxLayout(riskPage);
    riskLayout->setContentsMargins(32, 8, 32, 8);
    riskLayout->addWidget(m_riskWhich);
    riskLayout->addWidget(m_riskEditor, 1);
    connect(m_riskEditor, &RiskEditor::riskEdited, this, [this](const Risk &risk) {
        m_editedRisk = risk;
    });
    connect(m_riskWhich, &QComboBox::currentIndexChanged, this, [this](int which) {
        if (const Threat *threat = m_session->current()) {
            m_editedRisk = which == 0 ? threat->riskBefore : threat->riskAfter;
            m_riskEditor->setRisk(m_editedRisk, m_session->document()->model().info().riskScheme);
        }
    });

    auto *mitigationPage = new QWidget(m_strip);
    m_mitigationEditor = new QComboBox(mitigationPage);
    m_mitigationEditor->setObjectName(QStringLiteral("reviewMitigationEditor"));
    m_mitigationEditor->setEditable(true);
    m_mitigationEditor->setInsertPolicy(QComboBox::NoInsert);
    auto *mitigationLayout = new QHBoxLayout(mitigationPage);
    mitigationLayout->setContentsMargins(32, 8, 32, 8);
    mitigationLayout->addWidget(m_mitigationEditor);

    auto *datePage = new QWidget(m_strip);
    auto *dateLabel = new QLabel(tr("Next review of the threat model:"), datePage);
    m_nextReviewEditor = newDateEdit(datePage);
    m_nextReviewEditor->setObjectName(QStringLiteral("reviewNextReviewEditor"));
    auto *dateLayout = new QHBoxLayout(datePage);
    dateLayout->setContentsMargins(32, 8, 32, 8);
    dateLayout->addWidget(dateLabel);
    dateLayout->addWidget(m_nextReviewEditor);
    dateLayout->addStretch(1);

    m_strip->addWidget(promptPage);
    m_strip->addWidget(textPage);
    m_strip->addWidget(riskPage);
    m_strip->addWidget(mitigationPage);
    m_strip->addWidget(datePage);
    m_strip->hide();
    for (QWidget *editor : m_strip->findChildren<QWidget *>())
        editor->installEventFilter(this);

    buildConsole();
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_view, 1);
    row->addWidget(m_console);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(row, 1);
    layout->addWidget(m_strip);
    m_console->hide(); // on one screen the audience sees everything; see open()

    connect(session, &ReviewSession::positionChanged, this, &ReviewMode::refreshConsole);
    connect(session, &ReviewSession::changed, this, &ReviewMode::refreshConsole);
    refreshConsole();
    setFocusPolicy(Qt::StrongFocus);
}

ReviewMode::~ReviewMode()
{
    delete m_audienceWindow;
}

void ReviewMode::buildConsole()
{
    m_console = new QWidget(this);
    m_console->setObjectName(QStringLiteral("reviewConsole"));
    m_console->setFixedWidth(440);
    QFont consoleFont = font();
    consoleFont.setPointSize(kConsolePoints);
    m_console->setFont(consoleFont);
    auto *layout = new QVBoxLayout(m_console);
    m_now = new QLabel(m_console);
    m_now->setObjectName(QStringLiteral("reviewNow"));
    m_now->setWordWrap(true);
    m_now->setTextFormat(Qt::RichText);
    layout->addWidget(m_now);
    layout->addWidget(new QLabel(tr("Decided by:"), m_console));
    m_decidedBy = new QComboBox(m_console);
    m_decidedBy->setObjectName(QStringLiteral("reviewDecidedBy"));
    m_decidedBy->setFocusPolicy(Qt::ClickFocus);
    const ThreatModel &model = m_session->document()->model();
    if (const Review *review = m_session->review())
        for (const Id &id : review->attendees)
            if (const Person *person = model.people().find(id))
                m_decidedBy->addItem(QString::fromStdString(person->name),
                                     QString::fromStdString(id));
    connect(m_decidedBy, &QComboBox::currentIndexChanged, this, [this](int) {
        m_session->setDecidedBy(m_decidedBy->currentData().toString().toStdString());
    });
    connect(m_session, &ReviewSession::decidedByChanged, this, [this] {
        const int index = m_decidedBy->findData(QString::fromStdString(m_session->decidedBy()));
        if (index >= 0)
            m_decidedBy->setCurrentIndex(index);
    });
    layout->addWidget(m_decidedBy);
    layout->addWidget(new QLabel(tr("Next:"), m_console));
    m_upcoming = new QListWidget(m_console);
    m_upcoming->setObjectName(QStringLiteral("reviewUpcoming"));
    m_upcoming->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_upcoming, 1);
    layout->addWidget(new QLabel(tr("Notes of the review (O):"), m_console));
    m_notes = new QPlainTextEdit(m_console);
    m_notes->setObjectName(QStringLiteral("reviewNotes"));
    m_notes->setReadOnly(true);
    m_notes->setFocusPolicy(Qt::NoFocus);
    m_notes->setMaximumHeight(160);
    layout->addWidget(m_notes);
    auto *nextRow = new QHBoxLayout;
    nextRow->addWidget(new QLabel(tr("Next review (D):"), m_console));
    m_consoleNextReview = newDateEdit(m_console);
    m_consoleNextReview->setObjectName(QStringLiteral("reviewConsoleNextReview"));
    m_consoleNextReview->setFocusPolicy(Qt::ClickFocus);
    connect(m_consoleNextReview, &QDateEdit::editingFinished, this, [this] {
        const std::string date = m_consoleNextReview->date().toString(Qt::ISODate).toStdString();
        if (const Review *review = m_session->review(); review && review->nextReview != date)
            m_session->setNextReview(date);
        setFocus(); // the keys go back to the mode
    });
    nextRow->addWidget(m_consoleNextReview, 1);
    layout->addLayout(nextRow);
    auto *finish = new QPushButton(tr("Finish Review"), m_console);
    finish->setFocusPolicy(Qt::NoFocus);
    connect(finish, &QPushButton::clicked, this, [this] { leave(true); });
    auto *pause = new QPushButton(tr("Pause"), m_console);
    pause->setFocusPolicy(Qt::NoFocus);
    connect(pause, &QPushButton::clicked, this, [this] { leave(false); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(pause);
    buttons->addWidget(finish);
    layout->addLayout(buttons);
    m_consoleKeys = new QLabel(m_console);
    m_consoleKeys->setWordWrap(true);
    m_consoleKeys->setTextFormat(Qt::RichText);
    layout->addWidget(m_consoleKeys);
}

void ReviewMode::refreshConsole()
{
    const ThreatModel &model = m_session->document()->model();
    m_upcoming->clear();
    const std::size_t from = m_session->position() + 1;
    for (std::size_t i = from; i < m_session->count() && i < from + 30; ++i)
        if (const Threat *threat = model.threats().find(m_session->threats()[i]))
            m_upcoming->addItem(QStringLiteral("#%1  %2").arg(threat->number).arg(
                shownThreatTitle(model, *threat)));
    if (const Threat *threat = m_session->current())
        m_now->setText(tr("<b>Showing %1 of %2:</b> #%3 %4 <i>(%5)</i>")
                           .arg(m_session->position() + 1)
                           .arg(m_session->count())
                           .arg(threat->number)
                           .arg(shownThreatTitle(model, *threat).toHtmlEscaped(),
                                threatStatusLabel(threat->status).toHtmlEscaped()));
    else
        m_now->setText(tr("<b>%n threat(s) reviewed</b>", nullptr, int(m_session->count())));
    m_consoleKeys->setText(PresentationView::keysText(m_session->currentGroup().size()));
    if (const Review *review = m_session->review()) {
        m_notes->setPlainText(QString::fromStdString(review->notes));
        if (!m_consoleNextReview->hasFocus()) {
            const QSignalBlocker quiet(m_consoleNextReview);
            m_consoleNextReview->setDate(reviewDate(review->nextReview));
        }
    }
}

void ReviewMode::open()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        // The audience view on the second screen; the console with the view's keys here.
        m_audienceWindow = new QWidget(nullptr, Qt::Window);
        m_audienceWindow->setObjectName(QStringLiteral("reviewAudience"));
        m_audienceWindow->setWindowTitle(windowTitle());
        auto *layout = new QVBoxLayout(m_audienceWindow);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_view);
        // setScreen as well: separate X screens all start at (0, 0).
        m_audienceWindow->setScreen(screens.at(1));
        m_audienceWindow->setGeometry(screens.at(1)->geometry());
        m_audienceWindow->showFullScreen();
        m_console->setFixedWidth(QWIDGETSIZE_MAX);
        m_console->setMinimumWidth(440);
        m_console->show();
        setGeometry(screens.at(0)->availableGeometry());
    }
    // Full screen also where no window manager honours the request (a kiosk, a test display).
    if (QScreen *here = m_audienceWindow ? screens.at(0) : screen())
        setGeometry(here->geometry());
    showFullScreen();
    raise();
    activateWindow();
    setFocus();
}

QString ReviewMode::openEditor() const
{
    switch (m_editing) {
    case Editing::None: return {};
    case Editing::Justification: return QStringLiteral("justification");
    case Editing::Notes: return QStringLiteral("notes");
    case Editing::Risk: return QStringLiteral("risk");
    case Editing::Mitigation: return QStringLiteral("mitigation");
    case Editing::NextReview: return QStringLiteral("next review");
    case Editing::Leaving: return QStringLiteral("leaving");
    }
    return {};
}

void ReviewMode::keyPressEvent(QKeyEvent *event)
{
    if (m_editing == Editing::Leaving) {
        if (event->key() == Qt::Key_F)
            leave(true);
        else if (event->key() == Qt::Key_P)
            leave(false);
        else if (event->key() == Qt::Key_Escape)
            stopEditing();
        return;
    }
    const bool group = event->modifiers().testFlag(Qt::ShiftModifier);
    const bool control = event->modifiers().testFlag(Qt::ControlModifier);
    QUndoStack *undo = m_session->document()->undoStack();
    if (control && event->key() == Qt::Key_Z) {
        if (group)
            undo->redo();
        else
            undo->undo();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown: m_session->next(); return;
    case Qt::Key_Left:
    case Qt::Key_PageUp: m_session->previous(); return;
    case Qt::Key_Down: m_view->scrollText(1); return;
    case Qt::Key_Up: m_view->scrollText(-1); return;
    case Qt::Key_M: decideStatus(ThreatStatus::Mitigated, group); return;
    case Qt::Key_A: decideStatus(ThreatStatus::Accepted, group); return;
    case Qt::Key_N: decideStatus(ThreatStatus::NotApplicable, group); return;
    case Qt::Key_I: decideStatus(ThreatStatus::NeedsInvestigation, group); return;
    case Qt::Key_T: decideStatus(ThreatStatus::Transferred, group); return;
    case Qt::Key_Return:
    case Qt::Key_Enter: m_session->decide({}, group); return;
    case Qt::Key_J: startEditing(Editing::Justification, group); return;
    case Qt::Key_R: startEditing(Editing::Risk, group); return;
    case Qt::Key_L: startEditing(Editing::Mitigation, group); return;
    case Qt::Key_O: startEditing(Editing::Notes, false); return;
    case Qt::Key_D: startEditing(Editing::NextReview, false); return;
    case Qt::Key_B: m_session->nextDecider(); return;
    case Qt::Key_F1: emit helpRequested(); return;
    case Qt::Key_Escape: startEditing(Editing::Leaving, false); return;
    default: QWidget::keyPressEvent(event);
    }
}

bool ReviewMode::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && m_editing != Editing::None
        && m_editing != Editing::Leaving) {
        const auto *key = static_cast<QKeyEvent *>(event);
        // A combo's open list takes its own Enter and Esc.
        const bool listOpen = m_mitigationEditor->view() && m_mitigationEditor->view()->isVisible();
        if (!listOpen && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            commitEditing();
            return true;
        }
        if (!listOpen && key->key() == Qt::Key_Escape) {
            stopEditing();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReviewMode::decideStatus(ThreatStatus status, bool wholeGroup)
{
    ThreatDecision decision;
    decision.status = status;
    m_session->decide(decision, wholeGroup);
}

void ReviewMode::startEditing(Editing editing, bool wholeGroup)
{
    const Threat *threat = m_session->current();
    if (!threat && editing != Editing::Notes && editing != Editing::NextReview
        && editing != Editing::Leaving)
        return;
    m_editing = editing;
    m_editingGroup = wholeGroup;
    const ThreatModel &model = m_session->document()->model();
    const int groupSize = int(m_session->currentGroup().size());
    const QString scope = wholeGroup && groupSize > 1
                              ? tr(" (all %n threats of this rule)", nullptr, groupSize)
                              : QString();
    switch (editing) {
    case Editing::Justification:
        m_textEditor->setPlaceholderText(tr("Justification%1: Enter keeps it, Esc drops it").arg(scope));
        m_textEditor->setText(QString::fromStdString(threat->justification));
        m_strip->setCurrentIndex(1);
        break;
    case Editing::Notes:
        m_textEditor->setPlaceholderText(tr("A note for the review's record: Enter keeps it, Esc drops it"));
        m_textEditor->clear();
        m_strip->setCurrentIndex(1);
        break;
    case Editing::Risk:
        m_riskWhich->setCurrentIndex(threat->status == ThreatStatus::Mitigated ? 1 : 0);
        m_editedRisk = m_riskWhich->currentIndex() == 0 ? threat->riskBefore : threat->riskAfter;
        m_riskEditor->setRisk(m_editedRisk, model.info().riskScheme);
        m_strip->setCurrentIndex(2);
        break;
    case Editing::Mitigation:
        m_mitigationEditor->clear();
        for (const auto &[id, mitigation] : model.mitigations().all())
            if (!threat->mitigations.count(id))
                m_mitigationEditor->addItem(QString::fromStdString(mitigation.title),
                                            QString::fromStdString(id));
        m_mitigationEditor->setCurrentIndex(-1);
        m_mitigationEditor->lineEdit()->setPlaceholderText(
            tr("A mitigation to link%1, or the title of a new one").arg(scope));
        m_strip->setCurrentIndex(3);
        break;
    case Editing::NextReview:
        if (const Review *review = m_session->review())
            m_nextReviewEditor->setDate(reviewDate(review->nextReview));
        m_strip->setCurrentIndex(4);
        break;
    case Editing::Leaving: {
        const Review *review = m_session->review();
        const QString next = review ? QString::fromStdString(review->nextReview) : QString();
        m_prompt->setText(tr("<b>F</b> finish the review (next review %1) &nbsp; <b>P</b> pause "
                             "it to resume later &nbsp; <b>Esc</b> go on reviewing")
                              .arg(next.toHtmlEscaped()));
        m_strip->setCurrentIndex(0);
        break;
    }
    case Editing::None: break;
    }
    m_strip->show();
    switch (editing) {
    case Editing::Justification:
    case Editing::Notes: m_textEditor->setFocus(); break;
    case Editing::Risk: m_riskEditor->methodCombo()->setFocus(); break;
    case Editing::Mitigation: m_mitigationEditor->setFocus(); break;
    case Editing::NextReview: m_nextReviewEditor->setFocus(); break;
    case Editing::Leaving:
    case Editing::None: setFocus(); break;
    }
}

void ReviewMode::commitEditing()
{
    const Editing editing = m_editing;
    ThreatDecision decision;
    switch (editing) {
    case Editing::Justification:
        decision.justification = m_textEditor->text().trimmed().toStdString();
        m_session->decide(decision, m_editingGroup);
        break;
    case Editing::Notes: {
        const QString note = m_textEditor->text().trimmed();
        if (const Review *review = m_session->review(); review && !note.isEmpty()) {
            std::string notes = review->notes;
            if (!notes.empty())
                notes += "\n";
            m_session->setNotes(notes + note.toStdString());
        }
        break;
    }
    case Editing::Risk:
        if (m_riskWhich->currentIndex() == 0)
            decision.riskBefore = m_editedRisk;
        else
            decision.riskAfter = m_editedRisk;
        m_session->decide(decision, m_editingGroup);
        break;
    case Editing::Mitigation: {
        const QString typed = m_mitigationEditor->currentText().trimmed();
        if (typed.isEmpty())
            break;
        Document *document = m_session->document();
        const int chosen = m_mitigationEditor->findText(typed, Qt::MatchFixedString);
        if (chosen >= 0) {
            decision.linkMitigation = m_mitigationEditor->itemData(chosen).toString().toStdString();
            m_session->decide(decision, m_editingGroup);
            break;
        }
        // A new mitigation, proposed, linked in the same undo step.
        document->undoStack()->beginMacro(tr("Review: new mitigation %1").arg(typed));
        TraceEdit edit(document->model());
        Mitigation mitigation;
        mitigation.id = TraceEdit::newUuid();
        mitigation.title = typed.toStdString();
        mitigation.status = "proposed";
        edit.put(mitigation);
        document->push(new EditTraceCommand(document, tr("New mitigation"), edit));
        decision.linkMitigation = mitigation.id;
        m_session->decide(decision, m_editingGroup);
        document->undoStack()->endMacro();
        break;
    }
    case Editing::NextReview: {
        const std::string date = m_nextReviewEditor->date().toString(Qt::ISODate).toStdString();
        if (const Review *review = m_session->review(); review && review->nextReview != date)
            m_session->setNextReview(date);
        break;
    }
    case Editing::None:
    case Editing::Leaving: break;
    }
    stopEditing();
}

void ReviewMode::stopEditing()
{
    m_editing = Editing::None;
    m_strip->hide();
    setFocus();
}

void ReviewMode::leave(bool finish)
{
    if (finish)
        m_session->finish();
    stopEditing();
    close();
}

void ReviewMode::closeEvent(QCloseEvent *event)
{
    if (m_audienceWindow)
        m_audienceWindow->hide();
    event->accept();
    emit left();
}

} // namespace vigil
