#include "model/AutoLayout.h"
#include "model/ModelFile.h"
#include "model/json/JsonInterchange.h"
#include "model/Synth.h"
#include "model/ThreatModel.h"

#include <QtTest>

#include <algorithm>
#include <functional>
#include <map>

using namespace vigil;

namespace {

using Builder = std::function<ThreatModel()>;

Element makeElement(const Id &id, ElementKind kind = ElementKind::Process)
{
    Element element;
    element.id = id;
    element.kind = kind;
    element.name = id;
    return element;
}

void addFlow(ThreatModel &model, const Id &id, const Id &source, const Id &target)
{
    Flow flow;
    flow.id = id;
    flow.source = source;
    flow.target = target;
    model.addFlow(flow);
}

void addZone(ThreatModel &model, const Id &id, const Id &parent, std::set<Id> members)
{
    TrustBoundary zone;
    zone.id = id;
    zone.name = id;
    zone.parent = parent;
    zone.members = std::move(members);
    model.addBoundary(zone);
}

void addDiagram(ThreatModel &model, const Id &id = "dfd")
{
    Diagram diagram;
    diagram.id = id;
    diagram.name = "Level 0";
    model.addDiagram(diagram);
}

ThreatModel chain()
{
    ThreatModel model;
    for (const char *id : {"a", "b", "c"})
        model.addElement(makeElement(id));
    addFlow(model, "f1", "a", "b");
    addFlow(model, "f2", "b", "c");
    addDiagram(model);
    return model;
}

ThreatModel cycle()
{
    ThreatModel model = chain();
    addFlow(model, "f3", "c", "a");
    addFlow(model, "f4", "b", "a");
    return model;
}

// Zones three deep, with members at every depth, and flows crossing each level.
ThreatModel nested()
{
    ThreatModel model;
    for (const char *id : {"out1", "out2", "a1", "a2", "b1", "b2", "c1", "c2", "c3", "d1"})
        model.addElement(makeElement(id));
    addZone(model, "za", "", {"a1", "a2"});
    addZone(model, "zb", "za", {"b1", "b2"});
    addZone(model, "zc", "zb", {"c1", "c2", "c3"});
    addZone(model, "zd", "", {"d1"});
    addZone(model, "zempty", "za", {});
    addZone(model, "zinner", "zempty", {});
    addFlow(model, "f01", "out1", "c1");
    addFlow(model, "f02", "c1", "c2");
    addFlow(model, "f03", "c2", "b1");
    addFlow(model, "f04", "b1", "a1");
    addFlow(model, "f05", "a1", "out2");
    addFlow(model, "f06", "c3", "d1");
    addFlow(model, "f07", "d1", "a2");
    addFlow(model, "f08", "b2", "c3");
    addFlow(model, "f09", "out2", "out1");
    addDiagram(model);
    return model;
}

// One zone with many members and dense flows among them, plus a few outsiders.
ThreatModel crowdedZone()
{
    ThreatModel model;
    std::set<Id> members;
    for (int i = 0; i < 150; ++i) {
        const Id id = "m" + std::to_string(1000 + i);
        model.addElement(makeElement(id));
        members.insert(id);
    }
    for (int i = 0; i < 5; ++i)
        model.addElement(makeElement("x" + std::to_string(i), ElementKind::ExternalEntity));
    addZone(model, "zone", "", members);
    for (int i = 0; i < 300; ++i) {
        const Id source = "m" + std::to_string(1000 + (i * 7) % 150);
        const Id target = "m" + std::to_string(1000 + (i * 13 + 5) % 150);
        if (source != target)
            addFlow(model, "f" + std::to_string(i), source, target);
    }
    for (int i = 0; i < 5; ++i)
        addFlow(model, "g" + std::to_string(i), "x" + std::to_string(i),
                "m" + std::to_string(1000 + i * 30));
    addDiagram(model);
    return model;
}

ThreatModel synth(size_t elements, size_t flows, size_t boundaries)
{
    SynthOptions options;
    options.elements = elements;
    options.flows = flows;
    options.boundaries = boundaries;
    options.seed = 42;
    ThreatModel model = synthesizeModel(options);
    // Start from nothing placed, so the test sees layoutDiagram's work alone.
    model.removeDiagram("dfd-main");
    addDiagram(model);
    return model;
}

// A model file from the source tree, laid out afresh on one diagram named "dfd".
ThreatModel fromFile(const char *relative)
{
    const std::string text = readInputFile(std::string(VIGIL_SOURCE_DIR) + "/" + relative,
                                           1 << 24, "model");
    ThreatModel model = modelFromJson(text);
    for (const Diagram *diagram : model.diagrams())
        model.removeDiagram(diagram->id);
    addDiagram(model);
    return model;
}

Point centre(const Rect &rect)
{
    return {rect.x + rect.width / 2, rect.y + rect.height / 2};
}

// Whether the segment from a to b passes through the inside of `rect` shrunk by `inset` on
// every side (Liang-Barsky clipping).
bool entersRect(Point a, Point b, const Rect &rect, double inset)
{
    const double left = rect.x + inset;
    const double right = rect.x + rect.width - inset;
    const double top = rect.y + inset;
    const double bottom = rect.y + rect.height - inset;
    double enter = 0;
    double leave = 1;
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    for (const auto &[p, q] : {std::pair{-dx, a.x - left}, std::pair{dx, right - a.x},
                               std::pair{-dy, a.y - top}, std::pair{dy, bottom - a.y}}) {
        if (p == 0) {
            if (q <= 0)
                return false;
            continue;
        }
        const double t = q / p;
        if (p < 0)
            enter = std::max(enter, t);
        else
            leave = std::min(leave, t);
    }
    return enter < leave;
}

bool contains(const Rect &rect, Point at)
{
    return at.x > rect.x && at.x < rect.x + rect.width && at.y > rect.y
           && at.y < rect.y + rect.height;
}

// Every way the drawn flows of `diagram` pass over something they should not: an element that is
// not their end, a zone neither end is in, or out of and back into a zone.
QStringList flowsOverForeignShapes(const ThreatModel &model, const Diagram &diagram)
{
    QStringList problems;
    for (const Flow *flow : model.flows()) {
        if (flow->source == flow->target)
            continue;
        std::vector<Point> line{centre(diagram.nodes.at(flow->source))};
        const auto &bends = diagram.flows.at(flow->id).bends;
        line.insert(line.end(), bends.begin(), bends.end());
        line.push_back(centre(diagram.nodes.at(flow->target)));
        const QString name = QString::fromStdString(flow->id);
        for (const Element *element : model.elements()) {
            if (element->id == flow->source || element->id == flow->target)
                continue;
            const Rect &rect = diagram.nodes.at(element->id);
            for (size_t i = 0; i + 1 < line.size(); ++i)
                if (entersRect(line[i], line[i + 1], rect, 1)) {
                    problems << name + " over element " + QString::fromStdString(element->id);
                    break;
                }
        }
        for (const TrustBoundary *zone : model.boundaries()) {
            const Rect &rect = diagram.nodes.at(zone->id);
            std::vector<bool> inside;
            for (const Point &at : line)
                inside.push_back(contains(rect, at));
            int changes = 0;
            bool reentered = false;
            for (size_t i = 0; i + 1 < line.size(); ++i) {
                changes += inside[i] != inside[i + 1] ? 1 : 0;
                if (!inside[i] && !inside[i + 1] && entersRect(line[i], line[i + 1], rect, 1))
                    reentered = true;
            }
            const int crossings = inside.front() != inside.back() ? 1 : 0;
            if (changes != crossings || reentered)
                problems << name + " over zone " + QString::fromStdString(zone->id);
        }
    }
    return problems;
}

bool overlaps(const Rect &a, const Rect &b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height
           && b.y < a.y + a.height;
}

// Strictly inside: `inner` keeps a margin from every edge of `outer`.
bool strictlyInside(const Rect &inner, const Rect &outer)
{
    return inner.x > outer.x && inner.y > outer.y
           && inner.x + inner.width < outer.x + outer.width
           && inner.y + inner.height < outer.y + outer.height;
}

QString describe(const Id &id, const Rect &rect)
{
    return QStringLiteral("%1 (%2, %3, %4 x %5)")
        .arg(QString::fromStdString(id))
        .arg(rect.x)
        .arg(rect.y)
        .arg(rect.width)
        .arg(rect.height);
}

} // namespace

