// «Платежи» against the sandbox: the balance and the payments of the chosen period, sorting by a column
// header, and the CSV export written to the file the user picked.
#include "OperatorPageTesting.h"
#include "models/PaymentTableModel.h"
#include "pages/PaymentsPage.h"

#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace OperatorPageTesting;

class TestPaymentsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void showsTheBalanceAndTheLastTwelveMonths();
    void filtersByThePeriodAtTheOperator();
    void sortsByAColumnHeader();
    void exportsTheShownPaymentsAsCsv();
    void exportsTheShownPaymentsToExcel();
    void showsAnOperatorErrorAndRetries();

private:
    QTableView *view() const { return m_page->findChild<QTableView *>(u"paymentsView"_s); }
    QJsonArray operatorPayments(const QDate &from, const QDate &to);

    std::unique_ptr<LoggedInContext> m_logged;
    std::unique_ptr<PaymentsPage> m_page;
};

void TestPaymentsPage::initTestCase()
{
    m_logged = std::make_unique<LoggedInContext>();
    QVERIFY(m_logged->start());
}

void TestPaymentsPage::cleanupTestCase()
{
    m_logged.reset();
}

void TestPaymentsPage::init()
{
    m_page = std::make_unique<PaymentsPage>(m_logged->context());
    QVERIFY(showAndLoad(m_page.get()));
}

void TestPaymentsPage::cleanup()
{
    m_page.reset();
    QVERIFY(m_logged->sandbox().clearFaults());
}

QJsonArray TestPaymentsPage::operatorPayments(const QDate &from, const QDate &to)
{
    QUrlQuery period;
    period.addQueryItem(u"from"_s, from.toString(Qt::ISODate));
    period.addQueryItem(u"to"_s, to.toString(Qt::ISODate));
    return operatorGet(*m_logged, u"/payments"_s, period)
        .value(u"items"_s)
        .toArray();
}

void TestPaymentsPage::showsTheBalanceAndTheLastTwelveMonths()
{
    // The sandbox's clock is 2026-11-25 (Moscow): the default period is 2025-11-01 .. 2026-11-25.
    QCOMPARE(m_page->findChild<QDateEdit *>(u"fromEdit"_s)->date(), QDate(2025, 11, 1));
    QCOMPARE(m_page->findChild<QDateEdit *>(u"toEdit"_s)->date(), QDate(2026, 11, 25));
    const QJsonArray expected = operatorPayments(QDate(2025, 11, 1), QDate(2026, 11, 25));
    QVERIFY(expected.size() > 3);
    QCOMPARE(view()->model()->rowCount(), expected.size());

    const QJsonObject balance = operatorGet(*m_logged, u"/payments"_s).value(u"balance"_s).toObject();
    const Money money = *Money::fromDecimalString(balance.value(u"amount"_s).toString(), u"RUB"_s);
    QCOMPARE(m_page->findChild<QLabel *>(u"balanceValue"_s)->text(), money.toDisplayString());

    // Newest first, and every payment the operator listed is in the table.
    const QModelIndex first = view()->model()->index(0, PaymentTableModel::DocumentColumn);
    QCOMPARE(first.data().toString(), expected.first().toObject().value(u"document"_s).toString());
    QCOMPARE(view()->model()->index(0, PaymentTableModel::MethodColumn).data().toString(), u"Bank transfer"_s);
}

void TestPaymentsPage::filtersByThePeriodAtTheOperator()
{
    auto *from = m_page->findChild<QDateEdit *>(u"fromEdit"_s);
    auto *to = m_page->findChild<QDateEdit *>(u"toEdit"_s);
    from->setDate(QDate(2026, 6, 1));
    to->setDate(QDate(2026, 8, 31));
    to->setFocus();
    QTest::keyClick(to, Qt::Key_Return); // Enter shows the period, like the «Показать» button
    QVERIFY(loaderOf(m_page.get())->isBusy());
    QVERIFY(waitUntilLoaded(m_page.get()));
    const QJsonArray expected = operatorPayments(QDate(2026, 6, 1), QDate(2026, 8, 31));
    QCOMPARE(expected.size(), 3);
    QCOMPARE(view()->model()->rowCount(), 3);
    for (int row = 0; row < 3; ++row) {
        const QDate date = view()->model()->index(row, 0).data(PaymentTableModel::SortRole).toDate();
        QVERIFY2(date >= QDate(2026, 6, 1) && date <= QDate(2026, 8, 31), qPrintable(date.toString()));
    }

    // A period that ends before it starts is not sent.
    from->setDate(QDate(2026, 9, 1));
    auto *apply = m_page->findChild<QPushButton *>(u"applyButton"_s);
    QVERIFY(!apply->isEnabled());
    QCOMPARE(m_page->findChild<InlineMessage *>(u"exportMessage"_s)->tone(), InlineMessage::Tone::Error);
}

