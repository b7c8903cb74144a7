#include "model/HumanIds.h"

#include <cctype>

namespace vigil {

std::string humanId(std::string_view prefix, int number)
{
    std::string digits = std::to_string(number);
    if (digits.size() < 3)
        digits.insert(0, 3 - digits.size(), '0');
    return std::string(prefix) + digits;
}

int humanIdNumber(std::string_view id, std::string_view prefix)
{
    // At most nine digits: the number fits an int.
    if (id.size() <= prefix.size() || id.size() - prefix.size() > 9
        || id.substr(0, prefix.size()) != prefix)
        return 0;
    int value = 0;
    for (size_t i = prefix.size(); i < id.size(); ++i) {
        if (!std::isdigit(static_cast<unsigned char>(id[i])))
            return 0;
        value = value * 10 + (id[i] - '0');
    }
    return value;
}

} // namespace vigil
