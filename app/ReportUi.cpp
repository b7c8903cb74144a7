#include "app/ReportUi.h"

#include "app/MainWindow.h"
#include "app/Preferences.h"
#include "model/ModelFile.h"
#include "stride/RulePack.h"
#include "views/document/Document.h"
#include "views/report/ReportBuilder.h"
#include "views/report/ReportDiagrams.h"
#include "views/report/ReportDocument.h"
#include "views/report/ReportLanguage.h"
#include "views/report/ReportWriters.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#ifndef VIGIL_VERSION
#define VIGIL_VERSION "0.0.0"
#endif

namespace vigil {

namespace {

struct SectionLabel {
    report::Section section;
    const char *label;
};
constexpr SectionLabel kSectionLabels[] = {
    {report::Section::DocumentControl, QT_TRANSLATE_NOOP("ExportReportDialog", "Document control")},
    {report::Section::Scope, QT_TRANSLATE_NOOP("ExportReportDialog", "Scope, context and assumptions")},
    {report::Section::Method, QT_TRANSLATE_NOOP("ExportReportDialog", "Method")},
    {report::Section::Diagrams, QT_TRANSLATE_NOOP("ExportReportDialog", "Diagrams")},
    {report::Section::Inventory, QT_TRANSLATE_NOOP("ExportReportDialog", "Element and interface inventory")},
    {report::Section::Threats, QT_TRANSLATE_NOOP("ExportReportDialog", "Threats")},
    {report::Section::RiskSummary, QT_TRANSLATE_NOOP("ExportReportDialog", "Risk summary")},
    {report::Section::Controls, QT_TRANSLATE_NOOP("ExportReportDialog", "Mitigations, requirements, tests")},
    {report::Section::Traceability, QT_TRANSLATE_NOOP("ExportReportDialog", "Traceability and gaps")},
    {report::Section::Residual, QT_TRANSLATE_NOOP("ExportReportDialog", "Residual risks")},
    {report::Section::ClauseMap, QT_TRANSLATE_NOOP("ExportReportDialog", "Clause map")},
};

constexpr const char *kFormatSuffixes[] = {"pdf", "html", "odt", "csv"};

// The packs the model names; the shipped ones where it names a user pack not loaded here.
std::vector<stride::RulePackPtr> packsOf(const ThreatModel &model)
{
    try {
        return stride::resolvePacks(model.info().rulePacks);
    } catch (const stride::RulePackError &) {
        return stride::shippedPacks();
    }
}

QString settingsKeyFor(const QString &modelFile)
{
    // Document-control fields belong to one model file.
    return QStringLiteral("report/files/")
           + QString::fromLatin1(QCryptographicHash::hash(modelFile.toUtf8(),
                                                          QCryptographicHash::Sha1)
                                     .toHex());
}

QString withSuffix(const QString &path, report::Format format)
{
    if (format == report::Format::Csv) { // a folder
        const QFileInfo info(path);
        return info.suffix().isEmpty() ? path : info.path() + QLatin1Char('/') + info.completeBaseName();
    }
    const QString suffix = QLatin1String(kFormatSuffixes[int(format)]);
    const QFileInfo info(path);
    if (info.suffix().compare(suffix, Qt::CaseInsensitive) == 0)
        return path;
    const QString base = info.suffix().isEmpty() ? path : info.path() + QLatin1Char('/') + info.completeBaseName();
    return base + QLatin1Char('.') + suffix;
}

} // namespace

// ---------------------------------------------------------------- dialog

ExportReportDialog::ExportReportDialog(const QString &modelFile, const QString &suggestedOutput,
                                       QWidget *parent)
    : QDialog(parent), m_modelFile(modelFile)
{
    setWindowTitle(tr("Export Report"));
    QSettings settings;
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_format = new QComboBox;
    m_format->addItem(tr("PDF/A document (*.pdf)"), int(report::Format::Pdf));
    m_format->addItem(tr("Web page, one file (*.html)"), int(report::Format::Html));
    m_format->addItem(tr("OpenDocument text, editable (*.odt)"), int(report::Format::Odt));
    m_format->addItem(tr("CSV files, one per table, into a folder"), int(report::Format::Csv));
    m_format->setCurrentIndex(std::clamp(settings.value(QStringLiteral("report/format"), 0).toInt(), 0, 3));
    form->addRow(tr("&Format:"), m_format);

    m_language = new QComboBox;
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const QString language =
        settings.value(QStringLiteral("report/language"), currentUiLanguage()).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    form->addRow(tr("&Language:"), m_language);

    m_paper = new QComboBox;
    m_paper->addItem(tr("A4"), int(report::Paper::A4));
    m_paper->addItem(tr("US Letter"), int(report::Paper::Letter));
    m_paper->setCurrentIndex(std::clamp(settings.value(QStringLiteral("report/paper"), 0).toInt(), 0, 1));
    form->addRow(tr("&Paper:"), m_paper);

    m_date = new QDateEdit(QDate::currentDate());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Date:"), m_date);

    const QString key = settingsKeyFor(modelFile);
    m_documentId = new QLineEdit(settings.value(key + QStringLiteral("/documentId")).toString());
    m_documentId->setPlaceholderText(tr("e.g. DHF-TM-001"));
    form->addRow(tr("Document &id:"), m_documentId);
    m_revision = new QLineEdit(settings.value(key + QStringLiteral("/revision")).toString());
    form->addRow(tr("&Revision:"), m_revision);
    m_author = new QLineEdit(settings.value(key + QStringLiteral("/author")).toString());
    form->addRow(tr("&Author:"), m_author);
    m_approvers = new QPlainTextEdit(settings.value(key + QStringLiteral("/approvers")).toString());
    m_approvers->setPlaceholderText(tr("One per line: name, role"));
    m_approvers->setFixedHeight(m_approvers->fontMetrics().lineSpacing() * 4);
    m_approvers->setTabChangesFocus(true);
    form->addRow(tr("A&pprovers:"), m_approvers);
    layout->addLayout(form);

    auto *sections = new QGroupBox(tr("Sections"));
    auto *grid = new QGridLayout(sections);
    const QStringList left = settings.value(QStringLiteral("report/sectionsOff")).toStringList();
    int index = 0;
    for (const SectionLabel &item : kSectionLabels) {
        auto *box = new QCheckBox(QCoreApplication::translate("ExportReportDialog", item.label));
        box->setChecked(!left.contains(QString::fromLatin1(report::sectionName(item.section).data())));
        grid->addWidget(box, index / 2, index % 2);
        m_sections.emplace_back(item.section, box);
        ++index;
    }
    layout->addWidget(sections);

    auto *outputRow = new QHBoxLayout;
    m_output = new QLineEdit(suggestedOutput);
    auto *browse = new QPushButton(tr("&Browse..."));
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browse);
    auto *outputForm = new QFormLayout;
    // A layout has no buddy of its own: the label points at the path field.
    auto *outputLabel = new QLabel(tr("&Save to:"));
    outputLabel->setBuddy(m_output);
    outputForm->addRow(outputLabel, outputRow);
    layout->addLayout(outputForm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportReportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportReportDialog::formatChanged);
    formatChanged();
}

