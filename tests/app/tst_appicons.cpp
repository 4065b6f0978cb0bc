// Every icon the menu names was rendered at build time in every size, and draws as the size asked for.
#include "AppIcons.h"
#include "navigation/MenuCatalog.h"

#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QTest>

class TestAppIcons : public QObject
{
    Q_OBJECT

private slots:
    void everyMenuIconIsRendered();
    void drawsTheSizeAskedFor();
    void disabledLooksDifferent();
};

void TestAppIcons::everyMenuIconIsRendered()
{
    QStringList names{QStringLiteral("sipcabinet")};
    for (const MenuEntry &entry : MenuCatalog::entries())
        names.append(entry.iconName);
    for (const QString &name : names) {
        const QIcon icon = AppIcons::named(name);
        QVERIFY(!icon.availableSizes().isEmpty());
        for (const QSize &size : icon.availableSizes()) {
            const QString file = QStringLiteral(":/icons/%1-%2.png").arg(name).arg(size.width());
            QVERIFY2(QFile::exists(file), qPrintable(file));
        }
        QVERIFY2(!icon.pixmap(20).isNull(), qPrintable(name));
    }
}

void TestAppIcons::drawsTheSizeAskedFor()
{
    const QIcon icon = AppIcons::named(QStringLiteral("invoices"));
    for (const int side : {16, 20, 22, 30, 40, 256}) {
        const QPixmap pixmap = icon.pixmap(QSize(side, side));
        QCOMPARE(pixmap.size(), QSize(side, side));
        // Not blank: the rendered drawing is there.
        const QImage image = pixmap.toImage();
        bool inked = false;
        for (int y = 0; y < image.height() && !inked; ++y)
            for (int x = 0; x < image.width() && !inked; ++x)
                inked = qAlpha(image.pixel(x, y)) > 0;
        QVERIFY2(inked, qPrintable(QString::number(side)));
    }
    // Between two rendered sizes, the larger is scaled down; beyond the largest, nothing is enlarged.
    QCOMPARE(icon.actualSize(QSize(30, 30)), QSize(30, 30));
    QCOMPARE(icon.pixmap(QSize(512, 512)).size(), QSize(256, 256));
    QCOMPARE(icon.pixmap(QSize(40, 20)).size(), QSize(20, 20));
}

void TestAppIcons::disabledLooksDifferent()
{
    const QIcon icon = AppIcons::named(QStringLiteral("payments"));
    const QImage normal = icon.pixmap(QSize(20, 20), QIcon::Normal).toImage();
    const QImage disabled = icon.pixmap(QSize(20, 20), QIcon::Disabled).toImage();
    QCOMPARE(disabled.size(), normal.size());
    QVERIFY(disabled != normal);
}

QTEST_MAIN(TestAppIcons)
#include "tst_appicons.moc"
