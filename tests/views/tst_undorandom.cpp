// Randomized undo/redo: a few hundred random edits through the Document's undo commands (the
// editor's, the panels' and the traceability chain's), then
// undo all (the JSON export equals the original byte for byte) and redo all (it equals the
// edited state). Fixed seeds, so a failure is reproducible from its row name.

#include "model/json/JsonInterchange.h"
#include "views/document/Commands.h"
#include "views/diagram/DiagramEditing.h"
#include "views/document/EditCommands.h"
#include "views/document/PanelCommands.h"
#include "views/document/Document.h"
#include "views/document/TraceCommands.h"

#include <QtTest>

#include <fstream>
#include <functional>
#include <random>
#include <sstream>

using namespace vigil;

namespace {

std::string readExample()
{
    std::ifstream in(VIGIL_SOURCE_DIR "/resources/examples/insulin-pump.json");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// Deterministic choices (std distributions differ between standard libraries).
class Dice {
public:
    explicit Dice(std::uint64_t seed) : m_engine(seed) {}
    size_t below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(m_engine() % n); }
    bool coin() { return below(2) == 1; }
    double offset() { return static_cast<double>(below(401)) - 200.0; }

    template<typename T>
    const T &pick(const std::vector<T> &items) { return items[below(items.size())]; }

private:
    std::mt19937_64 m_engine;
};

std::vector<Id> elementIds(const ThreatModel &model)
{
    std::vector<Id> ids;
    for (const Element *element : model.elements())
        ids.push_back(element->id);
    return ids;
}

std::vector<Id> flowIds(const ThreatModel &model)
{
    std::vector<Id> ids;
    for (const Flow *flow : model.flows())
        ids.push_back(flow->id);
    return ids;
}

std::vector<Id> nodeIds(const Diagram &diagram)
{
    std::vector<Id> ids;
    for (const auto &entry : diagram.nodes)
        ids.push_back(entry.first);
    return ids;
}

const Diagram *randomDiagram(const Document &document, Dice &dice)
{
    const auto diagrams = document.model().diagrams();
    return diagrams.empty() ? nullptr : diagrams[dice.below(diagrams.size())];
}

// One random edit of the model, made the way the editor makes it (an undo command, or an
// editing:: operation that pushes one). Returns false when it cannot apply (e.g. nothing left
// to delete), so that every row still counts edits that really happened.
using Edit = std::function<bool(Document &, Dice &, int serial)>;

// Wraps a generator of one command into an Edit that pushes it.
Edit pushing(std::function<QUndoCommand *(Document &, Dice &, int)> make)
{
    return [make](Document &document, Dice &dice, int serial) {
        QUndoCommand *command = make(document, dice, serial);
        if (!command)
            return false;
        document.push(command);
        return true;
    };
}

std::vector<std::pair<const char *, Edit>> commandEdits()
{
    return {
        {"move", pushing([](Document &document, Dice &dice, int) -> QUndoCommand * {
             const ThreatModel &model = document.model();
             const auto diagrams = model.diagrams();
             if (diagrams.empty())
                 return nullptr;
             const Diagram *diagram = diagrams[dice.below(diagrams.size())];
             if (diagram->nodes.empty())
                 return nullptr;
             auto node = diagram->nodes.begin();
             std::advance(node, static_cast<std::ptrdiff_t>(dice.below(diagram->nodes.size())));
             Rect moved = node->second;
             moved.x += dice.offset();
             moved.y += dice.offset();
             return new MoveNodesCommand(&document, diagram->id, {{node->first, node->second}},
                                         {{node->first, moved}},
                                         dice.coin() ? MoveNodesCommand::Kind::Nudge
                                                     : MoveNodesCommand::Kind::Drag);
         })},
        {"rename", pushing([](Document &document, Dice &dice, int serial) -> QUndoCommand * {
             const auto ids = dice.coin() ? elementIds(document.model())
                                          : flowIds(document.model());
             if (ids.empty())
                 return nullptr;
             return new RenameCommand(&document, dice.pick(ids),
                                      "Renamed " + std::to_string(serial));
         })},
        {"set property", pushing([](Document &document, Dice &dice, int) -> QUndoCommand * {
             const auto ids = elementIds(document.model());
             if (ids.empty())
                 return nullptr;
             const Id id = dice.pick(ids);
             const Element *element = document.model().element(id);
             const auto definitions =
                 PropertyCatalogue::builtin().definitionsFor(targetOf(element->kind));
             const PropertyDefinition *definition = dice.pick(definitions);
             PropertyValue value;
             switch (definition->type) {
             case PropertyType::Bool: value = dice.coin(); break;
             case PropertyType::Number: value = static_cast<double>(dice.below(10)); break;
             case PropertyType::Text: value = "text " + std::to_string(dice.below(9)); break;
             case PropertyType::Enum: value = dice.pick(definition->values); break;
             }
             if (dice.below(4) == 0) // unset it
                 return new SetPropertyCommand(&document, id, definition->key, std::nullopt);
             return new SetPropertyCommand(&document, id, definition->key, value);
         })},
        {"set flow property", pushing([](Document &document, Dice &dice, int) -> QUndoCommand * {
             const auto ids = flowIds(document.model());
             if (ids.empty())
                 return nullptr;
             static const std::vector<std::string> keys{"encrypted", "authenticated",
                                                        "wireless", "carriesCommands"};
             const Id id = dice.pick(ids);
             const std::string &key = dice.pick(keys);
             if (dice.below(4) == 0) // unset it
                 return new SetPropertyCommand(&document, id, key, std::nullopt);
             return new SetPropertyCommand(&document, id, key, PropertyValue{dice.coin()});
         })},
        {"add element", pushing([](Document &document, Dice &dice, int serial) -> QUndoCommand * {
             const auto diagrams = document.model().diagrams();
             if (diagrams.empty())
                 return nullptr;
             Element element;
             element.id = "random-" + std::to_string(serial);
             element.kind = static_cast<ElementKind>(dice.below(3));
             element.name = "Random element " + std::to_string(serial);
             const Rect rect{dice.offset() * 5, dice.offset() * 5, 160, 80};
             return new AddElementCommand(&document, element,
                                          diagrams[dice.below(diagrams.size())]->id, rect);
         })},
        {"remove element", pushing([](Document &document, Dice &dice, int) -> QUndoCommand * {
             const auto ids = elementIds(document.model());
             if (ids.size() < 4)
                 return nullptr;
             return new RemoveElementCommand(&document, dice.pick(ids));
         })},
        {"remove flow", pushing([](Document &document, Dice &dice, int) -> QUndoCommand * {
             const auto ids = flowIds(document.model());
             if (ids.empty())
                 return nullptr;
             return new RemoveFlowCommand(&document, dice.pick(ids));
         })},
    };
}

// The editor's own operations (views/DiagramEditing.h) and the panels' commands.
std::vector<std::pair<const char *, Edit>> editorEdits()
{
    return {
        {"place nodes with containment", [](Document &document, Dice &dice, int) {
             const Diagram *diagram = randomDiagram(document, dice);
             if (!diagram || diagram->nodes.empty())
                 return false;
             const auto ids = nodeIds(*diagram);
             const Id id = dice.pick(ids);
             Rect rect = diagram->nodes.at(id);
             rect.x += dice.offset() * 2;
             rect.y += dice.offset() * 2;
             document.push(PlaceNodesCommand::create(&document, diagram->id,
                                                     {{id, diagram->nodes.at(id)}}, {{id, rect}},
                                                     PlaceNodesCommand::Kind::Drag));
             return true;
         }},
        {"add element by tool", [](Document &document, Dice &dice, int) {
             const Diagram *diagram = randomDiagram(document, dice);
             if (!diagram)
                 return false;
             const Rect rect{dice.offset() * 4, dice.offset() * 4, 160, 80};
             return !editing::addElement(&document, diagram->id,
                                         static_cast<ElementKind>(dice.below(3)), rect)
                         .empty();
         }},
        {"add zone", [](Document &document, Dice &dice, int) {
             const Diagram *diagram = randomDiagram(document, dice);
             if (!diagram)
                 return false;
             const Rect rect{dice.offset() * 4, dice.offset() * 4, 300 + dice.offset(),
                             250 + dice.offset()};
             return !editing::addZone(&document, diagram->id, rect).empty();
         }},
        {"add flow", [](Document &document, Dice &dice, int) {
             const Diagram *diagram = randomDiagram(document, dice);
             if (!diagram)
                 return false;
             std::vector<Id> shown;
             for (const auto &entry : diagram->nodes)
                 if (document.model().element(entry.first))
                     shown.push_back(entry.first);
             if (shown.size() < 2)
                 return false;
             const Id source = dice.pick(shown);
             const Id target = dice.pick(shown);
             return source != target
                    && !editing::addFlow(&document, diagram->id, source, target).empty();
         }},
        {"delete items", [](Document &document, Dice &dice, int) {
             const Diagram *diagram = randomDiagram(document, dice);
             if (!diagram || diagram->nodes.size() < 6)
                 return false;
             const auto ids = nodeIds(*diagram);
             std::vector<Id> doomed{dice.pick(ids)};
             if (!diagram->flows.empty() && dice.coin())
                 doomed.push_back(std::next(diagram->flows.begin(),
                                            static_cast<std::ptrdiff_t>(
                                                dice.below(diagram->flows.size())))
                                      ->first);
             editing::deleteItems(&document, doomed);
             return true;
         }},
        {"copy and paste", [](Document &document, Dice &dice, int) {
             const Diagram *diagram = randomDiagram(document, dice);
             if (!diagram || diagram->nodes.empty())
                 return false;
             const auto ids = nodeIds(*diagram);
             const QByteArray json = editing::copyItems(
                 document.model(), diagram->id, {dice.pick(ids), dice.pick(ids)});
             if (json.isEmpty())
                 return false;
             return !editing::pasteItems(&document, diagram->id, json, QPointF(40, 40)).empty();
         }},
        {"align", [](Document &document, Dice &dice, int) {
             const Diagram *diagram = randomDiagram(document, dice);
             if (!diagram || diagram->nodes.size() < 2)
                 return false;
             const auto ids = nodeIds(*diagram);
             const Id first = dice.pick(ids);
             const Id second = dice.pick(ids);
             if (first == second)
                 return false;
             const auto before = document.undoStack()->count();
             editing::alignNodes(&document, diagram->id, {first, second},
                                 static_cast<editing::Alignment>(dice.below(6)));
             return document.undoStack()->count() != before;
         }},
        {"zone z-order", [](Document &document, Dice &dice, int) {
             const Diagram *diagram = randomDiagram(document, dice);
             if (!diagram)
                 return false;
             std::vector<Id> zones;
             for (const auto &entry : diagram->nodes)
                 if (document.model().boundary(entry.first))
                     zones.push_back(entry.first);
             if (zones.empty())
                 return false;
             const auto before = document.undoStack()->count();
             const Id zone = dice.pick(zones);
             const bool toFront = dice.coin();
             editing::restackZones(&document, diagram->id, {zone}, toFront);
             if (document.undoStack()->count() == before) // already there: the other way
                 editing::restackZones(&document, diagram->id, {zone}, !toFront);
             return document.undoStack()->count() != before;
         }},
        {"bend a flow", pushing([](Document &document, Dice &dice, int) -> QUndoCommand * {
             const Diagram *diagram = randomDiagram(document, dice);
             if (!diagram || diagram->flows.empty())
                 return nullptr;
             const auto flow = std::next(diagram->flows.begin(),
                                         static_cast<std::ptrdiff_t>(
                                             dice.below(diagram->flows.size())));
             FlowLayout layout = flow->second;
             layout.bends.push_back({dice.offset(), dice.offset()});
             if (dice.coin())
                 layout.labelPosition = Point{dice.offset(), dice.offset()};
             return new SetFlowLayoutCommand(&document, diagram->id, flow->first, layout,
                                             QStringLiteral("Bend"));
         })},
        {"toggle bidirectional", pushing([](Document &document, Dice &dice, int)
                                             -> QUndoCommand * {
             const auto ids = flowIds(document.model());
             if (ids.empty())
                 return nullptr;
             Flow flow = *document.model().flow(dice.pick(ids));
             flow.bidirectional = !flow.bidirectional;
             return new UpdateFlowCommand(&document, flow, QStringLiteral("Toggle"));
         })},
        {"new diagram", pushing([](Document &document, Dice &, int serial) -> QUndoCommand * {
             Diagram diagram;
             diagram.id = "diagram-" + std::to_string(serial);
             diagram.name = "Diagram " + std::to_string(serial);
             diagram.kind = DiagramKind::SecurityUseCase;
             diagram.order = static_cast<int>(document.model().diagrams().size());
             return new AddDiagramCommand(&document, diagram);
         })},
        {"delete diagram", pushing([](Document &document, Dice &dice, int) -> QUndoCommand * {
             const auto diagrams = document.model().diagrams();
             if (diagrams.size() < 3)
                 return nullptr;
             return new RemoveDiagramCommand(&document,
                                             diagrams[dice.below(diagrams.size())]->id);
         })},
        {"place on another diagram", pushing([](Document &document, Dice &dice, int)
                                                 -> QUndoCommand * {
             const Diagram *to = randomDiagram(document, dice);
             const auto ids = elementIds(document.model());
             if (!to || ids.empty())
                 return nullptr;
             const Id id = dice.pick(ids);
             if (to->nodes.count(id))
                 return nullptr;
             return new PlaceOnDiagramCommand(&document, to->id,
                                              {{id, {dice.offset(), dice.offset(), 160, 80}}},
                                              {});
         })},
        {"remove from diagram", pushing([](Document &document, Dice &dice, int)
                                            -> QUndoCommand * {
             const Diagram *diagram = randomDiagram(document, dice);
             if (!diagram || diagram->nodes.size() < 4)
                 return nullptr;
             return new RemoveFromDiagramCommand(&document, diagram->id,
                                                 {dice.pick(nodeIds(*diagram))});
         })},
        {"edit model info", pushing([](Document &document, Dice &dice, int serial)
                                        -> QUndoCommand * {
             ModelInfo info = document.model().info();
             info.scope = "Scope " + std::to_string(serial);
             if (dice.coin())
                 info.assumptions.push_back("Assumption " + std::to_string(serial));
             return new SetModelInfoCommand(&document, QStringLiteral("Info"), info);
         })},
    };
}

template<typename T>
std::vector<Id> recordIds(const Records<T> &records)
{
    std::vector<Id> ids;
    for (const auto &entry : records.all())
        ids.push_back(entry.first);
    return ids;
}

// traceability: records, many-to-many links and risks, each one EditTraceCommand.
Edit traceEdit(std::function<bool(TraceEdit &, const ThreatModel &, Dice &, int)> change)
{
    return [change](Document &document, Dice &dice, int serial) {
        TraceEdit edit(document.model());
        if (!change(edit, document.model(), dice, serial))
            return false;
        auto *command = new EditTraceCommand(&document, QStringLiteral("Trace"), edit);
        const bool changes = !command->isObsolete();
        document.push(command);
        return changes;
    };
}

std::vector<std::pair<const char *, Edit>> traceEdits()
{
    return {
        {"link mitigation", traceEdit([](TraceEdit &edit, const ThreatModel &model, Dice &dice,
                                         int) {
             const auto threats = recordIds(model.threats());
             const auto mitigations = recordIds(model.mitigations());
             if (threats.empty() || mitigations.empty())
                 return false;
             const Id threat = dice.pick(threats);
             const Id mitigation = dice.pick(mitigations);
             edit.linkMitigation(threat, mitigation,
                                 !model.threats().find(threat)->mitigations.count(mitigation));
             return true;
         })},
        {"link requirement", traceEdit([](TraceEdit &edit, const ThreatModel &model, Dice &dice,
                                          int) {
             const auto mitigations = recordIds(model.mitigations());
             const auto requirements = recordIds(model.requirements());
             if (mitigations.empty() || requirements.empty())
                 return false;
             const Id mitigation = dice.pick(mitigations);
             const Id requirement = dice.pick(requirements);
             edit.linkRequirement(
                 mitigation, requirement,
                 !model.mitigations().find(mitigation)->requirements.count(requirement));
             return true;
         })},
        {"new requirement and test", traceEdit([](TraceEdit &edit, const ThreatModel &,
                                                  Dice &, int serial) {
             Requirement requirement{edit.newRequirementId(), "Req " + std::to_string(serial),
                                     "TM", "draft"};
             VerificationTest test;
             test.id = edit.newTestId();
             test.kind = "penetration";
             test.result = "not-run";
             test.verifies = {requirement.id};
             edit.put(std::move(requirement));
             edit.put(std::move(test));
             return true;
         })},
        {"remove trace record", traceEdit([](TraceEdit &edit, const ThreatModel &model,
                                             Dice &dice, int) {
             switch (dice.below(4)) {
             case 0: {
                 const auto ids = recordIds(model.mitigations());
                 if (ids.empty())
                     return false;
                 edit.removeMitigation(dice.pick(ids));
                 return true;
             }
             case 1: {
                 const auto ids = recordIds(model.requirements());
                 if (ids.empty())
                     return false;
                 edit.removeRequirement(dice.pick(ids));
                 return true;
             }
             case 2: {
                 const auto ids = recordIds(model.people());
                 if (ids.empty())
                     return false;
                 edit.removePerson(dice.pick(ids));
                 return true;
             }
             default: {
                 const auto ids = recordIds(model.hazards());
                 if (ids.empty())
                     return false;
                 edit.removeHazard(dice.pick(ids));
                 return true;
             }
             }
         })},
        {"set risk", traceEdit([](TraceEdit &edit, const ThreatModel &model, Dice &dice, int) {
             const auto threats = recordIds(model.threats());
             if (threats.empty())
                 return false;
             Threat threat = *model.threats().find(dice.pick(threats));
             threat.riskAfter = {"matrix", "", static_cast<int>(dice.below(5)) + 1,
                                 static_cast<int>(dice.below(5)) + 1};
             edit.put(std::move(threat));
             return true;
         })},
        {"risk scheme", traceEdit([](TraceEdit &edit, const ThreatModel &model, Dice &dice,
                                     int) {
             ModelInfo info = model.info();
             info.riskScheme.cvssAcceptableBelow = static_cast<double>(dice.below(100)) / 10.0;
             info.independence.vulnerability =
                 dice.coin() ? Independence::OtherPerson : Independence::OtherOrganisation;
             edit.setInfo(std::move(info));
             return true;
         })},
    };
}

std::vector<std::pair<const char *, Edit>> edits()
{
    auto all = commandEdits();
    for (auto &entry : traceEdits())
        all.push_back(std::move(entry));
    for (auto &entry : editorEdits())
        all.push_back(std::move(entry));
    return all;
}

} // namespace

