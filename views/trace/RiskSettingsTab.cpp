#include "views/trace/RiskSettingsTab.h"

#include "views/document/Document.h"
#include "views/document/TraceCommands.h"
#include "views/trace/TraceWidgets.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vigil {

using namespace tracepanel;

namespace {

constexpr std::array kLevels{Independence::None, Independence::OtherPerson,
                             Independence::OtherDepartment, Independence::OtherOrganisation};

} // namespace

RiskSettingsTab::RiskSettingsTab(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("riskSettingsTab"));
    auto *page = new QWidget;
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);

    // --- the risk matrix
    auto *matrix = new QGroupBox(tr("Risk matrix"), page);
    auto *matrixLayout = new QVBoxLayout(matrix);
    auto *axes = new QHBoxLayout;
    axes->addWidget(createAxis(m_exploitability, QStringLiteral("exploitability"),
                               tr("Exploitability levels, lowest first:")),
                    1);
    axes->addWidget(createAxis(m_severity, QStringLiteral("severity"),
                               tr("Severity levels, lowest first:")),
                    1);
    matrixLayout->addLayout(axes);

    auto *gridLabel = new QLabel(tr("Acceptable risks: one row per exploitability level, one "
                                    "column per severity level. Tick a cell to accept its risk."),
                                 matrix);
    gridLabel->setWordWrap(true);
    m_grid = new QTableWidget(matrix);
    m_grid->setObjectName(QStringLiteral("acceptableGrid"));
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(false);
    m_grid->setTabKeyNavigation(false);
    m_grid->setCornerButtonEnabled(false);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->horizontalHeader()->setHighlightSections(false);
    m_grid->verticalHeader()->setHighlightSections(false);
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(m_grid->fontMetrics().height() + 10);
    m_grid->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_grid->setToolTip(tr("Space or a click on the box toggles a cell"));
    gridLabel->setBuddy(m_grid);
    matrixLayout->addWidget(gridLabel);
    matrixLayout->addWidget(m_grid);

    auto *cvssRow = new QHBoxLayout;
    auto *cvssLabel = new QLabel(tr("CVSS threshold:"), matrix);
    m_cvss = new QDoubleSpinBox(matrix);
    m_cvss->setObjectName(QStringLiteral("cvssThreshold"));
    m_cvss->setRange(0.0, 10.1);
    m_cvss->setDecimals(1);
    m_cvss->setSingleStep(0.1);
    m_cvss->setKeyboardTracking(false);
    m_cvss->setToolTip(tr("CVSS base scores below this are acceptable (10.1 accepts every "
                          "score, 0.0 none)"));
    cvssLabel->setBuddy(m_cvss);
    cvssRow->addWidget(cvssLabel);
    cvssRow->addWidget(m_cvss);
    cvssRow->addWidget(new QLabel(tr("scores below this are acceptable"), matrix), 1);
    matrixLayout->addLayout(cvssRow);
    pageLayout->addWidget(matrix);

    // --- independence
    auto *independence =
        new QGroupBox(tr("Tester independence (IEC 81001-5-1 clause 5.7.5)"), page);
    auto *form = new QFormLayout(independence);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (size_t i = 0; i < kTestKinds.size(); ++i) {
        const std::string kind(kTestKinds[i]);
        auto *combo = new QComboBox(independence);
        combo->setObjectName(QStringLiteral("independence:%1").arg(fromStd(kind)));
        for (Independence level : kLevels)
            combo->addItem(independenceLabel(level), static_cast<int>(level));
        combo->setToolTip(tr("How far the tester of a %1 must stand from the developer whose "
                             "work it verifies")
                              .arg(testKindLabel(kind)));
        connect(combo, &QComboBox::activated, this, [this, combo, kind](int index) {
            const auto level = static_cast<Independence>(combo->itemData(index).toInt());
            editInfo(tr("Require %1 for %2").arg(combo->itemText(index), testKindLabel(kind)),
                     [&](ModelInfo &info) { info.independence.set(kind, level); });
        });
        m_independence[i] = combo;
        form->addRow(tr("%1:").arg(testKindText(kind)), combo);
    }
    pageLayout->addWidget(independence);

    auto *bottom = new QHBoxLayout;
    m_restore = new QPushButton(tr("Restore Defaults"), page);
    m_restore->setObjectName(QStringLiteral("restoreDefaults"));
    m_restore->setToolTip(tr("Put back the default risk matrix, CVSS threshold and independence "
                             "rules (one undo step)"));
    bottom->addStretch(1);
    bottom->addWidget(m_restore);
    pageLayout->addLayout(bottom);
    pageLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(scroll);

    connect(m_grid, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_refreshing)
            return;
        const int row = item->row();
        const int column = item->column();
        const bool acceptable = item->checkState() == Qt::Checked;
        const RiskScheme &scheme = m_document->model().info().riskScheme;
        const auto name = [](const std::vector<std::string> &levels, int index) {
            return index < static_cast<int>(levels.size())
                       ? fromStd(levels[static_cast<size_t>(index)])
                       : QString::number(index + 1);
        };
        const QString cell = tr("%1 exploitability × %2 severity")
                                 .arg(name(scheme.exploitabilityLevels, row),
                                      name(scheme.severityLevels, column));
        editInfo(acceptable ? tr("Accept risks of %1").arg(cell)
                            : tr("Stop accepting risks of %1").arg(cell),
                 [&](ModelInfo &info) {
                     auto &rows = info.riskScheme.acceptable;
                     if (row < static_cast<int>(rows.size())
                         && column < static_cast<int>(rows[static_cast<size_t>(row)].size()))
                         rows[static_cast<size_t>(row)][static_cast<size_t>(column)] = acceptable;
                 });
    });
    connect(m_cvss, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_refreshing)
            return;
        editInfo(tr("Set CVSS threshold to %1").arg(value, 0, 'f', 1),
                 [&](ModelInfo &info) { info.riskScheme.cvssAcceptableBelow = value; });
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        editInfo(tr("Restore default risk scheme and independence rules"), [](ModelInfo &info) {
            info.riskScheme = RiskScheme{};
            info.independence = IndependenceRules{};
        });
    });
    connect(document, &Document::modelInfoChanged, this, &RiskSettingsTab::refresh);
    connect(document, &Document::traceChanged, this, &RiskSettingsTab::refresh);
    connect(document, &Document::modelReset, this, &RiskSettingsTab::refresh);
    refresh();
}

