#include "views/trace/GapList.h"

#include "stride/Engine.h"
#include "stride/Risk.h"
#include "stride/RulePack.h"
#include "views/document/Document.h"
#include "views/document/TraceCommands.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vigil {

namespace {

constexpr int kGapIndexRole = Qt::UserRole + 1;
constexpr int kRefreshDelayMs = 300;

QString text(const std::string &value) { return QString::fromStdString(value); }

QString threatName(const ThreatModel &model, const Id &id)
{
    const Threat *threat = model.threats().find(id);
    return threat ? GapList::tr("#%1 %2").arg(threat->number).arg(text(model.render(threat->title)))
                  : text(id);
}

QString firstId(const stride::Gap &gap) { return gap.ids.empty() ? QString() : text(gap.ids[0]); }

// The versions of the model's packs that Vigil has; a pack it lacks is left out of the
// comparison rather than failing the whole list.
std::map<std::string, std::string> packVersions(const ThreatModel &model)
{
    std::map<std::string, std::string> versions;
    for (const std::string &id : model.info().rulePacks)
        if (stride::RulePackPtr pack = stride::shippedPack(id))
            versions[pack->id()] = pack->version();
    return versions;
}

} // namespace

std::vector<stride::Gap> traceabilityGaps(const ThreatModel &model)
{
    stride::CheckOptions options;
    options.packVersions = packVersions(model);
    return stride::checkTraceability(model, options);
}

GapList::GapList(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("gapList"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    auto *row = new QHBoxLayout;
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("gapKindFilter"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("gapCount"));
    row->addWidget(m_kindFilter, 1);
    row->addWidget(m_count);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("gapTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Gap"), tr("Object"), tr("What to do")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setToolTip(tr("Double-click a gap to show the object to fix"));
    layout->addLayout(row);
    layout->addWidget(m_tree, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &GapList::refresh);
    const auto later = [this] { m_refreshTimer->start(); };
    connect(document, &Document::threatsChanged, this, later);
    connect(document, &Document::traceChanged, this, later);
    connect(document, &Document::modelInfoChanged, this, later);
    connect(document, &Document::elementChanged, this, later);
    connect(document, &Document::elementAdded, this, later);
    connect(document, &Document::elementRemoved, this, later);
    connect(document, &Document::flowChanged, this, later);
    connect(document, &Document::flowAdded, this, later);
    connect(document, &Document::flowRemoved, this, later);
    connect(document, &Document::boundaryChanged, this, later);
    connect(document, &Document::suppressionsChanged, this, later);
    connect(document, &Document::reviewsChanged, this, later);
    connect(document, &Document::modelReset, this, &GapList::refresh);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &GapList::fill);
    connect(m_tree, &QTreeWidget::itemActivated, this, &GapList::onActivated);
    refresh();
}

QString GapList::kindLabel(stride::GapKind kind)
{
    using K = stride::GapKind;
    switch (kind) {
    case K::ThreatUndecided: return tr("Threat not decided");
    case K::DecisionWithoutJustification: return tr("Decision without justification");
    case K::MitigatedWithoutControl: return tr("Mitigated without a working control");
    case K::RiskMissing: return tr("Risk not estimated");
    case K::ResidualRiskUnaccepted: return tr("Residual risk not accepted");
    case K::MitigationWithoutRequirement: return tr("Mitigation without requirement");
    case K::RequirementWithoutTest: return tr("Requirement without test");
    case K::TestNotPassed: return tr("Test not passed");
    case K::IndependenceViolated: return tr("Tester not independent (5.7.5)");
    case K::TransitionalWithoutRationale: return tr("Transitional element without rationale");
    case K::AnalysisStale: return tr("Threats out of date");
    case K::ReviewOverdue: return tr("Threat model review overdue");
    case K::ReviewMissing: return tr("No completed review of the threat model");
    case K::MergeConflictOpen: return tr("Merge conflict not settled");
    }
    return {};
}

