#pragma once

// Threats > Start Review Meeting... (Ctrl+Shift+M, and on the toolbar): walks the team through
// the threats in the review mode (views/review/) and keeps the record in the model. An
// interrupted review is offered to resume first, also after a save and reopen.

#include "views/review/ReviewMode.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace vigil {

class MainWindow;

class ReviewUi final : public QObject {
    Q_OBJECT

public:
    explicit ReviewUi(MainWindow *window);

    QAction *startAction() const { return m_start; }
    // The review mode while it is open (tests drive it), else nullptr.
    ReviewMode *mode() const { return m_mode; }

    // Asks what to review and opens the mode; resumes instead when the user chooses to.
    void startReview();

private:
    void openMode(ReviewMode *mode);

    MainWindow *m_window;
    QAction *m_start = nullptr;
    QPointer<ReviewMode> m_mode;
};

} // namespace vigil