void ExportReportDialog::formatChanged()
{
    const report::Format chosen = format();
    m_paper->setEnabled(chosen == report::Format::Pdf);
    if (!m_output->text().isEmpty())
        m_output->setText(withSuffix(m_output->text(), chosen));
}

void ExportReportDialog::browse()
{
    const QString current = m_output->text();
    QString chosen;
    if (format() == report::Format::Csv) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the CSV files"), current);
    } else {
        chosen = QFileDialog::getSaveFileName(this, tr("Export Report"), current,
                                              m_format->currentText());
        if (!chosen.isEmpty())
            chosen = withSuffix(chosen, format());
    }
    if (!chosen.isEmpty())
        m_output->setText(chosen);
}

report::Format ExportReportDialog::format() const
{
    return report::Format(m_format->currentData().toInt());
}

QString ExportReportDialog::outputPath() const
{
    return m_output->text().trimmed();
}

report::ReportOptions ExportReportDialog::options() const
{
    report::ReportOptions options;
    options.sections.clear();
    for (const auto &[section, box] : m_sections)
        if (box->isChecked())
            options.sections.insert(section);
    options.language = m_language->currentData().toString();
    options.date = m_date->date();
    options.paper = report::Paper(m_paper->currentData().toInt());
    options.documentId = m_documentId->text().trimmed();
    options.revision = m_revision->text().trimmed();
    options.author = m_author->text().trimmed();
    for (const QString &line : m_approvers->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            options.approvers << line.trimmed();
    return options;
}

void ExportReportDialog::accept()
{
    if (outputPath().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose where to save the report."));
        m_output->setFocus();
        return;
    }
    if (options().sections.empty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose at least one section."));
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("report/format"), m_format->currentIndex());
    settings.setValue(QStringLiteral("report/language"), m_language->currentData());
    settings.setValue(QStringLiteral("report/paper"), m_paper->currentIndex());
    QStringList off;
    for (const auto &[section, box] : m_sections)
        if (!box->isChecked())
            off << QString::fromLatin1(report::sectionName(section).data());
    settings.setValue(QStringLiteral("report/sectionsOff"), off);
    const QString key = settingsKeyFor(m_modelFile);
    settings.setValue(key + QStringLiteral("/documentId"), m_documentId->text().trimmed());
    settings.setValue(key + QStringLiteral("/revision"), m_revision->text().trimmed());
    settings.setValue(key + QStringLiteral("/author"), m_author->text().trimmed());
    settings.setValue(key + QStringLiteral("/approvers"), m_approvers->toPlainText());
    settings.setValue(QStringLiteral("report/folder"), QFileInfo(outputPath()).absolutePath());
    QDialog::accept();
}

// ---------------------------------------------------------------- actions

ReportUi::ReportUi(MainWindow *window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("reportUi"));
    m_export = new QAction(tr("Export &Report..."), this);
    m_export->setObjectName(QStringLiteral("exportReportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_export->setStatusTip(tr("Write the threat model report for the design history file: PDF/A, "
                              "HTML, ODT or CSV, in English, Japanese or German"));
    connect(m_export, &QAction::triggered, this, &ReportUi::exportReport);
    m_print = new QAction(tr("&Print..."), this);
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the threat model report, with a preview"));
    connect(m_print, &QAction::triggered, this, &ReportUi::print);
    for (QMenu *menu : window->menuBar()->findChildren<QMenu *>()) {
        if (menu->actions().contains(window->m_quitAction)) {
            menu->insertAction(window->m_quitAction, m_export);
            menu->insertAction(window->m_quitAction, m_print);
            menu->insertSeparator(window->m_quitAction);
            break;
        }
    }
    window->addAction(m_export); // shortcuts work with the menu closed
    window->addAction(m_print);
}

