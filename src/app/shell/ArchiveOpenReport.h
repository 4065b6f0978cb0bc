#pragma once

#include <QCoreApplication>

class DocumentArchive;
class QMainWindow;

// What opening the archive found, told to the user without blocking the start: a rebuilt database in a
// message box, damaged documents in the status bar, an archive that did not open at all likewise.
class ArchiveOpenReport
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveOpenReport)

public:
    static void open(DocumentArchive *archive, QMainWindow *window);
};
