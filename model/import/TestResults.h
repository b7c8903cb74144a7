#pragma once

// Verification results from CI: JUnit reports matched to verification tests by their automated
// test reference (VerificationTest::automation, "suite.case"; see referenceKeys in JUnitXml.h).
// Used by `vigil-cli results` and the GUI's File > Import Test Results.

#include "model/ThreatModel.h"
#include "model/import/JUnitXml.h"

#include <string>
#include <vector>

namespace vigil {

// One report as read, with the name it is cited by in evidence (the path as the user gave it).
struct JUnitSource {
    std::string file;
    JUnitReport report;
};

struct TestResultUpdate {
    Id test;
    std::string result;   // pass | fail | not-run (every matching case skipped)
    std::string date;     // YYYY-MM-DD
    std::string evidence; // "file#case" of each matching case, "; "-separated
    std::string message;  // the first failure message, for the listing
};

struct UnmatchedCase {
    std::string file;
    std::string reference; // the most specific reference key of the case
};

struct TestResultsOutcome {
    std::vector<TestResultUpdate> updates;  // by test id
    std::vector<Id> missing;                // tests with a reference that no case matches
    std::vector<UnmatchedCase> unmatched;   // cases no verification test references
    std::vector<std::string> warnings;      // from the reports
};

// Matches the reports against the model's tests. A test matched by several cases (in one file
// or several) fails when any failed or errored, passes when every case that ran passed, and
// stays not-run when all were skipped. `today` (YYYY-MM-DD) dates a result whose cases carry no
// timestamp. Reads the model only.
TestResultsOutcome matchTestResults(const ThreatModel &model,
                                    const std::vector<JUnitSource> &sources,
                                    const std::string &today);

// Writes result, date and evidence of each update into the model's tests.
void applyTestResults(ThreatModel &model, const TestResultsOutcome &outcome);

} // namespace vigil
