// .vigil store speed on a large model: 10,000 elements, 20,000 flows, 50 zones and one laid-out
// DFD (model/Synth.h). Goals: open <= 300 ms, save after one edit <= 20 ms.

#include "model/store/DocumentStore.h"
#include "model/Synth.h"

#include <QtTest>

#include <ctime>
#include <memory>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace vigil;

class BenchStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_model = synthesizeModel({10000, 20000, 50, 7});
        QCOMPARE(m_model.elementCount(), size_t(10000));
        QCOMPARE(m_model.flowCount(), size_t(20000));
        QVERIFY(!m_model.diagrams().empty());
        saveDocument(m_model, document(), SaveMode::Full);
        qInfo("document: %zu bytes; %zu nodes and %zu flow layouts on the first diagram",
              static_cast<size_t>(fs::file_size(document())),
              m_model.diagrams().front()->nodes.size(),
              m_model.diagrams().front()->flows.size());
    }

    void open()
    {
        // Kept until after the timing: closing a document is not part of opening it.
        std::vector<std::unique_ptr<LoadedDocument>> opened;
        const std::clock_t cpuStart = std::clock();
        QBENCHMARK {
            opened.push_back(std::make_unique<LoadedDocument>(loadDocument(document())));
        }
        reportCpuTime(cpuStart, opened.size());
        QCOMPARE(opened.back()->model.elementCount(), size_t(10000));
    }

    void saveAfterOneEdit()
    {
        LoadedDocument loaded = loadDocument(document());
        const Id id = loaded.model.elements()[4242]->id;
        int edits = 0;
        QBENCHMARK {
            Element element = *loaded.model.element(id);
            element.name = "Edited " + std::to_string(++edits);
            loaded.model.updateElement(element);
            saveDocument(loaded.model, document(), SaveMode::Incremental, loaded.stamp);
        }
        QCOMPARE(detail::rowsChangedByLastSave(), 1LL);
    }

    // Part of every save and every open: the content checksum walks the whole model.
    void checksum()
    {
        std::string value;
        QBENCHMARK {
            value = contentChecksum(m_model);
        }
        QCOMPARE(value.size(), size_t(16));
    }

    // For reference: Save As, import and first save write the whole file.
    void fullSave()
    {
        const fs::path copy = fs::path(m_dir.path().toStdString()) / "copy.vigil";
        QBENCHMARK {
            saveDocument(m_model, copy, SaveMode::Full);
        }
        QVERIFY(loadDocument(copy).model.sameContent(m_model));
    }

private:
    // The machine may be shared: processor time per iteration shows the store's own cost apart
    // from waiting for the disk or for other processes.
    static void reportCpuTime(std::clock_t start, size_t iterations)
    {
        const double milliseconds = 1000.0 * static_cast<double>(std::clock() - start)
                                    / CLOCKS_PER_SEC / static_cast<double>(iterations);
        qInfo("processor time: %.1f ms per iteration", milliseconds);
    }

    fs::path document() const { return fs::path(m_dir.path().toStdString()) / "large.vigil"; }

    QTemporaryDir m_dir;
    ThreatModel m_model;
};

QTEST_APPLESS_MAIN(BenchStore)
#include "bench_store.moc"
