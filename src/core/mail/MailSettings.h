#pragma once

#include "ImapSettings.h"

#include <QCoreApplication>
#include <QString>

// Which mailbox mail intake reads, as the «Почта» page sets it and the app keeps it between runs (in the
// app's settings, never the password: that is the keychain's, under passwordKey()).
struct MailSettings
{
    Q_DECLARE_TR_FUNCTIONS(MailSettings)

public:
    enum class Source { Off, Imap, Maildir };

    Source source = Source::Off;
    ImapSettings imap;
    QString maildir;


    static MailSettings load();
    void save() const;
    // The keychain entry of the mailbox's password.
    static QString passwordKey(const ImapSettings &imap);
    // Why these settings cannot be used, for the user; empty when they can. Plain IMAP is refused for any
    // address but this computer's own.
    QString problem() const;
};
