#pragma once

#include <QString>

// How people sort numbers written in text: "Офис 2" before "Офис 12", 12 before 114. Runs of digits compare
// by their value, the rest as the user's language sorts words. (QCollator's numeric mode needs ICU, which
// not every Qt build has.)
namespace NaturalOrder {
bool less(const QString &a, const QString &b);
}
