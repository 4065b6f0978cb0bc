#pragma once

#include "ContactNumber.h"

#include <QList>
#include <QString>

// The operator's mobile call centre: its numbers and opening hours.
struct Contacts
{
    QList<ContactNumber> numbers;
    QString hours; // free text, e.g. "24/7"
};