QWidget *RiskSettingsTab::createAxis(Axis &axis, const QString &name, const QString &title)
{
    auto *box = new QWidget;
    auto *layout = new QGridLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto *label = new QLabel(title, box);
    axis.list = new QListWidget(box);
    axis.list->setObjectName(name + QStringLiteral("Levels"));
    axis.list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::SelectedClicked);
    axis.list->setToolTip(tr("Double-click or press F2 to rename a level"));
    axis.list->setFixedHeight(axis.list->fontMetrics().height() * kMaxLevels + 16);
    label->setBuddy(axis.list);
    const bool exploitability = name == QLatin1String("exploitability");
    axis.add = new QPushButton(tr("Add Level"), box);
    axis.add->setObjectName(name + QStringLiteral("Add"));
    axis.add->setToolTip(tr("Add a level above the highest (at most %1)").arg(kMaxLevels));
    axis.remove = new QPushButton(tr("Remove Level"), box);
    axis.remove->setObjectName(name + QStringLiteral("Remove"));
    axis.remove->setToolTip(
        tr("Remove the selected level, or the highest (at least %1 remain)").arg(kMinLevels));
    layout->addWidget(label, 0, 0, 1, 2);
    layout->addWidget(axis.list, 1, 0, 3, 1);
    layout->addWidget(axis.add, 1, 1);
    layout->addWidget(axis.remove, 2, 1);
    layout->setRowStretch(3, 1);
    layout->setColumnStretch(0, 1);

    QListWidget *list = axis.list;
    connect(list, &QListWidget::itemChanged, this,
            [this, list, exploitability](QListWidgetItem *item) {
                if (!m_refreshing)
                    renameLevel(exploitability, list->row(item), item->text());
            });
    connect(axis.add, &QPushButton::clicked, this,
            [this, exploitability] { addLevel(exploitability); });
    connect(axis.remove, &QPushButton::clicked, this,
            [this, exploitability] { removeLevel(exploitability); });
    return box;
}

