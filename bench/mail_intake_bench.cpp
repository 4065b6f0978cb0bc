// Mail intake's speed (issue 15, "Speed"), printed as figures, never asserted:
// - filing: <messages> operator e-mails (charges and call details in turns, each with a distinct 200 KiB
//   PDF-looking attachment) in a folder served by Dovecot on loopback, filed over IMAPS by MailIntake into a
//   fresh archive, against mbsync (isync) pulling the same folder over IMAPS to a fresh Maildir; <filing-runs>
//   runs, each client first in every other one; medians and their ratio;
// - the empty poll: a check that finds nothing new in a folder of <empty-poll-messages> small messages, all
//   looked at before (goal under 100 ms); median of <runs>;
// - the process's peak RSS.
// With --batch B the folder fills B messages at a time and both clients take each batch as it arrives (the
// time is the sum); without it everything is there at once and taken in one check, as the issue asks.
// Root or not: DovecotFixture (tests/support) runs Dovecot's processes as the users it needs.
//   mail_intake_bench [--messages N] [--empty-poll-messages M] [--runs R] [--filing-runs K] [--batch B]
#include "DovecotFixture.h"
#include "MaildirOutbox.h"
#include "ProcessMemory.h"
#include "archive/DocumentArchive.h"
#include "archive/OrderJournal.h"
#include "mail/ImapSource.h"
#include "mail/MailIntake.h"
#include "mail/MailIntakeLog.h"
#include "orders/EmailComposer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <optional>
#include <vector>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

const QString OperatorSender = u"billing@operator.example"_s;
const QString AccountAddress = u"buh@romashka.example"_s;
constexpr qsizetype LargePdfBytes = 200 * 1024;
constexpr qsizetype SmallPdfBytes = 2 * 1024;
constexpr double EmptyPollGoalMs = 100.0;
constexpr int CheckTimeoutMs = 30 * 60 * 1000;

struct Options
{
    int messages = 1000;
    int emptyPollMessages = 10000;
    int runs = 10;
    int filingRuns = 3;
    int batch = 0; // 0: the whole folder at once
};

struct MailboxSize
{
    int messages = 0;
    qint64 bytes = 0;
};

// Wall time and CPU time (user + system): against each other they tell working from waiting.
struct Timing
{
    double ms = 0;
    double cpuMs = 0;
};

struct FilingRun
{
    Timing intake;
    Timing mbsync;
    bool intakeFailed = false; // then mbsync's figures still come, and the intake's are not printed
    MailboxSize mailbox;
};

struct EmptyPollFigures
{
    double fillMs = 0; // the checks that looked at every message first
    std::vector<double> pollMs;
};

