#pragma once

#include <QString>

// A SIP subscriber (number) of the account.
struct Subscriber
{
    enum class Status { Active, Blocked, Suspended };

    QString id;
    QString number; // the SIP number
    QString label;
    Status status = Status::Active;
};
