#pragma once

#include "InvoiceContent.h"

#include <QByteArray>

namespace Sandbox {

// Prints a regular monthly invoice as a Russian-language PDF.
class InvoicePdfRenderer
{
public:
    // Needs a QGuiApplication; returns an empty array without one.
    static QByteArray render(const InvoiceContent &invoice);
};

} // namespace Sandbox
