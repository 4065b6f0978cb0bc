// The formatters every page uses, in the users' language: dates as Russian writes them inside a sentence,
// moments in the user's zone, sizes in units of 1024 with the number in the user's locale (the unit's
// Russian, «КБ/МБ», comes from the app's translation, checked by the translation test).
#include "format/DataSizeText.h"
#include "format/DateText.h"
#include "format/NaturalOrder.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void datesInRussian();
    void momentsInTheUsersZone();
    void sizesWithoutBinaryUnits_data();
    void sizesWithoutBinaryUnits();
    void numbersSortAsNumbers();
};

void TestDisplayText::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
}

void TestDisplayText::datesInRussian()
{
    QCOMPARE(DateText::dayAndMonth(QDate(2026, 12, 1)), u"1 декабря"_s); // the month inside a date, not «декабрь»
    QCOMPARE(DateText::longDay(QDate(2026, 12, 3)), u"3 декабря 2026"_s);
    QCOMPARE(DateText::day(QDate(2026, 12, 3)), u"03.12.2026"_s);
}

void TestDisplayText::momentsInTheUsersZone()
{
    // The same instant reads as the user's own clock shows it, whatever zone it arrived in.
    const QDateTime utc(QDate(2026, 12, 3), QTime(21, 0), Qt::UTC);
    const QDateTime moscow = utc.toTimeZone(QTimeZone("Europe/Moscow"));
    QCOMPARE(DateText::moment(moscow), DateText::moment(utc));
    QCOMPARE(DateText::moment(utc), QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(DateText::timeOfDay(utc), QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat));
}

void TestDisplayText::sizesWithoutBinaryUnits_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("the attachment limit") << qint64(2 * 1024 * 1024) << u"2,0 MB"_s;
    QTest::newRow("kilobytes") << qint64(512 * 1024) << u"512,0 KB"_s;
    QTest::newRow("gigabytes") << qint64(3) * 1024 * 1024 * 1024 << u"3,0 GB"_s;
}

void TestDisplayText::sizesWithoutBinaryUnits()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    const QString shown = DataSizeText::of(bytes);
    QCOMPARE(shown, text);
    QVERIFY(DataSizeText::of(300).startsWith(u"300 "_s)); // a plural of «байт» with the app's translation
}

void TestDisplayText::numbersSortAsNumbers()
{
    QStringList texts{u"114"_s, u"12"_s, u"Офис 12"_s, u"1001"_s, u"Офис 2"_s, u"012"_s, u"+7 495 100"_s, u"+7 495 20"_s};
    std::stable_sort(texts.begin(), texts.end(), NaturalOrder::less);
    QCOMPARE(texts, QStringList({u"+7 495 20"_s, u"+7 495 100"_s, u"12"_s, u"012"_s, u"114"_s, u"1001"_s, u"Офис 2"_s,
                                 u"Офис 12"_s}));
    QVERIFY(!NaturalOrder::less(u"a"_s, u"a"_s));
    QVERIFY(NaturalOrder::less(u"a"_s, u"a1"_s));
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
