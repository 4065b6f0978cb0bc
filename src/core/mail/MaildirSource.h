#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// A local Maildir as a source of messages (and how demo mode reads what the demo operator "sends"): the
// messages in new/ and cur/, each known by its unique name, read without changing the folder — it is the
// user's mailbox, or another program's outbox, and flags are not ours to set.
class MaildirSource
{
    Q_DECLARE_TR_FUNCTIONS(MaildirSource)

public:
    explicit MaildirSource(const QString &directory);

    // False when the folder is not a Maildir (no cur/ and new/), with the reason for the user.
    bool isReadable(QString *problem) const;
    // The messages' keys, oldest first: the file name up to ":2," (a reader moving a message from new/ to
    // cur/ or setting its flags keeps its key).
    QStringList keys() const;
    // One message's bytes; nothing when it is gone or larger than MailLimits::MaxMessageBytes (*tooLarge).
    std::optional<QByteArray> read(const QString &key, bool *tooLarge = nullptr) const;

private:
    QString pathOf(const QString &key) const;

    QString m_directory;
};
