// CVSS v3.x base scores: FIRST's worked examples, the Roundup of the specification's Appendix A,
// every one of the 2,592 base vectors, and malformed vectors refused with the metric named.

#include "stride/Cvss.h"

#include <QtTest>

#include <cmath>

using namespace vigil::stride;

namespace {

// The CvssError message for a vector, or "(accepted)".
QString errorOf(const QString &vector)
{
    try {
        scoreCvss3(vector.toStdString());
    } catch (const CvssError &error) {
        return QString::fromStdString(error.what());
    }
    return QStringLiteral("(accepted)");
}

constexpr const char *kShellshock = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H";

// The body of the data-driven score tests: columns vector, score, severity.
void checkScore()
{
    QFETCH(QString, vector);
    QFETCH(double, score);
    QFETCH(QString, severity);
    const CvssScore result = scoreCvss3(vector.toStdString());
    QCOMPARE(result.score, score);
    QCOMPARE(QString::fromStdString(result.severity), severity);
    QCOMPARE(QString::fromStdString(result.normalizedVector), vector);
    QCOMPARE(QString::fromStdString(result.version), vector.mid(5, 3));
}

} // namespace

class TestCvss : public QObject {
    Q_OBJECT

private slots:
    // FIRST, "Common Vulnerability Scoring System v3.1: Examples", revision 2
    // (https://www.first.org/cvss/v3.1/examples): each section scores one public vulnerability
    // and gives its v3.1 base metrics and score; the rows below restate those metrics as vectors.
    // Two rows marked v3.0 come from the v3.0 examples document, which the v3.1 one revised:
    // phpMyAdmin is not in the v3.1 document, and Cisco IOS was rescored there from PR:L to PR:H
    // (the only example with PR:L and an unchanged scope).
    void scoresFirstExamples_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("severity");
        const auto row = [](const char *tag, const char *metrics, double score,
                            const char *severity) {
            QTest::newRow(tag) << QStringLiteral("CVSS:3.1/") + QLatin1String(metrics) << score
                               << QString::fromLatin1(severity);
        };
        row("3 MySQL stored SQL injection CVE-2013-0375 (PR:L, S:C)",
            "AV:N/AC:L/PR:L/UI:N/S:C/C:L/I:L/A:N", 6.4, "medium");
        row("4 SSLv3 POODLE CVE-2014-3566 (AC:H, UI:R)", "AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N",
            3.1, "low");
        row("5 VMware guest to host escape CVE-2012-1516 (PR:L, S:C)",
            "AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 9.9, "critical");
        row("6 Apache Tomcat XML parser CVE-2009-0783 (AV:L, PR:H, S:U)",
            "AV:L/AC:L/PR:H/UI:N/S:U/C:L/I:L/A:L", 4.2, "medium");
        row("7 Cisco IOS command execution CVE-2012-0384 (PR:H, S:U)",
            "AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H", 7.2, "high");
        row("8 Apple iWork denial of service CVE-2015-1098 (AV:L, UI:R)",
            "AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", 7.8, "high");
        row("9 OpenSSL Heartbleed CVE-2014-0160 (PR:N, S:U)",
            "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", 7.5, "high");
        row("10 Bash Shellshock CVE-2014-6271", "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8,
            "critical");
        row("11 DNS Kaminsky bug CVE-2008-1447 (AC:H, S:C)", "AV:N/AC:H/PR:N/UI:N/S:C/C:N/I:H/A:N",
            6.8, "medium");
        row("12 Sophos login screen bypass CVE-2014-2005 (AV:P)",
            "AV:P/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 6.8, "medium");
        row("13 Joomla directory traversal CVE-2010-0467 (PR:N, S:C)",
            "AV:N/AC:L/PR:N/UI:N/S:C/C:L/I:N/A:N", 5.8, "medium");
        row("14 Cisco access control bypass CVE-2012-1342", "AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:L/A:N",
            5.8, "medium");
        row("15 Juniper proxy ARP denial of service CVE-2013-6014 (AV:A, S:C)",
            "AV:A/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:H", 9.3, "critical");
        row("16 Cantemo Portal stored XSS CVE-2019-7551 (PR:L, UI:R, S:C)",
            "AV:N/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:H", 9.0, "critical");
        row("17 Adobe Acrobat buffer overflow CVE-2009-0658",
            "AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", 7.8, "high");
        row("18 Windows Bluetooth remote code execution CVE-2011-1265 (AV:A, S:U)",
            "AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 8.8, "high");
        row("19 Apple iOS security control bypass CVE-2014-2019 (AV:P)",
            "AV:P/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:N", 4.6, "medium");
        row("20 SearchBlox CSRF CVE-2015-0970", "AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", 8.8,
            "high");
        row("21 SSL/TLS MITM CVE-2014-0224", "AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N", 7.4, "high");
        row("21 SSL/TLS MITM CVE-2014-0224, read-only embedding application",
            "AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:N/A:N", 5.3, "medium");
        row("22 Chrome sandbox bypass CVE-2012-5376 (UI:R, S:C)",
            "AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H", 9.6, "critical");
        row("23 Chrome PDFium JPEG 2000 CVE-2016-1645", "AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H",
            8.8, "high");
        row("24 Badlock CVE-2016-0128", "AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:N", 6.8, "medium");
        row("24 Badlock CVE-2016-2118", "AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:H", 7.5, "high");
        row("25 WordPress Mail plugin reflected XSS CVE-2017-5942 (UI:R, S:C)",
            "AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1, "medium");
        row("26 Opera DLL search order hijacking CVE-2018-18913",
            "AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H", 7.8, "high");
        row("27 Oracle Outside In remote code execution CVE-2016-5558",
            "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:L/A:L", 8.6, "high");
        row("28 Lenovo ThinkPwn CVE-2016-5729 (AV:L, PR:H, S:C)",
            "AV:L/AC:L/PR:H/UI:N/S:C/C:H/I:H/A:H", 8.2, "high");
        row("29 flash not locked on resume CVE-2015-2890 (PR:H, S:U)",
            "AV:L/AC:L/PR:H/UI:N/S:U/C:N/I:H/A:H", 6.0, "medium");
        row("30 Intel DCI CVE-2018-3652 (AV:P, S:C)", "AV:P/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 7.6,
            "high");
        row("31 scripting engine CVE-2019-0884, Internet Explorer",
            "AV:N/AC:H/PR:N/UI:R/S:U/C:H/I:H/A:H", 7.5, "high");
        row("31 scripting engine CVE-2019-0884, Edge", "AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:N", 4.2,
            "medium");
        // The v3.0 examples document.
        QTest::newRow("v3.0 phpMyAdmin reflected XSS CVE-2013-1937 (UI:R, S:C)")
            << "CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N" << 6.1 << "medium";
        QTest::newRow("v3.0 Cisco IOS command execution CVE-2012-0384 (PR:L, S:U)")
            << "CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H" << 8.8 << "high";
        QTest::newRow("v3.0 VMware guest to host escape CVE-2012-1516")
            << "CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H" << 9.9 << "critical";
    }

    void scoresFirstExamples() { checkScore(); }

    // Vectors at the edges of the equations. Their values before Roundup were computed in exact
    // rational arithmetic over all base vectors: none is exactly a tenth (but the capped 10) or
    // within 1/100000 above one, so Appendix A's edge cases do not arise from real base vectors
    // (they are tested on the Roundup functions below). These are the nearest misses.
    void scoresEdgeVectors_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("severity");
        QTest::newRow("4e-6 below 5.3 rounds to 5.3")
            << "CVSS:3.1/AV:P/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N" << 5.3 << "medium";
        QTest::newRow("3.2e-4 above 5.5 rounds up to 5.6")
            << "CVSS:3.1/AV:L/AC:L/PR:H/UI:N/S:U/C:H/I:L/A:L" << 5.6 << "medium";
        QTest::newRow("changed scope is capped at 10")
            << "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H" << 10.0 << "critical";
        QTest::newRow("no impact, unchanged scope, is 0")
            << "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N" << 0.0 << "none";
        QTest::newRow("no impact, changed scope (negative impact), is 0")
            << "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:N/A:N" << 0.0 << "none";
        QTest::newRow("lowest non-zero score")
            << "CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N" << 1.6 << "low";
    }

    void scoresEdgeVectors() { checkScore(); }

    void roundup31_data()
    {
        QTest::addColumn<double>("input");
        QTest::addColumn<double>("expected");
        // Section 7's own examples.
        QTest::newRow("4.02 rounds up to 4.1") << 4.02 << 4.1;
        QTest::newRow("4.00 stays 4.0") << 4.0 << 4.0;
        // Appendix A's example: 0.1 + 0.2 is 0.30000000000000004 in doubles.
        QTest::newRow("0.1 + 0.2 is 0.3") << 0.1 + 0.2 << 0.3;
        QTest::newRow("4.0 plus float noise stays 4.0") << 4.0000000001 << 4.0;
        QTest::newRow("4.0 plus one ulp stays 4.0") << std::nextafter(4.0, 5.0) << 4.0;
        QTest::newRow("one 100000th above 4.0 rounds up") << 4.00001 << 4.1;
        // Appendix A scales to 1/100000ths and rounds to the nearest integer first, so an
        // excess under half of that is noise: 4.000002 is 400000.2 -> 400000 -> 4.0.
        QTest::newRow("two millionths above 4.0 is noise") << 4.000002 << 4.0;
        QTest::newRow("just below a tenth") << 3.99999 << 4.0;
        QTest::newRow("9.91 rounds up to 10") << 9.91 << 10.0;
        QTest::newRow("10 stays 10") << 10.0 << 10.0;
        QTest::newRow("0 stays 0") << 0.0 << 0.0;
    }

    void roundup31()
    {
        QFETCH(double, input);
        QFETCH(double, expected);
        QCOMPARE(cvssRoundup31(input), expected);
    }

    // v3.0's plain "smallest one-decimal number not below the input", as its calculator did.
    void roundup30_data()
    {
        QTest::addColumn<double>("input");
        QTest::addColumn<double>("expected");
        QTest::newRow("4.02 rounds up to 4.1") << 4.02 << 4.1;
        QTest::newRow("4.00 stays 4.0") << 4.0 << 4.0;
        QTest::newRow("0.1 + 0.2 rounds up to 0.4, the surprise v3.1 fixed") << 0.1 + 0.2 << 0.4;
        QTest::newRow("two millionths above 4.0 rounds up") << 4.000002 << 4.1;
    }

    void roundup30()
    {
        QFETCH(double, input);
        QFETCH(double, expected);
        QCOMPARE(cvssRoundup30(input), expected);
    }

    void severityBands_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<QString>("severity");
        QTest::newRow("0.0") << 0.0 << "none";
        QTest::newRow("0.1") << 0.1 << "low";
        QTest::newRow("3.9") << 3.9 << "low";
        QTest::newRow("4.0") << 4.0 << "medium";
        QTest::newRow("6.9") << 6.9 << "medium";
        QTest::newRow("7.0") << 7.0 << "high";
        QTest::newRow("8.9") << 8.9 << "high";
        QTest::newRow("9.0") << 9.0 << "critical";
        QTest::newRow("10.0") << 10.0 << "critical";
        QTest::newRow("3.9 computed as 3.9000000000000004") << 3.9000000000000004 << "low";
    }

    void severityBands()
    {
        QFETCH(double, score);
        QFETCH(QString, severity);
        QCOMPARE(QString::fromUtf8(cvssSeverity(score).data(),
                                   static_cast<qsizetype>(cvssSeverity(score).size())),
                 severity);
    }

    // Every base vector, built from the metric tables: a one-decimal score in [0, 10] with its
    // band, the same under 3.0 and 3.1 rounding, and 0 exactly when there is no impact.
    void everyBaseVector()
    {
        const std::span<const CvssMetric> metrics = cvss3BaseMetrics();
        std::vector<std::size_t> at(metrics.size(), 0);
        int count = 0;
        for (;;) {
            std::map<std::string, std::string> chosen;
            for (std::size_t m = 0; m < metrics.size(); ++m)
                chosen[std::string(metrics[m].key)] = std::string(metrics[m].values[at[m]].code);
            const std::string vector = buildCvss3Vector(chosen);
            const CvssScore v31 = scoreCvss3(vector);
            const CvssScore v30 = scoreCvss3("CVSS:3.0" + vector.substr(8));
            QCOMPARE(QString::fromStdString(v31.normalizedVector), QString::fromStdString(vector));
            QVERIFY2(v31.score >= 0.0 && v31.score <= 10.0, vector.c_str());
            QCOMPARE(v31.score * 10, std::round(v31.score * 10));
            QCOMPARE(v31.severity, std::string(cvssSeverity(v31.score)));
            QCOMPARE(v30.score, v31.score);
            const bool noImpact = chosen["C"] == "N" && chosen["I"] == "N" && chosen["A"] == "N";
            QCOMPARE(v31.score == 0.0, noImpact);
            ++count;
            // Next combination, like an odometer.
            std::size_t m = metrics.size();
            while (m > 0 && ++at[m - 1] == metrics[m - 1].values.size())
                at[--m] = 0;
            if (m == 0)
                break;
        }
        QCOMPARE(count, 4 * 2 * 3 * 2 * 2 * 3 * 3 * 3);
    }

    void acceptsAnyOrder_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::newRow("canonical") << kShellshock;
        QTest::newRow("reversed") << "CVSS:3.1/A:H/I:H/C:H/S:U/UI:N/PR:N/AC:L/AV:N";
        QTest::newRow("scope first") << "CVSS:3.1/S:U/AV:N/AC:L/PR:N/UI:N/C:H/I:H/A:H";
        QTest::newRow("impact first") << "CVSS:3.1/C:H/I:H/A:H/AV:N/AC:L/PR:N/UI:N/S:U";
        QTest::newRow("surrounding spaces") << "  CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\n";
    }

