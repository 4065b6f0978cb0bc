// The call-back phone rule: the usual Russian ways of writing a number, all normalised to +7XXXXXXXXXX.
#include "validation/PhoneNumber.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void normalises_data();
    void normalises();
    void displaysANormalisedNumber_data();
    void displaysANormalisedNumber();
    void saysWhatIsWrong_data();
    void saysWhatIsWrong();
};

void TestPhoneNumber::normalises_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected"); // empty: refused

    QTest::newRow("international") << u"+79161234567"_s << u"+79161234567"_s;
    QTest::newRow("international spaced") << u"+7 916 123 45 67"_s << u"+79161234567"_s;
    QTest::newRow("international with brackets") << u"+7 (916) 123-45-67"_s << u"+79161234567"_s;
    QTest::newRow("trunk prefix 8 with brackets") << u"8 (916) 123-45-67"_s << u"+79161234567"_s;
    QTest::newRow("trunk prefix 8 plain") << u"89161234567"_s << u"+79161234567"_s;
    QTest::newRow("trunk prefix 8 hyphens") << u"8-916-123-45-67"_s << u"+79161234567"_s;
    QTest::newRow("7 without plus") << u"7 916 123-45-67"_s << u"+79161234567"_s;
    QTest::newRow("ten digits") << u"(916) 123-45-67"_s << u"+79161234567"_s;
    QTest::newRow("toll-free") << u"8 800 555-01-00"_s << u"+78005550100"_s;
    QTest::newRow("surrounding spaces") << u"  +7 495 555 01 00 "_s << u"+74955550100"_s;
    QTest::newRow("no-break spaces") << u"+7\u00A0916\u00A0123\u201345\u201367"_s << u"+79161234567"_s;

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("too short") << u"+7 916 123-45-6"_s << QString();
    QTest::newRow("too long") << u"+7 916 123-45-678"_s << QString();
    QTest::newRow("foreign country code") << u"+1 916 123 45 67"_s << QString();
    QTest::newRow("plus with trunk prefix") << u"+8 916 123-45-67"_s << QString();
    QTest::newRow("eleven digits not 7 or 8") << u"99161234567"_s << QString();
    QTest::newRow("letters") << u"+7 916 CALL-ME"_s << QString();
    QTest::newRow("plus in the middle") << u"7+9161234567"_s << QString();
    QTest::newRow("two pluses") << u"++79161234567"_s << QString();
    QTest::newRow("extension") << u"+7 495 555-01-00 ext. 12"_s << QString();
}

void TestPhoneNumber::normalises()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    const std::optional<QString> result = PhoneNumber::normalised(typed);
    if (expected.isEmpty()) {
        QVERIFY2(!result, qPrintable(u"accepted as "_s + result.value_or(QString())));
    } else {
        QVERIFY(result);
        QCOMPARE(*result, expected);
    }
}

void TestPhoneNumber::displaysANormalisedNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mobile") << u"+79161234567"_s << u"+7 916 123-45-67"_s;
    QTest::newRow("toll-free") << u"+78005550100"_s << u"+7 800 555-01-00"_s;
    QTest::newRow("not normalised stays") << u"8 800 555-01-00"_s << u"8 800 555-01-00"_s;
    QTest::newRow("not a phone stays") << u"support"_s << u"support"_s;
}

void TestPhoneNumber::displaysANormalisedNumber()
{
    QFETCH(QString, number);
    QFETCH(QString, expected);
    QCOMPARE(PhoneNumber::displayText(number), expected);
}

void TestPhoneNumber::saysWhatIsWrong_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("mentions"); // figures the message must give; empty: no problem
    QTest::newRow("good") << u"8 (916) 123-45-67"_s << QStringList();
    QTest::newRow("incomplete with 8") << u"8 (916) 123-45"_s << QStringList{u"9"_s, u"11"_s};
    QTest::newRow("incomplete without prefix") << u"916 123-45"_s << QStringList{u"8"_s, u"10"_s};
    QTest::newRow("one digit too many") << u"+7 916 123-45-678"_s << QStringList{u"12"_s, u"11"_s};
    QTest::newRow("foreign") << u"+1 916 123 45 67"_s << QStringList{u"+7"_s};
    QTest::newRow("letters") << u"+7 916 CALL-ME"_s << QStringList{u"+7 916 123-45-67"_s};
    QTest::newRow("empty") << QString() << QStringList{u"+7 916 123-45-67"_s};
}

void TestPhoneNumber::saysWhatIsWrong()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, mentions);
    const QString problem = PhoneNumber::problemWith(typed);
    QCOMPARE(problem.isEmpty(), mentions.isEmpty());
    QCOMPARE(problem.isEmpty(), PhoneNumber::normalised(typed).has_value());
    for (const QString &figure : std::as_const(mentions))
        QVERIFY2(problem.contains(figure), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
