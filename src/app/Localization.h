#pragma once

#include <QString>

class QCoreApplication;

// Puts the interface in the user's language: our translation and Qt's own, so standard dialogs match.
class Localization
{
public:
    // language: "ru", "en" or empty for the system's. Returns the language installed.
    static QString install(QCoreApplication &application, const QString &language);
};
