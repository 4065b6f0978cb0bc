// The month-end pack: file names from the user's template, the CSV index, ZIP and folder written whole or
// not at all, and an altered document stopping the pack.
#include "archive/DocumentArchive.h"
#include "archive/ExportNameTemplate.h"
#include "ZipEntries.h"
#include "archive/MonthEndPack.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>


using namespace Qt::StringLiterals;

namespace {

ArchivedDocument document(const QString &contract, const QString &period, ArchivedDocument::Kind kind,
                          const QString &number)
{
    ArchivedDocument d;
    d.accountId = u"demo@127.0.0.1"_s;
    d.organisation = u"ООО «Ромашка»"_s;
    d.contract = contract;
    d.period = BillingPeriod::fromString(period).value_or(BillingPeriod());
    d.kind = kind;
    d.number = number;
    d.amount = Money(1234550, u"RUB"_s);
    d.obtainedAt = QDateTime(QDate(2026, 11, 5), QTime(12, 0), Qt::UTC);
    d.fileName = number + u".pdf"_s;
    return d;
}

QByteArray zipEntry(const QString &zipPath, const QString &name)
{
    return zipEntries(zipPath).value(name);
}

} // namespace

class TestMonthEndPack : public QObject
{
    Q_OBJECT

private slots:
    void rendersNames_data();
    void rendersNames();
    void numbersDuplicates();
    void reportsUnknownPlaceholders();
    void writesAZipWithIndex();
    void writesAFolderAtomically();
    void stopsAtAnAlteredDocument();
    void cancelLeavesNothing();
    void indexKeepsTheSignOfACredit();
    void holdsADocumentObtainedTwiceOnce();
    void indexReadsAsColumnsInARussianSpreadsheet();
    void aFolderPerOrganisationStaysInsideThePack();

private:
    QList<ArchivedDocument> storeThree(DocumentArchive &archive);
};

void TestMonthEndPack::rendersNames_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("contract");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expected");
    const QString standard = ExportNameTemplate::defaultPattern();
    QTest::newRow("default") << standard << u"SIP-2019-0042"_s << u"СЧ-2026-10-0042"_s
                             << u"SIP-2019-0042_2026-10_invoice_СЧ-2026-10-0042.pdf"_s;
    QTest::newRow("slashes and colons replaced") << standard << u"SIP/2019:42"_s << u"A\\B*C?"_s
                                                 << u"SIP_2019_42_2026-10_invoice_A_B_C_.pdf"_s;
    QTest::newRow("no folder escape") << u"../{number}"_s << u"c"_s << u"x"_s << u"_x.pdf"_s;
    QTest::newRow("extension added") << u"{period} {number}"_s << u"c"_s << u"N1"_s << u"2026-10 N1.pdf"_s;
    QTest::newRow("amount and organisation") << u"{organisation}_{amount}.pdf"_s << u"c"_s << u"n"_s
                                             << u"ООО «Ромашка»_12345.50.pdf"_s;
    QTest::newRow("control characters") << u"{number}"_s << u"c"_s << u"a\tb\nc"_s << u"a_b_c.pdf"_s;
    QTest::newRow("trailing dots") << u"{number}..."_s << u"c"_s << u"n"_s << u"n.pdf"_s;
    QTest::newRow("empty pattern means the default") << u"  "_s << u"C"_s << u"N"_s << u"C_2026-10_invoice_N.pdf"_s;
    QTest::newRow("only unsafe") << u"{number}"_s << u"c"_s << u"///"_s << u"___.pdf"_s;
    QTest::newRow("in Russian") << u"Счет_{период}_{Номер}"_s << u"c"_s << u"СЧ-7"_s << u"Счет_2026-10_СЧ-7.pdf"_s;
    QTest::newRow("Cyrillic contract kept") << u"{договор}_{вид}"_s << u"Д-2019-0457"_s << u"n"_s
                                            << u"Д-2019-0457_invoice.pdf"_s;
}

void TestMonthEndPack::rendersNames()
{
    QFETCH(QString, pattern);
    QFETCH(QString, contract);
    QFETCH(QString, number);
    QFETCH(QString, expected);
    const ExportNameTemplate names(pattern);
    QCOMPARE(names.render(document(contract, u"2026-10"_s, ArchivedDocument::Kind::Invoice, number)), expected);
}

