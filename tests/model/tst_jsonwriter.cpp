// JsonWriter writes what nlohmann's dump(2) writes for the same document, byte for byte: the
// model export, `analyze` and `check` stream with it and promise output identical to before.

#include "model/json/JsonWriter.h"

#include <nlohmann/json.hpp>

#include <QtTest>

#include <random>
#include <sstream>

using namespace vigil;
using Json = nlohmann::json;

namespace {

// Walks a document tree and writes it with JsonWriter (object keys come sorted from the tree).
void write(JsonWriter &out, const Json &value)
{
    if (value.is_object()) {
        out.beginObject();
        for (const auto &[key, item] : value.items()) {
            out.key(key);
            write(out, item);
        }
        out.endObject();
    } else if (value.is_array()) {
        out.beginArray();
        for (const Json &item : value)
            write(out, item);
        out.endArray();
    } else if (value.is_string()) {
        out.value(value.get_ref<const std::string &>());
    } else if (value.is_boolean()) {
        out.value(value.get<bool>());
    } else if (value.is_number_integer()) {
        out.value(value.get<std::int64_t>());
    } else if (value.is_number_float()) {
        out.value(value); // nlohmann's own float form; number() is tested on its own

    } else {
        out.null();
    }
}

std::string dumped(const Json &value)
{
    return value.dump(2, ' ', false, Json::error_handler_t::replace);
}

std::string written(const Json &value)
{
    JsonWriter out;
    write(out, value);
    return out.text();
}

} // namespace

class TestJsonWriter : public QObject {
    Q_OBJECT

private slots:
    void sameAsDump_data()
    {
        QTest::addColumn<std::string>("document");
        QTest::newRow("empty containers") << std::string("{\"a\": [], \"b\": {}, \"c\": [[], {}]}");
        QTest::newRow("nested") << std::string(
            "{\"x\": [1, -2, 3.5, 1e-7, 2.5e30, true, false, null], \"y\": {\"z\": {\"w\": \"v\"}}}");
        QTest::newRow("top-level array") << std::string("[{\"k\": 1}, [2, [3]], \"s\"]");
        QTest::newRow("escapes") << std::string(
            "{\"q\": \"say \\\"hi\\\" \\\\ \\n\\r\\t\\b\\f \\u0001 \\u001f \\u007f end\"}");
        QTest::newRow("unicode") << std::string(
            "{\"ja\": \"インスリンポンプ\", \"de\": \"Größe\", \"emoji\": \"😀\", \"nbsp\": \" \"}");
        QTest::newRow("keys with escapes") << std::string("{\"a\\\"b\": 1, \"a\\nb\": 2, \"é\": 3}");
    }

    void sameAsDump()
    {
        QFETCH(std::string, document);
        const Json value = Json::parse(document);
        QCOMPARE(written(value), dumped(value));
    }

    // Text that is not UTF-8 (another tool wrote it into a .vigil) comes out with replacement
    // characters, as nlohmann's replace handler writes it.
    void invalidUtf8IsReplaced_data()
    {
        QTest::addColumn<std::string>("text");
        QTest::newRow("lone continuation") << std::string("a\x80z");
        QTest::newRow("truncated at end") << std::string("ab\xe3\x81");
        QTest::newRow("overlong") << std::string("\xc0\xaf");
        QTest::newRow("surrogate") << std::string("\xed\xa0\x80");
        QTest::newRow("above U+10FFFF") << std::string("\xf4\x90\x80\x80");
        QTest::newRow("mixed") << std::string("ok \xff\xfe \xe2\x82\xac \x01");
    }

    void invalidUtf8IsReplaced()
    {
        QFETCH(std::string, text);
        const Json value = {{"text", text}, {"list", {text, "plain"}}};
        const std::string out = written(value);
        QCOMPARE(out, dumped(value));
        QVERIFY(out.find("\xef\xbf\xbd") != std::string::npos); // U+FFFD
    }

    // Random documents of random strings (all bytes) and numbers: a property test of the same
    // promise.
    void randomDocumentsMatchDump()
    {
        std::mt19937 random(20261130);
        const auto randomText = [&random] {
            std::string text(random() % 12, ' ');
            for (char &c : text)
                c = static_cast<char>(random() % 256);
            return text;
        };
        for (int round = 0; round < 300; ++round) {
            Json doc = Json::object();
            for (int i = 0; i < 8; ++i) {
                Json list = Json::array();
                for (unsigned k = 0; k < random() % 4; ++k)
                    list.push_back(random() % 2 ? Json(randomText())
                                                : Json(std::ldexp(double(random() % 2000) - 1000,
                                                                  int(random() % 40) - 20)));
                doc[randomText()] = random() % 3 ? Json(std::move(list))
                                                 : Json{{randomText(), randomText()}};
            }
            const std::string out = written(doc);
            const std::string expected = dumped(doc);
            if (out != expected) {
                size_t at = 0;
                while (at < out.size() && at < expected.size() && out[at] == expected[at])
                    ++at;
                QFAIL(("differs at byte " + std::to_string(at) + ": written \""
                       + out.substr(at > 20 ? at - 20 : 0, 40) + "\", dumped \""
                       + expected.substr(at > 20 ? at - 20 : 0, 40) + "\"")
                          .c_str());
            }
        }
    }

    // Coordinates and property numbers: integral values as integers, the rest as nlohmann
    // writes doubles.
    void numbersAsTheModelWritesThem()
    {
        JsonWriter out;
        out.beginArray();
        for (double number : {10.0, -3.0, 0.0, 2.5, 1e-7, 1e300, 9007199254740992.0})
            out.number(number);
        out.endArray();
        QCOMPARE(out.text(), dumped(Json::parse("[10, -3, 0, 2.5, 1e-07, 1e+300, "
                                                "9007199254740992.0]")));
    }

    void subtreeIsIndentedToFit()
    {
        JsonWriter out;
        out.beginObject();
        out.key("outer");
        out.beginArray();
        out.value(Json{{"b", {1, 2}}, {"a", Json::object()}});
        out.endArray();
        out.endObject();
        QCOMPARE(out.text(), dumped(Json{{"outer", {{{"b", {1, 2}}, {"a", Json::object()}}}}}));
    }

    void streamsInChunks()
    {
        std::ostringstream stream;
        Json big = Json::array();
        for (int i = 0; i < 50000; ++i)
            big.push_back({{"id", "T-" + std::to_string(i)}, {"n", i}});
        {
            JsonWriter out(stream);
            write(out, big);
            out.flush();
            QVERIFY(out.text().empty());
        }
        QCOMPARE(stream.str(), dumped(big));
    }

    // Keys out of order would make the output depend on the order code writes them in.
    void refusesKeysOutOfOrder()
    {
        JsonWriter out;
        out.beginObject();
        out.key("b");
        out.value(1);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, out.key("a"));
        QVERIFY_THROWS_EXCEPTION(std::logic_error, out.key("b"));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
