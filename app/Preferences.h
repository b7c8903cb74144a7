#pragma once

// Preferences (Edit > Preferences): the user's settings that outlive a model, stored with
// QSettings. Several share their key with the feature that already remembered them, so the
// menu toggle and the dialog can never disagree: Threats > Analyze Automatically
// (threats/analyzeAutomatically), Arrange > Snap to Grid (editor/snapToGrid) and the autosave
// timer of app/ModelPanels (autosave/intervalSeconds). MainWindow::applyPreferences puts them
// into effect; the UI language takes effect at the next start (installTranslators, main.cpp).

#include <QDialog>
#include <QLocale>
#include <QString>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace vigil {

// The settings keys the Preferences dialog shares with the features that read them.
inline const QString kAnalyzeAutomaticallyKey = QStringLiteral("threats/analyzeAutomatically");
inline const QString kAutosaveIntervalKey = QStringLiteral("autosave/intervalSeconds");
inline const QString kSnapToGridKey = QStringLiteral("editor/snapToGrid");


struct Preferences {
    static constexpr int kDefaultAutosaveMinutes = 2;
    static constexpr int kMaxAutosaveMinutes = 120;
    static constexpr int kDefaultGridSize = 20;
    static constexpr int kMinGridSize = 5;
    static constexpr int kMaxGridSize = 100;

    QString language;     // "" follows the system; else "en", "ja" or "de"
    QStringList rulePacks{QStringLiteral("stride-default"), QStringLiteral("medical-device")};
    bool analyzeAutomatically = true;
    int autosaveMinutes = kDefaultAutosaveMinutes; // 0: no autosave
    bool showGrid = true;
    bool snapToGrid = true;
    int gridSize = kDefaultGridSize;
    // Who the document's audit trail and new baselines name; "" is the operating system's user.
    QString authorName;

    // From QSettings; a key that is missing or out of range takes its default.
    static Preferences load();
    void save() const;
    bool operator==(const Preferences &) const = default;
};

// The languages Vigil's interface and user guide are written in: "en", "ja", "de".
QStringList uiLanguages();
// The language a setting selects: the setting itself when Vigil has it; for "" (follow the
// system) the first of `systemLanguages` (BCP 47 names such as "ja-JP") that Vigil has; else
// English.
QString resolveUiLanguage(const QString &setting,
                          const QStringList &systemLanguages = QLocale::system().uiLanguages());
// Installs the translators of Qt's own dialogs and of Vigil (the .qm files in `qmFolder`) for
// the language the preferences select, replacing any installed earlier, and returns it. Called
// by main.cpp once the application's name is set; the language is then fixed until the next
// start.
QString installTranslators(const QString &qmFolder = QStringLiteral(":/i18n"));
// The language installTranslators installed; before any call, the one the settings select.
QString currentUiLanguage();

class PreferencesDialog final : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    // What the fields say now.
    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

    QComboBox *languageBox() const { return m_language; }
    QListWidget *rulePackList() const { return m_rulePacks; }
    QCheckBox *analyzeBox() const { return m_analyze; }
    QSpinBox *autosaveBox() const { return m_autosave; }
    QCheckBox *showGridBox() const { return m_showGrid; }
    QCheckBox *snapBox() const { return m_snap; }
    QSpinBox *gridSizeBox() const { return m_gridSize; }
    QLineEdit *authorBox() const { return m_author; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOkButton();

    QComboBox *m_language = nullptr;
    QListWidget *m_rulePacks = nullptr;
    QCheckBox *m_analyze = nullptr;
    QSpinBox *m_autosave = nullptr;
    QCheckBox *m_showGrid = nullptr;
    QCheckBox *m_snap = nullptr;
    QSpinBox *m_gridSize = nullptr;
    QLineEdit *m_author = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace vigil
