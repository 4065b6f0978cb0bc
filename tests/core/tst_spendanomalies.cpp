// The rules that pick what the «Расходы» page explains, and the reconciliation of an invoice with the charges seen.
#include "format/SpendAnomalyText.h"
#include "spend/ChargesReconciliation.h"
#include "spend/SpendAnomalies.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Amounts = QList<std::optional<qint64>>;

// One row per subscriber, "-" for a month with no line; amounts in roubles.
SpendTable tableOf(const QList<QPair<QString, QStringList>> &rows)
{
    SpendTable table;
    table.currency = u"RUB"_s;
    const qsizetype months = rows.isEmpty() ? 0 : rows.constFirst().second.size();
    for (qsizetype i = 0; i < months; ++i)
        table.periods.append(BillingPeriod(2025, 11).addMonths(int(i)));
    int index = 0;
    for (const auto &[label, amounts] : rows) {
        SpendTable::Row row;
        row.accountId = u"a"_s;
        row.subscriberId = u"s%1"_s.arg(++index);
        row.number = u"+7495200010%1"_s.arg(index);
        row.label = label;
        for (const QString &amount : amounts)
            row.amounts.append(amount == u"-"_s ? std::nullopt : std::optional<qint64>(amount.toLongLong() * 100));
        table.rows.append(row);
    }
    return table;
}

QString describe(const QList<SpendAnomaly> &found)
{
    static const char *const kinds[] = {"total-prev", "total-year", "above", "new", "removed"};
    QStringList parts;
    for (const SpendAnomaly &a : found)
        parts.append(u"%1:%2:%3:%4"_s.arg(QLatin1String(kinds[int(a.kind)])).arg(a.row).arg(a.amount / 100).arg(a.reference / 100));
    return parts.join(u' ');
}

} // namespace

Q_DECLARE_METATYPE(SpendTable)

class TestSpendAnomalies : public QObject
{
    Q_OBJECT

private slots:
    void findsWhatToExplain_data();
    void findsWhatToExplain();
    void writesTheFiguresIntoTheSentence();
    void reconciles_data();
    void reconciles();
};

void TestSpendAnomalies::findsWhatToExplain_data()
{
    QTest::addColumn<SpendTable>("table");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("expected");

    QTest::newRow("steady month: only the total against the month before")
        << tableOf({{u"A"_s, {u"100"_s, u"110"_s, u"90"_s, u"100"_s}}}) << 3 << u"total-prev:-1:100:90"_s;
    QTest::newRow("three times the median of the three months before")
        << tableOf({{u"A"_s, {u"100"_s, u"300"_s, u"90"_s, u"310"_s}}, {u"B"_s, {u"10"_s, u"10"_s, u"10"_s, u"10"_s}}}) << 3
        << u"total-prev:-1:320:100 above:0:310:100"_s;
    QTest::newRow("exactly 1.5 times is not above")
        << tableOf({{u"A"_s, {u"100"_s, u"100"_s, u"100"_s, u"150"_s}}}) << 3 << u"total-prev:-1:150:100"_s;
    QTest::newRow("just over 1.5 times is")
        << tableOf({{u"A"_s, {u"100"_s, u"100"_s, u"100"_s, u"151"_s}}}) << 3 << u"total-prev:-1:151:100 above:0:151:100"_s;
    QTest::newRow("fewer than three months before: no usual month")
        << tableOf({{u"A"_s, {u"-"_s, u"100"_s, u"100"_s, u"900"_s}}, {u"B"_s, {u"1"_s, u"1"_s, u"1"_s, u"1"_s}}}) << 3
        << u"total-prev:-1:901:101"_s;
    QTest::newRow("the larger excess first")
        << tableOf({{u"A"_s, {u"100"_s, u"100"_s, u"100"_s, u"200"_s}}, {u"B"_s, {u"10"_s, u"10"_s, u"10"_s, u"50"_s}}}) << 3
        << u"total-prev:-1:250:110 above:1:50:10 above:0:200:100"_s;
    QTest::newRow("a usual month of zero is never exceeded by a ratio")
        << tableOf({{u"A"_s, {u"0"_s, u"0"_s, u"0"_s, u"50"_s}}}) << 3 << QString(); // nor a total of zero by a per cent
    QTest::newRow("new and removed subscribers")
        << tableOf({{u"A"_s, {u"100"_s, u"100"_s}}, {u"B"_s, {u"-"_s, u"40"_s}}, {u"C"_s, {u"70"_s, u"-"_s}}}) << 1
        << u"total-prev:-1:140:170 new:1:40:0 removed:2:70:0"_s;
    QTest::newRow("the first month has nothing to compare with")
        << tableOf({{u"A"_s, {u"100"_s, u"100"_s}}}) << 0 << QString();
    QTest::newRow("a month with no invoice is not explained")
        << tableOf({{u"A"_s, {u"100"_s, u"-"_s}}}) << 1 << QString();
    QTest::newRow("a month after one with no invoice: nobody is new")
        << tableOf({{u"A"_s, {u"-"_s, u"100"_s}}}) << 1 << QString();
    QStringList year(13, u"100"_s);
    year[12] = u"130"_s;
    year[11] = u"120"_s;
    QTest::newRow("the same month a year ago")
        << tableOf({{u"A"_s, year}}) << 12 << u"total-prev:-1:130:120 total-year:-1:130:100"_s;
    QTest::newRow("out of range") << tableOf({{u"A"_s, {u"1"_s}}}) << 5 << QString();
}

