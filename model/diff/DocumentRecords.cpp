#include "model/diff/DocumentRecords.h"

#include <vector>

namespace vigil::records {

using Json = nlohmann::json;

const std::vector<Collection> &collections()
{
    static const std::vector<Collection> all = {
        {"elements", "element"},         {"boundaries", "zone"},
        {"flows", "flow"},               {"diagrams", "diagram"},
        {"people", "person"},            {"hazards", "hazard"},
        {"requirements", "requirement"}, {"mitigations", "mitigation"},
        {"threats", "threat"},           {"tests", "test"},
        {"suppressions", "suppression"}, {"reviews", "review"},
        {"baselines", "baseline", false}, {"history", "history entry", false},
        {"mergeConflicts", "merge conflict", false},
    };
    return all;
}

const Json &itemsOf(const Json &document, const char *key)
{
    static const Json empty = Json::array();
    const auto it = document.find(key);
    return it != document.end() && it->is_array() ? *it : empty;
}

const Json &objectOf(const Json &document, const char *key)
{
    static const Json empty = Json::object();
    const auto it = document.find(key);
    return it != document.end() && it->is_object() ? *it : empty;
}

std::string recordId(const Json &record, std::string_view kind)
{
    if (kind == "suppression")
        return textOf(record, "element") + "/" + textOf(record, "rule");
    return textOf(record, "id");
}

std::map<std::string, const Json *> byId(const Json &items, std::string_view kind)
{
    std::map<std::string, const Json *> records;
    for (const Json &record : items)
        if (record.is_object())
            records.emplace(recordId(record, kind), &record);
    return records;
}

bool isDerivedThreatText(std::string_view field)
{
    return field == "title" || field == "description" || field == "why";
}

std::string textOf(const Json &record, const char *key)
{
    const auto it = record.find(key);
    return it != record.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string labelOf(const Json &record, std::string_view kind)
{
    if (kind == "threat") {
        const auto number = record.find("number");
        const std::string title = textOf(record, "title");
        if (number != record.end() && number->is_number_integer() && number->get<int>() > 0)
            return "#" + std::to_string(number->get<int>()) + (title.empty() ? "" : " " + title);
        return title;
    }
    if (kind == "suppression")
        return textOf(record, "rule");
    for (const char *key : {"name", "title", "text", "procedure", "date"}) {
        std::string text = textOf(record, key);
        if (!text.empty())
            return text;
    }
    return {};
}

} // namespace vigil::records
