// The main window and a file that changes on disk while it is open (issue 15): a save never
// writes into a file that another program, window or a git checkout replaced; it offers Save As,
// Reload or Overwrite. A watcher offers to reload a change that is not this window's own save,
// once per change.

#include "app/MainWindow.h"
#include "model/json/JsonInterchange.h"
#include "model/store/DocumentStore.h"
#include "views/document/Commands.h"
#include "views/document/Document.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace vigil;

namespace {

const QString kExample = QStringLiteral(VIGIL_SOURCE_DIR "/resources/examples/insulin-pump.json");

class TestWindow final : public MainWindow {
public:
    ChangedFileChoice changedChoice = ChangedFileChoice::Cancel;
    bool reloadConfirmed = true;
    bool reloadAnswer = false;
    QString saveFileName;
    QStringList errorsShown;
    QStringList warningsShown;
    QStringList changedQuestions; // paths, one per question at save
    int reloadConfirmations = 0;
    int reloadQuestions = 0;
    bool lastQuestionMentionedEdits = false;

protected:
    QMessageBox::StandardButton askToSaveChanges() override { return QMessageBox::Discard; }
    QString askOpenFileName() override { return {}; }
    QString askSaveFileName() override { return saveFileName; }
    void showError(const QString &message) override { errorsShown << message; }
    void showWarning(const QString &message) override { warningsShown << message; }
    ChangedFileChoice askChangedFileOnSave(const QString &path) override
    {
        changedQuestions << path;
        return changedChoice;
    }
    bool confirmReload(const QString &) override
    {
        ++reloadConfirmations;
        return reloadConfirmed;
    }
    bool askReloadChangedFile(const QString &, bool hasUnsavedEdits) override
    {
        ++reloadQuestions;
        lastQuestionMentionedEdits = hasUnsavedEdits;
        return reloadAnswer;
    }
};

ThreatModel exampleModel()
{
    QFile file(kExample);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    return modelFromJson(std::string_view(text.constData(), size_t(text.size())));
}

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QString writeExample(const QTemporaryDir &folder, const QString &name)
{
    const QString path = folder.filePath(name);
    ThreatModel model = exampleModel();
    saveDocument(model, fsPath(path), SaveMode::Full);
    return path;
}

// Another program replaces the file: a full save of a different model renamed over it.
ThreatModel replaceOnDisk(const QString &path, const std::string &name)
{
    ThreatModel other = exampleModel();
    ModelInfo info = other.info();
    info.name = name;
    other.setInfo(info);
    saveDocument(other, fsPath(path), SaveMode::Full);
    return other;
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_FileChanges : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
        QCoreApplication::setApplicationName(QStringLiteral("VigilFileChangesTest"));
    }
    void init() { QSettings().clear(); }

