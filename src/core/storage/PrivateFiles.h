#pragma once

#include <QFileDevice>
#include <QString>
#include <QStringList>

// The app's own files (archive, settings, the demo operator's data) are confidential business data:
// on Unix its folders are 0700 and its files 0600. Files the user exports to a place of their own
// choosing keep the permissions that system gives a user's new files. Elsewhere the user's profile
// folders are already private, and these do nothing.
namespace PrivateFiles {

// First thing at start: every file and folder the process creates from now on is private to the user.
void restrictNewFiles();
// The folders the app keeps its own data in (data, settings, cache).
QStringList appFolders();
// Makes an existing folder and everything in it private (older versions created them 0755/0644).
// A folder that is private already is taken as done, so a normal start costs one stat.
void makeTreePrivate(const QString &root);
// For an export: the permissions a file (or folder) the user creates would have had.
void giveUsualPermissions(const QString &path);
// What restrictNewFiles() leaves a new file or folder with, for tests.
QFileDevice::Permissions privateFilePermissions();
QFileDevice::Permissions privateFolderPermissions();

} // namespace PrivateFiles
