#include "views/panels/PropertiesPanel.h"

#include "views/panels/WheelGuard.h"

#include "model/PropertyCatalogue.h"
#include "views/panels/CatalogueText.h"
#include "views/document/Document.h"
#include "views/document/PanelCommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace vigil {

namespace {

// A number editor shows "(not set)" at its lowest value; real values lie above it.
constexpr double kNumberUnset = -1e12;

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

std::string joinLines(const std::vector<std::string> &lines)
{
    std::string text;
    for (const std::string &line : lines) {
        if (!text.empty())
            text += '\n';
        text += line;
    }
    return text;
}

std::vector<std::string> splitLines(const QString &text)
{
    std::vector<std::string> lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.push_back(trimmed.toStdString());
    }
    return lines;
}

// The one value all items share, or nullopt when they differ.
template<typename T>
std::optional<T> common(const std::vector<T> &values)
{
    if (values.empty())
        return std::nullopt;
    for (const T &value : values)
        if (value != values.front())
            return std::nullopt;
    return values.front();
}

} // namespace

PropertiesPanel::PropertiesPanel(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_heading(new QLabel(this)),
      m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("propertiesPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("heading"));
    layout->addWidget(m_heading);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);

    connect(document, &Document::elementChanged, this, &PropertiesPanel::onItemChanged);
    connect(document, &Document::flowChanged, this, &PropertiesPanel::onItemChanged);
    connect(document, &Document::boundaryChanged, this, &PropertiesPanel::onItemChanged);
    connect(document, &Document::modelInfoChanged, this, [this] {
        if (m_ids.empty())
            refresh();
    });
    const auto dropRemoved = [this](const Id &id) {
        if (std::find(m_ids.begin(), m_ids.end(), id) == m_ids.end())
            return;
        std::vector<Id> remaining = m_ids;
        remaining.erase(std::remove(remaining.begin(), remaining.end(), id), remaining.end());
        setSelection(remaining);
    };
    connect(document, &Document::elementRemoved, this, dropRemoved);
    connect(document, &Document::flowRemoved, this, dropRemoved);
    connect(document, &Document::boundaryRemoved, this, dropRemoved);
    connect(document, &Document::modelReset, this, [this] {
        m_ids.clear();
        rebuild();
    });
    rebuild();
}

void PropertiesPanel::setSelection(const std::vector<Id> &ids)
{
    std::vector<Id> known;
    for (const Id &id : ids)
        if (kindOf(id))
            known.push_back(id);
    if (known == m_ids && m_page)
        return;
    m_ids = std::move(known);
    rebuild();
}

std::optional<PropertiesPanel::Kind> PropertiesPanel::kindOf(const Id &id) const
{
    const ThreatModel &model = m_document->model();
    if (const Element *element = model.element(id)) {
        switch (element->kind) {
        case ElementKind::ExternalEntity: return Kind::ExternalEntity;
        case ElementKind::Process: return Kind::Process;
        case ElementKind::DataStore: return Kind::DataStore;
        }
    }
    if (model.flow(id))
        return Kind::Flow;
    if (model.boundary(id))
        return Kind::Zone;
    return std::nullopt;
}

void PropertiesPanel::onItemChanged(const Id &id)
{
    if (std::find(m_ids.begin(), m_ids.end(), id) == m_ids.end())
        return;
    // A kind change (e.g. process to data store) changes which properties apply.
    std::set<Kind> kinds;
    for (const Id &selected : m_ids)
        if (auto kind = kindOf(selected))
            kinds.insert(*kind);
    if (kinds != m_kinds)
        rebuild();
    else
        refresh();
}

// ---------------------------------------------------------------- building

