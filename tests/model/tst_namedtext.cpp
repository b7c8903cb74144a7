// NamedText: threat texts that name model objects show today's names; wordings are shared;
// a name or a text holding the mark byte itself comes out unchanged.

#include "model/NamedText.h"
#include "model/ThreatModel.h"

#include <QtTest>

using namespace vigil;

namespace {

std::string renderWith(const NamedText &text, const std::map<std::string, std::string> &names)
{
    std::string out;
    text.renderTo(out, [&](const std::string &id) { return std::string_view(names.at(id)); });
    return out;
}

NamedText pumpSpoofing(WordingPool &pool, const std::string &id)
{
    NamedTextBuilder builder;
    builder.text("Spoofing of ");
    builder.name(id);
    builder.text(" by a device on the ward network");
    return builder.build(pool);
}

Element makeElement(const Id &id, const std::string &name)
{
    Element element;
    element.id = id;
    element.kind = ElementKind::Process;
    element.name = name;
    return element;
}

} // namespace

class TestNamedText : public QObject {
    Q_OBJECT

private slots:
    void plainTextShowsAsItIs()
    {
        const NamedText text("Tampering with the dose table");
        QVERIFY(!text.namesObjects());
        QCOMPARE(renderWith(text, {}), std::string("Tampering with the dose table"));
        QVERIFY(NamedText().empty());
        QVERIFY(NamedText(std::string()).empty());
    }

    void namesShowWhereTheMarksAre()
    {
        NamedTextBuilder builder;
        builder.text("Data flow from ");
        QVERIFY(builder.name("phone"));
        builder.text(" to ");
        QVERIFY(builder.name("pump"));
        builder.text(", back to ");
        QVERIFY(builder.name("phone")); // the same id reuses its index
        builder.text('.');
        QCOMPARE(builder.names().size(), std::size_t(2));
        WordingPool pool;
        const NamedText text = builder.build(pool);
        QVERIFY(text.namesObjects());
        QVERIFY(builder.sameAs(text));
        QCOMPARE(renderWith(text, {{"phone", "Phone app"}, {"pump", "Infusion pump"}}),
                 std::string("Data flow from Phone app to Infusion pump, back to Phone app."));
        std::string fromBuilder;
        builder.renderTo(fromBuilder, [](const std::string &id) { return std::string_view(id); });
        QCOMPARE(fromBuilder, std::string("Data flow from phone to pump, back to phone."));
    }

    void markByteInTextOrNameComesOutUnchanged()
    {
        const std::string odd = std::string("a") + NamedText::kMark + "\x7F " + NamedText::kMark
                                + "\x20\xE2\x80\x94" "b";
        NamedTextBuilder builder;
        builder.text(odd);
        builder.name("x");
        builder.text(odd);
        WordingPool pool;
        const NamedText named = builder.build(pool);
        QCOMPARE(renderWith(named, {{"x", odd}}), odd + odd + odd);

        // Without names the text is kept plain, with the byte as it was.
        builder.clear();
        builder.text(odd);
        const NamedText plain = builder.build(pool);
        QVERIFY(!plain.namesObjects());
        QCOMPARE(plain.wording(), odd);
        QVERIFY(builder.sameAs(plain));
        QVERIFY(!builder.sameAs(named));
    }

    void tooManyNamesAreRefused()
    {
        NamedTextBuilder builder;
        for (std::size_t i = 0; i < NamedText::kMaxNames; ++i)
            QVERIFY(builder.name("e" + std::to_string(i)));
        QVERIFY(!builder.name("one-more"));
        QVERIFY(builder.name("e0")); // a name already there still fits
    }

    void equalWordingsAreStoredOnce()
    {
        WordingPool pool;
        const NamedText a = pumpSpoofing(pool, "pump-1");
        const NamedText b = pumpSpoofing(pool, "pump-2");
        QCOMPARE(pool.size(), std::size_t(1));
        QCOMPARE(a.sharedWording().get(), b.sharedWording().get());
        QVERIFY(!(a == b)); // different objects named
        QVERIFY(a == pumpSpoofing(pool, "pump-1"));
    }

    void renameShowsInTextsAtOnce()
    {
        ThreatModel model;
        model.addElement(makeElement("pump", "Infusion pump"));
        WordingPool pool;
        const NamedText text = pumpSpoofing(pool, "pump");
        QCOMPARE(model.render(text),
                 std::string("Spoofing of Infusion pump by a device on the ward network"));
        model.updateElement(makeElement("pump", "Syringe driver"));
        QCOMPARE(model.render(text),
                 std::string("Spoofing of Syringe driver by a device on the ward network"));
        // An object without a name, or one unknown to the model, shows its id.
        model.updateElement(makeElement("pump", ""));
        QCOMPARE(model.render(text),
                 std::string("Spoofing of pump by a device on the ward network"));
    }

    void removedObjectsTextsKeepTheNameTheyShowed()
    {
        ThreatModel model;
        model.addElement(makeElement("pump", "Infusion pump"));
        WordingPool pool;
        Threat threat;
        threat.id = "T-1";
        threat.targets = {"pump"};
        threat.title = pumpSpoofing(pool, "pump");
        threat.description = "Typed by a person";
        model.threats().put(threat);

        const RemovedElement removed = model.removeElement("pump");
        QCOMPARE(removed.threats.size(), std::size_t(1));
        const Threat *kept = model.threats().find("T-1");
        QVERIFY(kept);
        QVERIFY(!kept->title.namesObjects());
        QCOMPARE(model.render(kept->title),
                 std::string("Spoofing of Infusion pump by a device on the ward network"));
        QCOMPARE(model.render(kept->description), std::string("Typed by a person"));

        // Undo brings the element back and the text names it again: a later rename shows.
        model.restoreElement(removed);
        QVERIFY(model.threats().find("T-1")->title.namesObjects());
        model.updateElement(makeElement("pump", "Syringe driver"));
        QCOMPARE(model.render(model.threats().find("T-1")->title),
                 std::string("Spoofing of Syringe driver by a device on the ward network"));
    }
};

QTEST_GUILESS_MAIN(TestNamedText)
#include "tst_namedtext.moc"