class TestUndoRandom : public QObject {
    Q_OBJECT

private slots:
    void undoAllRedoAll_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("count");
        QTest::newRow("seed 1, 300 edits") << quint64(1) << 300;
        QTest::newRow("seed 7, 300 edits") << quint64(7) << 300;
        QTest::newRow("seed 2026, 500 edits") << quint64(2026) << 500;
    }

    void undoAllRedoAll()
    {
        QFETCH(quint64, seed);
        QFETCH(int, count);
        Document document;
        document.setUntitledModel(modelFromJson(readExample()), "example");
        const std::string original = modelToJson(document.model());

        Dice dice(seed);
        const auto table = edits();
        std::map<std::string, int> applied;
        for (int serial = 0; serial < count; ++serial) {
            const auto &[name, edit] = table[dice.below(table.size())];
            if (edit(document, dice, serial))
                ++applied[name];
        }
        for (const auto &[name, edit] : table)
            QVERIFY2(applied[name] > 0, name); // every kind of edit took part
        const std::string edited = modelToJson(document.model());
        QVERIFY(edited != original);

        QUndoStack *stack = document.undoStack();
        stack->setIndex(0);
        QCOMPARE(modelToJson(document.model()), original);
        QVERIFY(!document.isModified());

        stack->setIndex(stack->count());
        QCOMPARE(modelToJson(document.model()), edited);
    }
};

QTEST_MAIN(TestUndoRandom)
#include "tst_undorandom.moc"