void PropertiesPanel::rebuild()
{
    m_refreshers.clear();
    m_focusCommits.clear();
    // The old editors may be inside their own signal handlers: delete them later.
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_page = new QWidget;
    m_page->setObjectName(QStringLiteral("propertiesPage"));
    m_pageLayout = new QVBoxLayout(m_page);
    m_pageLayout->setContentsMargins(0, 0, 0, 0);

    m_kinds.clear();
    for (const Id &id : m_ids)
        if (auto kind = kindOf(id))
            m_kinds.insert(*kind);

    if (m_ids.empty())
        buildModelInfo();
    else
        buildItems();
    m_pageLayout->addStretch(1);
    m_scroll->setWidget(m_page);
    refresh();
}

void PropertiesPanel::refresh()
{
    const ThreatModel &model = m_document->model();
    if (m_ids.empty()) {
        m_heading->setText(tr("Model: %1").arg(fromStd(model.info().name)));
    } else if (m_ids.size() == 1) {
        const Id &id = m_ids.front();
        QString name;
        QString kind;
        if (const Element *element = model.element(id)) {
            name = fromStd(element->name);
            switch (element->kind) {
            case ElementKind::ExternalEntity: kind = tr("External entity"); break;
            case ElementKind::Process: kind = tr("Process"); break;
            case ElementKind::DataStore: kind = tr("Data store"); break;
            }
        } else if (const Flow *flow = model.flow(id)) {
            name = fromStd(flow->name);
            kind = tr("Data flow");
        } else if (const TrustBoundary *zone = model.boundary(id)) {
            name = fromStd(zone->name);
            kind = tr("Trust zone");
        }
        m_heading->setText(tr("%1: %2").arg(kind, name));
    } else {
        m_heading->setText(tr("%n items selected", nullptr, static_cast<int>(m_ids.size())));
    }
    for (const auto &refresher : m_refreshers)
        refresher();
}

QFormLayout *PropertiesPanel::addSection(const QString &title)
{
    auto *box = new QGroupBox(title, m_page);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_pageLayout->addWidget(box);
    return form;
}

void PropertiesPanel::addRow(QFormLayout *form, const QString &label, QWidget *editor,
                             const QString &toolTip, QWidget *reset)
{
    auto *text = new QLabel(label);
    text->setToolTip(toolTip);
    editor->setToolTip(toolTip);
    text->setBuddy(editor);
    if (!reset) {
        form->addRow(text, editor);
        return;
    }
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    // A checkbox is only as wide as its box, so that a click beside it does not toggle it.
    const bool grows = !qobject_cast<QCheckBox *>(editor);
    layout->addWidget(editor, grows ? 1 : 0);
    if (!grows)
        layout->addStretch(1);
    layout->addWidget(reset);
    form->addRow(text, row);
}

