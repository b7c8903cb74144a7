// Enumeration speed: a synthetic model of 1,000 and of 10,000 elements (twice as many flows)
// analysed with both shipped packs. Goal: <= 100 ms for 10,000 elements on a 2-core machine,
// cost linear in elements x rules. Reconciliation into an empty model is measured apart: it
// materialises every threat record (title, description, why) and is not part of enumeration.

#include "model/Synth.h"
#include "stride/Engine.h"

#include <QtTest>

using namespace vigil;
using namespace vigil::stride;

class BenchAnalyze : public QObject {
    Q_OBJECT

private slots:
    void analyze_data()
    {
        QTest::addColumn<int>("elements");
        QTest::newRow("1000 elements, 2000 flows") << 1000;
        QTest::newRow("10000 elements, 20000 flows") << 10000;
    }

    void analyze()
    {
        QFETCH(int, elements);
        const auto count = static_cast<size_t>(elements);
        const ThreatModel model = synthesizeModel({count, count * 2, 50, 1});
        const std::vector<RulePackPtr> &packs = shippedPacks();
        size_t threats = stride::analyze(model, packs).threatCount(); // warm-up run
        QBENCHMARK {
            threats = stride::analyze(model, packs).threatCount();
        }
        qInfo("%d elements, %zu flows: %zu threats", elements, model.flowCount(), threats);
        QVERIFY(threats > count * 5);
    }

    void reconcile_data() { analyze_data(); }

    void reconcile()
    {
        QFETCH(int, elements);
        const auto count = static_cast<size_t>(elements);
        const ThreatModel model = synthesizeModel({count, count * 2, 50, 1});
        const Analysis analysis = stride::analyze(model, shippedPacks());
        ThreatModel target = model; // copying and freeing 10^5 records is not reconciliation
        ReconcileResult result;
        QBENCHMARK_ONCE {
            result = stride::reconcile(target, analysis);
        }
        QCOMPARE(result.added, analysis.threatCount());
    }
};

QTEST_APPLESS_MAIN(BenchAnalyze)
#include "bench_analyze.moc"
