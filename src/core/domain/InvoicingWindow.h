#pragma once

#include <QDateTime>

// Whether the operator accepts orders now; closed from the 1st to the 3rd of each month.
struct InvoicingWindow
{
    bool open = false;
    QDateTime reopensAt; // when ordering opens again; invalid while open
};
