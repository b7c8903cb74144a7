// Randomized undo/redo: a few hundred random edits through the Document's undo commands, then
// undo all (the JSON export equals the original byte for byte) and redo all (it equals the
// edited state). Fixed seeds, so a failure is reproducible from its row name.

#include "model/JsonInterchange.h"
#include "views/Commands.h"
#include "views/Document.h"

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

// One random edit of the model; returns the command to push, or nullptr when it cannot apply
// (e.g. nothing left to delete).
using Edit = std::function<QUndoCommand *(Document &, Dice &, int serial)>;

std::vector<std::pair<const char *, Edit>> edits()
{
    return {
        {"move", [](Document &document, Dice &dice, int) -> QUndoCommand * {
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
         }},
        {"rename", [](Document &document, Dice &dice, int serial) -> QUndoCommand * {
             const auto ids = dice.coin() ? elementIds(document.model())
                                          : flowIds(document.model());
             if (ids.empty())
                 return nullptr;
             return new RenameCommand(&document, dice.pick(ids),
                                      "Renamed " + std::to_string(serial));
         }},
        {"set property", [](Document &document, Dice &dice, int) -> QUndoCommand * {
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
         }},
        {"set flow property", [](Document &document, Dice &dice, int) -> QUndoCommand * {
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
         }},
        {"add element", [](Document &document, Dice &dice, int serial) -> QUndoCommand * {
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
         }},
        {"remove element", [](Document &document, Dice &dice, int) -> QUndoCommand * {
             const auto ids = elementIds(document.model());
             if (ids.size() < 4)
                 return nullptr;
             return new RemoveElementCommand(&document, dice.pick(ids));
         }},
        {"remove flow", [](Document &document, Dice &dice, int) -> QUndoCommand * {
             const auto ids = flowIds(document.model());
             if (ids.empty())
                 return nullptr;
             return new RemoveFlowCommand(&document, dice.pick(ids));
         }},
    };
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
            if (QUndoCommand *command = edit(document, dice, serial)) {
                document.push(command);
                ++applied[name];
            }
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
