#include "ImapSource.h"

#include "ImapAnswer.h"
#include "ImapNames.h"
#include "MailLimits.h"
#include "format/DataSizeText.h"

#include <QFile>

#include <curl/curl.h>

#include <algorithm>

namespace {

// The untagged lines of one command: far more than a real folder answers.
constexpr qsizetype MaxAnswerBytes = 16 * 1024 * 1024;
constexpr long ConnectTimeoutSeconds = 15;
constexpr long StallSeconds = 30; // below one byte a second for this long, the transfer is given up

bool curlReady()
{
    // Once per process, whichever thread comes first: a function-local static is initialised thread-safely.
    static const bool ready = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    return ready;
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; });
}

ImapSource::Failure failureOf(CURLcode code)
{
    using Failure = ImapSource::Failure;
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
        return Failure::Unreachable;
    case CURLE_OPERATION_TIMEDOUT:
        return Failure::TimedOut;
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
        return Failure::ConnectionLost;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_USE_SSL_FAILED:
        return Failure::Tls;
    case CURLE_LOGIN_DENIED:
        return Failure::LoginDenied;
    case CURLE_REMOTE_FILE_NOT_FOUND:
        return Failure::MessageMissing;
    case CURLE_ABORTED_BY_CALLBACK:
        return Failure::Cancelled;
    default:
        return Failure::Protocol;
    }
}

} // namespace

// What one request collects, and how much of it is allowed.
struct ImapSource::Transfer
{
    QByteArray data;
    qsizetype limit = MaxAnswerBytes;
    bool overLimit = false;
};

// The easy handle keeps the connection open between the requests of a check.
struct ImapSource::Connection
{
    CURL *curl = nullptr;
    char error[CURL_ERROR_SIZE] = {};
    Transfer *transfer = nullptr;
    const std::atomic_bool *cancelled = nullptr;

    ~Connection()
    {
        if (curl)
            curl_easy_cleanup(curl);
    }
};

ImapSource::ImapSource(const ImapSettings &settings, const QString &password,
                       const std::atomic_bool *cancelled)
    : m_settings(settings)
{
    const QByteArray host = ImapNames::urlHost(settings.host);
    if (!settings.isComplete() || host.isEmpty() || hasControlCharacters(settings.login)
        || hasControlCharacters(settings.folder) || hasControlCharacters(password)) {
        m_unusable = Failure::InvalidSettings;
        return;
    }
    if (settings.security == ImapSettings::Security::None && !ImapNames::isLoopback(settings.host)) {
        m_unusable = Failure::Unencrypted;
        return;
    }
    m_connection = std::make_unique<Connection>();
    m_connection->cancelled = cancelled;
    if (!curlReady() || !(m_connection->curl = curl_easy_init())) {
        m_unusable = Failure::Protocol;
        return;
    }
    const QByteArray folder = ImapNames::modifiedUtf7(settings.folder);
    const QByteArray scheme = settings.security == ImapSettings::Security::Tls ? "imaps" : "imap";
    m_rootUrl = scheme + "://" + host + ':' + QByteArray::number(settings.port) + '/';
    m_folderUrl = m_rootUrl + ImapNames::urlPath(folder);
    m_folderArgument = ImapNames::quoted(folder);
    configure(password);
}

ImapSource::~ImapSource() = default;

void ImapSource::configure(const QString &password)
{
    CURL *curl = m_connection->curl;
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "imap,imaps");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // on a worker thread, signals are not ours
    // Credentials as options, never in the URL: nothing to escape, and nothing a logged URL could reveal.
    curl_easy_setopt(curl, CURLOPT_USERNAME, m_settings.login.toUtf8().constData());
    QByteArray secret = password.toUtf8();
    curl_easy_setopt(curl, CURLOPT_PASSWORD, secret.constData()); // libcurl keeps its own copy
    secret.fill('\0');
    const bool plain = m_settings.security == ImapSettings::Security::None;
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(plain ? CURLUSESSL_NONE : CURLUSESSL_ALL));
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_settings.caCertificatesFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, QFile::encodeName(m_settings.caCertificatesFile).constData());
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, ConnectTimeoutSeconds);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, 1L);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, StallSeconds);
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, m_connection->error);

    curl_write_callback collect = [](char *bytes, size_t size, size_t count, void *target) -> size_t {
        auto *transfer = static_cast<Transfer *>(target);
        const size_t length = size * count;
        if (transfer->data.size() + qsizetype(length) > transfer->limit) {
            transfer->overLimit = true;
            return 0; // anything but `length` aborts the transfer
        }
        transfer->data.append(bytes, qsizetype(length));
        return length;
    };
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, collect);
    // Called during every transfer, at least once a second even while nothing arrives: where a cancel is
    // seen, and where a message that announces itself as too large is stopped before its bytes come.
    curl_xferinfo_callback watch = [](void *target, curl_off_t expected, curl_off_t, curl_off_t,
                                      curl_off_t) -> int {
        const auto *connection = static_cast<const Connection *>(target);
        if (connection->cancelled && connection->cancelled->load())
            return 1;
        if (connection->transfer && expected > connection->transfer->limit) {
            connection->transfer->overLimit = true;
            return 1;
        }
        return 0;
    };
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, watch);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, m_connection.get());
}

