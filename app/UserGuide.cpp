#include "app/UserGuide.h"

#include "app/Preferences.h"

#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHideEvent>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigil {

namespace {

const QString kGeometryKey = QStringLiteral("userGuide/geometry");
const QString kSplitterKey = QStringLiteral("userGuide/splitter");
constexpr int kPageRole = Qt::UserRole + 1; // "threats.html#filters"

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Tags removed and entities of the few kinds the pages use decoded, for contents entries.
QString plainText(QString html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    html.remove(tags);
    html.replace(QStringLiteral("&amp;"), QStringLiteral("&"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    return html.simplified();
}

} // namespace

QStringList UserGuide::pages()
{
    return {QStringLiteral("index.html"),        QStringLiteral("diagram.html"),
            QStringLiteral("properties.html"),   QStringLiteral("analysis.html"),
            QStringLiteral("threats.html"),      QStringLiteral("risk.html"),
            QStringLiteral("traceability.html"), QStringLiteral("review.html"),
            QStringLiteral("reports.html"),      QStringLiteral("files.html"),
            QStringLiteral("cli.html"),          QStringLiteral("preferences.html")};
}

QUrl UserGuide::pageUrl(const QString &language, const QString &page)
{
    return QUrl(QStringLiteral("qrc:/guide/%1/%2").arg(language, page));
}

UserGuide::UserGuide(const QString &language, QWidget *parent)
    : QDialog(parent),
      m_language(uiLanguages().contains(language) ? language : QStringLiteral("en"))
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("Vigil User Guide"));
    setModal(false);
    setSizeGripEnabled(true);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    const auto button = [this, bar](QStyle::StandardPixmap icon, const QString &text,
                                    const QString &name) {
        auto *tool = new QToolButton(this);
        tool->setObjectName(name);
        tool->setIcon(style()->standardIcon(icon));
        tool->setText(text);
        tool->setToolTip(text);
        tool->setAutoRaise(true);
        tool->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(tool);
        return tool;
    };
    m_back = button(QStyle::SP_ArrowBack, tr("Back"), QStringLiteral("guideBack"));
    m_forward = button(QStyle::SP_ArrowForward, tr("Forward"), QStringLiteral("guideForward"));
    QToolButton *home = button(QStyle::SP_DirHomeIcon, tr("Contents"), QStringLiteral("guideHome"));
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setShortcut(QKeySequence::Forward);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_splitter = new QSplitter(this);
    m_contents = new QTreeWidget(m_splitter);
    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setHeaderHidden(true);
    m_contents->setRootIsDecorated(true);
    m_browser = new QTextBrowser(m_splitter);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_browser->document()->setDefaultStyleSheet(
        readResource(QStringLiteral(":/guide/guide.css")));
    m_splitter->addWidget(m_contents);
    m_splitter->addWidget(m_browser);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({270, 690});
    layout->addWidget(m_splitter, 1);

    buildContents();

    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(home, &QToolButton::clicked, this, [this] { showPage(QStringLiteral("index.html")); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &UserGuide::followSource);
    connect(m_contents, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            showPage(item->data(0, kPageRole).toString());
    });
    m_back->setEnabled(false);
    m_forward->setEnabled(false);

    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(960, 720);
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    showPage(QStringLiteral("index.html"));
}

UserGuide::~UserGuide()
{
    rememberGeometry();
}

void UserGuide::buildContents()
{
    static const QRegularExpression title(QStringLiteral("<title>(.*?)</title>"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression section(
        QStringLiteral("<h2 id=\"([^\"]+)\"[^>]*>(.*?)</h2>"),
        QRegularExpression::DotMatchesEverythingOption);
    for (const QString &page : pages()) {
        const QString html =
            readResource(QStringLiteral(":/guide/%1/%2").arg(m_language, page));
        auto *item = new QTreeWidgetItem(m_contents);
        const QRegularExpressionMatch match = title.match(html);
        item->setText(0, match.hasMatch() ? plainText(match.captured(1)) : page);
        item->setData(0, kPageRole, page);
        for (const QRegularExpressionMatch &heading : section.globalMatch(html)) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, plainText(heading.captured(2)));
            child->setData(0, kPageRole, page + QLatin1Char('#') + heading.captured(1));
        }
    }
}

void UserGuide::showPage(const QString &page)
{
    const QString file = page.section(QLatin1Char('#'), 0, 0);
    const QString target = pages().contains(file) ? page : QStringLiteral("index.html");
    const QUrl url = pageUrl(m_language, target);
    if (url != m_browser->source())
        m_browser->setSource(url);
}

QString UserGuide::currentPage() const
{
    const QUrl source = m_browser->source();
    QString page = source.fileName();
    if (source.hasFragment())
        page += QLatin1Char('#') + source.fragment();
    return page;
}

void UserGuide::followSource(const QUrl &url)
{
    // The contents tree shows where the reader is, without navigating again.
    QString page = url.fileName();
    const QString withSection =
        url.hasFragment() ? page + QLatin1Char('#') + url.fragment() : page;
    QTreeWidgetItem *found = nullptr;
    for (int i = 0; i < m_contents->topLevelItemCount() && !found; ++i) {
        QTreeWidgetItem *item = m_contents->topLevelItem(i);
        if (item->data(0, kPageRole).toString() != page)
            continue;
        found = item;
        for (int j = 0; j < item->childCount(); ++j)
            if (item->child(j)->data(0, kPageRole).toString() == withSection)
                found = item->child(j);
        item->setExpanded(true);
    }
    const QSignalBlocker blocker(m_contents);
    m_contents->setCurrentItem(found);
    const QString title = m_browser->documentTitle();
    setWindowTitle(title.isEmpty() ? tr("Vigil User Guide")
                                   : tr("%1 — Vigil User Guide").arg(title));
}

void UserGuide::hideEvent(QHideEvent *event)
{
    rememberGeometry();
    QDialog::hideEvent(event);
}

void UserGuide::rememberGeometry() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, QDialog::saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

} // namespace vigil