QComboBox *RiskSettingsTab::independenceCombo(std::string_view testKind) const
{
    for (size_t i = 0; i < kTestKinds.size(); ++i)
        if (kTestKinds[i] == testKind)
            return m_independence[i];
    return nullptr;
}

void RiskSettingsTab::editInfo(const QString &text, const std::function<void(ModelInfo &)> &change)
{
    TraceEdit edit(m_document->model());
    ModelInfo info = edit.info();
    change(info);
    edit.setInfo(std::move(info));
    pushEdit(m_document, text, edit);
    refresh(); // a change that changed nothing still shows the model
}

void RiskSettingsTab::renameLevel(bool exploitability, int index, const QString &name)
{
    const QString trimmed = name.trimmed();
    const RiskScheme &scheme = m_document->model().info().riskScheme;
    const auto &levels = exploitability ? scheme.exploitabilityLevels : scheme.severityLevels;
    if (trimmed.isEmpty() || index < 0 || index >= static_cast<int>(levels.size())) {
        refresh(); // an empty name is no name: put the old one back
        return;
    }
    const QString old = fromStd(levels[static_cast<size_t>(index)]);
    editInfo(exploitability ? tr("Rename exploitability level \"%1\" to \"%2\"").arg(old, trimmed)
                            : tr("Rename severity level \"%1\" to \"%2\"").arg(old, trimmed),
             [&](ModelInfo &info) {
                 auto &names = exploitability ? info.riskScheme.exploitabilityLevels
                                              : info.riskScheme.severityLevels;
                 names[static_cast<size_t>(index)] = trimmed.toStdString();
             });
}

void RiskSettingsTab::addLevel(bool exploitability)
{
    editInfo(exploitability ? tr("Add exploitability level") : tr("Add severity level"),
             [&](ModelInfo &info) {
                 RiskScheme &scheme = info.riskScheme;
                 auto &names = exploitability ? scheme.exploitabilityLevels : scheme.severityLevels;
                 if (names.size() >= static_cast<size_t>(kMaxLevels))
                     return;
                 names.push_back(tr("Level %1").arg(names.size() + 1).toStdString());
                 // The new level is the highest: it starts as acceptable as the one below it.
                 auto &rows = scheme.acceptable;
                 if (exploitability) {
                     std::vector<bool> row = rows.empty()
                                                 ? std::vector<bool>(scheme.severityLevels.size())
                                                 : rows.back();
                     rows.push_back(std::move(row));
                 } else {
                     for (auto &row : rows)
                         row.push_back(!row.empty() && row.back());
                 }
             });
}

void RiskSettingsTab::removeLevel(bool exploitability)
{
    QListWidget *list = exploitability ? m_exploitability.list : m_severity.list;
    const RiskScheme &current = m_document->model().info().riskScheme;
    const auto &levels = exploitability ? current.exploitabilityLevels : current.severityLevels;
    if (levels.size() <= static_cast<size_t>(kMinLevels))
        return;
    int index = list->currentRow();
    if (index < 0 || !list->currentItem()->isSelected()
        || index >= static_cast<int>(levels.size()))
        index = static_cast<int>(levels.size()) - 1;
    const QString name = fromStd(levels[static_cast<size_t>(index)]);
    const auto position = static_cast<size_t>(index);
    editInfo(exploitability ? tr("Remove exploitability level \"%1\"").arg(name)
                            : tr("Remove severity level \"%1\"").arg(name),
             [&](ModelInfo &info) {
                 RiskScheme &scheme = info.riskScheme;
                 auto &names = exploitability ? scheme.exploitabilityLevels : scheme.severityLevels;
                 names.erase(names.begin() + static_cast<std::ptrdiff_t>(position));
                 auto &rows = scheme.acceptable;
                 if (exploitability) {
                     if (position < rows.size())
                         rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(position));
                 } else {
                     for (auto &row : rows)
                         if (position < row.size())
                             row.erase(row.begin() + static_cast<std::ptrdiff_t>(position));
                 }
             });
}

