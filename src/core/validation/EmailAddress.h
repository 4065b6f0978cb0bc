#pragma once

#include <QCoreApplication>
#include <QString>

// The app's rule for an e-mail address typed by the user, checked before anything is sent, with the
// reason in words. Deliberately a little more tolerant than the operator (an internationalised domain
// passes here): the operator's own invalid_email answer has the last word.
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

private:
    static Problem checkLocalPart(const QString &local);
    static Problem checkDomain(const QString &domain);
};
