// «Персональная информация» against the sandbox: the organisation's data as the operator has it, the link to
// the delivery settings, and an operator error with a one-click retry.
#include "OperatorPageTesting.h"
#include "pages/PersonalInfoPage.h"
#include "validation/PhoneNumber.h"

#include <QLineEdit>

using namespace Qt::StringLiterals;
using namespace OperatorPageTesting;

class TestPersonalInfoPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheOrganisationAsTheOperatorKeepsIt();
    void showsTheChangedDeliveryAfterARefresh();
    void opensTheDeliverySettings();
    void showsAnOperatorErrorAndRetries();

private:
    QString field(const char *name) const { return m_page->findChild<QLineEdit *>(QLatin1String(name))->text(); }

    std::unique_ptr<LoggedInContext> m_logged;
    std::unique_ptr<PersonalInfoPage> m_page;
};

void TestPersonalInfoPage::init()
{
    m_logged = std::make_unique<LoggedInContext>();
    QVERIFY(m_logged->start());
    m_page = std::make_unique<PersonalInfoPage>(m_logged->context());
}

void TestPersonalInfoPage::cleanup()
{
    m_page.reset();
    m_logged.reset();
}

void TestPersonalInfoPage::showsTheOrganisationAsTheOperatorKeepsIt()
{
    QVERIFY(showAndLoad(m_page.get()));
    QVERIFY(!loaderOf(m_page.get())->hasError());
    const QJsonObject account = operatorGet(*m_logged, u"/account"_s);
    const QJsonObject organisation = account.value(u"organisation"_s).toObject();
    QVERIFY(!organisation.isEmpty());
    QCOMPARE(field("nameEdit"), organisation.value(u"name"_s).toString());
    QVERIFY(field("nameEdit").contains(u"Ромашка"_s));
    QCOMPARE(field("contractEdit"), organisation.value(u"contract_number"_s).toString());
    QCOMPARE(field("taxpayerEdit"), organisation.value(u"taxpayer_number"_s).toString());
    QCOMPARE(field("addressEdit"), organisation.value(u"address"_s).toString());
    QCOMPARE(field("contactEmailEdit"), organisation.value(u"contact_email"_s).toString());
    QCOMPARE(field("contactPhoneEdit"), PhoneNumber::displayText(organisation.value(u"contact_phone"_s).toString()));
    QCOMPARE(field("contactPhoneEdit"), u"+7 495 123-45-67"_s);
    QCOMPARE(field("invoiceEmailEdit"), organisation.value(u"invoice_email"_s).toString());
    QCOMPARE(field("deliveryAddressEdit"), account.value(u"delivery"_s).toObject().value(u"address"_s).toString());
    QCOMPARE(field("deliveryMethodEdit"), u"By e-mail"_s);
    QVERIFY(m_page->findChild<QLineEdit *>(u"nameEdit"_s)->isReadOnly());
}

void TestPersonalInfoPage::showsTheChangedDeliveryAfterARefresh()
{
    QVERIFY(showAndLoad(m_page.get()));
    const QString token = m_logged->sandbox().logIn();
    const QString office = u"Офис оператора: г. Москва, ул. Льва Толстого, д. 16"_s;
    const auto changed = m_logged->sandbox().send(
        "PUT", u"/delivery"_s, {{u"method"_s, u"in_person"_s}, {u"address"_s, office}}, token);
    QCOMPARE(changed.status, 200);

    m_page->activate(); // shown again: the page asks the operator again
    QVERIFY(waitUntilLoaded(m_page.get()));
    QCOMPARE(field("deliveryMethodEdit"), u"Collected at the operator's office"_s);
    QCOMPARE(field("deliveryAddressEdit"), office);
}

void TestPersonalInfoPage::opensTheDeliverySettings()
{
    QVERIFY(showAndLoad(m_page.get()));
    std::optional<PageId> requested;
    connect(m_page.get(), &MenuPage::pageRequested, this, [&requested](PageId id) { requested = id; });
    auto *link = m_page->findChild<QPushButton *>(u"changeDeliveryButton"_s);
    QVERIFY(!link->accessibleName().isEmpty());
    QTest::mouseClick(link, Qt::LeftButton);
    QVERIFY(requested.has_value());
    QVERIFY(*requested == PageId::DeliverySettings);
}

void TestPersonalInfoPage::showsAnOperatorErrorAndRetries()
{
    QVERIFY(m_logged->sandbox().addFault(statusFault(u"/account"_s)));
    QVERIFY(showAndLoad(m_page.get()));
    OperatorDataLoader *loader = loaderOf(m_page.get());
    QVERIFY(loader->hasError());
    QVERIFY(loader->message()->isVisible());
    QCOMPARE(loader->message()->tone(), InlineMessage::Tone::Error);
    QVERIFY(field("nameEdit").isEmpty());

    QTest::mouseClick(refreshButtonOf(m_page.get()), Qt::LeftButton); // the fault hit once; now the operator answers
    QVERIFY(waitUntilLoaded(m_page.get()));
    QVERIFY(!loader->hasError());
    QVERIFY(!loader->message()->isVisible());
    QVERIFY(field("nameEdit").contains(u"Ромашка"_s));
}

QTEST_MAIN(TestPersonalInfoPage)
#include "tst_personalinfopage.moc"