void TestPaymentsPage::sortsByAColumnHeader()
{
    QHeaderView *header = view()->horizontalHeader();
    const QPoint amountHeader(header->sectionViewportPosition(PaymentTableModel::AmountColumn) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, amountHeader);
    const auto amountAt = [this](int row) {
        return view()->model()->index(row, PaymentTableModel::AmountColumn).data(PaymentTableModel::SortRole).toLongLong();
    };
    const int rows = view()->model()->rowCount();
    QVERIFY(rows > 3);
    QCOMPARE(header->sortIndicatorSection(), int(PaymentTableModel::AmountColumn));
    for (int row = 1; row < rows; ++row) {
        if (header->sortIndicatorOrder() == Qt::AscendingOrder)
            QVERIFY(amountAt(row - 1) <= amountAt(row));
        else
            QVERIFY(amountAt(row - 1) >= amountAt(row));
    }
    QVERIFY(amountAt(0) != amountAt(rows - 1)); // the demo's amounts differ, so the order is visible
}

void TestPaymentsPage::exportsTheShownPaymentsAsCsv()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"платежи.csv"_s);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"exportButton"_s), Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<QFileDialog *>()) != nullptr && dialog->isVisible());
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // as the dialog's Save/Open button does
    QTRY_COMPARE(m_page->findChild<InlineMessage *>(u"exportMessage"_s)->tone(), InlineMessage::Tone::Success);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
    const QJsonArray expected = operatorPayments(QDate(2025, 11, 1), QDate(2026, 11, 25));
    QCOMPARE(lines.size(), expected.size() + 2); // header, the payments, and the empty tail after the last CRLF
    QCOMPARE(lines.first(), u"Date,Amount,Currency,Method,Document"_s);
    const QJsonObject newest = expected.first().toObject();
    QCOMPARE(lines.at(1), u"%1,%2,RUB,Bank transfer,%3"_s.arg(newest.value(u"date"_s).toString(),
                                                              newest.value(u"amount"_s).toString(),
                                                              newest.value(u"document"_s).toString()));
    QVERIFY(lines.at(1).contains(u"Платежное поручение"_s));
    QVERIFY(lines.last().isEmpty());
}

void TestPaymentsPage::showsAnOperatorErrorAndRetries()
{
    QVERIFY(m_logged->sandbox().addFault(statusFault(u"/payments"_s)));
    QTest::mouseClick(refreshButtonOf(m_page.get()), Qt::LeftButton);
    QVERIFY(waitUntilLoaded(m_page.get()));
    QVERIFY(loaderOf(m_page.get())->hasError());
    QVERIFY(loaderOf(m_page.get())->message()->isVisible());

    QTest::mouseClick(refreshButtonOf(m_page.get()), Qt::LeftButton);
    QVERIFY(waitUntilLoaded(m_page.get()));
    QVERIFY(!loaderOf(m_page.get())->hasError());
    QVERIFY(view()->model()->rowCount() > 3);
}

void TestPaymentsPage::exportsTheShownPaymentsToExcel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"платежи.xlsx"_s);
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"excelButton"_s), Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_page->findChild<QFileDialog *>()) != nullptr && dialog->isVisible());
    QCOMPARE(dialog->defaultSuffix(), u"xlsx"_s);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept();
    QTRY_COMPARE(m_page->findChild<InlineMessage *>(u"exportMessage"_s)->tone(), InlineMessage::Tone::Success);

    // Read back by openpyxl, not by us: numbers are numbers, dates are dates, and the total is a formula.
    QProcess reader;
    reader.start(u"/usr/bin/python3"_s, {QStringLiteral(SIPCABINET_XLSX_READER), path});
    QVERIFY(reader.waitForFinished(60000));
    QCOMPARE(reader.exitCode(), 0);
    const QJsonArray rows = QJsonDocument::fromJson(reader.readAllStandardOutput()).object().value(u"rows"_s).toArray();
    const QJsonArray expected = operatorPayments(QDate(2025, 11, 1), QDate(2026, 11, 25));
    QCOMPARE(rows.size(), expected.size() + 2); // the header, the payments, the totals
    const QJsonObject newest = expected.first().toObject();
    const QJsonArray first = rows.at(1).toArray();
    QCOMPARE(first.at(0).toObject().value(u"value"_s).toString(),
             newest.value(u"date"_s).toString() + u"T00:00:00"_s);
    QCOMPARE(first.at(1).toObject().value(u"type"_s).toString(), u"float"_s);
    QCOMPARE(first.at(1).toObject().value(u"value"_s).toDouble(), newest.value(u"amount"_s).toString().toDouble());
    QCOMPARE(rows.last().toArray().at(1).toObject().value(u"value"_s).toString(),
             u"=SUM(B2:B%1)"_s.arg(expected.size() + 1));
}

QTEST_MAIN(TestPaymentsPage)
#include "tst_paymentspage.moc"

