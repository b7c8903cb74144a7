// The translations a Japanese or German user reads: every message of vigil_ja.ts and vigil_de.ts
// is translated (none left unfinished, which would show English in the middle of the UI), and
// every translation keeps the placeholders of its source, so no value goes missing or lands in
// the wrong place. vigil_en.ts holds only English plural forms, all filled.

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // Either text, or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression pattern(QStringLiteral("%(L?[1-9]|n)"));
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

} // namespace

class tst_Translations : public QObject {
    Q_OBJECT

private slots:
    void everyMessageIsTranslatedWithItsPlaceholders_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("Japanese") << QStringLiteral("vigil_ja.ts");
        QTest::newRow("German") << QStringLiteral("vigil_de.ts");
        QTest::newRow("English plurals") << QStringLiteral("vigil_en.ts");
    }

    void everyMessageIsTranslatedWithItsPlaceholders()
    {
        QFETCH(QString, file);
        const QList<Message> messages =
            readTs(QStringLiteral(VIGIL_SOURCE_DIR "/translations/") + file);
        QVERIFY(messages.size() > 40);
        QStringList problems;
        for (const Message &message : messages) {
            const QString where = message.context + QStringLiteral(": ") + message.source;
            if (message.unfinished) {
                problems << QStringLiteral("unfinished: ") + where;
                continue;
            }
            const QSet<QString> expected = placeholders(message.source);
            for (const QString &translation : message.translations) {
                if (translation.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + where;
                // A singular form may say "one" instead of %n.
                QSet<QString> got = placeholders(translation);
                QSet<QString> want = expected;
                if (message.translations.size() > 1 && !got.contains(QStringLiteral("%n")))
                    want.remove(QStringLiteral("%n"));
                if (got != want)
                    problems << QStringLiteral("placeholders differ: ") + where
                                    + QStringLiteral(" -> ") + translation;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
