#pragma once

#include "ImapSettings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

// The accountant's IMAP folder as a source of messages, read with libcurl: the folder's numbering, the UIDs
// after the last one looked at, each message's size and \Seen flag, and a message's bytes, leaving an unread
// message unread. Synchronous and blocking: one instance per check, used by one worker thread; all the
// requests of a check share one connection, so the server may show a check the folder as it was when the
// check began (mail arriving meanwhile is the next check's). Everything the server answers is untrusted.
class ImapSource
{
    Q_DECLARE_TR_FUNCTIONS(ImapSource)

public:
    enum class Failure {
        None,
        InvalidSettings, // no host, login or folder, or one that cannot be written in a request
        Unencrypted,     // Security::None for a server that is not this computer: refused without connecting
        Unreachable,     // no such host, or nothing answers on the port
        TimedOut,        // no connection in time, or the transfer stalled
        ConnectionLost,  // the server broke the connection off
        Tls,             // the server's certificate is not trusted or not its name's, or TLS could not start
        LoginDenied,     // wrong login or password, or an app password that has expired
        FolderMissing,
        MessageMissing,  // no message by that UID (any more)
        TooLarge,        // over MailLimits::MaxMessageBytes: refused unread
        Cancelled,
        Protocol,        // an answer that cannot be understood, or a command the server refused
    };

    struct FolderStatus
    {
        qint64 uidValidity = 0;
        qint64 uidNext = 0;
        qint64 messages = 0;
        qint64 unseen = 0;
    };

    struct Message
    {
        qint64 uid = 0;
        qint64 size = 0;   // RFC822.SIZE, as the server reports it
        bool seen = false; // \Seen before this check looked
    };

    // `cancelled`, when given, is polled during every transfer; setting it aborts the request at hand.
    ImapSource(const ImapSettings &settings, const QString &password,
               const std::atomic_bool *cancelled = nullptr);
    ~ImapSource();
    ImapSource(const ImapSource &) = delete;
    ImapSource &operator=(const ImapSource &) = delete;

    std::optional<FolderStatus> status();
    // The folder's UIDs above lastUid (and not above upTo), ascending.
    std::optional<QList<qint64>> uidsAfter(qint64 lastUid, qint64 upTo = 4294967295);
    // Size and \Seen of the messages with UIDs firstUid to lastUid, ascending; a UID without a message is
    // left out.
    std::optional<QList<Message>> messages(qint64 firstUid, qint64 lastUid);
    // The whole message, given as messages() reported it. One over the size limit is refused unread, by its
    // reported size and again by what arrives; one that was unread is marked unread again (the server marks
    // it \Seen when it is read).
    std::optional<QByteArray> fetch(const Message &message);

    // Why the last call failed; None after a call that succeeded.
    Failure failure() const { return m_failure; }
    // Technical detail for a log (libcurl's words, the server's refusal); never contains the password.
    QString failureDetail() const { return m_detail; }
    // The last failure as a sentence for the user, with what to do about it.
    QString userMessage() const;

private:
    struct Transfer;
    struct Connection;
    enum class Outcome {
        Done,
        Refused, // the server answered the command with NO or BAD
        Failed,
    };

    void configure(const QString &password);
    bool ensureUsable();
    Outcome perform(const QByteArray &url, const QByteArray &command, Transfer *transfer);
    Outcome performInFolder(const QByteArray &urlSuffix, const QByteArray &command, Transfer *transfer);
    bool markUnread(qint64 uid);
    void classifyFolderRefusal();
    bool fail(Failure failure, const QString &detail = {});

    ImapSettings m_settings;
    std::unique_ptr<Connection> m_connection;
    QByteArray m_rootUrl;   // "imaps://host:port/"
    QByteArray m_folderUrl; // the root with the folder, percent-encoded
    QByteArray m_folderArgument; // the folder as an IMAP string, for commands that name it
    Failure m_unusable = Failure::None; // what the settings alone refuse, before anything is sent
    Failure m_failure = Failure::None;
    QString m_detail;
};
