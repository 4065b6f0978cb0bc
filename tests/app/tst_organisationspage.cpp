// «Организации» against the sandbox with twelve organisations and the test session's keychain: each account's
// state as the accountant sees it, the filter and sorting, a refused password put right, Enter opening a
// cabinet, and «Закрыть месяц…» for all of them ending in one pack, with what went wrong in the table.
#include "RememberedFirm.h"
#include "SandboxFixture.h"
#include "accounts/AccountList.h"
#include "archive/DocumentArchive.h"
#include "archive/OrderJournal.h"
#include "close/MonthClose.h"
#include "close/OrderQueue.h"
#include "close/QueuedOrderSender.h"
#include "credentials/AccountSecrets.h"
#include "credentials/KeychainCredentialStore.h"
#include "documents/PendingDocumentJobs.h"
#include "models/OrganisationsModel.h"
#include "pages/OrganisationsPage.h"
#include "session/AccountSessions.h"
#include "widgets/InlineMessage.h"
#include "widgets/MonthCloseDialog.h"
#include "Localization.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int Organisations = 12;

// Answers the next modal dialog as soon as it is shown.
void whenModalShown(const std::function<void(QWidget *)> &answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        if (!QTest::qWaitFor([] { return QApplication::activeModalWidget() != nullptr; }, 10000))
            return;
        answer(QApplication::activeModalWidget());
    });
}
} // namespace

class TestOrganisationsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsEachOrganisationAsItStands();
    void orderingClosedSaysWhenItReopens();
    void filtersAndSorts();
    void aRefusedPasswordIsPutRight();
    void enterOpensTheCabinet();
    void closesTheMonthForAll();
    void aCloseOnTheSecondWaitsForTheFourth();
    void aQueuedCloseCanBeCancelled();
    void screenshots();

private:
    void startPage(const QDateTime &now = SandboxFixture::defaultNow());
    QTableView *view() const { return m_page->findChild<QTableView *>(u"organisationsView"_s); }
    int rowOf(const QString &login) const;
    QString cell(const QString &login, int column) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<RememberedFirm> m_firm;
    std::unique_ptr<DocumentArchive> m_archive;
    std::unique_ptr<OrderJournal> m_orders;
    std::unique_ptr<AccountSessions> m_sessions;
    std::unique_ptr<MonthClose> m_close;
    std::unique_ptr<OrderQueue> m_queue;
    std::unique_ptr<OrganisationsPage> m_page;
    PendingDocumentJobs m_pending;
};

void TestOrganisationsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(u"settings"_s));
    m_firm = std::make_unique<RememberedFirm>(u"SIP Cabinet test "_s + QUuid::createUuid().toString());
    m_archive = std::make_unique<DocumentArchive>(m_dir->filePath(u"archive"_s));
    QString error;
    QVERIFY2(m_archive->open(&error), qPrintable(error));
    m_orders = std::make_unique<OrderJournal>(m_archive.get());
}

void TestOrganisationsPage::cleanup()
{
    m_page.reset();
    m_queue.reset();
    m_close.reset();
    m_sessions.reset();
    if (m_firm)
        QVERIFY(m_firm->forgetAll());
    m_orders.reset();
    m_archive.reset();
    m_firm.reset();
    m_sandbox.reset();
    m_dir.reset();
}

void TestOrganisationsPage::startPage(const QDateTime &now)
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->start(now, 300, 600, Organisations));
    QVERIFY(m_firm->remember(m_sandbox->baseUrl(), Organisations, u"demo5"_s));
    m_sessions = std::make_unique<AccountSessions>(&m_firm->accounts(), m_firm->secrets());
    m_close = std::make_unique<MonthClose>(m_sessions.get(),
                                           AccountMonthClose::Parts{m_archive.get(), &m_pending, m_orders.get(), false},
                                           ExportNameTemplate());
    PageContext context;
    context.archive = m_archive.get();
    context.orders = m_orders.get();
    context.pendingJobs = &m_pending;
    context.accounts = &m_firm->accounts();
    context.accountSessions = m_sessions.get();
    context.monthClose = m_close.get();
    m_queue = std::make_unique<OrderQueue>(m_archive.get());
    context.orderQueue = m_queue.get();
    m_page = std::make_unique<OrganisationsPage>(context);
    m_page->resize(1000, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QSignalSpy settled(m_sessions.get(), &AccountSessions::settled);
    m_sessions->start();
    QVERIFY(settled.wait(60000));
    // The balances come a moment after the sign-in.
    QTRY_VERIFY_WITH_TIMEOUT(!cell(u"demo12"_s, OrganisationsModel::BalanceColumn).isEmpty(), 20000);
    m_page->activate();
}

