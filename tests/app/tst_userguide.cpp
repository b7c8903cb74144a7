// The user guide (Help > User Guide, F1): every page exists in every UI language, no internal
// link is broken, F1 opens the guide in the UI language at the part the user is working in, and
// the window keeps its place.

#include "app/MainWindow.h"
#include "app/Preferences.h"
#include "app/UserGuide.h"
#include "views/diagram/DiagramView.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>

using namespace vigil;

namespace {

class TestWindow final : public MainWindow {
protected:
    void showError(const QString &message) override { QFAIL(qPrintable(message)); }
    QMessageBox::StandardButton askToSaveChanges() override { return QMessageBox::Discard; }
};

QString readPage(const QString &language, const QString &page)
{
    QFile file(QStringLiteral(":/guide/%1/%2").arg(language, page));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The ids a page offers as link targets.
QSet<QString> anchorsOf(const QString &html)
{
    QSet<QString> anchors;
    static const QRegularExpression pattern(
        QStringLiteral("\\s(?:id|name)=\"([^\"]+)\""));
    for (const auto &match : pattern.globalMatch(html))
        anchors.insert(match.captured(1));
    return anchors;
}

} // namespace

class tst_UserGuide : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
        QCoreApplication::setApplicationName(QStringLiteral("VigilUserGuideTest"));
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        // Later tests read English.
        QSettings().clear();
        installTranslators();
    }

    void everyPageExistsInEveryLanguage()
    {
        QStringList expected = UserGuide::pages();
        expected.sort();
        for (const QString &language : uiLanguages()) {
            QStringList present =
                QDir(QStringLiteral(":/guide/") + language).entryList({QStringLiteral("*.html")});
            present.sort();
            QCOMPARE(present, expected);
            for (const QString &page : expected) {
                const QString html = readPage(language, page);
                QVERIFY2(html.contains(QRegularExpression(QStringLiteral("<title>.+</title>"))),
                         qPrintable(language + QLatin1Char('/') + page));
                if (language != QLatin1String("en"))
                    QVERIFY2(html != readPage(QStringLiteral("en"), page),
                             qPrintable(language + QLatin1Char('/') + page));
            }
        }
        // Japanese pages are written in Japanese: kana on every page.
        for (const QString &page : expected)
            QVERIFY2(readPage(QStringLiteral("ja"), page)
                         .contains(QRegularExpression(QStringLiteral("[\\x{3041}-\\x{30ff}]"))),
                     qPrintable(page));
    }

    void noInternalLinkIsBroken_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("page");
        for (const QString &language : uiLanguages())
            for (const QString &page : UserGuide::pages())
                QTest::newRow(qPrintable(language + QLatin1Char('/') + page)) << language << page;
    }

    void noInternalLinkIsBroken()
    {
        QFETCH(QString, language);
        QFETCH(QString, page);
        const QString html = readPage(language, page);
        QVERIFY(!html.isEmpty());
        static const QRegularExpression links(QStringLiteral("\\s(?:href|src)=\"([^\"]*)\""));
        int internal = 0;
        QStringList broken;
        for (const auto &match : links.globalMatch(html)) {
            const QString link = match.captured(1);
            if (link.startsWith(QLatin1String("https://")) || link.startsWith(QLatin1String("http://")))
                continue;
            ++internal;
            const QString file = link.section(QLatin1Char('#'), 0, 0);
            const QString anchor = link.section(QLatin1Char('#'), 1);
            // Links stay inside the language's folder: a reader never lands in another language.
            if (file.contains(QLatin1Char('/')) || file.contains(QLatin1Char(':'))) {
                broken << link;
                continue;
            }
            const QString target = file.isEmpty() ? page : file;
            const QString targetHtml = readPage(language, target);
            if (targetHtml.isEmpty() || (!anchor.isEmpty() && !anchorsOf(targetHtml).contains(anchor)))
                broken << link;
        }
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral(", "))));
        if (page != QLatin1String("preferences.html"))
            QVERIFY2(internal > 0, "every page links to another"); // no dead ends
    }

    void contentsListPagesAndSectionsAndNavigate()
    {
        UserGuide guide(QStringLiteral("de"));
        QTreeWidget *contents = guide.contents();
        QCOMPARE(contents->topLevelItemCount(), int(UserGuide::pages().size()));
        QCOMPARE(guide.browser()->source(), UserGuide::pageUrl(QStringLiteral("de"), QStringLiteral("index.html")));
        QTreeWidgetItem *threats = contents->topLevelItem(
            int(UserGuide::pages().indexOf(QStringLiteral("threats.html"))));
        QVERIFY(threats->childCount() > 0); // its sections
        contents->setCurrentItem(threats);
        QCOMPARE(guide.currentPage(), QStringLiteral("threats.html"));
        QVERIFY(guide.windowTitle().contains(threats->text(0)));
        contents->setCurrentItem(threats->child(0));
        QVERIFY(guide.currentPage().startsWith(QStringLiteral("threats.html#")));

        // Back, forward and home.
        guide.showPage(QStringLiteral("cli.html"));
        auto *back = guide.findChild<QToolButton *>(QStringLiteral("guideBack"));
        auto *forward = guide.findChild<QToolButton *>(QStringLiteral("guideForward"));
        auto *home = guide.findChild<QToolButton *>(QStringLiteral("guideHome"));
        QVERIFY(back && forward && home);
        QVERIFY(back->isEnabled());
        back->click();
        QVERIFY(guide.currentPage().startsWith(QStringLiteral("threats.html")));
        QVERIFY(forward->isEnabled());
        forward->click();
        QCOMPARE(guide.currentPage(), QStringLiteral("cli.html"));
        QCOMPARE(contents->currentItem()->text(0), contents->topLevelItem(
            int(UserGuide::pages().indexOf(QStringLiteral("cli.html"))))->text(0));
        home->click();
        QCOMPARE(guide.currentPage(), QStringLiteral("index.html"));
    }

    void f1OpensTheGuideInTheUiLanguage_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("helpMenu");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en")
                                 << QStringLiteral("&Help");
        QTest::newRow("Japanese") << QStringLiteral("ja") << QStringLiteral("ja")
                                  << QStringLiteral("ヘルプ(&H)");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de")
                                << QStringLiteral("&Hilfe");
    }

    void f1OpensTheGuideInTheUiLanguage()
    {
        QFETCH(QString, setting);
        QFETCH(QString, language);
        QFETCH(QString, helpMenu);
        Preferences preferences;
        preferences.language = setting;
        preferences.save();
        QCOMPARE(installTranslators(), language);
        QCOMPARE(currentUiLanguage(), language);

        TestWindow window;
        QCOMPARE(window.menuBar()->actions().last()->text(), helpMenu);
        QVERIFY(window.openExample());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // F1 in the threats dock opens its page; on the diagram, the diagram's.
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("threatSearch"));
        QVERIFY(search);
        search->setFocus();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClick(search, Qt::Key_F1);
        UserGuide *guide = window.userGuide();
        QVERIFY(guide);
        QVERIFY(guide->isVisible());
        QVERIFY(!guide->isModal());
        QCOMPARE(guide->language(), language);
        QCOMPARE(guide->browser()->source(), UserGuide::pageUrl(language, QStringLiteral("threats.html")));
        QVERIFY(!guide->browser()->toPlainText().isEmpty());

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.currentView()->setFocus();
        QTRY_VERIFY(window.currentView()->hasFocus());
        QTest::keyClick(window.currentView(), Qt::Key_F1);
        QCOMPARE(window.userGuide(), guide); // one window, reused
        QCOMPARE(guide->browser()->source(), UserGuide::pageUrl(language, QStringLiteral("diagram.html")));

        // The Help menu opens it too, at a page asked for.
        window.showUserGuide(QStringLiteral("risk.html#cvss"));
        QCOMPARE(guide->currentPage(), QStringLiteral("risk.html#cvss"));
    }

    void theSystemLanguageIsUsedWhenVigilHasIt()
    {
        QCOMPARE(resolveUiLanguage(QString(), {"ja-JP", "en-US"}), QStringLiteral("ja"));
        QCOMPARE(resolveUiLanguage(QString(), {"fr-FR", "de-AT"}), QStringLiteral("de"));
        QCOMPARE(resolveUiLanguage(QString(), {"fr-FR"}), QStringLiteral("en"));
        QCOMPARE(resolveUiLanguage(QStringLiteral("de"), {"ja-JP"}), QStringLiteral("de"));
        QCOMPARE(resolveUiLanguage(QStringLiteral("xx"), {"ja_JP"}), QStringLiteral("ja"));
    }

    void theWindowKeepsItsGeometry()
    {
        const QSize size(720, 540);
        {
            UserGuide guide(QStringLiteral("en"));
            guide.show();
            QVERIFY(QTest::qWaitForWindowExposed(&guide));
            guide.resize(size);
            QTRY_COMPARE(guide.size(), size);
            guide.close();
        }
        UserGuide again(QStringLiteral("en"));
        QCOMPARE(again.size(), size);
    }
};

QTEST_MAIN(tst_UserGuide)
#include "tst_userguide.moc"
