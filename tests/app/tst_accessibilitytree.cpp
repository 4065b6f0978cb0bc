// The window as a screen reader reads it, through Qt's QAccessible interfaces, on every page, logged in to
// the sandbox, in Russian: every control a user can reach has a name, every label is read as the text it
// shows (an accessible name never replaces visible text), and an error is exposed as an alert with its text
// (the alert role is what screen readers announce; the offscreen platform sends no events, so
// tests/accessibility/atspi_smoke.py checks the announcement through AT-SPI on a real X server).
#include "LoggedInContext.h"
#include "Localization.h"
#include "MainWindow.h"
#include "navigation/MenuCatalog.h"
#include "pages/LoginPage.h"
#include "pages/MenuPageFactory.h"
#include "widgets/InlineMessage.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>
#include <QTextDocument>

Q_DECLARE_METATYPE(PageId)

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::PageTabList:
        return true;
    default:
        return false;
    }
}

// What a label shows, as words: rich text as its plain text, without the mnemonic's ampersand.
QString shownText(const QLabel *label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    if (label->buddy())
        text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return text.simplified();
}

void walk(QAccessibleInterface *node, QStringList *problems, int *controls)
{
    if (!node || !node->isValid() || node->state().invisible)
        return;
    const QAccessible::Role role = node->role();
    if (role == QAccessible::Cell || role == QAccessible::Row || role == QAccessible::ColumnHeader
        || role == QAccessible::RowHeader || role == QAccessible::ScrollBar)
        return; // the rows' texts are the data's; a view's own name is checked above them
    QObject *object = node->object();
    const QString name = node->text(QAccessible::Name).simplified();
    const QString who = object ? QStringLiteral("%1 (%2)").arg(object->objectName(),
                                                               QString::fromLatin1(object->metaObject()->className()))
                               : QStringLiteral("(no object)");
    if (const auto *label = qobject_cast<const QLabel *>(object); label && !shownText(label).isEmpty()
        && name != shownText(label))
        problems->append(QStringLiteral("%1 shows «%2» but is read as «%3»").arg(who, shownText(label), name));
    if (isInteractive(role) && node->state().focusable && !node->state().disabled) {
        ++*controls;
        if (name.isEmpty())
            problems->append(QStringLiteral("%1 has no name").arg(who));
    }
    for (int i = 0; i < node->childCount(); ++i)
        walk(node->child(i), problems, controls);
}

} // namespace

class TestAccessibilityTree : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyPageReadsAsItShows_data();
    void everyPageReadsAsItShows();
    void loginErrorIsAnAlertWithItsText();
    void tablesLetTabOut();

private:
    std::unique_ptr<LoggedInContext> m_logged;
    std::unique_ptr<MainWindow> m_window;
};

void TestAccessibilityTree::initTestCase()
{
    Localization::install(*qApp, QStringLiteral("ru"));
    QAccessible::setActive(true);
    m_logged = std::make_unique<LoggedInContext>();
    QVERIFY(m_logged->start());
    const MenuPageFactory factory(m_logged->context());
    m_window = std::make_unique<MainWindow>([factory](PageId id, QWidget *parent) { return factory.create(id, parent); });
    m_window->showMenu();
    m_window->resize(1180, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAccessibilityTree::everyPageReadsAsItShows_data()
{
    QTest::addColumn<PageId>("id");
    for (const MenuEntry &entry : MenuCatalog::entries())
        QTest::newRow(qPrintable(entry.key)) << entry.id;
}

void TestAccessibilityTree::everyPageReadsAsItShows()
{
    QFETCH(PageId, id);
    m_window->showPage(id);
    // The page's operator data is there when no busy indicator runs.
    QVERIFY(QTest::qWaitFor([this] {
        const QList<QProgressBar *> bars = m_window->findChildren<QProgressBar *>();
        return std::none_of(bars.cbegin(), bars.cend(),
                            [](const QProgressBar *bar) { return bar->isVisible() && bar->maximum() == 0; });
    }, 20000));
    QStringList problems;
    int controls = 0;
    walk(QAccessible::queryAccessibleInterface(m_window.get()), &problems, &controls);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(controls >= 2, "the walk reached the page's controls"); // the menu and the page's own
}

void TestAccessibilityTree::loginErrorIsAnAlertWithItsText()
{
    LoginPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText(QStringLiteral("demo"));
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("logInButton")), Qt::LeftButton);

    auto *message = page.findChild<InlineMessage *>(QStringLiteral("messageLabel"));
    QVERIFY(message && message->isVisible() && !message->text().isEmpty());
    QAccessibleInterface *read = QAccessible::queryAccessibleInterface(message);
    QCOMPARE(read->role(), QAccessible::AlertMessage);
    QCOMPARE(read->text(QAccessible::Name), message->text());

    message->showInfo(QStringLiteral("Выполняется вход…"));
    QCOMPARE(QAccessible::queryAccessibleInterface(message)->role(), QAccessible::StaticText);
}

void TestAccessibilityTree::tablesLetTabOut()
{
    for (const MenuEntry &entry : MenuCatalog::entries())
        m_window->showPage(entry.id);
    int views = 0;
    for (const QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>()) {
        if (view->focusPolicy() == Qt::NoFocus || view->inherits("QComboBoxListView"))
            continue;
        ++views;
        QVERIFY2(!view->tabKeyNavigation(), qPrintable(view->objectName()));
    }
    QVERIFY(views >= 6);
}

QTEST_MAIN(TestAccessibilityTree)
#include "tst_accessibilitytree.moc"
