#pragma once

// File > Export Report... and File > Print... (Ctrl+P): the threat model report for the design
// history file, from the open model. The export dialog picks the format, language, paper,
// sections and document-control fields (remembered: the fields per model file, the rest
// globally) and shows progress while a large report is written.

#include "views/report/ReportOptions.h"

#include <QDialog>
#include <QObject>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace vigil {

class MainWindow;

class ExportReportDialog final : public QDialog {
    Q_OBJECT

public:
    // `modelFile`: the document's path (its fields are remembered per file); may be empty.
    ExportReportDialog(const QString &modelFile, const QString &suggestedOutput,
                       QWidget *parent = nullptr);

    report::Format format() const;
    report::ReportOptions options() const; // without the model file, hash and version
    QString outputPath() const;

    QComboBox *formatCombo() const { return m_format; }
    QComboBox *languageCombo() const { return m_language; }
    QLineEdit *outputEdit() const { return m_output; }
    QLineEdit *documentIdEdit() const { return m_documentId; }

    void accept() override; // remembers the choices, refuses an empty output

private:
    void browse();
    void formatChanged();

    QString m_modelFile;
    QComboBox *m_format = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_paper = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_documentId = nullptr;
    QLineEdit *m_revision = nullptr;
    QLineEdit *m_author = nullptr;
    QPlainTextEdit *m_approvers = nullptr;
    std::vector<std::pair<report::Section, QCheckBox *>> m_sections;
    QLineEdit *m_output = nullptr;
};

class ReportUi final : public QObject {
    Q_OBJECT

public:
    explicit ReportUi(MainWindow *window);

    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }

    // Writes the report of the open model; false (with `error` set) when it could not.
    // `progress` hears the share done. Used by the dialog's action and by tests.
    bool writeReport(report::Format format, const report::ReportOptions &options,
                     const QString &path, QString *error);

private:
    void exportReport();
    void print();
    report::ReportOptions completed(report::ReportOptions options) const;

    MainWindow *m_window;
    QAction *m_export = nullptr;
    QAction *m_print = nullptr;
};

} // namespace vigil
