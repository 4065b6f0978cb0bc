#pragma once

#include <QString>

// Tells, before any window is made, whether a graphical display can be reached, and how to get one if not.
class DisplayCheck
{
public:
    static bool hasDisplay();
    static QString howToRunWithoutDisplay();
};
