// Mail intake's speed (issue 15, "Speed"), printed as figures, never asserted:
// - filing: <messages> operator e-mails (charges and call details in turns, each with a distinct 200 KiB
//   PDF-looking attachment) in a folder served by Dovecot on loopback, filed over IMAPS by MailIntake into a
//   fresh archive, against mbsync (isync) pulling the same folder over IMAPS to a fresh Maildir; the two in
//   turns, <filing-runs> times each, medians and their ratio;
// - the empty poll: a check that finds nothing new in a folder of <empty-poll-messages> small messages, all
//   looked at by one full check before (goal under 100 ms); median of <runs>;
// - the process's peak RSS.
// Root or not: DovecotFixture (tests/support) runs Dovecot's processes as the users it needs.
//   mail_intake_bench [--messages N] [--empty-poll-messages M] [--runs R] [--filing-runs K]
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
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

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
};

struct MailboxSize
{
    int messages = 0;
    qint64 bytes = 0;
};

struct FilingFigures
{
    std::vector<double> intakeMs;
    std::vector<double> mbsyncMs;
};

struct EmptyPollFigures
{
    double firstCheckMs = 0;
    std::vector<double> pollMs;
};

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
    parser.addOptions({messages, emptyPoll, runs, filingRuns});
    parser.process(application);

    Options options;
    bool valid = true;
    const auto read = [&parser, &valid](const QCommandLineOption &option, int *value) {
        bool isNumber = false;
        *value = parser.value(option).toInt(&isNumber);
        valid = valid && isNumber && *value > 0;
    };
    read(messages, &options.messages);
    read(emptyPoll, &options.emptyPollMessages);
    read(runs, &options.runs);
    read(filingRuns, &options.filingRuns);
    if (!valid)
        complain(u"every count must be a whole number above zero"_s);
    return valid ? std::optional(options) : std::nullopt;
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

