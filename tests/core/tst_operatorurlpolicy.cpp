#include "OperatorUrlPolicy.h"

#include <QTest>

class TestOperatorUrlPolicy : public QObject
{
    Q_OBJECT

private slots:
    void acceptsOnlySecureOrLocal_data();
    void acceptsOnlySecureOrLocal();
};

void TestOperatorUrlPolicy::acceptsOnlySecureOrLocal_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("acceptable");

    QTest::newRow("https") << "https://api.operator.example/api/v1" << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:8080/api/v1" << true;
    QTest::newRow("http loopback other") << "http://127.0.0.2:8080/api/v1" << true;
    QTest::newRow("http loopback v6") << "http://[::1]:8080/api/v1" << true;
    QTest::newRow("http localhost") << "http://localhost:8080/api/v1" << true;
    QTest::newRow("http remote") << "http://api.operator.example/api/v1" << false;
    QTest::newRow("http private network") << "http://192.168.1.10/api/v1" << false;
    QTest::newRow("localhost look-alike") << "http://localhost.evil.example/api/v1" << false;
    QTest::newRow("ftp") << "ftp://api.operator.example/" << false;
    QTest::newRow("relative") << "/api/v1" << false;
}

void TestOperatorUrlPolicy::acceptsOnlySecureOrLocal()
{
    QFETCH(QString, url);
    QFETCH(bool, acceptable);
    const QString problem = OperatorUrlPolicy::problemWith(QUrl(url));
    QCOMPARE(problem.isEmpty(), acceptable);
}

QTEST_APPLESS_MAIN(TestOperatorUrlPolicy)
#include "tst_operatorurlpolicy.moc"
