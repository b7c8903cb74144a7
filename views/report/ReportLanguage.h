#pragma once

// The language a report is written in, which need not be the language of the GUI: while a
// ReportLanguage lives, every tr() in the process answers in its language (English included,
// where the GUI's German translator would otherwise answer). Reports are built synchronously,
// so nothing else reads translations meanwhile; the GUI translates its widgets once, at start.

#include <QString>
#include <QTranslator>

namespace vigil::report {

class ReportLanguage {
public:
    // `language`: "en", "ja" or "de". Translations are read from `qmFolder` (the GUI's embedded
    // ":/i18n"). Throws std::runtime_error naming the language when it has no translation file.
    explicit ReportLanguage(const QString &language,
                            const QString &qmFolder = QStringLiteral(":/i18n"));
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

    static QStringList languages(); // en, ja, de

private:
    // Answers from the language's file, else with the source text itself, so that no other
    // installed translator is asked.
    class Translator final : public QTranslator {
    public:
        QTranslator file;
        QString translate(const char *context, const char *sourceText,
                          const char *disambiguation, int n) const override;
        bool isEmpty() const override { return false; }
    };
    Translator m_translator;
};

} // namespace vigil::report
