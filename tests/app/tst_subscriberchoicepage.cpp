// «Выбор SIP-абонента» against the sandbox: the account's subscribers, the search, choosing one by
// double-click, Enter and the button, and the choice remembered for the account.
#include "OperatorPageTesting.h"
#include "models/SubscriberTableModel.h"
#include "pages/SubscriberChoicePage.h"
#include "subscribers/SubscriberSelection.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace OperatorPageTesting;

class TestSubscriberChoicePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheAccountsSubscribers();
    void searchesByNumberOrLabel();
    void choosesWithEnterAndRemembersPerAccount();
    void choosesWithADoubleClickOrTheButton();

private:
    QTableView *view() const { return m_page->findChild<QTableView *>(u"subscribersView"_s); }
    QLineEdit *search() const { return m_page->findChild<QLineEdit *>(u"searchEdit"_s); }
    QString cell(int row, int column) const { return view()->model()->index(row, column).data().toString(); }
    SubscriberSelection::Choice rememberedChoice() const;

    std::unique_ptr<LoggedInContext> m_logged;
    std::unique_ptr<SubscriberChoicePage> m_page;
};

void TestSubscriberChoicePage::init()
{
    m_logged = std::make_unique<LoggedInContext>();
    QVERIFY(m_logged->start());
    m_page = std::make_unique<SubscriberChoicePage>(m_logged->context());
    QVERIFY(showAndLoad(m_page.get()));
    QVERIFY(!loaderOf(m_page.get())->hasError());
}

void TestSubscriberChoicePage::cleanup()
{
    m_page.reset();
    m_logged.reset();
}

SubscriberSelection::Choice TestSubscriberChoicePage::rememberedChoice() const
{
    SubscriberSelection fresh; // as at the next start of the app
    fresh.setAccount(m_logged->accountId());
    return fresh.current();
}

void TestSubscriberChoicePage::listsTheAccountsSubscribers()
{
    const QJsonArray subscribers = operatorGet(*m_logged, u"/subscribers"_s).value(u"items"_s).toArray();
    QCOMPARE(subscribers.size(), 14);
    QCOMPARE(view()->model()->rowCount(), 14);
    QStringList shown;
    for (int row = 0; row < 14; ++row)
        shown.append(cell(row, SubscriberTableModel::NumberColumn));
    for (const QJsonValue &subscriber : subscribers)
        QVERIFY(shown.contains(subscriber.toObject().value(u"number"_s).toString()));
    QStringList statuses;
    for (int row = 0; row < 14; ++row)
        statuses.append(cell(row, SubscriberTableModel::StatusColumn));
    QCOMPARE(statuses.count(u"Blocked"_s), 1);
    QCOMPARE(statuses.count(u"Suspended"_s), 1);
    QCOMPARE(m_page->findChild<QLabel *>(u"currentLabel"_s)->text(), u"No subscriber is chosen yet."_s);
}

void TestSubscriberChoicePage::searchesByNumberOrLabel()
{
    const QString label = cell(3, SubscriberTableModel::LabelColumn);
    const QString number = cell(3, SubscriberTableModel::NumberColumn);
    typeText(search(), label.left(5).toUpper()); // case does not matter
    QVERIFY(view()->model()->rowCount() >= 1);
    QVERIFY(view()->model()->rowCount() < 14);
    bool found = false;
    for (int row = 0; row < view()->model()->rowCount(); ++row)
        found = found || cell(row, SubscriberTableModel::NumberColumn) == number;
    QVERIFY(found);

    search()->clear();
    typeText(search(), number.right(4));
    QCOMPARE(view()->model()->rowCount(), 1);
    QCOMPARE(cell(0, SubscriberTableModel::NumberColumn), number);

    search()->clear();
    typeText(search(), u"nobody-has-this"_s);
    QCOMPARE(view()->model()->rowCount(), 0);
    QVERIFY(m_page->findChild<InlineMessage *>(u"choiceMessage"_s)->isVisible());
}

void TestSubscriberChoicePage::choosesWithEnterAndRemembersPerAccount()
{
    const QJsonArray subscribers = operatorGet(*m_logged, u"/subscribers"_s).value(u"items"_s).toArray();
    const QJsonObject wanted = subscribers.at(5).toObject();
    typeText(search(), wanted.value(u"number"_s).toString());
    QCOMPARE(view()->model()->rowCount(), 1);
    QTest::keyClick(search(), Qt::Key_Return); // the only match is the current row

    const SubscriberSelection::Choice chosen = m_logged->context().subscriber->current();
    QCOMPARE(chosen.id, wanted.value(u"id"_s).toString());
    QCOMPARE(chosen.number, wanted.value(u"number"_s).toString());
    QCOMPARE(chosen.label, wanted.value(u"label"_s).toString());
    QVERIFY(m_page->findChild<QLabel *>(u"currentLabel"_s)->text().contains(chosen.number));
    QCOMPARE(rememberedChoice().id, chosen.id);

    // In the table: arrow keys and Enter.
    search()->clear();
    view()->setFocus();
    view()->setCurrentIndex(view()->model()->index(0, 0));
    QTest::keyClick(view(), Qt::Key_Down);
    QTest::keyClick(view(), Qt::Key_Return);
    QCOMPARE(m_logged->context().subscriber->current().number, cell(1, SubscriberTableModel::NumberColumn));
    QCOMPARE(rememberedChoice().number, cell(1, SubscriberTableModel::NumberColumn));

    // Shown again, the page puts the remembered subscriber's row in front of the user.
    m_page->activate();
    QVERIFY(waitUntilLoaded(m_page.get()));
    QCOMPARE(cell(view()->currentIndex().row(), SubscriberTableModel::NumberColumn),
             m_logged->context().subscriber->current().number);
}

void TestSubscriberChoicePage::choosesWithADoubleClickOrTheButton()
{
    const QRect row4 = view()->visualRect(view()->model()->index(4, SubscriberTableModel::LabelColumn));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, row4.center()); // a double-click's first click
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, row4.center());
    QCOMPARE(m_logged->context().subscriber->current().number, cell(4, SubscriberTableModel::NumberColumn));

    const QRect row7 = view()->visualRect(view()->model()->index(7, SubscriberTableModel::NumberColumn));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, row7.center());
    QTest::mouseClick(m_page->findChild<QPushButton *>(u"chooseButton"_s), Qt::LeftButton);
    QCOMPARE(m_logged->context().subscriber->current().number, cell(7, SubscriberTableModel::NumberColumn));
    QCOMPARE(rememberedChoice().number, cell(7, SubscriberTableModel::NumberColumn));
}

QTEST_MAIN(TestSubscriberChoicePage)
#include "tst_subscriberchoicepage.moc"
