#pragma once

#include <QString>

// A call-centre phone number and whom it serves.
struct ContactNumber
{
    QString number;
    QString label;
};
