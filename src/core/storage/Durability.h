#pragma once

#include <QtGlobal>

class QFile;
class QString;

// What it takes for a written file to survive a crash or a power cut: its bytes on disk before it is
// renamed into place, and the folder's entry on disk after. docs/archive.md explains the order.
namespace Durability {

// Flushes Qt's buffer and the kernel's cache of the file to the disk; false on a write error.
bool flushToDisk(QFile &file);
// Makes a rename (or a new file) in the folder durable.
void syncFolder(const QString &path);
// Asks the kernel to start writing these bytes out now, without waiting: a long download written this way
// as it arrives leaves little for the final flushToDisk() to wait for. A hint only; a no-op elsewhere.
void startWriteback(QFile &file, qint64 offset, qint64 length);

} // namespace Durability