    void acceptsAnyOrder()
    {
        QFETCH(QString, vector);
        const CvssScore result = scoreCvss3(vector.toStdString());
        QCOMPARE(result.score, 9.8);
        QCOMPARE(result.severity, std::string("critical"));
        QCOMPARE(result.normalizedVector, std::string(kShellshock));
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QString>("vector");
        QTest::addColumn<QString>("message");
        const auto withPrefix = [](const char *metrics) {
            return QStringLiteral("CVSS:3.1/") + QLatin1String(metrics);
        };
        // The whole vector.
        QTest::newRow("empty string")
            << "" << "empty vector; expected the prefix CVSS:3.1/ or CVSS:3.0/ and the eight "
                     "base metrics";
        QTest::newRow("only spaces") << "  " << "empty vector; expected the prefix CVSS:3.1/ or "
                                                "CVSS:3.0/ and the eight base metrics";
        QTest::newRow("missing prefix")
            << "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"
            << "expected the prefix CVSS:3.1/ or CVSS:3.0/, found \"AV:N/AC:L\"";
        QTest::newRow("lowercase prefix")
            << "cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"
            << "expected the prefix CVSS:3.1/ or CVSS:3.0/, found \"cvss:3.1/\"";
        QTest::newRow("a CVSS v2 vector")
            << "AV:N/AC:L/Au:N/C:P/I:P/A:P"
            << "expected the prefix CVSS:3.1/ or CVSS:3.0/, found \"AV:N/AC:L\"";
        QTest::newRow("wrong version 2.0")
            << "CVSS:2.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"
            << "CVSS version \"2.0\" is not supported; expected the prefix CVSS:3.1/ or CVSS:3.0/";
        QTest::newRow("wrong version 3.2")
            << "CVSS:3.2/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"
            << "CVSS version \"3.2\" is not supported; expected the prefix CVSS:3.1/ or CVSS:3.0/";
        QTest::newRow("version 4.0")
            << "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"
            << "CVSS v4.0 is not supported yet, only v3.0 and v3.1";
        QTest::newRow("prefix only") << "CVSS:3.1/" << "no metrics after CVSS:3.1/";
        QTest::newRow("prefix without slash") << "CVSS:3.1" << "no metrics after CVSS:3.1/";
        // Metrics missing or repeated.
        QTest::newRow("missing metric")
            << withPrefix("AV:N/AC:L/UI:N/S:U/C:H/I:H/A:H") << "metric PR is missing";
        QTest::newRow("several missing metrics")
            << withPrefix("AV:N/AC:L") << "metrics PR, UI, S, C, I and A are missing";
        QTest::newRow("duplicate metric, same value")
            << withPrefix("AV:N/AC:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H") << "metric AC appears twice";
        QTest::newRow("duplicate metric, other value")
            << withPrefix("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/AV:L") << "metric AV appears twice";
        // Values.
        QTest::newRow("bad value")
            << withPrefix("AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
            << "metric AV: unknown value \"X\" (expected N, A, L or P)";
        QTest::newRow("value of another metric")
            << withPrefix("AV:N/AC:L/PR:N/UI:N/S:H/C:H/I:H/A:H")
            << "metric S: unknown value \"H\" (expected U or C)";
        QTest::newRow("lowercase value")
            << withPrefix("AV:N/AC:L/PR:n/UI:N/S:U/C:H/I:H/A:H")
            << "metric PR: unknown value \"n\" (expected N, L or H; values are upper case)";
        QTest::newRow("long value")
            << withPrefix("AV:Network/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
            << "metric AV: unknown value \"Network\" (expected N, A, L or P)";
        QTest::newRow("empty value") << withPrefix("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:")
                                     << "metric A has no value (expected H, L or N)";
        QTest::newRow("space in a value")
            << withPrefix("AV: N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
            << "metric AV: unknown value \" N\" (expected N, A, L or P)";
        // Metric names.
        QTest::newRow("unknown metric")
            << withPrefix("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/XY:Z") << "unknown metric \"XY\"";
        QTest::newRow("lowercase metric name")
            << withPrefix("av:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
            << "unknown metric \"av\" (metric names are upper case: AV)";
        QTest::newRow("v4.0 metric in a v3.1 vector")
            << withPrefix("AV:N/AC:L/AT:N/PR:N/UI:N/S:U/C:H/I:H/A:H") << "unknown metric \"AT\"";
        QTest::newRow("temporal metric")
            << withPrefix("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:F")
            << "metric E is a temporal metric; only the eight base metrics are supported";
        QTest::newRow("environmental metric")
            << withPrefix("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/MAV:N")
            << "metric MAV is an environmental metric; only the eight base metrics are "
               "supported";
        // Separators.
        QTest::newRow("trailing slash") << withPrefix("AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/")
                                        << "trailing \"/\" after A:H";
        QTest::newRow("double slash") << withPrefix("AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
                                      << "empty metric after AV:N/";
        QTest::newRow("slash after the prefix") << "CVSS:3.1//AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"
                                                << "empty metric after CVSS:3.1/";
        QTest::newRow("no colon") << withPrefix("AVN/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")
                                  << "expected METRIC:VALUE, found \"AVN\"";
        QTest::newRow("comma separators") << withPrefix("AV:N,AC:L,PR:N,UI:N,S:U,C:H,I:H,A:H")
                                          << "metric AV: unknown value \"N,AC:L,PR:N,UI:N,S:U,"
                                             "C:H,I:H,A:H\" (expected N, A, L or P)";
    }

    void refusesMalformed()
    {
        QFETCH(QString, vector);
        QFETCH(QString, message);
        QCOMPARE(errorOf(vector), message);
    }

    void metricTablesFollowTheSpecification()
    {
        const std::span<const CvssMetric> metrics = cvss3BaseMetrics();
        QStringList keys;
        QStringList valueCodes;
        for (const CvssMetric &metric : metrics) {
            keys << QString::fromLatin1(metric.key.data(),
                                        static_cast<qsizetype>(metric.key.size()));
            QString codes;
            for (const CvssValue &value : metric.values) {
                codes += QString::fromLatin1(value.code.data(),
                                             static_cast<qsizetype>(value.code.size()));
                QVERIFY(!value.label.empty());
            }
            valueCodes << codes;
            QVERIFY(!metric.name.empty());
        }
        QCOMPARE(keys, QStringList({"AV", "AC", "PR", "UI", "S", "C", "I", "A"}));
        QCOMPARE(valueCodes, QStringList({"NALP", "LH", "NLH", "NR", "UC", "HLN", "HLN", "HLN"}));
        QCOMPARE(metrics[0].name, std::string_view("Attack Vector"));
        QCOMPARE(metrics[0].values[1].label, std::string_view("Adjacent"));
    }

    void buildsVectors()
    {
        std::map<std::string, std::string> chosen{{"AV", "N"}, {"AC", "L"}, {"PR", "N"},
                                                  {"UI", "N"}, {"S", "U"},  {"C", "H"},
                                                  {"I", "N"},  {"A", "N"}};
        QCOMPARE(buildCvss3Vector(chosen),
                 std::string("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N"));

        const auto refusal = [](const std::map<std::string, std::string> &metrics) {
            try {
                buildCvss3Vector(metrics);
            } catch (const CvssError &error) {
                return std::string(error.what());
            }
            return std::string("(accepted)");
        };
        auto bad = chosen;
        bad["AV"] = "X";
        QCOMPARE(refusal(bad),
                 std::string("metric AV: unknown value \"X\" (expected N, A, L or P)"));
        auto missing = chosen;
        missing.erase("S");
        QCOMPARE(refusal(missing), std::string("metric S is missing"));
        auto extra = chosen;
        extra["RL"] = "O";
        QCOMPARE(refusal(extra), std::string("metric RL is a temporal metric; only the eight base "
                                             "metrics are supported"));
        QCOMPARE(refusal({}), std::string("metrics AV, AC, PR, UI, S, C, I and A are missing"));
    }
};

QTEST_APPLESS_MAIN(TestCvss)
#include "tst_cvss.moc"