void TestMonthEndPack::numbersDuplicates()
{
    const ExportNameTemplate names(u"{contract}_{period}.pdf"_s);
    const QStringList rendered = names.renderAll(
        {document(u"C"_s, u"2026-10"_s, ArchivedDocument::Kind::Invoice, u"1"_s),
         document(u"C"_s, u"2026-10"_s, ArchivedDocument::Kind::CallDetails, u"2"_s),
         document(u"c"_s, u"2026-10"_s, ArchivedDocument::Kind::Charges, u"3"_s),
         document(u"C"_s, u"2026-09"_s, ArchivedDocument::Kind::Invoice, u"4"_s)});
    QCOMPARE(rendered, QStringList({u"C_2026-10.pdf"_s, u"C_2026-10-2.pdf"_s, u"c_2026-10-3.pdf"_s,
                                    u"C_2026-09.pdf"_s}));
}

void TestMonthEndPack::reportsUnknownPlaceholders()
{
    QCOMPARE(ExportNameTemplate(u"{contract}_{peroid}_{x}"_s).unknownPlaceholders(),
             QStringList({u"{peroid}"_s, u"{x}"_s}));
    QVERIFY(ExportNameTemplate().unknownPlaceholders().isEmpty());
    // A Russian word that is no placeholder is reported, not copied into every name.
    QCOMPARE(ExportNameTemplate(u"{период}_{счёт}"_s).unknownPlaceholders(), QStringList({u"{счёт}"_s}));
    // Every placeholder the page offers in Russian is one.
    for (const auto &[russian, name] : ExportNameTemplate::russianPlaceholders())
        QVERIFY2(ExportNameTemplate(russian).unknownPlaceholders().isEmpty(), qPrintable(russian));
}

// The month close's pack: a folder per organisation, named after what the operator calls it (untrusted: a name
// may try to climb out of the pack), and the index with each organisation's total.
void TestMonthEndPack::aFolderPerOrganisationStaysInsideThePack()
{
    QTemporaryDir home;
    DocumentArchive archive(home.filePath(u"archive"_s));
    QString error;
    QVERIFY(archive.open(&error));
    QList<ArchivedDocument> documents = storeThree(archive);
    QCOMPARE(documents.size(), 3);
    documents[0].organisation = u"ООО «Ромашка»"_s;
    documents[1].organisation = u"ООО «Ромашка»"_s;
    documents[2].organisation = u"../../etc"_s;
    MonthEndPack pack(archive.documentsDirectory(), ExportNameTemplate(u"{number}"_s));
    pack.setFolderPerOrganisation(true);
    const QString zipPath = home.filePath(u"close.zip"_s);
    const MonthEndPack::Result result = pack.write(documents, MonthEndPack::Format::Zip, zipPath);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QStringList names = zipEntries(zipPath).keys();
    QCOMPARE(names, (QStringList{u"_.._etc/Н-1.pdf"_s, u"index.csv"_s, u"index.xlsx"_s, u"ООО «Ромашка»/Д-1.pdf"_s,
                                 u"ООО «Ромашка»/СЧ-1.pdf"_s}));
    const QStringList lines = QString::fromUtf8(zipEntry(zipPath, u"index.csv"_s)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 3 + 2); // the header, the documents, a total per organisation
    QVERIFY2(lines.at(4).startsWith(u",total for the organisation,,,24691.00,RUB,,ООО «Ромашка»"_s), qPrintable(lines.at(4)));
    QVERIFY2(lines.at(5).startsWith(u",total for the organisation,,,12345.50,RUB,,../../etc"_s), qPrintable(lines.at(5)));

    // A folder too: the same names, each file inside the pack.
    const QString folder = home.filePath(u"close"_s);
    QVERIFY(pack.write(documents, MonthEndPack::Format::Folder, folder).ok);
    QVERIFY(QFile::exists(folder + u"/ООО «Ромашка»/СЧ-1.pdf"_s));
    QVERIFY(QFile::exists(folder + u"/_.._etc/Н-1.pdf"_s));
    QVERIFY(!QFile::exists(home.filePath(u"etc"_s)));
}