int TestOrganisationsPage::rowOf(const QString &login) const
{
    const QAbstractItemModel *model = view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, OrganisationsModel::LoginColumn).data().toString() == login)
            return row;
    }
    return -1;
}

QString TestOrganisationsPage::cell(const QString &login, int column) const
{
    const int row = rowOf(login);
    return row < 0 ? QString() : view()->model()->index(row, column).data().toString();
}

void TestOrganisationsPage::showsEachOrganisationAsItStands()
{
    startPage();
    QCOMPARE(view()->model()->rowCount(), Organisations);
    QCOMPARE(cell(u"demo"_s, OrganisationsModel::OrganisationColumn), u"ООО «Ромашка»"_s);
    QCOMPARE(cell(u"demo"_s, OrganisationsModel::StateColumn), u"ready"_s);
    QCOMPARE(cell(u"demo"_s, OrganisationsModel::OrderingColumn), u"open"_s);
    QCOMPARE(cell(u"demo"_s, OrganisationsModel::LastInvoiceColumn), u"missing"_s);
    QVERIFY(cell(u"demo"_s, OrganisationsModel::BalanceColumn).contains(u"₽"_s));
    QVERIFY(cell(u"demo5"_s, OrganisationsModel::StateColumn).startsWith(u"password needed: Wrong login or password"_s));
    QCOMPARE(view()->model()->headerData(OrganisationsModel::LastInvoiceColumn, Qt::Horizontal).toString(),
             u"Invoice for October 2026"_s);
    QVERIFY(m_page->findChild<QLabel *>(u"summaryLabel"_s)->text().endsWith(u", 11 signed in"_s));

    // An invoice obtained since the accountant last looked: in the archive, and one new document.
    ArchivedDocument invoice;
    invoice.accountId = m_firm->idOf(u"demo3"_s);
    invoice.period = BillingPeriod(2026, 10);
    invoice.number = u"СЧ-1"_s;
    invoice.obtainedAt = QDateTime::currentDateTimeUtc();
    QString error;
    QVERIFY2(m_archive->store(invoice, QByteArrayLiteral("%PDF-1.4 test"), &error), qPrintable(error));
    m_page->activate();
    QTRY_COMPARE(cell(u"demo3"_s, OrganisationsModel::LastInvoiceColumn), u"in the archive"_s);
    QCOMPARE(cell(u"demo3"_s, OrganisationsModel::NewDocumentsColumn), u"1"_s);
    QCOMPARE(cell(u"demo4"_s, OrganisationsModel::NewDocumentsColumn), QString());
}

void TestOrganisationsPage::orderingClosedSaysWhenItReopens()
{
    startPage(QDateTime::fromString(u"2026-12-02T09:00:00Z"_s, Qt::ISODate));
    QCOMPARE(cell(u"demo2"_s, OrganisationsModel::OrderingColumn),
             u"closed until 4 December, %1 (operator's time)"_s.arg(QLocale().toString(QTime(0, 0), QLocale::ShortFormat)));
    QCOMPARE(view()->model()->headerData(OrganisationsModel::LastInvoiceColumn, Qt::Horizontal).toString(),
             u"Invoice for November 2026"_s);
}

void TestOrganisationsPage::filtersAndSorts()
{
    startPage();
    auto *filter = m_page->findChild<QLineEdit *>(u"filterEdit"_s);
    filter->setFocus();
    filter->insert(u"ромашка"_s); // typed: keyClicks takes Latin-1 only
    QCOMPARE(view()->model()->rowCount(), 1);
    filter->clear();
    QTest::keyClicks(filter, u"demo1"_s); // demo10, demo11, demo12 by login
    QCOMPARE(view()->model()->rowCount(), 3);
    filter->clear();
    QCOMPARE(view()->model()->rowCount(), Organisations);

    // By balance, as numbers: each row's kopecks no less than the one above.
    view()->sortByColumn(OrganisationsModel::BalanceColumn, Qt::AscendingOrder);
    const QAbstractItemModel *model = view()->model();
    for (int row = 1; row < model->rowCount(); ++row) {
        QVERIFY(model->index(row - 1, OrganisationsModel::BalanceColumn).data(OrganisationsModel::SortRole).toLongLong()
                <= model->index(row, OrganisationsModel::BalanceColumn).data(OrganisationsModel::SortRole).toLongLong());
    }
}