void PropertiesPanel::buildModelInfo()
{
    const auto info = [this] { return m_document->model().info(); };
    const auto text = [info](std::string ModelInfo::*field) {
        return [info, field](const Id &) { return std::optional<QString>(fromStd(info().*field)); };
    };
    const auto context = [info](std::string SecurityContext::*field) {
        return [info, field](const Id &) {
            return std::optional<QString>(fromStd(info().context.*field));
        };
    };
    const auto setText = [this](const QString &what, std::string ModelInfo::*field) {
        return [this, what, field](const QString &value) {
            editModelInfo(what, [&](ModelInfo &edited) { edited.*field = value.toStdString(); });
        };
    };
    const auto setContext = [this](const QString &what, std::string SecurityContext::*field) {
        return [this, what, field](const QString &value) {
            editModelInfo(what,
                          [&](ModelInfo &edited) { edited.context.*field = value.toStdString(); });
        };
    };

    QFormLayout *model = addSection(tr("Model"));
    addTextField(model, tr("Name"), QStringLiteral("modelName"), false, text(&ModelInfo::name),
                 setText(tr("Rename the model"), &ModelInfo::name));
    addTextField(model, tr("Description"), QStringLiteral("modelDescription"), true,
                 text(&ModelInfo::description),
                 setText(tr("Edit the model's description"), &ModelInfo::description));

    QFormLayout *security = addSection(tr("Security context"));
    addTextField(security, tr("Intended use"), QStringLiteral("intendedUse"), true,
                 context(&SecurityContext::intendedUse),
                 setContext(tr("Edit the intended use"), &SecurityContext::intendedUse));
    addTextField(security, tr("Environment"), QStringLiteral("environment"), true,
                 context(&SecurityContext::environment),
                 setContext(tr("Edit the environment"), &SecurityContext::environment));
    addTextField(security, tr("Network location"), QStringLiteral("networkLocation"), false,
                 context(&SecurityContext::networkLocation),
                 setContext(tr("Edit the network location"), &SecurityContext::networkLocation));
    addTextField(security, tr("Physical protection"), QStringLiteral("physicalProtection"), false,
                 context(&SecurityContext::physicalProtection),
                 setContext(tr("Edit the physical protection"),
                            &SecurityContext::physicalProtection));
    addTextField(security, tr("Safety impact"), QStringLiteral("safetyImpact"), true,
                 context(&SecurityContext::safetyImpact),
                 setContext(tr("Edit the safety impact"), &SecurityContext::safetyImpact));

    QFormLayout *scope = addSection(tr("Scope and assumptions"));
    addTextField(scope, tr("Assumptions\n(one per line)"), QStringLiteral("assumptions"), true,
                 [info](const Id &) {
                     return std::optional<QString>(fromStd(joinLines(info().assumptions)));
                 },
                 [this](const QString &value) {
                     editModelInfo(tr("Edit the assumptions"), [&](ModelInfo &edited) {
                         edited.assumptions = splitLines(value);
                     });
                 });
    addTextField(scope, tr("Scope"), QStringLiteral("scope"), true, text(&ModelInfo::scope),
                 setText(tr("Edit the scope"), &ModelInfo::scope));
}

