// The bundled example model (resources/examples/insulin-pump.json): it must load, stay rich
// enough to demonstrate every view, and keep the security story it was written to tell.

#include "model/json/JsonInterchange.h"
#include "model/PropertyCatalogue.h"
#include "model/ThreatModel.h"

#include <QtTest>

#include <algorithm>
#include <fstream>
#include <sstream>

using namespace vigil;

namespace {

std::string readExample()
{
    const std::string path = VIGIL_SOURCE_DIR "/resources/examples/insulin-pump.json";
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path + ": cannot open");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool isTrue(const PropertyMap &properties, const char *key)
{
    auto it = properties.find(key);
    return it != properties.end() && it->second == PropertyValue(true);
}

bool rectInside(const Rect &inner, const Rect &outer)
{
    return inner.x > outer.x && inner.y > outer.y
           && inner.x + inner.width < outer.x + outer.width
           && inner.y + inner.height < outer.y + outer.height;
}

bool overlaps(const Rect &a, const Rect &b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height
           && b.y < a.y + a.height;
}

} // namespace

class TestExample : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void isLargeEnoughToShowEveryFeature();
    void hasTheFourViews();
    void blePumpPhoneFlowsCrossThePumpEnclosure();
    void untrustedEntitiesReachSafetyCriticalElements();
    void propertiesTellTheSecurityStory();
    void handPlacedDiagramsAreTidy();
    void survivesAJsonRoundTrip();
    void isStoredInCanonicalForm();

private:
    ThreatModel m_model;
};

void TestExample::initTestCase()
{
    m_model = modelFromJson(readExample());
}

void TestExample::isLargeEnoughToShowEveryFeature()
{
    QVERIFY(m_model.elementCount() >= 12);
    QVERIFY(m_model.flowCount() >= 18);
    QVERIFY(m_model.boundaries().size() >= 4);
    bool nested = false;
    for (const TrustBoundary *zone : m_model.boundaries())
        nested = nested || !zone->parent.empty();
    QVERIFY(nested);
    const ModelInfo &info = m_model.info();
    QVERIFY(!info.name.empty());
    QVERIFY(!info.context.intendedUse.empty());
    QVERIFY(!info.context.safetyImpact.empty());
    QVERIFY(!info.assumptions.empty());
    QVERIFY(!info.scope.empty());
}

void TestExample::hasTheFourViews()
{
    std::set<DiagramKind> kinds;
    for (const Diagram *diagram : m_model.diagrams())
        kinds.insert(diagram->kind);
    for (DiagramKind kind : {DiagramKind::Dfd, DiagramKind::GlobalSystem,
                             DiagramKind::MultiPatientHarm, DiagramKind::Updatability})
        QVERIFY2(kinds.count(kind), toString(kind).data());
    // The level 0 DFD shows everything.
    const Diagram *level0 = m_model.diagrams().front();
    QVERIFY(level0->kind == DiagramKind::Dfd);
    QCOMPARE(level0->nodes.size(), m_model.elementCount() + m_model.boundaries().size());
    QCOMPARE(level0->flows.size(), m_model.flowCount());
}

void TestExample::blePumpPhoneFlowsCrossThePumpEnclosure()
{
    const Id pumpZone = m_model.boundaryOf("pump-ble");
    QVERIFY(!pumpZone.empty());
    size_t bleLinks = 0;
    for (const Flow *flow : m_model.flows()) {
        const bool pumpPhone = (flow->source == "pump-ble" && flow->target == "phone-app")
                               || (flow->source == "phone-app" && flow->target == "pump-ble");
        if (!pumpPhone)
            continue;
        ++bleLinks;
        QCOMPARE(flow->protocol, std::string("BLE"));
        QVERIFY(isTrue(flow->properties, "wireless"));
        const auto crossed = m_model.crossedBoundaries(flow->id);
        QVERIFY2(std::find(crossed.begin(), crossed.end(), pumpZone) != crossed.end(),
                 flow->id.c_str());
    }
    QVERIFY(bleLinks >= 2);
}

void TestExample::untrustedEntitiesReachSafetyCriticalElements()
{
    const auto paths = m_model.untrustedReachability();
    QVERIFY(!paths.empty());
    bool cgmReachesTherapy = false;
    for (const AttackPath &path : paths) {
        const Element *entity = m_model.element(path.entity);
        QVERIFY(entity->kind == ElementKind::ExternalEntity);
        QVERIFY(!isTrue(entity->properties, "trusted"));
        QVERIFY(isTrue(m_model.element(path.target)->properties, "safetyCritical"));
        cgmReachesTherapy = cgmReachesTherapy
                            || (path.entity == "cgm" && path.target == "pump-fw");
    }
    QVERIFY(cgmReachesTherapy);
}

