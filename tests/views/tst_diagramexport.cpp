// Diagrams fit for a document (issue 9): flow labels that never overlap each other or an
// element and are never cut, and the print API the report uses (DiagramExport.h): no badges or
// selection unless asked, a legend and title block when asked, well-formed SVG with a viewBox,
// PDF as vectors and byte for byte the same for the same date, readable text on paper.

#include "model/Synth.h"
#include "views/diagram/DiagramExport.h"
#include "views/diagram/DiagramItems.h"
#include "views/diagram/DiagramScene.h"
#include "views/diagram/ThreatBadges.h"
#include "views/document/Commands.h"
#include "views/document/Document.h"
#include "views/document/EditCommands.h"

#include <QBuffer>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>
#include <QThread>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace vigil;

namespace {

const QString kExample = QStringLiteral(VIGIL_SOURCE_DIR "/resources/examples/insulin-pump.json");

// The threat-count badge and selection colours (ThreatBadges.cpp, DiagramItems.cpp).
const QRgb kBadgeRed = qRgb(0xc6, 0x28, 0x28);
const QRgb kSelectionBlue = qRgb(0x1e, 0x7b, 0xd8);

Element element(const Id &id, ElementKind kind, const std::string &name)
{
    Element result;
    result.id = id;
    result.kind = kind;
    result.name = name;
    return result;
}

Flow flow(const Id &id, const Id &source, const Id &target, const std::string &name,
          const std::string &protocol = {})
{
    Flow result;
    result.id = id;
    result.source = source;
    result.target = target;
    result.name = name;
    result.protocol = protocol;
    return result;
}

// Two elements in a zone and one outside; one crossing flow, one inside.
ThreatModel smallModel()
{
    ThreatModel model;
    ModelInfo info;
    info.name = "Small pump";
    model.setInfo(info);
    model.addElement(element("app", ElementKind::ExternalEntity, "Phone app"));
    Element pump = element("pump", ElementKind::Process, "Pump firmware");
    pump.properties["safetyCritical"] = true;
    model.addElement(pump);
    model.addElement(element("log", ElementKind::DataStore, "Event log"));
    TrustBoundary zone;
    zone.id = "zone";
    zone.name = "Pump enclosure";
    zone.members = {"pump", "log"};
    model.addBoundary(zone);
    model.addFlow(flow("cmd", "app", "pump", "Bolus command", "BLE"));
    model.addFlow(flow("write", "pump", "log", "Events"));
    Diagram diagram;
    diagram.id = "dfd";
    diagram.name = "Level 0";
    model.addDiagram(diagram);
    model.setNodeRect("dfd", "app", {0, 100, 160, 80});
    model.setNodeRect("dfd", "zone", {300, 40, 300, 320});
    model.setNodeRect("dfd", "pump", {360, 100, 160, 80});
    model.setNodeRect("dfd", "log", {360, 240, 160, 80});
    model.setFlowLayout("dfd", "cmd", {});
    model.setFlowLayout("dfd", "write", {});
    return model;
}

std::vector<FlowItem *> flowsOf(DiagramScene &scene)
{
    std::vector<FlowItem *> flows;
    for (QGraphicsItem *item : scene.items())
        if (auto *flowItem = qgraphicsitem_cast<FlowItem *>(item); flowItem && flowItem->hasLabel())
            flows.push_back(flowItem);
    return flows;
}

// Every way a label can be in the way or cut, as one message per problem (empty: none).
QStringList labelProblems(DiagramScene &scene)
{
    QStringList problems;
    const std::vector<FlowItem *> flows = flowsOf(scene);
    const auto name = [](const FlowItem *item) { return QString::fromStdString(item->id()); };
    for (size_t i = 0; i < flows.size(); ++i) {
        const QRectF label = flows[i]->labelRect();
        for (size_t j = i + 1; j < flows.size(); ++j)
            if (label.intersects(flows[j]->labelRect()))
                problems << QStringLiteral("labels of %1 and %2 overlap")
                                .arg(name(flows[i]), name(flows[j]));
        for (QGraphicsItem *item : scene.items()) {
            auto *node = qgraphicsitem_cast<ElementItem *>(item);
            if (node && node->mapToScene(node->shape()).intersects(label))
                problems << QStringLiteral("label of %1 overlaps element %2")
                                .arg(name(flows[i]), QString::fromStdString(node->id()));
        }
        // Wrapped, never elided: the lines hold every character of the name and protocol.
        const QString lines = flows[i]->labelLines().join(QString());
        if (lines.contains(QChar(0x2026)) || QString(lines).remove(QLatin1Char(' '))
                                                 != flows[i]->name().remove(QLatin1Char(' ')))
            problems << QStringLiteral("label of %1 is cut: %2").arg(name(flows[i]), lines);
        const QString protocol = flows[i]->labelProtocolLines().join(QString());
        if (QString(protocol).remove(QLatin1Char(' '))
            != flows[i]->protocol().remove(QLatin1Char(' ')))
            problems << QStringLiteral("protocol of %1 is cut: %2").arg(name(flows[i]), protocol);
    }
    return problems;
}

int countPixels(const QImage &image, QRgb colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if ((image.pixel(x, y) & 0xffffff) == (colour & 0xffffff))
                ++count;
    return count;
}

QImage paintToImage(DiagramScene &scene, const DiagramPrintOptions &options)
{
    const QSizeF points = diagramPrintSize(scene, options);
    QImage image(points.toSize() * 2, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintDiagram(scene, painter, QRectF(QPointF(0, 0), QSizeF(image.size())), options);
    painter.end();
    return image;
}

bool hasThreatBadgeShown(DiagramScene &scene)
{
    for (QGraphicsItem *item : scene.items())
        if (item->type() == ThreatBadgeItem::Type && item->isVisible())
            return true;
    return false;
}

} // namespace

class tst_DiagramExport : public QObject {
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral(".*"))); }

    // --- flow labels

    void exampleLabelsNeitherOverlapNorAreCut_data()
    {
        QTest::addColumn<QString>("diagram");
        QTest::newRow("Level 0 DFD") << "dfd-level0";
        QTest::newRow("global system") << "view-global";
        QTest::newRow("multi-patient harm") << "view-multi-patient";
        QTest::newRow("updatability") << "view-update";
    }

    void exampleLabelsNeitherOverlapNorAreCut()
    {
        QFETCH(QString, diagram);
        Document document;
        QVERIFY(document.open(kExample));
        DiagramScene scene(&document, diagram.toStdString());
        QVERIFY(flowsOf(scene).size() >= 5);
        const QStringList problems = labelProblems(scene);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        // Nor do they hide an arrow head or a crossing marker.
        for (const FlowItem *label : flowsOf(scene))
            for (const FlowItem *other : flowsOf(scene))
                for (const QRectF &mark : other->markRects())
                    QVERIFY2(!label->labelRect().intersects(mark),
                             qPrintable(QStringLiteral("label of %1 hides a mark of %2")
                                            .arg(QString::fromStdString(label->id()),
                                                 QString::fromStdString(other->id()))));
    }

    void theLongNameOfTheExampleIsWrappedWhole()
    {
        // Issue 9 showed "encoder feedb..." here.
        Document document;
        QVERIFY(document.open(kExample));
        DiagramScene scene(&document, "dfd-level0");
        const FlowItem *motor = scene.flowItem("f-fw-motor");
        QVERIFY(motor);
        QVERIFY(motor->labelLines().size() > 1);
        QVERIFY2(motor->labelLines().join(QLatin1Char(' ')).endsWith(
                     QLatin1String("encoder feedback")),
                 qPrintable(motor->labelLines().join(QLatin1Char('|'))));
    }

    void labelsMoveOutOfTheWayOfAMovedElement()
    {
        Document document;
        QVERIFY(document.open(kExample));
        DiagramScene scene(&document, "dfd-level0");
        // Drop the CGM sensor onto the middle of the pump's labels, then a second element.
        const FlowItem *target = scene.flowItem("f-alarm-log");
        const QPointF at = target->labelRect().center();
        const Rect from = scene.elementItem("cgm")->modelRect();
        const Rect to{at.x() - 80, at.y() - 40, from.width, from.height};
        document.push(new MoveNodesCommand(&document, "dfd-level0", {{"cgm", from}},
                                           {{"cgm", to}}));
        QStringList problems = labelProblems(scene);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        // Dragged on screen, one step at a time.
        ElementItem *patient = scene.elementItem("patient");
        for (int step = 0; step < 30; ++step)
            patient->setPos(patient->pos() + QPointF(-12, 14));
        problems = labelProblems(scene);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        document.undoStack()->undo();
        problems = labelProblems(scene);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    void aLabelTheUserPlacedStaysAndOthersMakeWay()
    {
        Document document;
        QVERIFY(document.open(kExample));
        DiagramScene scene(&document, "dfd-level0");
        const FlowItem *other = scene.flowItem("f-alarm-log");
        const QPointF spot = other->labelRect().center();
        FlowLayout layout = document.model().diagram("dfd-level0")->flows.at("f-ui-fw");
        layout.labelPosition = Point{spot.x(), spot.y()};
        document.push(new SetFlowLayoutCommand(&document, "dfd-level0", "f-ui-fw", layout,
                                               QStringLiteral("Move flow label")));
        const FlowItem *placed = scene.flowItem("f-ui-fw");
        QCOMPARE(placed->labelRect().center(), spot);
        QVERIFY(!placed->labelRect().intersects(other->labelRect()));
    }

    void longNamesWrapInsteadOfEliding()
    {
        ThreatModel model = smallModel();
        Flow command = *model.flow("cmd");
        command.name = "Bolus command with the dose, the time it was asked for, the patient's "
                       "identifier and an antidisestablishmentarianistically long word";
        command.protocol = "Bluetooth Low Energy 5.2 with LE Secure Connections";
        model.updateFlow(command);
        Document document;
        document.setUntitledModel(std::move(model), QStringLiteral("small"));
        DiagramScene scene(&document, "dfd");
        QVERIFY(scene.flowItem("cmd")->labelLines().size() >= 3);
        const QStringList problems = labelProblems(scene);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    void aCrowdedSyntheticDiagramHasNoLabelCollisions()
    {
        SynthOptions options;
        options.elements = 120;
        options.flows = 200;
        options.boundaries = 4;
        options.seed = 11;
        Document document;
        document.setUntitledModel(synthesizeModel(options), QStringLiteral("synth"));
        DiagramScene scene(&document, document.model().diagrams().front()->id);
        const std::vector<FlowItem *> flows = flowsOf(scene);
        for (size_t i = 0; i < flows.size(); ++i)
            for (size_t j = i + 1; j < flows.size(); ++j)
                QVERIFY2(!flows[i]->labelRect().intersects(flows[j]->labelRect()),
                         qPrintable(QString::fromStdString(flows[i]->id() + " " + flows[j]->id())));
    }

    // --- the print API

    void badgesArePaintedOnlyWhenAsked()
    {
        Document document;
        document.setUntitledModel(smallModel(), QStringLiteral("small"));
        DiagramScene scene(&document, "dfd");
        applyThreatCounts(&scene, {{"pump", 4}, {"cmd", 2}});
        QVERIFY(hasThreatBadgeShown(scene));
        QCOMPARE(countPixels(paintToImage(scene, {}), kBadgeRed), 0);
        QVERIFY(hasThreatBadgeShown(scene)); // the GUI keeps them
        DiagramPrintOptions options;
        options.badges = true;
        QVERIFY(countPixels(paintToImage(scene, options), kBadgeRed) > 50);
        QVERIFY(hasThreatBadgeShown(scene));
    }

    void theSelectionIsNotPaintedAndStays()
    {
        Document document;
        document.setUntitledModel(smallModel(), QStringLiteral("small"));
        DiagramScene scene(&document, "dfd");
        QCOMPARE(scene.selectIds({"pump", "cmd"}), size_t(2));
        QCOMPARE(countPixels(paintToImage(scene, {}), kSelectionBlue), 0);
        QCOMPARE(scene.selectedIds(), (std::vector<Id>{"cmd", "pump"}));
    }

    void paintedScaledToFitAndCentred()
    {
        Document document;
        document.setUntitledModel(smallModel(), QStringLiteral("small"));
        DiagramScene scene(&document, "dfd");
        QImage image(1000, 1000, QImage::Format_RGB32);
        image.fill(Qt::black);
        QPainter painter(&image);
        const QRectF target(100, 200, 800, 600);
        paintDiagram(scene, painter, target, {});
        painter.end();
        // The diagram is wider than tall: it takes the whole width and is centred vertically.
        const QSizeF size = diagramPrintSize(scene, {});
        QVERIFY(size.width() > size.height());
        const double height = 800 * size.height() / size.width();
        const double top = 200 + (600 - height) / 2;
        QCOMPARE(image.pixel(101, qRound(top + 2)) & 0xffffff, 0xffffffu); // white background
        QCOMPARE(image.pixel(899, qRound(top + height - 3)) & 0xffffff, 0xffffffu);
        QCOMPARE(image.pixel(500, qRound(top - 3)) & 0xffffff, 0u);          // untouched
        QCOMPARE(image.pixel(500, qRound(top + height + 3)) & 0xffffff, 0u);
        QCOMPARE(image.pixel(98, 500) & 0xffffff, 0u);
    }

    void legendAndTitleBlockWhenAsked()
    {
        Document document;
        document.setUntitledModel(smallModel(), QStringLiteral("small"));
        DiagramScene scene(&document, "dfd");
        DiagramPrintOptions options;
        options.modelName = QStringLiteral("Small pump");
        options.diagramName = QStringLiteral("Level 0");
        options.revision = QStringLiteral("C.2");
        options.date = QStringLiteral("2025-03-01");
        const QSizeF plain = diagramPrintSize(scene, options);
        QByteArray svg = renderDiagramSvg(scene, options);
        for (const char *text : {"Legend", "External entity", "Trust zone", "Revision", "C.2"})
            QVERIFY2(!svg.contains(text), text);

        options.legend = true;
        const QSizeF withLegend = diagramPrintSize(scene, options);
        QVERIFY(withLegend.height() > plain.height());
        svg = renderDiagramSvg(scene, options);
        for (const char *text : {"Legend", "External entity", "Process", "Data store",
                                 "Trust zone", "Data flow", "crossing a trust boundary",
                                 "Safety-critical element"})
            QVERIFY2(svg.contains(text), text);
        QVERIFY(!svg.contains("Revision"));

        options.legend = false;
        options.titleBlock = true;
        QVERIFY(diagramPrintSize(scene, options).height() > plain.height());
        svg = renderDiagramSvg(scene, options);
        for (const char *text : {"Model", "Small pump", "Diagram", "Level 0", "Revision", "C.2",
                                 "Date", "2025-03-01"})
            QVERIFY2(svg.contains(text), text);
        QVERIFY(!svg.contains("Legend"));
    }

    void svgIsSelfContainedWithAViewBox()
    {
        // Hostile names come out as text: the SVG is inlined in the HTML report.
        ThreatModel model = smallModel();
        Element app = *model.element("app");
        app.name = "<script>alert(1)</script>";
        model.updateElement(app);
        Flow command = *model.flow("cmd");
        command.name = "\" onload=\"x";
        model.updateFlow(command);
        Document document;
        document.setUntitledModel(std::move(model), QStringLiteral("small"));
        DiagramScene scene(&document, "dfd");
        DiagramPrintOptions options;
        options.legend = options.titleBlock = true;
        options.modelName = QStringLiteral("R&D <model>");
        options.diagramName = QStringLiteral("Level 0 <draft> & \"quoted\"");
        const QByteArray svg = renderDiagramSvg(scene, options);
        QVERIFY(!svg.contains("<?xml")); // fine inline in HTML
        QVERIFY(svg.startsWith("<svg"));
        QXmlStreamReader xml(svg);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QLatin1String("svg"));
        const QStringList box = xml.attributes().value(QLatin1String("viewBox")).toString().split(
            QLatin1Char(' '));
        QCOMPARE(box.size(), 4);
        const QString width = xml.attributes().value(QLatin1String("width")).toString();
        const QString height = xml.attributes().value(QLatin1String("height")).toString();
        QVERIFY2(width.endsWith(QLatin1String("pt")) && height.endsWith(QLatin1String("pt")),
                 qPrintable(width + QLatin1Char(' ') + height));
        const QSizeF points = diagramPrintSize(scene, options);
        QCOMPARE(qRound(width.chopped(2).toDouble()), qRound(points.width()));
        QCOMPARE(qRound(height.chopped(2).toDouble()), qRound(points.height()));
        // The whole document parses, and the viewBox is the 100% size in scene units.
        QCOMPARE(qRound(box[2].toDouble() * kPointsPerSceneUnit), qRound(points.width()));
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(svg.contains("Level 0 &lt;draft&gt;"));
        QVERIFY(!svg.contains("<script") && !svg.contains("<draft") && !svg.contains("<model"));
        QVERIFY(!svg.contains("\" onload"));
        QVERIFY(svg.contains("&lt;script&gt;"));
    }

    void pdfIsVectorAndTheSameForTheSameDate()
    {
        Document document;
        QVERIFY(document.open(kExample));
        DiagramScene scene(&document, "dfd-level0");
        DiagramExportSettings settings;
        settings.print.legend = settings.print.titleBlock = true;
        settings.print.date = QStringLiteral("2025-03-01");
        settings.fit = Paper::A4;
        const QByteArray first = renderDiagramFiles(scene, QStringLiteral("d.pdf"), settings)
                                     .front()
                                     .bytes;
        QThread::msleep(1100); // Qt stamps the creation time to the second
        const QByteArray second = renderDiagramFiles(scene, QStringLiteral("d.pdf"), settings)
                                      .front()
                                      .bytes;
        QVERIFY(first.startsWith("%PDF-"));
        QVERIFY(first == second);
        QVERIFY(first.contains("/CreationDate (D:20250301000000"));
        QVERIFY(!first.contains("/Subtype /Image")); // vectors and text, no pictures
        QVERIFY(first.contains("/FontFile2"));       // the text is text
        int pages = 0;
        for (auto match = QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))
                              .globalMatch(QString::fromLatin1(first));
             match.hasNext(); match.next())
            ++pages;
        QCOMPARE(pages, paginateDiagram(scene, settings.print, Paper::A4).count());
    }

    void stampedCreationDateKeepsTheLength()
    {
        const QByteArray local("1 0 obj\n<<\n/CreationDate (D:20261201094710+09'00')\n>>");
        const QByteArray utc("1 0 obj\n<<\n/CreationDate (D:20261201004654Z)\n>>");
        const QDateTime when(QDate(2025, 3, 1), QTime(12, 30, 5), QTimeZone::utc());
        QCOMPARE(stampPdfCreationDate(local, when),
                 QByteArray("1 0 obj\n<<\n/CreationDate (D:20250301123005+00'00')\n>>"));
        QCOMPARE(stampPdfCreationDate(utc, when),
                 QByteArray("1 0 obj\n<<\n/CreationDate (D:20250301123005Z)\n>>"));
    }

    void fittedToPaperTheTextStaysReadable_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("A4") << int(Paper::A4);
        QTest::newRow("Letter") << int(Paper::Letter);
    }

    void fittedToPaperTheTextStaysReadable()
    {
        QFETCH(int, paper);
        Document document;
        QVERIFY(document.open(kExample));
        DiagramScene scene(&document, "dfd-level0");
        DiagramPrintOptions options;
        options.legend = options.titleBlock = true;
        const DiagramSheets sheets = paginateDiagram(scene, options, Paper(paper));
        QVERIFY(sheets.pageSize.width() > sheets.pageSize.height()); // landscape
        // The example is too wide for one page at 6 pt: it is split, never shrunk below that.
        QVERIFY(sheets.count() > 1);
        QCOMPARE(int(sheets.tiles.size()), sheets.count());
        QVERIFY(sheets.scale * kSmallestTextPixels * kPointsPerSceneUnit
                >= kMinimumPrintTextPoints - 1e-9);
        QVERIFY(sheets.scale <= 1.0);
        // The tiles cover the whole diagram.
        QRectF covered;
        for (const QRectF &tile : sheets.tiles)
            covered |= tile;
        const DiagramScene::PrintScope scope(scene, false);
        QVERIFY(covered.contains(scene.printRect()));

        // A small diagram fits one page, at no more than 100%.
        Document small;
        small.setUntitledModel(smallModel(), QStringLiteral("small"));
        DiagramScene smallScene(&small, "dfd");
        const DiagramSheets one = paginateDiagram(smallScene, options, Paper(paper));
        QCOMPARE(one.count(), 1);
        QCOMPARE(one.scale, 1.0);
    }

    void fittedFilesArePagesOrNumberedImages()
    {
        Document document;
        QVERIFY(document.open(kExample));
        DiagramScene scene(&document, "dfd-level0");
        DiagramExportSettings settings;
        settings.fit = Paper::A4;
        settings.dpi = 48;
        const std::vector<DiagramFile> images =
            renderDiagramFiles(scene, QStringLiteral("out/level0.png"), settings);
        QVERIFY(images.size() > 1);
        for (size_t i = 0; i < images.size(); ++i) {
            QCOMPARE(images[i].path, QStringLiteral("out/level0-%1.png").arg(i + 1));
            QImage page;
            QVERIFY(page.loadFromData(images[i].bytes, "PNG"));
            QCOMPARE(page.size(), QSize(562, 397)); // A4 landscape at 48 dpi
        }
        QVERIFY_THROWS_EXCEPTION(ExportError,
                                 renderDiagramFiles(scene, QStringLiteral("level0.svg"), settings));
        QVERIFY_THROWS_EXCEPTION(ExportError,
                                 renderDiagramFiles(scene, QStringLiteral("level0.gif"), {}));
    }

    void unfittedPngFollowsScaleAndResolution()
    {
        Document document;
        document.setUntitledModel(smallModel(), QStringLiteral("small"));
        DiagramScene scene(&document, "dfd");
        const QSizeF points = diagramPrintSize(scene, {});
        DiagramExportSettings settings;
        settings.dpi = 144;
        settings.scale = 0.5;
        QImage image;
        QVERIFY(image.loadFromData(
            renderDiagramFiles(scene, QStringLiteral("small.png"), settings).front().bytes));
        QCOMPARE(image.width(), qCeil(points.width() * 0.5 * 144 / 72 - 1e-6));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), 144);
    }
};

QTEST_MAIN(tst_DiagramExport)
#include "tst_diagramexport.moc"