bool writeMailbox(const QString &maildir, int count, qsizetype pdfBytes)
{
    Sandbox::MaildirOutbox outbox(maildir);
    for (int index = 0; index < count; ++index) {
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

// One account's archive, order journal and intake log in a fresh folder, and the intake that files into them,
// reading the fixture's folder over IMAPS as the app reads a real mailbox.
class IntakeUnderTest
{
public:
    explicit IntakeUnderTest(const DovecotFixture &dovecot);
    bool isReady() const { return m_ready; }
    // One check to its end, timed from check() to checkFinished; nothing when it does not end in time.
    std::optional<MailIntake::Summary> check(double *elapsedMs);

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

std::optional<double> fileWithIntake(const DovecotFixture &dovecot, int expected)
{
    IntakeUnderTest intake(dovecot);
    double ms = 0;
    const std::optional<MailIntake::Summary> summary = intake.isReady() ? intake.check(&ms) : std::nullopt;
    if (!summary || !summary->problem.isEmpty() || summary->filed != expected) {
        complain(u"the intake filed %1 of %2 messages: %3"_s.arg(summary ? summary->filed : 0)
                     .arg(expected)
                     .arg(summary ? summary->problem : u"no end in time"_s));
        return std::nullopt;
    }
    return ms;
}

// Dovecot numbers a folder, moves new/ to cur/ and reads each message's size when a client first selects it:
// done once before anything is timed, so that neither client pays for it.
bool warmUp(const DovecotFixture &dovecot, int expected)
{
    ImapSource source(dovecot.imapSettings(ImapSettings::Security::Tls), dovecot.password());
    const std::optional<QList<qint64>> uids = source.status() ? source.uidsAfter(0) : std::nullopt;
    const std::optional<QList<ImapSource::Message>> messages =
        uids && !uids->isEmpty() ? source.messages(uids->first(), uids->last()) : std::nullopt;
    if (!messages || messages->size() != expected) {
        complain(u"Dovecot does not list the %1 messages: %2"_s.arg(expected).arg(source.failureDetail()));
        return false;
    }
    return true;
}

QString mbsyncConfiguration(const DovecotFixture &dovecot, const QString &directory)
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
        .arg(imap.login, directory, dovecot.caFile());
}

// mbsync pulling the fixture's INBOX over IMAPS into a fresh Maildir, trusting the same certificate; the time
// includes starting the process, as a user's run of it would.
std::optional<double> pullWithMbsync(const DovecotFixture &dovecot, int expected)
{
    QTemporaryDir dir;
    const QString configuration = dir.filePath(u"mbsyncrc"_s);
    if (!dir.isValid() || !QDir(dir.path()).mkpath(u"near"_s)
        || !writeFile(dir.filePath(u"password"_s), dovecot.password().toUtf8() + '\n')
        || !writeFile(configuration, mbsyncConfiguration(dovecot, dir.path()).toUtf8())) {
        complain(u"cannot write mbsync's configuration"_s);
        return std::nullopt;
    }
    QProcess mbsync;
    mbsync.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    mbsync.start(u"mbsync"_s, {u"-c"_s, configuration, u"pull"_s});
    const bool finished = mbsync.waitForFinished(CheckTimeoutMs);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    const int pulled = sizeOf(dir.filePath(u"near/INBOX"_s)).messages;
    if (!finished || mbsync.exitStatus() != QProcess::NormalExit || mbsync.exitCode() != 0 || pulled != expected) {
        complain(u"mbsync pulled %1 of %2 messages (exit code %3): %4"_s.arg(pulled)
                     .arg(expected)
                     .arg(mbsync.exitCode())
                     .arg(QString::fromLocal8Bit(mbsync.readAll())));
        return std::nullopt;
    }
    return ms;
}

bool compareFiling(const DovecotFixture &dovecot, int messages, int runs, FilingFigures *figures)
{
    const auto intake = [&] {
        const std::optional<double> ms = fileWithIntake(dovecot, messages);
        if (ms)
            figures->intakeMs.push_back(*ms);
        return ms.has_value();
    };
    const auto mbsync = [&] {
        const std::optional<double> ms = pullWithMbsync(dovecot, messages);
        if (ms)
            figures->mbsyncMs.push_back(*ms);
        return ms.has_value();
    };
    for (int run = 0; run < runs; ++run) {
        // In turns, so that neither always finds the caches as the other left them.
        const bool done = run % 2 == 0 ? intake() && mbsync() : mbsync() && intake();
        if (!done)
            return false;
        std::printf("  run %d: intake %.0f ms, mbsync %.0f ms\n", run + 1, figures->intakeMs.back(),
                    figures->mbsyncMs.back());
        std::fflush(stdout);
    }
    return true;
}

// A folder of small messages all looked at by one full check, then polled again and again.
bool measureEmptyPoll(int messages, int runs, EmptyPollFigures *figures)
{
    QTemporaryDir mailbox;
    const QString maildir = mailbox.filePath(u"Maildir"_s);
    DovecotFixture dovecot;
    if (!mailbox.isValid() || !writeMailbox(maildir, messages, SmallPdfBytes) || !dovecot.start(maildir))
        return false;
    IntakeUnderTest intake(dovecot);
    std::optional<MailIntake::Summary> summary = intake.isReady() ? intake.check(&figures->firstCheckMs)
                                                                  : std::nullopt;
    if (!summary || summary->filed != messages) {
        complain(u"the first check filed %1 of %2 messages"_s.arg(summary ? summary->filed : 0).arg(messages));
        return false;
    }
    for (int run = 0; run < runs; ++run) {
        double ms = 0;
        summary = intake.check(&ms);
        if (!summary || !summary->problem.isEmpty() || summary->looked != 0) {
            complain(u"a poll with nothing new looked at %1 messages: %2"_s.arg(summary ? summary->looked : -1)
                         .arg(summary ? summary->problem : u"no end in time"_s));
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

void printFiling(const MailboxSize &mailbox, const FilingFigures &figures)
{
    const double intake = median(figures.intakeMs);
    const double mbsync = median(figures.mbsyncMs);
    const double perSecond = mebibytes(mailbox.bytes) * 1000.0;
    std::printf("\n| %-48s | %10s | %11s | %11s |\n", "filing (median)", "time", "per message", "throughput");
    std::printf("|%s|%s|%s|%s|\n", QByteArray(50, '-').constData(), QByteArray(12, '-').constData(),
                QByteArray(13, '-').constData(), QByteArray(13, '-').constData());
    std::printf("| %-48s | %7.0f ms | %8.2f ms | %5.1f MiB/s |\n", "MailIntake: IMAPS, parse, file into the archive",
                intake, intake / mailbox.messages, perSecond / intake);
    std::printf("| %-48s | %7.0f ms | %8.2f ms | %5.1f MiB/s |\n", "mbsync: IMAPS pull to a Maildir", mbsync,
                mbsync / mailbox.messages, perSecond / mbsync);
    std::printf("\nratio intake / mbsync: %.2fx\n", intake / mbsync);
}

void printEmptyPoll(int messages, const EmptyPollFigures &figures)
{
    const double poll = median(figures.pollMs);
    const auto [fastest, slowest] = std::minmax_element(figures.pollMs.cbegin(), figures.pollMs.cend());
    std::printf("\nEmpty poll: a %d-message folder (small messages: a %lld-byte PDF each; the poll reads none),\n"
                "every message looked at by a first check (%.0f ms, %.2f ms a message)\n",
                messages, static_cast<long long>(SmallPdfBytes), figures.firstCheckMs,
                figures.firstCheckMs / messages);
    std::printf("empty poll: median %.1f ms (min %.1f, max %.1f, %zu runs), goal < %.0f ms: %s\n", poll, *fastest,
                *slowest, figures.pollMs.size(), EmptyPollGoalMs, poll < EmptyPollGoalMs ? "met" : "NOT met");
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

    QTemporaryDir mailbox;
    const QString maildir = mailbox.filePath(u"Maildir"_s);
    QElapsedTimer writing;
    writing.start();
    if (!mailbox.isValid() || !writeMailbox(maildir, options->messages, LargePdfBytes))
        return 1;
    const MailboxSize size = sizeOf(maildir);
    std::printf("Mail intake against %s, Dovecot on loopback, IMAPS (TLS) for both\n"
                "%d messages with a %lld KiB PDF each, %.1f MiB in all (written in %.1f s); "
                "%d runs of each, in turns\n\n",
                qPrintable(version), size.messages, static_cast<long long>(LargePdfBytes / 1024),
                mebibytes(size.bytes), double(writing.elapsed()) / 1000.0, options->filingRuns);
    std::fflush(stdout);

    FilingFigures filing;
    {
        DovecotFixture dovecot;
        if (!dovecot.start(maildir) || !warmUp(dovecot, size.messages)
            || !compareFiling(dovecot, size.messages, options->filingRuns, &filing))
            return 1;
    }
    printFiling(size, filing);
    std::printf("peak RSS after filing: %.1f MiB\n", double(ProcessMemory::peakResidentKb()) / 1024.0);
    std::fflush(stdout);

    EmptyPollFigures emptyPoll;
    if (!measureEmptyPoll(options->emptyPollMessages, options->runs, &emptyPoll))
        return 1;
    printEmptyPoll(options->emptyPollMessages, emptyPoll);
    std::printf("peak RSS of the process (VmHWM): %.1f MiB\n", double(ProcessMemory::peakResidentKb()) / 1024.0);
    return 0;
}
