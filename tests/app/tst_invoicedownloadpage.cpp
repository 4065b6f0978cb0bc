// «Загрузить счет по ссылке» through its widgets against the sandbox: ordered, formed, downloaded, verified,
// archived and offered; left and found again; closed on the 2nd; network down and retried; cancelled.
#include "LoggedInContext.h"
#include "Localization.h"
#include "api/ApiError.h"
#include "archive/DocumentArchive.h"
#include "documents/DocumentFetchQueue.h"
#include "documents/PendingDocumentJobs.h"
#include "format/DateText.h"
#include "format/PeriodTitle.h"
#include "invoicing/InvoicingWindowWatcher.h"
#include "pages/InvoiceDownloadPage.h"
#include "widgets/DesktopOpenProblem.h"
#include "widgets/InlineMessage.h"
#include "widgets/OrderingClosedBanner.h"

#include <QComboBox>
#include <QDir>
#include <QDesktopServices>
#include <QFileDialog>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

// Stands in for the desktop: records what the page asked it to open.
class OpenedUrls : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestInvoiceDownloadPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void ordersDownloadsAndOffersTheInvoice();
    void showsTheSameProgressAfterLeavingThePage();
    void anotherPeriodKeepsTheChoice();
    void disablesOrderingDuringTheBlackout();
    void retriesAfterTheNetworkWasDown();
    void cancelsTheGenerationAtTheOperator();
    void screenshot();

private:
    bool start(int generationDelayMs = 300, const QDateTime &now = SandboxFixture::defaultNow());
    std::unique_ptr<InvoiceDownloadPage> makePage();
    template<typename T>
    T *child(QWidget *page, const char *name) { return page->findChild<T *>(QString::fromLatin1(name)); }
    void click(QWidget *page, const char *button);
    int stepOf(QWidget *page) { return child<QStackedWidget>(page, "steps")->currentIndex(); }
    int invoiceDocumentOrders();

    std::unique_ptr<LoggedInContext> m_logged;
    std::unique_ptr<DocumentFetchQueue> m_queue;
    PageContext m_context;
};

void TestInvoiceDownloadPage::init()
{
    m_logged = std::make_unique<LoggedInContext>();
}

void TestInvoiceDownloadPage::cleanup()
{
    m_queue.reset();
    m_logged.reset();
}

bool TestInvoiceDownloadPage::start(int generationDelayMs, const QDateTime &now)
{
    if (!m_logged->start(u"demo"_s, u"demo-password"_s, now, generationDelayMs))
        return false;
    m_context = m_logged->context();
    m_queue = std::make_unique<DocumentFetchQueue>(m_context.api, m_context.archive, m_context.pendingJobs);
    m_context.documentFetches = m_queue.get();
    return true;
}

std::unique_ptr<InvoiceDownloadPage> TestInvoiceDownloadPage::makePage()
{
    auto page = std::make_unique<InvoiceDownloadPage>(m_context);
    page->resize(900, 640);
    page->show();
    page->activate();
    return page;
}

void TestInvoiceDownloadPage::click(QWidget *page, const char *button)
{
    auto *target = child<QPushButton>(page, button);
    QVERIFY2(target, button);
    QVERIFY2(target->isVisible() && target->isEnabled(), button);
    QTest::mouseClick(target, Qt::LeftButton);
}

int TestInvoiceDownloadPage::invoiceDocumentOrders()
{
    int count = 0;
    for (const QJsonValue &order : m_logged->sandbox().orders())
        count += order.toObject().value(u"kind"_s).toString() == u"invoice_document"_s;
    return count;
}