double cpuMs(int who)
{
    rusage usage{};
    ::getrusage(who, &usage);
    const auto ms = [](const timeval &time) { return double(time.tv_sec) * 1000.0 + double(time.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

void complain(const QString &message)
{
    std::fprintf(stderr, "mail_intake_bench: %s\n", qPrintable(message));
}

std::optional<Options> parseOptions(const QCoreApplication &application)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Mail intake over IMAPS against mbsync, and the empty poll."_s);
    parser.addHelpOption();
    const QCommandLineOption messages(u"messages"_s, u"Messages with a 200 KiB PDF to file (1000)."_s, u"N"_s,
                                      u"1000"_s);
    const QCommandLineOption emptyPoll(u"empty-poll-messages"_s, u"Messages in the empty poll's folder (10000)."_s,
                                       u"M"_s, u"10000"_s);
    const QCommandLineOption runs(u"runs"_s, u"Empty polls timed (10)."_s, u"R"_s, u"10"_s);
    const QCommandLineOption filingRuns(u"filing-runs"_s, u"Filings and mbsync pulls timed, each (3)."_s, u"K"_s,
                                        u"3"_s);
    const QCommandLineOption batch(u"batch"_s, u"Messages arriving between two checks (all of them)."_s, u"B"_s,
                                   u"0"_s);
    parser.addOptions({messages, emptyPoll, runs, filingRuns, batch});
    parser.process(application);

    Options options;
    bool valid = true;
    const auto read = [&parser, &valid](const QCommandLineOption &option, int *value, int least) {
        bool isNumber = false;
        *value = parser.value(option).toInt(&isNumber);
        valid = valid && isNumber && *value >= least;
    };
    read(messages, &options.messages, 1);
    read(emptyPoll, &options.emptyPollMessages, 1);
    read(runs, &options.runs, 1);
    read(filingRuns, &options.filingRuns, 1);
    read(batch, &options.batch, 0);
    if (!valid)
        complain(u"the counts are whole numbers above zero (--batch 0: everything at once)"_s);
    return valid ? std::optional(options) : std::nullopt;
}

int batchOf(const Options &options, int messages)
{
    return options.batch > 0 ? std::min(options.batch, messages) : messages;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

// The intake sniffs a PDF by its header. The rest is random, as a real PDF's compressed streams are, so TLS and
// the disk move what a real one would make them move; seeded by the index, so that no two are duplicates.
QByteArray pdfLike(int index, qsizetype size)
{
    const QByteArray head = "%PDF-1.4\n%bench document " + QByteArray::number(index) + '\n';
    const QByteArray tail = "\n%%EOF\n";
    const qsizetype noiseBytes = size - head.size() - tail.size();
    std::vector<quint32> noise(size_t(noiseBytes) / sizeof(quint32) + 1);
    QRandomGenerator(quint32(index) + 1).fillRange(noise.data(), noise.size());
    return head + QByteArray(reinterpret_cast<const char *>(noise.data()), noiseBytes) + tail;
}

// A month from 2000-01 on, wrapping after a century: the recognizer takes the years 2000–2100.
QString periodOf(int index)
{
    const int month = index % 1200;
    return u"%1-%2"_s.arg(2000 + month / 12).arg(month % 12 + 1, 2, 10, QLatin1Char('0'));
}

// The two kinds the operator e-mails as a PDF on an order, in turns, as the sandbox words them.
Sandbox::OutgoingMail operatorMail(int index, qsizetype pdfBytes)
{
    const QString period = periodOf(index / 2);
    const QByteArray pdf = pdfLike(index, pdfBytes);
    if (index % 2 == 0)
        return Sandbox::EmailComposer::charges(AccountAddress, period, pdf, QDateTime());
    return Sandbox::EmailComposer::callDetails(AccountAddress, period, u"pdf"_s, pdf, QDateTime());
}

// Messages first to first + count - 1, delivered as the sandbox delivers its outbox.
bool writeMessages(const QString &maildir, int first, int count, qsizetype pdfBytes)
{
    Sandbox::MaildirOutbox outbox(maildir);
    for (int index = first; index < first + count; ++index) {
        QString error;
        if (!outbox.deliver(operatorMail(index, pdfBytes), &error)) {
            complain(error);
            return false;
        }
    }
    return true;
}

MailboxSize sizeOf(const QString &maildir)
{
    MailboxSize size;
    for (const QString &folder : {u"cur"_s, u"new"_s}) {
        const QFileInfoList files = QDir(QDir(maildir).filePath(folder)).entryInfoList(QDir::Files);
        size.messages += int(files.size());
        for (const QFileInfo &file : files)
            size.bytes += file.size();
    }
    return size;
}

// Dovecot numbers new messages and moves them from new/ to cur/ when a client next selects the folder: done
// before each client's turn is timed, so that neither pays for it.
bool warmUp(const DovecotFixture &dovecot, int expected)
{
    ImapSource source(dovecot.imapSettings(ImapSettings::Security::Tls), dovecot.password());
    const std::optional<QList<qint64>> uids = source.status() ? source.uidsAfter(0) : std::nullopt;
    if (!uids || uids->size() != expected) {
        complain(u"Dovecot does not list the %1 messages: %2"_s.arg(expected).arg(source.failureDetail()));
        return false;
    }
    return true;
}

// One account's archive, order journal and intake log in a fresh folder, and the intake that files into them,
// reading the fixture's folder over IMAPS as the app reads a real mailbox.
class IntakeUnderTest
{
public:
    explicit IntakeUnderTest(const DovecotFixture &dovecot);
    // One check to its end, timed from check() to checkFinished; nothing when it does not end in time.
    std::optional<MailIntake::Summary> check(double *elapsedMs);
    // One check that must file exactly `expected` documents; its time, or nothing (and why, on stderr).
    std::optional<double> file(int expected);

private:
    QTemporaryDir m_dir;
    DocumentArchive m_archive{m_dir.filePath(u"archive"_s)};
    OrderJournal m_orders{&m_archive};
    MailIntakeLog m_log{m_dir.filePath(u"archive/mail-intake.sqlite"_s)};
    MailIntake m_intake{&m_log};
    bool m_ready = false;
};

IntakeUnderTest::IntakeUnderTest(const DovecotFixture &dovecot)
{
    QString error;
    if (!m_dir.isValid() || !m_archive.open(&error) || !m_log.open(&error)) {
        complain(u"the archive or the intake log did not open: "_s + error);
        return;
    }
    m_intake.setFiler(std::make_shared<MailFiler>(
        &m_archive, &m_orders, MailFiler::Owner{u"bench@sandbox"_s, u"ООО «Ромашка»"_s, u"SIP-2019-0042"_s},
        OperatorMailRecognizer({{OperatorSender}, u"Оператор связи"_s, {AccountAddress}})));
    m_intake.setImap(dovecot.imapSettings(ImapSettings::Security::Tls), dovecot.password());
    m_ready = true;
}

std::optional<MailIntake::Summary> IntakeUnderTest::check(double *elapsedMs)
{
    std::optional<MailIntake::Summary> summary;
    QEventLoop loop;
    QObject::connect(&m_intake, &MailIntake::checkFinished, &loop, [&](const MailIntake::Summary &finished) {
        summary = finished;
        loop.quit();
    });
    QTimer::singleShot(CheckTimeoutMs, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    m_intake.check();
    if (m_intake.isChecking())
        loop.exec();
    *elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return summary;
}

std::optional<double> IntakeUnderTest::file(int expected)
{
    double ms = 0;
    const std::optional<MailIntake::Summary> summary = m_ready ? check(&ms) : std::nullopt;
    if (!summary || !summary->problem.isEmpty() || summary->filed != expected) {
        complain(u"a check filed %1 of %2 messages: %3"_s.arg(summary ? summary->filed : 0)
                     .arg(expected)
                     .arg(summary ? summary->problem : u"it did not end in time"_s));
        return std::nullopt;
    }
    return ms;
}

// mbsync pulling the fixture's INBOX over IMAPS into a Maildir of its own, trusting the same certificate.
class MbsyncPull
{
public:
    explicit MbsyncPull(const DovecotFixture &dovecot);
    // One run of mbsync, timed from its start to its exit, as a user's run of it would be; nothing unless it
    // exits 0 with `expected` messages in its Maildir in all.
    std::optional<double> pull(int expected);

private:
    QString configuration(const DovecotFixture &dovecot) const;

    QTemporaryDir m_dir;
    bool m_ready = false;
    qint64 m_lastPullSecond = 0;
};

MbsyncPull::MbsyncPull(const DovecotFixture &dovecot)
{
    m_ready = m_dir.isValid() && QDir(m_dir.path()).mkpath(u"near"_s)
              && writeFile(m_dir.filePath(u"password"_s), dovecot.password().toUtf8() + '\n')
              && writeFile(m_dir.filePath(u"mbsyncrc"_s), configuration(dovecot).toUtf8());
    if (!m_ready)
        complain(u"cannot write mbsync's configuration"_s);
}

QString MbsyncPull::configuration(const DovecotFixture &dovecot) const
{
    const ImapSettings imap = dovecot.imapSettings(ImapSettings::Security::Tls);
    // The password (a space, quotes, Cyrillic) comes from a file: nothing in it needs quoting here.
    return uR"(IMAPAccount fixture
Host %1
Port %2
User %3
PassCmd "cat %4/password"
SSLType IMAPS
CertificateFile %5

IMAPStore far
Account fixture

MaildirStore near
Path %4/near/
Inbox %4/near/INBOX

Channel pull
Far :far:
Near :near:
Patterns INBOX
Create Near
Sync Pull
SyncState *
)"_s.arg(imap.host)
        .arg(imap.port)
        .arg(imap.login, m_dir.path(), dovecot.caFile());
}

std::optional<double> MbsyncPull::pull(int expected)
{
    if (!m_ready)
        return std::nullopt;
    // mbsync sleeps a second when its Maildir changed in the current second (a guard against the mtime's
    // granularity), which pulls minutes apart never meet: the next second is waited for here, untimed.
    while (QDateTime::currentSecsSinceEpoch() <= m_lastPullSecond)
        QThread::msleep(10);
    QProcess mbsync;
    mbsync.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    mbsync.start(u"mbsync"_s, {u"-c"_s, m_dir.filePath(u"mbsyncrc"_s), u"pull"_s});
    const bool finished = mbsync.waitForFinished(CheckTimeoutMs);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    m_lastPullSecond = QDateTime::currentSecsSinceEpoch();
    const int pulled = sizeOf(m_dir.filePath(u"near/INBOX"_s)).messages;
    if (!finished || mbsync.exitStatus() != QProcess::NormalExit || mbsync.exitCode() != 0 || pulled != expected) {
        complain(u"mbsync has %1 of %2 messages (exit code %3): %4"_s.arg(pulled)
                     .arg(expected)
                     .arg(mbsync.exitCode())
                     .arg(QString::fromLocal8Bit(mbsync.readAll())));
        return std::nullopt;
    }
    return ms;
}

// One turn of a client, its time added; `cpuOf` is RUSAGE_SELF for the intake, RUSAGE_CHILDREN for mbsync (the
// children waited for: mbsync, not the Dovecot still running). False when the turn failed.
bool addTimed(Timing *timing, int cpuOf, const std::function<std::optional<double>()> &turn)
{
    const double cpuBefore = cpuMs(cpuOf);
    const std::optional<double> ms = turn();
    timing->ms += ms.value_or(0);
    timing->cpuMs += cpuMs(cpuOf) - cpuBefore;
    return ms.has_value();
}

// One run: a fresh folder served by a fresh Dovecot, filled a batch at a time; after each batch both clients
// take what is new, the intake into its fresh archive and mbsync into its fresh Maildir. Once the intake fails
// it has no more turns, and mbsync goes on, so that its figures come all the same.
std::optional<FilingRun> fileAndPull(const Options &options, bool intakeFirst)
{
    QTemporaryDir mailbox;
    const QString maildir = mailbox.filePath(u"Maildir"_s);
    DovecotFixture dovecot;
    if (!mailbox.isValid() || !dovecot.start(maildir))
        return std::nullopt;
    IntakeUnderTest intake(dovecot);
    MbsyncPull mbsync(dovecot);
    FilingRun run;
    for (int written = 0; written < options.messages;) {
        const int count = std::min(batchOf(options, options.messages), options.messages - written);
        if (!writeMessages(maildir, written, count, LargePdfBytes))
            return std::nullopt;
        written += count;
        if (!warmUp(dovecot, written))
            return std::nullopt;
        // In turns from run to run, so that neither always finds the caches as the other left them.
        for (const bool intakeTurn : {intakeFirst, !intakeFirst}) {
            if (intakeTurn && !run.intakeFailed)
                run.intakeFailed = !addTimed(&run.intake, RUSAGE_SELF, [&] { return intake.file(count); });
            else if (!intakeTurn && !addTimed(&run.mbsync, RUSAGE_CHILDREN, [&] { return mbsync.pull(written); }))
                return std::nullopt;
        }
    }
    run.mailbox = sizeOf(maildir);
    return run;
}

std::optional<std::vector<FilingRun>> compareFiling(const Options &options)
{
    std::vector<FilingRun> runs;
    for (int index = 0; index < options.filingRuns; ++index) {
        const bool intakeFirst = index % 2 == 0;
        const std::optional<FilingRun> run = fileAndPull(options, intakeFirst);
        if (!run)
            return std::nullopt;
        const QByteArray intake = run->intakeFailed ? QByteArray("FAILED")
                                                    : QByteArray::number(run->intake.ms, 'f', 0) + " ms (CPU "
                                                          + QByteArray::number(run->intake.cpuMs, 'f', 0) + " ms)";
        std::printf("  run %d (%s first): intake %s, mbsync %.0f ms (CPU %.0f ms)\n", index + 1,
                    intakeFirst ? "intake" : "mbsync", intake.constData(), run->mbsync.ms, run->mbsync.cpuMs);
        std::fflush(stdout);
        runs.push_back(*run);
    }
    return runs;
}

// A folder of small messages, every one looked at by the checks that followed its arrival, then polled again
// and again with nothing new.
bool measureEmptyPoll(const Options &options, EmptyPollFigures *figures)
{
    QTemporaryDir mailbox;
    const QString maildir = mailbox.filePath(u"Maildir"_s);
    DovecotFixture dovecot;
    if (!mailbox.isValid() || !dovecot.start(maildir))
        return false;
    IntakeUnderTest intake(dovecot);
    for (int written = 0; written < options.emptyPollMessages;) {
        const int count = std::min(batchOf(options, options.emptyPollMessages), options.emptyPollMessages - written);
        if (!writeMessages(maildir, written, count, SmallPdfBytes))
            return false;
        written += count;
        const std::optional<double> ms = intake.file(count);
        if (!ms)
            return false;
        figures->fillMs += *ms;
    }
    for (int run = 0; run < options.runs; ++run) {
        double ms = 0;
        const std::optional<MailIntake::Summary> summary = intake.check(&ms);
        if (!summary || !summary->problem.isEmpty() || summary->looked != 0) {
            complain(u"a poll with nothing new looked at %1 messages: %2"_s.arg(summary ? summary->looked : -1)
                         .arg(summary ? summary->problem : u"it did not end in time"_s));
            return false;
        }
        figures->pollMs.push_back(ms);
    }
    return true;
}

QString mbsyncVersion()
{
    QProcess mbsync;
    mbsync.start(u"mbsync"_s, {u"--version"_s});
    return mbsync.waitForFinished() ? QString::fromLocal8Bit(mbsync.readAllStandardOutput()).trimmed() : QString();
}

double mebibytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

QByteArray arrival(const Options &options, int messages)
{
    const int batch = batchOf(options, messages);
    if (batch == messages)
        return "all there before the first check";
    return "arriving " + QByteArray::number(batch) + " at a time, a check after each batch";
}

bool intakeFiledAll(const std::vector<FilingRun> &runs)
{
    return std::none_of(runs.cbegin(), runs.cend(), [](const FilingRun &run) { return run.intakeFailed; });
}

void printFiling(const Options &options, const std::vector<FilingRun> &runs)
{
    const auto medianOf = [&runs](Timing FilingRun::*client, double Timing::*figure) {
        std::vector<double> values;
        for (const FilingRun &run : runs)
            values.push_back(run.*client.*figure);
        return median(values);
    };
    const MailboxSize &mailbox = runs.front().mailbox;
    const auto row = [&](const char *what, Timing FilingRun::*client) {
        const double ms = medianOf(client, &Timing::ms);
        std::printf("| %-48s | %7.0f ms | %7.0f ms | %8.2f ms | %5.1f MiB/s |\n", what, ms,
                    medianOf(client, &Timing::cpuMs), ms / mailbox.messages, mebibytes(mailbox.bytes) * 1000.0 / ms);
    };
    std::printf("\n%d messages, %.1f MiB (%.0f KiB a message)\n", mailbox.messages, mebibytes(mailbox.bytes),
                double(mailbox.bytes) / 1024.0 / mailbox.messages);
    std::printf("| %-48s | %10s | %10s | %11s | %11s |\n", "filing (median)", "time", "CPU", "per message",
                "throughput");
    std::printf("|%s|%s|%s|%s|%s|\n", QByteArray(50, '-').constData(), QByteArray(12, '-').constData(),
                QByteArray(12, '-').constData(), QByteArray(13, '-').constData(), QByteArray(13, '-').constData());
    if (intakeFiledAll(runs))
        row("MailIntake: IMAPS, parse, file into the archive", &FilingRun::intake);
    else
        std::printf("| %-48s | %10s | %10s | %11s | %11s |\n", "MailIntake: did not file them (see above)", "-",
                    "-", "-", "-");
    row("mbsync: IMAPS pull to a Maildir", &FilingRun::mbsync);
    if (intakeFiledAll(runs)) {
        std::printf("\nratio intake / mbsync: %.2fx (%s)\n",
                    medianOf(&FilingRun::intake, &Timing::ms) / medianOf(&FilingRun::mbsync, &Timing::ms),
                    arrival(options, options.messages).constData());
    }
}

void printEmptyPoll(const Options &options, const EmptyPollFigures &figures)
{
    const int messages = options.emptyPollMessages;
    const double poll = median(figures.pollMs);
    const auto [fastest, slowest] = std::minmax_element(figures.pollMs.cbegin(), figures.pollMs.cend());
    std::printf("\nEmpty poll: a %d-message folder of small messages (a %lld-byte PDF each; the poll reads none),\n"
                "%s: %.0f ms for those checks, %.2f ms a message\n",
                messages, static_cast<long long>(SmallPdfBytes), arrival(options, messages).constData(),
                figures.fillMs, figures.fillMs / messages);
    std::printf("empty poll: median %.1f ms (min %.1f, max %.1f, %zu runs), goal < %.0f ms: %s\n", poll, *fastest,
                *slowest, figures.pollMs.size(), EmptyPollGoalMs, poll < EmptyPollGoalMs ? "met" : "NOT met");
}

void printPeakMemory(const char *when)
{
    std::printf("peak RSS (VmHWM) %s: %.1f MiB\n", when, double(ProcessMemory::peakResidentKb()) / 1024.0);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const std::optional<Options> options = parseOptions(application);
    if (!options)
        return 2;
    const QString version = mbsyncVersion();
    if (version.isEmpty() || QStandardPaths::findExecutable(u"dovecot"_s, {u"/usr/sbin"_s}).isEmpty()) {
        complain(u"needs mbsync (isync) and Dovecot (dovecot-imapd): scripts/install-deps"_s);
        return 1;
    }
    std::printf("Mail intake against %s, Dovecot on loopback, IMAPS (TLS) for both\n"
                "%d messages with a %lld KiB PDF each, %s; %d runs of each\n",
                qPrintable(version), options->messages, static_cast<long long>(LargePdfBytes / 1024),
                arrival(*options, options->messages).constData(), options->filingRuns);
    std::fflush(stdout);

    const std::optional<std::vector<FilingRun>> filing = compareFiling(*options);
    if (!filing)
        return 1;
    printFiling(*options, *filing);
    printPeakMemory("after filing");

    EmptyPollFigures emptyPoll;
    const bool polled = measureEmptyPoll(*options, &emptyPoll);
    if (polled)
        printEmptyPoll(*options, emptyPoll);
    else
        std::printf("\nEmpty poll: not measured: the folder could not be looked at first (see above)\n");
    printPeakMemory("of the whole run");
    return polled && intakeFiledAll(*filing) ? 0 : 1;
}