Q_DECLARE_METATYPE(Builder)

class TestLayout : public QObject {
    Q_OBJECT

private slots:
    void placesEverythingWithoutOverlap_data();
    void placesEverythingWithoutOverlap();
    void flowsReadLeftToRight();
    void flowsGoAroundElementsAndForeignZones_data();
    void flowsGoAroundElementsAndForeignZones();
    void isDeterministic();
    void relayoutOfUnchangedModelTouchesNothing();
    void replacesPreviousLayout();
    void largeModelKeepsAReadableAspect();
    void crowdedLayersWrapIntoShortColumns_data();
    void crowdedLayersWrapIntoShortColumns();
    void unknownDiagramIsRejected();
};

void TestLayout::placesEverythingWithoutOverlap_data()
{
    QTest::addColumn<Builder>("build");
    QTest::newRow("three elements in a chain") << Builder(chain);
    QTest::newRow("cycle") << Builder(cycle);
    QTest::newRow("zones nested three deep, empty zones") << Builder(nested);
    QTest::newRow("one zone with 150 members") << Builder(crowdedZone);
    QTest::newRow("synthetic, 500 elements") << Builder([] { return synth(500, 1000, 10); });
    QTest::newRow("synthetic, 3000 elements") << Builder([] { return synth(3000, 6000, 25); });
}

