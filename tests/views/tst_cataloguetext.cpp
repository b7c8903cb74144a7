// CatalogueText: every text of the property catalogue that the properties dock shows (labels,
// groups, descriptions, enum values) is offered for translation, and the dock shows the
// translated text while still storing the raw enum value.

#include "model/PropertyCatalogue.h"
#include "views/panels/CatalogueText.h"
#include "views/document/Document.h"
#include "views/panels/PropertiesPanel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <set>

using namespace vigil;

namespace {

// Translates every catalogue text into a marked form that shows the disambiguation it was
// looked up with, so a test sees which texts went through translation and how.
class MarkingTranslator final : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int) const override
    {
        if (qstrcmp(context, "PropertyCatalogue") != 0)
            return {};
        const QString source = QString::fromUtf8(sourceText);
        if (!disambiguation || !*disambiguation)
            return QStringLiteral("[%1]").arg(source);
        return QStringLiteral("[%1|%2]").arg(source, QString::fromUtf8(disambiguation));
    }
};

const PropertyDefinition &definition(const std::string &key)
{
    const PropertyDefinition *found = PropertyCatalogue::builtin().find(key);
    if (!found)
        qFatal("no catalogue property %s", key.c_str());
    return *found;
}

} // namespace

class tst_CatalogueText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // A property added to properties.json without a table entry would appear in English only.
    void everyCatalogueTextIsTranslatable()
    {
        const auto table = catalogueSourceTexts();
        const std::set<std::string> offered(table.begin(), table.end());
        std::set<std::string> needed;
        for (const PropertyDefinition &property : PropertyCatalogue::builtin().definitions()) {
            needed.insert(property.label);
            needed.insert(property.group);
            needed.insert(property.description);
        }
        for (const std::string &text : needed)
            QVERIFY2(offered.count(text), qPrintable(QStringLiteral(
                "\"%1\" is in properties.json but not in CatalogueText.cpp")
                .arg(QString::fromStdString(text))));
        for (const std::string &text : offered)
            QVERIFY2(needed.count(text), qPrintable(QStringLiteral(
                "\"%1\" is in CatalogueText.cpp but no longer in properties.json")
                .arg(QString::fromStdString(text))));
    }

    void everyEnumValueHasALabel()
    {
        std::set<std::pair<std::string, std::string>> needed;
        for (const PropertyDefinition &property : PropertyCatalogue::builtin().definitions())
            for (const std::string &value : property.values)
                needed.emplace(property.key, value);
        QVERIFY(!needed.empty());
        const auto table = catalogueValueLabelKeys();
        const std::set<std::pair<std::string, std::string>> offered(table.begin(), table.end());
        for (const auto &[key, value] : needed)
            QVERIFY2(offered.count({key, value}),
                     qPrintable(QStringLiteral("%1 = %2 has no display label")
                                    .arg(QString::fromStdString(key),
                                         QString::fromStdString(value))));
        for (const auto &[key, value] : offered)
            QVERIFY2(needed.count({key, value}),
                     qPrintable(QStringLiteral("%1 = %2 is labelled but not in the catalogue")
                                    .arg(QString::fromStdString(key),
                                         QString::fromStdString(value))));
    }

    void withoutATranslatorTheTextsAreEnglish_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("valueLabel");
        QTest::newRow("debug port over JTAG")
            << "debugPort" << "jtag" << "Debug port" << "JTAG";
        QTest::newRow("signed remote update")
            << "updateMechanism" << "signed-remote" << "Update mechanism"
            << "Signed remote update";
        QTest::newRow("maintained by the manufacturer")
            << "riskTransfer" << "maintained" << "Risk transfer class"
            << "Maintained by the manufacturer";
        QTest::newRow("a value the table does not know stays raw")
            << "debugPort" << "spi" << "Debug port" << "spi";
    }

    void withoutATranslatorTheTextsAreEnglish()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, label);
        QFETCH(QString, valueLabel);
        const PropertyDefinition &property = definition(key.toStdString());
        QCOMPARE(catalogueLabel(property), label);
        QCOMPARE(catalogueDescription(property), QString::fromStdString(property.description));
        QCOMPARE(catalogueGroup(property.group), QString::fromStdString(property.group));
        QCOMPARE(catalogueValueLabel(property, value.toStdString()), valueLabel);
    }

    // "None" of the debug port and "None" of the update mechanism are told apart.
    void enumValuesAreLookedUpPerProperty()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString debugNone = catalogueValueLabel(definition("debugPort"), "none");
        const QString updateNone = catalogueValueLabel(definition("updateMechanism"), "none");
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(debugNone, QStringLiteral("[None|debugPort value]"));
        QCOMPARE(updateNone, QStringLiteral("[None|updateMechanism value]"));
    }

    void thePropertiesDockShowsTranslatedTexts()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        Document document;
        ThreatModel model;
        Element pump;
        pump.id = "pump";
        pump.kind = ElementKind::Process;
        pump.name = "Pump firmware";
        pump.properties["debugPort"] = std::string("jtag");
        model.addElement(pump);
        document.setUntitledModel(model, QStringLiteral("Test"));
        PropertiesPanel panel(&document);
        panel.setSelection({"pump"});

        QStringList sections;
        for (const QGroupBox *box : panel.findChildren<QGroupBox *>())
            sections << box->title();
        QVERIFY2(sections.contains(QStringLiteral("[Device]")), qPrintable(sections.join(", ")));
        QVERIFY(!sections.contains(QStringLiteral("Device")));

        auto *combo = panel.findChild<QComboBox *>(QStringLiteral("property:debugPort"));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("[JTAG|debugPort value]"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("jtag"));
        QCOMPARE(combo->toolTip(),
                 QStringLiteral("[Hardware debug or service interface left on the production "
                                "device.]"));
        const auto labels = panel.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel *label) {
            return label->text() == QStringLiteral("[Debug port]");
        }));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(tst_CatalogueText)
#include "tst_cataloguetext.moc"
