#include "model/Baselines.h"

#include "model/HumanIds.h"
#include "model/IsoDate.h"
#include "model/Sha256.h"
#include "model/json/JsonInterchange.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <set>

#ifndef _WIN32
#include <pwd.h>
#include <unistd.h>
#endif

namespace vigil {

namespace {

constexpr std::string_view kHashPrefix = "sha256:";

std::string trimmed(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return std::string(text);
}

std::string withQuotes(std::string_view text)
{
    return "\"" + std::string(text) + "\"";
}

std::string nextBaselineId(const ThreatModel &model)
{
    int highest = 0;
    for (const auto &[id, baseline] : model.baselines().all())
        highest = std::max(highest, humanIdNumber(id, kBaselineIdPrefix));
    return humanId(kBaselineIdPrefix, highest + 1);
}

} // namespace

std::string snapshotHash(std::string_view snapshot)
{
    return std::string(kHashPrefix) + sha256Hex(snapshot);
}

Baseline makeBaseline(const ThreatModel &model, std::string_view name, std::string author,
                      std::string comment, std::string date)
{
    Baseline baseline;
    baseline.name = trimmed(name);
    if (baseline.name.empty())
        throw ModelError("a baseline needs a name");
    if (model.baselineNamed(baseline.name))
        throw ModelError("the model already has a baseline named " + withQuotes(baseline.name));
    baseline.id = nextBaselineId(model);
    baseline.date = std::move(date);
    baseline.author = std::move(author);
    baseline.comment = std::move(comment);
    baseline.snapshot = modelToJson(model, DocumentRecords::ModelOnly);
    baseline.hash = snapshotHash(baseline.snapshot);
    return baseline;
}

bool snapshotIntact(const Baseline &baseline)
{
    return baseline.hash == snapshotHash(baseline.snapshot);
}

ThreatModel baselineModel(const Baseline &baseline)
{
    if (!snapshotIntact(baseline))
        throw ModelError("baseline " + withQuotes(baseline.name)
                         + " was changed after it was made: its content no longer has its hash "
                         + baseline.hash);
    try {
        // The model held whatever its document held, properties the catalogue refuses included.
        return importModelJson(baseline.snapshot, PropertyCatalogue::builtin(),
                               PropertyCheck::None)
            .model;
    } catch (const std::exception &error) {
        throw ModelError("baseline " + withQuotes(baseline.name) + " does not read: " + error.what());
    }
}

std::pair<std::string, std::string> splitBaselineArgument(const std::string &argument)
{
    const size_t at = argument.rfind('@');
    if (at == std::string::npos || at == 0)
        return {argument, {}};
    std::error_code error;
    if (std::filesystem::exists(argument, error))
        return {argument, {}};
    return {argument.substr(0, at), argument.substr(at + 1)};
}

Baseline withApproval(const Baseline &baseline, Approval approval)
{
    approval.by = trimmed(approval.by);
    approval.role = trimmed(approval.role);
    approval.rationale = trimmed(approval.rationale);
    if (approval.by.empty())
        throw ModelError("an approval needs the approver's name");
    if (std::find(kApprovalMeanings.begin(), kApprovalMeanings.end(), approval.meaning)
        == kApprovalMeanings.end())
        throw ModelError("unknown approval meaning " + withQuotes(approval.meaning)
                         + "; expected reviewed or approved-for-release");
    Baseline approved = baseline;
    approved.approvals.push_back(std::move(approval));
    return approved;
}

std::vector<Id> touchedIds(const std::vector<std::pair<Table, std::string>> &keys)
{
    std::vector<Id> ids;
    std::set<Id> seen;
    for (const auto &[table, key] : keys) {
        Id id;
        switch (table) {
        case Table::Info:
            id = "model";
            break;
        case Table::DiagramNode:
        case Table::DiagramFlow:
            id = splitDiagramKey(key).second;
            break;
        case Table::Suppression:
            id = splitDiagramKey(key).first; // suppression keys join the same way
            break;
        case Table::History:
            continue;
        default:
            id = key;
        }
        if (!id.empty() && seen.insert(id).second)
            ids.push_back(std::move(id));
    }
    return ids;
}

std::vector<Id> recordHistory(ThreatModel &model, const std::vector<HistoryAction> &actions,
                              const std::string &author,
                              std::chrono::system_clock::time_point time)
{
    const std::string when = isoDateTimeUtc(time);
    // "2026-12-02T17:30:00Z" and 250 ms -> "20261202T173000.250Z": ids sort as times do. A random
    // part keeps entries saved at the same moment on two branches of a model apart after a merge.
    std::string stamp;
    for (char c : when)
        if (c != '-' && c != ':' && c != 'Z')
            stamp += c;
    const auto milliseconds = std::chrono::duration_cast<std::chrono::milliseconds>(
                                  time.time_since_epoch())
                                  .count()
                              % 1000;
    char fraction[16];
    std::snprintf(fraction, sizeof fraction, ".%03dZ", static_cast<int>(milliseconds));
    stamp += fraction;
    std::random_device random;
    char part[8];
    std::snprintf(part, sizeof part, "%04x", static_cast<unsigned>(random() & 0xffff));
    std::vector<Id> added;
    int sequence = 0;
    for (const HistoryAction &action : actions) {
        HistoryEntry entry;
        char counter[16];
        do {
            std::snprintf(counter, sizeof counter, "%04d", ++sequence);
            entry.id = stamp + "-" + part + "-" + counter;
        } while (model.history().contains(entry.id));
        entry.time = when;
        entry.author = author;
        entry.action = action.action;
        entry.touched = static_cast<int>(action.ids.size());
        const auto kept = std::min<std::ptrdiff_t>(std::ssize(action.ids), kHistoryIdLimit);
        entry.ids.assign(action.ids.begin(), action.ids.begin() + kept);
        added.push_back(entry.id);
        model.history().put(std::move(entry));
    }
    return added;
}

std::string operatingSystemUser()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"})
        if (const char *value = std::getenv(variable); value && *value)
            return value;
#ifndef _WIN32
    if (const passwd *account = getpwuid(getuid()); account && account->pw_name)
        return account->pw_name;
#endif
    return "unknown";
}

} // namespace vigil
