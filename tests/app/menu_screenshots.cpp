// Not a test: renders the operator-data pages of the menu against the sandbox, in Russian, for
// docs/screenshots/. `menu_screenshots --out docs/screenshots` (SIPCABINET_EXTRA_QM: a .qm with strings
// not yet merged into translations/, for a preview).
#include "FocusRingStyle.h"
#include "Localization.h"
#include "LoggedInContext.h"
#include "pages/CallCentrePage.h"
#include "pages/FeedbackPage.h"
#include "pages/InstallmentsPage.h"
#include "pages/OperatorDataLoader.h"
#include "pages/PaymentsPage.h"
#include "pages/PersonalInfoPage.h"
#include "pages/SubscriberChoicePage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <functional>

namespace {

bool shoot(MenuPage *page, const QDir &out, const std::function<void()> &arrange = {})
{
    page->resize(960, 680);
    page->show();
    if (!QTest::qWaitForWindowExposed(page))
        return false;
    page->activate();
    auto *loader = page->findChild<OperatorDataLoader *>();
    if (!QTest::qWaitFor([loader] { return !loader->isBusy(); }, 30000))
        return false;
    if (arrange)
        arrange();
    QTest::qWait(100);
    const bool saved = page->grab().save(out.filePath(page->objectName() + QStringLiteral(".png")));
    page->hide();
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setStyle(new FocusRingStyle); // as the app
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QStringLiteral("Folder for the PNG files."), QStringLiteral("dir")});
    parser.process(application);
    const QDir out(parser.value(QStringLiteral("out")));
    QDir().mkpath(out.path());

    LoggedInContext logged;
    if (!logged.start())
        return 1;
    Localization::install(application, QStringLiteral("ru"));
    QTranslator preview;
    if (!qEnvironmentVariableIsEmpty("SIPCABINET_EXTRA_QM") && preview.load(qEnvironmentVariable("SIPCABINET_EXTRA_QM")))
        QCoreApplication::installTranslator(&preview);
    const PageContext &context = logged.context();

    PersonalInfoPage personal(context);
    PaymentsPage payments(context);
    InstallmentsPage installments(context);
    SubscriberChoicePage subscribers(context);
    FeedbackPage feedback(context);
    CallCentrePage callCentre(context);
    const bool ok = shoot(&personal, out) && shoot(&payments, out) && shoot(&installments, out)
                    && shoot(&subscribers, out, [&subscribers] {
                           auto *view = subscribers.findChild<QTableView *>(QStringLiteral("subscribersView"));
                           view->setCurrentIndex(view->model()->index(1, 0));
                           subscribers.findChild<QPushButton *>(QStringLiteral("chooseButton"))->click();
                       })
                    && shoot(&feedback, out, [&feedback] {
                           feedback.findChild<QLineEdit *>(QStringLiteral("topicEdit"))->setText(QStringLiteral("Акт сверки"));
                           feedback.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"))
                               ->setPlainText(QStringLiteral("Пришлите, пожалуйста, акт сверки за III квартал 2026 года."));
                       })
                    && shoot(&callCentre, out, [&callCentre] {
                           callCentre.findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->setText(QStringLiteral("8 (916) 123-45-67"));
                       });
    return ok ? 0 : 1;
}
