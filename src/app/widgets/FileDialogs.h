#pragma once

#include <QList>
#include <QString>

#include <functional>

class QFileDialog;
class QWidget;

// The app's file dialogs. Where the platform has no native one, Qt's own dialog writes sizes with Qt's
// units («2,64 KiB» even in Russian): these show them as every other size in the app (DataSizeText).
namespace FileDialogs {

// A dialog to open with open() or exec(); the caller sets the accept mode and connects fileSelected.
QFileDialog *create(QWidget *parent, const QString &caption, const QString &path, const QString &filter = {});

// A file type a save dialog offers: its filter ("Excel workbooks (*.xlsx)") and the suffix it adds.
struct FileType
{
    QString filter;
    QString suffix;
};

// Opens (non-modal) a dialog that saves to a new file of one of the types, the first chosen at first; the
// suffix follows the type the user picks. save(path) runs when a file is chosen; nothing when cancelled.
void openSaveAs(QWidget *parent, const QString &caption, const QString &suggested, const QList<FileType> &types,
                const std::function<void(const QString &)> &save);

// Modal: the chosen path, or an empty string when the user cancels.
QString askSavePath(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);
QString askNewFolder(QWidget *parent, const QString &caption, const QString &suggested);
QString askExistingFolder(QWidget *parent, const QString &caption, const QString &start);

} // namespace FileDialogs
