// MainWindow: what a user sees of files, titles, recent files and remembered geometry.

#include "app/MainWindow.h"
#include "app/ReportUi.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/DiagramView.h"
#include "views/diagram/DiagramEditing.h"
#include "views/document/ThreatAnalysis.h"
#include "views/panels/ThreatsPanel.h"
#include "views/document/Commands.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Document.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QTextBrowser>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

const QString kExample = QStringLiteral(VIGIL_SOURCE_DIR "/resources/examples/insulin-pump.json");

// Answers the window's questions the way a test says, and records the errors it would show.
class TestWindow final : public MainWindow {
public:
    QMessageBox::StandardButton saveAnswer = QMessageBox::Discard;
    QString saveFileName;
    QStringList errorsShown;
    int saveQuestions = 0;

protected:
    QMessageBox::StandardButton askToSaveChanges() override
    {
        ++saveQuestions;
        return saveAnswer;
    }
    QString askOpenFileName() override { return {}; }
    QString askSaveFileName() override { return saveFileName; }
    void showError(const QString &message) override { errorsShown << message; }
};

QString copyOfExample(const QTemporaryDir &folder, const QString &name)
{
    const QString path = folder.filePath(name);
    QFile::copy(kExample, path);
    return path;
}

} // namespace

class tst_MainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
        QCoreApplication::setApplicationName(QStringLiteral("VigilTest"));
    }

    void init() { QSettings().clear(); }

    void openingAFileShowsItsNameAndDiagrams()
    {
        QTemporaryDir folder;
        const QString path = copyOfExample(folder, QStringLiteral("pump-system.json"));
        TestWindow window;
        QVERIFY(window.openFile(path));
        QCOMPARE(window.windowTitle(), QStringLiteral("pump-system.json[*] — Vigil"));
        QVERIFY(!window.isWindowModified());
        const auto diagrams = window.document()->model().diagrams();
        QCOMPARE(window.tabs()->count(), int(diagrams.size()));
        for (int i = 0; i < window.tabs()->count(); ++i)
            QCOMPARE(window.tabs()->tabText(i),
                     QString::fromStdString(diagrams[size_t(i)]->name));
        QVERIFY(window.currentView());
    }

    void anEditMarksTheWindowModified()
    {
        QTemporaryDir folder;
        TestWindow window;
        QVERIFY(window.openFile(copyOfExample(folder, QStringLiteral("pump.json"))));
        Document *document = window.document();
        document->push(new RenameCommand(document, "pump-fw", "Therapy controller v2"));
        QVERIFY(window.isWindowModified());
        document->undoStack()->undo();
        QVERIFY(!window.isWindowModified());
    }

    void unsavedChangesAreAskedAbout_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("opened");
        QTest::newRow("discard") << int(QMessageBox::Discard) << true;
        QTest::newRow("cancel") << int(QMessageBox::Cancel) << false;
    }

    void unsavedChangesAreAskedAbout()
    {
        QFETCH(int, answer);
        QFETCH(bool, opened);
        QTemporaryDir folder;
        const QString first = copyOfExample(folder, QStringLiteral("first.json"));
        const QString second = copyOfExample(folder, QStringLiteral("second.json"));
        TestWindow window;
        window.saveAnswer = QMessageBox::StandardButton(answer);
        QVERIFY(window.openFile(first));
        Document *document = window.document();
        document->push(new RenameCommand(document, "pump-fw", "Edited"));
        QCOMPARE(window.openFile(second), opened);
        QCOMPARE(window.saveQuestions, 1);
        QCOMPARE(window.document()->displayName(),
                 opened ? QStringLiteral("second.json") : QStringLiteral("first.json"));
    }

    void recentFilesListTheLastOpenedFirst()
    {
        QTemporaryDir folder;
        const QString first = copyOfExample(folder, QStringLiteral("first.json"));
        const QString second = copyOfExample(folder, QStringLiteral("second.json"));
        TestWindow window;
        QVERIFY(window.openFile(first));
        QVERIFY(window.openFile(second));
        QVERIFY(window.openFile(first));
        QCOMPARE(window.recentFiles(), QStringList({first, second}));
        QFile::remove(second);
        QCOMPARE(window.recentFiles(), QStringList({first}));
    }

    void geometryIsRemembered()
    {
        const QRect geometry(40, 50, 1010, 730);
        {
            TestWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.setGeometry(geometry);
            QTRY_COMPARE(window.size(), geometry.size());
            QVERIFY(window.close());
        }
        TestWindow restored;
        QCOMPARE(restored.size(), geometry.size());
    }

    // One shortcut, one action: a key bound twice triggers nothing ("ambiguous shortcut").
    void noTwoActionsShareAShortcut()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        std::map<QString, QStringList> owners;
        for (QAction *action : window.findChildren<QAction *>()) {
            QSet<QString> keys;
            for (const QKeySequence &key : action->shortcuts())
                keys.insert(key.toString(QKeySequence::PortableText));
            QCOMPARE(static_cast<qsizetype>(keys.size()), action->shortcuts().size());
            for (const QString &key : keys)
                owners[key] << action->text();
        }
        QStringList clashes;
        for (const auto &[key, actions] : owners)
            if (actions.size() > 1)
                clashes << key + QStringLiteral(": ") + actions.join(QStringLiteral(", "));
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        QVERIFY(owners.count(QStringLiteral("Ctrl+-")));
    }

    // File > Export Report writes the open model's report; File > Print is on Ctrl+P; the
    // dialog remembers a model's document-control fields for that model only.
    void exportReportWritesTheOpenModel()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        auto *reports = window.findChild<ReportUi *>();
        QVERIFY(reports);
        QCOMPARE(reports->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        QMenu *file = nullptr;
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
            if (menu->actions().contains(reports->exportAction()))
                file = menu;
        QVERIFY(file && file->actions().contains(reports->printAction()));

        QTemporaryDir folder;
        report::ReportOptions options;
        options.date = QDate(2026, 12, 1);
        options.documentId = QStringLiteral("DHF-TM-007");
        const QString pdf = folder.filePath(QStringLiteral("report.pdf"));
        QString error;
        QVERIFY2(reports->writeReport(report::Format::Pdf, options, pdf, &error), qPrintable(error));
        QFile written(pdf);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.startsWith("%PDF-1.4"));
        QVERIFY(bytes.contains("pdfaid:part=\"1\""));
        const QString csv = folder.filePath(QStringLiteral("tables"));
        QVERIFY2(reports->writeReport(report::Format::Csv, options, csv, &error), qPrintable(error));
        QVERIFY(QFile::exists(csv + QStringLiteral("/threats.csv")));
        QVERIFY(!reports->writeReport(report::Format::Pdf, options,
                                      folder.filePath(QStringLiteral("missing/x.pdf")), &error));
        QVERIFY(error.contains(QStringLiteral("missing")));

        {
            ExportReportDialog dialog(QStringLiteral("/models/a.vigil"), pdf);
            dialog.documentIdEdit()->setText(QStringLiteral("DHF-A"));
            dialog.formatCombo()->setCurrentIndex(1); // HTML: the suggested name follows
            QVERIFY(dialog.outputPath().endsWith(QStringLiteral("report.html")));
            dialog.accept();
        }
        QCOMPARE(ExportReportDialog(QStringLiteral("/models/a.vigil"), pdf).documentIdEdit()->text(),
                 QStringLiteral("DHF-A"));
        QVERIFY(ExportReportDialog(QStringLiteral("/models/b.vigil"), pdf).documentIdEdit()->text().isEmpty());
        QCOMPARE(ExportReportDialog(QStringLiteral("/models/b.vigil"), pdf).format(),
                 report::Format::Html);
    }

    // Help > Keyboard Shortcuts lists the keys from the actions themselves.
    void shortcutListNamesEveryBoundKey()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        const auto rows = window.shortcutList();
        QVERIFY(window.findChild<QAction *>(QStringLiteral("helpShortcuts")));
        QStringList keys;
        for (const auto &row : rows) {
            QVERIFY2(!row.first.contains(QLatin1Char('&')), qPrintable(row.first));
            keys << row.second.split(QStringLiteral(", "));
        }
        for (const QString &expected : {QStringLiteral("F5"), QStringLiteral("Ctrl+Z"),
                                        QStringLiteral("Ctrl+Shift+K"),
                                        QStringLiteral("Ctrl+Shift+T")})
            QVERIFY2(keys.contains(QKeySequence(expected).toString(QKeySequence::NativeText)),
                     qPrintable(expected));
    }

    void badFileShowsErrorAndKeepsModel()
    {
        QTemporaryDir folder;
        const QString good = copyOfExample(folder, QStringLiteral("good.json"));
        const QString bad = folder.filePath(QStringLiteral("bad-model.vigil"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a model");
        file.close();

        TestWindow window;
        QVERIFY(window.openFile(good));
        const QString title = window.windowTitle();
        const size_t elements = window.document()->model().elementCount();
        QSignalSpy errors(&window, &MainWindow::errorReported);
        QVERIFY(!window.openFile(bad));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(window.errorsShown.size(), 1);
        QVERIFY2(window.errorsShown.first().contains(QStringLiteral("bad-model.vigil")),
                 qPrintable(window.errorsShown.first()));
        QCOMPARE(window.windowTitle(), title);
        QCOMPARE(window.document()->model().elementCount(), elements);
        QCOMPARE(window.recentFiles(), QStringList({good}));
    }

    void firstRunOpensTheExampleLaterRunsTheRecentFile()
    {
        QTemporaryDir folder;
        const QString path = copyOfExample(folder, QStringLiteral("mine.json"));
        {
            TestWindow first;
            first.openInitial(QString());
            QVERIFY(first.document()->isUntitled());
            QCOMPARE(first.document()->displayName(),
                     QStringLiteral("Insulin pump system (example)"));
            QVERIFY(first.windowTitle().startsWith(QStringLiteral("Insulin pump system")));
            QVERIFY(first.tabs()->count() > 0);
            QVERIFY(first.openFile(path));
        }
        TestWindow later;
        later.openInitial(QString());
        QCOMPARE(later.document()->filePath(), path);
    }

    void firstRunShowsTheWholeLevel0DfdLegibly()
    {
        TestWindow window;
        // The test screen is smaller: a 1600x1000 window as a first start there would be.
        window.setWindowState(Qt::WindowNoState);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.arrangeDefaultDocks();
        QVERIFY(window.openExample());
        QCoreApplication::processEvents();
        DiagramView *view = window.currentView();
        QVERIFY(view);
        QCOMPARE(view->diagramScene()->diagramId(),
                 window.document()->model().diagrams().front()->id);
        // Every element name at 8 pixels or more ...
        QVERIFY2(view->zoom() * kElementNamePixels >= 8.0,
                 qPrintable(QStringLiteral("zoom %1 in a %2x%3 view, window %4x%5")
                                .arg(view->zoom())
                                .arg(view->viewport()->width())
                                .arg(view->viewport()->height())
                                .arg(window.width())
                                .arg(window.height())));
        // ... and the whole diagram in sight.
        const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
        QVERIFY(shown.contains(view->diagramScene()->contentRect()));
        // The threats are listed at once: the example ships analysed.
        auto *threats = window.findChild<ThreatsPanel *>();
        QVERIFY(threats);
        QVERIFY(threats->filterModel()->rowCount() > 100);
    }

    void aSmallScreenStillShowsEightThreatsAndEightLinesOfDetail()
    {
        TestWindow window;
        window.setWindowState(Qt::WindowNoState);
        window.resize(1366, 768 - 40); // a 1366x768 screen less a task bar
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.arrangeDefaultDocks();
        QVERIFY(window.openExample());
        QCoreApplication::processEvents();
        auto *threats = window.findChild<ThreatsPanel *>();
        QVERIFY(threats);
        QTableView *table = threats->table();
        const int rows = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        QVERIFY2(rows >= 8, qPrintable(QString::number(rows)));
        QWidget *details = threats->detailsView();
        const int lines = details->height() / details->fontMetrics().lineSpacing();
        QVERIFY2(lines >= 8, qPrintable(QString::number(lines)));
        // The whole Level 0 DFD is still in sight.
        DiagramView *view = window.currentView();
        const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
        QVERIFY(shown.contains(view->diagramScene()->contentRect()));
    }

    void closingTheUntouchedExampleAsksNothing()
    {
        TestWindow window;
        window.show();
        QVERIFY(window.openExample());
        // Automatic analysis of the shipped example changes nothing.
        auto *analyzer = window.findChild<ThreatAnalyzer *>();
        QVERIFY(analyzer);
        QTest::qWait(50);
        QVERIFY(QTest::qWaitFor([analyzer] {
            return !analyzer->isPending() && !analyzer->isRunning();
        }, 20000));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.close());
        QCOMPARE(window.saveQuestions, 0);
    }

    void aNewModelGreetsOnItsEmptyCanvas()
    {
        TestWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.newModel();
        DiagramView *view = window.currentView();
        QVERIFY(view);
        QVERIFY(view->diagramScene()->isBlank());
        // Dark text in the middle of the canvas: the welcome card.
        const auto darkPixelsInTheMiddle = [view] {
            QCoreApplication::processEvents();
            const QImage image = view->viewport()->grab().toImage();
            QRect middle(0, 0, image.width() / 3, image.height() / 4);
            middle.moveCenter(image.rect().center());
            int dark = 0;
            for (int y = middle.top(); y <= middle.bottom(); ++y)
                for (int x = middle.left(); x <= middle.right(); ++x)
                    dark += qGray(image.pixel(x, y)) < 110 ? 1 : 0;
            return dark;
        };
        QVERIFY(darkPixelsInTheMiddle() > 100);
        // The first element takes it away (placed far off, so only the card could be dark).
        editing::addElement(window.document(), view->diagramScene()->diagramId(),
                            ElementKind::Process, Rect{-4000, -4000, 160, 80});
        QVERIFY(!view->diagramScene()->isBlank());
        QCOMPARE(darkPixelsInTheMiddle(), 0);
    }

    void templatesOpenAsUntitledModels()
    {
        TestWindow window;
        auto *menu = window.findChild<QMenu *>(QStringLiteral("templateMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 3);
        menu->actions().at(1)->trigger(); // the connected-device starter
        QVERIFY(window.errorsShown.isEmpty());
        QVERIFY(window.document()->isUntitled());
        QCOMPARE(window.document()->displayName(), QStringLiteral("Connected device (starter)"));
        QCOMPARE(window.document()->model().elementCount(), size_t(6));
        QCOMPARE(window.document()->model().flowCount(), size_t(7));
        QVERIFY(!window.currentView()->diagramScene()->isBlank());
        menu->actions().at(2)->trigger(); // the example
        QCOMPARE(window.document()->displayName(),
                 QStringLiteral("Insulin pump system (example)"));
        menu->actions().at(0)->trigger(); // blank
        QCOMPARE(window.document()->model().elementCount(), size_t(0));
    }

    void savingTheExampleAsksForAName()
    {
        QTemporaryDir folder;
        TestWindow window;
        QVERIFY(window.openExample());
        window.saveFileName = folder.filePath(QStringLiteral("saved-example"));
        QVERIFY(window.save());
        const QString saved = window.saveFileName + QStringLiteral(".vigil");
        QVERIFY(QFile::exists(saved));
        QCOMPARE(window.document()->filePath(), saved);
        QCOMPARE(window.windowTitle(), QStringLiteral("saved-example.vigil[*] — Vigil"));
        QCOMPARE(window.recentFiles().value(0), saved);
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
