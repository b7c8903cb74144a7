#pragma once

// The property catalogue: which typed properties elements and flows may carry. It is data
// (resources/properties.json, compiled into the library), read by the JSON importer, the
// properties editor and the rule engine alike.

#include "model/Types.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vigil {

class CatalogueError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

enum class PropertyType { Bool, Text, Number, Enum };
std::string_view toString(PropertyType type);

// What a property can be attached to.
enum class PropertyTarget { ExternalEntity, Process, DataStore, Flow };
PropertyTarget targetOf(ElementKind kind);
std::string_view toString(PropertyTarget target);

struct PropertyDefinition {
    std::string key;
    PropertyType type = PropertyType::Bool;
    std::vector<std::string> values; // enum values, in display order
    std::vector<PropertyTarget> appliesTo;
    std::string label;
    std::string description;
    std::string group; // editor section, e.g. "Security", "Safety"

    bool appliesToTarget(PropertyTarget target) const;
};

class PropertyCatalogue {
public:
    // Parses a catalogue document; throws CatalogueError naming `sourceName` and the problem.
    static PropertyCatalogue fromJson(std::string_view text, const std::string &sourceName);
    // The catalogue shipped with Vigil (resources/properties.json).
    static const PropertyCatalogue &builtin();

    const PropertyDefinition *find(std::string_view key) const;
    const std::vector<PropertyDefinition> &definitions() const { return m_definitions; }
    std::vector<const PropertyDefinition *> definitionsFor(PropertyTarget target) const;

    // Empty when `value` is valid for `key` on `target`; otherwise what is wrong, in a phrase
    // such as "unknown property" or "expected a boolean".
    std::string validate(std::string_view key, const PropertyValue &value,
                         PropertyTarget target) const;

private:
    std::vector<PropertyDefinition> m_definitions;
};

} // namespace vigil
