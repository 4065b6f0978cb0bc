// The keyboard's place can be seen: the sidebar's current row shows a ring when the window gives the menu
// the focus, and a focused button does not look like the default one. Checked on the pixels Qt paints.
#include "FocusRingStyle.h"

#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

// Pixels an eye tells apart: a shade of the same blue (Fusion's focused selection) does not count.
int differingPixels(const QImage &a, const QImage &b, const QRect &area)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            count += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q)) > 120;
        }
    }
    return count;
}

} // namespace

class TestFocusRing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menuRowShowsTheFocus();
    void focusedButtonIsNotTheDefaultOne();

private:
    QWidget m_window;
    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_field = nullptr;
    QPushButton *m_default = nullptr;
    QPushButton *m_plain = nullptr;
};

void TestFocusRing::initTestCase()
{
    QApplication::setStyle(new FocusRingStyle);
    auto *layout = new QVBoxLayout(&m_window);
    m_tree = new QTreeWidget;
    m_tree->setHeaderHidden(true);
    for (const char *title : {"Персональная информация", "Платежи", "Счета"})
        new QTreeWidgetItem(m_tree, {QString::fromUtf8(title)});
    m_field = new QLineEdit;
    m_default = new QPushButton(QStringLiteral("Далее"));
    m_default->setDefault(true);
    m_plain = new QPushButton(QStringLiteral("Далее"));
    layout->addWidget(m_tree);
    layout->addWidget(m_field);
    layout->addWidget(m_default);
    layout->addWidget(m_plain);
    m_window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    m_window.activateWindow();
    m_tree->setCurrentItem(m_tree->topLevelItem(1));
}

void TestFocusRing::menuRowShowsTheFocus()
{
    m_field->setFocus();
    QTRY_VERIFY(m_field->hasFocus());
    const QImage without = m_tree->grab().toImage();
    // The window gives the menu the focus itself after «В меню» or a page's end: no key was pressed, and
    // Fusion then draws no focus at all.
    m_tree->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(m_tree->hasFocus());
    const QImage with = m_tree->grab().toImage();
    const QRect row = m_tree->visualItemRect(m_tree->currentItem()).translated(m_tree->viewport()->pos());
    // A ring round the row: at least its two long sides change.
    QVERIFY2(differingPixels(without, with, row) >= 2 * row.width(),
             qPrintable(QString::number(differingPixels(without, with, row))));
}

void TestFocusRing::focusedButtonIsNotTheDefaultOne()
{
    m_plain->setFocus();
    QTRY_VERIFY(m_plain->hasFocus());
    const QImage focused = m_plain->grab().toImage();
    m_field->setFocus();
    QTRY_VERIFY(m_field->hasFocus());
    const QImage isDefault = m_default->grab().toImage();
    QCOMPARE(focused.size(), isDefault.size());
    QVERIFY2(differingPixels(focused, isDefault, focused.rect()) >= focused.width(),
             qPrintable(QString::number(differingPixels(focused, isDefault, focused.rect()))));
}

QTEST_MAIN(TestFocusRing)
#include "tst_focusring.moc"
