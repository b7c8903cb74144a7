// vigil-cli as scripts see it (DESIGN.md, CLI): exit codes, one-line errors on stderr that name
// the file, lossless import/export, deterministic synthetic models, and no damage on bad input.

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <sys/stat.h>

#include <cstdio>
#include <functional>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments,
           const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(VIGIL_CLI), arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

// Exactly one line, newline-terminated.
bool isOneLine(const QByteArray &text)
{
    return text.endsWith('\n') && text.count('\n') == 1;
}

const QByteArray kExample = R"({"format": "vigil-model", "formatVersion": 1,
 "model": {"name": "Insulin pump system"},
 "elements": [{"id": "pump", "kind": "process", "name": "Pump firmware",
               "properties": {"safetyCritical": true}},
              {"id": "app", "kind": "external-entity", "name": "Patient phone app"},
              {"id": "log", "kind": "data-store", "name": "Event log",
               "properties": {"storesLogs": true}}],
 "boundaries": [{"id": "tb-pump", "name": "Pump enclosure", "members": ["pump", "log"]}],
 "flows": [{"id": "f1", "source": "app", "target": "pump", "name": "Bolus command",
            "protocol": "BLE", "properties": {"encrypted": false}}]}
)";

// A kind that does not exist: a malformed document with a precise JSON path.
const QByteArray kMalformed = R"({"format": "vigil-model", "formatVersion": 1,
 "elements": [{"id": "pump", "kind": "proces"}]}
)";

// A chain with nothing missing: no elements to analyse, one control, requirement and passed,
// independent test.
const QByteArray kCompleteChain = R"({"format": "vigil-model", "formatVersion": 1,
 "people": [{"id": "dev", "name": "Dana", "department": "Firmware"},
            {"id": "qa", "name": "Quinn", "department": "QA"}],
 "requirements": [{"id": "SR-001", "text": "Bolus commands are authenticated"}],
 "mitigations": [{"id": "m1", "title": "Authenticated pairing", "status": "implemented",
                  "requirements": ["SR-001"]}],
 "tests": [{"id": "VT-001", "kind": "security-requirements", "verifies": ["SR-001"],
            "result": "pass", "performedBy": "qa", "developer": "dev"}]}
)";

// Verification tests whose automated references name cases of tests/data/junit's ctest report.
const QByteArray kAutomatedTests = R"({"format": "vigil-model", "formatVersion": 1,
 "requirements": [{"id": "SR-001", "text": "Replayed commands are refused"}],
 "tests": [{"id": "VT-001", "kind": "threat-mitigation", "verifies": ["SR-001"],
            "automation": "bolus.rejects_replayed_command"},
           {"id": "VT-002", "kind": "security-requirements", "automation": "pump.selftest",
            "result": "fail"},
           {"id": "VT-003", "kind": "security-requirements",
            "automation": "ble.pairing_requires_oob"},
           {"id": "VT-004", "kind": "vulnerability", "automation": "fuzz.not_in_this_run"},
           {"id": "VT-005", "kind": "penetration", "procedure": "manual"}]}
)";

// A PNG's size and resolution from its IHDR and pHYs chunks (this test links no Qt Gui).
struct PngInfo {
    QSize size;
    int dpi = 0;
};

PngInfo pngInfo(const QByteArray &png)
{
    const auto number = [&png](qsizetype at) {
        return (quint32(quint8(png[at])) << 24) | (quint32(quint8(png[at + 1])) << 16)
               | (quint32(quint8(png[at + 2])) << 8) | quint32(quint8(png[at + 3]));
    };
    PngInfo info;
    if (png.size() < 24 || !png.startsWith("\x89PNG"))
        return info;
    info.size = QSize(int(number(16)), int(number(20)));
    if (const qsizetype at = png.indexOf("pHYs"); at > 0 && at + 13 <= png.size())
        info.dpi = qRound(number(at + 4) * 0.0254);
    return info;
}

QString junitFile(const char *name)
{
    return QStringLiteral(VIGIL_SOURCE_DIR "/tests/data/junit/") + QLatin1String(name);
}

