#pragma once

#include <QByteArray>

namespace Sandbox {

// Compares secrets (MACs, password hashes) looking at every byte whatever the first difference, so the
// time of a refusal does not tell how much of a guess was right.
inline bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace Sandbox
