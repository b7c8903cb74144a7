// `vigil-cli check` as a CI pipeline runs it, on a 10,000-element synthetic model (20,000 flows,
// ~170,000 threats) with a generated traceability chain: every threat decided and risk-scored,
// linked to one of 500 mitigations, each with two requirements, each with a test, a few gaps
// left in. Measured: the whole command (open the .vigil, resolve packs, check, print JSON) and
// the check alone. Goal: the whole command in well under the time a CI step notices (< 5 s).

#include "ChainModel.h"
#include "model/store/DocumentStore.h"
#include "stride/Engine.h"
#include "stride/Traceability.h"

#include <QtTest>

using namespace vigil;

// The gap counts asserted below are those of ChainModel.h's model at this size.
constexpr size_t kElements = 10000;

class BenchCheck : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QElapsedTimer timer;
        timer.start();
        m_model = bench::modelWithChain(kElements);
        m_path = m_dir.filePath(QStringLiteral("synth-chain.vigil"));
        saveDocument(m_model, m_path.toStdString(), SaveMode::Full);
        qInfo("model: %zu elements, %zu flows, %zu threats, %zu mitigations, %zu requirements, "
              "%zu tests (built and saved in %lld ms)",
              m_model.elementCount(), m_model.flowCount(), m_model.threats().size(),
              m_model.mitigations().size(), m_model.requirements().size(),
              m_model.tests().size(), static_cast<long long>(timer.elapsed()));
    }

    void checkFunction()
    {
        stride::CheckOptions options;
        for (const stride::RulePackPtr &pack : stride::shippedPacks())
            options.packVersions[pack->id()] = pack->version();
        std::vector<stride::Gap> gaps;
        QBENCHMARK {
            gaps = stride::checkTraceability(m_model, options);
        }
        std::map<std::string, int> kinds;
        for (const stride::Gap &gap : gaps)
            ++kinds[std::string(stride::toString(gap.kind))];
        for (const auto &[kind, count] : kinds)
            qInfo("%s: %d", kind.c_str(), count);
        // The failed tests (1000 / 97 rounded up), synth's transitional elements, which have
        // no rationale, and the review meeting the decided threats call for.
        QCOMPARE(kinds["test-not-passed"], 11);
        QVERIFY(kinds["transitional-without-rationale"] > 0);
        QCOMPARE(kinds["review-missing"], 1);
        QCOMPARE(kinds.size(), size_t(3));
    }

    // The whole command, as CI runs it: a process that opens the file and prints the gaps.
    void checkCommand()
    {
        QProcess process;
        int exitCode = -1;
        QByteArray out;
        QBENCHMARK {
            process.start(QStringLiteral(VIGIL_CLI), {QStringLiteral("check"), m_path});
            QVERIFY(process.waitForFinished(120000));
            exitCode = process.exitCode();
            out = process.readAllStandardOutput();
        }
        QCOMPARE(exitCode, 1);
        QVERIFY(out.contains("\"test-not-passed\""));
    }

private:
    QTemporaryDir m_dir;
    ThreatModel m_model;
    QString m_path;
};

QTEST_GUILESS_MAIN(BenchCheck)
#include "bench_check.moc"
