// vigil-cli report as a quality engineer uses it: every format in every language from the
// example, the PDF's text and PDF/A metadata (poppler's pdftotext and pdfinfo), HTML that shows
// hostile names as text, CSV that spreadsheets cannot run, an ODT package, identical bytes on a
// second run, and clear errors for bad arguments.

#include "views/report/PostProcess.h"
#include "views/report/ReportWriters.h"

#include "model/ModelFile.h"
#include "model/json/JsonInterchange.h"
#include "stride/Engine.h"
#include "stride/ThreatText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <fstream>
#include <random>
#include <sstream>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

Run runCli(const QStringList &arguments)
{
    return run(QStringLiteral(VIGIL_CLI), arguments);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString examplePath()
{
    return QStringLiteral(VIGIL_SOURCE_DIR "/resources/examples/insulin-pump.json");
}

vigil::ThreatModel exampleModel()
{
    std::ifstream in(examplePath().toStdString());
    std::ostringstream text;
    text << in.rdbuf();
    return vigil::modelFromJson(text.str());
}

// Text without any white space: table cells wrap titles over lines.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

QStringList reportArguments(const QString &in, const QString &format, const QString &out,
                            const QString &language = QStringLiteral("en"))
{
    return {QStringLiteral("report"), in, QStringLiteral("--format"), format,
            QStringLiteral("-o"), out, QStringLiteral("--lang"), language,
            QStringLiteral("--date"), QStringLiteral("2026-12-01"),
            QStringLiteral("--document-id"), QStringLiteral("DHF-TM-001"),
            QStringLiteral("--revision"), QStringLiteral("C")};
}

// The example with two elements renamed, saved as JSON in `folder`.
QString exampleWithNames(const QString &folder, const QString &first, const QString &second)
{
    QJsonObject model = QJsonDocument::fromJson(readAll(examplePath())).object();
    QJsonArray elements = model.value(QStringLiteral("elements")).toArray();
    QJsonObject element = elements[0].toObject();
    element[QStringLiteral("name")] = first;
    elements[0] = element;
    element = elements[1].toObject();
    element[QStringLiteral("name")] = second;
    elements[1] = element;
    model[QStringLiteral("elements")] = elements;
    const QString path = folder + QStringLiteral("/hostile.json");
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(QJsonDocument(model).toJson());
    return path;
}

} // namespace

