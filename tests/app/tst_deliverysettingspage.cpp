// «Изменить способ/адрес доставки» through its widgets against the sandbox: the setting, its history and the
// next regular invoice shown; a new address saved (and seen at the operator); bad addresses refused by the
// app and by the operator; in person; the blackout does not stop it; the network down and retried.
#include "LoggedInContext.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "Localization.h"
#include "pages/DeliverySettingsPage.h"
#include "validation/EmailAddress.h"
#include "widgets/InlineMessage.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestDeliverySettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheSettingHistoryAndNextInvoice();
    void savesANewAddress();
    void refusesABadAddressInTheApp();
    void acceptsAnInternationalisedDomain();
    void showsTheOperatorsRefusal();
    void switchesToInPersonKeepingWhatWasTyped();
    void worksDuringTheBlackout();
    void retriesAfterTheNetworkWasDown();
    void screenshot();

private:
    std::unique_ptr<DeliverySettingsPage> makeLoadedPage();
    template<typename T>
    T *child(QWidget *page, const char *name) { return page->findChild<T *>(QString::fromLatin1(name)); }
    void type(QWidget *page, const QString &text);
    void clickSave(QWidget *page);
    void choose(QWidget *page, const char *radio);
    QJsonObject deliveryAtSandbox();

    std::unique_ptr<LoggedInContext> m_logged;
    QString m_initialAddress;
};

void TestDeliverySettingsPage::init()
{
    m_logged = std::make_unique<LoggedInContext>();
    QVERIFY(m_logged->start());
    m_initialAddress = deliveryAtSandbox().value(u"address"_s).toString();
    QVERIFY(m_initialAddress.contains(u'@'));
}

void TestDeliverySettingsPage::cleanup()
{
    m_logged.reset();
}

QJsonObject TestDeliverySettingsPage::deliveryAtSandbox()
{
    const QString token = m_logged->sandbox().logIn();
    return m_logged->sandbox().send("GET", u"/delivery"_s, {}, token).json.object();
}

std::unique_ptr<DeliverySettingsPage> TestDeliverySettingsPage::makeLoadedPage()
{
    auto page = std::make_unique<DeliverySettingsPage>(m_logged->context());
    page->resize(900, 640);
    page->show();
    page->activate();
    auto *history = child<QTableWidget>(page.get(), "historyTable");
    if (!QTest::qWaitFor([history] { return history->rowCount() > 0; }, 10000))
        qWarning("the delivery history did not load");
    return page;
}

void TestDeliverySettingsPage::type(QWidget *page, const QString &text)
{
    auto *edit = child<QLineEdit>(page, "addressEdit");
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    // Key by key, with the text each key produces: keyClicks() handles Latin-1 only, and addresses are Russian too.
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void TestDeliverySettingsPage::choose(QWidget *page, const char *radio)
{
    // On the indicator: a radio button stretched across the row takes clicks on its indicator and text only.
    auto *button = child<QRadioButton>(page, radio);
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, QPoint(8, button->height() / 2));
}

void TestDeliverySettingsPage::clickSave(QWidget *page)
{
    QTest::mouseClick(child<QPushButton>(page, "saveButton"), Qt::LeftButton);
}

void TestDeliverySettingsPage::showsTheSettingHistoryAndNextInvoice()
{
    auto page = makeLoadedPage();
    QVERIFY(child<QRadioButton>(page.get(), "emailRadio")->isChecked());
    QCOMPARE(child<QLineEdit>(page.get(), "addressEdit")->text(), m_initialAddress);
    const QString next = child<QLabel>(page.get(), "nextInvoiceLabel")->text();
    QVERIFY2(next.contains(m_initialAddress) && next.contains(u"November 2026"_s), qPrintable(next));
    auto *history = child<QTableWidget>(page.get(), "historyTable");
    QVERIFY(history->rowCount() >= 1);
    QCOMPARE(history->item(0, 2)->text(), m_initialAddress);
}

void TestDeliverySettingsPage::savesANewAddress()
{
    auto page = makeLoadedPage();
    const int changesBefore = child<QTableWidget>(page.get(), "historyTable")->rowCount();
    type(page.get(), u"new.buh@romashka.ru"_s);
    QTest::keyClick(child<QLineEdit>(page.get(), "addressEdit"), Qt::Key_Return);
    auto *message = child<InlineMessage>(page.get(), "saveMessage");
    QTRY_COMPARE_WITH_TIMEOUT(message->tone(), InlineMessage::Tone::Success, 10000);
    QVERIFY(message->text().contains(u"new.buh@romashka.ru"_s));
    QCOMPARE(deliveryAtSandbox().value(u"address"_s).toString(), u"new.buh@romashka.ru"_s);
    QCOMPARE(deliveryAtSandbox().value(u"method"_s).toString(), u"email"_s);
    auto *history = child<QTableWidget>(page.get(), "historyTable");
    QTRY_COMPARE_WITH_TIMEOUT(history->rowCount(), changesBefore + 1, 10000);
    QCOMPARE(history->item(0, 2)->text(), u"new.buh@romashka.ru"_s);
    QVERIFY(child<QLabel>(page.get(), "nextInvoiceLabel")->text().contains(u"new.buh@romashka.ru"_s));
}

