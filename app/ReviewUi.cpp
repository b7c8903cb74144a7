#include "app/ReviewUi.h"

#include "app/MainWindow.h"
#include "views/document/Document.h"
#include "views/review/ReviewMode.h"
#include "views/review/ReviewSession.h"
#include "views/review/StartReviewDialog.h"

#include "stride/Review.h"

#include <QAction>
#include <QDate>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>

namespace vigil {

ReviewUi::ReviewUi(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("reviewUi"));
    m_start = new QAction(QIcon(QStringLiteral(":/icons/review.svg")),
                          tr("Start &Review Meeting..."), this);
    m_start->setObjectName(QStringLiteral("startReviewAction"));
    m_start->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_start->setStatusTip(tr("Walk the team through the threats full screen, decide each and keep "
                             "the review's record"));
    connect(m_start, &QAction::triggered, this, &ReviewUi::startReview);
    for (QMenu *menu : window->menuBar()->findChildren<QMenu *>())
        if (menu->objectName() == QLatin1String("threatsMenu")) {
            menu->addSeparator();
            menu->addAction(m_start);
        }
    if (auto *bar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar")))
        bar->addAction(m_start);
    window->addAction(m_start);
}

void ReviewUi::startReview()
{
    if (m_mode) {
        m_mode->raise();
        m_mode->activateWindow();
        return;
    }
    Document *document = m_window->document();
    if (const Review *interrupted = stride::interruptedReview(document->model())) {
        QMessageBox ask(QMessageBox::Question, tr("Review Meeting"),
                        tr("Review %1 of %2 was left unfinished with %n threat(s) decided. "
                           "Resume it where it stopped?",
                           nullptr, int(interrupted->decisions.size()))
                            .arg(QString::fromStdString(interrupted->id),
                                 QString::fromStdString(interrupted->date)),
                        QMessageBox::Cancel, m_window);
        QPushButton *resume = ask.addButton(tr("Resume"), QMessageBox::AcceptRole);
        QPushButton *fresh = ask.addButton(tr("Start a New Review"), QMessageBox::ActionRole);
        ask.setDefaultButton(resume);
        ask.exec();
        if (ask.clickedButton() == resume) {
            if (ReviewSession *session = ReviewSession::resume(document, interrupted->id))
                openMode(new ReviewMode(session, m_window));
            return;
        }
        if (ask.clickedButton() != fresh)
            return;
    }
    const std::vector<Id> selected = m_window->selectedIds();
    StartReviewDialog dialog(document->model(), QDate::currentDate(),
                             selected.size() == 1 ? selected.front() : Id(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openMode(new ReviewMode(ReviewSession::start(document, dialog.review()), m_window));
}

void ReviewUi::openMode(ReviewMode *mode)
{
    m_mode = mode;
    mode->setAttribute(Qt::WA_DeleteOnClose);
    connect(mode, &ReviewMode::helpRequested, this, [this] {
        m_window->showUserGuide(QStringLiteral("review.html"));
    });
    connect(mode, &ReviewMode::left, this, [this, mode] {
        const Review *review = mode->session()->review();
        m_window->statusBar()->showMessage(
            review && review->completed
                ? tr("Review %1 completed: %n threat(s) decided", nullptr,
                     int(review->decisions.size()))
                      .arg(QString::fromStdString(review->id))
                : tr("Review paused: Threats > Start Review Meeting resumes it"),
            8000);
    });
    mode->open();
}

} // namespace vigil