std::optional<ImapSource::FolderStatus> ImapSource::status()
{
    if (!ensureUsable())
        return std::nullopt;
    Transfer transfer;
    // Asked without selecting the folder: a missing folder is the command's refusal, not a failed SELECT.
    const QByteArray command = "STATUS " + m_folderArgument + " (UIDVALIDITY UIDNEXT MESSAGES UNSEEN)";
    const Outcome outcome = perform(m_rootUrl, command, &transfer);
    if (outcome == Outcome::Refused)
        fail(Failure::FolderMissing, m_detail);
    if (outcome != Outcome::Done)
        return std::nullopt;
    const std::optional<FolderStatus> status = ImapAnswer::status(transfer.data);
    if (!status)
        fail(Failure::Protocol, QStringLiteral("unreadable STATUS answer"));
    return status;
}

std::optional<QList<qint64>> ImapSource::uidsAfter(qint64 lastUid, qint64 upTo)
{
    if (!ensureUsable())
        return std::nullopt;
    lastUid = std::max<qint64>(lastUid, 0);
    if (lastUid >= ImapAnswer::MaxUid || upTo <= lastUid)
        return QList<qint64>();
    Transfer transfer;
    // "n:*" always includes the highest UID, even one below n (RFC 3501 §6.4.8): ImapAnswer drops it.
    const QByteArray end = upTo >= ImapAnswer::MaxUid ? QByteArray("*") : QByteArray::number(upTo);
    const QByteArray command = "UID SEARCH UID " + QByteArray::number(lastUid + 1) + ':' + end;
    if (performInFolder({}, command, &transfer) != Outcome::Done)
        return std::nullopt;
    std::optional<QList<qint64>> uids = ImapAnswer::uidsAbove(transfer.data, lastUid);
    if (!uids)
        fail(Failure::Protocol, QStringLiteral("unreadable SEARCH answer"));
    else
        uids->removeIf([upTo](qint64 uid) { return uid > upTo; });
    return uids;
}

std::optional<QList<ImapSource::Message>> ImapSource::messages(qint64 firstUid, qint64 lastUid)
{
    if (!ensureUsable())
        return std::nullopt;
    firstUid = std::max<qint64>(firstUid, 1);
    lastUid = std::min(lastUid, ImapAnswer::MaxUid);
    if (firstUid > lastUid)
        return QList<Message>();
    Transfer transfer;
    const QByteArray range = QByteArray::number(firstUid) + ':' + QByteArray::number(lastUid);
    if (performInFolder({}, "UID FETCH " + range + " (UID FLAGS RFC822.SIZE)", &transfer) != Outcome::Done)
        return std::nullopt;
    const std::optional<QList<Message>> messages = ImapAnswer::messages(transfer.data, firstUid, lastUid);
    if (!messages)
        fail(Failure::Protocol, QStringLiteral("unreadable FETCH answer"));
    return messages;
}

std::optional<QByteArray> ImapSource::fetch(const Message &message)
{
    if (!ensureUsable())
        return std::nullopt;
    if (message.uid < 1 || message.uid > ImapAnswer::MaxUid) {
        fail(Failure::MessageMissing);
        return std::nullopt;
    }
    if (message.size > MailLimits::MaxMessageBytes) {
        fail(Failure::TooLarge, QStringLiteral("RFC822.SIZE %1").arg(message.size));
        return std::nullopt;
    }
    Transfer transfer;
    transfer.limit = MailLimits::MaxMessageBytes;
    transfer.data.reserve(message.size);
    // libcurl's custom FETCH keeps only a literal's first line: the whole message comes by the URL's UID.
    const Outcome outcome = performInFolder("/;UID=" + QByteArray::number(message.uid), {}, &transfer);
    // Reading sets \Seen on the server. An invoice the accountant has not opened must stay unread, so the
    // flag is taken off again, also after a message that grew past the limit; not after a cancel, after which
    // nothing more is sent.
    if (!message.seen && (outcome == Outcome::Done || m_failure == Failure::TooLarge)) {
        const Failure failure = m_failure;
        const QString detail = m_detail;
        if (!markUnread(message.uid))
            return std::nullopt;
        if (outcome != Outcome::Done)
            fail(failure, detail);
    }
    if (outcome != Outcome::Done)
        return std::nullopt;
    return transfer.data;
}

bool ImapSource::markUnread(qint64 uid)
{
    Transfer transfer;
    return performInFolder({}, "UID STORE " + QByteArray::number(uid) + " -FLAGS.SILENT (\\Seen)", &transfer)
           == Outcome::Done;
}

