// The threats dock and background analysis as a user meets them: analysing fills the list,
// filters and sorting narrow and order it, decisions are undoable, re-analysis keeps them.

#include "model/json/JsonInterchange.h"
#include "stride/RulePack.h"
#include "tests/support/Unanalysed.h"
#include "views/document/Commands.h"
#include "views/document/Document.h"
#include "views/document/ThreatAnalysis.h"
#include "views/document/ThreatCommands.h"
#include "views/panels/ThreatsPanel.h"
#include "views/panels/ShownThreatText.h"
#include "stride/ThreatText.h"

#include <QComboBox>
#include <QMimeData>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>

#include <map>

using namespace vigil;

namespace {

const QString kExample = QStringLiteral(VIGIL_SOURCE_DIR "/resources/examples/insulin-pump.json");

// Answers the suppression question the way the test says.
class TestPanel final : public ThreatsPanel {
public:
    using ThreatsPanel::ThreatsPanel;
    std::optional<QString> reason = QStringLiteral("Covered by the enclosure design review");
    int questions = 0;

protected:
    std::optional<QString> askSuppressionReason(const Threat &, const QString &) override
    {
        ++questions;
        return reason;
    }
};

// A document with the example, an analyzer that reacts quickly and a shown panel.
struct Fixture {
    Document document;
    ThreatAnalyzer analyzer{&document};
    TestPanel panel{&document};

    Fixture()
    {
        // The example without its threat records: analyses here start from nothing.
        QVERIFY(document.open(kExample));
        document.setUntitledModel(testing::withoutThreats(document.model()),
                                  QStringLiteral("insulin-pump.json"));
        analyzer.setDelay(5);
        panel.resize(1000, 700);
        panel.show();
    }
    // Analyses now and waits until the result is applied.
    bool analyze()
    {
        QSignalSpy finished(&analyzer, &ThreatAnalyzer::finished);
        analyzer.analyze();
        return waitForAnalysis(finished);
    }
    // Waits for the automatic analysis an edit started.
    bool settle()
    {
        QSignalSpy finished(&analyzer, &ThreatAnalyzer::finished);
        if (!analyzer.isPending() && !analyzer.isRunning())
            return false;
        return waitForAnalysis(finished);
    }
    bool waitForAnalysis(QSignalSpy &finished)
    {
        return QTest::qWaitFor([&] {
            return finished.count() > 0 && !analyzer.isRunning() && !analyzer.isPending();
        }, 20000);
    }
    std::string json() const { return modelToJson(document.model()); }
    // The threat with this id; a blank record when there is none (the comparison then fails).
    const Threat &threat(const Id &id) const
    {
        static const Threat missing;
        const Threat *found = document.model().threats().find(id);
        return found ? *found : missing;
    }
    // The first threat of the element or flow with the given target list.
    const Threat *threatOn(const std::vector<Id> &targets,
                           std::optional<StrideCategory> category = std::nullopt) const
    {
        for (const auto &[id, threat] : document.model().threats().all())
            if (threat.targets == targets && (!category || threat.category == *category))
                return &threat;
        return nullptr;
    }
    int visibleRows() const { return panel.filterModel()->rowCount(); }
    const Threat &visibleThreat(int row) const
    {
        const QModelIndex index = panel.filterModel()->index(row, 0);
        return threat(index.data(ThreatTableModel::ThreatIdRole).toString().toStdString());
    }
};

int comboIndex(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    if (index < 0)
        qWarning("no item %s", qPrintable(text));
    return index;
}

} // namespace

