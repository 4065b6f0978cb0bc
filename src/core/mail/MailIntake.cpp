#include "MailIntake.h"

#include "MailIntakeLog.h"
#include "MailParser.h"
#include "MaildirSource.h"

#include <QDateTime>
#include <QMetaObject>

namespace {
// Parsed messages waiting to be filed; each may hold up to MailLimits::MaxMessageBytes.
constexpr int MessagesInFlight = 4;
} // namespace

struct MailIntake::Run
{
    QString source;
    QString directory;
    std::atomic_bool cancelled = false;
    QSemaphore room{MessagesInFlight};
    int total = 0;
    int done = 0;
    Summary summary;
};

MailIntake::MailIntake(MailIntakeLog *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
{
    m_reader.setMaxThreadCount(1);
}

MailIntake::~MailIntake()
{
    if (m_run)
        m_run->cancelled = true;
    m_reader.waitForDone();
}

void MailIntake::setFiler(std::shared_ptr<MailFiler> filer)
{
    m_filer = std::move(filer);
    emit configurationChanged();
}

void MailIntake::setMaildir(const QString &directory)
{
    m_maildir = directory;
    emit configurationChanged();
}

void MailIntake::check()
{
    if (m_run || !m_filer || m_maildir.isEmpty())
        return;
    auto run = std::make_shared<Run>();
    run->source = QStringLiteral("maildir:") + m_maildir;
    run->directory = m_maildir;
    m_run = run;
    emit checkStarted();
    emit progressChanged(0, 0);
    m_reader.start([this, run, seen = m_log->seenKeys(run->source)] { readInBackground(run, seen); });
}

void MailIntake::cancel()
{
    if (m_run)
        m_run->cancelled = true;
}

// The worker thread: touches no database and no member but the run it was given.
void MailIntake::readInBackground(std::shared_ptr<Run> run, QSet<QString> seen)
{
    const MaildirSource source(run->directory);
    QString problem;
    if (!source.isReadable(&problem)) {
        QMetaObject::invokeMethod(this, [this, run, problem] { onReadFinished(run, problem); }, Qt::QueuedConnection);
        return;
    }
    QStringList keys = source.keys();
    keys.removeIf([&seen](const QString &key) { return seen.contains(key); });
    QMetaObject::invokeMethod(this, [this, run, total = int(keys.size())] { onTotal(run, total); },
                              Qt::QueuedConnection);
    for (const QString &key : std::as_const(keys)) {
        // Wait for room, but never past a cancel: the owner may be waiting for this thread to end.
        while (!run->room.tryAcquire(1, 100)) {
            if (run->cancelled)
                break;
        }
        if (run->cancelled)
            break;
        bool tooLarge = false;
        const std::optional<QByteArray> bytes = source.read(key, &tooLarge);
        ParsedMail mail;
        if (bytes)
            mail = MailParser::parse(*bytes);
        else
            mail.outcome = tooLarge ? ParsedMail::Outcome::TooLarge : ParsedMail::Outcome::Malformed;
        QMetaObject::invokeMethod(this, [this, run, key, mail] { onMessage(run, key, mail); }, Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(this, [this, run] { onReadFinished(run, QString()); }, Qt::QueuedConnection);
}

void MailIntake::onTotal(const std::shared_ptr<Run> &run, int total)
{
    run->total = total;
    emit progressChanged(run->done, total);
}

void MailIntake::onMessage(const std::shared_ptr<Run> &run, const QString &key, const ParsedMail &mail)
{
    run->room.release();
    if (run != m_run || run->cancelled || !m_filer)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const MailFiler::Result result = m_filer->file(mail, now);
    if (result.tryAgain) {
        // Left unrecorded, so the next check takes it again; the rest waits too, as the archive cannot write.
        run->cancelled = true;
        run->summary.problem = result.reason;
        return;
    }
    ++run->summary.looked;
    run->summary.filed += result.filed.size();
    if (result.outcome == MailIntakeLog::Outcome::NotRecognised || result.outcome == MailIntakeLog::Outcome::Unreadable)
        ++run->summary.notRecognised;
    QString error;
    if (!m_log->record({run->source, key, result.outcome, result.reason, mail.subject, now}, &error))
        qWarning("mail intake: the message's outcome was not recorded: %ls", qUtf16Printable(error));
    for (const ArchivedDocument &document : result.filed)
        emit documentFiled(document);
    emit progressChanged(++run->done, run->total);
}

void MailIntake::onReadFinished(const std::shared_ptr<Run> &run, const QString &problem)
{
    if (run != m_run)
        return;
    if (run->summary.problem.isEmpty())
        run->summary.problem = problem;
    finish(run->summary.problem);
}

void MailIntake::finish(const QString &problem)
{
    Summary summary = m_run->summary;
    summary.problem = problem;
    summary.cancelled = m_run->cancelled && problem.isEmpty();
    m_run.reset();
    emit checkFinished(summary);
}
