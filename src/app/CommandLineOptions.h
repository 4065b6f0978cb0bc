#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

// What the user asked for on the command line.
struct CommandLineOptions
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineOptions)

public:
    QString language; // empty: follow the system
    QUrl apiUrl;
    bool demo = false;
    QString errorText;

    // Reads the arguments; prints help or the version and exits the process itself when asked to.
    static CommandLineOptions parse(const QStringList &arguments);
    // Looks only for --lang, before any application object exists.
    static QString languageFrom(const QStringList &arguments);
    static bool asksForTextOnly(const QStringList &arguments);
};