void TestLayout::placesEverythingWithoutOverlap()
{
    QFETCH(Builder, build);
    ThreatModel model = build();
    layoutDiagram(model, "dfd");
    const Diagram &diagram = *model.diagram("dfd");

    const auto elements = model.elements();
    std::vector<std::pair<Id, Rect>> elementRects;
    for (const Element *element : elements) {
        auto it = diagram.nodes.find(element->id);
        QVERIFY2(it != diagram.nodes.end(), element->id.c_str());
        QCOMPARE(it->second.width, kElementWidth);
        QCOMPARE(it->second.height, kElementHeight);
        elementRects.emplace_back(element->id, it->second);
    }
    // Large models get our own layout, with straight flows.
    const bool large = model.elements().size() + model.boundaries().size() > kGraphvizLayoutLimit;
    for (const Flow *flow : model.flows()) {
        auto it = diagram.flows.find(flow->id);
        QVERIFY2(it != diagram.flows.end(), flow->id.c_str());
        QVERIFY(!large || it->second.bends.empty());
    }

    // No two elements overlap (sweep over rectangles sorted by x).
    std::sort(elementRects.begin(), elementRects.end(),
              [](const auto &a, const auto &b) { return a.second.x < b.second.x; });
    for (size_t i = 0; i < elementRects.size(); ++i) {
        const Rect &a = elementRects[i].second;
        for (size_t j = i + 1; j < elementRects.size() && elementRects[j].second.x < a.x + a.width;
             ++j) {
            const Rect &b = elementRects[j].second;
            QVERIFY2(!overlaps(a, b), qPrintable(describe(elementRects[i].first, a) + " overlaps "
                                                 + describe(elementRects[j].first, b)));
        }
    }

    // Every zone strictly encloses exactly what lies inside it, and touches nothing else.
    const auto zones = model.boundaries();
    for (const TrustBoundary *zone : zones) {
        auto it = diagram.nodes.find(zone->id);
        QVERIFY2(it != diagram.nodes.end(), zone->id.c_str());
        const Rect &outer = it->second;
        for (const auto &[id, rect] : elementRects) {
            const Id home = model.boundaryOf(id);
            const bool inside = !home.empty() && model.boundaryContains(zone->id, home);
            if (inside)
                QVERIFY2(strictlyInside(rect, outer),
                         qPrintable(describe(id, rect) + " not inside "
                                    + describe(zone->id, outer)));
            else
                QVERIFY2(!overlaps(rect, outer),
                         qPrintable(describe(id, rect) + " lies on foreign zone "
                                    + describe(zone->id, outer)));
        }
        for (const TrustBoundary *other : zones) {
            if (other == zone)
                continue;
            const Rect &rect = diagram.nodes.at(other->id);
            if (model.boundaryContains(zone->id, other->id))
                QVERIFY2(strictlyInside(rect, outer),
                         qPrintable(describe(other->id, rect) + " not inside "
                                    + describe(zone->id, outer)));
            else if (!model.boundaryContains(other->id, zone->id))
                QVERIFY2(!overlaps(rect, outer),
                         qPrintable(describe(other->id, rect) + " overlaps sibling "
                                    + describe(zone->id, outer)));
        }
    }
}

void TestLayout::flowsReadLeftToRight()
{
    ThreatModel model = chain();
    layoutDiagram(model, "dfd");
    const auto &nodes = model.diagram("dfd")->nodes;
    QVERIFY(nodes.at("a").x < nodes.at("b").x);
    QVERIFY(nodes.at("b").x < nodes.at("c").x);
}

void TestLayout::flowsGoAroundElementsAndForeignZones_data()
{
    QTest::addColumn<Builder>("build");
    QTest::newRow("ankle monitor, written by hand")
        << Builder([] { return fromFile("tests/data/layout/ankle-monitor.json"); });
    QTest::newRow("insulin pump example")
        << Builder([] { return fromFile("resources/examples/insulin-pump.json"); });
    QTest::newRow("zones nested three deep, empty zones") << Builder(nested);
    QTest::newRow("cycle") << Builder(cycle);
    QTest::newRow("synthetic, 120 elements") << Builder([] { return synth(120, 200, 6); });
    QTest::newRow("synthetic, 280 elements") << Builder([] { return synth(280, 460, 12); });
}

