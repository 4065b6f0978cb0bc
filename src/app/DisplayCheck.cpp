#include "DisplayCheck.h"

#include <QtGlobal>

bool DisplayCheck::hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
           || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

QString DisplayCheck::howToRunWithoutDisplay()
{
    // Printed before translations can be loaded, so it speaks both languages.
    return QStringLiteral(
        "SIP Cabinet needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
        "To run it on a machine without a screen, use a virtual display (Xvfb):\n"
        "    xvfb-run -a scripts/run-demo\n"
        "\n"
        "Для работы SIP Cabinet нужен графический дисплей, а он не найден (DISPLAY и WAYLAND_DISPLAY не заданы).\n"
        "Чтобы запустить программу на машине без экрана, используйте виртуальный дисплей (Xvfb):\n"
        "    xvfb-run -a scripts/run-demo\n");
}
