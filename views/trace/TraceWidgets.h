#pragma once

// Small parts the traceability workspace (TracePanel) shares between its tabs: how a status looks
// (a symbol and a word, coloured, never colour alone), the labels of records, a plain-text editor
// that commits when editing finishes, a checkable picker dialog with a search field, and a list
// of linked records with Link and Unlink buttons. Nothing here edits the model.

#include "model/ThreatModel.h"

#include <QColor>
#include <QDialog>
#include <QPlainTextEdit>
#include <QString>
#include <QValidator>
#include <QWidget>

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace vigil {
class Document;
class TraceEdit;
} // namespace vigil

namespace vigil::tracepanel {

// What a status means to the reader; each tone has a colour and the text carries a symbol.
enum class Tone { Good, Bad, Pending, Neutral };
QColor toneColor(Tone tone);

struct StatusLook {
    QString text; // symbol and word: "✔ Pass", "✖ Fail", "○ Not run"
    Tone tone = Tone::Neutral;
    QColor color() const { return toneColor(tone); }
};
StatusLook testResultLook(const std::string &result);
StatusLook mitigationStatusLook(const std::string &status);
StatusLook requirementStatusLook(const std::string &status);
StatusLook threatStatusLook(ThreatStatus status);
// "— none": a missing link, red when the chain needs it.
StatusLook missingLook(bool isGap);

QString fromStd(const std::string &text);
QString testKindText(const std::string &kind); // "5.7.1 Security requirements test"
QString threatText(const ThreatModel &model, const Threat &threat); // "#12 Title"
QString personName(const ThreatModel &model, const Id &person); // empty for nobody
// "SR-001 The pump shall ..." or "Title" for a mitigation: a record a test can verify.
QString verifiedItemText(const ThreatModel &model, const Id &item);
// Ids with their numbers compared as numbers: SR-9 before SR-10.
bool naturalLess(const std::string &a, const std::string &b);

// Pushes `edit` as one undo step named `text`; a step that changes nothing is dropped.
void pushEdit(Document *document, const QString &text, const TraceEdit &edit);

// Shows `text` in a field unless the user is typing there (focus and unsaved text).
void showText(QLineEdit *edit, const QString &text);
// Selects the item with `data`, or none (the placeholder) when there is no such item.
void showData(QComboBox *combo, const QString &data);

// A multi-line plain-text field that commits when it loses focus or on Ctrl+Return, and whose
// Tab key moves on to the next field.
class CommitTextEdit final : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit CommitTextEdit(QWidget *parent = nullptr);
    // Shows `text` unless the user is typing here.
    void showText(const QString &text);
    bool isDirty() const;
    // Emits editingFinished when the user changed the text since it was shown or committed.
    void commit();

signals:
    void editingFinished(const QString &text);

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
};

// An ISO 8601 calendar date (YYYY-MM-DD) or nothing.
class IsoDateValidator final : public QValidator {
    Q_OBJECT

public:
    using QValidator::QValidator;
    State validate(QString &input, int &pos) const override;
};

struct PickItem {
    Id id;
    QString text;
    QString toolTip;
    std::optional<QColor> color;
};

// A checkable list of records with a search field: the user ticks what should be linked.
class PickerDialog final : public QDialog {
    Q_OBJECT

public:
    // Items in `partial` (linked to some of several records) start partially checked.
    PickerDialog(const QString &title, const QString &prompt, const std::vector<PickItem> &items,
                 const std::set<Id> &checked, QWidget *parent, const std::set<Id> &partial = {});

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }
    std::set<Id> checkedIds() const;   // fully checked
    std::set<Id> uncheckedIds() const; // fully unchecked
    void setChecked(const Id &id, bool checked);

private:
    void applySearch();
    void updateCount();

    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_count;
};

// Opens a window-modal picker (it deletes itself); `accepted` gets the ticked ids on OK.
PickerDialog *openPicker(QWidget *parent, const QString &title, const QString &prompt,
                           const std::vector<PickItem> &items, const std::set<Id> &checked,
                           std::function<void(const std::set<Id> &)> accepted);

// The records linked to the one shown: a list, and (when editable) Link... and Unlink buttons.
// Double-click or Return on an entry asks to show it.
class LinkList final : public QWidget {
    Q_OBJECT

public:
    // `name` prefixes the object names: nameList, nameLink, nameUnlink.
    LinkList(const QString &name, const QString &linkText, QWidget *parent = nullptr);
    explicit LinkList(const QString &name, QWidget *parent = nullptr); // read-only

    QListWidget *list() const { return m_list; }
    QPushButton *linkButton() const { return m_link; }
    QPushButton *unlinkButton() const { return m_unlink; }
    void setItems(const std::vector<PickItem> &items); // keeps the selection by id
    std::vector<Id> ids() const;
    std::vector<Id> selectedIds() const;

signals:
    void linkRequested();
    void unlinkRequested(const std::vector<vigil::Id> &ids);
    void activated(const vigil::Id &id);

private:
    void build(const QString &name, const QString &linkText);
    void updateButtons();

    QListWidget *m_list = nullptr;
    QPushButton *m_link = nullptr;
    QPushButton *m_unlink = nullptr;
};

} // namespace vigil::tracepanel