void PropertiesPanel::buildItems()
{
    const ThreatModel &model = m_document->model();
    const bool single = m_ids.size() == 1;
    const bool hasZones = m_kinds.count(Kind::Zone) != 0;
    const bool onlyFlows = m_kinds == std::set<Kind>{Kind::Flow};

    QFormLayout *general = addSection(tr("General"));
    if (single) {
        addTextField(
            general, tr("Name"), QStringLiteral("name"), false,
            [this](const Id &id) -> std::optional<QString> {
                const ThreatModel &current = m_document->model();
                if (const Element *element = current.element(id))
                    return fromStd(element->name);
                if (const Flow *flow = current.flow(id))
                    return fromStd(flow->name);
                if (const TrustBoundary *zone = current.boundary(id))
                    return fromStd(zone->name);
                return std::nullopt;
            },
            [this](const QString &value) {
                const std::string name = value.toStdString();
                editSelected(
                    tr("Rename to \"%1\"").arg(value), [&](Element &e) { e.name = name; },
                    [&](Flow &f) { f.name = name; }, [&](TrustBoundary &z) { z.name = name; });
            });
    }
    addTextField(
        general, tr("Description"), QStringLiteral("description"), true,
        [this](const Id &id) -> std::optional<QString> {
            const ThreatModel &current = m_document->model();
            if (const Element *element = current.element(id))
                return fromStd(element->description);
            if (const Flow *flow = current.flow(id))
                return fromStd(flow->description);
            if (const TrustBoundary *zone = current.boundary(id))
                return fromStd(zone->description);
            return std::nullopt;
        },
        [this](const QString &value) {
            const std::string text = value.toStdString();
            editSelected(
                tr("Edit the description"), [&](Element &e) { e.description = text; },
                [&](Flow &f) { f.description = text; },
                [&](TrustBoundary &z) { z.description = text; });
        });

    if (!hasZones) {
        addBoolField(
            general, tr("Out of scope"), QStringLiteral("outOfScope"),
            [this](const Id &id) -> std::optional<bool> {
                const ThreatModel &current = m_document->model();
                if (const Element *element = current.element(id))
                    return element->outOfScope;
                if (const Flow *flow = current.flow(id))
                    return flow->outOfScope;
                return std::nullopt;
            },
            [this](bool value) {
                editSelected(
                    value ? tr("Mark out of scope") : tr("Mark in scope"),
                    [&](Element &e) { e.outOfScope = value; },
                    [&](Flow &f) { f.outOfScope = value; }, [](TrustBoundary &) {});
            });
        addTextField(
            general, tr("Reason"), QStringLiteral("outOfScopeReason"), false,
            [this](const Id &id) -> std::optional<QString> {
                const ThreatModel &current = m_document->model();
                if (const Element *element = current.element(id))
                    return fromStd(element->outOfScopeReason);
                if (const Flow *flow = current.flow(id))
                    return fromStd(flow->outOfScopeReason);
                return std::nullopt;
            },
            [this](const QString &value) {
                const std::string text = value.toStdString();
                editSelected(
                    tr("Edit the out-of-scope reason"),
                    [&](Element &e) { e.outOfScopeReason = text; },
                    [&](Flow &f) { f.outOfScopeReason = text; }, [](TrustBoundary &) {});
            });
    }

    if (onlyFlows) {
        QFormLayout *flowForm = addSection(tr("Data flow"));
        if (single) {
            const Flow *flow = model.flow(m_ids.front());
            const auto nameOf = [&model](const Id &id) {
                const Element *element = model.element(id);
                return element ? fromStd(element->name) : fromStd(id);
            };
            auto *from = new QLabel(nameOf(flow->source));
            from->setObjectName(QStringLiteral("source"));
            auto *to = new QLabel(nameOf(flow->target));
            to->setObjectName(QStringLiteral("target"));
            addRow(flowForm, tr("From"), from);
            addRow(flowForm, tr("To"), to);
        }
        addTextField(
            flowForm, tr("Protocol"), QStringLiteral("protocol"), false,
            [this](const Id &id) -> std::optional<QString> {
                const Flow *flow = m_document->model().flow(id);
                return flow ? std::optional<QString>(fromStd(flow->protocol)) : std::nullopt;
            },
            [this](const QString &value) {
                const std::string text = value.toStdString();
                editSelected(
                    tr("Set the protocol to \"%1\"").arg(value), [](Element &) {},
                    [&](Flow &f) { f.protocol = text; }, [](TrustBoundary &) {});
            });
        addBoolField(
            flowForm, tr("Bidirectional"), QStringLiteral("bidirectional"),
            [this](const Id &id) -> std::optional<bool> {
                const Flow *flow = m_document->model().flow(id);
                return flow ? std::optional<bool>(flow->bidirectional) : std::nullopt;
            },
            [this](bool value) {
                editSelected(
                    value ? tr("Make bidirectional") : tr("Make one-way"), [](Element &) {},
                    [&](Flow &f) { f.bidirectional = value; }, [](TrustBoundary &) {});
            });
    }

    if (m_kinds == std::set<Kind>{Kind::Zone} && single) {
        QFormLayout *zoneForm = addSection(tr("Trust zone"));
        const TrustBoundary *zone = model.boundary(m_ids.front());
        const TrustBoundary *parent = zone->parent.empty() ? nullptr : model.boundary(zone->parent);
        auto *parentLabel = new QLabel(parent ? fromStd(parent->name) : tr("(none)"));
        parentLabel->setObjectName(QStringLiteral("parent"));
        addRow(zoneForm, tr("Inside"), parentLabel,
               tr("The zone this one is nested in; move the zone on a diagram to change it."));
        auto *members = new QLabel(tr("%n element(s)", nullptr,
                                      static_cast<int>(zone->members.size())));
        addRow(zoneForm, tr("Contains"), members);
    }

    if (hasZones)
        return;
    // Catalogue properties that apply to every selected item, grouped as the catalogue says.
    std::vector<PropertyTarget> targets;
    for (Kind kind : m_kinds) {
        switch (kind) {
        case Kind::ExternalEntity: targets.push_back(PropertyTarget::ExternalEntity); break;
        case Kind::Process: targets.push_back(PropertyTarget::Process); break;
        case Kind::DataStore: targets.push_back(PropertyTarget::DataStore); break;
        case Kind::Flow: targets.push_back(PropertyTarget::Flow); break;
        case Kind::Zone: break;
        }
    }
    std::vector<std::string> groups;
    std::vector<const PropertyDefinition *> shown;
    for (const PropertyDefinition &definition : PropertyCatalogue::builtin().definitions()) {
        const bool applies = std::all_of(targets.begin(), targets.end(), [&](PropertyTarget t) {
            return definition.appliesToTarget(t);
        });
        if (!applies)
            continue;
        shown.push_back(&definition);
        if (std::find(groups.begin(), groups.end(), definition.group) == groups.end())
            groups.push_back(definition.group);
    }
    for (const std::string &group : groups) {
        QFormLayout *form = addSection(catalogueGroup(group));
        for (const PropertyDefinition *definition : shown)
            if (definition->group == group)
                addPropertyEditor(form, *definition);
    }
}