QList<ArchivedDocument> TestMonthEndPack::storeThree(DocumentArchive &archive)
{
    QString error;
    QList<ArchivedDocument> stored;
    const QList<ArchivedDocument> wanted = {
        document(u"SIP-1"_s, u"2026-10"_s, ArchivedDocument::Kind::Invoice, u"СЧ-1"_s),
        document(u"SIP-1"_s, u"2026-10"_s, ArchivedDocument::Kind::CallDetails, u"Д-1"_s),
        document(u"SIP-1"_s, u"2026-10"_s, ArchivedDocument::Kind::Charges, u"Н-1"_s),
    };
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        const std::optional<qint64> id = archive.store(wanted.at(i), "%PDF-1.4 #" + QByteArray::number(i), &error);
        if (id)
            stored.append(*archive.find(*id));
    }
    return stored;
}

void TestMonthEndPack::writesAZipWithIndex()
{
    QTemporaryDir home;
    DocumentArchive archive(home.filePath(u"archive"_s));
    QString error;
    QVERIFY(archive.open(&error));
    const QList<ArchivedDocument> documents = storeThree(archive);
    QCOMPARE(documents.size(), 3);
    const QString zipPath = home.filePath(u"pack.zip"_s);
    int progressCalls = 0;
    const MonthEndPack::Result result =
        MonthEndPack(archive.documentsDirectory(), ExportNameTemplate())
            .write(documents, MonthEndPack::Format::Zip, zipPath, [&](int done, int total) {
                ++progressCalls;
                return done <= total;
            });
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.written, 3);
    QCOMPARE(progressCalls, 3);
    QCOMPARE(zipEntry(zipPath, u"SIP-1_2026-10_invoice_СЧ-1.pdf"_s), QByteArray("%PDF-1.4 #0"));
    QCOMPARE(zipEntry(zipPath, u"SIP-1_2026-10_call_details_Д-1.pdf"_s), QByteArray("%PDF-1.4 #1"));
    QCOMPARE(zipEntry(zipPath, u"SIP-1_2026-10_charges_Н-1.pdf"_s), QByteArray("%PDF-1.4 #2"));
    const QString index = QString::fromUtf8(zipEntry(zipPath, u"index.csv"_s));
    const QStringList lines = index.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).endsWith(u"file,kind,period,number,amount,currency,contract,organisation,account,subscriber,"
                                 "obtained_at,size,sha256"_s));
    QVERIFY(lines.at(3).startsWith(u"SIP-1_2026-10_charges_Н-1.pdf,Charges,2026-10,Н-1,12345.50,RUB,SIP-1,"_s));
    QVERIFY(lines.at(3).endsWith(QString::fromLatin1(documents.at(2).sha256)));
    QCOMPARE(QDir(home.path()).entryList(QDir::Files), QStringList({u"pack.zip"_s})); // no temporary left

    // The same index for Excel, read by openpyxl: the sums as numbers and their total as a formula.
    const QString workbook = home.filePath(u"index.xlsx"_s);
    QFile written(workbook);
    QVERIFY(written.open(QIODevice::WriteOnly));
    written.write(zipEntry(zipPath, u"index.xlsx"_s));
    written.close();
    QProcess reader;
    reader.start(u"/usr/bin/python3"_s, {QStringLiteral(SIPCABINET_XLSX_READER), workbook});
    QVERIFY(reader.waitForFinished(60000));
    QCOMPARE(reader.exitCode(), 0);
    const QJsonArray rows = QJsonDocument::fromJson(reader.readAllStandardOutput()).object().value(u"rows"_s).toArray();
    QCOMPARE(rows.size(), 5); // the header, three documents, the total
    const QJsonArray charges = rows.at(3).toArray();
    QCOMPARE(charges.at(0).toObject().value(u"value"_s).toString(), u"SIP-1_2026-10_charges_Н-1.pdf"_s);
    QCOMPARE(charges.at(4).toObject().value(u"type"_s).toString(), u"float"_s);
    QCOMPARE(charges.at(4).toObject().value(u"value"_s).toDouble(), 12345.5);
    QCOMPARE(rows.at(4).toArray().at(4).toObject().value(u"value"_s).toString(), u"=SUM(E2:E4)"_s);
}

