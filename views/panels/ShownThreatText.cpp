#include "views/panels/ShownThreatText.h"

#include "stride/ThreatText.h"

#include "views/document/ThreatCommands.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <vector>

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

QString whyText(const char *text)
{
    return QCoreApplication::translate("ThreatWhy", text);
}

// "process \"Pump\"" -> the kind in the UI language; "flow \"x\" crossing \"A\"" likewise.
QString translatedSubject(std::string_view subject, stride::RuleScope scope)
{
    static const std::array<std::pair<std::string_view, const char *>, 4> kinds{{
        {"external-entity", QT_TRANSLATE_NOOP("ThreatWhy", "external entity")},
        {"process", QT_TRANSLATE_NOOP("ThreatWhy", "process")},
        {"data-store", QT_TRANSLATE_NOOP("ThreatWhy", "data store")},
        {"flow", QT_TRANSLATE_NOOP("ThreatWhy", "flow")},
    }};
    for (const auto &[word, label] : kinds) {
        if (!subject.starts_with(word) || !subject.substr(word.size()).starts_with(" \""))
            continue;
        std::string_view rest = subject.substr(word.size() + 1); // the quoted name and on
        QString named = whyText(label) + QLatin1Char(' ');
        const std::size_t crossing = scope == stride::RuleScope::Crossing ? rest.rfind("\" crossing \"")
                                                                  : std::string_view::npos;
        if (crossing == std::string_view::npos)
            return named + QString::fromUtf8(rest.data(), qsizetype(rest.size()));
        return whyText(QT_TRANSLATE_NOOP("ThreatWhy", "%1 crossing %2"))
            .arg(named + QString::fromUtf8(rest.data(), qsizetype(crossing + 1)),
                 QString::fromUtf8(rest.data() + crossing + 11, qsizetype(rest.size() - crossing - 11)));
    }
    return QString::fromUtf8(subject.data(), qsizetype(subject.size()));
}

// Reads `text` at `at` when it starts with `expected`, moving past it.
bool take(std::string_view text, std::size_t &at, std::string_view expected)
{
    if (!text.substr(at).starts_with(expected))
        return false;
    at += expected.size();
    return true;
}

std::optional<QString> translatedWhy(const Threat &threat, std::string_view why,
                                     const stride::Rule &rule)
{
    std::size_t at = 0;
    if (!take(why, at, "Rule " + rule.id + " of pack " + threat.rulePack + " "
                            + threat.rulePackVersion + " fired on "))
        return std::nullopt;
    const auto qs = [](std::string_view text) {
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    };
    // Where each later sentence would start: the first of them ends the one before.
    std::vector<std::string> starts{" Severity " + rule.severity + " stands, no refinement applies: ",
                                    " Suppressed for this element: "};
    for (const stride::Refinement &refinement : rule.refinements)
        starts.push_back(" Refined by " + refinement.when.text() + " (");
    const auto nextSentence = [&](std::size_t from) {
        std::size_t end = why.size();
        for (const std::string &start : starts)
            end = std::min(end, why.find(start, from));
        return end;
    };

    QString out;
    if (rule.condition.alwaysTrue()) {
        const std::string_view marker = ": it applies to every such target.";
        const std::size_t found = why.find(marker, at);
        if (found == std::string_view::npos)
            return std::nullopt;
        out = whyText(QT_TRANSLATE_NOOP("ThreatWhy", "Rule %1 of pack %2 %3 fired on %4: it applies to every such target."))
                  .arg(qs(rule.id), qs(threat.rulePack), qs(threat.rulePackVersion),
                       translatedSubject(why.substr(at, found - at), rule.scope));
        at = found + marker.size();
    } else {
        const std::string marker = " because " + rule.condition.text() + " holds: ";
        const std::size_t found = why.find(marker, at);
        if (found == std::string_view::npos)
            return std::nullopt;
        const std::size_t readsBegin = found + marker.size();
        const std::size_t end = nextSentence(readsBegin);
        if (end == readsBegin || why[end - 1] != '.')
            return std::nullopt;
        out = whyText(QT_TRANSLATE_NOOP("ThreatWhy", "Rule %1 of pack %2 %3 fired on %4 because %5 holds: %6."))
                  .arg(qs(rule.id), qs(threat.rulePack), qs(threat.rulePackVersion),
                       translatedSubject(why.substr(at, found - at), rule.scope),
                       qs(rule.condition.text()), qs(why.substr(readsBegin, end - 1 - readsBegin)));
        at = end;
    }
    while (at < why.size()) {
        const std::size_t sentence = at;
        const std::size_t end = nextSentence(at + 1);
        const std::string_view part = why.substr(at, end - at);
        if (take(why, at, " Suppressed for this element: ")) {
            out += QLatin1Char(' ') + whyText(QT_TRANSLATE_NOOP("ThreatWhy", "Suppressed for this element: %1")).arg(qs(why.substr(at)));
            break;
        }
        if (take(why, at, " Severity " + rule.severity + " stands, no refinement applies: ")
            && part.ends_with('.')) {
            out += QLatin1Char(' ')
                   + whyText(QT_TRANSLATE_NOOP("ThreatWhy", "Severity %1 stands, no refinement applies: %2."))
                         .arg(severityLabel(rule.severity), qs(why.substr(at, end - 1 - at)));
            at = end;
            continue;
        }
        bool refined = false;
        for (const stride::Refinement &refinement : rule.refinements) {
            at = sentence;
            if (!take(why, at, " Refined by " + refinement.when.text() + " ("))
                continue;
            const std::string severity = refinement.severity.empty()
                                             ? std::string()
                                             : "): severity " + refinement.severity + " instead of "
                                                   + rule.severity + ".";
            const std::string_view close = severity.empty() ? std::string_view(").") : severity;
            if (!part.ends_with(close))
                return std::nullopt;
            const QString reads = qs(why.substr(at, end - close.size() - at));
            out += QLatin1Char(' ')
                   + (severity.empty()
                          ? whyText(QT_TRANSLATE_NOOP("ThreatWhy", "Refined by %1 (%2).")).arg(qs(refinement.when.text()), reads)
                          : whyText(QT_TRANSLATE_NOOP("ThreatWhy", "Refined by %1 (%2): severity %3 instead of %4."))
                                .arg(qs(refinement.when.text()), reads,
                                     severityLabel(refinement.severity), severityLabel(rule.severity)));
            refined = true;
            break;
        }
        if (!refined)
            return std::nullopt;
        at = end;
    }
    return out;
}

} // namespace

QString shownThreatWhy(const ThreatModel &model, const Threat &threat, const stride::Rule *rule)
{
    const std::string why = model.render(threat.why);
    if (languageSetting() != "en" && rule && !threat.manual)
        if (auto text = translatedWhy(threat, why, *rule))
            return *text;
    return QString::fromStdString(why);
}

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
    return QString::fromStdString(model.render(threat.title));
}

QString shownThreatDescription(const ThreatModel &model, const Threat &threat)
{
    if (auto text = translated(model, threat))
        return QString::fromStdString(text->description);
    return QString::fromStdString(model.render(threat.description));
}

const stride::SuggestedMitigation &shownSuggestion(const stride::Rule &rule, std::size_t index)
{
    return rule.mitigationIn(index, languageSetting());
}

} // namespace vigil