void TestExample::propertiesTellTheSecurityStory()
{
    const PropertyCatalogue &catalogue = PropertyCatalogue::builtin();
    size_t transitional = 0;
    size_t riskTransfer = 0;
    bool signedUpdates = false;
    bool usbService = false;
    bool logs = false;
    for (const Element *element : m_model.elements()) {
        for (const auto &[key, value] : element->properties)
            QVERIFY(catalogue.validate(key, value, targetOf(element->kind)).empty());
        transitional += static_cast<size_t>(isTrue(element->properties, "transitional"));
        riskTransfer += element->properties.count("riskTransfer");
        const auto update = element->properties.find("updateMechanism");
        signedUpdates = signedUpdates
                        || (update != element->properties.end()
                            && update->second == PropertyValue(std::string("signed-remote")));
        const auto debug = element->properties.find("debugPort");
        usbService = usbService
                     || (debug != element->properties.end()
                         && debug->second == PropertyValue(std::string("usb-service")));
        logs = logs || isTrue(element->properties, "storesLogs");
    }
    QVERIFY(transitional >= 1);
    QVERIFY(riskTransfer >= 5);
    QVERIFY(signedUpdates);
    QVERIFY(usbService);
    QVERIFY(logs);

    // Firmware reaches the pump from the cloud through the phone.
    bool cloudToPhone = false;
    bool phoneToPump = false;
    for (const Flow *flow : m_model.flows()) {
        if (!isTrue(flow->properties, "carriesSoftware"))
            continue;
        cloudToPhone = cloudToPhone || (m_model.boundaryContains("tb-cloud",
                                                                 m_model.boundaryOf(flow->source))
                                        && flow->target == "phone-app");
        phoneToPump = phoneToPump || (flow->source == "phone-app"
                                      && m_model.boundaryOf(flow->target) == "tb-pump");
    }
    QVERIFY(cloudToPhone);
    QVERIFY(phoneToPump);

    // The hospital EHR is reached over HL7 FHIR.
    bool fhirToEhr = false;
    for (const Flow *flow : m_model.flows())
        fhirToEhr = fhirToEhr || (flow->target == "ehr" && flow->protocol == "HL7 FHIR");
    QVERIFY(fhirToEhr);
}

void TestExample::handPlacedDiagramsAreTidy()
{
    for (const Diagram *diagram : m_model.diagrams()) {
        std::vector<std::pair<Id, Rect>> elements;
        for (const auto &[id, rect] : diagram->nodes)
            if (m_model.element(id))
                elements.emplace_back(id, rect);
        for (size_t i = 0; i < elements.size(); ++i)
            for (size_t j = i + 1; j < elements.size(); ++j)
                QVERIFY2(!overlaps(elements[i].second, elements[j].second),
                         qPrintable(QString::fromStdString(diagram->id + ": " + elements[i].first
                                                           + " / " + elements[j].first)));
        for (const auto &[zone, zoneRect] : diagram->nodes) {
            if (!m_model.boundary(zone))
                continue;
            for (const auto &[id, rect] : elements) {
                const Id home = m_model.boundaryOf(id);
                const bool inside = !home.empty() && m_model.boundaryContains(zone, home);
                QVERIFY2(inside ? rectInside(rect, zoneRect) : !overlaps(rect, zoneRect),
                         qPrintable(QString::fromStdString(diagram->id + ": " + id + " in "
                                                           + zone)));
            }
        }
        // A flow is drawn only between elements the diagram shows.
        for (const auto &entry : diagram->flows) {
            const Flow *flow = m_model.flow(entry.first);
            QVERIFY(diagram->nodes.count(flow->source) && diagram->nodes.count(flow->target));
        }
    }
}

void TestExample::survivesAJsonRoundTrip()
{
    const ThreatModel again = modelFromJson(modelToJson(m_model));
    QVERIFY(again.sameContent(m_model));
}

void TestExample::isStoredInCanonicalForm()
{
    // Saving the example back out must not produce a diff.
    QCOMPARE(modelToJson(m_model), readExample());
}

QTEST_APPLESS_MAIN(TestExample)
#include "tst_example.moc"
