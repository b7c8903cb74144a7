#include "model/import/TestResults.h"

#include <algorithm>
#include <map>

namespace vigil {

namespace {

struct Match {
    const JUnitSource *source = nullptr;
    const JUnitCase *testCase = nullptr;
};

// The date part of an ISO 8601 timestamp ("2026-03-04T10:00:00" -> "2026-03-04"), or empty.
std::string datePart(const std::string &timestamp)
{
    if (timestamp.size() < 10 || timestamp[4] != '-' || timestamp[7] != '-')
        return {};
    return timestamp.substr(0, 10);
}

TestResultUpdate combine(const Id &test, const std::vector<Match> &matches,
                         const std::string &today)
{
    TestResultUpdate update;
    update.test = test;
    bool failed = false;
    bool ran = false;
    std::string latest;
    for (const Match &match : matches) {
        const JUnitCase &c = *match.testCase;
        if (c.outcome == "fail" || c.outcome == "error") {
            if (!failed)
                update.message = c.message;
            failed = true;
        }
        if (c.outcome != "skipped")
            ran = true;
        latest = std::max(latest, datePart(c.timestamp));
        if (!update.evidence.empty())
            update.evidence += "; ";
        update.evidence += match.source->file + "#" + referenceKeys(c).front();
    }
    update.result = failed ? "fail" : ran ? "pass" : "not-run";
    update.date = latest.empty() ? today : latest;
    return update;
}

} // namespace

TestResultsOutcome matchTestResults(const ThreatModel &model,
                                    const std::vector<JUnitSource> &sources,
                                    const std::string &today)
{
    // Two verification tests may cite the same automated test.
    std::map<std::string, std::vector<Id>> testsByReference;
    for (const auto &[id, test] : model.tests().all())
        if (!test.automation.empty())
            testsByReference[test.automation].push_back(id);

    TestResultsOutcome outcome;
    std::map<Id, std::vector<Match>> matches;
    for (const JUnitSource &source : sources) {
        outcome.warnings.insert(outcome.warnings.end(), source.report.warnings.begin(),
                                source.report.warnings.end());
        for (const JUnitCase &testCase : source.report.cases) {
            const std::vector<std::string> keys = referenceKeys(testCase);
            bool matched = false;
            for (const std::string &key : keys) {
                auto it = testsByReference.find(key);
                if (it == testsByReference.end())
                    continue;
                for (const Id &test : it->second)
                    matches[test].push_back({&source, &testCase});
                matched = true;
                break;
            }
            if (!matched && !keys.empty())
                outcome.unmatched.push_back({source.file, keys.front()});
        }
    }
    for (const auto &[reference, ids] : testsByReference) {
        for (const Id &id : ids) {
            auto it = matches.find(id);
            if (it == matches.end())
                outcome.missing.push_back(id);
            else
                outcome.updates.push_back(combine(id, it->second, today));
        }
    }
    std::sort(outcome.missing.begin(), outcome.missing.end());
    std::sort(outcome.updates.begin(), outcome.updates.end(),
              [](const TestResultUpdate &a, const TestResultUpdate &b) { return a.test < b.test; });
    return outcome;
}

void applyTestResults(ThreatModel &model, const TestResultsOutcome &outcome)
{
    for (const TestResultUpdate &update : outcome.updates) {
        const VerificationTest *existing = model.tests().find(update.test);
        if (!existing)
            continue;
        VerificationTest test = *existing;
        test.result = update.result;
        test.date = update.date;
        test.evidence = update.evidence;
        if (!(test == *existing))
            model.tests().put(std::move(test));
    }
}

} // namespace vigil
