// The archive page's model: rows a page at a time from SQLite, filters and order applied there.
#include "archive/ArchiveTableModel.h"
#include "archive/DocumentArchive.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestArchiveTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fetchesPageByPage();
    void filters_data();
    void filters();
    void sortsInSql();
    void aClosedArchiveIsEmpty();

private:
    QTemporaryDir m_home;
    std::unique_ptr<DocumentArchive> m_archive;
};

constexpr int Count = 450;

void TestArchiveTableModel::initTestCase()
{
    m_archive = std::make_unique<DocumentArchive>(m_home.path());
    QString error;
    QVERIFY(m_archive->open(&error));
    for (int i = 0; i < Count; ++i) {
        ArchivedDocument d;
        d.accountId = i % 3 == 0 ? u"other@example.org"_s : u"demo@127.0.0.1"_s;
        d.organisation = i % 3 == 0 ? u"АО «Василёк»"_s : u"ООО «Ромашка»"_s;
        d.contract = u"SIP-%1"_s.arg(i % 3 == 0 ? 7 : 42);
        d.period = BillingPeriod(2025, 1).addMonths(i % 24); // 2025-01 … 2026-12
        d.kind = i % 5 == 0 ? ArchivedDocument::Kind::CallDetails : ArchivedDocument::Kind::Invoice;
        d.number = u"INV-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        d.amount = Money(100000 + i * 100, u"RUB"_s);
        d.obtainedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 60);
        d.fileName = d.number + u".pdf"_s;
        QVERIFY(m_archive->store(d, "%PDF " + QByteArray::number(i), &error));
    }
}

void TestArchiveTableModel::fetchesPageByPage()
{
    ArchiveTableModel model(m_archive.get());
    model.setFilter(ArchiveFilter());
    QCOMPARE(model.rowCount(), ArchiveTableModel::PageSize); // never all rows at once
    QVERIFY(model.canFetchMore(QModelIndex()));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 2 * ArchiveTableModel::PageSize);
    QCOMPARE(inserted.size(), 1);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), Count);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.pagesFetched(), 3);
    // Pages never overlap or skip: every id once.
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.data(model.index(row, 0), ArchiveTableModel::IdRole).toLongLong());
    QCOMPARE(ids.size(), Count);
}

void TestArchiveTableModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("kind"); // -1: any
    QTest::addColumn<int>("expected");
    QTest::newRow("number") << u"inv-0123"_s << QString() << QString() << QString() << -1 << 1;
    QTest::newRow("amount with a comma") << u"1123,00"_s << QString() << QString() << QString() << -1 << 1;
    QTest::newRow("amount with a dot") << u"1123.00"_s << QString() << QString() << QString() << -1 << 1;
    QTest::newRow("period as written in Russia") << u"03.2025"_s << QString() << QString() << QString() << -1 << 19;
    QTest::newRow("organisation, any case") << u"василёк"_s << QString() << QString() << QString() << -1 << 150;
    QTest::newRow("two characters, read in order") << u"ао"_s << QString() << QString() << QString() << -1 << 150;
    QTest::newRow("account") << QString() << u"other@example.org"_s << QString() << QString() << -1 << 150;
    QTest::newRow("period range") << QString() << QString() << u"2026-01"_s << u"2026-03"_s << -1 << 57;
    QTest::newRow("kind") << QString() << QString() << QString() << QString()
                          << int(ArchivedDocument::Kind::CallDetails) << 90;
    QTest::newRow("all together") << u"sip-42"_s << u"demo@127.0.0.1"_s << u"2025-01"_s << u"2025-12"_s
                                  << int(ArchivedDocument::Kind::Invoice) << 121;
    QTest::newRow("nothing") << u"no such thing"_s << QString() << QString() << QString() << -1 << 0;
}

void TestArchiveTableModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QString, account);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, kind);
    QFETCH(int, expected);
    ArchiveFilter filter;
    filter.text = text;
    filter.accountId = account;
    if (!from.isEmpty())
        filter.from = BillingPeriod::fromString(from);
    if (!to.isEmpty())
        filter.to = BillingPeriod::fromString(to);
    if (kind >= 0)
        filter.kind = ArchivedDocument::Kind(kind);
    QCOMPARE(m_archive->count(filter), expected);
    ArchiveTableModel model(m_archive.get());
    model.setFilter(filter);
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row) {
        const ArchivedDocument d = model.document(row);
        if (!account.isEmpty())
            QCOMPARE(d.accountId, account);
        if (filter.from)
            QVERIFY(d.period >= *filter.from);
        if (filter.to)
            QVERIFY(d.period <= *filter.to);
        if (filter.kind)
            QCOMPARE(d.kind, *filter.kind);
    }
}

void TestArchiveTableModel::sortsInSql()
{
    ArchiveTableModel model(m_archive.get());
    model.setFilter(ArchiveFilter());
    model.sort(ArchiveTableModel::AmountColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), ArchiveTableModel::PageSize); // a new order starts again from the first page
    QCOMPARE(model.document(0).number, u"INV-0000"_s);
    QCOMPARE(model.document(1).number, u"INV-0001"_s);
    model.sort(ArchiveTableModel::AmountColumn, Qt::DescendingOrder);
    QCOMPARE(model.document(0).number, u"INV-0449"_s);
    model.sort(ArchiveTableModel::PeriodColumn, Qt::AscendingOrder);
    QCOMPARE(model.document(0).period, BillingPeriod(2025, 1));
    QCOMPARE(model.data(model.index(0, ArchiveTableModel::AmountColumn)).toString().isEmpty(), false);
}

void TestArchiveTableModel::aClosedArchiveIsEmpty()
{
    QTemporaryDir other;
    DocumentArchive closed(other.path());
    ArchiveTableModel model(&closed);
    model.setFilter(ArchiveFilter());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

QTEST_GUILESS_MAIN(TestArchiveTableModel)
#include "tst_archivetablemodel.moc"
