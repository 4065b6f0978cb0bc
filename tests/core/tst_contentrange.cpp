// Content-Range of a resumed download: only the exact shape counts; anything else is no range.
#include "documents/ContentRange.h"

#include <QTest>

class TestContentRange : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
};

void TestContentRange::parses_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<qint64>("complete"); // -1 for "*"

    QTest::newRow("the rest of a file") << QByteArray("bytes 1000-209714199/209714200") << true << qint64(1000)
                                        << qint64(209714199) << qint64(209714200);
    QTest::newRow("one byte") << QByteArray("bytes 0-0/1") << true << qint64(0) << qint64(0) << qint64(1);
    QTest::newRow("complete length unknown") << QByteArray("bytes 5-9/*") << true << qint64(5) << qint64(9) << qint64(-1);
    QTest::newRow("empty") << QByteArray() << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("another unit") << QByteArray("items 0-1/2") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("unsatisfied form") << QByteArray("bytes */100") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("backwards") << QByteArray("bytes 9-5/100") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("past the end") << QByteArray("bytes 0-100/100") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("sign") << QByteArray("bytes -1-5/100") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("plus") << QByteArray("bytes +1-5/100") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("spaces inside") << QByteArray("bytes 1 -5/100") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("no last") << QByteArray("bytes 1-/100") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("no length") << QByteArray("bytes 1-5/") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("trailing text") << QByteArray("bytes 1-5/100x") << false << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("would overflow") << QByteArray("bytes 0-99999999999999999999/99999999999999999999") << false
                                    << qint64(0) << qint64(0) << qint64(0);
}

void TestContentRange::parses()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    const std::optional<ContentRange> range = ContentRange::parse(header);
    QCOMPARE(range.has_value(), valid);
    if (!range)
        return;
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(qint64, complete);
    QCOMPARE(range->first, first);
    QCOMPARE(range->last, last);
    QCOMPARE(range->completeLength.value_or(-1), complete);
}

QTEST_GUILESS_MAIN(TestContentRange)
#include "tst_contentrange.moc"
