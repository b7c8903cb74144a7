// The review meeting as the team runs it, driven by keys: which threats a review takes and in
// what order, stepping, decisions recorded in the threats and the review's record (one undo step
// each, a whole rule's group in one), texts typed in the strip, leaving and resuming after a save
// and reopen, and the audience view's large type and lit target.

#include "model/ModelFile.h"
#include "stride/Review.h"
#include "stride/Risk.h"
#include "stride/RulePack.h"
#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"
#include "views/document/Document.h"
#include "views/review/PresentationView.h"
#include "views/review/ReviewMode.h"
#include "views/review/ReviewSession.h"
#include "views/review/StartReviewDialog.h"
#include "views/trace/RiskEditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <stdexcept>

using namespace vigil;

namespace {

const QString kExample = QStringLiteral(VIGIL_SOURCE_DIR "/resources/examples/insulin-pump.json");

Review newReview(const ThreatModel &model, ReviewScope scope)
{
    Review review;
    review.date = "2026-12-01";
    review.id = stride::newReviewId(model, review.date);
    review.scope = std::move(scope);
    review.nextReview = stride::oneYearAfter(review.date);
    for (const auto &[id, person] : model.people().all())
        if (review.attendees.size() < 3)
            review.attendees.push_back(id);
    return review;
}

ReviewScope byNumber()
{
    ReviewScope scope;
    scope.order = "number";
    return scope;
}

// Records looked up for a test, which fails at once when one is missing.
const Threat &threatOf(const ThreatModel &model, const Id &id)
{
    const Threat *threat = model.threats().find(id);
    if (!threat)
        throw std::runtime_error("no threat " + id);
    return *threat;
}

const Threat &currentOf(const ReviewSession *session)
{
    const Threat *threat = session->current();
    if (!threat)
        throw std::runtime_error("no current threat");
    return *threat;
}

const Review &reviewOf(const ThreatModel &model, const Id &id)
{
    const Review *review = model.reviews().find(id);
    if (!review)
        throw std::runtime_error("no review " + id);
    return *review;
}

const Review &reviewOf(const ReviewSession *session)
{
    return reviewOf(session->document()->model(), session->reviewId());
}

void press(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(widget, key, modifiers);
}

} // namespace

