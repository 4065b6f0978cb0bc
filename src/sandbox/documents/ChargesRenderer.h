#pragma once

#include "ChargesContent.h"

#include <QByteArray>

namespace Sandbox {

// Prints the current period's charges per subscriber as a Russian-language PDF.
class ChargesRenderer
{
public:
    // Needs a QGuiApplication; returns an empty array without one.
    static QByteArray renderPdf(const ChargesContent &charges);
};

} // namespace Sandbox
