// The loop mail intake closes, in demo mode as a newcomer sees it: the app starts its demo operator, the
// accountant logs in and orders call details through the page, the demo operator "sends" them to its
// outbox, and the document ends filed in the archive with no action from the user — the page following the
// order through each stage, the archive saying where the document came from.
#include "AppController.h"
#include "MainWindow.h"
#include "archive/DocumentArchive.h"
#include "archive/OrderJournal.h"
#include "format/OrderProgressText.h"
#include "mail/MailIntake.h"
#include "mail/MailIntakeService.h"
#include "pages/LoginPage.h"
#include "pages/MenuPage.h"
#include "session/SessionController.h"
#include "widgets/OrderProgressLabel.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int WaitMs = 30000;

template<typename T>
T *child(QObject *parent, const char *name)
{
    auto *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}
} // namespace

class TestDemoMailIntake : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anOrderEndsFiledWithNoActionFromTheUser();

private:
    bool setOperatorClock(const QUrl &api, const QDateTime &now);

    QTemporaryDir m_home;
};

void TestDemoMailIntake::initTestCase()
{
    QVERIFY(m_home.isValid());
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(name, m_home.filePath(QString::fromLatin1(name)).toLocal8Bit());
    QCoreApplication::setOrganizationName(u"SIP Cabinet Test"_s);
    QCoreApplication::setApplicationName(u"tst_demomailintake"_s);
}

bool TestDemoMailIntake::setOperatorClock(const QUrl &api, const QDateTime &now)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    QNetworkRequest request(QUrl(api.toString(QUrl::StripTrailingSlash) + u"/admin/clock"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const std::unique_ptr<QNetworkReply> reply(network.post(
        request, QJsonDocument(QJsonObject{{u"now"_s, now.toUTC().toString(Qt::ISODate)}}).toJson()));
    return QTest::qWaitFor([&reply] { return reply->isFinished(); }, WaitMs)
           && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2;
}

void TestDemoMailIntake::anOrderEndsFiledWithNoActionFromTheUser()
{
    AppController::Options options;
    options.demo = true;
    options.keychainService = u"SIP Cabinet tst_demomailintake"_s;
    AppController app(options);
    app.start();
    MainWindow *window = app.window();
    LoginPage *login = window->loginPage();
    auto *logIn = child<QPushButton>(login, "logInButton");
    QVERIFY(QTest::qWaitFor([&] { return logIn->isEnabled() && app.operatorUrl().isValid(); }, WaitMs));
    // Mid-month by the operator's clock, whatever day the test runs: ordering is open.
    QVERIFY(setOperatorClock(app.operatorUrl(), QDateTime(QDate(2026, 11, 16), QTime(9, 0), Qt::UTC)));
    QTest::keyClicks(child<QLineEdit>(login, "loginEdit"), u"demo"_s);
    QTest::keyClicks(child<QLineEdit>(login, "passwordEdit"), u"demo-password"_s);
    QTest::mouseClick(logIn, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return !window->isShowingLogin(); }, WaitMs));
    QVERIFY(app.mailIntake()->intake()->isConfigured());

    window->showPage(PageId::CallDetails);
    MenuPage *page = window->page(PageId::CallDetails);
    auto *next = child<QPushButton>(page, "nextButton");
    auto *stack = child<QStackedWidget>(page, "stepStack");
    QVERIFY(QTest::qWaitFor([&] { return next->isEnabled(); }, WaitMs));
    child<QRadioButton>(page, "previousMonthRadio")->click();
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(page, "orderButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return stack->currentWidget() == child<QWidget>(page, "resultStep"); }, WaitMs));

    // No click from here on: the order is followed to the archive.
    auto *progress = child<OrderProgressLabel>(page, "progressLabel");
    QVERIFY(progress->isVisible());
    const QString accountId = app.sessionController()->currentAccount()->id();
    QVERIFY(QTest::qWaitFor([&] { return !app.orders()->hasOpenOrders(accountId); }, WaitMs));
    const QList<ArchivedDocument> documents = app.archive()->documents();
    QCOMPARE(documents.size(), 1);
    const ArchivedDocument &filed = documents.first();
    QCOMPARE(filed.kind, ArchivedDocument::Kind::CallDetails);
    QCOMPARE(filed.origin, ArchivedDocument::Origin::Mail);
    QCOMPARE(filed.period.toString(), u"2026-10"_s);
    QVERIFY(app.archive()->verifiedContent(filed).has_value());
    const std::optional<PlacedOrder> order = app.orders()->forDocument(filed.id);
    QVERIFY(order);
    QCOMPARE(order->stage(), PlacedOrder::Stage::Filed);
    QCOMPARE(progress->text(), OrderProgressText::of(*order, true));
    QVERIFY(progress->text().contains(OrderProgressText::tr("Filed in the archive")));

    // The archive says where it came from.
    window->showPage(PageId::Archive);
    MenuPage *archive = window->page(PageId::Archive);
    auto *view = child<QTableView>(archive, "documentsView");
    QVERIFY(QTest::qWaitFor([&] { return view->model()->rowCount() == 1; }, WaitMs));
    view->setFocus();
    view->selectRow(0);
    QVERIFY(QTest::qWaitFor([&] { return child<QLabel>(archive, "factsLabel")->text().contains(
                                          QString::number(order->orderNumber)); },
                            WaitMs));
}

QTEST_MAIN(TestDemoMailIntake)
#include "tst_demomailintake.moc"