QString GapList::describe(const stride::Gap &gap, const ThreatModel &model)
{
    using K = stride::GapKind;
    const Id id = gap.ids.empty() ? Id() : gap.ids.front();
    switch (gap.kind) {
    case K::ThreatUndecided:
        return tr("Set a status: mitigated, accepted, transferred or not applicable.");
    case K::DecisionWithoutJustification:
        return tr("Write down why this decision was made.");
    case K::MitigatedWithoutControl:
        return tr("Link a mitigation that is implemented or verified, or change the status.");
    case K::RiskMissing: {
        const Threat *threat = model.threats().find(id);
        const auto evaluation = threat ? stride::evaluateRisk(threat->riskBefore,
                                                              model.info().riskScheme)
                                       : stride::RiskEvaluation{};
        if (evaluation.present)
            return tr("Fix the risk before mitigation: %1")
                .arg(QString::fromStdString(evaluation.problem));
        return tr("Estimate the risk before mitigation (CVSS or the matrix).");
    }
    case K::ResidualRiskUnaccepted:
        return tr("Mitigate further, hand it to safety risk management, or record who accepts "
                  "the residual risk and why.");
    case K::MitigationWithoutRequirement:
        return tr("Link a security requirement that this control implements.");
    case K::RequirementWithoutTest:
        return tr("Add a verification test that verifies this requirement.");
    case K::TestNotPassed: {
        const VerificationTest *test = model.tests().find(id);
        return test && test->result == "fail" ? tr("The test failed: fix and test again.")
                                              : tr("Run the test and record its result.");
    }
    case K::IndependenceViolated: {
        const VerificationTest *test = model.tests().find(id);
        const Independence required = test ? model.info().independence.forKind(test->kind)
                                           : Independence::None;
        const QString problem =
            test ? independenceProblemText(model.people().find(test->performedBy),
                                           model.people().find(test->developer), required)
                 : QString();
        return tr("The tester must be independent of the developer (%1): %2.")
            .arg(independenceLabel(required), problem);
    }
    case K::TransitionalWithoutRationale:
        return tr("Record why the legacy software is kept and how its risk is contained "
                  "(property \"Transitional rationale\").");
    case K::AnalysisStale:
        return tr("Analyze again (F5): %1").arg(QString::fromStdString(gap.message));
    case K::ReviewOverdue: {
        const Review *review = model.reviews().find(id);
        const std::string due = review ? stride::reviewDue(*review) : std::string();
        return tr("Review the threat model again with the team; the next review was due by %1.")
            .arg(text(due));
    }
    case K::ReviewMissing:
        return tr("Review the threat model with the team in a review meeting and complete the "
                  "review.");
    case K::MergeConflictOpen:
        return tr("Choose ours or theirs in the Merge Conflicts dock.");
    }
    return {};
}

void GapList::refresh()
{
    m_refreshTimer->stop();
    std::vector<stride::Gap> gaps = traceabilityGaps(m_document->model());
    const bool changed = gaps != m_gaps;
    m_gaps = std::move(gaps);
    if (!changed && m_kindFilter->count() > 0)
        return;

    std::map<stride::GapKind, int> counts;
    for (const stride::Gap &gap : m_gaps)
        ++counts[gap.kind];
    const QVariant current = m_kindFilter->currentData();
    {
        const QSignalBlocker blocker(m_kindFilter);
        m_kindFilter->clear();
        m_kindFilter->addItem(tr("All gaps (%1)").arg(m_gaps.size()), -1);
        for (const auto &[kind, count] : counts)
            m_kindFilter->addItem(tr("%1 (%2)").arg(kindLabel(kind)).arg(count),
                                  static_cast<int>(kind));
        const int index = m_kindFilter->findData(current);
        m_kindFilter->setCurrentIndex(index < 0 ? 0 : index);
    }
    fill();
    emit countChanged(static_cast<int>(m_gaps.size()));
}

