#include "CallDetailsRenderer.h"
#include "DemoCallGenerator.h"
#include "PdfInspector.h"

#include <QTest>
#include <QTimeZone>

using Sandbox::CallDetailsContent;
using Sandbox::CallDetailsRenderer;
using Sandbox::CallRecord;

namespace {

CallDetailsContent twoCalls()
{
    CallDetailsContent details;
    details.organisationName = QStringLiteral("ООО «Ромашка»");
    details.contractNumber = QStringLiteral("77/15-АБ");
    details.period = QStringLiteral("2025-01");
    details.calls = {
        {QDateTime(QDate(2025, 1, 15), QTime(7, 5, 9), QTimeZone::utc()), QStringLiteral("+74951110001"),
         QStringLiteral("+79161234567"), 125, 750},
        // A label as the called party: the CSV must quote the comma and double the quotes.
        {QDateTime(QDate(2025, 1, 31), QTime(21, 30, 0), QTimeZone::utc()), QStringLiteral("+74951110002"),
         QStringLiteral("Офис \"Центр\", доб. 5"), 3600, 123456},
    };
    return details;
}

} // namespace

class TestCallDetailsRenderer : public QObject
{
    Q_OBJECT

private slots:
    void csvFollowsRfc4180();
    void csvOfNoCallsIsTheHeader();
    void pdfIsReadable();
    void pdfOfADemoMonth();
};

void TestCallDetailsRenderer::csvFollowsRfc4180()
{
    const QByteArray expected = QStringLiteral(
        "started_at,subscriber_number,called_number,duration_seconds,cost\r\n"
        "2025-01-15T10:05:09+03:00,+74951110001,+79161234567,125,7.50\r\n"
        // 21:30 UTC on January 31st is already February 1st in Moscow.
        "2025-02-01T00:30:00+03:00,+74951110002,\"Офис \"\"Центр\"\", доб. 5\",3600,1234.56\r\n").toUtf8();
    QCOMPARE(CallDetailsRenderer::renderCsv(twoCalls()), expected);
}

void TestCallDetailsRenderer::csvOfNoCallsIsTheHeader()
{
    QCOMPARE(CallDetailsRenderer::renderCsv({}),
             QByteArray("started_at,subscriber_number,called_number,duration_seconds,cost\r\n"));
}

void TestCallDetailsRenderer::pdfIsReadable()
{
    const PdfInspector inspector(CallDetailsRenderer::renderPdf(twoCalls()));
    QVERIFY(inspector.isReady());
    QString report;
    QVERIFY2(inspector.qpdfCheck(&report) == 0, qPrintable(report));
    QCOMPARE(inspector.info(QStringLiteral("Title")), QStringLiteral("Детализация звонков за январь 2025 г."));

    const QString text = inspector.text();
    QVERIFY2(text.contains(QStringLiteral("Детализация звонков за январь 2025 г.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("ООО «Ромашка»")));
    QVERIFY(text.contains(QStringLiteral("15.01.2025 10:05:09")));
    QVERIFY(text.contains(QStringLiteral("+79161234567")));
    QVERIFY(text.contains(QStringLiteral("Офис \"Центр\", доб. 5")));
    QVERIFY(text.contains(QStringLiteral("1:00:00")));
    QVERIFY2(text.contains(QStringLiteral("Итого: 1 242,06 ₽")), qPrintable(text));
}

void TestCallDetailsRenderer::pdfOfADemoMonth()
{
    QStringList subscribers;
    for (int i = 1; i <= 14; ++i)
        subscribers.append(QStringLiteral("+749511100%1").arg(i, 2, 10, QLatin1Char('0')));
    CallDetailsContent details = twoCalls();
    details.calls = Sandbox::DemoCallGenerator::generate(subscribers, details.period, 2025);

    const PdfInspector inspector(CallDetailsRenderer::renderPdf(details));
    QString report;
    QVERIFY2(inspector.qpdfCheck(&report) == 0, qPrintable(report));
    QVERIFY(inspector.info(QStringLiteral("Pages")).toInt() > 1);
    const QString text = inspector.text();
    QVERIFY(text.contains(details.calls.constFirst().calledNumber));
    QVERIFY(text.contains(details.calls.constLast().calledNumber));
}

QTEST_MAIN(TestCallDetailsRenderer)
#include "tst_calldetailsrenderer.moc"
