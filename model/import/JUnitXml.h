#pragma once

// Reading JUnit XML test reports, the results format every CI tool writes, for
// `vigil-cli results IN.vigil JUNIT.xml... [--write]`: a verification test whose automated test
// reference is "suite.case" takes the outcome of the matching <testcase>.
//
// Accepted, as their tools write them: a root <testsuites> holding <testsuite> elements, nested
// to any depth (Maven, Jest, PHPUnit), or a bare root <testsuite>; ctest --output-junit, pytest
// (junit_family xunit1 or xunit2), Maven Surefire TEST-*.xml, Ant/Jenkins, GoogleTest
// --gtest_output=xml. Loaded through loadXmlSafely (model/import/XmlSafety.h): no DTD, size and
// depth limits.

#include "model/import/XmlSafety.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace vigil {

struct JUnitCase {
    std::string suite;     // name of the innermost enclosing <testsuite> that has one
    std::string classname; // classname, else class (older PHPUnit); may be empty (Jest)
    std::string name;      // never empty: a <testcase> without a name is a warning, not a case
    // "pass" | "fail" | "error" | "skipped":
    //  - "fail" with a <failure> child; else "error" with an <error> child; else "skipped" with a
    //    <skipped> child, or a status or result attribute that says the test did not run
    //    (GoogleTest status="notrun", result="skipped" or "suppressed"; ctest status="notrun" or
    //    "disabled"); else "pass". Surefire's <flakyFailure>/<rerunFailure> alone (the test passed
    //    on a rerun) are a pass.
    std::string outcome;
    // From the first <failure>, <error> or <skipped> that decided the outcome: its message
    // attribute, or, when that is missing or blank, the first non-blank line of its text;
    // trimmed. Empty for a pass.
    std::string message;
    double seconds = 0; // the time attribute; 0 when missing or not a number (then a warning)
    // The case's own timestamp attribute (GoogleTest writes one), else that of the innermost
    // enclosing <testsuite> or <testsuites> with one; empty when none has one.
    std::string timestamp;
};

struct JUnitReport {
    std::vector<JUnitCase> cases; // in document order
    // "<file>: line N: <problem>", e.g. a <testcase> without a name (left out of `cases`), a time
    // that is not a number, an <error> or <failure> outside any <testcase>.
    std::vector<std::string> warnings;
};

// Reads a JUnit XML report from `bytes`; `fileName` names it in errors and warnings. Throws
// XmlError for what loadXmlSafely refuses and for a root element that is neither <testsuites> nor
// <testsuite> ("not a JUnit report: root element <foo>").
JUnitReport readJUnitXml(std::string_view bytes, const std::string &fileName);

// Reads the file at `path` (named as given in messages). Throws XmlError, also when the file
// cannot be read or is larger than kMaxXmlBytes (checked before reading it).
JUnitReport readJUnitXmlFile(const std::filesystem::path &path);

// The keys under which a verification test's automated test reference ("suite.case") may name
// this case, most specific first, without duplicates and without keys that have an empty part:
//  1. "<suite>.<name>"                  e.g. "TriArcTest.BoundingBox" (GoogleTest suite)
//  2. "<classname>.<name>"              e.g. "tests.test_lib.test_always_fail" (pytest),
//                                            "com.acme.BolusTest.limitsDose" (Surefire)
//  3. when the classname has dots, "<last part of classname>.<name>"
//                                       e.g. "test_lib.test_always_fail", "BolusTest.limitsDose"
//  4. when the name itself has a dot, "<name>".
// A case whose classname equals its name (ctest writes classname = name = the ctest test name)
// is keyed by "<name>" first (when it has a dot) and then "<suite>.<name>" unless the suite is
// ctest's "(empty)": a ctest test called "bolus.rejects_replay" is referenced as just that.
// The comparison itself is exact (case-sensitive) and up to the caller.
std::vector<std::string> referenceKeys(const JUnitCase &testCase);

} // namespace vigil