// ---------------------------------------------------------------- editors

void PropertiesPanel::addTextField(QFormLayout *form, const QString &label, const QString &name,
                                   bool multiLine,
                                   std::function<std::optional<QString>(const Id &)> read,
                                   std::function<void(const QString &)> write)
{
    // The model information has no ids: read it once with an empty id.
    const auto values = [this, read] {
        std::vector<QString> result;
        if (m_ids.empty())
            result.push_back(read({}).value_or(QString()));
        for (const Id &id : m_ids)
            if (auto value = read(id))
                result.push_back(*value);
        return result;
    };
    if (multiLine) {
        auto *edit = new QPlainTextEdit;
        edit->setObjectName(name);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
        edit->installEventFilter(this);
        m_focusCommits.emplace_back(edit, [edit, write] {
            if (!edit->document()->isModified())
                return;
            edit->document()->setModified(false);
            write(edit->toPlainText());
        });
        m_refreshers.push_back([edit, values] {
            const QSignalBlocker blocker(edit);
            const auto shared = common(values());
            edit->setPlainText(shared.value_or(QString()));
            edit->setPlaceholderText(shared ? QString() : tr("(different values)"));
            edit->document()->setModified(false);
        });
        addRow(form, label, edit);
        return;
    }
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    connect(edit, &QLineEdit::editingFinished, this, [edit, write] {
        if (!edit->isModified())
            return;
        edit->setModified(false);
        write(edit->text());
    });
    m_refreshers.push_back([edit, values] {
        const QSignalBlocker blocker(edit);
        const auto shared = common(values());
        if (edit->text() != shared.value_or(QString()))
            edit->setText(shared.value_or(QString()));
        edit->setPlaceholderText(shared ? QString() : tr("(different values)"));
        edit->setModified(false);
    });
    addRow(form, label, edit);
}

void PropertiesPanel::addBoolField(QFormLayout *form, const QString &label, const QString &name,
                                   std::function<std::optional<bool>(const Id &)> read,
                                   std::function<void(bool)> write)
{
    auto *box = new QCheckBox;
    box->setObjectName(name);
    box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    const auto allTrue = [this, read] {
        return std::all_of(m_ids.begin(), m_ids.end(),
                           [&](const Id &id) { return read(id).value_or(false); });
    };
    const auto anyTrue = [this, read] {
        return std::any_of(m_ids.begin(), m_ids.end(),
                           [&](const Id &id) { return read(id).value_or(false); });
    };
    // A click makes every selected item true unless all already are.
    connect(box, &QCheckBox::clicked, this, [write, allTrue] { write(!allTrue()); });
    m_refreshers.push_back([box, allTrue, anyTrue] {
        const QSignalBlocker blocker(box);
        const bool all = allTrue();
        const bool mixed = !all && anyTrue();
        box->setTristate(mixed);
        box->setCheckState(all ? Qt::Checked : mixed ? Qt::PartiallyChecked : Qt::Unchecked);
    });
    addRow(form, label, box);
}

