#include "model/json/JsonInterchange.h"
#include "model/PropertyCatalogue.h"
#include "model/Synth.h"
#include "model/ThreatModel.h"

#include <QtTest>

#include <map>

using namespace vigil;

namespace {

SynthOptions options(size_t elements, size_t flows, size_t boundaries, std::uint64_t seed = 7)
{
    SynthOptions result;
    result.elements = elements;
    result.flows = flows;
    result.boundaries = boundaries;
    result.seed = seed;
    return result;
}

size_t zoneDepth(const ThreatModel &model, const Id &zone)
{
    size_t depth = 0;
    for (Id at = zone; !at.empty(); at = model.boundary(at)->parent)
        ++depth;
    return depth;
}

double share(size_t part, size_t whole)
{
    return static_cast<double>(part) / static_cast<double>(whole);
}

bool isTrue(const PropertyMap &properties, const char *key)
{
    auto it = properties.find(key);
    return it != properties.end() && it->second == PropertyValue(true);
}

} // namespace

class TestSynth : public QObject {
    Q_OBJECT

private slots:
    void sameSeedGivesTheSameModel();
    void differentSeedsGiveDifferentModels();
    void countsMatchTheOptions_data();
    void countsMatchTheOptions();
    void idsFollowCreationOrder();
    void propertiesAreValidForTheirKind();
    void zonesNestUpToThreeDeep();
    void flowsMostlyStayInsideTheirZone();
    void mixOfKindsAndPropertiesIsRealistic();
    void flowsWithoutEnoughElementsAreRejected();
};

void TestSynth::sameSeedGivesTheSameModel()
{
    const ThreatModel first = synthesizeModel(options(400, 800, 8, 99));
    const ThreatModel second = synthesizeModel(options(400, 800, 8, 99));
    QVERIFY(first.sameContent(second));
    QCOMPARE(modelToJson(first), modelToJson(second)); // byte for byte
}

void TestSynth::differentSeedsGiveDifferentModels()
{
    const ThreatModel first = synthesizeModel(options(400, 800, 8, 1));
    const ThreatModel second = synthesizeModel(options(400, 800, 8, 2));
    QVERIFY(!first.sameContent(second));
    QCOMPARE(second.info().name, std::string("Synthetic model (400 elements, seed 2)"));
}

void TestSynth::countsMatchTheOptions_data()
{
    QTest::addColumn<qulonglong>("elements");
    QTest::addColumn<qulonglong>("flows");
    QTest::addColumn<qulonglong>("boundaries");
    QTest::newRow("empty") << 0ull << 0ull << 0ull;
    QTest::newRow("one element, no zones") << 1ull << 0ull << 0ull;
    QTest::newRow("two elements, many flows") << 2ull << 50ull << 1ull;
    QTest::newRow("more zones than elements") << 3ull << 4ull << 10ull;
    QTest::newRow("typical") << 100ull << 200ull << 5ull;
    QTest::newRow("large") << 3000ull << 6000ull << 40ull;
}

void TestSynth::countsMatchTheOptions()
{
    QFETCH(qulonglong, elements);
    QFETCH(qulonglong, flows);
    QFETCH(qulonglong, boundaries);
    const ThreatModel model = synthesizeModel(options(elements, flows, boundaries));
    QCOMPARE(model.elementCount(), elements);
    QCOMPARE(model.flowCount(), flows);
    QCOMPARE(model.boundaries().size(), boundaries);
    QVERIFY(model.changes().everything);

    // One laid-out DFD that shows everything.
    QCOMPARE(model.diagrams().size(), size_t(1));
    const Diagram &diagram = *model.diagram("dfd-main");
    QVERIFY(diagram.kind == DiagramKind::Dfd);
    QCOMPARE(diagram.nodes.size(), elements + boundaries);
    QCOMPARE(diagram.flows.size(), flows);
    for (const Flow *flow : model.flows())
        QVERIFY(flow->source != flow->target);
}

void TestSynth::idsFollowCreationOrder()
{
    const ThreatModel model = synthesizeModel(options(12, 30, 3));
    QVERIFY(model.element("e00001"));
    QVERIFY(model.element("e00012"));
    QVERIFY(model.flow("f00001"));
    QVERIFY(model.flow("f00030"));
    QVERIFY(model.boundary("z001"));
    QVERIFY(model.boundary("z003"));
    // Wider counts get wider ids, so that id order stays creation order.
    const ThreatModel wide = synthesizeModel(options(100000, 0, 0));
    QVERIFY(wide.element("e000001"));
    QVERIFY(wide.element("e100000"));
}

