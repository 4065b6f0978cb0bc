#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// Decides whether an operator API address may be used: TLS everywhere except the local machine.
class OperatorUrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(OperatorUrlPolicy)

public:
    static bool isLoopback(const QUrl &url);
    // An empty string when the address is acceptable, otherwise what is wrong with it, for the user.
    static QString problemWith(const QUrl &url);
};