void PropertiesPanel::addPropertyEditor(QFormLayout *form, const PropertyDefinition &definition)
{
    const std::string key = definition.key;
    const QString name = QStringLiteral("property:%1").arg(fromStd(key));
    const auto values = [this, key] {
        std::vector<std::optional<PropertyValue>> result;
        for (const Id &id : m_ids)
            result.push_back(propertyOf(id, key));
        return result;
    };
    const auto anySet = [values] {
        const auto all = values();
        return std::any_of(all.begin(), all.end(), [](const auto &v) { return v.has_value(); });
    };

    auto *reset = new QToolButton;
    reset->setObjectName(QStringLiteral("reset:%1").arg(fromStd(key)));
    reset->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    reset->setAutoRaise(true);
    reset->setToolTip(tr("Reset to \"not set\""));
    connect(reset, &QToolButton::clicked, this,
            [this, &definition] { setProperty(definition, std::nullopt); });
    m_refreshers.push_back([reset, anySet] { reset->setEnabled(anySet()); });

    QWidget *editor = nullptr;
    switch (definition.type) {
    case PropertyType::Bool: {
        auto *box = new QCheckBox;
        const auto isTrue = [](const std::optional<PropertyValue> &value) {
            return value && std::holds_alternative<bool>(*value) && std::get<bool>(*value);
        };
        const auto allTrue = [values, isTrue] {
            const auto all = values();
            return std::all_of(all.begin(), all.end(), isTrue);
        };
        connect(box, &QCheckBox::clicked, this,
                [this, &definition, allTrue] { setProperty(definition, !allTrue()); });
        m_refreshers.push_back([box, values, isTrue] {
            const QSignalBlocker blocker(box);
            const auto all = values();
            const auto trues = std::count_if(all.begin(), all.end(), isTrue);
            const bool mixed = trues > 0 && static_cast<size_t>(trues) < all.size();
            box->setTristate(mixed);
            box->setCheckState(mixed                                        ? Qt::PartiallyChecked
                               : trues > 0                                  ? Qt::Checked
                                                                            : Qt::Unchecked);
        });
        editor = box;
        break;
    }
    case PropertyType::Enum: {
        auto *combo = new QComboBox;
        WheelGuard::protect(combo);
        combo->addItem(tr("(not set)"));
        for (const std::string &value : definition.values)
            combo->addItem(catalogueValueLabel(definition, value), fromStd(value));
        combo->setPlaceholderText(tr("(different values)"));
        connect(combo, &QComboBox::activated, this, [this, &definition](int index) {
            if (index <= 0)
                setProperty(definition, std::nullopt);
            else
                setProperty(definition,
                            PropertyValue(definition.values.at(static_cast<size_t>(index - 1))));
        });
        m_refreshers.push_back([combo, values, &definition] {
            const QSignalBlocker blocker(combo);
            const auto shared = common(values());
            int index = -1;
            if (shared && !*shared) {
                index = 0;
            } else if (shared && std::holds_alternative<std::string>(**shared)) {
                const auto &list = definition.values;
                auto it = std::find(list.begin(), list.end(), std::get<std::string>(**shared));
                if (it != list.end())
                    index = static_cast<int>(it - list.begin()) + 1;
            }
            combo->setCurrentIndex(index);
        });
        editor = combo;
        break;
    }
    case PropertyType::Text: {
        auto *edit = new QLineEdit;
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, &definition] {
            if (!edit->isModified())
                return;
            edit->setModified(false);
            if (edit->text().isEmpty())
                setProperty(definition, std::nullopt);
            else
                setProperty(definition, PropertyValue(edit->text().toStdString()));
        });
        m_refreshers.push_back([edit, values] {
            const QSignalBlocker blocker(edit);
            const auto shared = common(values());
            QString text;
            if (shared && *shared && std::holds_alternative<std::string>(**shared))
                text = fromStd(std::get<std::string>(**shared));
            edit->setText(text);
            edit->setPlaceholderText(shared ? tr("(not set)") : tr("(different values)"));
            edit->setModified(false);
        });
        editor = edit;
        break;
    }
    case PropertyType::Number: {
        auto *spin = new QDoubleSpinBox;
        WheelGuard::protect(spin);
        spin->setRange(kNumberUnset, 1e9);
        spin->setDecimals(2);
        spin->setSpecialValueText(tr("(not set)"));
        spin->setKeyboardTracking(false);
        connect(spin, &QDoubleSpinBox::editingFinished, this, [this, spin, &definition] {
            if (spin->value() <= kNumberUnset)
                return;
            setProperty(definition, PropertyValue(spin->value()));
        });
        m_refreshers.push_back([spin, values] {
            const QSignalBlocker blocker(spin);
            const auto shared = common(values());
            double value = kNumberUnset;
            if (shared && *shared && std::holds_alternative<double>(**shared))
                value = std::get<double>(**shared);
            spin->setValue(value);
        });
        editor = spin;
        break;
    }
    }
    editor->setObjectName(name);
    addRow(form, catalogueLabel(definition), editor, catalogueDescription(definition), reset);
}