    void saveAfterTheFileWasReplacedOffersChoices_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("cancel") << int(MainWindow::ChangedFileChoice::Cancel);
        QTest::newRow("save as") << int(MainWindow::ChangedFileChoice::SaveAs);
        QTest::newRow("reload") << int(MainWindow::ChangedFileChoice::Reload);
        QTest::newRow("overwrite") << int(MainWindow::ChangedFileChoice::Overwrite);
    }
    void saveAfterTheFileWasReplacedOffersChoices()
    {
        QFETCH(int, choice);
        const auto answer = MainWindow::ChangedFileChoice(choice);
        QTemporaryDir folder;
        const QString path = writeExample(folder, QStringLiteral("pump.vigil"));
        TestWindow window;
        window.changedChoice = answer;
        window.saveFileName = folder.filePath(QStringLiteral("mine.vigil"));
        QVERIFY(window.openFile(path));
        Document *document = window.document();
        document->push(new RenameCommand(document, "pump-fw", "Edited in this window"));
        const ThreatModel theirs = replaceOnDisk(path, "Saved by someone else");
        const QByteArray replaced = bytesOf(path);

        const bool saved = window.save();
        QCOMPARE(window.changedQuestions, QStringList{path});
        QVERIFY(window.errorsShown.isEmpty());
        switch (answer) {
        case MainWindow::ChangedFileChoice::Cancel:
            QVERIFY(!saved);
            QCOMPARE(bytesOf(path), replaced); // not one byte written into their file
            QVERIFY(window.isWindowModified());
            break;
        case MainWindow::ChangedFileChoice::SaveAs:
            QVERIFY(saved);
            QCOMPARE(bytesOf(path), replaced);
            QCOMPARE(document->filePath(), window.saveFileName);
            QCOMPARE(loadDocument(fsPath(window.saveFileName)).model.element("pump-fw")->name,
                     std::string("Edited in this window"));
            break;
        case MainWindow::ChangedFileChoice::Reload:
            QVERIFY(!saved);
            QCOMPARE(window.reloadConfirmations, 1);
            QCOMPARE(bytesOf(path), replaced);
            QVERIFY(!window.isWindowModified());
            QVERIFY(document->model().sameContent(theirs));
            break;
        case MainWindow::ChangedFileChoice::Overwrite:
            QVERIFY(saved);
            QVERIFY(!window.isWindowModified());
            QVERIFY(loadDocument(fsPath(path)).model.sameContent(document->model()));
            QCOMPARE(loadDocument(fsPath(path)).model.element("pump-fw")->name,
                     std::string("Edited in this window"));
            // From then on, saves are incremental into the file again.
            document->push(new RenameCommand(document, "pump-fw", "Edited twice"));
            QVERIFY(window.save());
            QCOMPARE(window.changedQuestions.size(), 1);
            break;
        }
    }

    void reloadCanBeCancelled()
    {
        QTemporaryDir folder;
        const QString path = writeExample(folder, QStringLiteral("pump.vigil"));
        TestWindow window;
        window.changedChoice = MainWindow::ChangedFileChoice::Reload;
        window.reloadConfirmed = false;
        QVERIFY(window.openFile(path));
        Document *document = window.document();
        document->push(new RenameCommand(document, "pump-fw", "Kept"));
        replaceOnDisk(path, "Theirs");
        QVERIFY(!window.save());
        QCOMPARE(window.reloadConfirmations, 1);
        QVERIFY(window.isWindowModified());
        QCOMPARE(document->model().element("pump-fw")->name, std::string("Kept"));
    }

    void aChangeOnDiskIsOfferedForReloadOnce()
    {
        QTemporaryDir folder;
        const QString path = writeExample(folder, QStringLiteral("pump.vigil"));
        TestWindow window;
        QVERIFY(window.openFile(path));
        replaceOnDisk(path, "First change");
        QTRY_COMPARE(window.reloadQuestions, 1);
        QVERIFY(!window.lastQuestionMentionedEdits);
        QTest::qWait(1000); // more notifications of the same change ask nothing
        QCOMPARE(window.reloadQuestions, 1);
        QCOMPARE(window.document()->model().info().name, exampleModel().info().name);

        Document *document = window.document();
        document->push(new RenameCommand(document, "pump-fw", "Unsaved"));
        window.reloadAnswer = true;
        const ThreatModel second = replaceOnDisk(path, "Second change");
        QTRY_COMPARE(window.reloadQuestions, 2);
        QVERIFY(window.lastQuestionMentionedEdits);
        QVERIFY(document->model().sameContent(second));
        QVERIFY(!window.isWindowModified());
    }

    void ownSavesAreNotOffered()
    {
        QTemporaryDir folder;
        const QString path = writeExample(folder, QStringLiteral("pump.vigil"));
        TestWindow window;
        QVERIFY(window.openFile(path));
        Document *document = window.document();
        document->push(new RenameCommand(document, "pump-fw", "Saved here"));
        QVERIFY(window.save());
        window.saveFileName = path; // Save As over itself: a full save, a new inode
        document->push(new RenameCommand(document, "pump-fw", "Saved again"));
        QVERIFY(window.saveAs());
        QTest::qWait(1200);
        QCOMPARE(window.reloadQuestions, 0);
        QVERIFY(window.changedQuestions.isEmpty());
    }

    // A file another program edited behind the store's back opens with a warning naming it.
    void openWarningsAreShown()
    {
        QTemporaryDir folder;
        const QString path = writeExample(folder, QStringLiteral("pump.vigil"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "UPDATE elements SET name = 'Changed elsewhere' "
                                  "WHERE id = 'pump-fw'",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
        TestWindow window;
        QVERIFY(window.openFile(path));
        QCOMPARE(window.warningsShown.size(), 1);
        QVERIFY2(window.warningsShown.front().startsWith(path + ": the content does not match"),
                 qPrintable(window.warningsShown.front()));
    }
};

QTEST_MAIN(tst_FileChanges)
#include "tst_filechanges.moc"
