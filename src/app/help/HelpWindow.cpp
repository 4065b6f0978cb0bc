#include "HelpWindow.h"

#include "widgets/InlineMessage.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

HelpWindow::HelpWindow(const QString &manualFolder, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_manual(manualFolder)
    , m_browser(new QTextBrowser(this))
    , m_problem(new InlineMessage(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("User manual — SIP Cabinet"));
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    // The contents' links name topics (#invoice-download): Qt's Markdown reader keeps no anchors to follow.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) {
        if (link.scheme().isEmpty() && link.path().isEmpty() && link.hasFragment())
            showTopic(link.fragment());
        else if (link.scheme() == QLatin1String("https") || link.scheme() == QLatin1String("mailto"))
            QDesktopServices::openUrl(link);
    });
    m_browser->setAccessibleName(tr("User manual"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(m_browser);
    resize(760, 700);
}

bool HelpWindow::ensureLoaded()
{
    if (m_loaded)
        return true;
    QString problem;
    if (!m_manual.load(&problem)) {
        m_problem->showError(problem);
        return false;
    }
    m_problem->clear();
    m_browser->setSearchPaths({m_manual.folder()});
    m_browser->setSource(QUrl::fromLocalFile(m_manual.markdownPath()), QTextDocument::MarkdownResource);
    m_loaded = true;
    return true;
}

bool HelpWindow::showTopic(const QString &topic)
{
    const bool loaded = ensureLoaded();
    show();
    raise();
    activateWindow();
    if (!loaded)
        return false;
    const QString heading = m_manual.headingOf(topic);
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0 && block.text().trimmed() == heading) {
            m_browser->setTextCursor(QTextCursor(block));
            const QRectF where = document->documentLayout()->blockBoundingRect(block);
            m_browser->verticalScrollBar()->setValue(qRound(where.top()));
            return true;
        }
    }
    m_browser->verticalScrollBar()->setValue(0);
    return true;
}

QStringList HelpWindow::headingsInView() const
{
    QStringList headings;
    const QTextDocument *document = m_browser->document();
    const QRectF view(0, m_browser->verticalScrollBar()->value(), m_browser->viewport()->width(),
                      m_browser->viewport()->height());
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0
            && view.contains(document->documentLayout()->blockBoundingRect(block).topLeft()))
            headings.append(block.text().trimmed());
    }
    return headings;
}
