// The operator's settings file installed with the package: what is accepted, what is refused and why,
// and where the app finds it.
#include "accounts/OperatorPreset.h"

#include <QTemporaryDir>
#include <QTest>

class TestOperatorPreset : public QObject
{
    Q_OBJECT

private slots:
    void readsTheFile_data();
    void readsTheFile();
    void isFoundInTheSystemDataFolders();
};

void TestOperatorPreset::readsTheFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phone");

    QTest::newRow("complete") << QByteArray(R"({"name":" SIP-оператор ","api_url":"https://api.operator.example/api/v1",)"
                                            R"("support_phone":"8 800 555-01-00"})")
                              << true << QStringLiteral("SIP-оператор") << QStringLiteral("8 800 555-01-00");
    QTest::newRow("no phone") << QByteArray(R"({"name":"Оператор","api_url":"https://api.operator.example"})") << true
                              << QStringLiteral("Оператор") << QString();
    QTest::newRow("loopback without TLS") << QByteArray(R"({"name":"Стенд","api_url":"http://127.0.0.1:8080/api/v1"})")
                                          << true << QStringLiteral("Стенд") << QString();
    QTest::newRow("plain HTTP to a host") << QByteArray(R"({"name":"Оператор","api_url":"http://api.operator.example"})")
                                          << false << QString() << QString();
    QTest::newRow("no name") << QByteArray(R"({"api_url":"https://api.operator.example"})") << false << QString()
                             << QString();
    QTest::newRow("no address") << QByteArray(R"({"name":"Оператор"})") << false << QString() << QString();
    QTest::newRow("not JSON") << QByteArray("name=Оператор") << false << QString() << QString();
    QTest::newRow("an array") << QByteArray("[]") << false << QString() << QString();
    QTest::newRow("too large") << (QByteArray(R"({"name":"Оператор","api_url":"https://a.example","x":")")
                                   + QByteArray(OperatorPreset::MaxFileBytes, 'x') + QByteArray("\"}"))
                               << false << QString() << QString();
}

void TestOperatorPreset::readsTheFile()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, accepted);
    QString problem;
    const std::optional<OperatorPreset> preset = OperatorPreset::fromJson(json, &problem);
    QCOMPARE(preset.has_value(), accepted);
    QCOMPARE(problem.isEmpty(), accepted);
    if (!preset)
        return;
    QFETCH(QString, name);
    QFETCH(QString, phone);
    QCOMPARE(preset->name, name);
    QCOMPARE(preset->supportPhone, phone);
    QVERIFY(preset->apiUrl.isValid());
}

void TestOperatorPreset::isFoundInTheSystemDataFolders()
{
    QTemporaryDir empty;
    QTemporaryDir system;
    qputenv("XDG_DATA_HOME", empty.path().toLocal8Bit());
    qputenv("XDG_DATA_DIRS", (empty.path() + QLatin1Char(':') + system.path()).toLocal8Bit());
    QVERIFY(!OperatorPreset::installed());

    QVERIFY(QDir(system.path()).mkpath(QStringLiteral("sipcabinet")));
    QFile file(system.filePath(QStringLiteral("sipcabinet/operator.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"name":"SIP-оператор","api_url":"https://api.operator.example/api/v1"})");
    file.close();
    const std::optional<OperatorPreset> preset = OperatorPreset::installed();
    QVERIFY(preset);
    QCOMPARE(preset->apiUrl, QUrl(QStringLiteral("https://api.operator.example/api/v1")));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"name":"SIP-оператор","api_url":"http://api.operator.example/api/v1"})");
    file.close();
    QString problem;
    QVERIFY(!OperatorPreset::installed(&problem));
    QVERIFY(!problem.isEmpty());
}

QTEST_GUILESS_MAIN(TestOperatorPreset)
#include "tst_operatorpreset.moc"
