#include "InvoicePdfRenderer.h"
#include "PdfInspector.h"

#include <QTest>
#include <QTimeZone>

using Sandbox::InvoiceContent;
using Sandbox::ChargeLine;
using Sandbox::InvoicePdfRenderer;

namespace {

InvoiceContent romashkaInvoice(int lineCount)
{
    InvoiceContent invoice;
    invoice.number = QStringLiteral("СЧ-2025-01-000123");
    invoice.period = QStringLiteral("2025-01");
    invoice.organisationName = QStringLiteral("ООО «Ромашка»");
    invoice.contractNumber = QStringLiteral("77/15-АБ");
    invoice.taxpayerNumber = QStringLiteral("7701234567");
    invoice.organisationAddress = QStringLiteral("125009, г. Москва, ул. Тверская, д. 1");
    invoice.formedAt = QDateTime(QDate(2025, 2, 1), QTime(0, 0), QTimeZone::utc());
    invoice.currency = QStringLiteral("RUB");
    for (int i = 0; i < lineCount; ++i) {
        invoice.lines.append({QStringLiteral("+7495111%1").arg(i, 4, 10, QLatin1Char('0')),
                              QStringLiteral("Абонентская плата и звонки, линия %1").arg(i + 1),
                              qint64(150000 + i * 1234)});
    }
    return invoice;
}

} // namespace

class TestInvoicePdfRenderer : public QObject
{
    Q_OBJECT

private slots:
    void rendersReadablePdf_data();
    void rendersReadablePdf();
};

void TestInvoicePdfRenderer::rendersReadablePdf_data()
{
    QTest::addColumn<InvoiceContent>("invoice");
    QTest::addColumn<QString>("total");
    QTest::addColumn<int>("minimumPages");

    QTest::newRow("one subscriber") << romashkaInvoice(1) << QStringLiteral("1 500,00 ₽") << 1;
    QTest::newRow("fourteen subscribers") << romashkaInvoice(14) << QStringLiteral("22 122,94 ₽") << 1;
    QTest::newRow("no lines") << romashkaInvoice(0) << QStringLiteral("0,00 ₽") << 1;
    QTest::newRow("many pages") << romashkaInvoice(120) << QStringLiteral("268 107,60 ₽") << 3;
}

void TestInvoicePdfRenderer::rendersReadablePdf()
{
    QFETCH(InvoiceContent, invoice);
    QFETCH(QString, total);
    QFETCH(int, minimumPages);

    const QByteArray pdf = InvoicePdfRenderer::render(invoice);
    QVERIFY(pdf.startsWith("%PDF-"));
    const PdfInspector inspector(pdf);
    QVERIFY(inspector.isReady());
    QString report;
    QVERIFY2(inspector.qpdfCheck(&report) == 0, qPrintable(report));

    const QString title = QStringLiteral("Счет № СЧ-2025-01-000123 за январь 2025 г.");
    QCOMPARE(inspector.info(QStringLiteral("Title")), title);
    QVERIFY(!inspector.info(QStringLiteral("Creator")).isEmpty());
    QVERIFY(inspector.info(QStringLiteral("Pages")).toInt() >= minimumPages);

    const QString text = inspector.text();
    QVERIFY2(text.contains(title), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("ООО «Ромашка»")));
    QVERIFY(text.contains(QStringLiteral("77/15-АБ")));
    QVERIFY(text.contains(QStringLiteral("ИНН")));
    QVERIFY(text.contains(QStringLiteral("7701234567")));
    QVERIFY(text.contains(QStringLiteral("ул. Тверская")));
    QVERIFY(text.contains(QStringLiteral("01.02.2025"))); // formed at midnight UTC, 03:00 in Moscow
    QVERIFY2(text.contains(QStringLiteral("Итого к оплате: ") + total), qPrintable(text));
    for (const ChargeLine &line : std::as_const(invoice.lines)) {
        QVERIFY2(text.contains(line.subscriberNumber), qPrintable(line.subscriberNumber));
        QVERIFY2(text.contains(line.label), qPrintable(line.label));
    }
}

QTEST_MAIN(TestInvoicePdfRenderer)
#include "tst_invoicepdfrenderer.moc"