void TestDeliverySettingsPage::refusesABadAddressInTheApp()
{
    auto page = makeLoadedPage();
    QSignalSpy sent(m_logged->context().api->connection(), &OperatorConnection::requestSent);
    type(page.get(), u"buh@@romashka.ru"_s);
    clickSave(page.get());
    auto *message = child<InlineMessage>(page.get(), "saveMessage");
    QCOMPARE(message->tone(), InlineMessage::Tone::Error);
    QCOMPARE(message->text(), EmailAddress::describe(EmailAddress::Problem::SeveralAtSigns));
    QCOMPARE(child<QLineEdit>(page.get(), "addressEdit")->text(), u"buh@@romashka.ru"_s); // nothing typed is lost
    QCOMPARE(sent.count(), 0); // refused in the app: nothing went to the operator
    QCOMPARE(deliveryAtSandbox().value(u"address"_s).toString(), m_initialAddress);
}

void TestDeliverySettingsPage::acceptsAnInternationalisedDomain()
{
    // The app and the operator agree on a .рф address: it travels in its ASCII form (IDNA), the operator
    // takes it, and the page shows it as it was typed.
    auto page = makeLoadedPage();
    type(page.get(), u"buh@ромашка.рф"_s);
    clickSave(page.get());
    auto *message = child<InlineMessage>(page.get(), "saveMessage");
    QTRY_COMPARE_WITH_TIMEOUT(message->tone(), InlineMessage::Tone::Success, 10000);
    QCOMPARE(deliveryAtSandbox().value(u"address"_s).toString(), u"buh@xn--80aa3agjl3d.xn--p1ai"_s);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(page.get(), "addressEdit")->text(), u"buh@ромашка.рф"_s, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(page.get(), "nextInvoiceLabel")->text().contains(u"buh@ромашка.рф"_s), 10000);
}

void TestDeliverySettingsPage::showsTheOperatorsRefusal()
{
    // The operator fails the change: the page says so and keeps what was typed.
    auto page = makeLoadedPage();
    QVERIFY(m_logged->sandbox().addFault(QJsonObject{{u"path_prefix"_s, u"/delivery"_s}, {u"kind"_s, u"status"_s},
                                                     {u"status"_s, 500}, {u"count"_s, 1}}));
    type(page.get(), u"new.buh@romashka.ru"_s);
    clickSave(page.get());
    auto *message = child<InlineMessage>(page.get(), "saveMessage");
    QTRY_COMPARE_WITH_TIMEOUT(message->tone(), InlineMessage::Tone::Error, 10000);
    QCOMPARE(m_logged->sandbox().faultHits(), 1);
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(child<QLineEdit>(page.get(), "addressEdit")->text(), u"new.buh@romashka.ru"_s); // nothing typed is lost
    QCOMPARE(deliveryAtSandbox().value(u"address"_s).toString(), m_initialAddress);
}

void TestDeliverySettingsPage::switchesToInPersonKeepingWhatWasTyped()
{
    auto page = makeLoadedPage();
    const QString emailHint = child<QLineEdit>(page.get(), "addressEdit")->placeholderText();
    type(page.get(), u"draft@romashka.ru"_s);
    choose(page.get(), "inPersonRadio");
    QVERIFY(child<QLineEdit>(page.get(), "addressEdit")->text().isEmpty());
    // «На руки» says what address it wants.
    const QString pickUpHint = child<QLineEdit>(page.get(), "addressEdit")->placeholderText();
    QVERIFY(!pickUpHint.isEmpty() && pickUpHint != emailHint);
    QVERIFY(!child<QLineEdit>(page.get(), "addressEdit")->toolTip().isEmpty());
    type(page.get(), u"Москва, ул. Тверская, 7, офис продаж"_s);
    choose(page.get(), "emailRadio");
    QCOMPARE(child<QLineEdit>(page.get(), "addressEdit")->text(), u"draft@romashka.ru"_s);
    choose(page.get(), "inPersonRadio");
    QCOMPARE(child<QLineEdit>(page.get(), "addressEdit")->text(), u"Москва, ул. Тверская, 7, офис продаж"_s);
    clickSave(page.get());
    QTRY_COMPARE_WITH_TIMEOUT(child<InlineMessage>(page.get(), "saveMessage")->tone(), InlineMessage::Tone::Success,
                              10000);
    const QJsonObject delivery = deliveryAtSandbox();
    QCOMPARE(delivery.value(u"method"_s).toString(), u"in_person"_s);
    QCOMPARE(delivery.value(u"address"_s).toString(), u"Москва, ул. Тверская, 7, офис продаж"_s);
    QVERIFY(child<QLabel>(page.get(), "nextInvoiceLabel")->text().contains(u"in person"_s));
}

