#pragma once

// The user guide (Help > User Guide, F1): HTML pages compiled in as Qt resources under
// :/guide/<language>/ (docs/guide in the source tree), one set per UI language, shown in a
// non-modal window with back, forward and home buttons and a contents tree of the pages and
// their sections (<h2 id="...">). The window remembers its geometry.

#include <QDialog>
#include <QString>
#include <QStringList>
#include <QUrl>

class QTextBrowser;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;
class QSplitter;

namespace vigil {

class UserGuide final : public QDialog {
    Q_OBJECT

public:
    // The pages in reading order ("index.html" first); each exists in every language.
    static QStringList pages();
    // "qrc:/guide/<language>/<page>"; `page` may carry an anchor ("threats.html#filters").
    static QUrl pageUrl(const QString &language, const QString &page);

    // `language` is one of uiLanguages(); others show the English guide.
    explicit UserGuide(const QString &language, QWidget *parent = nullptr);
    ~UserGuide() override;

    QString language() const { return m_language; }
    QTextBrowser *browser() const { return m_browser; }
    QTreeWidget *contents() const { return m_contents; }

    // Shows `page` (with an optional "#anchor"); an empty or unknown page shows the start page.
    void showPage(const QString &page);
    // The page shown, relative to the language folder, with its anchor ("threats.html#filters").
    QString currentPage() const;

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void buildContents();
    void followSource(const QUrl &url);
    void rememberGeometry() const;

    QString m_language;
    QTextBrowser *m_browser = nullptr;
    QTreeWidget *m_contents = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
};

} // namespace vigil
