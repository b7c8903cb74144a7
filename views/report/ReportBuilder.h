#pragma once

// Builds a report's content from a model, in the language of the translator installed now (see
// ReportLanguage.h): section headings, table headers and the clause map through tr(), threat
// texts through the rule packs' translations, the model's own text as written.

#include "views/report/ReportContent.h"
#include "views/report/ReportOptions.h"

#include "model/ThreatModel.h"
#include "stride/RulePack.h"
#include "stride/ThreatText.h"

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace vigil::report {

class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(Report)

public:
    // `packs`: the packs the model uses (for translated threat texts and pack titles).
    ReportBuilder(const ThreatModel &model, std::vector<stride::RulePackPtr> packs,
                  ReportOptions options);

    // The whole report. `progress` (may be empty) hears the share done, 0 to 1, between
    // sections.
    Content build(const std::function<void(double)> &progress = {});

    // The report a block at a time, for a writer that need not hold it whole: header() gives
    // the title and labels (no blocks), stream() the blocks, as often as it is run. The
    // stream uses this builder and the translator installed now: both must outlive it.
    Content header();
    BlockStream stream();

private:
    void prepare();
    void write(const BlockSink &sink, const std::function<void(double)> &progress);
    void documentControl();
    void baselines();
    QString approvalMeaning(const std::string &meaning) const;
    void scope();
    void method();
    void diagrams();
    void inventory();
    void threats();
    void riskSummary();
    void controls();
    void traceability();
    void residual();
    void reviewRecords();
    void clauseMap();

    void add(Block &&block);
    void heading(int level, const QString &text, bool listed = true);
    void paragraph(const QString &text);
    void note(const QString &text);
    void fields(const QString &name, std::vector<std::pair<QString, QString>> list);
    void table(Table table);
    // The table, or the sentence that says there is nothing to list.
    void tableOrParagraph(Table table, const QString &whenEmpty);
    void tableOrNote(Table table, const QString &whenEmpty);

    QString threatTitle(const Threat &threat) const;
    QString riskText(const Risk &risk) const;
    QString itemName(const Id &id) const;
    QString personText(const Id &id) const;
    QString scopeText(const ReviewScope &scope) const;
    Table heatMap(bool after) const;

    const ThreatModel &m_model;
    std::vector<stride::RulePackPtr> m_packs;
    ReportOptions m_options;
    Content m_content; // the header
    const BlockSink *m_sink = nullptr;
    std::array<int, 3> m_numbers{}; // heading numbers by level
    std::map<Section, QString> m_sectionNumbers;
    std::string m_language;
    stride::TextWords m_words;
};

} // namespace vigil::report
