// Document: the model, its undo stack and its file, as the GUI uses them.

#include "views/document/Commands.h"
#include "views/document/Document.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace vigil;

namespace {

const QString kExample = QStringLiteral(VIGIL_SOURCE_DIR "/resources/examples/insulin-pump.json");

// The first node (element or zone) of the first diagram.
std::pair<Id, std::pair<Id, Rect>> firstNode(const Document &document)
{
    const Diagram *diagram = document.model().diagrams().front();
    const auto &[node, rect] = *diagram->nodes.begin();
    return {diagram->id, {node, rect}};
}

Rect movedBy(Rect rect, double dx, double dy)
{
    rect.x += dx;
    rect.y += dy;
    return rect;
}

} // namespace

class tst_Document : public QObject {
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    void opensTheExample()
    {
        Document document;
        QSignalSpy reset(&document, &Document::modelReset);
        QString error;
        QVERIFY2(document.open(kExample, &error), qPrintable(error));
        QCOMPARE(reset.count(), 1);
        QVERIFY(document.model().elementCount() > 0);
        QVERIFY(!document.model().diagrams().empty());
        QCOMPARE(document.displayName(), QStringLiteral("insulin-pump.json"));
        QCOMPARE(document.format(), ModelFormat::VigilJson);
        QVERIFY(!document.isModified());
        QVERIFY(!document.isUntitled());
    }

    void moveIsOneUndoStep()
    {
        Document document;
        QVERIFY(document.open(kExample));
        const auto [diagram, node] = firstNode(document);
        const Rect before = node.second;
        const Rect after = movedBy(before, 40, -20);
        QSignalSpy layout(&document, &Document::layoutChanged);

        document.push(new MoveNodesCommand(&document, diagram, {{node.first, before}},
                                           {{node.first, after}}));
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.model().diagram(diagram)->nodes.at(node.first), after);
        QCOMPARE(layout.count(), 1);
        QCOMPARE(layout.first().at(1).value<Id>(), node.first);

