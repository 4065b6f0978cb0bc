// Renders every picture of the user's manual (docs/manual/manual.md) by doing what its steps say: the app in
// demo mode, logged in as «demo», each function driven through its widgets against the demo operator; then
// checks that every images/<name>.png the manual shows was written by this run.
// Usage: manual_screenshots --out docs/manual/images --manual docs/manual/manual.md [--lang ru]
#include "AppController.h"
#include "Localization.h"
#include "ScreenshotApp.h"
#include "ManualSteps.h"
#include "MainWindow.h"
#include "archive/OrderJournal.h"
#include "invoicing/InvoicingWindowWatcher.h"
#include "session/SessionController.h"
#include "models/SubscriberChargesModel.h"
#include "navigation/MenuCatalog.h"
#include "pages/ArchivePage.h"
#include "pages/LoginPage.h"
#include "pages/MenuPage.h"
#include "pages/OperatorDataLoader.h"
#include "widgets/InlineMessage.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <functional>
#include <memory>

using namespace ManualSteps;

namespace {

// The manual's sections in its order, each taking its pictures; a step that does not happen says which
// picture it was for and stops the walk.
class ManualWalk
{
public:
    ManualWalk(AppController &app, const QDir &out)
        : m_app(app)
        , m_window(app.window())
        , m_out(out)
    {
    }

    bool run()
    {
        return check(m_scratch.isValid(), "(scratch folder)", "cannot be made") && logIn()
               && openLoaded(PageId::PersonalInfo, "personal-info.png", "nameEdit") && shoot("personal-info.png")
               && payments() && open(PageId::Invoices, "invoices.png") && shoot("invoices.png")
               && order(PageId::InvoiceEmailOrder, "invoice-email-order") && invoiceDownload() && deliverySettings()
               && order(PageId::CallDetails, "call-details",
                        [](MenuPage *page) { return click(child<QRadioButton>(page, "previousMonthRadio")); })
               && order(PageId::CurrentCharges, "current-charges", tickTwoSubscribers)
               && openLoaded(PageId::Installments, "installments.png", "scheduleView") && shoot("installments.png")
               && subscriberChoice() && feedback() && callCentre() && archive() && monthEndPack() && mail() && spend() && organisations() && rules()
               && logOut();
    }
    const QSet<QString> &written() const { return m_written; }

private:
    bool logIn()
    {
        LoginPage *login = m_window->loginPage();
        auto *button = child<QPushButton>(login, "logInButton");
        if (!waitFor("login.png", "the login form with the demo operator",
                     [&] { return button->isEnabled() && m_app.operatorUrl().isValid(); }, 3 * WaitMs)
            || !setOperatorClock(m_openNow))
            return false;
        // Demo mode remembers its organisations: the form may come with a login chosen already.
        child<QLineEdit>(login, "loginEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(login, "loginEdit"), QStringLiteral("demo"));
        QTest::keyClicks(child<QLineEdit>(login, "passwordEdit"), QStringLiteral("demo-password"));
        return shoot("login.png") && click(button) && waitFor("login.png", "the menu after logging in", [this] {
                   return !m_window->isShowingLogin() && m_app.invoicingWatcher()->isKnown();
               });
    }

    bool payments()
    {
        MenuPage *page = openLoaded(PageId::Payments, "payments.png", "paymentsView");
        auto *loader = page ? page->findChild<OperatorDataLoader *>() : nullptr;
        return page && click(child<QPushButton>(page, "applyButton"))
               && waitFor("payments.png", "the payments of the period", [loader] { return !loader->isBusy(); })
               && check(!loader->hasError(), "payments.png", qPrintable(loader->message()->text()))
               && shoot("payments.png");
    }

    bool invoiceDownload()
    {
        MenuPage *page = open(PageId::InvoiceDownload, "invoice-download-choose.png");
        if (!page)
            return false;
        auto *steps = child<QStackedWidget>(page, "steps");
        auto *next = child<QPushButton>(page, "nextButton");
        auto *generation = child<QProgressBar>(page, "generationBar");
        auto *retry = child<QPushButton>(page, "retryButton");
        const auto shows = [steps, page](const char *step) {
            return steps->currentWidget() == child<QWidget>(page, step);
        };
        if (!waitFor("invoice-download-choose.png", "the months to choose from", [next] { return next->isEnabled(); })
            || !shoot("invoice-download-choose.png") || !click(next)
            || !check(shows("confirmPage"), "invoice-download-confirm.png", "no confirmation step")
            || !shoot("invoice-download-confirm.png") || !click(child<QPushButton>(page, "orderButton")))
            return false;
        // Once the operator has taken the order the bar gets its scale: the invoice is being formed, for seconds.
        if (!waitFor("invoice-download-progress.png", "the invoice being formed",
                     [&] { return shows("progressPage") && generation->maximum() > 0; })
            || !shoot("invoice-download-progress.png")
            || !waitFor("invoice-download-done.png", "the downloaded invoice",
                        [&] { return shows("resultPage") || retry->isVisible(); }, 3 * WaitMs))
            return false;
        return check(shows("resultPage"), "invoice-download-done.png",
                     qPrintable(child<InlineMessage>(page, "progressMessage")->text()))
               && shoot("invoice-download-done.png");
    }

    bool deliverySettings()
    {
        MenuPage *page = open(PageId::DeliverySettings, "delivery-settings.png");
        if (!page)
            return false;
        auto *history = child<QTableWidget>(page, "historyTable");
        auto *address = child<QLineEdit>(page, "addressEdit");
        if (!waitFor("delivery-settings.png", "the settings and their history",
                     [&] { return history->rowCount() > 0 && !address->text().isEmpty(); })
            || !shoot("delivery-settings.png"))
            return false;
        const int changes = history->rowCount();
        auto *byEmail = child<QRadioButton>(page, "emailRadio");
        if (!byEmail->isChecked() && !click(byEmail))
            return false;
        type(address, QStringLiteral("buh@romashka.example"));
        return click(child<QPushButton>(page, "saveButton"))
               && waitForOutcome("delivery-settings-saved.png", child<InlineMessage>(page, "saveMessage"))
               && waitFor("delivery-settings-saved.png", "the change in the history",
                          [&] { return history->rowCount() > changes; })
               && shoot("delivery-settings-saved.png");
    }

    bool subscriberChoice()
    {
        MenuPage *page = openLoaded(PageId::SubscriberChoice, "subscriber-choice.png", "subscribersView");
        if (!page)
            return false;
        auto *view = child<QTableView>(page, "subscribersView");
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          view->visualRect(view->model()->index(1, 0)).center());
        return click(child<QPushButton>(page, "chooseButton"))
               && waitForOutcome("subscriber-choice.png", child<InlineMessage>(page, "choiceMessage"))
               && shoot("subscriber-choice.png");
    }

