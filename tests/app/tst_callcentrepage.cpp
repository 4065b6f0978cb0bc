// «Мобильный колл-центр» against the sandbox: the numbers as tel: links, and a call-back request whose
// phone is checked before sending and recorded by the operator in the +7XXXXXXXXXX form.
#include "OperatorPageTesting.h"
#include "pages/CallCentrePage.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"

#include <QRegularExpression>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;
using namespace OperatorPageTesting;

class TestCallCentrePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheNumbersAsTelLinks();
    void requestsACallBackWithTheNormalisedPhone();
    void refusesAWrongPhoneBeforeSending();
    void keepsWhatWasTypedWhenTheOperatorFails();

private:
    QLineEdit *edit(const char *name) const { return m_page->findChild<QLineEdit *>(QLatin1String(name)); }
    InlineMessage *requestMessage() const { return m_page->findChild<InlineMessage *>(u"requestMessage"_s); }
    // The call-back requests the operator recorded: no public GET exists, so read its database.
    // The call-back requests the sandbox stored; nothing when its database cannot be read (a failure).
    std::optional<QList<QStringList>> recordedRequests();

    std::unique_ptr<LoggedInContext> m_logged;
    std::unique_ptr<CallCentrePage> m_page;
};

void TestCallCentrePage::init()
{
    m_logged = std::make_unique<LoggedInContext>();
    QVERIFY(m_logged->start());
    m_page = std::make_unique<CallCentrePage>(m_logged->context());
    QVERIFY(showAndLoad(m_page.get()));
    QVERIFY(!loaderOf(m_page.get())->hasError());
}

void TestCallCentrePage::cleanup()
{
    m_page.reset();
    m_logged.reset();
}

std::optional<QList<QStringList>> TestCallCentrePage::recordedRequests()
{
    std::optional<QList<QStringList>> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"callback-check"_s);
        db.setDatabaseName(m_logged->sandbox().workDirectory() + u"/operator.sqlite"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery query(db);
        if (db.open() && query.exec(u"SELECT phone, comment FROM callback_requests ORDER BY requested_at"_s)) {
            rows.emplace();
            while (query.next())
                rows->append({query.value(0).toString(), query.value(1).toString()});
        }
    }
    QSqlDatabase::removeDatabase(u"callback-check"_s);
    return rows;
}

void TestCallCentrePage::showsTheNumbersAsTelLinks()
{
    auto *numbers = m_page->findChild<QLabel *>(u"numbersLabel"_s);
    QVERIFY(numbers->openExternalLinks());
    QVERIFY(numbers->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);
    const QJsonObject centre = operatorGet(*m_logged, u"/contacts"_s).value(u"call_centre"_s).toObject();
    const QJsonArray expected = centre.value(u"numbers"_s).toArray();
    QCOMPARE(expected.size(), 3);
    for (const QJsonValue &number : expected) {
        const QString phone = number.toObject().value(u"number"_s).toString();
        QVERIFY2(numbers->text().contains(u"href=\"tel:%1\""_s.arg(phone)), qPrintable(numbers->text()));
        QVERIFY(numbers->text().contains(number.toObject().value(u"label"_s).toString()));
    }
    QVERIFY(numbers->text().contains(u"+7 800 555-01-00"_s));
    QVERIFY(m_page->findChild<QLabel *>(u"hoursLabel"_s)->text().contains(centre.value(u"hours"_s).toString()));
}

void TestCallCentrePage::requestsACallBackWithTheNormalisedPhone()
{
    typeText(edit("phoneEdit"), u"8 (916) 123-45-67"_s);
    typeText(edit("commentEdit"), u"После 14:00"_s);
    QTest::keyClick(edit("commentEdit"), Qt::Key_Return); // Enter sends, like the button
    QTRY_COMPARE_WITH_TIMEOUT(requestMessage()->tone(), InlineMessage::Tone::Success, 20000);
    QVERIFY(requestMessage()->text().contains(u"+7 916 123-45-67"_s));
    // The call centre's running number, not its internal key.
    QVERIFY(requestMessage()->text().contains(QRegularExpression(u"\\b1\\d{5}\\b"_s)));
    QVERIFY(!requestMessage()->text().contains(u"cb-"_s));

    const std::optional<QList<QStringList>> recorded = recordedRequests();
    QVERIFY2(recorded, "the sandbox's database can be read");
    QCOMPARE(recorded->size(), 1);
    QCOMPARE(recorded->first(), (QStringList{u"+79161234567"_s, u"После 14:00"_s}));
    QVERIFY(edit("commentEdit")->text().isEmpty());
}

void TestCallCentrePage::refusesAWrongPhoneBeforeSending()
{
    QSignalSpy sent(m_logged->context().api->connection(), &OperatorConnection::requestSent);
    typeText(edit("phoneEdit"), u"916 12"_s);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"requestButton"_s), Qt::LeftButton);
    QCOMPARE(requestMessage()->tone(), InlineMessage::Tone::Error);
    QVERIFY(requestMessage()->isVisible());
    QCOMPARE(edit("phoneEdit")->text(), u"916 12"_s);
    QVERIFY(edit("phoneEdit")->hasFocus());
    QCOMPARE(sent.count(), 0); // refused in the app: no request left for the operator
    QCOMPARE(recordedRequests(), std::optional(QList<QStringList>()));
}

void TestCallCentrePage::keepsWhatWasTypedWhenTheOperatorFails()
{
    QVERIFY(m_logged->sandbox().addFault(statusFault(u"/callback-requests"_s, 500, 1)));
    typeText(edit("phoneEdit"), u"+7 495 555 01 00"_s);
    typeText(edit("commentEdit"), u"Счёт за октябрь"_s);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"requestButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(requestMessage()->tone(), InlineMessage::Tone::Error, 20000);
    QCOMPARE(edit("commentEdit")->text(), u"Счёт за октябрь"_s);
    QCOMPARE(recordedRequests(), std::optional(QList<QStringList>()));

    QTest::mouseClick(m_page->findChild<QPushButton *>(u"requestButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(requestMessage()->tone(), InlineMessage::Tone::Success, 20000);
    const std::optional<QList<QStringList>> recorded = recordedRequests();
    QVERIFY2(recorded, "the sandbox's database can be read");
    QCOMPARE(recorded->size(), 1);
    QCOMPARE(recorded->first().first(), u"+74955550100"_s);
}

QTEST_MAIN(TestCallCentrePage)
#include "tst_callcentrepage.moc"
