#include "app/ExportDiagramDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigil {

namespace {

const QString kBadgesKey = QStringLiteral("exportDiagram/badges");
const QString kLegendKey = QStringLiteral("exportDiagram/legend");
const QString kTitleBlockKey = QStringLiteral("exportDiagram/titleBlock");
const QString kScaleKey = QStringLiteral("exportDiagram/scalePercent");
const QString kDpiKey = QStringLiteral("exportDiagram/dpi");
const QString kFitKey = QStringLiteral("exportDiagram/fit"); // "", "a4" or "letter"
const QString kSuffixKey = QStringLiteral("exportDiagram/suffix");

constexpr int kMinScale = 10;
constexpr int kMaxScale = 400;
constexpr int kMinDpi = 72;
constexpr int kMaxDpi = 600;

} // namespace

DiagramExportSettings ExportDiagramDialog::rememberedSettings()
{
    const QSettings stored;
    DiagramExportSettings settings;
    settings.print.badges = stored.value(kBadgesKey, false).toBool();
    settings.print.legend = stored.value(kLegendKey, true).toBool();
    settings.print.titleBlock = stored.value(kTitleBlockKey, true).toBool();
    settings.scale = std::clamp(stored.value(kScaleKey, 100).toInt(), kMinScale, kMaxScale)
                     / 100.0;
    settings.dpi = std::clamp(stored.value(kDpiKey, settings.dpi).toInt(), kMinDpi, kMaxDpi);
    const QString fit = stored.value(kFitKey).toString();
    if (fit == QLatin1String("a4"))
        settings.fit = Paper::A4;
    else if (fit == QLatin1String("letter"))
        settings.fit = Paper::Letter;
    return settings;
}

QString ExportDiagramDialog::rememberedSuffix()
{
    const QString suffix = QSettings().value(kSuffixKey).toString();
    if (suffix == QLatin1String("svg") || suffix == QLatin1String("pdf"))
        return suffix;
    return QStringLiteral("png");
}