    bool feedback()
    {
        MenuPage *page = openLoaded(PageId::Feedback, "feedback-new.png", "messagesView");
        if (!page)
            return false;
        auto *messages = child<QTableView>(page, "messagesView");
        const int sent = rows(messages);
        type(child<QLineEdit>(page, "topicEdit"), QStringLiteral("Акт сверки"));
        type(child<QPlainTextEdit>(page, "textEdit"),
             QStringLiteral("Пришлите, пожалуйста, акт сверки за прошлый квартал."));
        return shoot("feedback-new.png") && click(child<QPushButton>(page, "sendButton"))
               && waitForOutcome("feedback-sent.png", child<InlineMessage>(page, "sendMessage"))
               && waitFor("feedback-sent.png", "the message in the list", [&] { return rows(messages) > sent; })
               && shoot("feedback-sent.png");
    }

    bool callCentre()
    {
        MenuPage *page = openLoaded(PageId::CallCentre, "call-centre.png", "numbersLabel");
        if (!page)
            return false;
        type(child<QLineEdit>(page, "phoneEdit"), QStringLiteral("8 (916) 123-45-67"));
        type(child<QLineEdit>(page, "commentEdit"), QStringLiteral("По вопросу счета, после 14:00"));
        return shoot("call-centre.png") && click(child<QPushButton>(page, "requestButton"))
               && waitForOutcome("call-centre-done.png", child<InlineMessage>(page, "requestMessage"))
               && shoot("call-centre-done.png");
    }

    bool mail()
    {
        MenuPage *page = open(PageId::Mail, "mail.png");
        if (!page)
            return false;
        auto *check = child<QPushButton>(page, "checkButton");
        auto *bar = child<QProgressBar>(page, "checkBar");
        return waitFor("mail.png", "mail intake ready", [check] { return check->isEnabled(); }) && click(check)
               && waitFor("mail.png", "the mail check", [check, bar] { return check->isEnabled() && !bar->isVisible(); })
               && shoot("mail.png");
    }