report::ReportOptions ReportUi::completed(report::ReportOptions options) const
{
    const Document *document = m_window->document();
    options.vigilVersion = QStringLiteral(VIGIL_VERSION);
    options.modelFile = document->filePath();
    if (const std::optional<Baseline> &baseline = document->frozenBaseline()) {
        // A baseline's window: the frozen content and its own hash, as `report IN@NAME` gives.
        options.baseline = baseline;
        options.modelFile = QStringLiteral("%1@%2").arg(document->frozenSource(),
                                                        QString::fromStdString(baseline->name));
        options.modelSha256 =
            QString::fromStdString(baseline->hash).section(QLatin1Char(':'), -1);
    } else if (!document->filePath().isEmpty() && !document->isModified()) {
        options.modelSha256 = report::fileSha256(document->filePath());
    } else if (!document->filePath().isEmpty()) {
        //: In the report's document control, instead of the file's hash.
        options.modelSha256 = tr("not computed: the model has unsaved changes");
    }
    return options;
}

bool ReportUi::writeReport(report::Format format, const report::ReportOptions &chosen,
                           const QString &path, QString *error)
{
    const ThreatModel &model = m_window->document()->model();
    QProgressDialog progress(tr("Writing the report..."), tr("Cancel"), 0, 1000, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    struct Cancelled {};
    const auto report = [&](double share) {
        progress.setValue(int(share * 1000));
        if (progress.wasCanceled())
            throw Cancelled{};
    };
    // The report's language from here on: the document-control texts below are in it too.
    std::optional<report::ReportLanguage> language;
    try {
        language.emplace(chosen.language);
    } catch (const std::exception &failure) {
        if (error)
            *error = QString::fromUtf8(failure.what());
        return false;
    }
    report::ReportOptions options = completed(chosen);
    options.csvTables = format == report::Format::Csv;
    const std::vector<stride::RulePackPtr> packs = packsOf(model);
    try {
        report::ReportBuilder builder(model, packs, options);
        report::ReportDiagrams diagrams(model);
        if (format == report::Format::Pdf) {
            // Streamed: a report of 20,000 threats is never held whole. The report's language
            // stays installed while the stream makes the report, twice.
            report::writePdfFile(path.toStdString(), builder.header(), builder.stream(),
                                 diagrams, options.paper, report);
            progress.setValue(1000);
            return true;
        }
        // The language stays installed while the writers run: the diagrams' legends are in it.
        const report::Content content = builder.build([&](double share) { report(share * 0.2); });
        const auto rest = [&](double share) { report(0.2 + share * 0.8); };
        QByteArray bytes;
        switch (format) {
        case report::Format::Pdf: break; // above
        case report::Format::Html: bytes = report::writeHtml(content, diagrams); break;
        case report::Format::Odt: bytes = report::writeOdt(content, diagrams, rest); break;
        case report::Format::Csv: {
            const std::filesystem::path folder = path.toStdString();
            std::filesystem::create_directories(folder);
            for (const auto &[name, file] : report::writeCsv(content))
                writeFileAtomically(folder / name.toStdString(),
                                    std::string_view(file.constData(), std::size_t(file.size())));
            progress.setValue(1000);
            return true;
        }
        }
        writeFileAtomically(path.toStdString(),
                            std::string_view(bytes.constData(), std::size_t(bytes.size())));
        progress.setValue(1000);
        return true;
    } catch (const Cancelled &) {
        if (error)
            error->clear();
        return false;
    } catch (const std::exception &failure) {
        if (error)
            *error = QString::fromUtf8(failure.what());
        return false;
    }
}

void ReportUi::exportReport()
{
    const Document *document = m_window->document();
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("report/folder"), QDir::homePath()).toString();
    const QString base = document->filePath().isEmpty()
                             ? document->displayName()
                             : QFileInfo(document->filePath()).completeBaseName();
    ExportReportDialog dialog(document->filePath(),
                              QDir(folder).filePath(base + QStringLiteral("-report.pdf")), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (writeReport(dialog.format(), dialog.options(), dialog.outputPath(), &error)) {
        m_window->statusBar()->showMessage(
            tr("Report written to %1").arg(QDir::toNativeSeparators(dialog.outputPath())), 6000);
    } else if (!error.isEmpty()) {
        QMessageBox::critical(m_window, tr("Export Report"),
                              tr("The report could not be written to %1:\n%2")
                                  .arg(QDir::toNativeSeparators(dialog.outputPath()), error));
    }
}

void ReportUi::print()
{
    const ThreatModel &model = m_window->document()->model();
    report::ReportOptions options;
    options.language = currentUiLanguage();
    options.csvTables = false; // printed: the documents' tables only
    const std::vector<stride::RulePackPtr> packs = packsOf(model);
    report::Content content;
    {
        const report::ReportLanguage language(currentUiLanguage());
        options = completed(options);
        content = report::ReportBuilder(model, packs, options).build();
    }
    report::ReportDiagrams diagrams(model);
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(content.title);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&](QPrinter *target) { report::paintReport(content, diagrams, *target); });
    preview.exec();
}

} // namespace vigil
