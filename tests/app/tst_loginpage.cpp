// The login form: the operator's address is out of the way under «Дополнительно» when the operator is
// known, and comes forward whenever it matters.
#include "pages/LoginPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

namespace {
const QUrl OperatorUrl(QStringLiteral("https://api.operator.example/api/v1"));
} // namespace

class TestLoginPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addressIsUnderAdvanced();
    void addressComesForwardForAnotherOperator();
    void addressComesForwardWhenItIsWrong();
    void addressComesForwardWithoutAnOperator();
    void showsTheOperator();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    bool addressShown() const { return child<QLineEdit>("apiUrlEdit")->isVisible(); }

    std::unique_ptr<LoginPage> m_page;
};

void TestLoginPage::init()
{
    m_page = std::make_unique<LoginPage>();
    m_page->resize(640, 480);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestLoginPage::cleanup()
{
    m_page.reset();
}

void TestLoginPage::addressIsUnderAdvanced()
{
    m_page->setDefaultApiUrl(OperatorUrl);
    QVERIFY(!addressShown());
    QVERIFY(!child<QLabel>("apiUrlLabel")->isVisible());

    QTest::mouseClick(child<QToolButton>("advancedButton"), Qt::LeftButton);
    QVERIFY(addressShown());
    QCOMPARE(child<QLineEdit>("apiUrlEdit")->text(), OperatorUrl.toString());
    QTest::mouseClick(child<QToolButton>("advancedButton"), Qt::LeftButton);
    QVERIFY(!addressShown());
}

void TestLoginPage::addressComesForwardForAnotherOperator()
{
    m_page->setDefaultApiUrl(OperatorUrl);
    OperatorAccount usual{QStringLiteral("romashka"), OperatorUrl, QString()};
    OperatorAccount other{QStringLiteral("test"), QUrl(QStringLiteral("https://test.operator.example/api/v1")), QString()};
    m_page->setAccounts({usual, other}, usual.id());
    QVERIFY(!addressShown());
    child<QComboBox>("accountCombo")->setCurrentIndex(1);
    QVERIFY(addressShown());
    QCOMPARE(child<QToolButton>("advancedButton")->isChecked(), true);
}

void TestLoginPage::addressComesForwardWhenItIsWrong()
{
    m_page->setDefaultApiUrl(OperatorUrl);
    QSignalSpy requested(m_page.get(), &LoginPage::logInRequested);
    QTest::mouseClick(child<QToolButton>("advancedButton"), Qt::LeftButton);
    child<QLineEdit>("apiUrlEdit")->setText(QStringLiteral("http://api.operator.example/api/v1"));
    QTest::mouseClick(child<QToolButton>("advancedButton"), Qt::LeftButton);
    QVERIFY(!addressShown());
    child<QLineEdit>("loginEdit")->setText(QStringLiteral("romashka"));
    child<QLineEdit>("passwordEdit")->setText(QStringLiteral("secret"));
    QTest::keyClick(child<QLineEdit>("passwordEdit"), Qt::Key_Return);
    QCOMPARE(requested.size(), 0);
    QVERIFY(addressShown());
    QVERIFY(child<QLineEdit>("apiUrlEdit")->hasFocus());
    QVERIFY(!child<QLabel>("messageLabel")->text().isEmpty());
}

void TestLoginPage::addressComesForwardWithoutAnOperator()
{
    m_page->setDefaultApiUrl(QUrl());
    QVERIFY(addressShown());
}

void TestLoginPage::showsTheOperator()
{
    QVERIFY(!child<QLabel>("operatorLabel")->isVisible());
    m_page->setOperator(QStringLiteral("SIP-оператор"), QStringLiteral("8 800 555-01-00"));
    QVERIFY(child<QLabel>("operatorLabel")->isVisible());
    QVERIFY(child<QLabel>("operatorLabel")->text().contains(QStringLiteral("SIP-оператор")));
    QVERIFY(child<QLabel>("operatorLabel")->text().contains(QStringLiteral("8 800 555-01-00")));
}

QTEST_MAIN(TestLoginPage)
#include "tst_loginpage.moc"
