#pragma once

#include <QCoreApplication>
#include <QString>

// The app's rule for an e-mail address typed by the user, checked before anything is sent, with the
// reason in words. An internationalised domain (buh@ромашка.рф) is a valid address: it travels to the operator
// in its ASCII form (IDNA, buh@xn--80aaaf1b2aa.xn--p1ai), which the operator accepts, and is shown as typed.
class EmailAddress
{
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)

public:
    enum class Problem {
        None,
        Empty,
        Spaces,
        NoAtSign,
        SeveralAtSigns,
        EmptyLocalPart,
        BadLocalPart,
        EmptyDomain,
        BadDomain,
        NoTopLevelDomain,
        TooLong,
    };

    static constexpr int MaxLength = 254;
    static constexpr int MaxLocalPartLength = 64;

    // Surrounding spaces are not a problem: callers send the trimmed text.
    static Problem check(const QString &address);
    static bool isValid(const QString &address) { return check(address) == Problem::None; }
    // What is wrong, for the user, in the interface language; empty for None.
    static QString describe(Problem problem);
    // As the operator gets it: the domain in its ASCII (IDNA) form.
    static QString toWire(const QString &address);
    // As the user reads it: the domain in its own letters.
    static QString forDisplay(const QString &address);

private:
    static Problem checkLocalPart(const QString &local);
    static Problem checkDomain(const QString &domain);
};
