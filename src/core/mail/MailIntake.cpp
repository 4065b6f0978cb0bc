#include "MailIntake.h"

#include "ImapSource.h"
#include "MailLimits.h"
#include "MailParser.h"
#include "MaildirSource.h"

#include <QDateTime>
#include <QMetaObject>
#include <QThread>

namespace {
// Parsed messages waiting to be filed; each may hold up to MailLimits::MaxMessageBytes.
constexpr int MessagesInFlight = 4;
// UIDs whose sizes and flags one request asks for, and the UID range one search covers.
constexpr qsizetype DetailsPerRequest = 100;
constexpr qint64 SearchSpan = 1000;
} // namespace

struct MailIntake::Run
{
    Source source;
    QString sourceId; // in the intake log
    std::atomic_bool cancelled = false;
    QSemaphore room{MessagesInFlight};
    int total = 0;
    int done = 0;
    Summary summary;
};

QString MailIntake::Source::id() const
{
    switch (kind) {
    case SourceKind::Maildir:
        return QStringLiteral("maildir:") + maildir;
    case SourceKind::Imap:
        return imap.sourceId();
    case SourceKind::None:
        break;
    }
    return {};
}

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
    m_source = Source{SourceKind::Maildir, directory, {}, {}};
    emit configurationChanged();
}

void MailIntake::setImap(const ImapSettings &settings, const QString &password)
{
    m_source = Source{SourceKind::Imap, {}, settings, password};
    emit configurationChanged();
}

void MailIntake::clearSource()
{
    m_source = Source();
    emit configurationChanged();
}

void MailIntake::check()
{
    if (m_run || !isConfigured())
        return;
    auto run = std::make_shared<Run>();
    run->source = m_source;
    // Each account keeps its own record of a mailbox: a message for one organisation is not "seen" for the
    // next one whose accountant reads the same mailbox.
    run->sourceId = m_source.id() + QStringLiteral("#") + m_filer->accountId();
    m_run = run;
    emit checkStarted();
    emit progressChanged(0, 0);
    if (run->source.kind == SourceKind::Imap) {
        m_reader.start([this, run, known = m_log->folderState(run->sourceId)] { readImap(run, known); });
    } else {
        m_reader.start([this, run, seen = m_log->seenKeys(run->sourceId)] { readMaildir(run, seen); });
    }
}

void MailIntake::cancel()
{
    if (m_run)
        m_run->cancelled = true;
}

// The worker thread, here and below: touches no database and no member but the run it was given.
void MailIntake::readMaildir(const std::shared_ptr<Run> &run, const QSet<QString> &seen)
{
    const MaildirSource source(run->source.maildir);
    QString problem;
    if (!source.isReadable(&problem)) {
        onReadFinished(run, problem);
        return;
    }
    QStringList keys = source.keys();
    keys.removeIf([&seen](const QString &key) { return seen.contains(key); });
    QMetaObject::invokeMethod(this, [this, run, total = int(keys.size())] { onTotal(run, total); },
                              Qt::QueuedConnection);
    for (const QString &key : std::as_const(keys)) {
        if (!waitForRoom(run))
            break;
        bool tooLarge = false;
        const std::optional<QByteArray> bytes = source.read(key, &tooLarge);
        ParsedMail mail;
        if (bytes)
            mail = MailParser::parse(*bytes);
        else
            mail.outcome = tooLarge ? ParsedMail::Outcome::TooLarge : ParsedMail::Outcome::Malformed;
        post(run, key, mail, 0);
    }
    QMetaObject::invokeMethod(this, [this, run] { onReadFinished(run, QString()); }, Qt::QueuedConnection);
}

