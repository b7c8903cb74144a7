// JUnit XML reports as real tools write them (tests/data/junit, see tests/data/README.md): the
// outcome, names, message and time of every case; the keys a verification test's reference may
// use; and the refusals of the safe XML loader: DTDs (no entity ever expanded), malformed and
// truncated files, non-JUnit roots, empty files and nesting beyond the depth limit.

#include "model/import/JUnitXml.h"

#include <QtTest>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace vigil;

namespace {

std::filesystem::path dataFile(const std::string &name)
{
    return std::filesystem::path(VIGIL_SOURCE_DIR) / "tests" / "data" / "junit" / name;
}

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

JUnitReport readData(const std::string &name) { return readJUnitXmlFile(dataFile(name)); }

const JUnitCase *findCase(const JUnitReport &report, const std::string &classname,
                          const std::string &name, const std::string &suite = {})
{
    for (const JUnitCase &testCase : report.cases)
        if (testCase.classname == classname && testCase.name == name
            && (suite.empty() || testCase.suite == suite))
            return &testCase;
    return nullptr;
}

// The XmlError message for `bytes`, or "no error".
QString errorFor(const std::string &bytes, const std::string &fileName = "report.xml")
{
    try {
        readJUnitXml(bytes, fileName);
    } catch (const XmlError &error) {
        return QString::fromUtf8(error.what());
    }
    return "no error";
}

// <testsuites> holding `suites` nested <testsuite> elements around one <testcase>, one element
// per line: the test case is at depth suites + 2, on line suites + 2.
std::string nestedSuites(std::size_t suites)
{
    std::string text = "<testsuites>\n";
    for (std::size_t i = 1; i <= suites; ++i)
        text += "<testsuite name=\"s" + std::to_string(i) + "\">\n";
    text += "<testcase classname=\"deep\" name=\"down\" time=\"0.5\"/>\n";
    for (std::size_t i = 0; i < suites; ++i)
        text += "</testsuite>";
    return text + "</testsuites>\n";
}

} // namespace

