#include "ChargesRenderer.h"
#include "PdfInspector.h"

#include <QTest>

using Sandbox::ChargesContent;
using Sandbox::ChargesRenderer;

class TestChargesRenderer : public QObject
{
    Q_OBJECT

private slots:
    void rendersReadablePdf();
};

void TestChargesRenderer::rendersReadablePdf()
{
    ChargesContent charges;
    charges.organisationName = QStringLiteral("ИП Сидоров");
    charges.contractNumber = QStringLiteral("12/99");
    charges.period = QStringLiteral("2025-03");
    charges.currency = QStringLiteral("RUB");
    charges.lines = {{QStringLiteral("+74992220001"), QStringLiteral("Сидоров И. И."), 123450},
                     {QStringLiteral("+74992220002"), QStringLiteral("Склад"), 99},
                     {QStringLiteral("+74992220003"), QStringLiteral("Факс <резерв>"), 0}};

    const QByteArray pdf = ChargesRenderer::renderPdf(charges);
    const PdfInspector inspector(pdf);
    QVERIFY(inspector.isReady());
    QString report;
    QVERIFY2(inspector.qpdfCheck(&report) == 0, qPrintable(report));
    QCOMPARE(inspector.info(QStringLiteral("Title")), QStringLiteral("Начисления за март 2025 г."));

    const QString text = inspector.text();
    QVERIFY2(text.contains(QStringLiteral("Начисления за март 2025 г.")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("ИП Сидоров")));
    QVERIFY(text.contains(QStringLiteral("12/99")));
    QVERIFY(text.contains(QStringLiteral("Факс <резерв>")));
    QVERIFY(text.contains(QStringLiteral("1 234,50 ₽")));
    QVERIFY(text.contains(QStringLiteral("0,99 ₽")));
    QVERIFY2(text.contains(QStringLiteral("Начислено с начала периода: 1 235,49 ₽")), qPrintable(text));
}

QTEST_MAIN(TestChargesRenderer)
#include "tst_chargesrenderer.moc"