class TestReview : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }
    // Any warning fails the test, but the offscreen platform's note on size hints of windows.
    void init()
    {
        QTest::failOnWarning(QRegularExpression(
            QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
    }

    void filtersChooseAndOrderTheThreats()
    {
        Document document;
        QVERIFY(document.open(kExample));
        const ThreatModel &model = document.model();
        const std::vector<Id> all = stride::reviewThreats(model, byNumber());
        std::size_t active = 0;
        for (const auto &[id, threat] : model.threats().all())
            active += !isInactive(threat.status);
        QCOMPARE(all.size(), active); // obsolete threats are history, not reviewed
        for (std::size_t i = 1; i < all.size(); ++i)
            QVERIFY(threatOf(model, all[i - 1]).number < threatOf(model, all[i]).number);

        ReviewScope undecided = byNumber();
        undecided.threats = "undecided";
        const std::vector<Id> open = stride::reviewThreats(model, undecided);
        QCOMPARE(open.size(), std::size_t(1));
        QVERIFY(threatOf(model, open.front()).status == ThreatStatus::NeedsInvestigation);

        ReviewScope spoofing = byNumber();
        spoofing.category = "spoofing";
        const std::vector<Id> spoofs = stride::reviewThreats(model, spoofing);
        QVERIFY(!spoofs.empty() && spoofs.size() < all.size());
        for (const Id &id : spoofs)
            QVERIFY(threatOf(model, id).category == StrideCategory::Spoofing);

        // One element: only its own threats.
        const Threat &first = threatOf(model, all.front());
        ReviewScope target = byNumber();
        target.target = first.targets.front();
        for (const Id &id : stride::reviewThreats(model, target))
            QCOMPARE(threatOf(model, id).targets.front(), first.targets.front());

        // A zone: its members' threats and those of flows crossing it, nothing else.
        const TrustBoundary *zone = model.boundaries().front();
        ReviewScope inZone = byNumber();
        inZone.target = zone->id;
        const std::vector<Id> zoned = stride::reviewThreats(model, inZone);
        QVERIFY(!zoned.empty() && zoned.size() < all.size());

        // By risk: highest first.
        ReviewScope risky;
        risky.order = "risk";
        const std::vector<Id> byRisk = stride::reviewThreats(model, risky);
        QCOMPARE(byRisk.size(), all.size());
        const auto rank = [&](const Id &id) {
            return stride::severityRank(
                stride::riskLevel(threatOf(model, id), model.info().riskScheme));
        };
        for (std::size_t i = 1; i < byRisk.size(); ++i)
            QVERIFY(rank(byRisk[i - 1]) >= rank(byRisk[i]));
        risky.minimumRisk = "high";
        for (const Id &id : stride::reviewThreats(model, risky))
            QVERIFY(rank(id) >= stride::severityRank("high"));

        // A diagram: only threats of what it shows.
        const Diagram *diagram = model.diagrams().back();
        ReviewScope shown = byNumber();
        shown.diagram = diagram->id;
        for (const Id &id : stride::reviewThreats(model, shown)) {
            const Id subject = threatOf(model, id).targets.front();
            QVERIFY(diagram->nodes.count(subject) || diagram->flows.count(subject));
        }
    }

    void startDialogCountsWhatItSelects()
    {
        Document document;
        QVERIFY(document.open(kExample));
        StartReviewDialog dialog(document.model(), QDate(2026, 12, 1), Id());
        dialog.threatsCombo()->setCurrentIndex(dialog.threatsCombo()->findData(QStringLiteral("undecided")));
        QCOMPARE(dialog.selectedCount(), std::size_t(1));
        QVERIFY(dialog.countLabel()->text().contains(QLatin1String("1")));
        dialog.threatsCombo()->setCurrentIndex(0);
        QVERIFY(dialog.selectedCount() > 100);
        dialog.attendeesList()->item(0)->setCheckState(Qt::Checked);
        const Review review = dialog.review();
        QCOMPARE(review.id, Id("RV-2026-12-01"));
        QCOMPARE(review.date, std::string("2026-12-01"));
        QCOMPARE(review.nextReview, std::string("2027-12-01"));
        QCOMPARE(review.attendees.size(), std::size_t(1));
    }

    void keysStepDecideAndUndo()
    {
        Document document;
        QVERIFY(document.open(kExample));
        const Review started = newReview(document.model(), byNumber());
        ReviewMode mode(ReviewSession::start(&document, started));
        mode.resize(1600, 900);
        mode.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mode));
        ReviewSession *session = mode.session();
        QVERIFY(session->count() > 10);
        QCOMPARE(session->position(), std::size_t(0));

        press(&mode, Qt::Key_Right);
        press(&mode, Qt::Key_Space);
        QCOMPARE(session->position(), std::size_t(2));
        press(&mode, Qt::Key_Left);
        QCOMPARE(session->position(), std::size_t(1));
        QCOMPARE(mode.audienceView()->progressLabel()->text(),
                 QStringLiteral("2 of %1").arg(session->count()));

        // A status key: the threat changes and the record says from what, to what, by whom.
        const Id threat = currentOf(session).id;
        const ThreatStatus before = currentOf(session).status;
        const ThreatStatus wanted = before == ThreatStatus::Accepted ? ThreatStatus::NotApplicable
                                                                     : ThreatStatus::Accepted;
        press(&mode, wanted == ThreatStatus::Accepted ? Qt::Key_A : Qt::Key_N);
        QVERIFY(threatOf(document.model(), threat).status == wanted);
        const ReviewDecision *decision = stride::decisionFor(reviewOf(session), threat);
        QVERIFY(decision);
        QVERIFY(decision->statusBefore == before);
        QVERIFY(decision->statusAfter == wanted);
        QCOMPARE(decision->by, started.attendees.front());
        QCOMPARE(mode.audienceView()->progressBar()->value(), 1);

        // A justification typed in the strip.
        press(&mode, Qt::Key_J);
        QCOMPARE(mode.openEditor(), QStringLiteral("justification"));
        mode.textEditor()->setText(QStringLiteral("Only the service technician can reach it"));
        press(mode.textEditor(), Qt::Key_Return);
        QCOMPARE(mode.openEditor(), QString());
        QCOMPARE(threatOf(document.model(), threat).justification,
                 std::string("Only the service technician can reach it"));
        QCOMPARE(stride::decisionFor(reviewOf(session), threat)->justification,
                 std::string("Only the service technician can reach it"));
        // Esc drops what was typed.
        press(&mode, Qt::Key_J);
        mode.textEditor()->setText(QStringLiteral("dropped"));
        press(mode.textEditor(), Qt::Key_Escape);
        QCOMPARE(threatOf(document.model(), threat).justification,
                 std::string("Only the service technician can reach it"));

        // Ctrl+Z takes back the justification, then the status, in the threat and the record.
        press(&mode, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(threatOf(document.model(), threat).justification.empty()
                || threatOf(document.model(), threat).justification
                       != "Only the service technician can reach it");
        press(&mode, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(threatOf(document.model(), threat).status == before);
        QVERIFY(!stride::decisionFor(reviewOf(session), threat));
        press(&mode, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(threatOf(document.model(), threat).status == wanted);

        // B hands the decisions to the next attendee, who the record then names.
        const Person *chair = document.model().people().find(started.attendees[0]);
        QVERIFY(chair);
        QVERIFY(mode.audienceView()->deciderLabel()->text().contains(
            QString::fromStdString(chair ? chair->name : std::string())));
        press(&mode, Qt::Key_B);
        QCOMPARE(session->decidedBy(), started.attendees[1]);
        press(&mode, Qt::Key_Right);
        press(&mode, Qt::Key_I);
        const ReviewDecision *byNext = stride::decisionFor(reviewOf(session), currentOf(session).id);
        QVERIFY(byNext);
        QCOMPARE(byNext ? byNext->by : Id(), started.attendees[1]);
        press(&mode, Qt::Key_B);
        press(&mode, Qt::Key_B);
        QCOMPARE(session->decidedBy(), started.attendees[0]); // round again

        // Enter confirms a threat as it is: the record keeps it, the threat does not change.
        press(&mode, Qt::Key_Right);
        const Id confirmed = currentOf(session).id;
        const Threat unchanged = currentOf(session);
        press(&mode, Qt::Key_Return);
        QVERIFY(threatOf(document.model(), confirmed).status == unchanged.status);
        QVERIFY(stride::decisionFor(reviewOf(session), confirmed));
    }

    void aGroupIsDecidedInOneStep()
    {
        Document document;
        QVERIFY(document.open(kExample));
        ReviewMode mode(ReviewSession::start(&document, newReview(document.model(), byNumber())));
        mode.show();
        ReviewSession *session = mode.session();
        // Go to a threat whose rule fired more than once.
        while (session->currentGroup().size() < 3 && session->position() + 1 < session->count())
            press(&mode, Qt::Key_Right);
        const std::vector<Id> group = session->currentGroup();
        QVERIFY(group.size() >= 3);
        QVERIFY(mode.audienceView()->keyStrip()->text().contains(QString::number(group.size())));
        const int steps = document.undoStack()->count();
        press(&mode, Qt::Key_I, Qt::ShiftModifier);
        QCOMPARE(document.undoStack()->count(), steps + 1);
        for (const Id &id : group) {
            QVERIFY(threatOf(document.model(), id).status == ThreatStatus::NeedsInvestigation);
            QVERIFY(stride::decisionFor(reviewOf(session), id));
        }
        press(&mode, Qt::Key_Z, Qt::ControlModifier);
        for (const Id &id : group)
            QVERIFY(!stride::decisionFor(reviewOf(session), id));
    }

    void riskAndMitigationKeys()
    {
        Document document;
        QVERIFY(document.open(kExample));
        ReviewMode mode(ReviewSession::start(&document, newReview(document.model(), byNumber())));
        mode.show();
        ReviewSession *session = mode.session();
        const Id threat = currentOf(session).id;

        press(&mode, Qt::Key_R);
        QCOMPARE(mode.openEditor(), QStringLiteral("risk"));
        RiskEditor *risk = mode.riskEditor();
        // As a user picks them: the editor hears `activated`, not programmatic changes.
        const auto pick = [](QComboBox *combo, int index) {
            combo->setCurrentIndex(index);
            emit combo->activated(index);
        };
        pick(risk->methodCombo(), 2); // the exploitability x severity matrix
        pick(risk->exploitabilityCombo(), risk->exploitabilityCombo()->count() - 1);
        pick(risk->severityCombo(), risk->severityCombo()->count() - 1);
        press(risk->severityCombo(), Qt::Key_Return);
        QCOMPARE(mode.openEditor(), QString());
        const Threat &after = threatOf(document.model(), threat);
        const Risk &changed = after.status == ThreatStatus::Mitigated ? after.riskAfter : after.riskBefore;
        QCOMPARE(changed.method, std::string("matrix"));
        QCOMPARE(changed.exploitability, 5);
        QCOMPARE(changed.severity, 5);

        // A new mitigation by its title: created and linked in one step.
        const std::size_t mitigations = document.model().mitigations().size();
        press(&mode, Qt::Key_L);
        QCOMPARE(mode.openEditor(), QStringLiteral("mitigation"));
        mode.mitigationEditor()->setEditText(QStringLiteral("Pairing requires a code on the pump"));
        press(mode.mitigationEditor(), Qt::Key_Return);
        QCOMPARE(document.model().mitigations().size(), mitigations + 1);
        Id created;
        for (const auto &[id, mitigation] : document.model().mitigations().all())
            if (mitigation.title == "Pairing requires a code on the pump")
                created = id;
        QVERIFY(!created.empty());
        QVERIFY(threatOf(document.model(), threat).mitigations.count(created));
        document.undoStack()->undo();
        QCOMPARE(document.model().mitigations().size(), mitigations);
        QVERIFY(!threatOf(document.model(), threat).mitigations.count(created));
    }

    // D sets the next review's date in the strip, the console's date field does the same, and
    // each is one undoable edit of the record; the leaving prompt names the date; F1 asks for
    // the guide.
    void nextReviewDateAndHelpKeys()
    {
        Document document;
        QVERIFY(document.open(kExample));
        ReviewMode mode(ReviewSession::start(&document, newReview(document.model(), byNumber())));
        mode.show();
        ReviewSession *session = mode.session();
        QCOMPARE(reviewOf(session).nextReview, std::string("2027-12-01"));
        QCOMPARE(mode.consoleNextReview()->date(), QDate(2027, 12, 1));

        press(&mode, Qt::Key_D);
        QCOMPARE(mode.openEditor(), QStringLiteral("next review"));
        QCOMPARE(mode.nextReviewEditor()->date(), QDate(2027, 12, 1));
        mode.nextReviewEditor()->setDate(QDate(2027, 6, 30));
        press(mode.nextReviewEditor(), Qt::Key_Return);
        QCOMPARE(mode.openEditor(), QString());
        QCOMPARE(reviewOf(session).nextReview, std::string("2027-06-30"));
        QCOMPARE(mode.consoleNextReview()->date(), QDate(2027, 6, 30));

        press(&mode, Qt::Key_Escape);
        QCOMPARE(mode.openEditor(), QStringLiteral("leaving"));
        QVERIFY2(mode.prompt()->text().contains(QStringLiteral("2027-06-30")),
                 qPrintable(mode.prompt()->text()));
        press(&mode, Qt::Key_Escape);

        // Esc in the date strip drops the change.
        press(&mode, Qt::Key_D);
        mode.nextReviewEditor()->setDate(QDate(2030, 1, 1));
        press(mode.nextReviewEditor(), Qt::Key_Escape);
        QCOMPARE(reviewOf(session).nextReview, std::string("2027-06-30"));

        // The console's field.
        mode.consoleNextReview()->setDate(QDate(2028, 3, 15));
        emit mode.consoleNextReview()->editingFinished();
        QCOMPARE(reviewOf(session).nextReview, std::string("2028-03-15"));
        document.undoStack()->undo();
        QCOMPARE(reviewOf(session).nextReview, std::string("2027-06-30"));
        QCOMPARE(mode.consoleNextReview()->date(), QDate(2027, 6, 30));
        document.undoStack()->undo();
        QCOMPARE(reviewOf(session).nextReview, std::string("2027-12-01"));

        QSignalSpy help(&mode, &ReviewMode::helpRequested);
        press(&mode, Qt::Key_F1);
        QCOMPARE(help.count(), 1);
    }

    void pausedReviewResumesAfterSaveAndReopen()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("pump.vigil"));
        Id reviewId;
        std::vector<Id> decided;
        {
            Document document;
            QVERIFY(document.open(kExample));
            ReviewMode mode(ReviewSession::start(&document, newReview(document.model(), byNumber())));
            mode.show();
            ReviewSession *session = mode.session();
            reviewId = session->reviewId();
            for (int i = 0; i < 3; ++i) {
                decided.push_back(currentOf(session).id);
                press(&mode, Qt::Key_Return);
                press(&mode, Qt::Key_Right);
            }
            press(&mode, Qt::Key_O);
            mode.textEditor()->setText(QStringLiteral("Stopped for lunch"));
            press(mode.textEditor(), Qt::Key_Return);
            QSignalSpy left(&mode, &ReviewMode::left);
            press(&mode, Qt::Key_Escape);
            QCOMPARE(mode.openEditor(), QStringLiteral("leaving"));
            press(&mode, Qt::Key_P);
            QCOMPARE(left.count(), 1);
            QVERIFY(!reviewOf(document.model(), reviewId).completed);
            QString error;
            QVERIFY2(document.saveAs(path, &error), qPrintable(error));
        }
        Document reopened;
        QVERIFY(reopened.open(path));
        const Review *review = stride::interruptedReview(reopened.model());
        QVERIFY(review);
        QCOMPARE(review->id, reviewId);
        QCOMPARE(review->notes, std::string("Stopped for lunch"));
        QCOMPARE(review->decisions.size(), std::size_t(3));
        ReviewSession *session = ReviewSession::resume(&reopened, reviewId);
        QVERIFY(session);
        QCOMPARE(session->position(), std::size_t(3));
        QCOMPARE(std::vector<Id>(session->threats().begin(), session->threats().begin() + 3), decided);

        ReviewMode mode(session);
        mode.show();
        press(&mode, Qt::Key_Escape);
        press(&mode, Qt::Key_F);
        QVERIFY(reviewOf(reopened.model(), reviewId).completed);
        QVERIFY(!stride::interruptedReview(reopened.model()));
        QCOMPARE(stride::lastCompletedReview(reopened.model())->id, reviewId);
    }

    void audienceViewIsReadableAndLightsTheTarget()
    {
        Document document;
        QVERIFY(document.open(kExample));
        ReviewMode mode(ReviewSession::start(&document, newReview(document.model(), byNumber())));
        mode.resize(1920, 1080);
        mode.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mode));
        PresentationView *view = mode.audienceView();
        QVERIFY(view->textLabel()->font().pointSize() >= 20);
        QVERIFY(view->keyStrip()->font().pointSize() >= 20);
        QVERIFY(view->progressLabel()->font().pointSize() >= 20);

        ReviewDiagramView *diagram = view->diagramView();
        QVERIFY(diagram->isVisible());
        const Threat *threat = &currentOf(mode.session());
        auto *scene = static_cast<DiagramScene *>(diagram->scene());
        QGraphicsItem *item = scene->nodeItem(threat->targets.front());
        if (!item)
            item = scene->flowItem(threat->targets.front());
        QVERIFY(item);
        // The target is lit and the view is centred on it.
        const QPointF centre = item->sceneBoundingRect().center();
        QVERIFY(diagram->litRegion().boundingRect().intersects(item->sceneBoundingRect()));
        QVERIFY(diagram->focusRect().contains(centre));
        const QPoint onScreen = diagram->mapFromScene(centre);
        QVERIFY(diagram->viewport()->rect().contains(onScreen));

        const QString shot = qEnvironmentVariable("VIGIL_REVIEW_SCREENSHOT");
        if (!shot.isEmpty())
            mode.grab().save(shot);
    }
};

QTEST_MAIN(TestReview)
#include "tst_review.moc"
