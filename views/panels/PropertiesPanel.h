#pragma once

// PropertiesPanel: the contents of the properties dock. It shows what is selected (one or several
// elements, flows, zones, or with nothing selected the model's own information) with an editor
// per field: the name, description and out-of-scope flag, and the element's or flow's properties
// from the property catalogue, grouped and typed (checkbox, combo, text, number). Every change is
// one undo command, whether one item or several are selected; text commits when editing ends.
// The panel re-reads the model whenever the Document reports a change, so undo shows at once.

#include "model/Types.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>
#include <set>
#include <vector>

class QLabel;
class QScrollArea;
class QFormLayout;
class QVBoxLayout;

namespace vigil {

class Document;
class PropertyDefinition;

class PropertiesPanel final : public QWidget {
    Q_OBJECT

public:
    explicit PropertiesPanel(Document *document, QWidget *parent = nullptr);

    const std::vector<Id> &selection() const { return m_ids; }

public slots:
    // Shows `ids` (elements, flows, zones; unknown ids are ignored); empty: the model information.
    void setSelection(const std::vector<vigil::Id> &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Kind { ExternalEntity, Process, DataStore, Flow, Zone };

    void rebuild();
    void refresh();
    void onItemChanged(const Id &id);

    void buildModelInfo();
    void buildItems();
    QFormLayout *addSection(const QString &title);
    void addRow(QFormLayout *form, const QString &label, QWidget *editor,
                const QString &toolTip = {}, QWidget *reset = nullptr);

    // Editors for fields shared by every selected item. `read` gives one item's value.
    void addTextField(QFormLayout *form, const QString &label, const QString &name,
                      bool multiLine, std::function<std::optional<QString>(const Id &)> read,
                      std::function<void(const QString &)> write);
    void addBoolField(QFormLayout *form, const QString &label, const QString &name,
                      std::function<std::optional<bool>(const Id &)> read,
                      std::function<void(bool)> write);
    void addPropertyEditor(QFormLayout *form, const PropertyDefinition &definition);

    // One undo step that edits every selected item.
    void editSelected(const QString &text, const std::function<void(Element &)> &element,
                      const std::function<void(Flow &)> &flow,
                      const std::function<void(TrustBoundary &)> &zone);
    void editModelInfo(const QString &text, const std::function<void(ModelInfo &)> &edit);
    void setProperty(const PropertyDefinition &definition, std::optional<PropertyValue> value);
    std::optional<PropertyValue> propertyOf(const Id &id, const std::string &key) const;
    std::optional<Kind> kindOf(const Id &id) const;

    Document *m_document;
    std::vector<Id> m_ids;
    std::set<Kind> m_kinds;
    QLabel *m_heading;
    QScrollArea *m_scroll;
    QPointer<QWidget> m_page;
    QVBoxLayout *m_pageLayout = nullptr;
    // Re-read every editor from the model, without emitting edits.
    std::vector<std::function<void()>> m_refreshers;
    // Multi-line text editors commit when they lose focus.
    std::vector<std::pair<QObject *, std::function<void()>>> m_focusCommits;
    bool m_refreshQueued = false;
};

} // namespace vigil