class TestReport : public QObject {
    Q_OBJECT

private slots:
    void pdfHoldsEveryThreatInItsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("heading"); // the threats section's heading
        QTest::newRow("en") << "en" << "Threats";
        QTest::newRow("ja") << "ja" << "脅威";
        QTest::newRow("de") << "de" << "Bedrohungen";
    }

    void pdfHoldsEveryThreatInItsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, heading);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const Run result = runCli(reportArguments(examplePath(), QStringLiteral("pdf"), pdf, language));
        QVERIFY2(result.exitCode == 0, result.err.constData());

        // -raw: in the order drawn, so that each table cell reads as one piece.
        const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        const QString all = squeezed(QString::fromUtf8(text.out));
        QVERIFY(all.contains(squeezed(heading)));

        const vigil::ThreatModel model = exampleModel();
        int checked = 0;
        const std::string title = language.toStdString();
        for (const auto &[id, threat] : model.threats().all()) {
            if (threat.status == vigil::ThreatStatus::Suppressed)
                continue;
            QVERIFY2(all.contains(QString::fromStdString(id)), id.c_str());
            if (language != QLatin1String("en") && threat.status != vigil::ThreatStatus::Obsolete
                && checked < 25) {
                const auto translated = vigil::stride::translatedThreatText(
                    model, threat, vigil::stride::shippedPacks(), title);
                QVERIFY2(translated, model.render(threat.title).c_str());
                QVERIFY2(all.contains(squeezed(QString::fromStdString(translated->title))),
                         translated->title.c_str());
                ++checked;
            }
        }

        const Run info = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains("pdfaid:part=\"1\""));
        QVERIFY(info.out.contains("pdfaid:conformance=\"B\""));
        const Run pages = run(QStringLiteral("pdfinfo"), {pdf});
        const QRegularExpressionMatch count =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(pages.out));
        QVERIFY(count.hasMatch());
        QVERIFY(count.captured(1).toInt() > 20);
        QVERIFY(all.contains(QStringLiteral("DHF-TM-001")));
        const Run fonts = run(QStringLiteral("pdffonts"), {pdf});
        for (const QByteArray &line : fonts.out.split('\n').mid(2))
            if (!line.trimmed().isEmpty())
                QVERIFY2(line.contains(" yes "), line.constData()); // embedded
    }

    // A table longer than a piece (the gaps of 1,000 undecided threats) reads as one: every row
    // once, in order, and no page inside it left part empty where one piece hands over to the
    // next.
    void longTablesRunOnWithEveryRowInOrder()
    {
        QTemporaryDir dir;
        const QString model = dir.filePath(QStringLiteral("synth.vigil"));
        QCOMPARE(runCli({QStringLiteral("synth"), QStringLiteral("--elements"), QStringLiteral("60"),
                         QStringLiteral("-o"), model}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("analyze"), model, QStringLiteral("--write")}).exitCode, 0);
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const Run result = runCli(reportArguments(model, QStringLiteral("pdf"), pdf));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QString csv = dir.filePath(QStringLiteral("csv"));
        QCOMPARE(runCli(reportArguments(model, QStringLiteral("csv"), csv)).exitCode, 0);

        // The threats the gaps table lists, in order, from its CSV file.
        const QRegularExpression threatNumber(QStringLiteral("Threat not decided,\"?#(\\d+) "));
        QStringList expected;
        for (auto it = threatNumber.globalMatch(QString::fromUtf8(readAll(csv + QStringLiteral("/gaps.csv"))));
             it.hasNext();)
            expected << it.next().captured(1);
        QVERIFY(expected.size() > 600);

        const Run text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        QCOMPARE(text.exitCode, 0);
        const QRegularExpression row(QStringLiteral("Threat not decided #(\\d+) "));
        QStringList shown;
        std::vector<int> rowsPerPage;
        for (const QString &page : QString::fromUtf8(text.out).split(QLatin1Char('\f'))) {
            int rows = 0;
            for (auto it = row.globalMatch(page); it.hasNext(); ++rows)
                shown << it.next().captured(1);
            if (rows > 0)
                rowsPerPage.push_back(rows);
        }
        QCOMPARE(shown, expected);
        QVERIFY(rowsPerPage.size() > 10);
        const int fullest = *std::max_element(rowsPerPage.begin(), rowsPerPage.end());
        for (std::size_t i = 1; i + 1 < rowsPerPage.size(); ++i)
            QVERIFY2(rowsPerPage[i] * 10 >= fullest * 8,
                     qPrintable(QStringLiteral("page %1 of the table holds %2 rows, the fullest %3")
                                    .arg(i + 1).arg(rowsPerPage[i]).arg(fullest)));
    }

    // The example's level-0 DFD is too wide to read on a portrait page: sheets follow it, a page
    // each, whose text prints at 6 pt or more.
    void diagramSheetsPrintTextAtSixPointsOrMore()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QCOMPARE(runCli(reportArguments(examplePath(), QStringLiteral("pdf"), pdf)).exitCode, 0);
        const Run boxes = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
        QCOMPARE(boxes.exitCode, 0);
        const QRegularExpression word(QStringLiteral(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
        int sheetPages = 0;
        for (const QString &page : QString::fromUtf8(boxes.out).split(QStringLiteral("<page "))) {
            if (!page.contains(QStringLiteral(">Sheet</word>")))
                continue;
            ++sheetPages;
            for (auto it = word.globalMatch(page); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                if (match.captured(5).size() < 4)
                    continue; // too short to tell its height from its length
                // A word's box is as thick as its font is high (about 1.16 em), turned or not.
                const double thickness =
                    std::min(match.captured(3).toDouble() - match.captured(1).toDouble(),
                             match.captured(4).toDouble() - match.captured(2).toDouble());
                QVERIFY2(thickness >= 6 * 1.1,
                         qPrintable(match.captured(5) + QStringLiteral(" is %1 pt thick").arg(thickness)));
            }
        }
        QVERIFY2(sheetPages >= 2, qPrintable(QString::number(sheetPages)));
    }

    void everyFormatIsTheSameOnASecondRun_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("threatsHeading"); // section 6 as HTML shows it
        for (const char *format : {"pdf", "html", "odt"})
            for (const auto &[language, heading] :
                 {std::pair{"en", "Threats"}, std::pair{"ja", "脅威"}, std::pair{"de", "Bedrohungen"}})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(format, language)))
                    << QString::fromLatin1(format) << QString::fromLatin1(language)
                    << QString::fromUtf8(heading);
    }

    void everyFormatIsTheSameOnASecondRun()
    {
        QFETCH(QString, format);
        QFETCH(QString, language);
        QFETCH(QString, threatsHeading);
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("a.") + format);
        const QString second = dir.filePath(QStringLiteral("b.") + format);
        QCOMPARE(runCli(reportArguments(examplePath(), format, first, language)).exitCode, 0);
        QTest::qWait(1100); // a clock that reaches the file would show
        QCOMPARE(runCli(reportArguments(examplePath(), format, second, language)).exitCode, 0);
        const QByteArray a = readAll(first);
        QVERIFY(a.size() > 10000);
        QVERIFY(a == readAll(second));
        if (format == QLatin1String("html")) // the section heading in the report's language
            QVERIFY(QString::fromUtf8(a).contains(QStringLiteral("<h2 id=\"s-6\">6 ") + threatsHeading
                                                  + QLatin1Char('<')));
    }

    // The PDF's fixes are made as Qt writes, in pieces of any size: a date, a font's map to
    // Unicode or the file identifier cut across two writes must come out as if written whole.
    void pdfFixesAreTheSameHoweverTheBytesArrive()
    {
        QByteArray raw = "%PDF-1.4\n1 0 obj\n<< /CreationDate (D:20261130123456+01'00') "
                         "/ModDate (D:20261130123456Z) >>\nendobj\n<xmp:CreateDate>"
                         "2026-11-30T12:34:56+01:00</xmp:CreateDate><xmp:ModifyDate>"
                         "2026-11-30T12:34:56Z</xmp:ModifyDate>\nstream\n";
        for (int i = 0; i < 6000; ++i) // more than the device passes on at once
            raw += "0.5 0 0 0.5 12 34 cm BT /F1 9 Tf (hidden line) Tj ET\n";
        raw += "endstream\n/CMapName /Adobe-Identity-UCS def\n2 beginbfchar\n<0012> <2F24>\n"
               "<0013> <0041>\nendbfchar\n1 beginbfrange\n<0020> <0021> [<2F00> <0042>]\n"
               "endbfrange\nendcmap\ntrailer\n<< /Size 9 /ID [ <0123456789abcdef0123456789abcdef> "
               "<fedcba9876543210fedcba9876543210> ] >>\nstartxref\n123\n%%EOF\n";

        const auto fixed = [&](const std::function<qsizetype(qsizetype left)> &piece) {
            QByteArray out;
            vigil::report::PdfFixingDevice device(
                [&out](const char *data, qsizetype size) { out.append(data, size); },
                QDate(2026, 1, 2));
            for (qsizetype at = 0; at < raw.size();) {
                const qsizetype size = std::min(piece(raw.size() - at), raw.size() - at);
                device.write(raw.constData() + at, size);
                at += size;
            }
            device.close();
            return out;
        };
        const QByteArray whole = fixed([](qsizetype left) { return left; });
        QCOMPARE(whole.size(), raw.size());
        QVERIFY(whole.contains("(D:20260102000000+00'00')"));
        QVERIFY(whole.contains("(D:20260102000000Z)"));
        QVERIFY(whole.contains("<xmp:CreateDate>2026-01-02T00:00:00+00:00<"));
        QVERIFY(whole.contains("<xmp:ModifyDate>2026-01-02T00:00:00Z<"));
        QVERIFY(!whole.contains("2026-11-30") && !whole.contains("D:2026113"));
        QVERIFY(whole.contains("<0012> <5927>\n")); // 大, not the radical
        QVERIFY(whole.contains("[<4E00> <0042>]"));   // 一
        QVERIFY(whole.contains("<0013> <0041>\n"));
        // The identifier: the digest of the file with the identifier blanked.
        const qsizetype id = whole.indexOf("/ID [ <") + 7;
        QByteArray blanked = whole;
        blanked.replace(id, 32, QByteArray(32, '0'));
        blanked.replace(id + 35, 32, QByteArray(32, '0'));
        const QByteArray digest = QCryptographicHash::hash(blanked, QCryptographicHash::Md5).toHex();
        QCOMPARE(whole.mid(id, 32), digest);
        QCOMPARE(whole.mid(id + 35, 32), digest);

        QCOMPARE(fixed([](qsizetype) { return 1; }), whole);
        std::mt19937 random(7);
        for (int round = 0; round < 20; ++round)
            QCOMPARE(fixed([&](qsizetype) { return qsizetype(random() % 200 + 1); }), whole);
        QCOMPARE(fixed([](qsizetype) { return 70 * 1024; }), whole);
    }

    void odtIsAnOpenDocumentPackage()
    {
        QTemporaryDir dir;
        const QString odt = dir.filePath(QStringLiteral("report.odt"));
        QCOMPARE(runCli(reportArguments(examplePath(), QStringLiteral("odt"), odt)).exitCode, 0);
        const QByteArray bytes = readAll(odt);
        QVERIFY(bytes.startsWith("PK\x03\x04"));
        // The mimetype entry comes first and uncompressed, as ODF requires.
        QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
        QVERIFY(bytes.mid(38, 39).startsWith("application/vnd.oasis.opendocument.text"));
        QVERIFY(bytes.contains("content.xml"));
        QVERIFY(bytes.contains("Pictures/")); // the diagrams
    }

    void htmlShowsHostileNamesAsText()
    {
        QTemporaryDir dir;
        const QString in = exampleWithNames(dir.path(), QStringLiteral("<script>alert(1)</script>"),
                                            QStringLiteral("\" onload=\"x"));
        const QString html = dir.filePath(QStringLiteral("report.html"));
        const Run result = runCli(reportArguments(in, QStringLiteral("html"), html));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QByteArray page = readAll(html);
        QVERIFY(!page.contains("<script>alert(1)"));
        QVERIFY(!page.contains("\" onload=\"x"));
        QVERIFY(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        QVERIFY(page.contains("&quot; onload=&quot;x"));
        QVERIFY(page.contains("<svg")); // the diagrams, inline
        QVERIFY(!page.contains("<?xml"));
    }

    void csvQuotesAndNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "Pump" << "Pump";
        QTest::newRow("comma") << "a, b" << "\"a, b\"";
        QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("line break") << "a\nb" << "\"a\nb\"";
        QTest::newRow("formula") << "=1+1" << "'=1+1";
        QTest::newRow("plus") << "+1" << "'+1";
        QTest::newRow("minus") << "-2" << "'-2";
        QTest::newRow("at") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::newRow("tab") << "\tx" << "'\tx";
        QTest::newRow("carriage return") << "\rx" << "\"'\rx\"";
        QTest::newRow("formula with comma") << "=HYPERLINK(\"x\",\"y\")"
                                            << "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"";
    }

    void csvQuotesAndNeutralisesFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(vigil::report::csvCell(cell), written);
    }

    void csvFolderHoldsOneFilePerTable()
    {
        QTemporaryDir dir;
        const QString in = exampleWithNames(dir.path(), QStringLiteral("=HYPERLINK(\"http://x\")"),
                                            QStringLiteral("Pump, \"main\""));
        const QString folder = dir.filePath(QStringLiteral("csv"));
        const Run result = runCli(reportArguments(in, QStringLiteral("csv"), folder));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        for (const char *name : {"threats.csv", "elements.csv", "flows.csv", "mitigations.csv",
                                 "requirements.csv", "tests.csv", "traceability.csv", "gaps.csv",
                                 "document-control.csv", "clause-map.csv"})
            QVERIFY2(QFile::exists(folder + QLatin1Char('/') + QLatin1String(name)), name);
        const QByteArray elements = readAll(folder + QStringLiteral("/elements.csv"));
        QVERIFY(elements.startsWith("\xEF\xBB\xBF")); // UTF-8 byte-order mark for Excel
        QVERIFY(elements.contains("\r\n"));
        QVERIFY(elements.contains("\"'=HYPERLINK(\"\"http://x\"\")"));
        QVERIFY(elements.contains("\"Pump, \"\"main\"\""));
        QVERIFY(!elements.contains(",=HYPERLINK"));
        const QByteArray threats = readAll(folder + QStringLiteral("/threats.csv"));
        QVERIFY(threats.count("\r\n") > 400);
    }

    // Section 10 lists the review meetings and every decision taken in them.
    void reviewRecordsAreListed()
    {
        QTemporaryDir dir;
        vigil::ThreatModel model = exampleModel();
        const auto &[threatId, threat] = *model.threats().all().begin();
        const auto &[personId, person] = *model.people().all().begin();
        vigil::Review review;
        review.id = "RV-2026-11-30";
        review.date = "2026-11-30";
        review.attendees = {personId};
        review.completed = true;
        review.nextReview = "2027-11-30";
        review.scope.category = "tampering";
        review.decisions.push_back({threatId, vigil::ThreatStatus::Open, threat.status,
                                    "Reviewed with the pump team", {}, {}, personId});
        model.reviews().put(review);
        const QString in = dir.filePath(QStringLiteral("reviewed.json"));
        vigil::writeModelJson(model, in.toStdString());
        const QString folder = dir.filePath(QStringLiteral("csv"));
        const Run result = runCli(reportArguments(in, QStringLiteral("csv"), folder));
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QByteArray reviews = readAll(folder + QStringLiteral("/reviews.csv"));
        QVERIFY(reviews.contains("RV-2026-11-30"));
        QVERIFY(reviews.contains(QByteArray::fromStdString(person.name)));
        QVERIFY(reviews.contains("2027-11-30"));
        QVERIFY(reviews.contains("Tampering"));
        const QByteArray decisions = readAll(folder + QStringLiteral("/review-decisions.csv"));
        QVERIFY(decisions.contains("Reviewed with the pump team"));
        QVERIFY(decisions.contains(QByteArray("#") + QByteArray::number(threat.number)));

        // The example itself has no review: the report says so instead of an empty table.
        const QString plain = dir.filePath(QStringLiteral("plain"));
        QVERIFY(runCli(reportArguments(examplePath(), QStringLiteral("csv"), plain)).exitCode == 0);
        QVERIFY(!QFile::exists(plain + QStringLiteral("/reviews.csv")));
    }

    void sectionsCanBeLeftOut()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QStringList arguments = reportArguments(examplePath(), QStringLiteral("pdf"), pdf);
        arguments << QStringLiteral("--sections") << QStringLiteral("risk-summary,clause-map");
        QCOMPARE(runCli(arguments).exitCode, 0);
        const QString text =
            squeezed(QString::fromUtf8(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).out));
        QVERIFY(text.contains(squeezed(QStringLiteral("Risk summary"))));
        QVERIFY(text.contains(squeezed(QStringLiteral("Clause map"))));
        QVERIFY(!text.contains(squeezed(QStringLiteral("Document control"))));
        QVERIFY(!text.contains(squeezed(QStringLiteral("Element and interface inventory"))));
        QVERIFY(text.contains(squeezed(QStringLiteral("not included in this report"))));
    }

    void badArgumentsExitTwoNamingTheProblem_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("language") << QStringList{"--lang", "fr"} << "--lang fr";
        QTest::newRow("format") << QStringList{"--format", "docx"} << "--format docx";
        QTest::newRow("date") << QStringList{"--date", "2026-13-45"} << "--date 2026-13-45";
        QTest::newRow("section") << QStringList{"--sections", "threats,nope"} << "no section \"nope\"";
        QTest::newRow("paper") << QStringList{"--paper", "a3"} << "--paper a3";
    }

    void badArgumentsExitTwoNamingTheProblem()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("report.pdf"));
        QStringList arguments{QStringLiteral("report"), examplePath(), QStringLiteral("-o"), out};
        arguments << extra;
        const Run result = runCli(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message.toUtf8()), result.err.constData());
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
