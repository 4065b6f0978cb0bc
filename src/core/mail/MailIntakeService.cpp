#include "MailIntakeService.h"

#include "ImapSource.h"
#include "MailIntakeLog.h"
#include "MailPollSchedule.h"
#include "MaildirSource.h"
#include "archive/OrderJournal.h"
#include "credentials/CredentialStore.h"
#include "domain/AccountInfo.h"

#include <QMetaObject>

MailIntakeService::MailIntakeService(DocumentArchive *archive, OrderJournal *orders, const QString &logPath,
                                     QObject *parent)
    : QObject(parent)
    , m_archive(archive)
    , m_orders(orders)
    , m_log(std::make_unique<MailIntakeLog>(logPath))
    , m_intake(std::make_unique<MailIntake>(m_log.get()))
    , m_schedule(new MailPollSchedule(this))
    , m_settings(MailSettings::load())
{
    m_tests.setMaxThreadCount(1);
    connect(m_schedule, &MailPollSchedule::due, m_intake.get(), &MailIntake::check);
    connect(m_orders, &OrderJournal::recorded, m_schedule, [this] {
        if (m_schedule->isActive())
            m_schedule->hurry();
    });
    connect(m_intake.get(), &MailIntake::checkFinished, this,
            [this](const MailIntake::Summary &summary) { m_lastSummary = summary; });
}

MailIntakeService::~MailIntakeService()
{
    m_tests.waitForDone();
    // The check's worker ends before the record it writes to.
    m_intake.reset();
}

bool MailIntakeService::open(QString *error)
{
    m_open = m_log->open(error);
    return m_open;
}

void MailIntakeService::setOperator(const OperatorIdentity &identity)
{
    m_operator = identity;
}

void MailIntakeService::setDemoMaildir(const QString &directory)
{
    m_demoMaildir = directory;
    m_settings.source = MailSettings::Source::Maildir;
    m_settings.maildir = directory;
}

void MailIntakeService::apply(const MailSettings &settings, const QString &password, bool rememberPassword,
                              QObject *context, Done done)
{
    if (const QString problem = settings.problem(); !problem.isEmpty())
        return done(problem);
    const bool sameMailbox = settings.imap.sourceId() == m_settings.imap.sourceId();
    m_settings = settings;
    m_settings.save();
    if (!password.isEmpty() || !sameMailbox)
        m_password = password;
    const bool imap = settings.source == MailSettings::Source::Imap;
    if (!imap || !m_credentials || password.isEmpty()) {
        useSource();
        return done(QString());
    }
    const QString key = MailSettings::passwordKey(settings.imap);
    const auto finished = [this, done](const CredentialStore::Result &result) {
        useSource();
        // The password works for this session either way; only keeping it may have failed.
        const bool kept = result.isOk() || result.status == CredentialStore::Result::Status::NotFound;
        done(kept ? QString()
                  : tr("The settings are saved, but the password could not be kept in the system's keychain: it will "
                       "be asked for after a restart."));
    };
    if (rememberPassword)
        m_credentials->write(key, password.toUtf8(), context, finished);
    else
        m_credentials->remove(key, context, finished);
}

void MailIntakeService::testConnection(const MailSettings &settings, const QString &password, QObject *context,
                                       TestDone done)
{
    if (const QString problem = settings.problem(); !problem.isEmpty())
        return done(false, problem);
    if (settings.source == MailSettings::Source::Off)
        return done(false, tr("Choose where the operator's e-mails come from."));
    const QString usedPassword =
        password.isEmpty() && settings.imap.sourceId() == m_settings.imap.sourceId() ? m_password : password;
    QPointer<QObject> receiver(context);
    m_tests.start([this, settings, usedPassword, receiver, done] {
        bool ok = false;
        QString message;
        if (settings.source == MailSettings::Source::Maildir) {
            const MaildirSource folder(settings.maildir);
            ok = folder.isReadable(&message);
            if (ok)
                message = tr("The folder can be read: %n e-mail(s) in it.", "", int(folder.keys().size()));
        } else {
            ImapSource source(settings.imap, usedPassword);
            const std::optional<ImapSource::FolderStatus> status = source.status();
            ok = status.has_value();
            message = ok ? tr("Connected: %n e-mail(s) in the folder.", "", int(status->messages))
                         : source.userMessage();
        }
        QMetaObject::invokeMethod(this, [receiver, done, ok, message] {
            if (receiver)
                done(ok, message);
        }, Qt::QueuedConnection);
    });
}

void MailIntakeService::startFor(const QString &accountId, const AccountInfo &account)
{
    if (!m_open || m_operator.senders.isEmpty())
        return;
    const Organisation &organisation = account.organisation;
    QStringList ownAddresses;
    for (const QString &address : {organisation.invoiceEmail, organisation.contactEmail}) {
        if (!address.isEmpty())
            ownAddresses << address.toLower();
    }
    m_intake->cancel();
    m_intake->setFiler(std::make_shared<MailFiler>(
        m_archive, m_orders, MailFiler::Owner{accountId, organisation.name, organisation.contractNumber},
        OperatorMailRecognizer({m_operator.senders, m_operator.name, ownAddresses})));
    m_started = true;
    m_schedule->start();
    useSource();
}

void MailIntakeService::stop()
{
    m_started = false;
    m_schedule->stop();
    m_intake->cancel();
    m_intake->setFiler(nullptr);
}

void MailIntakeService::useSource()
{
    m_needsPassword = false;
    if (isDemo()) {
        m_intake->setMaildir(m_demoMaildir);
    } else if (m_settings.source == MailSettings::Source::Maildir && !m_settings.maildir.isEmpty()) {
        m_intake->setMaildir(m_settings.maildir);
    } else if (m_settings.source == MailSettings::Source::Imap && m_settings.problem().isEmpty()) {
        if (!m_password.isEmpty()) {
            useImapWithPassword(m_password);
        } else if (m_credentials) {
            m_intake->clearSource();
            const ImapSettings asked = m_settings.imap;
            m_credentials->read(MailSettings::passwordKey(asked), this,
                                [this, asked](const CredentialStore::Result &result) {
                                    if (asked.sourceId() != m_settings.imap.sourceId())
                                        return; // the settings changed meanwhile
                                    if (result.isOk() && !result.secret.isEmpty()) {
                                        m_password = QString::fromUtf8(result.secret);
                                        useImapWithPassword(m_password);
                                    } else {
                                        m_needsPassword = true;
                                        emit stateChanged();
                                    }
                                });
            return;
        } else {
            m_intake->clearSource();
            m_needsPassword = true;
        }
    } else {
        m_intake->clearSource();
    }
    emit stateChanged();
    if (m_started)
        m_intake->check();
}

void MailIntakeService::useImapWithPassword(const QString &password)
{
    m_intake->setImap(m_settings.imap, password);
    emit stateChanged();
    if (m_started)
        m_intake->check();
}
