#include "views/report/ReportLanguage.h"

#include <QCoreApplication>

#include <stdexcept>

namespace vigil::report {

QStringList ReportLanguage::languages()
{
    return {QStringLiteral("en"), QStringLiteral("ja"), QStringLiteral("de")};
}

ReportLanguage::ReportLanguage(const QString &language, const QString &qmFolder)
{
    if (!languages().contains(language))
        throw std::runtime_error("no report language \"" + language.toStdString()
                                 + "\"; use en, ja or de");
    // English has a file too: it holds the plural forms ("1 gap", "2 gaps").
    if (!m_translator.file.load(QStringLiteral("vigil_") + language, qmFolder))
        throw std::runtime_error("the translations for \"" + language.toStdString()
                                 + "\" are missing from " + qmFolder.toStdString());
    QCoreApplication::installTranslator(&m_translator);
}

ReportLanguage::~ReportLanguage()
{
    QCoreApplication::removeTranslator(&m_translator);
}

QString ReportLanguage::Translator::translate(const char *context, const char *sourceText,
                                              const char *disambiguation, int n) const
{
    QString translated = file.translate(context, sourceText, disambiguation, n);
    if (!translated.isEmpty())
        return translated;
    translated = QString::fromUtf8(sourceText);
    if (n >= 0)
        translated.replace(QLatin1String("%n"), QString::number(n));
    return translated;
}

} // namespace vigil::report
