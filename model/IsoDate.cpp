#include "model/IsoDate.h"

#include <cstdio>

namespace vigil {

std::optional<Date> parseIsoDate(std::string_view text)
{
    if (text.size() != 10)
        return std::nullopt;
    int fields[3] = {}; // year, month, day
    for (size_t i = 0; i < text.size(); ++i) {
        if (i == 4 || i == 7) {
            if (text[i] != '-')
                return std::nullopt;
            continue;
        }
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        int &field = fields[i < 4 ? 0 : i < 7 ? 1 : 2];
        field = field * 10 + (text[i] - '0');
    }
    const Date date{std::chrono::year{fields[0]},
                    std::chrono::month{static_cast<unsigned>(fields[1])},
                    std::chrono::day{static_cast<unsigned>(fields[2])}};
    return date.ok() ? std::optional(date) : std::nullopt;
}

std::string isoDate(const Date &date)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
    return buffer;
}

Date oneYearAfter(const Date &date)
{
    const Date next = date + std::chrono::years{1};
    return next.ok() ? next : Date{next.year(), next.month(), std::chrono::day{28}};
}

Date todayUtc()
{
    return Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

std::string isoDateTimeUtc(std::chrono::system_clock::time_point moment)
{
    const auto day = std::chrono::floor<std::chrono::days>(moment);
    const std::chrono::hh_mm_ss time{std::chrono::floor<std::chrono::seconds>(moment - day)};
    char clock[16];
    std::snprintf(clock, sizeof clock, "T%02d:%02d:%02dZ", static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()),
                  static_cast<int>(time.seconds().count()));
    return isoDate(Date{day}) + clock;
}

std::string nowIsoDateTimeUtc()
{
    return isoDateTimeUtc(std::chrono::system_clock::now());
}

} // namespace vigil