    bool spend()
    {
        MenuPage *page = open(PageId::Spend, "spend.png");
        if (!page)
            return false;
        auto *view = child<QTableView>(page, "monthsView");
        auto *bar = child<QProgressBar>(page, "syncBar");
        return waitFor("spend.png", "a year of invoices", [view, bar] { return rows(view) >= 12 && !bar->isVisible(); })
               && shoot("spend.png");
    }

    // The demo accounting firm: its twelve organisations signed in, each with its balance.
    bool organisations()
    {
        MenuPage *page = open(PageId::Organisations, "organisations.png");
        if (!page)
            return false;
        auto *view = child<QTableView>(page, "organisationsView");
        return waitFor("organisations.png", "the twelve organisations signed in",
                       [view] {
                           if (rows(view) < 12)
                               return false;
                           for (int row = 0; row < rows(view); ++row) {
                               if (view->model()->index(row, 2).data().toString().isEmpty())
                                   return false; // the balance comes once signed in
                           }
                           return true;
                       })
               && shoot("organisations.png");
    }

    bool archive()
    {
        MenuPage *page = open(PageId::Archive, "archive.png");
        if (!page)
            return false;
        auto *view = child<QTableView>(page, "documentsView");
        if (!waitFor("archive.png", "the downloaded invoice", [view] { return rows(view) > 0; }))
            return false;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier,
                          view->visualRect(view->model()->index(0, 0)).center());
        // The preview is the plugin's QPdfView: its document knows its pages once the file is read. Without the
        // plugin the page says so instead, and that is what is pictured.
        const auto previewed = [page] {
            const auto *preview = page->findChild<QWidget *>(QStringLiteral("previewView"));
            const auto *document = preview ? qvariant_cast<QObject *>(preview->property("document")) : nullptr;
            return page->findChild<QLabel *>(QStringLiteral("previewProblem")) != nullptr
                   || (document && document->property("pageCount").toInt() > 0);
        };
        if (!waitFor("archive.png", "the preview of the document", previewed))
            return false;
        // The view renders the page in a thread of its own, then repaints: wait for the page's text to show.
        const auto inked = [page] {
            auto *preview = page->findChild<QAbstractScrollArea *>(QStringLiteral("previewView"));
            return !preview || ManualSteps::hasInk(preview->viewport()->grab().toImage());
        };
        if (!waitFor("archive.png", "the page drawn in the preview", inked))
            return false;
        return shoot("archive.png");
    }

    bool monthEndPack()
    {
        auto *page = qobject_cast<ArchivePage *>(m_window->page(PageId::Archive));
        if (!check(page && m_window->currentPage() == PageId::Archive, "month-end-pack-period.png",
                   "not on the archive"))
            return false;
        // The save dialog is the desktop's, not the app's: the pack goes to a scratch folder without asking.
        page->setPackDestinationChooser([this](const QString &suggested, MonthEndPack::Format) {
            return m_scratch.filePath(QFileInfo(suggested).fileName());
        });
        QTimer::singleShot(0, m_window, [this] { answerPackDialog(250); });
        return click(child<QPushButton>(page, "exportPeriodButton"))
               && check(m_packDialogAnswered, "month-end-pack-period.png", "the dialog did not open or was not done")
               && waitForOutcome("month-end-pack-done.png", child<InlineMessage>(page, "packMessage"))
               && shoot("month-end-pack-done.png");
    }

