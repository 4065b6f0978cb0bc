#include "LoggedInContext.h"
#include "OrderPageFixture.h"
#include "Localization.h"
#include "format/DateText.h"
#include "invoicing/InvoicingWindowWatcher.h"
#include "pages/CallDetailsPage.h"
#include "format/PeriodTitle.h"
#include "subscribers/SubscriberSelection.h"
#include "widgets/InlineMessage.h"
#include "widgets/OrderingClosedBanner.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

#include <memory>

// «Детализация на E-mail» driven through its widgets against the sandbox.
class TestCallDetailsPage : public QObject, protected OrderPageFixture<CallDetailsPage>
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ordersAllSubscribersOfTheCurrentMonth();
    void ordersTheChosenSubscriberForThePreviousMonthAsCsv();
    void ordersAnotherSubscriberPickedInTheList();
    void blackoutDisablesOrdering();
    void operatorFaultKeepsTheChoicesAndRetrySucceeds();
    void screenshot();

private:
    bool openPage();
    QJsonObject organisation();
    QJsonArray subscribers();

};

void TestCallDetailsPage::init()
{
    // The user's zone is UTC here, whatever the machine's, so the blackout test sees two clocks differ.
    qputenv("TZ", "UTC");
    QVERIFY(logIn());
}

void TestCallDetailsPage::cleanup()
{
    closeAll();
}

bool TestCallDetailsPage::openPage()
{
    return showPage(QSize(820, 700), [this] { return child<QComboBox>("subscriberCombo")->count() > 0; });
}

QJsonObject TestCallDetailsPage::organisation()
{
    return organisationAtSandbox();
}

QJsonArray TestCallDetailsPage::subscribers()
{
    return atSandbox(QStringLiteral("/subscribers")).value(QStringLiteral("items")).toArray();
}


void TestCallDetailsPage::ordersAllSubscribersOfTheCurrentMonth()
{
    QVERIFY(openPage());
    const QString email = organisation().value(QStringLiteral("contact_email")).toString();
    QVERIFY(!email.isEmpty());
    // Nothing chosen in «Выбор SIP-абонента»: that option is off, and the page says why.
    QVERIFY(!child<QRadioButton>("chosenSubscriberRadio")->isEnabled());
    QVERIFY(child<QLabel>("chosenHintLabel")->isVisible());
    QVERIFY(child<QRadioButton>("currentMonthRadio")->text().contains(PeriodTitle::of(BillingPeriod(2026, 11))));
    QVERIFY(child<QLabel>("addressLabel")->text().contains(email));

    click("nextButton");
    const QString confirmation = child<QLabel>("confirmationLabel")->text();
    QVERIFY(confirmation.contains(PeriodTitle::of(BillingPeriod(2026, 11))));
    QVERIFY(confirmation.contains(QStringLiteral("PDF")));
    QVERIFY(confirmation.contains(email));
    const qsizetype sentBefore = m_logged->sandbox().outboxMessages().size();
    click("orderButton");
    QTRY_COMPARE_WITH_TIMEOUT(currentStep(), child<QWidget>("resultStep"), 20000);

    QCOMPARE(m_logged->sandbox().outboxMessages().size(), sentBefore + 1);
    const QJsonArray orders = m_logged->sandbox().orders();
    QCOMPARE(orders.size(), 1);
    const QJsonObject order = orders.first().toObject();
    QCOMPARE(order.value(QStringLiteral("kind")).toString(), QStringLiteral("call_details"));
    QCOMPARE(order.value(QStringLiteral("sent_to")).toString(), email);
    QCOMPARE(order.value(QStringLiteral("details")).toString(), QStringLiteral("2026-11 pdf all"));
    QVERIFY(child<QLabel>("resultLabel")->text().contains(email));
    QVERIFY(child<QLabel>("resultLabel")->text().contains(QString::number(order.value(QStringLiteral("number")).toInteger())));
    QVERIFY(!child<QLabel>("resultLabel")->text().contains(order.value(QStringLiteral("id")).toString()));
}

void TestCallDetailsPage::ordersTheChosenSubscriberForThePreviousMonthAsCsv()
{
    const QJsonObject subscriber = subscribers().at(3).toObject();
    const QString id = subscriber.value(QStringLiteral("id")).toString();
    QVERIFY(openPage());
    m_logged->context().subscriber->choose({id, subscriber.value(QStringLiteral("number")).toString(),
                                            subscriber.value(QStringLiteral("label")).toString()});
    auto *chosen = child<QRadioButton>("chosenSubscriberRadio");
    QVERIFY(chosen->isEnabled());
    QVERIFY(chosen->text().contains(subscriber.value(QStringLiteral("number")).toString()));
    QVERIFY(!child<QLabel>("chosenHintLabel")->isVisible());
    click("chosenSubscriberRadio");
    click("previousMonthRadio");
    click("csvRadio");

    QVERIFY(orderAndWait());
    const QJsonArray orders = m_logged->sandbox().orders();
    QCOMPARE(orders.size(), 1);
    QCOMPARE(orders.first().toObject().value(QStringLiteral("details")).toString(),
             QStringLiteral("2026-10 csv ") + id);
}