void TestSynth::propertiesAreValidForTheirKind()
{
    const PropertyCatalogue &catalogue = PropertyCatalogue::builtin();
    const ThreatModel model = synthesizeModel(options(1500, 3000, 20, 5));
    for (const Element *element : model.elements())
        for (const auto &[key, value] : element->properties) {
            const std::string problem = catalogue.validate(key, value, targetOf(element->kind));
            QVERIFY2(problem.empty(), qPrintable(QString::fromStdString(
                                          element->id + "." + key + ": " + problem)));
        }
    for (const Flow *flow : model.flows())
        for (const auto &[key, value] : flow->properties) {
            const std::string problem = catalogue.validate(key, value, PropertyTarget::Flow);
            QVERIFY2(problem.empty(), qPrintable(QString::fromStdString(
                                          flow->id + "." + key + ": " + problem)));
        }
}

void TestSynth::zonesNestUpToThreeDeep()
{
    const ThreatModel model = synthesizeModel(options(500, 1000, 30, 11));
    size_t nested = 0;
    size_t deepest = 0;
    for (const TrustBoundary *zone : model.boundaries()) {
        nested += static_cast<size_t>(!zone->parent.empty());
        deepest = std::max(deepest, zoneDepth(model, zone->id));
    }
    QVERIFY2(nested >= 5, qPrintable(QString::number(nested)));
    QVERIFY(deepest >= 2);
    QVERIFY(deepest <= 3);

    size_t zoned = 0;
    for (const Element *element : model.elements())
        zoned += static_cast<size_t>(!model.boundaryOf(element->id).empty());
    QVERIFY(share(zoned, model.elementCount()) > 0.75);
}

void TestSynth::flowsMostlyStayInsideTheirZone()
{
    const ThreatModel model = synthesizeModel(options(2000, 4000, 25, 3));
    size_t crossing = 0;
    for (const Flow *flow : model.flows())
        crossing += static_cast<size_t>(!model.crossedBoundaries(flow->id).empty());
    const double fraction = share(crossing, model.flowCount());
    QVERIFY2(fraction > 0.1 && fraction < 0.35, qPrintable(QString::number(fraction)));
}

void TestSynth::mixOfKindsAndPropertiesIsRealistic()
{
    const ThreatModel model = synthesizeModel(options(4000, 8000, 30, 8));
    std::map<ElementKind, size_t> kinds;
    size_t safetyCritical = 0;
    size_t logs = 0;
    for (const Element *element : model.elements()) {
        ++kinds[element->kind];
        safetyCritical += static_cast<size_t>(isTrue(element->properties, "safetyCritical"));
        logs += static_cast<size_t>(isTrue(element->properties, "storesLogs"));
    }
    const size_t total = model.elementCount();
    QVERIFY(share(kinds[ElementKind::ExternalEntity], total) > 0.1);
    QVERIFY(share(kinds[ElementKind::ExternalEntity], total) < 0.2);
    QVERIFY(share(kinds[ElementKind::Process], total) > 0.5);
    QVERIFY(share(kinds[ElementKind::DataStore], total) > 0.2);
    QVERIFY(safetyCritical > 0);
    QVERIFY(logs > 0);

    size_t encrypted = 0;
    size_t wireless = 0;
    size_t commands = 0;
    for (const Flow *flow : model.flows()) {
        encrypted += static_cast<size_t>(isTrue(flow->properties, "encrypted"));
        wireless += static_cast<size_t>(isTrue(flow->properties, "wireless"));
        commands += static_cast<size_t>(isTrue(flow->properties, "carriesCommands"));
    }
    const double encryptedShare = share(encrypted, model.flowCount());
    QVERIFY2(encryptedShare > 0.4 && encryptedShare < 0.6,
             qPrintable(QString::number(encryptedShare)));
    QVERIFY(wireless > 0 && wireless < encrypted);
    QVERIFY(commands > 0);
}

void TestSynth::flowsWithoutEnoughElementsAreRejected()
{
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, synthesizeModel(options(1, 1, 0)));
}

QTEST_APPLESS_MAIN(TestSynth)
#include "tst_synth.moc"