void TestOrganisationsPage::aRefusedPasswordIsPutRight()
{
    startPage();
    auto *password = m_page->findChild<QPushButton *>(u"passwordButton"_s);
    view()->setCurrentIndex(view()->model()->index(rowOf(u"demo2"_s), 0));
    QVERIFY(!password->isEnabled()); // demo2 is signed in
    view()->setCurrentIndex(view()->model()->index(rowOf(u"demo5"_s), 0));
    QVERIFY(password->isEnabled());
    whenModalShown([](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        QVERIFY(dialog);
        QVERIFY(dialog->labelText().contains(u"demo5"_s));
        dialog->setTextValue(u"demo5-password"_s);
        dialog->accept();
    });
    password->click();
    QTRY_COMPARE_WITH_TIMEOUT(cell(u"demo5"_s, OrganisationsModel::StateColumn), u"ready"_s, 20000);
    QVERIFY(!password->isEnabled());
    QVERIFY(m_page->findChild<QLabel *>(u"summaryLabel"_s)->text().endsWith(u", 12 signed in"_s));
}

void TestOrganisationsPage::enterOpensTheCabinet()
{
    startPage();
    QSignalSpy requested(m_page.get(), &MenuPage::accountRequested);
    view()->setFocus();
    view()->setCurrentIndex(view()->model()->index(rowOf(u"demo4"_s), 0));
    QTest::keyClick(view(), Qt::Key_Return);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toString(), m_firm->idOf(u"demo4"_s));
    // And it counts as seen from now on.
    QVERIFY(m_firm->accounts().lastSeen(requested.at(0).at(0).toString()).isValid());
}

void TestOrganisationsPage::closesTheMonthForAll()
{
    startPage();
    QCOMPARE(m_sandbox->send("POST", u"/admin/failing-generations"_s, {{u"login"_s, u"demo7"_s}}).status, 200);
    const QString packs = m_dir->filePath(u"packs"_s);
    QVERIFY(QDir().mkpath(packs));
    whenModalShown([packs](QWidget *modal) {
        auto *dialog = qobject_cast<MonthCloseDialog *>(modal);
        QVERIFY(dialog);
        // October, just ended, is offered first; every organisation is ticked.
        QCOMPARE(dialog->findChild<QComboBox *>(u"closePeriodCombo"_s)->currentData().toString(), u"2026-10"_s);
        QCOMPARE(dialog->findChild<QListWidget *>(u"closeOrganisationsList"_s)->count(), Organisations);
        dialog->findChild<QLineEdit *>(u"closeFolderEdit"_s)->setText(packs);
        dialog->accept();
    });
    QSignalSpy finished(m_close.get(), &MonthClose::finished);
    m_page->findChild<QPushButton *>(u"closeMonthButton"_s)->click();
    QVERIFY(m_page->findChild<QProgressBar *>(u"closeBar"_s)->isVisible());
    QVERIFY(!m_page->findChild<QPushButton *>(u"closeMonthButton"_s)->isEnabled()); // one close at a time
    QVERIFY(finished.wait(90000));

    QCOMPARE(cell(u"demo"_s, OrganisationsModel::CloseColumn), u"done"_s);
    QCOMPARE(cell(u"demo"_s, OrganisationsModel::LastInvoiceColumn), u"in the archive"_s);
    QVERIFY(cell(u"demo5"_s, OrganisationsModel::CloseColumn).startsWith(u"0 of 1 obtained; Wrong login or password"_s));
    QVERIFY(cell(u"demo7"_s, OrganisationsModel::CloseColumn).startsWith(u"0 of 1 obtained; "_s));
    auto *message = m_page->findChild<InlineMessage *>(u"closeMessage"_s);
    QVERIFY2(message->text().endsWith(u" closed for October 2026. The pack holds what was obtained; the table says "
                                      "what is missing and why."_s), qPrintable(message->text()));
    QVERIFY(message->text().startsWith(u"10 of 12 "_s));
    QVERIFY(!m_page->findChild<QProgressBar *>(u"closeBar"_s)->isVisible());
    auto *showPack = m_page->findChild<QPushButton *>(u"showPackButton"_s);
    QVERIFY(showPack->isVisible());
    QString opened;
    m_page->setFolderOpener([&opened](const QString &path) { opened = path; return true; });
    showPack->click();
    QCOMPARE(opened, m_close->outcome().packPath);
    QCOMPARE(QDir(opened).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), Organisations - 2);
}

