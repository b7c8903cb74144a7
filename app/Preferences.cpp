#include "app/Preferences.h"

#include "model/Baselines.h"

#include "stride/RulePack.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTranslator>
#include <QVBoxLayout>

#include <algorithm>

namespace vigil {

namespace {

const QString kLanguageKey = QStringLiteral("preferences/language");
const QString kRulePacksKey = QStringLiteral("preferences/newModelRulePacks");
const QString kShowGridKey = QStringLiteral("editor/showGrid");
const QString kGridSizeKey = QStringLiteral("editor/gridSize");
const QString kAuthorNameKey = QStringLiteral("preferences/authorName");

QString s_installedLanguage; // set by installTranslators

// "ja-JP", "ja_JP", "ja" -> "ja".
QString baseLanguage(const QString &name)
{
    return name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

} // namespace

// ---------------------------------------------------------------- Preferences

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences preferences;
    const QString language = settings.value(kLanguageKey).toString();
    preferences.language = uiLanguages().contains(language) ? language : QString();
    if (settings.contains(kRulePacksKey))
        preferences.rulePacks = settings.value(kRulePacksKey).toStringList();
    preferences.analyzeAutomatically = settings.value(kAnalyzeAutomaticallyKey, true).toBool();
    const int seconds =
        settings.value(kAutosaveIntervalKey, kDefaultAutosaveMinutes * 60).toInt();
    // Whole minutes; an interval set below a minute by hand still autosaves.
    preferences.autosaveMinutes =
        seconds <= 0 ? 0 : std::clamp((seconds + 30) / 60, 1, kMaxAutosaveMinutes);
    preferences.snapToGrid = settings.value(kSnapToGridKey, true).toBool();
    preferences.showGrid = settings.value(kShowGridKey, true).toBool();
    const int grid = settings.value(kGridSizeKey, kDefaultGridSize).toInt();
    preferences.gridSize =
        grid >= kMinGridSize && grid <= kMaxGridSize ? grid : kDefaultGridSize;
    preferences.authorName = settings.value(kAuthorNameKey).toString().trimmed();
    return preferences;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(kLanguageKey, language);
    settings.setValue(kRulePacksKey, rulePacks);
    settings.setValue(kAnalyzeAutomaticallyKey, analyzeAutomatically);
    settings.setValue(kAutosaveIntervalKey, std::max(autosaveMinutes, 0) * 60);
    settings.setValue(kSnapToGridKey, snapToGrid);
    settings.setValue(kShowGridKey, showGrid);
    settings.setValue(kGridSizeKey, gridSize);
    settings.setValue(kAuthorNameKey, authorName.trimmed());
}

// ---------------------------------------------------------------- language

QStringList uiLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("de")};
}

QString resolveUiLanguage(const QString &setting, const QStringList &systemLanguages)
{
    const QStringList available = uiLanguages();
    if (available.contains(setting))
        return setting;
    for (const QString &name : systemLanguages)
        if (const QString base = baseLanguage(name); available.contains(base))
            return base;
    return QStringLiteral("en");
}