void TestCallDetailsPage::ordersAnotherSubscriberPickedInTheList()
{
    QVERIFY(openPage());
    const QString id = subscribers().at(5).toObject().value(QStringLiteral("id")).toString();
    click("otherSubscriberRadio");
    auto *combo = child<QComboBox>("subscriberCombo");
    combo->setCurrentIndex(combo->findData(id));
    QVERIFY(orderAndWait());
    QCOMPARE(m_logged->sandbox().orders().first().toObject().value(QStringLiteral("details")).toString(),
             QStringLiteral("2026-11 pdf ") + id);
}

void TestCallDetailsPage::blackoutDisablesOrdering()
{
    QVERIFY(openPage());
    InvoicingWindowWatcher *watcher = m_logged->context().invoicing;
    QVERIFY(m_logged->sandbox().setClock(QDateTime::fromString(QStringLiteral("2026-12-02T09:00:00Z"), Qt::ISODate)));
    watcher->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!watcher->isOpen(), 20000);
    auto *banner = child<OrderingClosedBanner>("banner");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(DateText::longDay(watcher->reopensAt().toLocalTime().date())));
    // This test runs in UTC (init()): the operator's 4 December 00:00 is 3 December 21:00 here, and
    // the banner says both, so that "the 3rd at 21:00" cannot read as a contradiction of "from the 1st to the 3rd".
    QCOMPARE(QTimeZone::systemTimeZone().offsetFromUtc(watcher->reopensAt()), 0);
    const QString text = banner->text();
    QVERIFY2(text.contains(DateText::longDay(QDate(2026, 12, 4))) && text.contains(DateText::longDay(QDate(2026, 12, 3)))
                 && text.contains(DateText::timeOfDay(watcher->reopensAt())),
             qPrintable(text));
    QVERIFY(!child<QPushButton>("nextButton")->isEnabled());
    click("nextButton");
    QCOMPARE(currentStep(), child<QWidget>("choiceStep"));
    QVERIFY(m_logged->sandbox().orders().isEmpty());
}

void TestCallDetailsPage::operatorFaultKeepsTheChoicesAndRetrySucceeds()
{
    QVERIFY(openPage());
    QVERIFY(m_logged->sandbox().addFault({{QStringLiteral("path_prefix"), QStringLiteral("/call-details")},
                                          {QStringLiteral("kind"), QStringLiteral("status")},
                                          {QStringLiteral("status"), 500},
                                          {QStringLiteral("count"), 1}}));
    click("previousMonthRadio");
    click("csvRadio");
    click("nextButton");
    click("orderButton");
    auto *message = child<InlineMessage>("confirmMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 20000);
    QCOMPARE(message->tone(), InlineMessage::Tone::Error);
    QCOMPARE(message->text(), ApiError::problem(QStringLiteral("internal_error"), 500).userMessage());
    QVERIFY(m_logged->sandbox().orders().isEmpty());

    click("backButton");
    QVERIFY(child<QRadioButton>("previousMonthRadio")->isChecked());
    QVERIFY(child<QRadioButton>("csvRadio")->isChecked());
    QVERIFY(orderAndWait());
    QCOMPARE(m_logged->sandbox().orders().first().toObject().value(QStringLiteral("details")).toString(),
             QStringLiteral("2026-10 csv all"));
}

void TestCallDetailsPage::screenshot()
{
    const QString out = qEnvironmentVariable("SIPCABINET_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set SIPCABINET_SCREENSHOT_DIR to save the page's picture");
    Localization::install(*qApp, QStringLiteral("ru"));
    // Until the lead merges this page's strings into translations/, a fuller catalogue can be given.
    auto *extra = new QTranslator(qApp);
    if (extra->load(qEnvironmentVariable("SIPCABINET_EXTRA_QM")))
        QCoreApplication::installTranslator(extra);
    QVERIFY(openPage());
    click("previousMonthRadio");
    QVERIFY(m_page->grab().save(out + QStringLiteral("/invoices.call-details.png")));
}

QTEST_MAIN(TestCallDetailsPage)
#include "tst_calldetailspage.moc"
