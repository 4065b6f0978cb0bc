#pragma once

// What the page tests of the operator-data pages share: showing a page, waiting for its load, and asking
// the sandbox directly what it holds.
#include "LoggedInContext.h"
#include "pages/MenuPage.h"
#include "pages/OperatorDataLoader.h"
#include "widgets/InlineMessage.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTest>
#include <QUrlQuery>

namespace OperatorPageTesting {

inline OperatorDataLoader *loaderOf(QWidget *page)
{
    return page->findChild<OperatorDataLoader *>();
}

// Shows and activates the page as the main window does, and waits for the operator's answer.
[[nodiscard]] inline bool showAndLoad(MenuPage *page)
{
    page->resize(900, 640);
    page->show();
    page->activateWindow();
    if (!QTest::qWaitForWindowActive(page))
        return false;
    page->activate();
    return QTest::qWaitFor([page] { return !loaderOf(page)->isBusy(); }, 30000);
}

[[nodiscard]] inline bool waitUntilLoaded(QWidget *page)
{
    return QTest::qWaitFor([page] { return !loaderOf(page)->isBusy(); }, 30000);
}

// GET at the operator, as a separate client (its own session) would see it.
inline QJsonObject operatorGet(LoggedInContext &logged, const QString &path, const QUrlQuery &query = {})
{
    const QString token = logged.sandbox().logIn();
    if (query.isEmpty())
        return logged.sandbox().send("GET", path, {}, token).json.object();
    QUrl url = logged.sandbox().baseUrl(); // SandboxFixture::send takes no query string
    url.setPath(url.path() + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// Types text the way a keyboard layout does, Cyrillic included (QTest::keyClicks knows only ASCII).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

inline QJsonObject statusFault(const QString &pathPrefix, int status = 500, int count = 1)
{
    return {{QStringLiteral("path_prefix"), pathPrefix}, {QStringLiteral("kind"), QStringLiteral("status")},
            {QStringLiteral("status"), status}, {QStringLiteral("count"), count}};
}

inline QPushButton *refreshButtonOf(QWidget *page)
{
    return loaderOf(page)->findChild<QPushButton *>(QStringLiteral("refreshButton"));
}

} // namespace OperatorPageTesting