QString installTranslators(const QString &qmFolder)
{
    // Owned by the application, so that they live as long as the strings they translate.
    static QTranslator *qtTranslator = nullptr;
    static QTranslator *vigilTranslator = nullptr;
    for (QTranslator **translator : {&qtTranslator, &vigilTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
    const QString language = resolveUiLanguage(Preferences::load().language);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator = qt;
    } else {
        delete qt;
    }
    // English has a file too: it holds the plural forms ("1 element", "2 elements").
    auto *vigil = new QTranslator(QCoreApplication::instance());
    if (vigil->load(QStringLiteral("vigil_") + language, qmFolder)) {
        QCoreApplication::installTranslator(vigil);
        vigilTranslator = vigil;
    } else {
        delete vigil;
    }
    s_installedLanguage = language;
    return language;
}

QString currentUiLanguage()
{
    return s_installedLanguage.isEmpty() ? resolveUiLanguage(Preferences::load().language)
                                         : s_installedLanguage;
}

// ---------------------------------------------------------------- the dialog

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);

    // Language: names written in their own language, so that anyone finds theirs.
    auto *general = new QGroupBox(tr("Language"), this);
    auto *generalForm = new QFormLayout(general);
    m_language = new QComboBox(general);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    generalForm->addRow(tr("&User interface:"), m_language);
    auto *languageNote = new QLabel(tr("Takes effect the next time Vigil starts."), general);
    languageNote->setWordWrap(true);
    generalForm->addRow(QString(), languageNote);
    layout->addWidget(general);

    auto *identity = new QGroupBox(tr("Audit trail"), this);
    auto *identityForm = new QFormLayout(identity);
    m_author = new QLineEdit(identity);
    m_author->setObjectName(QStringLiteral("authorName"));
    m_author->setPlaceholderText(QString::fromStdString(operatingSystemUser()));
    m_author->setToolTip(tr("The name a document's history and new baselines record for your "
                            "changes; empty: your user name on this computer"));
    identityForm->addRow(tr("Your &name:"), m_author);
    layout->addWidget(identity);

    auto *models = new QGroupBox(tr("New models"), this);
    auto *modelsLayout = new QVBoxLayout(models);
    modelsLayout->addWidget(new QLabel(tr("Rule packs a new model is analyzed with:"), models));
    m_rulePacks = new QListWidget(models);
    m_rulePacks->setObjectName(QStringLiteral("rulePacks"));
    for (const stride::RulePackPtr &pack : stride::shippedPacks()) {
        const QString id = QString::fromStdString(pack->id());
        auto *item = new QListWidgetItem(
            tr("%1 (%2)").arg(QString::fromStdString(pack->title()), id), m_rulePacks);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(QString::fromStdString(pack->description()));
    }
    // Every pack visible without scrolling: the list is as tall as its rows.
    m_rulePacks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rulePacks->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rulePacks->setFixedHeight(m_rulePacks->sizeHintForRow(0) * m_rulePacks->count()
                                + 2 * m_rulePacks->frameWidth() + 4);
    modelsLayout->addWidget(m_rulePacks);
    auto *packNote = new QLabel(tr("A model keeps the packs it was created with."), models);
    packNote->setWordWrap(true);
    modelsLayout->addWidget(packNote);
    layout->addWidget(models);

    auto *work = new QGroupBox(tr("Analysis and autosave"), this);
    auto *workForm = new QFormLayout(work);
    m_analyze = new QCheckBox(tr("&Analyze automatically after each edit"), work);
    m_analyze->setObjectName(QStringLiteral("analyzeAutomatically"));
    m_analyze->setToolTip(tr("The same setting as Threats > Analyze Automatically"));
    workForm->addRow(m_analyze);
    m_autosave = new QSpinBox(work);
    m_autosave->setObjectName(QStringLiteral("autosaveMinutes"));
    m_autosave->setRange(0, Preferences::kMaxAutosaveMinutes);
    m_autosave->setSpecialValueText(tr("Off"));
    m_autosave->setSuffix(tr(" min"));
    m_autosave->setToolTip(tr("How often unsaved changes are copied to a recovery file, which "
                              "Vigil offers to restore after a crash. 0 turns it off."));
    workForm->addRow(tr("Auto&save every:"), m_autosave);
    layout->addWidget(work);

    auto *grid = new QGroupBox(tr("Diagram grid"), this);
    auto *gridForm = new QFormLayout(grid);
    m_showGrid = new QCheckBox(tr("Show &grid"), grid);
    m_showGrid->setObjectName(QStringLiteral("showGrid"));
    m_snap = new QCheckBox(tr("S&nap to grid"), grid);
    m_snap->setObjectName(QStringLiteral("snapToGrid"));
    m_gridSize = new QSpinBox(grid);
    m_gridSize->setObjectName(QStringLiteral("gridSize"));
    m_gridSize->setRange(Preferences::kMinGridSize, Preferences::kMaxGridSize);
    m_gridSize->setSuffix(tr(" px"));
    gridForm->addRow(m_showGrid);
    gridForm->addRow(m_snap);
    gridForm->addRow(tr("Grid si&ze:"), m_gridSize);
    layout->addWidget(grid);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
        this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    QPushButton *restore = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setText(tr("Restore Defaults")); // the words the rest of Vigil uses
    connect(restore, &QPushButton::clicked, this, [this] { setPreferences(Preferences{}); });
    connect(m_rulePacks, &QListWidget::itemChanged, this, &PreferencesDialog::updateOkButton);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Wide enough for the pack titles and the notes on one or two lines.
    setMinimumWidth(std::max(sizeHint().width(), m_rulePacks->sizeHintForColumn(0) + 80));

    setPreferences(preferences);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    preferences.language = m_language->currentData().toString();
    preferences.rulePacks.clear();
    for (int row = 0; row < m_rulePacks->count(); ++row)
        if (const QListWidgetItem *item = m_rulePacks->item(row);
            item->checkState() == Qt::Checked)
            preferences.rulePacks << item->data(Qt::UserRole).toString();
    preferences.analyzeAutomatically = m_analyze->isChecked();
    preferences.autosaveMinutes = m_autosave->value();
    preferences.showGrid = m_showGrid->isChecked();
    preferences.snapToGrid = m_snap->isChecked();
    preferences.gridSize = m_gridSize->value();
    preferences.authorName = m_author->text().trimmed();
    return preferences;
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    m_language->setCurrentIndex(std::max(m_language->findData(preferences.language), 0));
    for (int row = 0; row < m_rulePacks->count(); ++row) {
        QListWidgetItem *item = m_rulePacks->item(row);
        item->setCheckState(preferences.rulePacks.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    m_analyze->setChecked(preferences.analyzeAutomatically);
    m_autosave->setValue(preferences.autosaveMinutes);
    m_showGrid->setChecked(preferences.showGrid);
    m_snap->setChecked(preferences.snapToGrid);
    m_gridSize->setValue(preferences.gridSize);
    m_author->setText(preferences.authorName);
    updateOkButton();
}

void PreferencesDialog::updateOkButton()
{
    // A model without rule packs would never show a threat.
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const bool anyPack = !preferences().rulePacks.isEmpty();
    ok->setEnabled(anyPack);
    ok->setToolTip(anyPack ? QString() : tr("Choose at least one rule pack for new models."));
}

} // namespace vigil