class TestJUnitXml : public QObject {
    Q_OBJECT

private slots:
    void realFilesCountOutcomes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pass");
        QTest::addColumn<int>("fail");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("skipped");
        QTest::newRow("pytest xunit2") << "pytest-xunit2.xml" << 6 << 2 << 0 << 2;
        QTest::newRow("Surefire, errors and failures")
            << "TEST-action.surefire.report.email.EmailAddressTest.xml" << 2 << 2 << 5 << 0;
        QTest::newRow("Surefire, skipped")
            << "TEST-action.surefire.report.calc.StringUtilsTest.xml" << 2 << 2 << 0 << 1;
        QTest::newRow("GoogleTest 1.6, disabled") << "gtest-disabled.xml" << 1 << 2 << 0 << 1;
        QTest::newRow("GoogleTest 1.12") << "gtest-test_detail.xml" << 0 << 1 << 0 << 0;
        QTest::newRow("ctest --output-junit") << "ctest-output-junit.xml" << 1 << 2 << 0 << 2;
        QTest::newRow("PHPUnit, nested suites") << "phpunit-nested.xml" << 31 << 0 << 1 << 0;
        QTest::newRow("Ant junitreport") << "ant-TESTS-TestSuites.xml" << 3 << 0 << 0 << 0;
    }

    void realFilesCountOutcomes()
    {
        QFETCH(QString, file);
        QFETCH(int, pass);
        QFETCH(int, fail);
        QFETCH(int, error);
        QFETCH(int, skipped);
        const JUnitReport report = readData(file.toStdString());
        QMap<QString, int> counts;
        for (const JUnitCase &testCase : report.cases) {
            QVERIFY(!testCase.name.empty());
            ++counts[QString::fromStdString(testCase.outcome)];
        }
        QCOMPARE(counts.value("pass"), pass);
        QCOMPARE(counts.value("fail"), fail);
        QCOMPARE(counts.value("error"), error);
        QCOMPARE(counts.value("skipped"), skipped);
        QCOMPARE(int(report.cases.size()), pass + fail + error + skipped);
        QVERIFY2(report.warnings.empty(),
                 report.warnings.empty() ? "" : report.warnings.front().c_str());
    }

    void pytestCases()
    {
        const JUnitReport report = readData("pytest-xunit2.xml");
        QCOMPARE(report.cases.front().suite, std::string("pytest"));
        QCOMPARE(report.cases.front().classname, std::string("tests.test_lib"));
        QCOMPARE(report.cases.front().name, std::string("test_always_pass"));
        QCOMPARE(report.cases.front().seconds, 0.002);
        QCOMPARE(report.cases.front().timestamp,
                 std::string("2025-11-15T11:51:49.548396-05:00"));
        QVERIFY(report.cases.front().message.empty());

        const JUnitCase *fail = findCase(report, "tests.test_lib", "test_always_fail");
        QVERIFY(fail);
        QCOMPARE(fail->outcome, std::string("fail"));
        QCOMPARE(fail->message, std::string("assert False"));
        const JUnitCase *skip = findCase(report, "tests.test_lib", "test_always_skip");
        QVERIFY(skip);
        QCOMPARE(skip->outcome, std::string("skipped"));
        QCOMPARE(skip->message, std::string("skipped"));
        // xfail: <skipped type="pytest.xfail" message=""/>, no text either.
        const JUnitCase *xfail = findCase(report, "tests.test_lib", "test_expected_failure");
        QVERIFY(xfail);
        QCOMPARE(xfail->outcome, std::string("skipped"));
        QVERIFY(xfail->message.empty());
        QVERIFY(findCase(report, "tests.test_lib", "test_parameterized[param2]"));
        QCOMPARE(report.cases.back().classname, std::string("custom_classname"));
        QCOMPARE(report.cases.back().outcome, std::string("pass"));
    }

    void surefireCases()
    {
        const std::string cls = "action.surefire.report.email.EmailAddressTest";
        const JUnitReport report = readData("TEST-" + cls + ".xml");
        QCOMPARE(report.cases.size(), std::size_t(9));
        for (const JUnitCase &testCase : report.cases) {
            QCOMPARE(testCase.suite, cls);
            QCOMPARE(testCase.classname, cls);
            QVERIFY(testCase.timestamp.empty()); // Surefire writes none
        }
        const JUnitCase *error =
            findCase(report, cls, "shouldNotContainInternationalizedHostNames");
        QVERIFY(error);
        QCOMPARE(error->outcome, std::string("error"));
        QCOMPARE(error->message, std::string("Invalid email address 'user@ñandú.com.ar'"));
        QCOMPARE(error->seconds, 0.01);
        const JUnitCase *fail = findCase(report, cls, "shouldNotMissComponents");
        QVERIFY(fail);
        QCOMPARE(fail->outcome, std::string("fail"));
        QCOMPARE(fail->message, std::string("Address user-without-host@test.com should have "
                                            "thrown InvalidEmailAddressException"));
        QCOMPARE(report.cases.back().name, std::string("shouldBeGoodEnoughForSalesforce"));
        QCOMPARE(report.cases.back().outcome, std::string("pass"));
    }

    // A message attribute that starts with a newline is trimmed; a failure without one takes the
    // first line of its text (the exception, not the stack trace).
    void surefireMessages()
    {
        const std::string cls = "action.surefire.report.calc.StringUtilsTest";
        const JUnitReport report = readData("TEST-" + cls + ".xml");
        const JUnitCase *attribute = findCase(report, cls, "require_fail");
        QVERIFY(attribute);
        QVERIFY2(attribute->message.rfind("Expected: (an instance of "
                                          "java.lang.IllegalArgumentException",
                                          0)
                     == 0,
                 attribute->message.c_str());
        QVERIFY(attribute->message.find("\n     but: exception with message")
                != std::string::npos);
        // Hamcrest put the stack trace in the attribute too; its literal tabs are normalised to
        // spaces, as XML requires of attribute values, while &#10; stays a line break.
        QVERIFY(attribute->message.find("\n at action.surefire.report.calc.StringUtils."
                                        "requireNotBlank(StringUtils.java:25)\n")
                != std::string::npos);
        QVERIFY(attribute->message.ends_with("(ForkedBooter.java:418)"));
        const JUnitCase *text = findCase(report, cls, "require");
        QVERIFY(text);
        QCOMPARE(text->outcome, std::string("fail"));
        QCOMPARE(text->message, std::string("java.lang.AssertionError"));
        const JUnitCase *skipped = findCase(report, cls, "require_fail_null");
        QVERIFY(skipped);
        QCOMPARE(skipped->outcome, std::string("skipped"));
        QVERIFY(skipped->message.empty());
    }

    void googleTestCases()
    {
        const JUnitReport old = readData("gtest-disabled.xml");
        const JUnitCase *disabled = findCase(old, "TestSuite", "DISABLED_Testcase", "TestSuite");
        QVERIFY(disabled);
        QCOMPARE(disabled->outcome, std::string("skipped")); // status="notrun", no <skipped>
        const JUnitCase *fail = findCase(old, "TestSuite", "Failing_Testcase");
        QVERIFY(fail);
        QCOMPARE(fail->message, std::string("Value of: false\n  Actual: false\nExpected: true"));
        QCOMPARE(findCase(old, "TestSuite", "Ok_Testcase")->outcome, std::string("pass"));

        // Six failed assertions in one test: one case, the first failure's message, the case's
        // own timestamp.
        const JUnitReport recent = readData("gtest-test_detail.xml");
        QCOMPARE(recent.cases.size(), std::size_t(1));
        const JUnitCase &asar = recent.cases.front();
        QCOMPARE(asar.suite, std::string("AsarIntegrationTest"));
        QCOMPARE(asar.classname, std::string("AsarIntegrationTest"));
        QCOMPARE(asar.name, std::string("PatchRomWithValidAssembly"));
        QCOMPARE(asar.outcome, std::string("fail"));
        QCOMPARE(asar.message, std::string("/workspace/test/asar/asar_integration_test.cc:106\n"
                                           "Value of: patch_result.success\n  Actual: false\n"
                                           "Expected: true\nPatch should succeed"));
        QCOMPARE(asar.seconds, 0.016);
        QCOMPARE(asar.timestamp, std::string("2025-09-25T00:02:49.952"));
    }

    void ctestCases()
    {
        const JUnitReport report = readData("ctest-output-junit.xml");
        QStringList seen;
        for (const JUnitCase &testCase : report.cases) {
            QCOMPARE(testCase.suite, std::string("(empty)")); // ctest's site name, unset
            QCOMPARE(testCase.classname, testCase.name);
            QCOMPARE(testCase.timestamp, std::string("2026-11-30T15:51:57"));
            seen << QString::fromStdString(testCase.name + " " + testCase.outcome + " "
                                           + testCase.message);
        }
        QCOMPARE(seen, QStringList({"pump.selftest pass ", "bolus.rejects_replayed_command fail ",
                                    "ble.pairing_requires_oob skipped SKIP_RETURN_CODE=77",
                                    "firmware.fuzz_update_image skipped ", // status="disabled"
                                    "log.timeout fail "}));
        QCOMPARE(report.cases.back().seconds, 1.00328);
    }

    void nestedSuitesTakeTheInnermostName()
    {
        const JUnitReport report = readData("phpunit-nested.xml");
        QCOMPARE(report.cases.size(), std::size_t(32));
        // Root <testsuite name="FiltersTest"> > "FiltersTest: chrome" > "FiltersTest::...".
        QCOMPARE(report.cases[0].suite, std::string("FiltersTest: chrome"));
        QCOMPARE(report.cases[0].name, std::string("testOnFilterByDateBehavesLikeOr"));
        QCOMPARE(report.cases[0].classname, std::string("FiltersTest")); // class="FiltersTest"
        QCOMPARE(report.cases[2].suite, std::string("FiltersTest::testFilterByNull"));
        QCOMPARE(report.cases[2].name, std::string("testFilterByNull with data set #0"));
        QVERIFY(report.cases[2].classname.empty()); // PHPUnit writes none for data sets
        // Document order: the case after the nested suites is back in the enclosing suite.
        QCOMPARE(report.cases[15].suite, std::string("FiltersTest: chrome"));
        QCOMPARE(report.cases[15].name, std::string("testMutuallyExclusiveBooleans"));
        QCOMPARE(report.cases[16].suite, std::string("FiltersTest: internet explorer"));

        const JUnitCase *error = findCase(report, "", "testFilterByNull with data set #1",
                                          "FiltersTest::testFilterByNull");
        QVERIFY(error);
        QCOMPARE(error->outcome, std::string("pass")); // the chrome one
        int errors = 0;
        for (const JUnitCase &testCase : report.cases) {
            if (testCase.outcome != "error")
                continue;
            ++errors;
            QCOMPARE(testCase.name, std::string("testFilterByNull with data set #1"));
            QCOMPARE(testCase.seconds, 33.122008);
            // No message attribute: the first line of the text, which here is all of it.
            QVERIFY2(testCase.message.starts_with(
                         "FiltersTest::testFilterByNull with data set #1 ('publish_date', 1) "
                         "PHPUnit_Extensions_Selenium2TestCase_WebDriverException: Unable to find "
                         "element with xpath"),
                     testCase.message.c_str());
            QVERIFY(testCase.message.ends_with("/usr/bin/phpunit:46"));
        }
        QCOMPARE(errors, 1);
    }

    void antReport()
    {
        const JUnitReport report = readData("ant-TESTS-TestSuites.xml");
        QCOMPARE(report.cases.size(), std::size_t(3));
        QCOMPARE(report.cases[0].suite, std::string("TestMessage"));
        QCOMPARE(report.cases[0].classname, std::string("com.sample.test.TestMessage"));
        QCOMPARE(report.cases[0].timestamp, std::string("2015-01-13T07:23:07"));
        QCOMPARE(report.cases[2].suite, std::string("TestMessage2"));
        QCOMPARE(report.cases[2].name, std::string("test_welcome_message_3"));
        QCOMPARE(report.cases[2].timestamp, std::string("2015-01-13T07:23:08"));
        QCOMPARE(report.cases[2].seconds, 0.003);
    }

    void missingNamesAreWarnings()
    {
        const JUnitReport report = readData("handmade/missing-names.xml");
        QCOMPARE(report.cases.size(), std::size_t(2));
        QCOMPARE(report.cases[0].name, std::string("limitsDose"));
        QCOMPARE(report.cases[0].timestamp, std::string("2024-05-02T09:30:00"));
        QCOMPARE(report.cases[1].name, std::string("soundsOnOcclusion"));
        QVERIFY(report.cases[1].suite.empty());
        QCOMPARE(report.cases[1].seconds, 0.0);
        const std::string file = dataFile("handmade/missing-names.xml").string();
        QCOMPARE(report.warnings.size(), std::size_t(4));
        QCOMPARE(report.warnings[0], file + ": line 5: <testcase> without a name; left out");
        QCOMPARE(report.warnings[1], file + ": line 8: <testcase> without a name; left out");
        QCOMPARE(report.warnings[2], file + ": line 10: <testsuite> without a name");
        QCOMPARE(report.warnings[3], file + ": line 11: <testcase name=\"soundsOnOcclusion\"> has "
                                            "time=\"1,5\", which is not a number of seconds; "
                                            "0 used");
    }

    void suiteLevelErrorIsAWarning()
    {
        const JUnitReport report = readJUnitXml(
            "<testsuite name=\"gda.XHDetectorTest\" tests=\"1\" errors=\"1\">\n"
            "  <error message=\"gda/device/detector/DAServer\" "
            "type=\"java.lang.NoClassDefFoundError\">trace</error>\n</testsuite>",
            "TEST-gda.xml");
        QVERIFY(report.cases.empty());
        QCOMPARE(report.warnings,
                 std::vector<std::string>({"TEST-gda.xml: line 2: <error> outside any <testcase> "
                                           "(the suite itself did not run): "
                                           "gda/device/detector/DAServer"}));
    }

    void outcomeRules_data()
    {
        QTest::addColumn<QString>("testcase");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("message");
        QTest::newRow("no child") << "<testcase name='t'/>" << "pass" << "";
        QTest::newRow("failure")
            << "<testcase name='t'><failure message=' boom '/></testcase>" << "fail" << "boom";
        QTest::newRow("error, no message: first line of the text")
            << "<testcase name='t'><error>\n\n  first\nsecond</error></testcase>" << "error"
            << "first";
        QTest::newRow("failure wins over error")
            << "<testcase name='t'><error message='e'/><failure message='f'/></testcase>"
            << "fail" << "f";
        QTest::newRow("blank message attribute, CDATA text")
            << "<testcase name='t'><failure message='  '><![CDATA[ cdata line\nmore]]>"
               "</failure></testcase>"
            << "fail" << "cdata line";
        QTest::newRow("skipped child")
            << "<testcase name='t'><skipped message='later'/></testcase>" << "skipped" << "later";
        QTest::newRow("gtest result=skipped")
            << "<testcase name='t' status='run' result='skipped'/>" << "skipped" << "";
        QTest::newRow("gtest result=suppressed")
            << "<testcase name='t' status='notrun' result='suppressed'/>" << "skipped" << "";
        QTest::newRow("ctest status=disabled")
            << "<testcase name='t' status='disabled'/>" << "skipped" << "";
        QTest::newRow("gtest completed") << "<testcase name='t' status='run' result='completed'/>"
                                         << "pass" << "";
        QTest::newRow("Surefire flaky, passed on rerun")
            << "<testcase name='t'><flakyFailure message='once'/></testcase>" << "pass" << "";
        QTest::newRow("predefined entities and character references")
            << "<testcase name='t'><failure message='&lt;1&gt; &amp; &quot;&#233;&#x263A;&apos;'/>"
               "</testcase>"
            << "fail" << "<1> & \"é☺'";
        QTest::newRow("undeclared entity is not expanded")
            << "<testcase name='t'><failure message='&lol9;'/></testcase>" << "fail" << "&lol9;";
    }

    void outcomeRules()
    {
        QFETCH(QString, testcase);
        QFETCH(QString, outcome);
        QFETCH(QString, message);
        const std::string bytes = "<testsuite name='s'>" + testcase.toStdString() + "</testsuite>";
        const JUnitReport report = readJUnitXml(bytes, "r.xml");
        QCOMPARE(report.cases.size(), std::size_t(1));
        QCOMPARE(QString::fromStdString(report.cases[0].outcome), outcome);
        QCOMPARE(QString::fromStdString(report.cases[0].message), message);
        QVERIFY(report.warnings.empty());
    }

    void timestampsComeFromTheNearestElement()
    {
        const JUnitReport report = readJUnitXml(
            "<testsuites timestamp='T0'><testsuite name='a'><testcase name='x'/></testsuite>"
            "<testsuite name='b' timestamp='T1'><testcase name='y'/>"
            "<testcase name='z' timestamp='T2'/></testsuite></testsuites>",
            "r.xml");
        QCOMPARE(report.cases.size(), std::size_t(3));
        QCOMPARE(report.cases[0].timestamp, std::string("T0"));
        QCOMPARE(report.cases[1].timestamp, std::string("T1"));
        QCOMPARE(report.cases[2].timestamp, std::string("T2"));
    }

    void dtdIsRefused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::newRow("billion laughs") << "handmade/billion-laughs.xml" << 2;
        QTest::newRow("external entity") << "handmade/external-entity.xml" << 2;
    }

    void dtdIsRefused()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        const std::filesystem::path path = dataFile(file.toStdString());
        try {
            readJUnitXmlFile(path);
            QFAIL("DTD accepted");
        } catch (const XmlError &error) {
            QCOMPARE(error.fileName(), path.string());
            QCOMPARE(int(error.line()), line);
            QCOMPARE(int(error.column()), 1);
            const QString what = QString::fromUtf8(error.what());
            QVERIFY2(what.startsWith(QString::fromStdString(path.string()) + ": line "),
                     qPrintable(what));
            QVERIFY2(what.endsWith(": a DTD (<!DOCTYPE ...>) is not allowed"), qPrintable(what));
        }
    }

    // Without its DTD the billion-laughs body reads fine, and the entity reference stays as
    // written: nothing is ever expanded.
    void entitiesAreNeverExpanded()
    {
        std::string bytes = readFile(dataFile("handmade/billion-laughs.xml"));
        const std::size_t start = bytes.find("<!DOCTYPE");
        const std::size_t end = bytes.find("]>", start);
        QVERIFY(start != std::string::npos && end != std::string::npos);
        bytes.erase(start, end + 2 - start);
        const JUnitReport report = readJUnitXml(bytes, "laughs.xml");
        QCOMPARE(report.cases.size(), std::size_t(1));
        QCOMPARE(report.cases[0].message, std::string("&lol9;"));

        QCOMPARE(errorFor("<!DOCTYPE testsuite>\n<testsuite name='s'/>", "plain.xml"),
                 QString("plain.xml: line 1, column 1: a DTD (<!DOCTYPE ...>) is not allowed"));
    }

    void malformedXmlNamesFileAndLine_data()
    {
        QTest::addColumn<QString>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mismatched end tag")
            << "<testsuites>\n  <testsuite name='a'>\n  </testsuites>\n"
            << "r.xml: line 3, column 5: end tag does not match the open element";
        QTest::newRow("bad attribute") << "<testsuite name='a' tests=3/>"
                                       << "r.xml: line 1, column 27: malformed attribute";
        QTest::newRow("two roots") << "<testsuite name='a'/>\n<testsuite name='b'/>"
                                   << "r.xml: line 2, column 1: more than one root element";
        QTest::newRow("text only") << "just text" << "r.xml: no root element";
    }

    void malformedXmlNamesFileAndLine()
    {
        QFETCH(QString, bytes);
        QFETCH(QString, expected);
        QCOMPARE(errorFor(bytes.toStdString(), "r.xml"), expected);
    }

    void truncatedFileNamesFileAndLine()
    {
        const std::filesystem::path path = dataFile("handmade/truncated.xml");
        try {
            readJUnitXmlFile(path);
            QFAIL("truncated file accepted");
        } catch (const XmlError &error) {
            QCOMPARE(error.fileName(), path.string());
            QCOMPARE(error.line(), std::size_t(15)); // the file ends on line 15
            QCOMPARE(QString::fromUtf8(error.what()),
                     QString::fromStdString(path.string())
                         + ": line 15, column 4: the document ends inside an element (a "
                           "truncated file?)");
        }
    }

    void nonJUnitRootIsRefused()
    {
        const std::filesystem::path path = dataFile("handmade/not-junit.xml");
        QVERIFY_THROWS_EXCEPTION(XmlError, readJUnitXmlFile(path));
        try {
            readJUnitXmlFile(path);
        } catch (const XmlError &error) {
            QCOMPARE(QString::fromUtf8(error.what()),
                     QString::fromStdString(path.string())
                         + ": line 2, column 1: not a JUnit report: root element <checkstyle>");
        }
    }

    void emptyFileIsRefused()
    {
        const std::filesystem::path path = dataFile("handmade/empty.xml");
        QCOMPARE(std::filesystem::file_size(path), std::uintmax_t(0));
        try {
            readJUnitXmlFile(path);
            QFAIL("empty file accepted");
        } catch (const XmlError &error) {
            QCOMPARE(QString::fromUtf8(error.what()),
                     QString::fromStdString(path.string()) + ": the file is empty");
        }
        QCOMPARE(errorFor("\xEF\xBB\xBF \n\t"), QString("report.xml: the file is empty"));
    }

    void depthLimit()
    {
        // The root is at depth 1: 254 suites put the test case at exactly kMaxXmlDepth.
        static_assert(kMaxXmlDepth == 256);
        const JUnitReport report = readJUnitXml(nestedSuites(kMaxXmlDepth - 2), "deep.xml");
        QCOMPARE(report.cases.size(), std::size_t(1));
        QCOMPARE(report.cases[0].suite, "s" + std::to_string(kMaxXmlDepth - 2));
        QCOMPARE(report.cases[0].seconds, 0.5);

        QCOMPARE(errorFor(nestedSuites(kMaxXmlDepth - 1), "deep.xml"),
                 QString("deep.xml: line 257, column 1: elements nested deeper than 256 levels"));
        // Far beyond: refused the same way, without exhausting any stack.
        QCOMPARE(errorFor(nestedSuites(200000), "deeper.xml"),
                 QString("deeper.xml: line 257, column 1: elements nested deeper than 256 "
                         "levels"));
    }

    void fileErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const std::filesystem::path missing = dir.filePath("none.xml").toStdString();
        try {
            readJUnitXmlFile(missing);
            QFAIL("no error");
        } catch (const XmlError &error) {
            QCOMPARE(std::string(error.what()), missing.string() + ": no such file");
        }
        QVERIFY_THROWS_EXCEPTION(XmlError, readJUnitXmlFile(dir.path().toStdString()));

        // Over the size limit: refused before reading (a sparse file, no disk used).
        const std::filesystem::path huge = dir.filePath("huge.xml").toStdString();
        std::ofstream(huge, std::ios::binary) << "<testsuite name='s'>";
        std::filesystem::resize_file(huge, kMaxXmlBytes + 1);
        try {
            readJUnitXmlFile(huge);
            QFAIL("no error");
        } catch (const XmlError &error) {
            QCOMPARE(std::string(error.what()),
                     huge.string() + ": the file is 268435457 bytes; XML files larger than 256 "
                                     "MiB are not read");
        }
    }

    void referenceKeys_data()
    {
        QTest::addColumn<QString>("suite");
        QTest::addColumn<QString>("classname");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("keys");
        QTest::newRow("GoogleTest") << "TriArcTest" << "TriArcTest" << "BoundingBox"
                                    << QStringList{"TriArcTest.BoundingBox"};
        QTest::newRow("GoogleTest, parameterised")
            << "Tests/FTInfoTest" << "Tests/FTInfoTest" << "FTInfoTests/happy_path_hnsw"
            << QStringList{"Tests/FTInfoTest.FTInfoTests/happy_path_hnsw"};
        QTest::newRow("pytest") << "pytest" << "tests.test_lib" << "test_always_fail"
                                << QStringList{"pytest.test_always_fail",
                                               "tests.test_lib.test_always_fail",
                                               "test_lib.test_always_fail"};
        QTest::newRow("Surefire") << "com.acme.BolusTest" << "com.acme.BolusTest" << "limitsDose"
                                  << QStringList{"com.acme.BolusTest.limitsDose",
                                                 "BolusTest.limitsDose"};
        QTest::newRow("Ant, suite is the short class name")
            << "TestMessage2" << "com.sample.test.TestMessage2" << "test_welcome_message_2"
            << QStringList{"TestMessage2.test_welcome_message_2",
                           "com.sample.test.TestMessage2.test_welcome_message_2"};
        QTest::newRow("ctest") << "(empty)" << "bolus.rejects_replay" << "bolus.rejects_replay"
                               << QStringList{"bolus.rejects_replay"};
        QTest::newRow("ctest with a site name")
            << "pump-ci" << "bolus.rejects_replay" << "bolus.rejects_replay"
            << QStringList{"bolus.rejects_replay", "pump-ci.bolus.rejects_replay"};
        QTest::newRow("ctest, name without a dot") << "(empty)" << "selftest" << "selftest"
                                                   << QStringList{};
        QTest::newRow("Jest, no classname") << "widget.test.js" << "" << "Mount iframe"
                                            << QStringList{"widget.test.js.Mount iframe"};
        QTest::newRow("no suite, no classname") << "" << "" << "lonely" << QStringList{};
        QTest::newRow("trailing dot in classname")
            << "" << "pkg." << "t" << QStringList{"pkg..t"};
    }

    void referenceKeys()
    {
        QFETCH(QString, suite);
        QFETCH(QString, classname);
        QFETCH(QString, name);
        QFETCH(QStringList, keys);
        JUnitCase testCase;
        testCase.suite = suite.toStdString();
        testCase.classname = classname.toStdString();
        testCase.name = name.toStdString();
        QStringList actual;
        for (const std::string &key : vigil::referenceKeys(testCase))
            actual << QString::fromStdString(key);
        QCOMPARE(actual, keys);
    }

    void referenceKeysOfARealFile()
    {
        const JUnitReport report =
            readData("TEST-action.surefire.report.email.EmailAddressTest.xml");
        const std::vector<std::string> keys = vigil::referenceKeys(report.cases.front());
        QCOMPARE(keys, std::vector<std::string>(
                           {"action.surefire.report.email.EmailAddressTest."
                            "shouldNotContainInternationalizedHostNames",
                            "EmailAddressTest.shouldNotContainInternationalizedHostNames"}));
    }

    // A small deterministic fuzz: every real file, truncated and with bytes replaced by markup
    // characters, either reads or fails with an XmlError, never anything else.
    void mutatedFilesFailCleanly()
    {
        const std::vector<std::string> files = {
            "pytest-xunit2.xml", "TEST-action.surefire.report.email.EmailAddressTest.xml",
            "TEST-action.surefire.report.calc.StringUtilsTest.xml", "gtest-disabled.xml",
            "gtest-test_detail.xml", "ctest-output-junit.xml", "phpunit-nested.xml",
            "ant-TESTS-TestSuites.xml"};
        const std::string markup("<>&;\"'/!?[]=\n\0x", 15); // with a NUL byte
        std::mt19937 random(20240502);
        int read = 0;
        int refused = 0;
        for (const std::string &file : files) {
            const std::string original = readFile(dataFile(file));
            QVERIFY(!original.empty());
            for (int round = 0; round < 200; ++round) {
                std::string bytes = original;
                std::uniform_int_distribution<std::size_t> at(0, bytes.size() - 1);
                if (round % 4 == 0) {
                    bytes.resize(at(random));
                } else {
                    for (int flips = 1 + round % 3; flips > 0; --flips)
                        bytes[at(random)] = markup[at(random) % markup.size()];
                }
                try {
                    const JUnitReport report = readJUnitXml(bytes, file);
                    for (const JUnitCase &testCase : report.cases)
                        QVERIFY(!testCase.name.empty() && !testCase.outcome.empty());
                    ++read;
                } catch (const XmlError &error) {
                    QVERIFY(std::string(error.what()).rfind(file + ": ", 0) == 0);
                    ++refused;
                }
            }
        }
        QVERIFY(read > 0 && refused > 0);
    }

    void positionAtCountsLines()
    {
        QCOMPARE(positionAt("ab\ncd", 4).line, std::size_t(2));
        QCOMPARE(positionAt("ab\ncd", 4).column, std::size_t(2));
        QCOMPARE(positionAt("a\r\nb\rc", 6).line, std::size_t(3));
        QCOMPARE(positionAt("a\r\nb\rc", 6).column, std::size_t(2));
        QCOMPARE(positionAt("abc", 99).column, std::size_t(4)); // clamped to the end
    }
};

QTEST_APPLESS_MAIN(TestJUnitXml)
#include "tst_junitxml.moc"
