#include "model/PropertyCatalogue.h"

#include "model/EnumNames.h"
#include "model/json/JsonParse.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace vigil {

namespace embedded {
std::string_view propertiesJson();
}

namespace {

constexpr std::array<std::string_view, 4> kTypes{"bool", "text", "number", "enum"};
constexpr std::array<std::string_view, 4> kTargets{"external-entity", "process", "data-store",
                                                   "flow"};

} // namespace

std::string_view toString(PropertyType type) { return kTypes.at(static_cast<size_t>(type)); }
std::string_view toString(PropertyTarget target)
{
    return kTargets.at(static_cast<size_t>(target));
}

PropertyTarget targetOf(ElementKind kind)
{
    switch (kind) {
    case ElementKind::ExternalEntity: return PropertyTarget::ExternalEntity;
    case ElementKind::Process: return PropertyTarget::Process;
    case ElementKind::DataStore: return PropertyTarget::DataStore;
    }
    return PropertyTarget::Process;
}

bool PropertyDefinition::appliesToTarget(PropertyTarget target) const
{
    return std::find(appliesTo.begin(), appliesTo.end(), target) != appliesTo.end();
}

PropertyCatalogue PropertyCatalogue::fromJson(std::string_view text, const std::string &sourceName)
{
    nlohmann::json doc;
    try {
        doc = parseJson(text); // bounded depth, unique keys, errors in our words
    } catch (const JsonError &error) {
        const std::string where = error.path() == "$" ? "" : error.path() + ": ";
        throw CatalogueError(sourceName + ": " + where + error.problem());
    }
    const auto fail = [&](const std::string &where, const std::string &what) {
        throw CatalogueError(sourceName + ": " + where + ": " + what);
    };
    if (!doc.is_object() || !doc.contains("properties") || !doc["properties"].is_array())
        fail("$", "expected an object with a \"properties\" array");
    PropertyCatalogue catalogue;
    const auto &list = doc["properties"];
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string where = "$.properties[" + std::to_string(i) + "]";
        const auto &entry = list[i];
        if (!entry.is_object())
            fail(where, "expected an object");
        const auto textField = [&](const char *name, bool required) -> std::string {
            if (!entry.contains(name)) {
                if (required)
                    fail(where + "." + name, "missing");
                return {};
            }
            if (!entry[name].is_string())
                fail(where + "." + name, "expected a string");
            return entry[name].get<std::string>();
        };
        PropertyDefinition def;
        def.key = textField("key", true);
        if (catalogue.find(def.key))
            fail(where + ".key", "duplicate property \"" + def.key + "\"");
        auto type = enumFromName<PropertyType>(kTypes, textField("type", true));
        if (!type)
            fail(where + ".type", "expected bool, text, number or enum");
        def.type = *type;
        def.label = textField("label", true);
        def.description = textField("description", true);
        def.group = textField("group", false);
        if (def.type == PropertyType::Enum) {
            if (!entry.contains("values") || !entry["values"].is_array() || entry["values"].empty())
                fail(where + ".values", "an enum needs a non-empty array of values");
            for (const auto &value : entry["values"]) {
                if (!value.is_string())
                    fail(where + ".values", "expected strings");
                def.values.push_back(value.get<std::string>());
            }
        }
        if (!entry.contains("appliesTo") || !entry["appliesTo"].is_array())
            fail(where + ".appliesTo", "expected an array of kinds");
        for (const auto &kind : entry["appliesTo"]) {
            auto target = kind.is_string()
                              ? enumFromName<PropertyTarget>(kTargets, kind.get<std::string>())
                              : std::nullopt;
            if (!target)
                fail(where + ".appliesTo",
                     "expected external-entity, process, data-store or flow");
            def.appliesTo.push_back(*target);
        }
        catalogue.m_definitions.push_back(std::move(def));
    }
    return catalogue;
}

const PropertyCatalogue &PropertyCatalogue::builtin()
{
    static const PropertyCatalogue catalogue =
        fromJson(embedded::propertiesJson(), "resources/properties.json");
    return catalogue;
}

const PropertyDefinition *PropertyCatalogue::find(std::string_view key) const
{
    for (const auto &def : m_definitions)
        if (def.key == key)
            return &def;
    return nullptr;
}

std::vector<const PropertyDefinition *> PropertyCatalogue::definitionsFor(
    PropertyTarget target) const
{
    std::vector<const PropertyDefinition *> result;
    for (const auto &def : m_definitions)
        if (def.appliesToTarget(target))
            result.push_back(&def);
    return result;
}

std::string PropertyCatalogue::validate(std::string_view key, const PropertyValue &value,
                                        PropertyTarget target) const
{
    const PropertyDefinition *def = find(key);
    if (!def)
        return "unknown property \"" + std::string(key) + "\"";
    if (!def->appliesToTarget(target))
        return "property \"" + def->key + "\" does not apply to a "
               + std::string(toString(target));
    switch (def->type) {
    case PropertyType::Bool:
        if (!std::holds_alternative<bool>(value))
            return "expected a boolean";
        break;
    case PropertyType::Number:
        if (!std::holds_alternative<double>(value))
            return "expected a number";
        break;
    case PropertyType::Text:
        if (!std::holds_alternative<std::string>(value))
            return "expected a string";
        break;
    case PropertyType::Enum: {
        const auto *text = std::get_if<std::string>(&value);
        if (!text || std::find(def->values.begin(), def->values.end(), *text) == def->values.end()) {
            std::string allowed;
            for (const auto &v : def->values)
                allowed += (allowed.empty() ? "" : ", ") + v;
            return "expected one of: " + allowed;
        }
        break;
    }
    }
    return {};
}

} // namespace vigil
