#include "HtmlPdfWriter.h"
#include "InvoicePdfRenderer.h"

#include <QTest>

using Sandbox::HtmlPdfWriter;

// Runs under a QCoreApplication: PDF rendering must refuse instead of crashing in QPdfWriter.
class TestHtmlPdfWriter : public QObject
{
    Q_OBJECT

private slots:
    void refusesWithoutGuiApplication();
};

void TestHtmlPdfWriter::refusesWithoutGuiApplication()
{
    QTest::ignoreMessage(QtWarningMsg, "Sandbox::HtmlPdfWriter: PDF documents need a QGuiApplication");
    QVERIFY(HtmlPdfWriter::render(QStringLiteral("<p>Счет</p>"), QStringLiteral("Счет")).isEmpty());
    QTest::ignoreMessage(QtWarningMsg, "Sandbox::HtmlPdfWriter: PDF documents need a QGuiApplication");
    QVERIFY(Sandbox::InvoicePdfRenderer::render({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestHtmlPdfWriter)
#include "tst_htmlpdfwriter.moc"