void TestSpendAnomalies::findsWhatToExplain()
{
    QFETCH(SpendTable, table);
    QFETCH(int, month);
    QFETCH(QString, expected);
    const QList<SpendAnomaly> found = SpendAnomalies::find(table, month);
    QCOMPARE(describe(found), expected);
    QCOMPARE(SpendAnomalies::hasSubscriberAnomaly(table, month),
             std::any_of(found.cbegin(), found.cend(), [](const SpendAnomaly &a) { return a.row >= 0; }));
}

void TestSpendAnomalies::writesTheFiguresIntoTheSentence()
{
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    const SpendTable table = tableOf({{u"Техподдержка"_s, {u"1500"_s, u"1552"_s, u"1600"_s, u"4812"_s}}});
    const QList<SpendAnomaly> found = SpendAnomalies::find(table, 3);
    QCOMPARE(found.size(), 2);
    const QString above = SpendAnomalyText::sentence(found.at(1), table, 3);
    QVERIFY2(above.contains(u"+7 495 200-01-01 (Техподдержка)"_s), qPrintable(above));
    QVERIFY2(above.contains(u"4\u00a0812,00"_s), qPrintable(above));
    QVERIFY2(above.contains(u"3,1"_s), qPrintable(above));
    const QString total = SpendAnomalyText::sentence(found.at(0), table, 3);
    QVERIFY2(total.contains(u"201"_s), qPrintable(total)); // 4812 against 1600: +201 %
    QLocale::setDefault(QLocale::c());
}

void TestSpendAnomalies::reconciles_data()
{
    QTest::addColumn<QList<qint64>>("invoiced"); // per subscriber s1.., -1: not on the invoice
    QTest::addColumn<QList<qint64>>("seen");     // per subscriber s1.., -1: not in the charges seen
    QTest::addColumn<QString>("expected");       // subscriber:difference, in order

    QTest::newRow("all equal") << QList<qint64>{100, 200} << QList<qint64>{100, 200} << QString();
    QTest::newRow("charged after the app looked") << QList<qint64>{150, 200} << QList<qint64>{100, 200} << u"s1:50"_s;
    QTest::newRow("the invoice is lower") << QList<qint64>{100, 180} << QList<qint64>{100, 200} << u"s2:-20"_s;
    QTest::newRow("only on the invoice") << QList<qint64>{100, 30} << QList<qint64>{100, -1} << u"s2:30"_s;
    QTest::newRow("only in the charges seen") << QList<qint64>{-1, 200} << QList<qint64>{40, 200} << u"s1:-40"_s;
}

void TestSpendAnomalies::reconciles()
{
    QFETCH(QList<qint64>, invoiced);
    QFETCH(QList<qint64>, seen);
    QFETCH(QString, expected);
    Invoice invoice;
    CurrentCharges charges;
    for (int i = 0; i < invoiced.size(); ++i) {
        const QString id = u"s%1"_s.arg(i + 1);
        if (invoiced.at(i) >= 0)
            invoice.lines.append({id, u"+7495000000%1"_s.arg(i), QString(), Money(invoiced.at(i), u"RUB"_s)});
        if (seen.at(i) >= 0)
            charges.items.append({id, u"+7495000000%1"_s.arg(i), QString(), Money(seen.at(i), u"RUB"_s)});
    }
    QStringList parts;
    for (const ChargesReconciliation::Difference &d : ChargesReconciliation::compare(invoice, charges))
        parts.append(u"%1:%2"_s.arg(d.subscriberId).arg(d.difference()));
    QCOMPARE(parts.join(u' '), expected);
}

QTEST_GUILESS_MAIN(TestSpendAnomalies)
#include "tst_spendanomalies.moc"