void TestMonthEndPack::holdsADocumentObtainedTwiceOnce()
{
    // The October invoice downloaded twice (the second copy newer), and once more as a byte-identical copy
    // under another number: the pack has each document once, the newest copy of it.
    QTemporaryDir home;
    DocumentArchive archive(home.filePath(u"archive"_s));
    QString error;
    QVERIFY(archive.open(&error));
    ArchivedDocument first = document(u"SIP-1"_s, u"2026-10"_s, ArchivedDocument::Kind::Invoice, u"СЧ-1"_s);
    ArchivedDocument again = first;
    again.obtainedAt = first.obtainedAt.addDays(1);
    again.fileName = u"СЧ-1-again.pdf"_s;
    ArchivedDocument copy = document(u"SIP-1"_s, u"2026-10"_s, ArchivedDocument::Kind::Invoice, u"СЧ-1-copy"_s);
    const ArchivedDocument other = document(u"SIP-1"_s, u"2026-09"_s, ArchivedDocument::Kind::Invoice, u"СЧ-0"_s);
    QList<ArchivedDocument> stored;
    for (const auto &[wanted, content] : {std::pair{first, QByteArray("%PDF-1.4 first")},
                                          std::pair{again, QByteArray("%PDF-1.4 again")},
                                          std::pair{copy, QByteArray("%PDF-1.4 again")},
                                          std::pair{other, QByteArray("%PDF-1.4 other")}}) {
        const std::optional<qint64> id = archive.store(wanted, content, &error);
        QVERIFY2(id, qPrintable(error));
        stored.append(*archive.find(*id));
    }
    const QString zipPath = home.filePath(u"pack.zip"_s);
    const MonthEndPack::Result result =
        MonthEndPack(archive.documentsDirectory(), ExportNameTemplate()).write(stored, MonthEndPack::Format::Zip, zipPath);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.written, 2);
    QCOMPARE(result.repeatsLeftOut, 2);
    QCOMPARE(zipEntry(zipPath, u"SIP-1_2026-10_invoice_СЧ-1.pdf"_s), QByteArray("%PDF-1.4 again"));
    QCOMPARE(zipEntry(zipPath, u"SIP-1_2026-09_invoice_СЧ-0.pdf"_s), QByteArray("%PDF-1.4 other"));
    const QStringList lines = QString::fromUtf8(zipEntry(zipPath, u"index.csv"_s)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
}

void TestMonthEndPack::indexReadsAsColumnsInARussianSpreadsheet()
{
    // With a Russian locale the index is what a Russian Excel opens into columns: ';' between fields, decimal
    // commas, UTF-8 with a byte-order mark. Read back by Python's csv module, an independent reader.
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    ArchivedDocument d = document(u"Д-2019-0457"_s, u"2026-10"_s, ArchivedDocument::Kind::Invoice, u"СЧ-1"_s);
    d.organisation = u"ООО «Ромашка; и партнеры»"_s;
    const QByteArray index = MonthEndPack::indexOf({d}, {u"счет.pdf"_s});
    QLocale::setDefault(previous);
    QVERIFY(index.startsWith("\xEF\xBB\xBF"));

    QTemporaryDir dir;
    QFile file(dir.filePath(u"index.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(index);
    file.close();
    QProcess python;
    python.start(u"python3"_s, {u"-c"_s, u"import csv,sys,json\n"
                                         "rows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig',newline=''),delimiter=';'))\n"
                                         "print(json.dumps(rows))"_s,
                               file.fileName()});
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.exitCode(), 0);
    const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QCOMPARE(rows.size(), 2);
    const QJsonArray header = rows.at(0).toArray();
    const QJsonArray row = rows.at(1).toArray();
    QCOMPARE(row.size(), header.size());
    QCOMPARE(row.at(0).toString(), u"счет.pdf"_s);
    QCOMPARE(row.at(4).toString(), u"12345,50"_s);
    QCOMPARE(row.at(6).toString(), u"Д-2019-0457"_s);
    QCOMPARE(row.at(7).toString(), u"ООО «Ромашка; и партнеры»"_s); // the delimiter inside a field is quoted
}

void TestMonthEndPack::indexKeepsTheSignOfACredit()
{
    ArchivedDocument credit;
    credit.kind = ArchivedDocument::Kind::Invoice;
    credit.period = BillingPeriod(2026, 10);
    credit.number = u"=1+1"_s; // text from the operator that a spreadsheet would run
    credit.amount = Money(-50, u"RUB"_s);
    const QStringList lines =
        QString::fromUtf8(MonthEndPack::indexOf({credit}, {u"credit.pdf"_s})).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(1).startsWith(u"credit.pdf,Invoice,2026-10,'=1+1,-0.50,RUB,"_s), qPrintable(lines.at(1)));
}