// ---------------------------------------------------------------- edits

std::optional<PropertyValue> PropertiesPanel::propertyOf(const Id &id, const std::string &key) const
{
    const ThreatModel &model = m_document->model();
    const PropertyMap *properties = nullptr;
    if (const Element *element = model.element(id))
        properties = &element->properties;
    else if (const Flow *flow = model.flow(id))
        properties = &flow->properties;
    if (!properties)
        return std::nullopt;
    auto it = properties->find(key);
    if (it == properties->end())
        return std::nullopt;
    return it->second;
}

void PropertiesPanel::setProperty(const PropertyDefinition &definition,
                                  std::optional<PropertyValue> value)
{
    const auto apply = [&](PropertyMap &properties) {
        if (value)
            properties[definition.key] = *value;
        else
            properties.erase(definition.key);
    };
    const QString label = catalogueLabel(definition);
    const int count = static_cast<int>(m_ids.size());
    const QString text = value ? tr("Set \"%1\" on %n item(s)", nullptr, count).arg(label)
                               : tr("Reset \"%1\" on %n item(s)", nullptr, count).arg(label);
    editSelected(
        text, [&](Element &e) { apply(e.properties); }, [&](Flow &f) { apply(f.properties); },
        [](TrustBoundary &) {});
}

void PropertiesPanel::editSelected(const QString &text,
                                   const std::function<void(Element &)> &element,
                                   const std::function<void(Flow &)> &flow,
                                   const std::function<void(TrustBoundary &)> &zone)
{
    const ThreatModel &model = m_document->model();
    std::vector<Element> elements;
    std::vector<Flow> flows;
    std::vector<TrustBoundary> zones;
    for (const Id &id : m_ids) {
        if (const Element *found = model.element(id)) {
            elements.push_back(*found);
            element(elements.back());
        } else if (const Flow *foundFlow = model.flow(id)) {
            flows.push_back(*foundFlow);
            flow(flows.back());
        } else if (const TrustBoundary *foundZone = model.boundary(id)) {
            zones.push_back(*foundZone);
            zone(zones.back());
        }
    }
    m_document->push(new EditItemsCommand(m_document, text, std::move(elements),
                                          std::move(flows), std::move(zones)));
    // An edit that changed nothing (dropped) still leaves the editors showing the model.
    refresh();
}

void PropertiesPanel::editModelInfo(const QString &text,
                                    const std::function<void(ModelInfo &)> &edit)
{
    ModelInfo info = m_document->model().info();
    edit(info);
    m_document->push(new SetModelInfoCommand(m_document, text, std::move(info)));
    refresh();
}

bool PropertiesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        for (const auto &[editor, commit] : m_focusCommits) {
            if (editor == watched) {
                // The commit may rebuild the panel: copy it first.
                const auto run = commit;
                run();
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace vigil
