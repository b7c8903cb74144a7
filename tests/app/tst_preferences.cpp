// Edit > Preferences: what the dialog shows and returns, the round trip through QSettings, and
// that each preference takes effect where it should (grid and snapping on every diagram, the
// autosave timer, the automatic analysis toggle, the rule packs of new models, the translator).

#include "app/MainWindow.h"
#include "app/ModelPanels.h"
#include "app/Preferences.h"
#include "app/Recovery.h"
#include "app/ThreatsUi.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/DiagramView.h"
#include "views/document/Commands.h"
#include "views/document/Document.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QMenuBar>

#include <cmath>
#include <optional>

using namespace vigil;

namespace {

class TestWindow final : public MainWindow {
public:
    std::optional<Preferences> answer; // what the dialog returns; nullopt: Cancel
    int asked = 0;

protected:
    void showError(const QString &message) override { QFAIL(qPrintable(message)); }
    QMessageBox::StandardButton askToSaveChanges() override { return QMessageBox::Discard; }
    bool askPreferences(Preferences &preferences) override
    {
        ++asked;
        if (!answer)
            return false;
        preferences = *answer;
        return true;
    }
};

// Every field away from its default.
Preferences unusual()
{
    Preferences preferences;
    preferences.language = QStringLiteral("de");
    preferences.rulePacks = {QStringLiteral("stride-default")};
    preferences.analyzeAutomatically = false;
    preferences.autosaveMinutes = 7;
    preferences.showGrid = false;
    preferences.snapToGrid = false;
    preferences.gridSize = 35;
    return preferences;
}

ThreatsUi *threatsUi(const MainWindow &window)
{
    return window.findChild<ThreatsUi *>();
}

QAction *snapAction(const MainWindow &window)
{
    return window.findChild<QAction *>(QStringLiteral("snapToGrid"));
}

} // namespace

