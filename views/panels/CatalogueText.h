#pragma once

// Display texts for the property catalogue. The catalogue (resources/properties.json) is plain
// data read by the Qt-free model, so its labels, groups and descriptions are English; these
// functions translate them in the context "PropertyCatalogue" and give enum values labels
// people can read ("signed-remote" -> "Signed remote update"). The English texts are listed
// in CatalogueText.cpp with QT_TRANSLATE_NOOP so that lupdate extracts them.

#include "model/PropertyCatalogue.h"

#include <QString>

#include <string>
#include <utility>
#include <vector>

namespace vigil {

QString catalogueLabel(const PropertyDefinition &definition);
QString catalogueGroup(const std::string &group);
QString catalogueDescription(const PropertyDefinition &definition);
// The label of one enum value; the raw value when the table has none.
QString catalogueValueLabel(const PropertyDefinition &definition, const std::string &value);

// The English texts the table offers for translation (groups, labels, descriptions) and the
// (key, value) pairs it labels; tests compare them with the catalogue in both directions.
std::vector<std::string> catalogueSourceTexts();
std::vector<std::pair<std::string, std::string>> catalogueValueLabelKeys();

} // namespace vigil
