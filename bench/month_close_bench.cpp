// «Закрыть месяц» for N organisations against operator-sandbox run as a program of its own, so that only the
// client's memory is measured. Prints one line:
//   organisations N signin_ms S close_ms C generation_ms G waves W client_ms C-W*G peak_kb P complete K
// where W is how many generations lie one after another on the close's path (N over the accounts run side by
// side, rounded up): what remains of the close's time after them is what the client adds.
//   month_close_bench <operator-sandbox> <organisations> <generation delay ms> <scratch folder>
#include "ProcessMemory.h"
#include "accounts/AccountList.h"
#include "archive/DocumentArchive.h"
#include "archive/OrderJournal.h"
#include "close/MonthClose.h"
#include "credentials/AccountSecrets.h"
#include "credentials/NoKeychainCredentialStore.h"
#include "documents/PendingDocumentJobs.h"
#include "session/AccountSessions.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {
int fail(const char *why)
{
    std::fprintf(stderr, "month_close_bench: %s\n", why);
    return 1;
}

// Turns the event loop until done() says so, or a minute has gone.
bool waitUntil(const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(5);
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sipcabinet.api.info=false")); // a line per request otherwise
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 5)
        return fail("usage: month_close_bench <operator-sandbox> <organisations> <generation delay ms> <scratch>");
    const int organisations = arguments.at(2).toInt();
    const int generationMs = arguments.at(3).toInt();
    const QString scratch = arguments.at(4);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch + QStringLiteral("/settings"));

    QProcess sandbox;
    sandbox.start(arguments.at(1), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--db"),
                                    scratch + QStringLiteral("/sandbox.sqlite"), QStringLiteral("--outbox"),
                                    scratch + QStringLiteral("/outbox"), QStringLiteral("--now"),
                                    QStringLiteral("2026-11-25T10:00:00Z"), QStringLiteral("--generation-delay"),
                                    QString::number(generationMs), QStringLiteral("--organisations"),
                                    QString::number(organisations), QStringLiteral("--exit-with-parent")});
    if (!sandbox.waitForReadyRead(60000))
        return fail("operator-sandbox did not start");
    const QRegularExpressionMatch listening =
        QRegularExpression(QStringLiteral("listening on (\\S+)")).match(QString::fromUtf8(sandbox.readLine()));
    if (!listening.hasMatch())
        return fail("operator-sandbox did not say where it listens");
    QString base = listening.captured(1);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    const QUrl apiUrl(base.endsWith(QLatin1String("/api/v1")) ? base : base + QStringLiteral("/api/v1"));

    AccountList accounts;
    for (int n = 1; n <= organisations; ++n)
        accounts.remember({n == 1 ? QStringLiteral("demo") : QStringLiteral("demo%1").arg(n), apiUrl, {}});
    NoKeychainCredentialStore store;
    AccountSecrets secrets(&store);
    DocumentArchive archive(scratch + QStringLiteral("/archive"));
    QString error;
    if (!archive.open(&error))
        return fail(qPrintable(error));
    OrderJournal orders(&archive);
    PendingDocumentJobs pending;
    AccountSessions sessions(&accounts, &secrets);
    MonthClose close(&sessions, {&archive, &pending, &orders, false}, ExportNameTemplate());

    QElapsedTimer clock;
    clock.start();
    sessions.start(); // no keychain here: each asks for its password, given as the user would type it
    const auto allReady = [&sessions] {
        const QList<AccountSession *> all = sessions.sessions();
        return std::all_of(all.cbegin(), all.cend(), [](const AccountSession *s) { return s->isReady(); });
    };
    if (!waitUntil([&] {
            for (AccountSession *session : sessions.sessions()) {
                if (session->state() == AccountSession::State::PasswordNeeded)
                    session->signInWith(session->account().login + QStringLiteral("-password"), false);
            }
            return allReady();
        }))
        return fail("the accounts did not sign in");
    const qint64 signInMs = clock.restart();

    QDir().mkpath(scratch + QStringLiteral("/packs"));
    bool finished = false;
    QObject::connect(&close, &MonthClose::finished, &application, [&finished] { finished = true; });
    close.start({BillingPeriod(2026, 10), {}, {ArchivedDocument::Kind::Invoice}, scratch + QStringLiteral("/packs"),
                 MonthEndPack::Format::Zip});
    if (!waitUntil([&finished] { return finished; }))
        return fail("the close did not end");
    const qint64 closeMs = clock.elapsed();
    const int waves = (organisations + MonthClose::ConcurrentAccounts - 1) / MonthClose::ConcurrentAccounts;
    std::printf("organisations %d signin_ms %lld close_ms %lld generation_ms %d waves %d client_ms %lld peak_kb %lld "
                "complete %d\n",
                organisations, static_cast<long long>(signInMs), static_cast<long long>(closeMs), generationMs, waves,
                static_cast<long long>(closeMs - qint64(waves) * generationMs),
                static_cast<long long>(ProcessMemory::peakResidentKb()), close.outcome().complete);
    sandbox.closeWriteChannel(); // --exit-with-parent: it ends when its input closes
    sandbox.waitForFinished(10000);
    return close.outcome().isComplete() ? 0 : 1;
}