class tst_Preferences : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("VigilTest"));
        QCoreApplication::setApplicationName(QStringLiteral("VigilPreferencesTest"));
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        QSettings().clear();
        installTranslators(); // English again
    }

    void defaultsWhenNothingIsStored()
    {
        const Preferences loaded = Preferences::load();
        QVERIFY(loaded == Preferences{});
        QCOMPARE(loaded.autosaveMinutes, ModelPanels::kDefaultAutosaveSeconds / 60);
        QCOMPARE(loaded.gridSize, int(DiagramScene::kGridSize));
        QVERIFY(loaded.language.isEmpty()); // follow the system
        QCOMPARE(loaded.rulePacks,
                 QStringList({QStringLiteral("stride-default"), QStringLiteral("medical-device")}));
    }

    void roundTripThroughQSettings()
    {
        const Preferences preferences = unusual();
        preferences.save();
        QVERIFY(Preferences::load() == preferences);
        // The keys the features read themselves.
        const QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("autosave/intervalSeconds")).toInt(), 7 * 60);
        QCOMPARE(settings.value(QStringLiteral("threats/analyzeAutomatically")).toBool(), false);
        QCOMPARE(settings.value(QStringLiteral("editor/snapToGrid")).toBool(), false);

        Preferences off;
        off.autosaveMinutes = 0;
        off.save();
        QCOMPARE(Preferences::load().autosaveMinutes, 0);
    }

    void outOfRangeValuesFallBackToDefaults()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("editor/gridSize"), 1000);
        settings.setValue(QStringLiteral("preferences/language"), QStringLiteral("tlh"));
        settings.setValue(QStringLiteral("autosave/intervalSeconds"), 20);
        const Preferences loaded = Preferences::load();
        QCOMPARE(loaded.gridSize, Preferences::kDefaultGridSize);
        QVERIFY(loaded.language.isEmpty());
        QCOMPARE(loaded.autosaveMinutes, 1); // under a minute still autosaves
    }

    void theDialogShowsReturnsAndRestoresDefaults()
    {
        const Preferences preferences = unusual();
        PreferencesDialog dialog(preferences);
        QVERIFY(dialog.preferences() == preferences);
        QCOMPARE(dialog.languageBox()->currentText(), QStringLiteral("Deutsch"));
        QCOMPARE(dialog.languageBox()->count(), 4); // System, English, 日本語, Deutsch
        QCOMPARE(dialog.rulePackList()->count(), 2); // the shipped packs
        QCOMPARE(dialog.autosaveBox()->value(), 7);
        QCOMPARE(dialog.gridSizeBox()->value(), 35);

        dialog.autosaveBox()->setValue(0);
        QCOMPARE(dialog.autosaveBox()->text(), QStringLiteral("Off"));
        dialog.buttons()->button(QDialogButtonBox::RestoreDefaults)->click();
        QVERIFY(dialog.preferences() == Preferences{});

        // New models need a rule pack.
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        for (int row = 0; row < dialog.rulePackList()->count(); ++row)
            dialog.rulePackList()->item(row)->setCheckState(Qt::Unchecked);
        QVERIFY(!ok->isEnabled());
        dialog.rulePackList()->item(0)->setCheckState(Qt::Checked);
        QVERIFY(ok->isEnabled());
    }

    void editPreferencesAppliesOnOkOnly()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        QAction *action = window.findChild<QAction *>(QStringLiteral("editPreferences"));
        QVERIFY(action);
        QVERIFY(action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
        action->trigger(); // Cancel
        QCOMPARE(window.asked, 1);
        QVERIFY(Preferences::load() == Preferences{});
        window.answer = unusual();
        action->trigger();
        QVERIFY(Preferences::load() == unusual());
        QCOMPARE(window.currentView()->diagramScene()->gridSize(), 35.0);
    }

    void gridSizeChangesSnappingOnEveryDiagram()
    {
        TestWindow window;
        QVERIFY(window.openExample());
        Preferences preferences;
        preferences.gridSize = 50;
        preferences.snapToGrid = true;
        preferences.showGrid = false;
        window.applyPreferences(preferences);

        DiagramScene *scene = window.currentView()->diagramScene();
        QCOMPARE(scene->gridSize(), 50.0);
        QVERIFY(!scene->showsGrid());
        QVERIFY(scene->snapsToGrid());
        QVERIFY(snapAction(window)->isChecked());
        QCOMPARE(scene->snapped(QPointF(137, 263)), QPointF(150, 250));
        const Id placed = scene->placeAt(DiagramScene::Tool::Process, QPointF(437, 612));
        QVERIFY(!placed.empty());
        const Diagram *diagram = window.document()->model().diagram(scene->diagramId());
        const Rect rect = diagram->nodes.at(placed);
        QCOMPARE(std::fmod(rect.x, 50.0), 0.0);
        QCOMPARE(std::fmod(rect.y, 50.0), 0.0);

        // Every other diagram, and diagrams added later, have the same grid.
        for (int tab = 0; tab < window.tabs()->count(); ++tab)
            QCOMPARE(qobject_cast<DiagramView *>(window.tabs()->widget(tab))
                         ->diagramScene()->gridSize(), 50.0);
        const Id added = window.panels()->newDiagram("Level 1", DiagramKind::Dfd, 1);
        QCOMPARE(window.viewForDiagram(added)->diagramScene()->gridSize(), 50.0);
        QVERIFY(!window.viewForDiagram(added)->diagramScene()->showsGrid());

        // Snapping off: a point stays where it is.
        preferences.snapToGrid = false;
        window.applyPreferences(preferences);
        QVERIFY(!snapAction(window)->isChecked());
        QCOMPARE(window.currentView()->diagramScene()->snapped(QPointF(137, 263)),
                 QPointF(137, 263));
    }

    void autosaveIntervalSetsTheTimer()
    {
        TestWindow window;
        QTimer *timer = window.panels()->autosaveTimer();
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), ModelPanels::kDefaultAutosaveSeconds * 1000);
        Preferences preferences;
        preferences.autosaveMinutes = 5;
        window.applyPreferences(preferences);
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 5 * 60 * 1000);
        preferences.autosaveMinutes = 0;
        window.applyPreferences(preferences);
        QVERIFY(!timer->isActive());
    }

    // Autosave off at start, then on: the timer writes recovery files.
    void autosaveTurnedOnLaterWrites()
    {
        QSettings().setValue(QStringLiteral("autosave/intervalSeconds"), 0);
        TestWindow window;
        QVERIFY(window.openExample());
        QTimer *timer = window.panels()->autosaveTimer();
        QVERIFY(!timer->isActive());
        Preferences preferences;
        preferences.autosaveMinutes = 1;
        window.applyPreferences(preferences);
        QVERIFY(timer->isActive());
        timer->setInterval(10); // not a minute's wait in a test
        timer->start();
        RecoveryStore &store = window.panels()->recoveryStore();
        const size_t before = store.entries().size();
        Document *document = window.document();
        document->push(new RenameCommand(document, "pump-fw", "Autosaved name"));
        QTRY_VERIFY(store.entries().size() > before);
    }

    void analyzeAutomaticallyIsTheToggle()
    {
        TestWindow window;
        QAction *automatic = threatsUi(window)->automaticAction();
        QVERIFY(automatic->isChecked());
        Preferences preferences;
        preferences.analyzeAutomatically = false;
        window.applyPreferences(preferences);
        QVERIFY(!automatic->isChecked());
        // The menu toggle changes the preference too: one setting.
        automatic->setChecked(true);
        QVERIFY(Preferences::load().analyzeAutomatically);
    }

    void newModelsUseTheChosenRulePacks()
    {
        TestWindow window;
        Preferences preferences;
        preferences.rulePacks = {QStringLiteral("medical-device")};
        window.applyPreferences(preferences);
        window.newModel();
        QCOMPARE(window.document()->model().info().rulePacks,
                 std::vector<std::string>{"medical-device"});
        QVERIFY(!window.document()->isModified()); // closing it asks nothing
        QCOMPARE(window.document()->model().diagrams().size(), size_t(1));
    }

    void preferencesAreRememberedAcrossRestarts()
    {
        const Preferences preferences = unusual();
        {
            TestWindow first;
            first.applyPreferences(preferences);
        }
        TestWindow second;
        QVERIFY(second.openExample());
        QVERIFY(Preferences::load() == preferences);
        QVERIFY(!threatsUi(second)->automaticAction()->isChecked());
        QVERIFY(!snapAction(second)->isChecked());
        QCOMPARE(second.panels()->autosaveTimer()->interval(), 7 * 60 * 1000);
        QCOMPARE(second.currentView()->diagramScene()->gridSize(), 35.0);
        QVERIFY(!second.currentView()->diagramScene()->showsGrid());
    }

    void theLanguageSettingSelectsTheTranslator_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("file");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("en")
                                 << QStringLiteral("&File");
        QTest::newRow("Japanese") << QStringLiteral("ja") << QStringLiteral("ja")
                                  << QStringLiteral("ファイル(&F)");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("de")
                                << QStringLiteral("&Datei");
    }

    void theLanguageSettingSelectsTheTranslator()
    {
        QFETCH(QString, setting);
        QFETCH(QString, language);
        QFETCH(QString, file);
        Preferences preferences;
        preferences.language = setting;
        TestWindow window;
        window.applyPreferences(preferences); // stored, not applied: the next start
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
        QCOMPARE(installTranslators(), language); // what main.cpp does at start
        QCOMPARE(QCoreApplication::translate("vigil::MainWindow", "&File"), file);
        TestWindow restarted;
        QCOMPARE(restarted.menuBar()->actions().first()->text(), file);
    }
};

QTEST_MAIN(tst_Preferences)
#include "tst_preferences.moc"