void TestInvoiceDownloadPage::ordersDownloadsAndOffersTheInvoice()
{
    QVERIFY(start(1500));
    auto page = makePage();
    auto *periods = child<QComboBox>(page.get(), "periodCombo");
    QCOMPARE(periods->count(), 2); // the 2 previous months by the operator's clock (25 November 2026)
    QCOMPARE(periods->itemData(0).toString(), u"2026-10"_s);
    QCOMPARE(periods->itemData(1).toString(), u"2026-09"_s);
    QVERIFY(!child<QPushButton>(page.get(), "openArchivedButton")->isVisible());

    click(page.get(), "nextButton");
    QCOMPARE(stepOf(page.get()), 1);
    QVERIFY(child<QLabel>(page.get(), "confirmLabel")->text().contains(PeriodTitle::inText(BillingPeriod(2026, 10))));
    click(page.get(), "orderButton");
    QCOMPARE(stepOf(page.get()), 2);
    auto *generation = child<QProgressBar>(page.get(), "generationBar");
    QSignalSpy shownProgress(generation, &QProgressBar::valueChanged);
    QVERIFY(child<QPushButton>(page.get(), "cancelButton")->isVisible());

    QTRY_COMPARE_WITH_TIMEOUT(stepOf(page.get()), 3, 20000);
    // Every value the bar showed on the way, not a moment caught: some progress between nothing and done.
    QVERIFY(std::any_of(shownProgress.cbegin(), shownProgress.cend(), [](const QList<QVariant> &value) {
        return value.at(0).toInt() > 0 && value.at(0).toInt() < 100;
    }));
    auto *result = child<InlineMessage>(page.get(), "resultMessage");
    QCOMPARE(result->tone(), InlineMessage::Tone::Success);
    const auto archived = m_context.archive->findInvoice(m_logged->accountId(), BillingPeriod(2026, 10));
    QVERIFY(archived.has_value());
    QVERIFY(m_context.archive->verify(*archived));
    QVERIFY(result->text().contains(QDir::toNativeSeparators(m_context.archive->pathOf(archived->fileName))));
    QCOMPARE(invoiceDocumentOrders(), 1);
    const QJsonObject order = m_logged->sandbox().orders().at(0).toObject();
    QVERIFY(order.value(u"details"_s).toString().startsWith(u"2026-10"_s));

    OpenedUrls desktop;
    QDesktopServices::setUrlHandler(u"file"_s, &desktop, "open");
    click(page.get(), "openButton");
    click(page.get(), "showInFolderButton");
    QDesktopServices::unsetUrlHandler(u"file"_s);
    QCOMPARE(desktop.urls.size(), 2);
    QCOMPARE(desktop.urls.at(0).toLocalFile(), m_context.archive->pathOf(archived->fileName));
    QCOMPARE(desktop.urls.at(1).toLocalFile(), m_context.archive->documentsDirectory());
    QCOMPARE(result->tone(), InlineMessage::Tone::Success); // opened: nothing to say

    // No program registered (the offscreen desktop has none): the page says so and offers «Сохранить как…».
    click(page.get(), "openButton");
    QCOMPARE(result->tone(), InlineMessage::Tone::Error);
    QCOMPARE(result->text(), DesktopOpenProblem::noViewer());
    QCOMPARE(page->focusWidget(), child<QPushButton>(page.get(), "saveAsButton"));
    click(page.get(), "showInFolderButton");
    QCOMPARE(result->text(), DesktopOpenProblem::noFileManager());

    QTemporaryDir saveDir;
    click(page.get(), "saveAsButton");
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<QFileDialog *>()) != nullptr);
    const QString destination = saveDir.filePath(u"счет-октябрь.pdf"_s);
    dialog->selectFile(destination);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected; the dialog's own override runs
    QTRY_VERIFY(QFile::exists(destination));
    QCOMPARE(QFileInfo(destination).size(), archived->size);

    // Back to the choice: the archive now has this period, and the page says so.
    click(page.get(), "anotherButton");
    QCOMPARE(stepOf(page.get()), 0);
    QTRY_VERIFY(child<QPushButton>(page.get(), "openArchivedButton")->isVisible()); // checked off the GUI thread
    QVERIFY(child<InlineMessage>(page.get(), "archivedMessage")->isVisible());
}

void TestInvoiceDownloadPage::anotherPeriodKeepsTheChoice()
{
    QVERIFY(start());
    auto page = makePage();
    // The steps' buttons are on the bottom row, right of «В меню», as on the e-mail order page.
    auto *menu = child<QPushButton>(page.get(), "backToMenuButton");
    auto *next = child<QPushButton>(page.get(), "nextButton");
    QCOMPARE(next->mapTo(page.get(), QPoint()).y(), menu->mapTo(page.get(), QPoint()).y());
    QVERIFY(next->mapTo(page.get(), QPoint()).x() > menu->mapTo(page.get(), QPoint()).x());

    auto *periods = child<QComboBox>(page.get(), "periodCombo");
    periods->setCurrentIndex(1);
    click(page.get(), "nextButton");
    QVERIFY(!next->isVisible());
    click(page.get(), "backButton");
    QCOMPARE(periods->currentIndex(), 1);
    click(page.get(), "nextButton");
    click(page.get(), "orderButton");
    QTRY_COMPARE_WITH_TIMEOUT(stepOf(page.get()), 3, 20000);
    click(page.get(), "anotherButton");
    QCOMPARE(stepOf(page.get()), 0);
    QCOMPARE(periods->currentData().toString(), u"2026-09"_s);
    QCOMPARE(page->focusWidget(), periods);
}