void RiskSettingsTab::refresh()
{
    m_refreshing = true;
    const ModelInfo &info = m_document->model().info();
    const RiskScheme &scheme = info.riskScheme;
    refreshAxis(m_exploitability, scheme.exploitabilityLevels);
    refreshAxis(m_severity, scheme.severityLevels);
    refreshGrid(scheme);
    // Unless the user is typing a value that is not yet committed.
    if (m_cvss->cleanText() == m_cvss->textFromValue(m_cvss->value()))
        m_cvss->setValue(scheme.cvssAcceptableBelow);
    for (size_t i = 0; i < kTestKinds.size(); ++i) {
        const Independence level = info.independence.forKind(kTestKinds[i]);
        m_independence[i]->setCurrentIndex(m_independence[i]->findData(static_cast<int>(level)));
    }
    m_refreshing = false;
}

void RiskSettingsTab::refreshAxis(Axis &axis, const std::vector<std::string> &levels)
{
    const int count = static_cast<int>(levels.size());
    axis.add->setEnabled(count < kMaxLevels);
    axis.remove->setEnabled(count > kMinLevels);
    // Items are updated in place: this may run inside the list's own itemChanged, and an open
    // editor keeps the name the user is typing.
    while (axis.list->count() > count)
        delete axis.list->takeItem(axis.list->count() - 1);
    for (int row = 0; row < count; ++row) {
        const QString name = fromStd(levels[static_cast<size_t>(row)]);
        QListWidgetItem *item = axis.list->item(row);
        if (!item) {
            item = new QListWidgetItem(name, axis.list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        } else if (item->text() != name) {
            item->setText(name);
        }
    }
}

void RiskSettingsTab::refreshGrid(const RiskScheme &scheme)
{
    const int rows = static_cast<int>(scheme.exploitabilityLevels.size());
    const int columns = static_cast<int>(scheme.severityLevels.size());
    m_grid->setRowCount(rows);
    m_grid->setColumnCount(columns);
    QStringList rowNames;
    for (const std::string &level : scheme.exploitabilityLevels)
        rowNames << fromStd(level);
    QStringList columnNames;
    for (const std::string &level : scheme.severityLevels)
        columnNames << fromStd(level);
    m_grid->setVerticalHeaderLabels(rowNames);
    m_grid->setHorizontalHeaderLabels(columnNames);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            const bool acceptable = scheme.isAcceptable(row + 1, column + 1);
            QTableWidgetItem *item = m_grid->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                m_grid->setItem(row, column, item);
            }
            const StatusLook look{acceptable ? tr("✔ Acceptable") : tr("✖ Not acceptable"),
                                  acceptable ? Tone::Good : Tone::Bad};
            item->setText(look.text);
            item->setForeground(look.color());
            item->setCheckState(acceptable ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(tr("%1 exploitability × %2 severity: %3")
                                 .arg(rowNames.at(row), columnNames.at(column), look.text));
        }
    }
    // Show every row without scrolling: the matrix is at most 5 × 5.
    const int height = m_grid->horizontalHeader()->sizeHint().height()
                       + rows * m_grid->verticalHeader()->defaultSectionSize()
                       + 2 * m_grid->frameWidth();
    m_grid->setFixedHeight(height);
}

} // namespace vigil