void TestLayout::flowsGoAroundElementsAndForeignZones()
{
    QFETCH(Builder, build);
    ThreatModel model = build();
    layoutDiagram(model, "dfd");
    const QStringList problems = flowsOverForeignShapes(model, *model.diagram("dfd"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(", "))));
}

void TestLayout::isDeterministic()
{
    ThreatModel first = synth(800, 1600, 12);
    ThreatModel second = first;
    layoutDiagram(first, "dfd");
    layoutDiagram(second, "dfd");
    QVERIFY(first.diagram("dfd")->nodes == second.diagram("dfd")->nodes);
    QVERIFY(first.sameContent(second));
}

void TestLayout::relayoutOfUnchangedModelTouchesNothing()
{
    ThreatModel model = nested();
    layoutDiagram(model, "dfd");
    QVERIFY(!model.changes().empty());
    model.clearChanges();
    layoutDiagram(model, "dfd");
    QVERIFY(model.changes().empty());
}

void TestLayout::replacesPreviousLayout()
{
    ThreatModel model = nested();
    model.setNodeRect("dfd", "c1", Rect{-5000, -5000, 10, 10});
    FlowLayout bent;
    bent.bends.push_back(Point{1, 2});
    model.setFlowLayout("dfd", "f02", bent);
    model.clearChanges();
    layoutDiagram(model, "dfd");
    const Diagram &diagram = *model.diagram("dfd");
    QCOMPARE(diagram.nodes.at("c1").width, kElementWidth);
    QVERIFY(diagram.flows.at("f02").bends != bent.bends);
    const auto &touched = model.changes().touched;
    QVERIFY(touched.at(Table::DiagramNode).count(diagramKey("dfd", "c1")));
    QVERIFY(touched.at(Table::DiagramFlow).count(diagramKey("dfd", "f02")));
}

void TestLayout::largeModelKeepsAReadableAspect()
{
    ThreatModel model = synth(3000, 6000, 25);
    layoutDiagram(model, "dfd");
    double right = 0;
    double bottom = 0;
    for (const auto &entry : model.diagram("dfd")->nodes) {
        right = std::max(right, entry.second.x + entry.second.width);
        bottom = std::max(bottom, entry.second.y + entry.second.height);
    }
    const double aspect = right / bottom;
    QVERIFY2(aspect > 1.2 && aspect < 2.2, qPrintable(QString::number(aspect)));
}

void TestLayout::crowdedLayersWrapIntoShortColumns_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("widest");
    QTest::newRow("200, by Graphviz") << 200 << 4.0;
    QTest::newRow("400, by our own layout") << 400 << 2.6;
}

void TestLayout::crowdedLayersWrapIntoShortColumns()
{
    // Unconnected elements all fall into one layer; it must not become one tall column.
    QFETCH(int, count);
    QFETCH(double, widest);
    ThreatModel model;
    for (int i = 0; i < count; ++i)
        model.addElement(makeElement("n" + std::to_string(1000 + i)));
    addDiagram(model);
    layoutDiagram(model, "dfd");
    std::map<double, std::vector<double>> topsByColumn; // x -> y of every element there
    double right = 0;
    double bottom = 0;
    for (const auto &entry : model.diagram("dfd")->nodes) {
        topsByColumn[entry.second.x].push_back(entry.second.y);
        right = std::max(right, entry.second.x + entry.second.width);
        bottom = std::max(bottom, entry.second.y + entry.second.height);
    }
    // A column is a run of elements stacked at one x with no more than a small gap between.
    constexpr double kSmallGap = 60;
    for (auto &[x, tops] : topsByColumn) {
        std::sort(tops.begin(), tops.end());
        size_t run = 1;
        for (size_t i = 1; i < tops.size(); ++i) {
            run = tops[i] - tops[i - 1] <= kElementHeight + kSmallGap ? run + 1 : 1;
            QVERIFY2(run <= 12,
                     qPrintable(QStringLiteral("%1 stacked at x = %2").arg(run).arg(x)));
        }
    }
    const double aspect = right / bottom;
    QVERIFY2(aspect > 1.0 && aspect < widest, qPrintable(QString::number(aspect)));
}

void TestLayout::unknownDiagramIsRejected()
{
    ThreatModel model = chain();
    QVERIFY_THROWS_EXCEPTION(ModelError, layoutDiagram(model, "nope"));
}

QTEST_APPLESS_MAIN(TestLayout)
#include "tst_layout.moc"
