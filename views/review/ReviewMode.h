#pragma once

// The review meeting's window, keyboard first. The audience view fills the screen (the second
// screen, when there is one, with the presenter's console on the first); every key is a
// decision made as one undoable edit:
//   Right/Space next, Left back, Up/Down scroll a long text; M mitigated, A accepted, N not applicable, I needs
//   investigation, T transferred, Enter confirmed as it is; J justification, R risk,
//   L link or create a mitigation, O the review's notes, D the next review's date, B the next
//   attendee decides; with Shift, a decision covers every threat of the current one's rule in
//   the review; Ctrl+Z / Ctrl+Shift+Z undo and redo; F1 the user guide's page on reviews;
//   Esc leaves: F finishes the review, P pauses it to resume later.
// Texts are typed in a strip under the view (Enter keeps, Esc drops), not in dialogs, so the
// audience sees what is written.

#include "model/Types.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;

namespace vigil {

class PresentationView;
class ReviewSession;
class RiskEditor;

class ReviewMode final : public QWidget {
    Q_OBJECT

public:
    explicit ReviewMode(ReviewSession *session, QWidget *parent = nullptr);
    ~ReviewMode() override;

    ReviewSession *session() const { return m_session; }
    PresentationView *audienceView() const { return m_view; }
    // The presenter's console: on its own window on the first screen when there are two.
    QWidget *console() const { return m_console; }

    // Shows the mode full screen; with two screens, the audience view on the second and the
    // console on the first.
    void open();

    // The typing strip, for tests: which editor is open ("" when none) and its widgets.
    QString openEditor() const;
    QLineEdit *textEditor() const { return m_textEditor; }
    RiskEditor *riskEditor() const { return m_riskEditor; }
    QComboBox *mitigationEditor() const { return m_mitigationEditor; }
    QDateEdit *nextReviewEditor() const { return m_nextReviewEditor; }
    QDateEdit *consoleNextReview() const { return m_consoleNextReview; }
    QLabel *prompt() const { return m_prompt; }

signals:
    // The mode ended: finished, paused or closed.
    void left();
    // F1: the user guide's page on review meetings.
    void helpRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Editing { None, Justification, Notes, Risk, Mitigation, NextReview, Leaving };

    void buildConsole();
    void refreshConsole();
    void startEditing(Editing editing, bool wholeGroup);
    void commitEditing();
    void stopEditing();
    void decideStatus(ThreatStatus status, bool wholeGroup);
    void leave(bool finish);

    ReviewSession *m_session;
    PresentationView *m_view = nullptr;
    QStackedWidget *m_strip = nullptr;
    QLabel *m_prompt = nullptr;
    QLineEdit *m_textEditor = nullptr;
    RiskEditor *m_riskEditor = nullptr;
    QComboBox *m_riskWhich = nullptr;
    QComboBox *m_mitigationEditor = nullptr;
    QDateEdit *m_nextReviewEditor = nullptr;
    Editing m_editing = Editing::None;
    bool m_editingGroup = false;
    Risk m_editedRisk;

    QWidget *m_console = nullptr;
    QLabel *m_now = nullptr;     // what the audience sees now, for the presenter
    QLabel *m_consoleKeys = nullptr;
    QListWidget *m_upcoming = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QComboBox *m_decidedBy = nullptr;
    QDateEdit *m_consoleNextReview = nullptr;
    QWidget *m_audienceWindow = nullptr; // the audience view's own window on a second screen
};

} // namespace vigil