void TestMonthEndPack::writesAFolderAtomically()
{
    QTemporaryDir home;
    DocumentArchive archive(home.filePath(u"archive"_s));
    QString error;
    QVERIFY(archive.open(&error));
    const QList<ArchivedDocument> documents = storeThree(archive);
    const QString folder = home.filePath(u"Октябрь 2026"_s);
    const MonthEndPack pack(archive.documentsDirectory(), ExportNameTemplate(u"{kind}_{number}"_s));
    MonthEndPack::Result result = pack.write(documents, MonthEndPack::Format::Folder, folder);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(QDir(folder).entryList(QDir::Files),
             QStringList({u"call_details_Д-1.pdf"_s, u"charges_Н-1.pdf"_s, u"index.csv"_s, u"index.xlsx"_s,
                          u"invoice_СЧ-1.pdf"_s}));
    QFile index(folder + u"/index.csv"_s);
    QVERIFY(index.open(QIODevice::ReadOnly));
    QVERIFY(index.readAll().startsWith("\xEF\xBB\xBF" "file,")); // Excel reads Cyrillic with the BOM
    // An existing folder is never written into.
    result = pack.write(documents, MonthEndPack::Format::Folder, folder);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(u"already exists"_s));
    QCOMPARE(QDir(home.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 2); // archive + the pack
}

void TestMonthEndPack::stopsAtAnAlteredDocument()
{
    QTemporaryDir home;
    DocumentArchive archive(home.filePath(u"archive"_s));
    QString error;
    QVERIFY(archive.open(&error));
    const QList<ArchivedDocument> documents = storeThree(archive);
    QFile altered(archive.pathOf(documents.at(1).fileName));
    QVERIFY(altered.open(QIODevice::WriteOnly));
    altered.write("%PDF-1.4 #X");
    altered.close();
    const MonthEndPack pack(archive.documentsDirectory(), ExportNameTemplate());
    const MonthEndPack::Result zip = pack.write(documents, MonthEndPack::Format::Zip, home.filePath(u"p.zip"_s));
    QVERIFY(!zip.ok);
    QCOMPARE(zip.altered, QStringList({u"Д-1"_s}));
    QVERIFY(!QFile::exists(home.filePath(u"p.zip"_s)));
    const MonthEndPack::Result folder = pack.write(documents, MonthEndPack::Format::Folder, home.filePath(u"p"_s));
    QVERIFY(!folder.ok);
    QCOMPARE(folder.altered, QStringList({u"Д-1"_s}));
    QCOMPARE(QDir(home.path()).entryList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot), QStringList({u"archive"_s}));
}

void TestMonthEndPack::cancelLeavesNothing()
{
    QTemporaryDir home;
    DocumentArchive archive(home.filePath(u"archive"_s));
    QString error;
    QVERIFY(archive.open(&error));
    const QList<ArchivedDocument> documents = storeThree(archive);
    const MonthEndPack pack(archive.documentsDirectory(), ExportNameTemplate());
    const auto cancelAfterFirst = [](int done, int) { return done < 1; };
    QVERIFY(pack.write(documents, MonthEndPack::Format::Zip, home.filePath(u"p.zip"_s), cancelAfterFirst).cancelled);
    QVERIFY(pack.write(documents, MonthEndPack::Format::Folder, home.filePath(u"p"_s), cancelAfterFirst).cancelled);
    QCOMPARE(QDir(home.path()).entryList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot), QStringList({u"archive"_s}));
}

QTEST_GUILESS_MAIN(TestMonthEndPack)
#include "tst_monthendpack.moc"