    // Runs in the modal dialog's own event loop: pictures it with the month it suggests (the last one) and
    // presses «Выгрузить…». Until the dialog is up it looks again, a bounded number of times.
    void answerPackDialog(int triesLeft)
    {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (triesLeft > 0)
                QTimer::singleShot(20, m_window, [this, triesLeft] { answerPackDialog(triesLeft - 1); });
            return;
        }
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        m_packDialogAnswered = buttons && QTest::qWaitForWindowExposed(dialog)
                               && shoot("month-end-pack-period.png", dialog)
                               && click(buttons->button(QDialogButtonBox::Ok));
        if (!m_packDialogAnswered)
            dialog->reject();
    }

    bool rules()
    {
        InvoicingWindowWatcher *watcher = m_app.invoicingWatcher();
        if (!setOperatorClock(m_closedNow))
            return false;
        watcher->refresh();
        if (!waitFor("rules-closed.png", "ordering to close on the 2nd", [watcher] { return !watcher->isOpen(); }))
            return false;
        MenuPage *page = open(PageId::InvoiceEmailOrder, "rules-closed.png");
        if (!page)
            return false;
        auto *banner = child<QWidget>(page, "banner");
        auto *busy = child<QProgressBar>(page, "busyBar");
        auto *periods = child<QComboBox>(page, "periodCombo");
        if (!waitFor("rules-closed.png", "the closure banner",
                     [&] { return banner->isVisible() && !busy->isVisible() && periods->count() > 4; })
            || !shoot("rules-closed.png") || !setOperatorClock(m_openNow))
            return false;
        watcher->refresh();
        if (!waitFor("rules-address.png", "ordering to open again",
                     [&] { return watcher->isOpen() && !banner->isVisible(); }))
            return false;
        // Four months back: that invoice went to the address set an hour before it was formed; the address changed
        // twice more in that month, and a copy ordered now goes to today's.
        periods->setCurrentIndex(periods->findData(periodBefore(m_openNow, 4)));
        auto *wentTo = child<QLabel>(page, "regularDeliveryLabel");
        return waitFor("rules-address.png", "where the regular invoice went", [wentTo] { return hasContent(wentTo); })
               && shoot("rules-address.png");
    }

    bool logOut()
    {
        MenuPage *page = open(PageId::Exit, "exit.png");
        return page && shoot("exit.png") && click(child<QPushButton>(page, "exitButton"))
               && waitFor("exit.png", "the login form after logging out",
                          [this] { return m_window->isShowingLogin(); });
    }

    // Chooses the function in the sidebar menu with the mouse, as each section's first step says.
    MenuPage *open(PageId id, const char *image)
    {
        auto *tree = child<QTreeWidget>(m_window, "menuTree");
        QTreeWidgetItem *item = nullptr;
        for (QTreeWidgetItemIterator it(tree); *it && !item; ++it) {
            if ((*it)->text(0) == MenuCatalog::entry(id).title)
                item = *it;
        }
        if (!check(item != nullptr, image, "the function is not in the menu"))
            return nullptr;
        tree->scrollToItem(item);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::NoModifier, tree->visualItemRect(item).center());
        const bool shown =
            waitFor(image, "the page chosen in the menu", [this, id] { return m_window->currentPage() == id; });
        return shown ? m_window->page(id) : nullptr;
    }

    // A page of operator data (OperatorDataLoader), once its loading has ended and the named field shows data.
    MenuPage *openLoaded(PageId id, const char *image, const char *filled)
    {
        MenuPage *page = open(id, image);
        auto *loader = page ? page->findChild<OperatorDataLoader *>() : nullptr;
        if (!loader)
            return nullptr;
        QWidget *field = child<QWidget>(page, filled);
        const bool loaded = waitFor(image, "the operator's data",
                                    [&] { return !loader->isBusy() && (loader->hasError() || hasContent(field)); });
        return (loaded && check(!loader->hasError(), image, qPrintable(loader->message()->text()))) ? page : nullptr;
    }

    // An e-mail order of «Счета» (OrderSteps): once the page has its data, the choice as `arrange` makes it,
    // «Далее», the confirmation, «Заказать», the operator's receipt; pictured as <name>-choose/-confirm/-done.png.
    bool order(PageId id, const char *name, const std::function<bool(MenuPage *)> &arrange = {})
    {
        const QByteArray choose = name + QByteArrayLiteral("-choose.png");
        const QByteArray confirm = name + QByteArrayLiteral("-confirm.png");
        const QByteArray done = name + QByteArrayLiteral("-done.png");
        MenuPage *page = open(id, choose.constData());
        if (!page)
            return false;
        auto *stack = child<QStackedWidget>(page, "stepStack");
        auto *busy = child<QProgressBar>(page, "busyBar");
        auto *next = child<QPushButton>(page, "nextButton");
        auto *problem = child<InlineMessage>(page, "confirmMessage");
        const auto shows = [stack, page](const char *step) {
            return stack->currentWidget() == child<QWidget>(page, step);
        };
        if (!waitFor(choose.constData(), "the page's data", [&] { return !busy->isVisible() && next->isEnabled(); })
            || (arrange && !arrange(page)) || !shoot(choose.constData()) || !click(next)
            || !check(shows("confirmStep"), confirm.constData(), "no confirmation step")
            || !shoot(confirm.constData())
            || !click(child<QPushButton>(page, "orderButton"))
            || !waitFor(done.constData(), "the operator's answer",
                        [&] { return shows("resultStep") || problem->tone() == InlineMessage::Tone::Error; }))
            return false;
        // The picture shows the order followed to the archive, as the accountant sees it a moment later.
        const QString account = m_app.sessionController()->currentAccount()->id();
        return check(shows("resultStep"), done.constData(), qPrintable(problem->text()))
               && waitFor(done.constData(), "the document filed from the operator's e-mail",
                          [&] { return !m_app.orders()->hasOpenOrders(account); })
               && shoot(done.constData());
    }

    bool waitFor(const char *image, const char *what, const std::function<bool()> &condition, int ms = WaitMs)
    {
        if (QTest::qWaitFor(condition, ms))
            return true;
        qCritical("manual_screenshots: %s: %s did not happen within %d s", image, what, ms / 1000);
        return false;
    }

    // The message next to an action once it says how the action ended (not «…» while it runs): a success.
    bool waitForOutcome(const char *image, InlineMessage *message)
    {
        return waitFor(image, "the result message",
                       [message] { return !message->isHidden() && message->tone() != InlineMessage::Tone::Info; })
               && check(message->tone() == InlineMessage::Tone::Success, image, qPrintable(message->text()));
    }

    bool shoot(const char *image, QWidget *what = nullptr)
    {
        // Texts and visibility changed just now get their layout; nothing here waits.
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QString name = QString::fromLatin1(image);
        if (!check((what ? what : m_window)->grab().save(m_out.filePath(name)), image, "could not be written"))
            return false;
        m_written.insert(name);
        return true;
    }

    // The sandbox's test control (loopback only, as the demo operator is): its clock, standing still at `now`.
    bool setOperatorClock(const QDateTime &now)
    {
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        const QString api = m_app.operatorUrl().toString(QUrl::StripTrailingSlash);
        QNetworkRequest request(QUrl(api + QStringLiteral("/admin/clock")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QJsonObject body{{QStringLiteral("now"), now.toUTC().toString(Qt::ISODate)}};
        const std::unique_ptr<QNetworkReply> reply(
            network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        const bool answered = QTest::qWaitFor([&reply] { return reply->isFinished(); }, WaitMs);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return check(answered && status / 100 == 2, "(the demo operator's clock)", qPrintable(reply->errorString()));
    }

    AppController &m_app;
    MainWindow *m_window;
    const QDir m_out;
    QTemporaryDir m_scratch;
    const QDateTime m_openNow = operatorDay(15, 12);
    const QDateTime m_closedNow = operatorDay(2, 10);
    QSet<QString> m_written;
    bool m_packDialogAnswered = false;
};

// Every picture the manual shows was written by this run; a manual that cannot be read, or shows none, fails.
bool manualComplete(const QString &path, const QSet<QString> &written)
{
    QFile manual(path);
    if (!manual.open(QIODevice::ReadOnly | QIODevice::Text))
        return check(false, qPrintable(path), "the manual cannot be read");
    const QString text = QString::fromUtf8(manual.readAll());
    static const QRegularExpression picture(QStringLiteral("\\]\\(images/([^)\\s]+\\.png)\\)"));
    QSet<QString> shown;
    QStringList missing;
    for (const QRegularExpressionMatch &match : picture.globalMatch(text)) {
        if (!written.contains(match.captured(1)) && !shown.contains(match.captured(1)))
            missing.append(match.captured(1));
        shown.insert(match.captured(1));
    }
    return check(!shown.isEmpty(), qPrintable(path), "the manual shows no pictures")
           && check(missing.isEmpty(), qPrintable(path),
                    qPrintable(QStringLiteral("not written: ") + missing.join(QStringLiteral(", "))));
}

} // namespace

int main(int argc, char *argv[])
{
    const ScratchHome home;
    QApplication application(argc, argv);
    dressAsTheApp();
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the PNG files."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("manual"), QStringLiteral("The manual whose pictures must all be written."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language."), QStringLiteral("lang"),
                      QStringLiteral("ru")});
    parser.process(application);
    const QString out = parser.value(QStringLiteral("out"));
    const QString manual = parser.value(QStringLiteral("manual"));
    if (!home.isValid() || out.isEmpty() || manual.isEmpty() || !QDir().mkpath(out)) {
        qCritical("usage: manual_screenshots --out FOLDER --manual MANUAL.md [--lang ru]");
        return 2;
    }
    Localization::install(application, parser.value(QStringLiteral("lang")));

    AppController::Options options;
    options.demo = true;
    options.keychainService = QStringLiteral("SIP Cabinet manual screenshots");
    AppController app(options);
    app.start();
    app.window()->resize(1024, 768);
    if (!check(QTest::qWaitForWindowExposed(app.window()), "(window)", "was not shown"))
        return 1;
    ManualWalk walk(app, QDir(out));
    return (walk.run() && manualComplete(manual, walk.written())) ? 0 : 1;
}
