#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The operator the app is set up for, from a file installed with the package (packaging/operator.json):
// its name, its API address, its support phone and the addresses it e-mails documents from. With it the login form asks only for the login and
// the password; the address stays under «Дополнительно» for the rare customer who needs another.
class OperatorPreset
{
    Q_DECLARE_TR_FUNCTIONS(OperatorPreset)

public:
    QString name;
    QUrl apiUrl;
    QString supportPhone;
    QStringList mailSenders; // the addresses its documents are e-mailed from (mail intake)
    QString mailName;        // how its e-mails sign, to spot a look-alike

    static constexpr qsizetype MaxFileBytes = 64 * 1024;

    // The preset in `json`, or nothing with the reason in *problem: a name and an address the app may
    // send a password to are required (OperatorUrlPolicy); the phone is optional.
    static std::optional<OperatorPreset> fromJson(const QByteArray &json, QString *problem = nullptr);
    // The installed preset: the first sipcabinet/operator.json in the system's data folders.
    static std::optional<OperatorPreset> installed(QString *problem = nullptr);
};
