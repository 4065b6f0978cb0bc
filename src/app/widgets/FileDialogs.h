#pragma once

#include <QString>

class QFileDialog;
class QWidget;

// The app's file dialogs. Where the platform has no native one, Qt's own dialog writes sizes with Qt's
// units («2,64 KiB» even in Russian): these show them as every other size in the app (DataSizeText).
namespace FileDialogs {

// A dialog to open with open() or exec(); the caller sets the accept mode and connects fileSelected.
QFileDialog *create(QWidget *parent, const QString &caption, const QString &path, const QString &filter = {});

// Modal: the chosen path, or an empty string when the user cancels.
QString askSavePath(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);
QString askNewFolder(QWidget *parent, const QString &caption, const QString &suggested);
QString askExistingFolder(QWidget *parent, const QString &caption, const QString &start);

} // namespace FileDialogs