void GapList::fill()
{
    const ThreatModel &model = m_document->model();
    const int kind = m_kindFilter->currentData().toInt();
    m_tree->clear();
    QList<QTreeWidgetItem *> items;
    for (size_t i = 0; i < m_gaps.size(); ++i) {
        const stride::Gap &gap = m_gaps[i];
        if (kind >= 0 && static_cast<int>(gap.kind) != kind)
            continue;
        QString object;
        switch (gap.kind) {
        case stride::GapKind::ThreatUndecided:
        case stride::GapKind::DecisionWithoutJustification:
        case stride::GapKind::MitigatedWithoutControl:
        case stride::GapKind::RiskMissing:
        case stride::GapKind::ResidualRiskUnaccepted:
            object = threatName(model, gap.ids.front());
            break;
        case stride::GapKind::MitigationWithoutRequirement: {
            const Mitigation *mitigation = model.mitigations().find(gap.ids.front());
            object = mitigation ? text(mitigation->title) : firstId(gap);
            break;
        }
        case stride::GapKind::RequirementWithoutTest: {
            const Requirement *requirement = model.requirements().find(gap.ids.front());
            object = requirement ? tr("%1 %2").arg(firstId(gap), text(requirement->text))
                                 : firstId(gap);
            break;
        }
        case stride::GapKind::TestNotPassed:
        case stride::GapKind::IndependenceViolated: {
            const VerificationTest *test = model.tests().find(gap.ids.front());
            object = test && !test->procedure.empty()
                         ? tr("%1 %2").arg(firstId(gap), text(test->procedure))
                         : firstId(gap);
            break;
        }
        case stride::GapKind::TransitionalWithoutRationale:
            object = text(model.displayName(gap.ids.front()));
            break;
        case stride::GapKind::AnalysisStale:
        case stride::GapKind::ReviewMissing:
            object = tr("The whole model");
            break;
        case stride::GapKind::MergeConflictOpen: {
            const OpenConflict *conflict = model.conflicts().find(gap.ids.front());
            object = conflict ? tr("%1 %2 %3").arg(text(conflict->kind),
                                                   text(conflict->label.empty()
                                                            ? conflict->record
                                                            : conflict->label),
                                                   text(conflict->field))
                                    .trimmed()
                              : firstId(gap);
            break;
        }
        case stride::GapKind::ReviewOverdue: {
            const Review *review = model.reviews().find(gap.ids.front());
            object = review ? tr("Review %1 of %2").arg(firstId(gap), text(review->date))
                            : firstId(gap);
            break;
        }
        }
        auto *item = new QTreeWidgetItem(
            {QStringLiteral("✖ ") + kindLabel(gap.kind), object, describe(gap, model)});
        item->setData(0, kGapIndexRole, static_cast<int>(i));
        item->setToolTip(1, object);
        item->setToolTip(2, QString::fromStdString(gap.message));
        items << item;
    }
    m_tree->addTopLevelItems(items);
    // Size the columns once, to the first gaps shown; after that they are the user's.
    if (!m_columnsSized && !items.isEmpty()) {
        m_columnsSized = true;
        m_tree->resizeColumnToContents(0);
        m_tree->resizeColumnToContents(1);
        m_tree->setColumnWidth(1, std::min(360, m_tree->columnWidth(1)));
    }
    m_count->setText(m_gaps.empty() ? tr("✔ No gaps")
                                    : tr("%n gap(s)", nullptr, static_cast<int>(m_gaps.size())));
}

void GapList::onActivated(QTreeWidgetItem *item)
{
    const int index = item->data(0, kGapIndexRole).toInt();
    if (index < 0 || index >= static_cast<int>(m_gaps.size()))
        return;
    const stride::Gap &gap = m_gaps[static_cast<size_t>(index)];
    emit gapActivated(gap.kind, gap.ids);
}

} // namespace vigil
