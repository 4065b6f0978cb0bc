#include "ArchiveOpenReport.h"

#include "archive/DocumentArchive.h"

#include <QDir>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

void ArchiveOpenReport::open(DocumentArchive *archive, QMainWindow *window)
{
    QString error;
    if (!archive->open(&error)) {
        window->statusBar()->showMessage(tr("The document archive could not be opened: %1").arg(error));
        return;
    }
    const DocumentArchive::OpenReport &report = archive->openReport();
    if (report.wasRebuilt()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Document archive"),
                                    tr("The document archive's database was damaged and has been rebuilt: %1 "
                                       "document(s) recovered from it and %2 from their files. The damaged file was "
                                       "kept as %3.")
                                        .arg(report.recoveredRows)
                                        .arg(report.recoveredFiles)
                                        .arg(QDir::toNativeSeparators(report.corruptCopy)),
                                    QMessageBox::Ok, window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (!report.damaged.isEmpty())
        window->statusBar()->showMessage(
            tr("%n document(s) of the archive are missing or altered; they are marked when opened.", nullptr,
               int(report.damaged.size())));
}