class tst_ThreatsPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); } // a remembered grouping would hide the table

    void analyzeFillsTheTableAsOneUndoStep()
    {
        Fixture f;
        const std::string before = f.json();
        QCOMPARE(f.panel.tableModel()->rowCount(), 0);
        QVERIFY(f.analyze());
        const int threats = static_cast<int>(f.document.model().threats().size());
        QVERIFY(threats > 100);
        QCOMPARE(f.panel.tableModel()->rowCount(), threats);
        QCOMPARE(f.visibleRows(), threats); // nothing obsolete yet
        QCOMPARE(f.document.undoStack()->count(), 1);
        QVERIFY(f.analyzer.stateText().contains(QStringLiteral("%1 new").arg(threats)));

        f.document.undoStack()->undo();
        QCOMPARE(f.panel.tableModel()->rowCount(), 0);
        QVERIFY(f.json() == before); // threats and next threat number, byte for byte
        f.document.undoStack()->redo();
        QCOMPARE(f.panel.tableModel()->rowCount(), threats);

        // Analysing an unchanged model changes nothing and adds no undo step.
        QVERIFY(f.analyze());
        QCOMPARE(f.document.undoStack()->count(), 1);
    }

    void filtersNarrowTheRows_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("value");
        QTest::newRow("category spoofing") << "category" << "Spoofing";
        QTest::newRow("category denial of service") << "category" << "Denial of service";
        QTest::newRow("severity critical") << "severity" << "Critical";
        QTest::newRow("status mitigated") << "status" << "Mitigated";
        QTest::newRow("text bolus") << "text" << "bolus";
        QTest::newRow("text number") << "text" << "#7";
        QTest::newRow("diagram firmware update") << "diagram" << "Updatability/patchability view";
    }

    void filtersNarrowTheRows()
    {
        QFETCH(QString, filter);
        QFETCH(QString, value);
        Fixture f;
        QVERIFY(f.analyze());
        // Two decisions, so that the status filter has something to find.
        const Id first = f.visibleThreat(0).id;
        const Id second = f.visibleThreat(1).id;
        f.document.push(new SetThreatStatusCommand(&f.document, {first, second},
                                                   ThreatStatus::Mitigated));
        const int all = f.visibleRows();

        const ThreatModel &model = f.document.model();
        std::function<bool(const Threat &)> matches;
        if (filter == QLatin1String("category")) {
            auto *combo = f.panel.categoryFilter();
            combo->setCurrentIndex(comboIndex(combo, value));
            matches = [&](const Threat &t) { return strideCategoryLabel(t.category) == value; };
        } else if (filter == QLatin1String("severity")) {
            auto *combo = f.panel.severityFilter();
            combo->setCurrentIndex(comboIndex(combo, value));
            matches = [&](const Threat &t) { return QString::fromStdString(t.severity)
                                                        .compare(value, Qt::CaseInsensitive) == 0; };
        } else if (filter == QLatin1String("status")) {
            auto *combo = f.panel.statusFilter();
            combo->setCurrentIndex(comboIndex(combo, value));
            matches = [&](const Threat &t) { return threatStatusLabel(t.status) == value; };
        } else if (filter == QLatin1String("text")) {
            QTest::keyClicks(f.panel.searchField(), value);
            if (value.startsWith(QLatin1Char('#')))
                matches = [&](const Threat &t) { return t.number == value.mid(1).toInt(); };
            else
                matches = [&](const Threat &t) {
                    return QString::fromStdString(model.render(t.title))
                               .contains(value, Qt::CaseInsensitive)
                           || QString::fromStdString(model.render(t.description))
                                  .contains(value, Qt::CaseInsensitive);
                };
        } else {
            auto *combo = f.panel.diagramFilter();
            combo->setCurrentIndex(comboIndex(combo, value));
            const Diagram *diagram = nullptr;
            for (const Diagram *d : model.diagrams())
                if (QString::fromStdString(d->name) == value)
                    diagram = d;
            QVERIFY(diagram);
            matches = [diagram](const Threat &t) {
                for (const Id &target : t.targets)
                    if (diagram->nodes.count(target) || diagram->flows.count(target))
                        return true;
                return false;
            };
        }
        const int shown = f.visibleRows();
        QVERIFY2(shown > 0, "the filter should leave some rows");
        QVERIFY2(shown < all, "the filter should hide some rows");
        int expected = 0;
        for (const auto &[id, threat] : model.threats().all())
            if (threat.status != ThreatStatus::Obsolete && matches(threat))
                ++expected;
        QCOMPARE(shown, expected);
        for (int row = 0; row < shown; ++row)
            QVERIFY(matches(f.visibleThreat(row)));
    }

    void clickingTheHeaderSorts()
    {
        Fixture f;
        QVERIFY(f.analyze());
        QHeaderView *header = f.panel.table()->horizontalHeader();
        auto clickHeader = [header](int section) {
            const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        QCOMPARE(f.visibleThreat(0).number, 1);
        clickHeader(ThreatTableModel::Number); // ascending already: now descending
        QCOMPARE(f.visibleThreat(0).number, f.visibleRows());
        clickHeader(ThreatTableModel::Severity);
        int previous = -1;
        for (int row = 0; row < f.visibleRows(); ++row) {
            const int rank = stride::severityRank(f.visibleThreat(row).severity);
            QVERIFY(rank >= previous);
            previous = rank;
        }
        QVERIFY(previous > stride::severityRank(f.visibleThreat(0).severity));
    }

    // Rows drag as threat ids, which the Traceability dock's mitigations accept.
    void selectedRowsDragAsThreatIds()
    {
        Fixture f;
        QVERIFY(f.analyze());
        const Id first = f.visibleThreat(0).id;
        const Id second = f.visibleThreat(1).id;
        QAbstractItemModel *model = f.panel.table()->model();
        QVERIFY(model->flags(model->index(0, 0)) & Qt::ItemIsDragEnabled);
        QVERIFY(model->mimeTypes().contains(QString::fromLatin1(kThreatIdsMime)));
        std::unique_ptr<QMimeData> mime(model->mimeData(
            {model->index(0, 0), model->index(0, 2), model->index(1, 0)}));
        QVERIFY(mime);
        const QStringList ids =
            QString::fromUtf8(mime->data(QString::fromLatin1(kThreatIdsMime))).split('\n');
        QCOMPARE(ids, (QStringList{QString::fromStdString(first), QString::fromStdString(second)}));
    }

    void statusEditIsUndoable()
    {
        Fixture f;
        QVERIFY(f.analyze());
        const std::string analysed = f.json();
        const Id id = f.visibleThreat(0).id;
        QVERIFY(f.panel.selectThreat(id));
        QCOMPARE(f.panel.statusEditor()->currentText(), QStringLiteral("Open"));
        // Down arrow on the closed combo: Open -> Needs investigation.
        QTest::keyClick(f.panel.statusEditor(), Qt::Key_Down);
        QCOMPARE(threatStatusLabel(f.threat(id).status), threatStatusLabel(ThreatStatus::NeedsInvestigation));
        QCOMPARE(f.document.undoStack()->count(), 2);
        QCOMPARE(f.document.undoStack()->undoText(),
                 QStringLiteral("Set status of threat #%1 to Needs investigation")
                     .arg(f.threat(id).number));
        f.document.undoStack()->undo();
        QCOMPARE(threatStatusLabel(f.threat(id).status), threatStatusLabel(ThreatStatus::Open));
        QCOMPARE(f.panel.statusEditor()->currentText(), QStringLiteral("Open"));
        QVERIFY(f.json() == analysed);
    }

    void justificationIsCommittedAndUndoable()
    {
        Fixture f;
        QVERIFY(f.analyze());
        const Id id = f.visibleThreat(3).id;
        QVERIFY(f.panel.selectThreat(id));
        QPlainTextEdit *editor = f.panel.justificationEditor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Mutual TLS with pinned certificates"));
        QCOMPARE(f.threat(id).justification, std::string()); // not yet committed
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(f.threat(id).justification, std::string("Mutual TLS with pinned certificates"));
        QCOMPARE(editor->toPlainText(), QStringLiteral("Mutual TLS with pinned certificates"));
        // Leaving the field without changes commits nothing more.
        f.panel.table()->setFocus();
        QCOMPARE(f.document.undoStack()->count(), 2);
        f.document.undoStack()->undo();
        QCOMPARE(f.threat(id).justification, std::string());
        QCOMPARE(editor->toPlainText(), QString());
    }

    void severalSelectedThreatsChangeInOneStep()
    {
        Fixture f;
        QVERIFY(f.analyze());
        QTableView *table = f.panel.table();
        table->selectionModel()->select(
            QItemSelection(f.panel.filterModel()->index(0, 0), f.panel.filterModel()->index(2, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const std::vector<Id> chosen = f.panel.selectedThreats();
        QCOMPARE(chosen.size(), size_t(3));
        const int steps = f.document.undoStack()->count();
        const int mitigated = f.panel.statusEditor()->findText(QStringLiteral("Mitigated"));
        f.panel.statusEditor()->setCurrentIndex(mitigated);
        emit f.panel.statusEditor()->activated(mitigated);
        for (const Id &id : chosen)
            QCOMPARE(threatStatusLabel(f.threat(id).status), threatStatusLabel(ThreatStatus::Mitigated));
        QCOMPARE(f.document.undoStack()->count(), steps + 1);
        f.document.undoStack()->undo();
        for (const Id &id : chosen)
            QCOMPARE(threatStatusLabel(f.threat(id).status), threatStatusLabel(ThreatStatus::Open));
    }

    void renameKeepsTheDecisionAndTheId()
    {
        Fixture f;
        QVERIFY(f.analyze());
        const Threat *spoofing = f.threatOn({"pump-fw"}, StrideCategory::Spoofing);
        QVERIFY(spoofing);
        const Id id = spoofing->id;
        const int number = spoofing->number;
        f.document.push(new SetThreatStatusCommand(&f.document, {id}, ThreatStatus::Accepted));
        f.document.push(new RenameCommand(&f.document, "pump-fw", "Dose engine"));
        QVERIFY(f.settle());
        const Threat &after = f.threat(id);
        QCOMPARE(threatStatusLabel(after.status), threatStatusLabel(ThreatStatus::Accepted));
        QCOMPARE(after.number, number);
        const std::string title = f.document.model().render(after.title);
        QVERIFY2(QString::fromStdString(title).contains(QStringLiteral("Dose engine")),
                 title.c_str());
        // The renamed target shows in the table too.
        const int row = f.panel.filterModel()
                            ->mapFromSource(f.panel.tableModel()->index(
                                f.panel.tableModel()->rowOf(id), ThreatTableModel::Targets))
                            .row();
        QCOMPARE(f.panel.filterModel()->index(row, ThreatTableModel::Targets).data().toString(),
                 QStringLiteral("Dose engine"));
    }

    void deletingAnElementMakesItsThreatsObsolete()
    {
        Fixture f;
        QVERIFY(f.analyze());
        const std::string analysed = f.json();
        std::vector<Id> ofService;
        for (const auto &[id, threat] : f.document.model().threats().all())
            if (std::find(threat.targets.begin(), threat.targets.end(), "pump-service")
                != threat.targets.end())
                ofService.push_back(id);
        QVERIFY(!ofService.empty());
        const int visible = f.visibleRows();
        f.document.push(new RemoveElementCommand(&f.document, "pump-service"));
        QVERIFY(f.settle());
        for (const Id &id : ofService)
            QCOMPARE(threatStatusLabel(f.threat(id).status), threatStatusLabel(ThreatStatus::Obsolete));
        QVERIFY(f.visibleRows() <= visible - int(ofService.size()));
        // Shown again with "All statuses", greyed.
        f.panel.statusFilter()->setCurrentIndex(
            comboIndex(f.panel.statusFilter(), QStringLiteral("All statuses")));
        QCOMPARE(f.visibleRows(), int(f.document.model().threats().size()));

        // The analysis the delete started belongs to the delete's undo step: one undo takes
        // back both, exactly, and one redo brings both back (replayed, not recomputed).
        QUndoStack *stack = f.document.undoStack();
        QCOMPARE(stack->count(), 2); // the first analysis (F5) and the delete
        QCOMPARE(stack->undoText(), QStringLiteral("Delete \"USB service interface\""));
        stack->undo();
        QTest::qWait(50);
        QTRY_VERIFY(!f.analyzer.isPending() && !f.analyzer.isRunning());
        QVERIFY(f.json() == analysed);
        QCOMPARE(stack->index(), 1);
        QCOMPARE(stack->count(), 2); // the analysis after the undo found nothing to change
        stack->redo();
        QTest::qWait(50);
        QTRY_VERIFY(!f.analyzer.isPending() && !f.analyzer.isRunning());
        QCOMPARE(stack->index(), 2);
        QCOMPARE(stack->count(), 2);
        for (const Id &id : ofService)
            QCOMPARE(threatStatusLabel(f.threat(id).status), threatStatusLabel(ThreatStatus::Obsolete));
    }

    void suppressionHidesTheThreatAndIsUndoable()
    {
        Fixture f;
        QVERIFY(f.analyze());
        const std::string analysed = f.json();
        const Threat *debug = f.threatOn({"pump-service"}, StrideCategory::ElevationOfPrivilege);
        QVERIFY(debug);
        const Id id = debug->id;
        const std::string rule = debug->ruleId;
        QVERIFY(f.panel.selectThreat(id));
        f.panel.detailTabs()->setCurrentIndex(1); // Decision
        QVERIFY(f.panel.suppressButton()->isVisible());
        const int visible = f.visibleRows();

        QSignalSpy finished(&f.analyzer, &ThreatAnalyzer::finished);
        QTest::mouseClick(f.panel.suppressButton(), Qt::LeftButton);
        QCOMPARE(f.panel.questions, 1);
        QVERIFY(f.waitForAnalysis(finished));
        const Suppression *suppression = f.document.model().suppression("pump-service", rule);
        QVERIFY(suppression);
        QCOMPARE(suppression->reason, std::string("Covered by the enclosure design review"));
        QCOMPARE(threatStatusLabel(f.threat(id).status), threatStatusLabel(ThreatStatus::Suppressed));
        QCOMPARE(f.visibleRows(), visible - 1);
        QCOMPARE(f.panel.tableModel()->rowOf(id) >= 0, true);

        // One step takes back the suppression and what it did to the threat.
        f.document.undoStack()->undo();
        QTest::qWait(50);
        QTRY_VERIFY(!f.analyzer.isPending() && !f.analyzer.isRunning());
        QVERIFY(!f.document.model().suppression("pump-service", rule));
        QCOMPARE(threatStatusLabel(f.threat(id).status), threatStatusLabel(ThreatStatus::Open));
        QVERIFY(f.json() == analysed);

        // Redo, then stop suppressing from the detail panel of the suppressed threat.
        f.document.undoStack()->redo();
        QCOMPARE(threatStatusLabel(f.threat(id).status), threatStatusLabel(ThreatStatus::Suppressed));
        f.panel.statusFilter()->setCurrentIndex(
            comboIndex(f.panel.statusFilter(), QStringLiteral("Suppressed")));
        QVERIFY(f.panel.selectThreat(id));
        QCOMPARE(f.panel.suppressButton()->text(), QStringLiteral("Stop Suppressing"));
        QSignalSpy again(&f.analyzer, &ThreatAnalyzer::finished);
        QTest::mouseClick(f.panel.suppressButton(), Qt::LeftButton);
        QCOMPARE(f.panel.questions, 1); // no reason needed to stop
        QVERIFY(f.waitForAnalysis(again));
        QVERIFY(!f.document.model().suppression("pump-service", rule));
        QCOMPARE(threatStatusLabel(f.threat(id).status), threatStatusLabel(ThreatStatus::Open));
    }

    void cancellingTheReasonSuppressesNothing()
    {
        Fixture f;
        QVERIFY(f.analyze());
        f.panel.reason.reset();
        const Threat *threat = f.threatOn({"pump-service"}, StrideCategory::ElevationOfPrivilege);
        QVERIFY(f.panel.selectThreat(threat->id));
        const int steps = f.document.undoStack()->count();
        QTest::mouseClick(f.panel.suppressButton(), Qt::LeftButton);
        QCOMPARE(f.panel.questions, 1);
        QCOMPARE(f.document.undoStack()->count(), steps);
        QVERIFY(f.document.model().suppressions().empty());
    }

    void detailsExplainTheThreat()
    {
        Fixture f;
        QVERIFY(f.analyze());
        const Threat *threat = f.threatOn({"pump-fw"}, StrideCategory::Tampering);
        QVERIFY(threat);
        QVERIFY(f.panel.selectThreat(threat->id));
        const QString text = f.panel.detailsView()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Why")), qPrintable(text));
        QVERIFY(text.contains(QString::fromStdString(threat->ruleId)));
        QVERIFY(text.contains(QStringLiteral("Suggested mitigations")));
        QVERIFY(text.contains(QString::fromStdString(f.document.model().render(threat->why)).left(40)));
    }

    // In a Japanese GUI the list, its search and the detail read in Japanese (the packs'
    // translations); the record keeps its English text.
    void threatsReadInTheUiLanguage()
    {
        setThreatTextLanguage("ja"); // as main() does, before any window
        Fixture f;
        QVERIFY(f.analyze());
        const Threat *threat = f.threatOn({"pump-fw"}, StrideCategory::Tampering);
        QVERIFY(threat);
        const QString english = QString::fromStdString(f.document.model().render(threat->title));
        QVERIFY(f.panel.selectThreat(threat->id));
        const QString heading = f.panel.findChild<QLabel *>(QStringLiteral("threatHeading"))->text();
        const QString japanese = shownThreatTitle(f.document.model(), *threat);
        QVERIFY2(japanese != english
                     && japanese.contains(QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"))),
                 qPrintable(japanese));
        QVERIFY2(heading.contains(japanese.toHtmlEscaped()), qPrintable(heading));
        QVERIFY(f.panel.detailsView()->toPlainText().contains(
            shownThreatDescription(f.document.model(), *threat).left(20)));
        f.panel.searchField()->setText(japanese);
        QTRY_VERIFY(f.visibleRows() >= 1);
        QCOMPARE(f.visibleThreat(0).id, threat->id);
        QCOMPARE(QString::fromStdString(f.document.model().render(f.threat(threat->id).title)),
                 english);

        // Why each rule fired, read back and said again in the UI language's words: with no
        // translator loaded those are the source texts, so the record must come back as it is
        // (but for the spelling of kinds and severities).
        int whys = 0;
        for (const auto &[id, each] : f.document.model().threats().all()) {
            const stride::Rule *rule = stride::ruleOf(each, stride::shippedPacks());
            if (each.manual || !rule)
                continue;
            QString shown = shownThreatWhy(f.document.model(), each, rule);
            const std::string why = f.document.model().render(each.why);
            shown.replace(QStringLiteral("external entity \""), QStringLiteral("external-entity \""))
                .replace(QStringLiteral("data store \""), QStringLiteral("data-store \""));
            QVERIFY2(shown.compare(QString::fromStdString(why), Qt::CaseInsensitive) == 0,
                     qPrintable(shown + QStringLiteral("\n") + QString::fromStdString(why)));
            ++whys;
        }
        QVERIFY(whys > 300);
        setThreatTextLanguage("en");
    }

    void groupingByElementShowsEachElementsThreatsWithCounts()
    {
        Fixture f;
        QVERIFY(f.analyze());
        f.panel.groupingCombo()->setCurrentIndex(
            f.panel.groupingCombo()->findData(static_cast<int>(ThreatGrouping::Target)));
        QCOMPARE(f.panel.grouping(), ThreatGrouping::Target);
        QVERIFY(f.panel.groupView()->isVisible());
        QVERIFY(!f.panel.table()->isVisible());

        // What a user would count by hand: the active threats of each element or flow.
        std::map<Id, int> expected;
        for (const auto &[id, threat] : f.document.model().threats().all())
            if (!isInactive(threat.status))
                ++expected[threat.targets.front()];
        ThreatGroupModel *groups = f.panel.groupModel();
        QCOMPARE(groups->rowCount(), static_cast<int>(expected.size()));
        int total = 0;
        for (int row = 0; row < groups->rowCount(); ++row) {
            const QModelIndex heading = groups->index(row, 0);
            const Id target = groups->groupKey(row).toStdString();
            const int count = groups->rowCount(heading);
            QCOMPARE(count, expected[target]);
            QVERIFY2(heading.data().toString().contains(QString::number(count)),
                     qPrintable(heading.data().toString()));
            QVERIFY(heading.data().toString().contains(
                QString::fromStdString(f.document.model().displayName(target))));
            for (int child = 0; child < count; ++child) {
                const Id threat = groups->index(child, ThreatTableModel::Number, heading)
                                      .data(ThreatTableModel::ThreatIdRole)
                                      .toString()
                                      .toStdString();
                QCOMPARE(f.threat(threat).targets.front(), target);
            }
            total += count;
        }
        QCOMPARE(total, f.visibleRows());
        QVERIFY(f.panel.countLabel()->text().startsWith(QString::number(total)));
    }

    void groupingByCategoryKeepsStrideOrderAndFilters()
    {
        Fixture f;
        QVERIFY(f.analyze());
        f.panel.setGrouping(ThreatGrouping::Category);
        ThreatGroupModel *groups = f.panel.groupModel();
        QCOMPARE(groups->rowCount(), 6);
        QCOMPARE(groups->index(0, 0).data().toString().left(8), QStringLiteral("Spoofing"));
        QVERIFY(groups->index(5, 0).data().toString().startsWith(QStringLiteral("Elevation")));
        // Filters apply inside groups: only critical threats, so fewer of them.
        const int before = groups->rowCount(groups->index(1, 0));
        f.panel.severityFilter()->setCurrentIndex(comboIndex(f.panel.severityFilter(),
                                                             QStringLiteral("Critical")));
        int critical = 0;
        for (int row = 0; row < groups->rowCount(); ++row) {
            const QModelIndex heading = groups->index(row, 0);
            for (int child = 0; child < groups->rowCount(heading); ++child) {
                const Id id = groups->index(child, 0, heading)
                                  .data(ThreatTableModel::ThreatIdRole)
                                  .toString()
                                  .toStdString();
                QCOMPARE(f.threat(id).severity, std::string("critical"));
                ++critical;
            }
        }
        QCOMPARE(critical, f.visibleRows());
        QVERIFY(critical > 0);
        QVERIFY(groups->rowCount(groups->index(1, 0)) < before);
    }

    void groupingByCrossingAndRuleCoverEveryThreat()
    {
        Fixture f;
        QVERIFY(f.analyze());
        for (ThreatGrouping grouping : {ThreatGrouping::Crossing, ThreatGrouping::Rule}) {
            f.panel.setGrouping(grouping);
            ThreatGroupModel *groups = f.panel.groupModel();
            QVERIFY(groups->rowCount() > 1);
            int total = 0;
            for (int row = 0; row < groups->rowCount(); ++row)
                total += groups->rowCount(groups->index(row, 0));
            QCOMPARE(total, f.visibleRows());
        }
        // Every crossing threat sits under a heading that names a zone it crosses.
        f.panel.setGrouping(ThreatGrouping::Crossing);
        ThreatGroupModel *groups = f.panel.groupModel();
        const int none = groups->groupOf(QString());
        QVERIFY(none >= 0);
        QCOMPARE(none, groups->rowCount() - 1); // "No zone crossed" comes last
        const QModelIndex first = groups->index(0, 0);
        const Id threat = groups->index(0, 0, first)
                              .data(ThreatTableModel::ThreatIdRole)
                              .toString()
                              .toStdString();
        QVERIFY(f.threat(threat).targets.size() > 1);
        QVERIFY(first.data().toString().contains(QString::fromStdString(
            f.document.model().displayName(f.threat(threat).targets[1]))));
    }

    void switchingGroupingKeepsTheSelectionAndIsRemembered()
    {
        Id chosen;
        {
            Fixture f;
            QVERIFY(f.analyze());
            f.panel.setGrouping(ThreatGrouping::None);
            chosen = f.visibleThreat(5).id;
            QVERIFY(f.panel.selectThreat(chosen));
            f.panel.setGrouping(ThreatGrouping::Rule);
            QCOMPARE(f.panel.selectedThreats(), std::vector<Id>{chosen});
            const QModelIndex current = f.panel.groupView()->currentIndex();
            QVERIFY(f.panel.groupView()->isExpanded(current.parent()));
            QVERIFY(f.panel.detailsView()->toPlainText().contains(
                QString::fromStdString(f.threat(chosen).ruleId)));
            // A decision rebuilds nothing a user sees: the group stays open, the row selected.
            f.document.push(new SetThreatStatusCommand(&f.document, {chosen},
                                                       ThreatStatus::Mitigated));
            QCOMPARE(f.panel.selectedThreats(), std::vector<Id>{chosen});
            f.panel.setGrouping(ThreatGrouping::None);
            QCOMPARE(f.panel.selectedThreats(), std::vector<Id>{chosen});
            f.panel.setGrouping(ThreatGrouping::Category);
        }
        Fixture again;
        QCOMPARE(again.panel.grouping(), ThreatGrouping::Category);
    }

    void aResultForAChangedModelIsDiscarded()
    {
        Fixture f;
        f.analyzer.setAutomatic(false);
        QSignalSpy finished(&f.analyzer, &ThreatAnalyzer::finished);
        f.analyzer.analyze();
        // An edit lands while the worker runs (its result arrives only through the event loop).
        f.document.push(new RenameCommand(&f.document, "pump-ble", "Radio stack"));
        QVERIFY(f.waitForAnalysis(finished));
        QCOMPARE(finished.count(), 1);
        const Threat *threat = f.threatOn({"pump-ble"}, StrideCategory::Spoofing);
        QVERIFY(threat);
        const std::string title = f.document.model().render(threat->title);
        QVERIFY2(QString::fromStdString(title).contains(QStringLiteral("Radio stack")),
                 title.c_str());
    }
};

QTEST_MAIN(tst_ThreatsPanel)
#include "tst_threatspanel.moc"
