#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

class QLocalServer;

// One running app owns the archive: a lock file in the archive folder says who. The owner listens on a
// local socket named after the folder; a second start asks it to raise its window instead of opening the
// same archive twice.
class ArchiveLock : public QObject
{
    Q_OBJECT

public:
    enum class Claim {
        Owned,         // this process owns the archive now
        RaisedOwner,   // another process owns it and was asked to show its window
        OwnerSilent,   // another process owns it but did not answer
    };

    explicit ArchiveLock(const QString &directory, QObject *parent = nullptr);
    ~ArchiveLock() override;

    // Blocks for at most a second, and only before any window exists (at start).
    Claim claim();
    // For a run without a window (the month-end close from the command line): owns the archive or not,
    // never asks another process anything, and has no window to raise.
    bool claimWithoutWindow();
    bool isOwned() const { return m_owned; }
    QString serverName() const;

signals:
    void raiseRequested();

private:
    void listen();
    bool askOwnerToRaise() const;

    QString m_directory;
    QLockFile m_lock;
    QLocalServer *m_server = nullptr;
    bool m_owned = false;
};