void MailIntake::readImap(const std::shared_ptr<Run> &run, MailIntakeLog::FolderState known)
{
    ImapSource source(run->source.imap, run->source.password, &run->cancelled);
    const auto finish = [this, run, &source](bool failed) {
        const QString problem = failed && source.failure() != ImapSource::Failure::Cancelled ? source.userMessage()
                                                                                              : QString();
        if (failed && !problem.isEmpty())
            qWarning("mail intake: %ls", qUtf16Printable(source.failureDetail()));
        QMetaObject::invokeMethod(this, [this, run, problem] { onReadFinished(run, problem); }, Qt::QueuedConnection);
    };
    const std::optional<ImapSource::FolderStatus> status = source.status();
    if (!status)
        return finish(true);
    if (status->uidValidity != known.uidValidity) {
        // The server renumbered the folder (or this is the first look): every message is new by its numbers.
        known = {status->uidValidity, 0};
        QMetaObject::invokeMethod(this, [this, run, validity = status->uidValidity] { onNewNumbering(run, validity); },
                                  Qt::QueuedConnection);
    }
    // UIDNEXT says whether anything came since the last UID recorded: a poll that finds nothing asks no more.
    // Otherwise the UIDs are searched, and their sizes and flags fetched, a range at a time: libcurl 7.88
    // counts an untagged answer's lines against its 300 KB limit for headers, and an answer of a few hundred
    // lines overruns it. The last range is open-ended, for mail that came after STATUS.
    int total = 0;
    for (qint64 after = known.lastUid; after + 1 < status->uidNext;) {
        const bool last = after + SearchSpan >= status->uidNext - 1;
        const qint64 upTo = last ? qint64(4294967295) : after + SearchSpan;
        const std::optional<QList<qint64>> uids = source.uidsAfter(after, upTo);
        if (!uids)
            return finish(true);
        total += int(uids->size());
        QMetaObject::invokeMethod(this, [this, run, total] { onTotal(run, total); }, Qt::QueuedConnection);
        if (!readImapMessages(run, source, *uids))
            return finish(source.failure() != ImapSource::Failure::None);
        if (last)
            break;
        after = upTo;
    }
    finish(false);
}

// False when the check must stop: the source failed (its failure() says how) or the check was cancelled.
bool MailIntake::readImapMessages(const std::shared_ptr<Run> &run, ImapSource &source, const QList<qint64> &uids)
{
    for (qsizetype start = 0; start < uids.size(); start += DetailsPerRequest) {
        const QList<qint64> chunk = uids.mid(start, DetailsPerRequest);
        const std::optional<QList<ImapSource::Message>> messages = source.messages(chunk.first(), chunk.last());
        if (!messages)
            return false;
        for (const ImapSource::Message &message : *messages) {
            if (!waitForRoom(run))
                return false;
            ParsedMail mail;
            if (message.size > MailLimits::MaxMessageBytes) {
                mail.outcome = ParsedMail::Outcome::TooLarge;
            } else if (const std::optional<QByteArray> bytes = source.fetch(message)) {
                mail = MailParser::parse(*bytes);
            } else if (source.failure() == ImapSource::Failure::TooLarge) {
                mail.outcome = ParsedMail::Outcome::TooLarge;
            } else {
                run->room.release();
                if (source.failure() == ImapSource::Failure::MessageMissing)
                    continue; // deleted meanwhile: nothing to look at
                return false;
            }
            post(run, QString::number(message.uid), mail, message.uid);
        }
    }
    return true;
}

bool MailIntake::waitForRoom(const std::shared_ptr<Run> &run)
{
    // Wait for room, but never past a cancel: the owner may be waiting for this thread to end.
    while (!run->room.tryAcquire(1, 100)) {
        if (run->cancelled)
            return false;
    }
    if (run->cancelled) {
        run->room.release();
        return false;
    }
    return true;
}

void MailIntake::post(const std::shared_ptr<Run> &run, const QString &key, const ParsedMail &mail, qint64 uid)
{
    QMetaObject::invokeMethod(this, [this, run, key, mail, uid] { onMessage(run, key, mail, uid); },
                              Qt::QueuedConnection);
}

void MailIntake::onTotal(const std::shared_ptr<Run> &run, int total)
{
    run->total = total;
    emit progressChanged(run->done, total);
}

void MailIntake::onNewNumbering(const std::shared_ptr<Run> &run, qint64 uidValidity)
{
    QString error;
    if (!m_log->startFolder(run->sourceId, uidValidity, &error))
        qWarning("mail intake: the folder's new numbering was not recorded: %ls", qUtf16Printable(error));
}

void MailIntake::onMessage(const std::shared_ptr<Run> &run, const QString &key, const ParsedMail &mail, qint64 uid)
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
    const MailIntakeLog::Entry entry{run->sourceId, key, result.outcome, result.reason, mail.subject, now};
    if (!(uid > 0 ? m_log->record(entry, uid, &error) : m_log->record(entry, &error)))
        qWarning("mail intake: the message's outcome was not recorded: %ls", qUtf16Printable(error));
    for (const ArchivedDocument &document : result.filed)
        emit documentFiled(document);
    emit progressChanged(++run->done, run->total);
}

void MailIntake::onReadFinished(const std::shared_ptr<Run> &run, const QString &problem)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, [this, run, problem] { onReadFinished(run, problem); }, Qt::QueuedConnection);
        return;
    }
    if (run != m_run)
        return;
    Summary summary = run->summary;
    if (summary.problem.isEmpty())
        summary.problem = problem;
    summary.cancelled = run->cancelled && summary.problem.isEmpty();
    summary.finishedAt = QDateTime::currentDateTimeUtc();
    m_run.reset();
    emit checkFinished(summary);
}
