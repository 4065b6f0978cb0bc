#pragma once

#include <QIcon>

// The app's icons, built from resources/icons/*.svg into PNGs of several sizes (src/app/CMakeLists.txt);
// each file is read only when that size is first drawn.
namespace AppIcons {

// name: the SVG's base name, such as "invoices".
QIcon named(const QString &name);

} // namespace AppIcons
