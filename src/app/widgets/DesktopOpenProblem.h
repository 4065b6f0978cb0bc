#pragma once

#include <QCoreApplication>
#include <QString>

// What the user reads when the desktop has no program for a document or no file manager for its folder
// (QDesktopServices answered false): the pages offer «Сохранить как…» instead of doing nothing.
class DesktopOpenProblem
{
    Q_DECLARE_TR_FUNCTIONS(DesktopOpenProblem)

public:
    static QString noViewer() { return tr("No program to open PDF files was found on this computer. Use «Save as…»."); }
    static QString noFileManager()
    {
        return tr("No file manager was found on this computer to show the folder. Use «Save as…» to put a copy "
                  "where you want it.");
    }
};