bool ImapSource::ensureUsable()
{
    if (m_unusable == Failure::Protocol)
        return fail(m_unusable, QStringLiteral("libcurl could not start"));
    if (m_unusable != Failure::None)
        return fail(m_unusable);
    return true;
}

ImapSource::Outcome ImapSource::perform(const QByteArray &url, const QByteArray &command, Transfer *transfer)
{
    CURL *curl = m_connection->curl;
    m_connection->transfer = transfer;
    m_connection->error[0] = '\0';
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    const char *customRequest = command.isEmpty() ? nullptr : command.constData(); // none: the URL says it
    curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, customRequest);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, transfer);
    const CURLcode code = curl_easy_perform(curl);
    m_connection->transfer = nullptr;
    if (code == CURLE_OK) {
        m_failure = Failure::None;
        m_detail.clear();
        return Outcome::Done;
    }
    const QString detail =
        QString::fromUtf8(m_connection->error[0] ? m_connection->error : curl_easy_strerror(code));
    if (transfer->overLimit)
        fail(Failure::TooLarge, detail);
    else
        fail(failureOf(code), detail);
    // CURLE_QUOTE_ERROR: the server answered the custom command with NO or BAD.
    return code == CURLE_QUOTE_ERROR ? Outcome::Refused : Outcome::Failed;
}

ImapSource::Outcome ImapSource::performInFolder(const QByteArray &urlSuffix, const QByteArray &command,
                                                Transfer *transfer)
{
    const Outcome outcome = perform(m_folderUrl + urlSuffix, command, transfer);
    if (outcome == Outcome::Failed && m_failure == Failure::LoginDenied)
        classifyFolderRefusal();
    return outcome;
}

// libcurl 7.88 reports a refused SELECT as CURLE_LOGIN_DENIED ("Select failed"). Asking for the folder's
// status without selecting it tells a missing folder from a refused login.
void ImapSource::classifyFolderRefusal()
{
    const QString detail = m_detail;
    Transfer transfer;
    switch (perform(m_rootUrl, "STATUS " + m_folderArgument + " (MESSAGES)", &transfer)) {
    case Outcome::Done:
        fail(Failure::Protocol, detail); // logged in, the folder is there, and still it could not be selected
        break;
    case Outcome::Refused:
        fail(Failure::FolderMissing, detail);
        break;
    case Outcome::Failed:
        break; // what the question met (a refused login, a lost connection) is the answer
    }
}

bool ImapSource::fail(Failure failure, const QString &detail)
{
    m_failure = failure;
    m_detail = detail;
    return false;
}

QString ImapSource::userMessage() const
{
    const QString server = m_settings.host;
    switch (m_failure) {
    case Failure::None:
        return {};
    case Failure::InvalidSettings:
        return tr("The mailbox settings cannot be used: the server, port, login and folder must all be "
                  "filled in, and none of them, nor the password, may contain line breaks or other control "
                  "characters.");
    case Failure::Unencrypted:
        return tr("The mail server %1 is not on this computer, so the connection to it must be encrypted: "
                  "choose TLS or STARTTLS in the mailbox settings. Nothing was sent to the server.")
            .arg(server);
    case Failure::Unreachable:
        return tr("Cannot connect to the mail server %1 on port %2. Check the server name and port in the "
                  "mailbox settings and the Internet connection, then try again.")
            .arg(server)
            .arg(m_settings.port);
    case Failure::TimedOut:
        return tr("The mail server %1 did not answer in time. Try again later; if it keeps happening, check "
                  "the server name and port in the mailbox settings.")
            .arg(server);
    case Failure::ConnectionLost:
        return tr("The connection to the mail server %1 broke off. Try again later.").arg(server);
    case Failure::Tls:
        return tr("The mail server %1 could not prove its identity, so the program did not log in (%2). "
                  "Check the server name and the encryption setting; if your company uses its own "
                  "certificate authority, give its certificate in the mailbox settings.")
            .arg(server, m_detail);
    case Failure::LoginDenied:
        return tr("The mail server refused the login and password. Check the password; if the mailbox uses "
                  "an app password, it may have expired: create a new one in the mail service's settings.");
    case Failure::FolderMissing:
        return tr("The mailbox has no folder «%1». Check the folder name in the mailbox settings.")
            .arg(m_settings.folder);
    case Failure::MessageMissing:
        return tr("The message is no longer in the folder «%1»: it was probably moved or deleted meanwhile.")
            .arg(m_settings.folder);
    case Failure::TooLarge:
        return tr("The message is larger than %1, so it was not read. Documents from the operator are much "
                  "smaller; look at this message in your mail program.")
            .arg(DataSizeText::of(MailLimits::MaxMessageBytes));
    case Failure::Cancelled:
        return tr("The mail check was cancelled.");
    case Failure::Protocol:
        break;
    }
    return tr("The mail server %1 answered in a way the program cannot understand (%2). Try again later; if "
              "it keeps happening, tell whoever runs the mailbox.")
        .arg(server, m_detail);
}