        document.undoStack()->undo();
        QCOMPARE(document.model().diagram(diagram)->nodes.at(node.first), before);
        document.undoStack()->redo();
        QCOMPARE(document.model().diagram(diagram)->nodes.at(node.first), after);
    }

    void nudgesMergeIntoOneStep()
    {
        Document document;
        QVERIFY(document.open(kExample));
        const auto [diagram, node] = firstNode(document);
        const Rect start = node.second;
        Rect current = start;
        for (int i = 0; i < 5; ++i) {
            const Rect next = movedBy(current, 1, 0);
            document.push(new MoveNodesCommand(&document, diagram, {{node.first, current}},
                                               {{node.first, next}},
                                               MoveNodesCommand::Kind::Nudge));
            current = next;
        }
        QCOMPARE(document.undoStack()->count(), 1);
        QCOMPARE(document.model().diagram(diagram)->nodes.at(node.first), movedBy(start, 5, 0));
        document.undoStack()->undo();
        QCOMPARE(document.model().diagram(diagram)->nodes.at(node.first), start);
    }

    void nudgesThatCancelOutLeaveNoStep()
    {
        Document document;
        QVERIFY(document.open(kExample));
        const auto [diagram, node] = firstNode(document);
        const Rect start = node.second;
        document.push(new MoveNodesCommand(&document, diagram, {{node.first, start}},
                                           {{node.first, movedBy(start, 1, 0)}},
                                           MoveNodesCommand::Kind::Nudge));
        document.push(new MoveNodesCommand(&document, diagram,
                                           {{node.first, movedBy(start, 1, 0)}},
                                           {{node.first, start}}, MoveNodesCommand::Kind::Nudge));
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
    }

    void unchangedMoveIsDropped()
    {
        Document document;
        QVERIFY(document.open(kExample));
        const auto [diagram, node] = firstNode(document);
        document.push(new MoveNodesCommand(&document, diagram, {{node.first, node.second}},
                                           {{node.first, node.second}}));
        QCOMPARE(document.undoStack()->count(), 0);
        QVERIFY(!document.isModified());
    }

    void renameUndoes_data()
    {
        QTest::addColumn<QString>("item");
        QTest::newRow("element") << QStringLiteral("pump-fw");
        QTest::newRow("flow") << QStringLiteral("f-phone-pump");
        QTest::newRow("trust zone") << QStringLiteral("tb-cloud");
    }

    void renameUndoes()
    {
        QFETCH(QString, item);
        Document document;
        QVERIFY(document.open(kExample));
        const Id id = item.toStdString();
        auto nameOf = [&] {
            const ThreatModel &model = document.model();
            if (const Element *element = model.element(id))
                return element->name;
            if (const Flow *flow = model.flow(id))
                return flow->name;
            const TrustBoundary *zone = model.boundary(id);
            return zone ? zone->name : std::string("<missing>");
        };
        QVERIFY2(nameOf() != "<missing>", "the example must contain the item");
        const std::string original = nameOf();
        QSignalSpy elements(&document, &Document::elementChanged);
        QSignalSpy flows(&document, &Document::flowChanged);
        QSignalSpy zones(&document, &Document::boundaryChanged);

        document.push(new RenameCommand(&document, id, "Renamed 名前"));
        QCOMPARE(nameOf(), std::string("Renamed 名前"));
        QCOMPARE(elements.count() + flows.count() + zones.count(), 1);
        document.undoStack()->undo();
        QCOMPARE(nameOf(), original);
    }

    void setPropertyUndoes()
    {
        Document document;
        QVERIFY(document.open(kExample));
        const Id id = "pump-ble";
        const auto before = document.model().element(id)->properties;
        document.push(new SetPropertyCommand(&document, id, "encryptedAtRest", true));
        QCOMPARE(std::get<bool>(document.model().element(id)->properties.at("encryptedAtRest")),
                 true);
        document.undoStack()->undo();
        QCOMPARE(document.model().element(id)->properties, before);
    }

    void removeElementRestoresFlows()
    {
        Document document;
        QVERIFY(document.open(kExample));
        const ThreatModel original = document.model();
        QSignalSpy flowsRemoved(&document, &Document::flowRemoved);
        document.push(new RemoveElementCommand(&document, "pump-ble"));
        QVERIFY(!document.model().element("pump-ble"));
        QVERIFY(flowsRemoved.count() > 0);
        document.undoStack()->undo();
        QVERIFY(document.model().sameContent(original));
    }

    void modifiedFollowsCleanState()
    {
        Document document;
        QVERIFY(document.open(kExample));
        QSignalSpy modified(&document, &Document::modifiedChanged);
        document.push(new RenameCommand(&document, "pump-fw", "Therapy controller v2"));
        QVERIFY(document.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.last().at(0).toBool(), true);
        document.undoStack()->undo();
        QVERIFY(!document.isModified());
        QCOMPARE(modified.last().at(0).toBool(), false);
        document.undoStack()->redo();
        QVERIFY(document.isModified());
    }

    void saveAndReopenRoundTrip_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow(".vigil document") << QStringLiteral("pump.vigil");
        QTest::newRow("vigil-model JSON") << QStringLiteral("pump.json");
    }

    void saveAndReopenRoundTrip()
    {
        QFETCH(QString, fileName);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(fileName);

        Document document;
        QVERIFY(document.open(kExample));
        const auto [diagram, node] = firstNode(document);
        const Rect moved = movedBy(node.second, 80, 60);
        document.push(new MoveNodesCommand(&document, diagram, {{node.first, node.second}},
                                           {{node.first, moved}}));
        QSignalSpy fileChanged(&document, &Document::fileChanged);
        QString error;
        QVERIFY2(document.saveAs(path, &error), qPrintable(error));
        QVERIFY(!document.isModified());
        QCOMPARE(document.displayName(), fileName);
        QCOMPARE(fileChanged.count(), 1);

        Document reopened;
        QVERIFY2(reopened.open(path, &error), qPrintable(error));
        QVERIFY(reopened.model().sameContent(document.model()));

        // A second edit, saved in place (incrementally for .vigil), survives as well.
        document.push(new RenameCommand(&document, "pump-fw", "Therapy controller v2"));
        QVERIFY2(document.save(&error), qPrintable(error));
        QVERIFY(!document.isModified());
        Document again;
        QVERIFY2(again.open(path, &error), qPrintable(error));
        QCOMPARE(again.model().element("pump-fw")->name, std::string("Therapy controller v2"));
        QCOMPARE(again.model().diagram(diagram)->nodes.at(node.first), moved);
    }

    void untitledSaveAsksForName()
    {
        Document document;
        document.newModel();
        QVERIFY(document.isUntitled());
        QCOMPARE(document.model().diagrams().size(), size_t(1));
        QString error;
        QVERIFY(!document.save(&error));
        QVERIFY(!error.isEmpty());
    }

    void badFileKeepsCurrentModel_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("create");
        QTest::newRow("not a model") << QByteArray("hello, world\n") << true;
        QTest::newRow("truncated JSON")
            << QByteArray("{\"format\": \"vigil-model\", \"formatVersion\": 1, \"elem") << true;
        QTest::newRow("wrong JSON format")
            << QByteArray("{\"format\": \"something-else\", \"formatVersion\": 1}") << true;
        QTest::newRow("missing file") << QByteArray() << false;
    }

    void badFileKeepsCurrentModel()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, create);
        QTemporaryDir folder;
        const QString bad = folder.filePath(QStringLiteral("broken-model.json"));
        if (create) {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        Document document;
        QVERIFY(document.open(kExample));
        document.push(new RenameCommand(&document, "pump-fw", "Edited before the failed open"));
        const ThreatModel before = document.model();
        QSignalSpy reset(&document, &Document::modelReset);

        QString error;
        QVERIFY(!document.open(bad, &error));
        QVERIFY2(error.contains(QStringLiteral("broken-model.json")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
        QCOMPARE(reset.count(), 0);
        QVERIFY(document.model().sameContent(before));
        QCOMPARE(document.displayName(), QStringLiteral("insulin-pump.json"));
        QVERIFY(document.isModified());
        QCOMPARE(document.undoStack()->count(), 1);
    }
};

QTEST_MAIN(tst_Document)
#include "tst_document.moc"
