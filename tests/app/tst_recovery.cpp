// Autosave and crash recovery: a session that ends without a clean close leaves its unsaved
// changes behind, and the next start offers them back.

#include "app/MainWindow.h"
#include "app/ModelPanels.h"
#include "app/Recovery.h"
#include "model/json/JsonInterchange.h"
#include "views/document/Commands.h"
#include "views/document/Document.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace vigil;

namespace {

const QString kExample = QStringLiteral(VIGIL_SOURCE_DIR "/resources/examples/insulin-pump.json");

class TestWindow final : public MainWindow {
public:
    RecoveryChoice recoverAnswer = RecoveryChoice::Later;
    QStringList offered;
    QMessageBox::StandardButton saveAnswer = QMessageBox::Discard;

protected:
    RecoveryChoice askRecover(const QString &document, const QDateTime &) override
    {
        offered << document;
        return recoverAnswer;
    }
    QMessageBox::StandardButton askToSaveChanges() override { return saveAnswer; }
    void showError(const QString &message) override { QFAIL(qPrintable(message)); }
};

QString copyOfExample(const QTemporaryDir &folder)
{
    const QString path = folder.filePath(QStringLiteral("pump.json"));
    QFile::copy(kExample, path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

size_t recoveryFiles()
{
    return RecoveryStore().entries().size();
}

// A session that edits `path` and autosaves, then "crashes": it is never closed, and kept alive
// so that nothing it would do on a clean shutdown happens before the next start.
std::unique_ptr<TestWindow> crashedSession(const QString &path, const std::string &newName)
{
    auto window = std::make_unique<TestWindow>();
    if (!window->openFile(path))
        return nullptr;
    Document *document = window->document();
    document->push(new RenameCommand(document, "pump-fw", newName));
    window->autosaveNow();
    return window;
}

} // namespace

class tst_Recovery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
        QCoreApplication::setApplicationName(QStringLiteral("VigilRecoveryTest"));
    }

    void init()
    {
        QSettings().clear();
        QDir(RecoveryStore::defaultFolder()).removeRecursively();
    }

    void theNextStartRecoversTheEditedModel()
    {
        QTemporaryDir folder;
        const QString path = copyOfExample(folder);
        auto crashed = crashedSession(path, "Recovered controller");
        QVERIFY(crashed);
        QCOMPARE(recoveryFiles(), size_t(1));
        const std::string edited = modelToJson(crashed->document()->model());

        TestWindow next;
        next.recoverAnswer = MainWindow::RecoveryChoice::Recover;
        next.openInitial(QString());
        QCOMPARE(next.offered, QStringList{QDir::toNativeSeparators(path)});
        Document *document = next.document();
        QCOMPARE(modelToJson(document->model()), edited);
        QCOMPARE(document->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(document->isModified());
        QVERIFY(next.isWindowModified());
        QVERIFY(next.windowTitle().startsWith(QStringLiteral("pump.json[*]")));
        // The file on disk still holds the old name until the user saves.
        QVERIFY(next.save());
        QVERIFY(!document->isModified());
        QCOMPARE(recoveryFiles(), size_t(0));
        QVERIFY(document->open(path));
        QCOMPARE(document->model().element("pump-fw")->name, std::string("Recovered controller"));
    }

    void discardingDeletesTheRecoveryFiles()
    {
        QTemporaryDir folder;
        const QString path = copyOfExample(folder);
        auto crashed = crashedSession(path, "Lost edit");
        QVERIFY(crashed);
        TestWindow next;
        next.recoverAnswer = MainWindow::RecoveryChoice::Discard;
        next.openInitial(path);
        QCOMPARE(next.offered.size(), 1);
        QCOMPARE(recoveryFiles(), size_t(0));
        QVERIFY(!next.document()->isModified());
        QCOMPARE(next.document()->model().element("pump-fw")->name,
                 std::string("Therapy controller (bolus calculator)"));
    }

    void notNowKeepsThemForTheNextStart()
    {
        QTemporaryDir folder;
        auto crashed = crashedSession(copyOfExample(folder), "Kept edit");
        QVERIFY(crashed);
        {
            TestWindow next;
            next.recoverAnswer = MainWindow::RecoveryChoice::Later;
            next.openInitial(QString());
            QCOMPARE(next.offered.size(), 1);
        }
        QCOMPARE(recoveryFiles(), size_t(1));
    }

    void aCleanSaveOrCloseLeavesNoRecoveryFile_data()
    {
        QTest::addColumn<bool>("save");
        QTest::newRow("save") << true;
        QTest::newRow("close, discarding the changes") << false;
    }

    void aCleanSaveOrCloseLeavesNoRecoveryFile()
    {
        QFETCH(bool, save);
        QTemporaryDir folder;
        TestWindow window;
        QVERIFY(window.openFile(copyOfExample(folder)));
        Document *document = window.document();
        document->push(new RenameCommand(document, "pump-fw", "Edited"));
        window.autosaveNow();
        QCOMPARE(recoveryFiles(), size_t(1));
        if (save)
            QVERIFY(window.save());
        else
            QVERIFY(window.close());
        QCOMPARE(recoveryFiles(), size_t(0));
    }

    void anUnmodifiedModelIsNotWritten()
    {
        TestWindow window;
        window.newModel();
        window.autosaveNow();
        QCOMPARE(recoveryFiles(), size_t(0));
    }

    void autosaveRunsOnItsInterval()
    {
        QSettings().setValue(QStringLiteral("autosave/intervalSeconds"), 1);
        TestWindow window;
        QCOMPARE(window.panels()->autosaveTimer()->interval(), 1000);
        window.newModel();
        Document *document = window.document();
        QCOMPARE(recoveryFiles(), size_t(0));
        window.openExample();
        document->push(new RenameCommand(document, "pump-fw", "Timed edit"));
        QTRY_COMPARE_WITH_TIMEOUT(recoveryFiles(), size_t(1), 5000);
        const auto entries = RecoveryStore().entries();
        QCOMPARE(entries.front().untitledName, document->displayName());
        const ThreatModel recovered = RecoveryStore::read(entries.front());
        QCOMPARE(recovered.element("pump-fw")->name, std::string("Timed edit"));
    }

    void openingAnotherFileAutosavesFirst()
    {
        QTemporaryDir folder;
        const QString path = copyOfExample(folder);
        TestWindow window;
        QVERIFY(window.openFile(path));
        Document *document = window.document();
        document->push(new RenameCommand(document, "pump-fw", "Before open"));
        window.saveAnswer = QMessageBox::Cancel; // the question comes after the autosave
        QVERIFY(!window.openFile(path));
        QCOMPARE(recoveryFiles(), size_t(1));
    }
};

QTEST_MAIN(tst_Recovery)
#include "tst_recovery.moc"
