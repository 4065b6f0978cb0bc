// The app's e-mail address rule, case by case, with the reason it gives for each refusal.
#include "validation/EmailAddress.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(EmailAddress::Problem)

class TestEmailAddress : public QObject
{
    Q_OBJECT

private slots:
    void checks_data();
    void checks();
    void describesEveryProblem();
    void travelsInItsAsciiForm();
};

void TestEmailAddress::checks_data()
{
    using P = EmailAddress::Problem;
    QTest::addColumn<QString>("address");
    QTest::addColumn<EmailAddress::Problem>("problem");

    QTest::newRow("plain") << u"buh@romashka.ru"_s << P::None;
    QTest::newRow("dots and plus") << u"ivan.petrov+invoices@mail.example.com"_s << P::None;
    QTest::newRow("surrounding spaces are trimmed") << u"  buh@romashka.ru "_s << P::None;
    QTest::newRow("hyphenated domain") << u"a@my-company.ru"_s << P::None;
    QTest::newRow("internationalised domain") << u"buh@ромашка.рф"_s << P::None;
    QTest::newRow("empty") << QString() << P::Empty;
    QTest::newRow("only spaces") << u"   "_s << P::Empty;
    QTest::newRow("space inside") << u"buh @romashka.ru"_s << P::Spaces;
    QTest::newRow("no at") << u"buh.romashka.ru"_s << P::NoAtSign;
    QTest::newRow("two ats") << u"buh@@romashka.ru"_s << P::SeveralAtSigns;
    QTest::newRow("nothing before at") << u"@romashka.ru"_s << P::EmptyLocalPart;
    QTest::newRow("leading dot") << u".buh@romashka.ru"_s << P::BadLocalPart;
    QTest::newRow("double dot") << u"ivan..petrov@romashka.ru"_s << P::BadLocalPart;
    QTest::newRow("trailing dot") << u"buh.@romashka.ru"_s << P::BadLocalPart;
    QTest::newRow("cyrillic mailbox") << u"бух@romashka.ru"_s << P::BadLocalPart;
    QTest::newRow("comma") << u"buh,2@romashka.ru"_s << P::BadLocalPart;
    QTest::newRow("mailbox too long") << QString(65, u'a') + u"@romashka.ru"_s << P::BadLocalPart;
    QTest::newRow("nothing after at") << u"buh@"_s << P::EmptyDomain;
    QTest::newRow("no zone") << u"buh@localhost"_s << P::NoTopLevelDomain;
    QTest::newRow("double dot in domain") << u"buh@romashka..ru"_s << P::BadDomain;
    QTest::newRow("trailing dot in domain") << u"buh@romashka.ru."_s << P::BadDomain;
    QTest::newRow("hyphen at label edge") << u"buh@-romashka.ru"_s << P::BadDomain;
    QTest::newRow("underscore in domain") << u"buh@roma_shka.ru"_s << P::BadDomain;
    QTest::newRow("too long") << u"a@"_s + QString(250, u'b') + u".ru"_s << P::TooLong;
}

void TestEmailAddress::checks()
{
    QFETCH(QString, address);
    QFETCH(EmailAddress::Problem, problem);
    QCOMPARE(EmailAddress::check(address), problem);
    QCOMPARE(EmailAddress::isValid(address), problem == EmailAddress::Problem::None);
}

void TestEmailAddress::describesEveryProblem()
{
    QVERIFY(EmailAddress::describe(EmailAddress::Problem::None).isEmpty());
    for (int i = static_cast<int>(EmailAddress::Problem::Empty); i <= static_cast<int>(EmailAddress::Problem::TooLong);
         ++i)
        QVERIFY(!EmailAddress::describe(static_cast<EmailAddress::Problem>(i)).isEmpty());
}

void TestEmailAddress::travelsInItsAsciiForm()
{
    // The ASCII form as Python's idna codec writes it: an independent encoder.
    QCOMPARE(EmailAddress::toWire(u" buh@ромашка.рф "_s), u"buh@xn--80aa3agjl3d.xn--p1ai"_s);
    QCOMPARE(EmailAddress::forDisplay(u"buh@xn--80aa3agjl3d.xn--p1ai"_s), u"buh@ромашка.рф"_s);
    QCOMPARE(EmailAddress::toWire(u"buh@romashka.ru"_s), u"buh@romashka.ru"_s);
    QCOMPARE(EmailAddress::forDisplay(u"buh@romashka.ru"_s), u"buh@romashka.ru"_s);
    QCOMPARE(EmailAddress::forDisplay(u"no at sign"_s), u"no at sign"_s);
}

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