void TestInvoiceDownloadPage::showsTheSameProgressAfterLeavingThePage()
{
    QVERIFY(start(4000));
    auto page = makePage();
    click(page.get(), "nextButton");
    click(page.get(), "orderButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>(page.get(), "generationBar")->value() > 0, 10000);
    page.reset(); // the user goes elsewhere; the page is gone

    auto again = makePage();
    QCOMPARE(stepOf(again.get()), 2);
    QTRY_COMPARE_WITH_TIMEOUT(stepOf(again.get()), 3, 20000);
    QCOMPARE(invoiceDocumentOrders(), 1);
    QVERIFY(m_context.archive->findInvoice(m_logged->accountId(), BillingPeriod(2026, 10)).has_value());
}

void TestInvoiceDownloadPage::disablesOrderingDuringTheBlackout()
{
    QVERIFY(start());
    auto page = makePage();
    auto *banner = child<OrderingClosedBanner>(page.get(), "closedBanner");
    QVERIFY(!banner->isVisible());
    QVERIFY(m_logged->sandbox().setClock(QDateTime::fromString(u"2026-12-02T09:00:00Z"_s, Qt::ISODate)));
    m_context.invoicing->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
    QVERIFY(banner->text().contains(DateText::dayAndMonth(QDate(2026, 12, 3))));
    QVERIFY(!child<QPushButton>(page.get(), "nextButton")->isEnabled());
    QVERIFY(!child<QPushButton>(page.get(), "orderButton")->isEnabled());
    // The periods follow the operator's clock: in December the 2 previous months are November and October.
    auto *periods = child<QComboBox>(page.get(), "periodCombo");
    QCOMPARE(periods->itemData(0).toString(), u"2026-11"_s);
    QCOMPARE(periods->itemData(1).toString(), u"2026-10"_s);
    QTest::keyClick(child<QPushButton>(page.get(), "nextButton"), Qt::Key_Return);
    QCOMPARE(stepOf(page.get()), 0);
    QCOMPARE(invoiceDocumentOrders(), 0);
}

void TestInvoiceDownloadPage::retriesAfterTheNetworkWasDown()
{
    QVERIFY(start());
    QVERIFY(m_logged->sandbox().addFault({{u"path_prefix"_s, u"/invoice"_s}, {u"kind"_s, u"drop"_s}}));
    auto page = makePage();
    click(page.get(), "nextButton");
    click(page.get(), "orderButton");
    auto *message = child<InlineMessage>(page.get(), "progressMessage");
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 30000);
    QCOMPARE(message->tone(), InlineMessage::Tone::Error);
    ApiError unreachable;
    unreachable.kind = ApiError::Kind::Network;
    QVERIFY(message->text().contains(unreachable.userMessage()));
    QVERIFY(!child<QPushButton>(page.get(), "cancelButton")->isVisible());
    QCOMPARE(invoiceDocumentOrders(), 0);

    QVERIFY(m_logged->sandbox().clearFaults());
    click(page.get(), "retryButton");
    QTRY_COMPARE_WITH_TIMEOUT(stepOf(page.get()), 3, 20000);
    QCOMPARE(invoiceDocumentOrders(), 1);
}

void TestInvoiceDownloadPage::cancelsTheGenerationAtTheOperator()
{
    QVERIFY(start(30000));
    auto page = makePage();
    click(page.get(), "nextButton");
    click(page.get(), "orderButton");
    InvoiceDocumentFetch *fetch = m_queue->latest(m_logged->accountId());
    QVERIFY(fetch);
    QTRY_VERIFY_WITH_TIMEOUT(!fetch->jobId().isEmpty(), 10000);
    const QString jobId = fetch->jobId();
    click(page.get(), "cancelButton");
    QCOMPARE(stepOf(page.get()), 0);
    QCOMPARE(child<InlineMessage>(page.get(), "chooseMessage")->tone(), InlineMessage::Tone::Info);
    const QString token = m_logged->sandbox().logIn();
    QTRY_COMPARE_WITH_TIMEOUT(m_logged->sandbox()
                                  .send("GET", u"/invoice-documents/"_s + jobId, {}, token)
                                  .json.object().value(u"status"_s).toString(),
                              u"cancelled"_s, 10000);
    QVERIFY(m_context.pendingJobs->jobs(m_logged->accountId()).isEmpty());
}

void TestInvoiceDownloadPage::screenshot()
{
    const QString out = qEnvironmentVariable("SIPCABINET_SCREENSHOTS");
    if (out.isEmpty())
        QSKIP("set SIPCABINET_SCREENSHOTS to a folder to save the page's picture");
    Localization::install(*qApp, u"ru"_s);
    // Strings newer than the committed translation can come from a freshly released .qm.
    static QTranslator fresh;
    if (const QString qm = qEnvironmentVariable("SIPCABINET_EXTRA_QM"); !qm.isEmpty() && fresh.load(qm))
        qApp->installTranslator(&fresh);
    QVERIFY(start(3000));
    auto page = makePage();
    page->resize(860, 600);
    click(page.get(), "nextButton");
    click(page.get(), "orderButton");
    QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>(page.get(), "generationBar")->value() >= 40, 10000);
    QVERIFY(page->grab().save(out + u"/invoices.download.png"_s));
    QTRY_COMPARE_WITH_TIMEOUT(stepOf(page.get()), 3, 20000);
}

QTEST_MAIN(TestInvoiceDownloadPage)
#include "tst_invoicedownloadpage.moc"
