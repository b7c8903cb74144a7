#include "views/panels/ShownThreatText.h"

#include "stride/ThreatText.h"

#include <QCoreApplication>

#include <optional>

namespace vigil {

namespace {

std::string &languageSetting()
{
    static std::string language = "en";
    return language;
}

std::optional<stride::ThreatText> translated(const ThreatModel &model, const Threat &threat)
{
    if (languageSetting() == "en")
        return std::nullopt;
    // The same words the report joins names with (its translations are shared).
    static const stride::TextWords words = [] {
        stride::TextWords result;
        result.listComma = QCoreApplication::translate("Report", ", ").toStdString();
        result.listAnd = QCoreApplication::translate("Report", " and ").toStdString();
        result.unnamedProtocol =
            QCoreApplication::translate("Report", "an unnamed protocol").toStdString();
        return result;
    }();
    static stride::TextWords spaced = words;
    // Between a description and a property's note: Japanese puts no space between sentences.
    spaced.noteSeparator.assign(languageSetting() == "ja" ? 0 : 1, ' ');
    return stride::translatedThreatText(model, threat, stride::shippedPacks(), languageSetting(),
                                        spaced);
}

} // namespace

void setThreatTextLanguage(const std::string &language)
{
    languageSetting() = language.empty() ? std::string("en") : language;
}

const std::string &threatTextLanguage()
{
    return languageSetting();
}

QString shownThreatTitle(const ThreatModel &model, const Threat &threat)
{
    if (auto text = translated(model, threat))
        return QString::fromStdString(text->title);
    return QString::fromStdString(threat.title);
}

QString shownThreatDescription(const ThreatModel &model, const Threat &threat)
{
    if (auto text = translated(model, threat))
        return QString::fromStdString(text->description);
    return QString::fromStdString(threat.description);
}

const stride::SuggestedMitigation &shownSuggestion(const stride::Rule &rule, std::size_t index)
{
    return rule.mitigationIn(index, languageSetting());
}

} // namespace vigil
