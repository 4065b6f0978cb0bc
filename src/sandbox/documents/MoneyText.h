#pragma once

#include <QString>
#include <QtGlobal>

namespace Sandbox {

// Turns kopecks into the two textual forms documents need.
class MoneyText
{
public:
    // "1 234,50 ₽" as printed in Russian documents; the spaces do not break.
    static QString russian(qint64 kopecks, const QString &currency);
    // "1234.50", the machine form shared with the API and the CSV files.
    static QString decimal(qint64 kopecks);
};

} // namespace Sandbox