ExportDiagramDialog::ExportDiagramDialog(const QString &path, QWidget *parent)
    : QDialog(parent), m_suffix(QFileInfo(path).suffix().toLower())
{
    setWindowTitle(tr("Export Diagram"));
    const DiagramExportSettings remembered = rememberedSettings();

    QString format;
    if (m_suffix == QLatin1String("svg"))
        format = tr("SVG drawing (vectors, one page)");
    else if (m_suffix == QLatin1String("pdf"))
        format = tr("PDF document (vectors)");
    else
        format = tr("PNG image");
    auto *file = new QLabel(QDir::toNativeSeparators(QFileInfo(path).fileName()), this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_badges = new QCheckBox(tr("Threat-count &badges (as on screen)"), this);
    m_badges->setChecked(remembered.print.badges);
    m_badges->setToolTip(tr("The live counts of open threats; a document usually leaves them "
                            "out, since they change with every decision"));
    m_legend = new QCheckBox(tr("&Legend of the notation"), this);
    m_legend->setChecked(remembered.print.legend);
    m_titleBlock = new QCheckBox(tr("&Title block: model, diagram, revision, date"), this);
    m_titleBlock->setChecked(remembered.print.titleBlock);
    m_revision = new QLineEdit(this);
    m_revision->setPlaceholderText(tr("optional, e.g. B or 1.2"));
    auto *revisionLabel = new QLabel(tr("&Revision:"), this);
    revisionLabel->setBuddy(m_revision);

    auto *showBox = new QGroupBox(tr("Show"), this);
    auto *showLayout = new QFormLayout(showBox);
    showLayout->addRow(m_badges);
    showLayout->addRow(m_legend);
    showLayout->addRow(m_titleBlock);
    showLayout->addRow(revisionLabel, m_revision);

    m_actualSize = new QRadioButton(tr("&Scale:"), this);
    m_scale = new QSpinBox(this);
    m_scale->setRange(kMinScale, kMaxScale);
    m_scale->setSingleStep(10);
    m_scale->setSuffix(tr(" %"));
    m_scale->setValue(static_cast<int>(std::lround(remembered.scale * 100)));
    m_scale->setToolTip(tr("100% is the size the diagram has on screen at 100% zoom"));
    m_dpiLabel = new QLabel(tr("Reso&lution:"), this);
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(kMinDpi, kMaxDpi);
    m_dpi->setSingleStep(24);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setValue(remembered.dpi);
    m_dpiLabel->setBuddy(m_dpi);
    m_fitToPaper = new QRadioButton(tr("&Fit to paper:"), this);
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4 landscape"), QStringLiteral("a4"));
    m_paper->addItem(tr("Letter landscape"), QStringLiteral("letter"));
    m_paper->setCurrentIndex(remembered.fit == Paper::Letter ? 1 : 0);
    auto *sizeGroup = new QButtonGroup(this);
    sizeGroup->addButton(m_actualSize);
    sizeGroup->addButton(m_fitToPaper);
    (remembered.fit ? m_fitToPaper : m_actualSize)->setChecked(true);

    auto *sizeBox = new QGroupBox(tr("Size"), this);
    auto *sizeLayout = new QFormLayout(sizeBox);
    sizeLayout->addRow(m_actualSize, m_scale);
    sizeLayout->addRow(m_fitToPaper, m_paper);
    sizeLayout->addRow(m_dpiLabel, m_dpi);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    sizeLayout->addRow(m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *header = new QFormLayout;
    header->addRow(tr("File:"), file);
    header->addRow(tr("Format:"), new QLabel(format, this));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(showBox);
    layout->addWidget(sizeBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_titleBlock, &QCheckBox::toggled, this, &ExportDiagramDialog::updateEnabled);
    connect(m_actualSize, &QRadioButton::toggled, this, &ExportDiagramDialog::updateEnabled);
    updateEnabled();
}

void ExportDiagramDialog::updateEnabled()
{
    const bool png = m_suffix == QLatin1String("png");
    const bool fit = m_fitToPaper->isChecked();
    m_revision->setEnabled(m_titleBlock->isChecked());
    m_scale->setEnabled(!fit);
    m_paper->setEnabled(fit);
    m_dpi->setVisible(png);
    m_dpiLabel->setVisible(png);
    if (!fit)
        m_note->clear();
    else if (m_suffix == QLatin1String("pdf"))
        m_note->setText(tr("Text stays at least 6 pt high; a diagram too large for one page at "
                           "that size is split over several pages."));
    else if (png)
        m_note->setText(tr("Text stays at least 6 pt high; a diagram too large for one page at "
                           "that size is split into one image per page (name-1.png, "
                           "name-2.png, ...)."));
    else
        m_note->setText(tr("Text stays at least 6 pt high; an SVG holds one page, so a diagram "
                           "too large for one page at that size needs PDF or PNG."));
}

DiagramExportSettings ExportDiagramDialog::settings() const
{
    DiagramExportSettings settings;
    settings.print.badges = m_badges->isChecked();
    settings.print.legend = m_legend->isChecked();
    settings.print.titleBlock = m_titleBlock->isChecked();
    settings.print.revision = m_revision->text().trimmed();
    settings.scale = m_scale->value() / 100.0;
    settings.dpi = m_dpi->value();
    if (m_fitToPaper->isChecked())
        settings.fit = m_paper->currentData().toString() == QLatin1String("letter") ? Paper::Letter
                                                                                   : Paper::A4;
    return settings;
}

void ExportDiagramDialog::accept()
{
    QSettings stored;
    stored.setValue(kBadgesKey, m_badges->isChecked());
    stored.setValue(kLegendKey, m_legend->isChecked());
    stored.setValue(kTitleBlockKey, m_titleBlock->isChecked());
    stored.setValue(kScaleKey, m_scale->value());
    stored.setValue(kDpiKey, m_dpi->value());
    stored.setValue(kFitKey, m_fitToPaper->isChecked() ? m_paper->currentData().toString()
                                                       : QString());
    stored.setValue(kSuffixKey, m_suffix);
    QDialog::accept();
}

} // namespace vigil