QJsonObject testRecord(const QByteArray &modelJson, const QString &id)
{
    for (const QJsonValue &test : QJsonDocument::fromJson(modelJson).object()["tests"].toArray())
        if (test.toObject()["id"].toString() == id)
            return test.toObject();
    return {};
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void helpExitsZero()
    {
        const Run run = runCli({"--help"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("Usage: vigil-cli"));
        QVERIFY(run.out.contains("import"));
        QVERIFY(run.err.isEmpty());
    }

    void versionIsPrinted()
    {
        const Run run = runCli({"--version"});
        QCOMPARE(run.exitCode, 0);
        const QRegularExpression pattern(R"(^vigil-cli \d+\.\d+\.\d+\n$)");
        QVERIFY2(pattern.match(QString::fromUtf8(run.out)).hasMatch(), run.out.constData());
    }

    void noCommandIsAUsageError()
    {
        const Run run = runCli({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("Usage"));
    }

    void unknownCommandExitsTwo()
    {
        const Run run = runCli({"frobnicate"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.err), run.err.constData());
        QVERIFY(run.err.contains("frobnicate"));
        QVERIFY(run.out.isEmpty());
    }

    void importExportRoundTrip()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("pump.json");
        writeAll(input, kExample);
        const QString document = dir.filePath("pump.vigil");
        QCOMPARE(runCli({"import", input, "-o", document}).exitCode, 0);
        const QString exported = dir.filePath("exported.json");
        QCOMPARE(runCli({"export", document, "-o", exported}).exitCode, 0);

        // Export of the import equals export of the original JSON.
        const QString direct = dir.filePath("direct.json");
        QCOMPARE(runCli({"export", input, "-o", direct}).exitCode, 0);
        const QByteArray json = readAll(exported);
        QVERIFY(json.contains("\"format\": \"vigil-model\""));
        QCOMPARE(readAll(direct), json);

        // And once more through .vigil: byte-identical.
        const QString again = dir.filePath("again.vigil");
        QCOMPARE(runCli({"import", exported, "-o", again}).exitCode, 0);
        const Run toStdout = runCli({"export", again, "-o", "-"});
        QCOMPARE(toStdout.exitCode, 0);
        QCOMPARE(toStdout.out, json);
    }

    // diff A B (issue 13): exit 1 and every change when the models differ, exit 0 for the same
    // model in either format, exit 2 naming a bad file.
    void diffListsChangesAndExitsOneWhenDifferent()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("pump.json");
        writeAll(input, kExample);
        const QString document = dir.filePath("pump.vigil");
        QCOMPARE(runCli({"import", input, "-o", document}).exitCode, 0);
        const Run same = runCli({"diff", document, input});
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(same.out).object()["equal"].toBool(), true);
        QCOMPARE(runCli({"diff", document, input, "--format", "text"}).out,
                 QByteArray("no differences\n"));

        QJsonObject revised = QJsonDocument::fromJson(kExample).object();
        QJsonArray elements = revised["elements"].toArray();
        QJsonObject pump = elements[0].toObject();
        pump["name"] = "Pump firmware 2.0";
        elements[0] = pump;
        revised["elements"] = elements;
        QJsonArray flows = revised["flows"].toArray();
        flows.append(QJsonObject{{"id", "f2"}, {"source", "pump"}, {"target", "log"},
                                 {"name", "Event records"}});
        revised["flows"] = flows;
        const QString revisedFile = dir.filePath("revised.json");
        writeAll(revisedFile, QJsonDocument(revised).toJson());

        const Run json = runCli({"diff", document, revisedFile});
        QCOMPARE(json.exitCode, 1);
        QVERIFY2(json.err.isEmpty(), json.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(result["equal"].toBool(), false);
        QCOMPARE(result["summary"].toObject()["added"].toInt(), 1);
        QCOMPARE(result["summary"].toObject()["changed"].toInt(), 2); // pump, and the diagram
        const QJsonArray changes = result["changes"].toArray();
        QCOMPARE(changes.size(), 3);
        const QJsonObject renamed = changes[0].toObject();
        QCOMPARE(renamed["kind"].toString(), QStringLiteral("element"));
        QCOMPARE(renamed["id"].toString(), QStringLiteral("pump"));
        QCOMPARE(renamed["change"].toString(), QStringLiteral("changed"));
        const QJsonObject field = renamed["fields"].toArray()[0].toObject();
        QCOMPARE(field["field"].toString(), QStringLiteral("name"));
        QCOMPARE(field["before"].toString(), QStringLiteral("Pump firmware"));
        QCOMPARE(field["after"].toString(), QStringLiteral("Pump firmware 2.0"));
        QCOMPARE(changes[1].toObject()["kind"].toString(), QStringLiteral("flow"));
        QCOMPARE(changes[1].toObject()["change"].toString(), QStringLiteral("added"));
        QCOMPARE(changes[2].toObject()["kind"].toString(), QStringLiteral("diagram"));

        const Run text = runCli({"diff", document, revisedFile, "--format", "text"});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains("element pump \"Pump firmware 2.0\": changed\n"
                                   "  name: \"Pump firmware\" -> \"Pump firmware 2.0\"\n"),
                 text.out.constData());
        QVERIFY2(text.out.contains("flow f2 \"Event records\": added\n"), text.out.constData());
        QVERIFY2(text.out.endsWith("3 changes: 1 added, 0 removed, 2 changed\n"),
                 text.out.constData());

        const QString missing = dir.filePath("nope.json");
        const Run bad = runCli({"diff", document, missing});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(isOneLine(bad.err));
        QVERIFY2(bad.err.contains(missing.toUtf8()), bad.err.constData());
        QCOMPARE(runCli({"diff", document}).exitCode, 2);
        QCOMPARE(runCli({"diff", document, input, "--format", "xml"}).exitCode, 2);
    }

    // merge BASE OURS THEIRS (issue 13): exit 0 and both sides' changes when they touch different
    // things; exit 1, ours in OUT and the conflict listed when they change the same field;
    // --prefer settles it; exit 2 for a bad file, with OUT untouched.
    void mergeCombinesBothSidesAndListsConflicts()
    {
        QTemporaryDir dir;
        const QString base = dir.filePath("base.json");
        writeAll(base, kExample);
        const auto variant = [&](const char *name, const std::function<void(QJsonObject &)> &edit) {
            QJsonObject document = QJsonDocument::fromJson(kExample).object();
            edit(document);
            const QString path = dir.filePath(name);
            writeAll(path, QJsonDocument(document).toJson());
            return path;
        };
        const auto renameElement = [](QJsonObject &document, int index, const char *name) {
            QJsonArray elements = document["elements"].toArray();
            QJsonObject element = elements[index].toObject();
            element["name"] = name;
            elements[index] = element;
            document["elements"] = elements;
        };
        const QString ours = variant("ours.json", [&](QJsonObject &d) {
            renameElement(d, 0, "Pump firmware 2");
        });
        const QString theirs = variant("theirs.json", [&](QJsonObject &d) {
            renameElement(d, 1, "Companion app");
        });
        const QString out = dir.filePath("merged.json");
        const Run clean = runCli({"merge", base, ours, theirs, "-o", out});
        QCOMPARE(clean.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(clean.out).object();
        QCOMPARE(report["clean"].toBool(), true);
        QCOMPARE(report["conflicts"].toArray().size(), 0);
        const QByteArray merged = readAll(out);
        QVERIFY(merged.contains("\"Pump firmware 2\""));
        QVERIFY(merged.contains("\"Companion app\""));
        QVERIFY(merged.startsWith("{\n  \"boundaries\""));

        const QString rival = variant("rival.json", [&](QJsonObject &d) {
            renameElement(d, 0, "Pump firmware B");
        });
        const Run conflicted = runCli({"merge", base, ours, rival, "-o", out, "--format", "text"});
        QCOMPARE(conflicted.exitCode, 1);
        QVERIFY2(conflicted.out.startsWith(
                     "conflict: element pump \"Pump firmware 2\" name: changed on both sides to "
                     "different values\n  base: \"Pump firmware\"  ours: \"Pump firmware 2\"  "
                     "theirs: \"Pump firmware B\"\n  the result holds ours\n"),
                 conflicted.out.constData());
        QVERIFY(readAll(out).contains("\"Pump firmware 2\""));
        QVERIFY2(conflicted.out.contains("open it in Vigil"), conflicted.out.constData());
        // OUT keeps the conflict open until someone chooses.
        const QJsonArray open =
            QJsonDocument::fromJson(readAll(out)).object()["mergeConflicts"].toArray();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0].toObject()["record"].toString(), QStringLiteral("pump"));
        QCOMPARE(open[0].toObject()["field"].toString(), QStringLiteral("name"));
        QCOMPARE(open[0].toObject()["theirs"].toString(), QStringLiteral("Pump firmware B"));
        QCOMPARE(open[0].toObject()["taken"].toString(), QStringLiteral("ours"));
        // Until it is settled, the CI gate says so.
        const Run gate = runCli({"check", out, "--format", "text"});
        QCOMPARE(gate.exitCode, 1);
        QVERIFY2(gate.out.contains("merge-conflict-open: merge conflict MC-001 on element pump "
                                   "name is open"),
                 gate.out.constData());
        const Run settled = runCli({"merge", base, ours, rival, "-o", out, "--prefer", "theirs"});
        QCOMPARE(settled.exitCode, 0);
        QVERIFY(readAll(out).contains("\"Pump firmware B\""));
        QVERIFY(!readAll(out).contains("mergeConflicts"));

        // A .vigil result when OUT says so; bad input changes nothing.
        const QString document = dir.filePath("merged.vigil");
        QCOMPARE(runCli({"merge", base, ours, theirs, "-o", document}).exitCode, 0);
        QVERIFY(readAll(document).startsWith("SQLite format 3"));
        const QByteArray before = readAll(out);
        const Run bad = runCli({"merge", base, ours, dir.filePath("nope.json"), "-o", out});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(isOneLine(bad.err));
        QVERIFY(bad.err.contains("nope.json"));
        QCOMPARE(readAll(out), before);
        QCOMPARE(runCli({"merge", base, ours, theirs}).exitCode, 2); // no -o
        QCOMPARE(runCli({"merge", base, ours, theirs, "-o", out, "--prefer", "mine"}).exitCode, 2);
    }

    // baseline and history (issue 13): a baseline is kept only with --write, named uniquely,
    // and IN@NAME gives every command the frozen model, whose export has the baseline's hash;
    // an approval of a model with gaps needs --rationale; a baseline refuses --write; the
    // history lists every saved command with its author.
    void baselinesAndHistoryThroughTheCommandLine()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("pump.json");
        writeAll(input, kExample);
        const QString document = dir.filePath("pump.vigil");
        QCOMPARE(runCli({"import", input, "-o", document}).exitCode, 0);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("VIGIL_AUTHOR", "Ana Ito");

        const QByteArray untouched = readAll(document);
        const Run dry = runCli({"baseline", "create", document, "--name", "Rev A"}, environment);
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains("not written"), dry.out.constData());
        QVERIFY(readAll(document) == untouched);
        const Run made = runCli({"baseline", "create", document, "--name", "Rev A", "--comment",
                                 "design review 2", "--write"},
                                environment);
        QCOMPARE(made.exitCode, 0);
        const Run twice =
            runCli({"baseline", "create", document, "--name", "Rev A", "--write"}, environment);
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains("already has a baseline named \"Rev A\""),
                 twice.err.constData());

        const QJsonArray listed = QJsonDocument::fromJson(
            runCli({"baseline", "list", document, "--format", "json"}).out)
            .object()["baselines"].toArray();
        QCOMPARE(listed.size(), 1);
        const QJsonObject revA = listed[0].toObject();
        QCOMPARE(revA["name"].toString(), QStringLiteral("Rev A"));
        QCOMPARE(revA["author"].toString(), QStringLiteral("Ana Ito"));
        QCOMPARE(revA["comment"].toString(), QStringLiteral("design review 2"));
        QVERIFY(revA["intact"].toBool());

        // Anyone can check a baseline with standard tools: its export has its hash.
        const QString exported = dir.filePath("rev-a.json");
        QCOMPARE(runCli({"export", document + "@Rev A", "-o", exported}).exitCode, 0);
        QCOMPARE("sha256:" + QCryptographicHash::hash(readAll(exported),
                                                      QCryptographicHash::Sha256).toHex(),
                 revA["hash"].toString().toLatin1());

        // After an analysis, the model differs from Rev A by its threats.
        QCOMPARE(runCli({"analyze", document, "--write"}, environment).exitCode, 0);
        const Run since = runCli({"diff", document + "@Rev A", document, "--format", "text"});
        QCOMPARE(since.exitCode, 1);
        QVERIFY2(since.out.contains("threat"), since.out.constData());
        QCOMPARE(runCli({"diff", document + "@Rev A", exported}).exitCode, 0);

        // Rev B has undecided threats: an approval needs a rationale.
        QCOMPARE(runCli({"baseline", "create", document, "--name", "Rev B", "--write"},
                        environment)
                     .exitCode,
                 0);
        const QByteArray beforeApproval = readAll(document);
        const Run refused = runCli({"baseline", "approve", document, "--baseline", "Rev B", "--by",
                                    "Dr. Sato", "--role", "QA", "--write"});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("gaps") && refused.err.contains("--rationale"),
                 refused.err.constData());
        QVERIFY(readAll(document) == beforeApproval);
        const Run approved = runCli({"baseline", "approve", document, "--baseline", "Rev B",
                                     "--by", "Dr. Sato", "--role", "QA", "--meaning",
                                     "approved-for-release", "--rationale",
                                     "open threats go to review 3", "--write"},
                                    environment);
        QCOMPARE(approved.exitCode, 0);
        const QJsonObject revB = QJsonDocument::fromJson(
            runCli({"baseline", "list", document, "--format", "json"}).out)
            .object()["baselines"].toArray()[1].toObject();
        const QJsonObject approval = revB["approvals"].toArray()[0].toObject();
        QCOMPARE(approval["by"].toString(), QStringLiteral("Dr. Sato"));
        QCOMPARE(approval["meaning"].toString(), QStringLiteral("approved-for-release"));
        QCOMPARE(approval["rationale"].toString(), QStringLiteral("open threats go to review 3"));
        const Run badMeaning = runCli({"baseline", "approve", document, "--baseline", "Rev A",
                                       "--by", "Bo", "--meaning", "signed"});
        QCOMPARE(badMeaning.exitCode, 2);
        QVERIFY2(badMeaning.err.contains("unknown approval meaning \"signed\""),
                 badMeaning.err.constData());

        // A baseline never changes; a missing one is named with those there are.
        const Run frozen = runCli({"analyze", document + "@Rev A", "--write"});
        QCOMPARE(frozen.exitCode, 2);
        QVERIFY2(frozen.err.contains("\"Rev A\" is frozen"), frozen.err.constData());
        const Run missing = runCli({"check", document + "@Rev X"});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("no baseline named \"Rev X\"; the file has: Rev A, Rev B"),
                 missing.err.constData());
        QVERIFY(isOneLine(missing.err));

        // A report from Rev B names it and its approval.
        const QString html = dir.filePath("rev-b.html");
        const Run report = runCli({"report", document + "@Rev B", "--format", "html", "-o", html,
                                   "--date", "2026-12-02"});
        QCOMPARE(report.exitCode, 0);
        const QByteArray page = readAll(html);
        QVERIFY(page.contains("Approvals"));
        QVERIFY(page.contains("Dr. Sato"));
        QVERIFY(page.contains("pump.vigil@Rev B"));

        // The history: every command that wrote the file, in order, by whom.
        const QJsonArray history = QJsonDocument::fromJson(
            runCli({"history", document, "--format", "json"}).out)
            .object()["history"].toArray();
        QStringList actions;
        for (const QJsonValue &entry : history) {
            actions << entry.toObject()["action"].toString();
            QCOMPARE(entry.toObject()["author"].toString(), QStringLiteral("Ana Ito"));
        }
        QCOMPARE(actions, (QStringList{"vigil-cli baseline create --name Rev A",
                                       "vigil-cli analyze --write",
                                       "vigil-cli baseline create --name Rev B",
                                       "vigil-cli baseline approve --baseline Rev B --meaning "
                                       "approved-for-release"}));
        QVERIFY(history[1].toObject()["touched"].toInt() > 0);
        const Run text = runCli({"history", document});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.endsWith("4 entries\n"));
    }

    // The README's git merge driver, end to end: two branches change the model differently and
    // `git merge` calls vigil-cli; then two branches change the same field and the merge stops.
    void gitMergeDriverEndToEnd()
    {
        if (QStandardPaths::findExecutable("git").isEmpty())
            QSKIP("git is not installed");
        QTemporaryDir dir;
        const QString repo = dir.path();
        const auto git = [&](const QStringList &arguments) {
            QProcess process;
            process.setWorkingDirectory(repo);
            process.start("git", arguments);
            process.waitForFinished(60000);
            return std::pair{process.exitCode(), process.readAllStandardOutput()
                                                     + process.readAllStandardError()};
        };
        QCOMPARE(git({"init", "-q", "-b", "main"}).first, 0);
        git({"config", "user.email", "architect@example.com"});
        git({"config", "user.name", "Architect"});
        // The two lines the README gives.
        writeAll(repo + "/.gitattributes", "*.json merge=vigil\n");
        git({"config", "merge.vigil.name", "Vigil threat model merge"});
        git({"config", "merge.vigil.driver",
             QStringLiteral(VIGIL_CLI) + " merge %O %A %B -o %A --format text"});
        const QString model = repo + "/model.json";
        QCOMPARE(runCli({"export", QString::fromUtf8(VIGIL_SOURCE_DIR)
                                       + "/resources/examples/insulin-pump.json",
                         "-o", model})
                     .exitCode,
                 0);
        QCOMPARE(git({"add", "."}).first, 0);
        QCOMPARE(git({"commit", "-q", "-m", "Example"}).first, 0);
        const auto rename = [&](const char *element, const char *name) {
            const QString tmp = repo + "/renamed.json";
            QJsonObject document = QJsonDocument::fromJson(readAll(model)).object();
            QJsonArray elements = document["elements"].toArray();
            for (qsizetype i = 0; i < elements.size(); ++i) {
                QJsonObject e = elements[i].toObject();
                if (e["id"].toString() == QLatin1String(element)) {
                    e["name"] = name;
                    elements[i] = e;
                }
            }
            document["elements"] = elements;
            writeAll(tmp, QJsonDocument(document).toJson());
            // Written back as Vigil writes it, as a user's save would.
            QCOMPARE(runCli({"export", tmp, "-o", model}).exitCode, 0);
            QFile::remove(tmp);
        };
        git({"checkout", "-q", "-b", "firmware"});
        rename("pump-fw", "Pump firmware 3.1");
        QCOMPARE(git({"commit", "-q", "-am", "Firmware 3.1"}).first, 0);
        git({"checkout", "-q", "main"});
        rename("phone-app", "Companion app 2");
        QCOMPARE(git({"commit", "-q", "-am", "App 2"}).first, 0);
        const auto clean = git({"merge", "-q", "--no-edit", "firmware"});
        QVERIFY2(clean.first == 0, clean.second.constData());
        const QByteArray merged = readAll(model);
        QVERIFY(merged.contains("\"Pump firmware 3.1\""));
        QVERIFY(merged.contains("\"Companion app 2\""));
        QCOMPARE(runCli({"export", model, "-o", "-"}).out, merged); // as Vigil writes it

        git({"checkout", "-q", "-b", "rival"});
        rename("pump-fw", "Pump firmware 4");
        QCOMPARE(git({"commit", "-q", "-am", "Firmware 4"}).first, 0);
        git({"checkout", "-q", "main"});
        rename("pump-fw", "Pump firmware 3.2");
        QCOMPARE(git({"commit", "-q", "-am", "Firmware 3.2"}).first, 0);
        const auto conflicted = git({"merge", "--no-edit", "rival"});
        QVERIFY(conflicted.first != 0);
        QVERIFY2(conflicted.second.contains("conflict: element pump-fw"),
                 conflicted.second.constData());
        QVERIFY(readAll(model).contains("\"Pump firmware 3.2\"")); // ours, importable
        QCOMPARE(runCli({"export", model, "-o", "-"}).exitCode, 0);
    }

    // A flow removed from a JSON file by hand while a threat and the layout still name it: the
    // file imports with a warning per record, and the next analysis makes the threat obsolete.
    void handEditedFileImportsWithWarnings()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("pump.json");
        writeAll(input, kExample);
        const QString analysed = dir.filePath("pump.vigil");
        QCOMPARE(runCli({"import", input, "-o", analysed}).exitCode, 0);
        QCOMPARE(runCli({"analyze", analysed, "--write"}).exitCode, 0);
        const QString exported = dir.filePath("exported.json");
        QCOMPARE(runCli({"export", analysed, "-o", exported}).exitCode, 0);
        QJsonObject edited = QJsonDocument::fromJson(readAll(exported)).object();
        QCOMPARE(edited["flows"].toArray().size(), 1);
        edited["flows"] = QJsonArray();
        const QString editedFile = dir.filePath("edited.json");
        writeAll(editedFile, QJsonDocument(edited).toJson());

        const QString imported = dir.filePath("edited.vigil");
        const Run import = runCli({"import", editedFile, "-o", imported});
        QCOMPARE(import.exitCode, 0);
        const QList<QByteArray> warnings = import.err.trimmed().split('\n');
        QVERIFY2(warnings.size() > 3, import.err.constData()); // the route and each threat
        for (const QByteArray &line : warnings) {
            QVERIFY2(line.startsWith("vigil-cli: import: warning: " + editedFile.toUtf8()
                                     + ": $."),
                     line.constData());
            QVERIFY2(line.contains("\"f1\""), line.constData());
        }
        QVERIFY(import.err.contains(": $.diagrams[0].flows.f1: no flow with id \"f1\"; its "
                                    "route on the diagram is left out"));

        QCOMPARE(runCli({"analyze", imported, "--write"}).exitCode, 0);
        const QJsonArray threats =
            QJsonDocument::fromJson(runCli({"export", imported, "-o", "-"}).out)
                .object()["threats"].toArray();
        int onFlow = 0;
        for (const QJsonValue &value : threats) {
            const QJsonObject threat = value.toObject();
            if (!threat["targets"].toArray().contains("f1"))
                continue;
            ++onFlow;
            QCOMPARE(threat["status"].toString(), QStringLiteral("obsolete"));
        }
        QCOMPARE(onFlow, warnings.size() - 1);
        // Obsolete threats keep naming the flow as their history, without warnings.
        const Run again = runCli({"export", imported, "-o", dir.filePath("again.json")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.isEmpty(), again.err.constData());
    }

    void exportOfMissingFileNamesIt()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath("absent.vigil");
        const Run run = runCli({"export", missing, "-o", dir.filePath("out.json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.err), run.err.constData());
        QVERIFY2(run.err.contains(missing.toUtf8() + ": no such file"), run.err.constData());
        QVERIFY(!QFile::exists(dir.filePath("out.json")));
    }

    void malformedJsonIsRefused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("output");
        QTest::newRow("import") << "import" << "out.vigil";
        QTest::newRow("export") << "export" << "out.json";
    }

    void malformedJsonIsRefused()
    {
        QFETCH(QString, command);
        QFETCH(QString, output);
        QTemporaryDir dir;
        const QString input = dir.filePath("bad.json");
        writeAll(input, kMalformed);
        const Run run = runCli({command, input, "-o", dir.filePath(output)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.err), run.err.constData());
        QVERIFY2(run.err.contains(input.toUtf8() + ": $.elements[0].kind: expected"),
                 run.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(output)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void badImportLeavesExistingDocumentAlone()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath("good.json");
        writeAll(good, kExample);
        const QString document = dir.filePath("model.vigil");
        QCOMPARE(runCli({"import", good, "-o", document}).exitCode, 0);
        const QByteArray before = readAll(document);
        QVERIFY(!before.isEmpty());

        const QString bad = dir.filePath("bad.json");
        writeAll(bad, kMalformed);
        QCOMPARE(runCli({"import", bad, "-o", document}).exitCode, 2);
        QCOMPARE(readAll(document), before);
    }

    void synthIsDeterministicPerSeed()
    {
        QTemporaryDir dir;
        const auto synth = [&](const QString &seed, const QString &name) {
            const QString out = dir.filePath(name);
            const Run run = runCli({"synth", "--elements", "40", "--flows", "60", "--boundaries",
                                    "4", "--seed", seed, "-o", out});
            return run.exitCode == 0 ? readAll(out) : QByteArray();
        };
        const QByteArray first = synth("7", "a.json");
        QVERIFY(first.contains("\"format\": \"vigil-model\""));
        QCOMPARE(synth("7", "b.json"), first);
        const QByteArray other = synth("8", "c.json");
        QVERIFY(!other.isEmpty());
        QVERIFY(other != first);
    }

    void synthRejectsBadNumbers_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mention");
        QTest::newRow("words") << QStringList{"--elements", "ten"} << "--elements";
        QTest::newRow("negative") << QStringList{"--elements", "-3"} << "--elements";
        QTest::newRow("zero elements") << QStringList{"--elements", "0"} << "--elements";
        QTest::newRow("bad seed") << QStringList{"--elements", "5", "--seed", "x1"} << "--seed";
        QTest::newRow("missing elements") << QStringList{"--flows", "5"} << "--elements";
    }

    void synthRejectsBadNumbers()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mention);
        QTemporaryDir dir;
        const QString out = dir.filePath("synth.json");
        const Run run = runCli(QStringList{"synth"} + arguments + QStringList{"-o", out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.err), run.err.constData());
        QVERIFY2(run.err.contains(mention.toUtf8()), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void analyzePrintsTheContractJson()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("model.json");
        writeAll(input, kExample);
        const Run run = runCli({"analyze", input});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray threats = QJsonDocument::fromJson(run.out).object()["threats"].toArray();
        QVERIFY(threats.size() > 10);
        const QStringList categories{"spoofing", "tampering", "repudiation",
                                     "information-disclosure", "denial-of-service",
                                     "elevation-of-privilege"};
        QSet<QString> seenCategories;
        QSet<QString> ids;
        bool bolusFlowCrossingFound = false;
        for (const QJsonValue &value : threats) {
            const QJsonObject threat = value.toObject();
            for (const char *key : {"id", "number", "rule", "category", "targets", "title",
                                    "severity", "status"})
                QVERIFY2(threat.contains(QLatin1String(key)), key);
            QVERIFY(categories.contains(threat["category"].toString()));
            QCOMPARE(threat["status"].toString(), QStringLiteral("open"));
            seenCategories.insert(threat["category"].toString());
            ids.insert(threat["id"].toString());
            const QJsonArray targets = threat["targets"].toArray();
            if (targets.size() == 2 && targets[0] == "f1" && targets[1] == "tb-pump")
                bolusFlowCrossingFound = true;
        }
        QCOMPARE(seenCategories.size(), categories.size()); // all six STRIDE categories
        QCOMPARE(ids.size(), threats.size());               // ids are unique
        QVERIFY(bolusFlowCrossingFound); // the BLE bolus flow crosses the pump enclosure
    }

    void analyzeWriteKeepsNumbersAcrossRuns()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("model.json");
        const QString document = dir.filePath("model.vigil");
        writeAll(input, kExample);
        QCOMPARE(runCli({"import", input, "-o", document}).exitCode, 0);
        const Run first = runCli({"analyze", document, "--write"});
        QCOMPARE(first.exitCode, 0);
        // The stored threats now carry the numbers; a re-run reports the same ones.
        const Run second = runCli({"analyze", document});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out, first.out);
        const Run exported = runCli({"export", document, "-o", "-"});
        QVERIFY(QJsonDocument::fromJson(exported.out).object()["threats"].toArray().size() > 10);
        // JSON input cannot be written back: a clear refusal, nothing changed.
        const QByteArray before = readAll(input);
        const Run refused = runCli({"analyze", input, "--write"});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(isOneLine(refused.err), refused.err.constData());
        QCOMPARE(readAll(input), before);
    }

    // A name is kept once, in its element: a 2 MB name on an element 20 threats mention leaves
    // the file about as large after `analyze --write` (every threat held a copy before: a 10 MB
    // name grew the file from 10 to 220 MB), and every threat on the element still shows it.
    void longNameIsStoredOnce()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("model.json");
        const QString document = dir.filePath("model.vigil");
        const QByteArray longName(2 * 1000 * 1000, 'N');
        QByteArray model = kExample;
        model.replace("\"Pump firmware\"", "\"" + longName + "\"");
        writeAll(input, model);
        QCOMPARE(runCli({"import", input, "-o", document}).exitCode, 0);
        const qint64 imported = QFileInfo(document).size();
        const Run analysed = runCli({"analyze", document, "--write"});
        QCOMPARE(analysed.exitCode, 0);
        const qint64 written = QFileInfo(document).size();
        QVERIFY2(written < imported + longName.size() / 4,
                 qPrintable(QString("%1 -> %2 bytes").arg(imported).arg(written)));

        const Run exported = runCli({"export", document, "-o", "-"});
        QCOMPARE(exported.exitCode, 0);
        int naming = 0;
        for (const QJsonValue threat :
             QJsonDocument::fromJson(exported.out).object()["threats"].toArray())
            if (threat["targets"].toArray().first().toString() == "pump") {
                QVERIFY((threat["title"].toString() + threat["description"].toString())
                            .contains(QString::fromLatin1(longName)));
                ++naming;
            }
        QCOMPARE(naming, 9);
    }

    void analyzeTextFormatIsATable()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("model.json");
        writeAll(input, kExample);
        const Run run = runCli({"analyze", input, "--format", "text"});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("Pump firmware"));
        QCOMPARE(runCli({"analyze", input, "--format", "xml"}).exitCode, 2);
    }

    void rulesValidate()
    {
        QTemporaryDir dir;
        const QString good = QStringLiteral(VIGIL_SOURCE_DIR "/resources/rules/medical-device.json");
        QCOMPARE(runCli({"rules", "validate", good}).exitCode, 0);

        const QString bad = dir.filePath("bad-pack.json");
        writeAll(bad, R"({"format": "vigil-rule-pack", "formatVersion": 1,
            "id": "site", "version": "1.0", "title": "Site rules", "rules": [
            {"id": "SITE-1", "category": "tampering", "appliesTo": ["process"],
             "condition": "element.noSuchProperty and true", "severity": "high",
             "title": "t", "description": "d"}]}
)");
        const Run run = runCli({"rules", "validate", bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("SITE-1"), run.err.constData());
        QVERIFY2(run.err.contains("noSuchProperty"), run.err.constData());
        QVERIFY2(isOneLine(run.err), run.err.constData()); // the one error, with its column
        QVERIFY2(run.err.contains("column 1"), run.err.constData());
        // The same pack given to analyze refuses the whole run.
        const QString input = dir.filePath("model.json");
        writeAll(input, kExample);
        const Run analyze = runCli({"analyze", input, "--rules", bad});
        QCOMPARE(analyze.exitCode, 2);
        QVERIFY(analyze.out.isEmpty());
    }

    void cvssPrintsScoreAndSeverity_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("output");
        QTest::newRow("text")
            << QStringList{"cvss", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}
            << QByteArray("9.8 critical CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\n");
        QTest::newRow("text, metrics put in order")
            << QStringList{"cvss", "CVSS:3.1/S:C/AV:N/AC:L/PR:L/UI:N/C:H/I:H/A:H"}
            << QByteArray("9.9 critical CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H\n");
        QTest::newRow("text, no impact")
            << QStringList{"cvss", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", "--format",
                           "text"}
            << QByteArray("0.0 none CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N\n");
        QTest::newRow("json, v3.0")
            << QStringList{"cvss", "--format", "json",
                           "CVSS:3.0/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N"}
            << QByteArray(R"({"score": 3.1, "severity": "low", )"
                          R"("vector": "CVSS:3.0/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N", )"
                          R"("version": "3.0"})" "\n");
        QTest::newRow("json, capped at 10")
            << QStringList{"cvss", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", "--format=json"}
            << QByteArray(R"({"score": 10.0, "severity": "critical", )"
                          R"("vector": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", )"
                          R"("version": "3.1"})" "\n");
    }

    void cvssPrintsScoreAndSeverity()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, output);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, output);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        if (output.startsWith('{')) {
            QJsonParseError error;
            const QJsonObject json = QJsonDocument::fromJson(run.out, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(json.value("score").isDouble());
        }
    }

    void cvssRefusesMalformedVectors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("problem");
        QTest::newRow("bad value")
            << QStringList{"cvss", "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}
            << QByteArray(R"(metric AV: unknown value "X" (expected N, A, L or P))");
        QTest::newRow("missing metric")
            << QStringList{"cvss", "CVSS:3.1/AV:N/AC:L/UI:N/S:U/C:H/I:H/A:H"}
            << QByteArray("metric PR is missing");
        QTest::newRow("duplicate metric")
            << QStringList{"cvss", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/C:L", "--format",
                           "json"}
            << QByteArray("metric C appears twice");
        QTest::newRow("CVSS v4.0")
            << QStringList{"cvss",
                           "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"}
            << QByteArray("CVSS v4.0 is not supported yet");
        QTest::newRow("no vector") << QStringList{"cvss"} << QByteArray("missing argument");
        QTest::newRow("unknown format")
            << QStringList{"cvss", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "--format",
                           "xml"}
            << QByteArray("--format xml is not supported");
    }

    void cvssRefusesMalformedVectors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, problem);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.err), run.err.constData());
        QVERIFY2(run.err.startsWith("vigil-cli: cvss: " + problem), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void checkPrintsGapsAndExitsOne()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("model.json");
        const QString document = dir.filePath("model.vigil");
        writeAll(input, kExample);
        // Never analysed: the analysis is stale; nothing else is recorded yet.
        Run run = runCli({"check", input});
        QCOMPARE(run.exitCode, 1);
        QJsonArray gaps = QJsonDocument::fromJson(run.out).object()["gaps"].toArray();
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].toObject()["kind"].toString(), QString("analysis-stale"));
        QVERIFY(gaps[0].toObject()["ids"].isArray());
        QVERIFY(!gaps[0].toObject()["message"].toString().isEmpty());

        // Analysed: every threat is undecided, one gap each, naming the threat.
        QCOMPARE(runCli({"import", input, "-o", document}).exitCode, 0);
        QCOMPARE(runCli({"analyze", document, "--write"}).exitCode, 0);
        run = runCli({"check", document});
        QCOMPARE(run.exitCode, 1);
        gaps = QJsonDocument::fromJson(run.out).object()["gaps"].toArray();
        QVERIFY(gaps.size() > 10);
        for (const QJsonValue &gap : gaps) {
            QCOMPARE(gap.toObject()["kind"].toString(), QString("threat-undecided"));
            QVERIFY(gap.toObject()["ids"].toArray()[0].toString().startsWith("T-"));
        }
        const Run text = runCli({"check", document, "--format", "text"});
        QCOMPARE(text.exitCode, 1);
        QCOMPARE(text.out.count('\n'), gaps.size() + 1); // one line per gap, then the count
        QVERIFY(text.out.startsWith("threat-undecided: threat #1 "));

        const Run ignored = runCli({"check", document, "--ignore", "threat-undecided"});
        QCOMPARE(ignored.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(ignored.out).object()["gaps"].toArray().size(), 0);
    }

    void checkOfACompleteChainExitsZero()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("chain.json");
        writeAll(input, kCompleteChain);
        const Run run = runCli({"check", input, "--format", "text"});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("0 gaps\n"));
    }

    // A decided threat asks for a review of the threat model; the check gate names the gap and
    // its kind can be ignored like any other.
    void checkAsksForAReviewOfDecidedThreats()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("decided.json");
        QByteArray model = kCompleteChain;
        model.replace(R"("tests": [)",
                      R"("threats": [{"id": "T-1", "number": 1, "category": "spoofing",
                                      "status": "accepted", "justification": "Display only",
                                      "riskBefore": {"method": "matrix", "exploitability": 1,
                                                     "severity": 1}}],
                         "tests": [)");
        writeAll(input, model);
        const Run run = runCli({"check", input});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray gaps = QJsonDocument::fromJson(run.out).object()["gaps"].toArray();
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].toObject()["kind"].toString(), QString("review-missing"));
        QCOMPARE(gaps[0].toObject()["ids"].toArray(), QJsonArray());
        const Run ignored = runCli({"check", input, "--ignore", "review-missing", "--ignore",
                                    "review-overdue", "--format", "text"});
        QCOMPARE(ignored.exitCode, 0);
        QCOMPARE(ignored.out, QByteArray("0 gaps\n"));
    }

    void checkRefusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("problem");
        QTest::newRow("unknown kind") << QStringList{"check", "@IN", "--ignore", "typo"}
                                      << QByteArray("--ignore typo: unknown gap kind");
        QTest::newRow("unknown kind, every kind listed")
            << QStringList{"check", "@IN", "--ignore", "review"}
            << QByteArray("the kinds are threat-undecided, decision-without-justification, "
                          "mitigated-without-control, risk-missing, residual-risk-unaccepted, "
                          "mitigation-without-requirement, requirement-without-test, "
                          "test-not-passed, independence-violated, "
                          "transitional-without-rationale, analysis-stale, review-overdue, "
                          "review-missing, merge-conflict-open\n");
        QTest::newRow("bad format") << QStringList{"check", "@IN", "--format", "xml"}
                                    << QByteArray("--format xml is not supported");
        QTest::newRow("missing file") << QStringList{"check", "@MISSING"}
                                      << QByteArray("missing.vigil");
    }

    void checkRefusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, problem);
        QTemporaryDir dir;
        const QString input = dir.filePath("model.json");
        writeAll(input, kExample);
        arguments.replaceInStrings("@MISSING", dir.filePath("missing.vigil"));
        arguments.replaceInStrings("@IN", input);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.err), run.err.constData());
        QVERIFY2(run.err.contains(problem), run.err.constData());
    }

    void resultsFromCtestJUnit()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("tests.json");
        const QString document = dir.filePath("tests.vigil");
        writeAll(input, kAutomatedTests);
        QCOMPARE(runCli({"import", input, "-o", document}).exitCode, 0);
        const QString report = junitFile("ctest-output-junit.xml");
        const Run run = runCli({"results", document, report, "--write", "--format", "json",
                                "--date", "2026-12-01"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject outcome = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(outcome["updated"].toArray().size(), 3);
        QCOMPARE(outcome["missing"].toArray(), QJsonArray{"VT-004"});
        QStringList unmatched;
        for (const QJsonValue &c : outcome["unmatched"].toArray())
            unmatched << c.toObject()["case"].toString();
        QCOMPARE(unmatched, (QStringList{"firmware.fuzz_update_image", "log.timeout"}));

        const QByteArray stored = runCli({"export", document, "-o", "-"}).out;
        const QJsonObject failed = testRecord(stored, "VT-001");
        QCOMPARE(failed["result"].toString(), QString("fail"));
        QCOMPARE(failed["date"].toString(), QString("2026-11-30")); // the report's timestamp
        QCOMPARE(failed["evidence"].toString(),
                 report + "#bolus.rejects_replayed_command");
        QCOMPARE(testRecord(stored, "VT-002")["result"].toString(), QString("pass"));
        QCOMPARE(testRecord(stored, "VT-003")["result"].toString(), QString("not-run"));
        QCOMPARE(testRecord(stored, "VT-004")["result"].toString(), QString()); // untouched
        QCOMPARE(testRecord(stored, "VT-005")["evidence"].toString(), QString());

        // The gate sees the failure.
        const Run check = runCli({"check", document, "--format", "text"});
        QCOMPARE(check.exitCode, 1);
        QVERIFY(check.out.contains("test-not-passed: test VT-001 failed"));
    }

    void resultsRefuseBadReportsAndChangeNothing_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<QByteArray>("problem");
        QTest::newRow("DTD") << junitFile("handmade/billion-laughs.xml")
                             << QByteArray("a DTD (<!DOCTYPE ...>) is not allowed");
        QTest::newRow("truncated") << junitFile("handmade/truncated.xml") << QByteArray("line");
        QTest::newRow("not JUnit") << junitFile("handmade/not-junit.xml")
                                   << QByteArray("not a JUnit report");
        QTest::newRow("missing") << QString("no-such-report.xml")
                                 << QByteArray("no-such-report.xml");
    }

    void resultsRefuseBadReportsAndChangeNothing()
    {
        QFETCH(QString, report);
        QFETCH(QByteArray, problem);
        QTemporaryDir dir;
        const QString input = dir.filePath("tests.json");
        const QString document = dir.filePath("tests.vigil");
        writeAll(input, kAutomatedTests);
        QCOMPARE(runCli({"import", input, "-o", document}).exitCode, 0);
        const QByteArray before = readAll(document);
        // A good report first: nothing is written when any report is bad.
        const Run run = runCli({"results", document, junitFile("ctest-output-junit.xml"), report,
                                "--write"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.err), run.err.constData());
        QVERIFY2(run.err.startsWith("vigil-cli: results: "), run.err.constData());
        QVERIFY2(run.err.contains(problem), run.err.constData());
        QCOMPARE(readAll(document), before);
    }

    // Issue 15: an in-place save (--write) refuses a file that changed on disk since the command
    // read it, exits 2 saying so, and leaves the file as the other program wrote it. The
    // VIGIL_TEST_PAUSE_BEFORE_SAVE hook makes the race deterministic.
    void writeRefusesAFileChangedOnDisk()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("pump.json");
        const QString document = dir.filePath("pump.vigil");
        const QString other = dir.filePath("other.vigil");
        writeAll(input, kExample);
        QCOMPARE(runCli({"import", input, "-o", document}).exitCode, 0);
        QCOMPARE(runCli({"synth", "--elements", "5", "-o", other}).exitCode, 0);
        const QString hook = dir.filePath("hook");
        QVERIFY(QDir().mkpath(hook));

        QProcess analyze;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("VIGIL_TEST_PAUSE_BEFORE_SAVE", hook);
        analyze.setProcessEnvironment(environment);
        analyze.start(QStringLiteral(VIGIL_CLI), {"analyze", document, "--write"});
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(hook + "/loaded"), 60000);
        // Meanwhile another program replaces the file (another save, a git checkout).
        QVERIFY(std::rename(other.toLocal8Bit().constData(),
                            document.toLocal8Bit().constData())
                == 0);
        const QByteArray replaced = readAll(document);
        writeAll(hook + "/go", "");
        QVERIFY(analyze.waitForFinished(60000));
        QCOMPARE(analyze.exitCode(), 2);
        const QByteArray err = analyze.readAllStandardError();
        QVERIFY2(isOneLine(err), err.constData());
        QVERIFY2(err.contains("pump.vigil: the file changed on disk since it was read"),
                 err.constData());
        QCOMPARE(readAll(document), replaced);
    }

    // --- bounded parsers, refused inputs and failed outputs (issue 15)

    // What is not a regular file is refused before it is opened: a FIFO would block forever,
    // /dev/zero would be read until memory runs out.
    void inputThatIsNotAFileIsRefused()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath("model.json");
        QCOMPARE(mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
        for (const QString &input : {fifo, QStringLiteral("/dev/zero")}) {
            for (const QStringList &command :
                 {QStringList{"export", input, "-o", dir.filePath("out.json")},
                  QStringList{"analyze", input}, QStringList{"rules", "validate", input}}) {
                const Run run = runCli(command);
                QCOMPARE(run.exitCode, 2);
                QVERIFY2(isOneLine(run.err), run.err.constData());
                QVERIFY2(run.err.contains(input.toUtf8() + ": is not a regular file"),
                         run.err.constData());
            }
        }
        QVERIFY(!QFile::exists(dir.filePath("out.json")));
    }

    // Malformed JSON of every kind is one line naming the file and the JSON path in our words.
    void jsonProblemsAreOneLineNamingFileAndPath_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("expected"); // after "<file>: "
        QTest::newRow("100,000 nested arrays")
            << QByteArray(100000, '[') + QByteArray(100000, ']')
            << QByteArray("$[0][0][0][0][0]...[0][0][0][0][0][0][0]: arrays and objects nested "
                          "too deeply (more than 64 levels)");
        QTest::newRow("duplicate key")
            << QByteArray(R"({"format": "vigil-model", "formatVersion": 1, "format": "x"})")
            << QByteArray("$.format: the key \"format\" is given twice in one object");
        QTest::newRow("number overflow")
            << QByteArray(R"({"format": "vigil-model", "formatVersion": 1e5555})")
            << QByteArray("$.formatVersion: the number 1e5555 is too large (at line 1, column "
                          "44)");
    }

    void jsonProblemsAreOneLineNamingFileAndPath()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        const QString input = dir.filePath("model.json");
        writeAll(input, content);
        for (const QStringList &command :
             {QStringList{"export", input, "-o", "-"}, QStringList{"import", input, "-o",
                                                                    dir.filePath("m.vigil")},
              QStringList{"rules", "validate", input}}) {
            const Run run = runCli(command);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(isOneLine(run.err), run.err.constData());
            QVERIFY2(run.err.contains(input.toUtf8() + ": " + expected), run.err.constData());
            QVERIFY2(!run.err.contains("json.exception"), run.err.constData());
            QVERIFY(run.out.isEmpty());
        }
        QVERIFY(!QFile::exists(dir.filePath("m.vigil")));
    }

    void rulesValidateSaysAFolderIsAFolder()
    {
        QTemporaryDir dir;
        const Run run = runCli({"rules", "validate", dir.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.err), run.err.constData());
        QVERIFY2(run.err.contains(dir.path().toUtf8() + ": is a folder, not a rule pack"),
                 run.err.constData());
    }

    // A rule pack whose condition nests too deeply is refused naming pack, rule and column; a
    // 200,000-term "and" chain validates and analyses.
    void deepAndLongConditions()
    {
        QTemporaryDir dir;
        const auto pack = [&](const QString &name, const QString &condition) {
            const QString path = dir.filePath(name);
            writeAll(path, "{\"format\": \"vigil-rule-pack\", \"formatVersion\": 1, \"id\": "
                           "\"deep\", \"version\": \"1\", \"title\": \"Deep\", \"rules\": [{"
                           "\"id\": "
                           "\"D-1\", \"category\": \"tampering\", \"appliesTo\": \"flow\", "
                           "\"title\": \"t\", \"description\": \"d\", \"severity\": \"low\", "
                           "\"condition\": \""
                               + condition.toUtf8() + "\"}]}");
            return path;
        };
        const QString parens =
            pack("parens.json", QString(4500, '(') + "flow.encrypted" + QString(4500, ')'));
        Run run = runCli({"rules", "validate", parens});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.err), run.err.constData());
        QVERIFY2(run.err.contains(parens.toUtf8() + ": rule D-1: column 65: nested too deeply"),
                 run.err.constData());

        const QString chain =
            pack("chain.json", QStringList(200000, "not flow.encrypted").join(" and "));
        QCOMPARE(runCli({"rules", "validate", chain}).exitCode, 0);
        const QString input = dir.filePath("model.json");
        writeAll(input, kExample);
        run = runCli({"analyze", input, "--rules", chain});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("\"rule\": \"D-1\""), run.err.constData()); // f1 is unencrypted
    }

    void synthRefusesCountsBeyondItsLimits()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("big.json");
        const Run run = runCli({"synth", "--elements", "10", "--flows", "1000000000000", "-o",
                                out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.err), run.err.constData());
        QVERIFY2(run.err.contains("--flows 1000000000000 is too large; the most is 5000000"),
                 run.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    // Output that cannot be written fails the command (exit 2) naming the output, and leaves
    // no partial file. A symbolic link to /dev/full stands in for a full disk.
    void failedWritesExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments"); // IN is the example, OUT the output
        QTest::addColumn<QString>("output");        // "-": standard output
        QTest::newRow("export to stdout") << QStringList{"export", "IN", "-o", "-"} << "-";
        QTest::newRow("analyze") << QStringList{"analyze", "IN"} << "-";
        QTest::newRow("analyze, text") << QStringList{"analyze", "IN", "--format", "text"} << "-";
        QTest::newRow("check") << QStringList{"check", "IN"} << "-";
        QTest::newRow("export to a file") << QStringList{"export", "IN", "-o", "OUT"}
                                          << "out.json";
        QTest::newRow("render SVG") << QStringList{"render", "IN", "-o", "OUT"} << "out.svg";
        QTest::newRow("render PNG") << QStringList{"render", "IN", "-o", "OUT"} << "out.png";
        QTest::newRow("render PDF") << QStringList{"render", "IN", "--title", "-o", "OUT"}
                                    << "out.pdf";
    }

    void failedWritesExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, output);
        QTemporaryDir dir;
        const QString input = dir.filePath("model.json");
        writeAll(input, kExample);
        const QString out = dir.filePath(output);
        if (output != "-")
            QVERIFY(QFile::link("/dev/full", out));
        arguments.replaceInStrings(QRegularExpression("^IN$"), input);
        arguments.replaceInStrings(QRegularExpression("^OUT$"), out);

        QProcess process;
        process.setStandardOutputFile("/dev/full");
        process.start(QStringLiteral(VIGIL_CLI), arguments);
        QVERIFY(process.waitForFinished(120000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 2);
        QVERIFY2(isOneLine(err), err.constData());
        QVERIFY2(err.contains(output == "-" ? QByteArray("cannot write to standard output")
                                            : out.toUtf8() + ": cannot write"),
                 err.constData());
        QVERIFY2(err.contains("No space left on device"), err.constData());
        QVERIFY2(!err.contains("libpng"), err.constData());
        // Nothing but the input and the link: no temporary file left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                            | QDir::NoDotAndDotDot).size(),
                 output == "-" ? 1 : 2);
    }

    // Render writes the image atomically: a missing folder is an error naming it, and an
    // image that replaces another one is complete.
    void renderWritesAtomically()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("model.json");
        writeAll(input, kExample);
        const QString missing = dir.filePath("no/such/out.png");
        Run run = runCli({"render", input, "-o", missing});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.err), run.err.constData());
        QVERIFY2(run.err.contains(missing.toUtf8() + ": cannot write: folder"),
                 run.err.constData());
        const QString png = dir.filePath("out.png");
        writeAll(png, "old");
        QCOMPARE(runCli({"render", input, "-o", png}).exitCode, 0);
        QVERIFY(readAll(png).startsWith("\x89PNG\r\n\x1a\n"));
        QVERIFY(readAll(png).endsWith(QByteArray("IEND\xae\x42\x60\x82", 8)));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    // --- render for documents (issue 9)

    // A bad value is a usage error naming the option, on one line, and writes nothing.
    void renderRefusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("sourceDateEpoch"); // "": unset
        QTest::addColumn<QString>("named");
        QTest::newRow("paper") << QStringList{"--fit", "a3"} << ""
                               << "--fit a3: expected a4 or letter";
        QTest::newRow("paper, capitals") << QStringList{"--fit", "A4"} << "" << "--fit A4";
        QTest::newRow("no dpi") << QStringList{"--dpi", "0"} << "" << "--dpi 0: expected";
        QTest::newRow("words for dpi") << QStringList{"--dpi", "lots"} << "" << "--dpi lots";
        QTest::newRow("fractional dpi") << QStringList{"--dpi", "96.5"} << "" << "--dpi 96.5";
        QTest::newRow("zero scale") << QStringList{"--scale", "0"} << "" << "--scale 0: expected";
        QTest::newRow("scale of words") << QStringList{"--scale", "big"} << "" << "--scale big";
        QTest::newRow("negative scale") << QStringList{"--scale", "-1"} << "" << "--scale -1";
        QTest::newRow("date") << QStringList{"--date", "2025-02-30"} << ""
                              << "--date 2025-02-30: expected a date as YYYY-MM-DD";
        QTest::newRow("date format") << QStringList{"--date", "1.3.2025"} << ""
                                     << "--date 1.3.2025";
        QTest::newRow("fit and scale") << QStringList{"--fit", "a4", "--scale", "2"} << ""
                                       << "--scale and --fit exclude each other";
        QTest::newRow("SOURCE_DATE_EPOCH") << QStringList{} << "soon"
                                           << "SOURCE_DATE_EPOCH soon: expected seconds";
        QTest::newRow("missing value") << QStringList{"--dpi"} << ""
                                       << "option --dpi needs a value";
    }

    void renderRefusesBadOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, sourceDateEpoch);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString input = dir.filePath("model.json");
        writeAll(input, kExample);
        const QString out = dir.filePath("out.png");
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!sourceDateEpoch.isEmpty())
            environment.insert("SOURCE_DATE_EPOCH", sourceDateEpoch);
        const Run run = runCli(QStringList{"render", input, "-o", out} + options, environment);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.err), run.err.constData());
        QVERIFY2(run.err.startsWith("vigil-cli: render: "), run.err.constData());
        QVERIFY2(run.err.contains(named.toUtf8()), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void renderUnsupportedTypeNamesTheFile()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("model.json");
        writeAll(input, kExample);
        const Run run = runCli({"render", input, "-o", dir.filePath("out.gif")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("out.gif: unsupported file type; use .png, .svg or .pdf"),
                 run.err.constData());
    }

    // The example on A4: several landscape pages of vectors with a legend and a title block,
    // the same bytes for the same date.
    void renderFitsTheExampleOnPagesDeterministically()
    {
        QTemporaryDir dir;
        const QString example =
            QStringLiteral(VIGIL_SOURCE_DIR "/resources/examples/insulin-pump.json");
        const QString first = dir.filePath("first.pdf");
        const QString second = dir.filePath("second.pdf");
        const QStringList options{"--fit", "a4", "--legend", "--title", "--revision", "B",
                                  "--date", "2025-03-01"};
        Run run = runCli(QStringList{"render", example, "-o", first} + options);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        QThread::msleep(1100); // a creation time to the second would differ now
        QCOMPARE(runCli(QStringList{"render", example, "-o", second} + options).exitCode, 0);
        const QByteArray pdf = readAll(first);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf == readAll(second));
        QVERIFY(pdf.contains("/CreationDate (D:20250301000000"));
        QVERIFY(pdf.contains("/MediaBox [0 0 842"));         // A4 landscape, in points
        QVERIFY(!pdf.contains("/Subtype /Image"));          // vectors
        QVERIFY(pdf.count("/Type /Page\n") > 1);             // split, not shrunk into dust

        // SVG too, with the title block's date from SOURCE_DATE_EPOCH.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert("SOURCE_DATE_EPOCH", "1700000000"); // 2023-11-14T22:13:20Z
        const QString svg = dir.filePath("level0.svg");
        run = runCli({"render", example, "--title", "--legend", "-o", svg}, environment);
        QCOMPARE(run.exitCode, 0);
        const QByteArray drawing = readAll(svg);
        QVERIFY(drawing.contains("2023-11-14"));
        QVERIFY(drawing.contains("Connected insulin pump system"));
        QVERIFY(drawing.contains("Level 0 DFD"));
        QVERIFY(drawing.contains("Legend"));
        QVERIFY(drawing.contains("viewBox="));
        QCOMPARE(runCli({"render", example, "--title", "--legend", "-o",
                         dir.filePath("again.svg")},
                        environment)
                     .exitCode,
                 0);
        QVERIFY(drawing == readAll(dir.filePath("again.svg")));
        const QString pdf2023 = dir.filePath("2023.pdf");
        QCOMPARE(runCli({"render", example, "-o", pdf2023}, environment).exitCode, 0);
        QVERIFY(readAll(pdf2023).contains("/CreationDate (D:20231114221320"));
    }

    // A PNG fitted to paper that needs several pages is one image per page, OUT-1.png, ...;
    // an SVG holds one page, so it is refused, naming PDF and PNG.
    void renderFittedPagesAsImages()
    {
        QTemporaryDir dir;
        const QString example =
            QStringLiteral(VIGIL_SOURCE_DIR "/resources/examples/insulin-pump.json");
        const QString out = dir.filePath("level0.png");
        Run run = runCli({"render", example, "--fit", "letter", "--dpi", "50", "-o", out});
        QCOMPARE(run.exitCode, 0);
        const QStringList written = QString::fromUtf8(run.out).split('\n', Qt::SkipEmptyParts);
        QVERIFY(written.size() > 1);
        for (int i = 0; i < written.size(); ++i) {
            QCOMPARE(written[i], dir.filePath(QStringLiteral("level0-%1.png").arg(i + 1)));
            const PngInfo page = pngInfo(readAll(written[i]));
            QCOMPARE(page.size, QSize(550, 425)); // Letter landscape at 50 dpi
            QCOMPARE(page.dpi, 50);
        }
        QVERIFY(!QFile::exists(out));

        run = runCli({"render", example, "--fit", "a4", "-o", dir.filePath("level0.svg")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(isOneLine(run.err), run.err.constData());
        QVERIFY2(run.err.contains("an SVG file holds one") && run.err.contains("PDF"),
                 run.err.constData());
        QVERIFY(!QFile::exists(dir.filePath("level0.svg")));
    }

    // --dpi and --scale set a PNG's size: the 100% size in points at N dpi, times the scale.
    void renderScaleAndResolution()
    {
        QTemporaryDir dir;
        const QString input = dir.filePath("model.json");
        writeAll(input, kExample);
        const QString normal = dir.filePath("normal.png");
        const QString half = dir.filePath("half.png");
        QCOMPARE(runCli({"render", input, "-o", normal}).exitCode, 0);
        QCOMPARE(runCli({"render", input, "--dpi", "96", "--scale", "0.5", "-o", half}).exitCode,
                 0);
        const PngInfo big = pngInfo(readAll(normal));
        const PngInfo small = pngInfo(readAll(half));
        // 192 dpi by default; 96 dpi at half the size is a quarter of the width.
        QVERIFY2(std::abs(big.size.width() - 4 * small.size.width()) <= 4,
                 qPrintable(QStringLiteral("%1 %2").arg(big.size.width())
                                .arg(small.size.width())));
        QCOMPARE(big.dpi, 192);
        QCOMPARE(small.dpi, 96);
    }

    void renderHelpShowsTheOptions()
    {
        const Run run = runCli({"render", "--help"});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--fit a4|letter", "--legend", "--title", "--badges",
                                   "--dpi N", "--scale F", "--date YYYY-MM-DD", "OUT.pdf"})
            QVERIFY2(run.out.contains(option), option);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
