// Every page fits the smallest screen we support, 1024x768: the window's minimum size with each page shown,
// logged in to the sandbox with its real data, in Russian (the longer texts), leaves room for the title bar
// and a panel. The sidebar can be narrowed.
#include "LoggedInContext.h"
#include "Localization.h"
#include "MainWindow.h"
#include "navigation/MenuCatalog.h"
#include "pages/MenuPage.h"
#include "pages/MenuPageFactory.h"
#include "widgets/PlaceholderFit.h"

#include <QApplication>
#include <QLineEdit>
#include <QSplitter>
#include <QTest>
#include <QTreeWidget>

Q_DECLARE_METATYPE(PageId)

namespace {
// 768 less a title bar and a panel, as on a small laptop.
constexpr QSize Available(1024, 768 - 60);
} // namespace

class TestSmallScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageFits_data();
    void everyPageFits();

private:
    std::unique_ptr<LoggedInContext> m_logged;
    std::unique_ptr<MainWindow> m_window;
};

void TestSmallScreen::initTestCase()
{
    Localization::install(*qApp, QStringLiteral("ru"));
    m_logged = std::make_unique<LoggedInContext>();
    QVERIFY(m_logged->start());
    const MenuPageFactory factory(m_logged->context());
    m_window = std::make_unique<MainWindow>([factory](PageId id, QWidget *parent) { return factory.create(id, parent); });
    m_window->showMenu();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSmallScreen::everyPageFits_data()
{
    QTest::addColumn<PageId>("id");
    for (const MenuEntry &entry : MenuCatalog::entries())
        QTest::newRow(qPrintable(entry.title)) << entry.id;
}

void TestSmallScreen::everyPageFits()
{
    QFETCH(PageId, id);
    m_window->showPage(id);
    QCoreApplication::processEvents(); // the page's data arrives
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QSize minimum = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QString widest;
    if (minimum.width() > Available.width()) {
        for (QWidget *child : m_window->findChildren<QWidget *>()) {
            if (child->isVisibleTo(m_window.get()) && child->minimumSizeHint().width() > 500)
                widest += QStringLiteral(" %1:%2").arg(child->objectName()).arg(child->minimumSizeHint().width());
        }
    }
    QVERIFY2(minimum.width() <= Available.width() && minimum.height() <= Available.height(),
             qPrintable(QStringLiteral("%1x%2;%3").arg(minimum.width()).arg(minimum.height()).arg(widest)));
    m_window->resize(Available);
    QCoreApplication::processEvents();
    QVERIFY2(m_window->width() <= Available.width(), qPrintable(QString::number(m_window->width())));
    // At that size no field's hint is cut off.
    for (const QLineEdit *edit : m_window->findChildren<QLineEdit *>()) {
        if (edit->isVisible() && !edit->placeholderText().isEmpty() && !edit->inherits("QAbstractSpinBox"))
            QVERIFY2(edit->width() >= PlaceholderFit::widthFor(edit),
                     qPrintable(QStringLiteral("%1: %2 < %3").arg(edit->objectName()).arg(edit->width())
                                    .arg(PlaceholderFit::widthFor(edit))));
    }
}

QTEST_MAIN(TestSmallScreen)
#include "tst_smallscreen.moc"