void TestDeliverySettingsPage::worksDuringTheBlackout()
{
    QVERIFY(m_logged->sandbox().setClock(QDateTime::fromString(u"2026-12-02T09:00:00Z"_s, Qt::ISODate)));
    auto page = makeLoadedPage();
    QVERIFY(child<QPushButton>(page.get(), "saveButton")->isEnabled());
    type(page.get(), u"december@romashka.ru"_s);
    clickSave(page.get());
    QTRY_COMPARE_WITH_TIMEOUT(child<InlineMessage>(page.get(), "saveMessage")->tone(), InlineMessage::Tone::Success,
                              10000);
    QCOMPARE(deliveryAtSandbox().value(u"address"_s).toString(), u"december@romashka.ru"_s);
}

void TestDeliverySettingsPage::retriesAfterTheNetworkWasDown()
{
    QVERIFY(m_logged->sandbox().addFault({{u"path_prefix"_s, u"/delivery"_s}, {u"kind"_s, u"drop"_s}}));
    auto page = std::make_unique<DeliverySettingsPage>(m_logged->context());
    page->show();
    page->activate();
    auto *reload = child<QPushButton>(page.get(), "reloadButton");
    QTRY_VERIFY_WITH_TIMEOUT(reload->isVisible(), 30000);
    QVERIFY(child<InlineMessage>(page.get(), "loadMessage")->text().contains(u"connection"_s));

    QVERIFY(m_logged->sandbox().clearFaults());
    QTest::mouseClick(reload, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLineEdit>(page.get(), "addressEdit")->text(), m_initialAddress, 10000);
    QVERIFY(!reload->isVisible());

    QVERIFY(m_logged->sandbox().addFault({{u"path_prefix"_s, u"/delivery"_s}, {u"kind"_s, u"drop"_s}}));
    type(page.get(), u"after.outage@romashka.ru"_s);
    clickSave(page.get());
    auto *message = child<InlineMessage>(page.get(), "saveMessage");
    QTRY_COMPARE_WITH_TIMEOUT(message->tone(), InlineMessage::Tone::Error, 30000);
    QCOMPARE(child<QLineEdit>(page.get(), "addressEdit")->text(), u"after.outage@romashka.ru"_s);
    QVERIFY(m_logged->sandbox().clearFaults());
    clickSave(page.get()); // the retry is one click
    QTRY_COMPARE_WITH_TIMEOUT(message->tone(), InlineMessage::Tone::Success, 10000);
    QCOMPARE(deliveryAtSandbox().value(u"address"_s).toString(), u"after.outage@romashka.ru"_s);
}

void TestDeliverySettingsPage::screenshot()
{
    const QString out = qEnvironmentVariable("SIPCABINET_SCREENSHOTS");
    if (out.isEmpty())
        QSKIP("set SIPCABINET_SCREENSHOTS to a folder to save the page's picture");
    Localization::install(*qApp, u"ru"_s);
    // Strings newer than the committed translation can come from a freshly released .qm.
    static QTranslator fresh;
    if (const QString qm = qEnvironmentVariable("SIPCABINET_EXTRA_QM"); !qm.isEmpty() && fresh.load(qm))
        qApp->installTranslator(&fresh);
    auto page = makeLoadedPage();
    type(page.get(), u"glavbuh@romashka.ru"_s);
    clickSave(page.get());
    QTRY_COMPARE_WITH_TIMEOUT(child<InlineMessage>(page.get(), "saveMessage")->tone(), InlineMessage::Tone::Success,
                              10000);
    QTRY_VERIFY_WITH_TIMEOUT(child<QTableWidget>(page.get(), "historyTable")->rowCount() >= 2, 10000);
    page->resize(860, 640);
    QVERIFY(page->grab().save(out + u"/invoices.delivery.png"_s));
}

QTEST_MAIN(TestDeliverySettingsPage)
#include "tst_deliverysettingspage.moc"