void TestOrganisationsPage::aCloseOnTheSecondWaitsForTheFourth()
{
    startPage(QDateTime::fromString(u"2026-12-02T09:00:00Z"_s, Qt::ISODate));
    const QString packs = m_dir->filePath(u"packs"_s);
    QVERIFY(QDir().mkpath(packs));
    whenModalShown([packs](QWidget *modal) {
        auto *dialog = qobject_cast<MonthCloseDialog *>(modal);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(u"closePeriodCombo"_s)->currentData().toString(), u"2026-11"_s);
        dialog->findChild<QLineEdit *>(u"closeFolderEdit"_s)->setText(packs);
        dialog->accept();
    });
    m_page->findChild<QPushButton *>(u"closeMonthButton"_s)->click();
    QTRY_VERIFY(!m_page->findChild<InlineMessage *>(u"closeMessage"_s)->text().isEmpty());
    const QString said = m_page->findChild<InlineMessage *>(u"closeMessage"_s)->text();
    QVERIFY2(said.contains(u"is queued and will be sent on 4 December at "_s), qPrintable(said));
    QVERIFY(!m_close->isRunning());
    auto *queue = m_page->findChild<QListWidget *>(u"queueList"_s);
    QVERIFY(queue->isVisible());
    QCOMPARE(queue->count(), 1);
    QVERIFY(queue->item(0)->text().startsWith(u"Month close for November 2026: will be sent on 4 December at "_s));

    // The app's sender, as AppController makes it: the close starts when the operator's clock reaches the 4th.
    QueuedOrderSender sender(m_queue.get(), m_sessions.get(), m_orders.get(), [this](const MonthClose::Request &r) {
        m_close->start(r);
        return true;
    });
    QSignalSpy checked(&sender, &QueuedOrderSender::checked);
    sender.checkNow();
    QVERIFY(checked.wait(20000) || !checked.isEmpty());
    QVERIFY(!m_close->isRunning());
    QCOMPARE(m_sandbox->orders().size(), 0);
    QVERIFY(m_sandbox->setClock(QDateTime::fromString(u"2026-12-03T21:00:30Z"_s, Qt::ISODate)));
    QSignalSpy finished(m_close.get(), &MonthClose::finished);
    sender.checkNow();
    QVERIFY(finished.wait(90000));
    QCOMPARE(m_close->request().period, BillingPeriod(2026, 11));
    QCOMPARE(m_close->outcome().complete, Organisations - 1); // demo5's password is still wrong
    QTRY_VERIFY(queue->item(0)->text() == u"Month close for November 2026: started"_s);
    QCOMPARE(m_page->findChild<QPushButton *>(u"cancelQueuedButton"_s)->isEnabled(), false);
}

void TestOrganisationsPage::aQueuedCloseCanBeCancelled()
{
    startPage(QDateTime::fromString(u"2026-12-01T12:00:00Z"_s, Qt::ISODate));
    QVERIFY(QDir().mkpath(m_dir->filePath(u"packs"_s)));
    whenModalShown([this](QWidget *modal) {
        modal->findChild<QLineEdit *>(u"closeFolderEdit"_s)->setText(m_dir->filePath(u"packs"_s));
        qobject_cast<QDialog *>(modal)->accept();
    });
    m_page->findChild<QPushButton *>(u"closeMonthButton"_s)->click();
    auto *queue = m_page->findChild<QListWidget *>(u"queueList"_s);
    QTRY_COMPARE(queue->count(), 1);
    queue->setFocus();
    queue->setCurrentRow(0);
    auto *cancel = m_page->findChild<QPushButton *>(u"cancelQueuedButton"_s);
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QCOMPARE(queue->item(0)->text(), u"Month close for November 2026: cancelled"_s);
    QVERIFY(!cancel->isEnabled());
    QCOMPARE(m_queue->pending().size(), 0);
}

// The pictures the README shows, in Russian: the overview, then the same page after a close for all of them.
void TestOrganisationsPage::screenshots()
{
    QCOMPARE(Localization::install(*qApp, u"ru"_s), u"ru"_s);
    startPage();
    m_page->resize(1100, 640);
    QCOMPARE(m_sandbox->send("POST", u"/admin/failing-generations"_s, {{u"login"_s, u"demo7"_s}}).status, 200);
    QVERIFY(m_page->grab().save(QStringLiteral(SIPCABINET_SCREENSHOT_DIR "/organisations.png")));
    const QString packs = m_dir->filePath(u"packs"_s);
    QVERIFY(QDir().mkpath(packs));
    whenModalShown([packs](QWidget *modal) {
        modal->findChild<QLineEdit *>(u"closeFolderEdit"_s)->setText(packs);
        qobject_cast<QDialog *>(modal)->accept();
    });
    QSignalSpy finished(m_close.get(), &MonthClose::finished);
    m_page->findChild<QPushButton *>(u"closeMonthButton"_s)->click();
    QVERIFY(finished.wait(90000));
    view()->sortByColumn(OrganisationsModel::CloseColumn, Qt::DescendingOrder);
    QVERIFY(m_page->grab().save(QStringLiteral(SIPCABINET_SCREENSHOT_DIR "/month-close.png")));
}

QTEST_MAIN(TestOrganisationsPage)
#include "tst_organisationspage.moc"
