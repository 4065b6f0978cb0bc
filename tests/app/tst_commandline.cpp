#include "CommandLineOptions.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void readsOptions_data();
    void readsOptions();
    void findsLanguageBeforeTheApplicationExists();
};

void TestCommandLine::readsOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("apiUrl");
    QTest::addColumn<bool>("error");

    const QString app = QStringLiteral("sipcabinet");
    QTest::newRow("nothing") << QStringList{app} << QString() << QString() << false;
    QTest::newRow("russian") << QStringList{app, QStringLiteral("--lang"), QStringLiteral("ru")} << "ru" << QString() << false;
    QTest::newRow("unknown language") << QStringList{app, QStringLiteral("--lang=de")} << "de" << QString() << true;
    QTest::newRow("https operator")
        << QStringList{app, QStringLiteral("--api-url"), QStringLiteral("https://api.operator.example/api/v1")}
        << QString() << "https://api.operator.example/api/v1" << false;
    QTest::newRow("plain http remote refused")
        << QStringList{app, QStringLiteral("--api-url"), QStringLiteral("http://api.operator.example/api/v1")}
        << QString() << "http://api.operator.example/api/v1" << true;
}

void TestCommandLine::readsOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, language);
    QFETCH(QString, apiUrl);
    QFETCH(bool, error);
    const CommandLineOptions options = CommandLineOptions::parse(arguments);
    QCOMPARE(options.language, language);
    QCOMPARE(options.apiUrl.toString(), apiUrl);
    QCOMPARE(!options.errorText.isEmpty(), error);
}

void TestCommandLine::findsLanguageBeforeTheApplicationExists()
{
    const QString app = QStringLiteral("sipcabinet");
    QCOMPARE(CommandLineOptions::languageFrom({app, QStringLiteral("--lang"), QStringLiteral("ru")}), QStringLiteral("ru"));
    QCOMPARE(CommandLineOptions::languageFrom({app, QStringLiteral("--lang=en")}), QStringLiteral("en"));
    QCOMPARE(CommandLineOptions::languageFrom({app}), QString());
    QVERIFY(CommandLineOptions::asksForTextOnly({app, QStringLiteral("--version")}));
    QVERIFY(!CommandLineOptions::asksForTextOnly({app, QStringLiteral("--lang"), QStringLiteral("ru")}));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
