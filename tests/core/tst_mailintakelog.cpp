// Mail intake's record on a real SQLite file: every message looked at is remembered with its outcome
// across a restart, the not-recognised ones are listed for the user, and a new UIDVALIDITY forgets the
// folder's old numbering but nothing else.
#include "mail/MailIntakeLog.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString Inbox = u"imap://accounts@mail.romashka.example/INBOX"_s;
const QString Demo = u"maildir:/demo-operator/outbox"_s;

MailIntakeLog::Entry entry(const QString &source, const QString &key, MailIntakeLog::Outcome outcome,
                           const QString &reason = {}, int minute = 0)
{
    return {source, key, outcome, reason, u"Счет № 1 за октябрь 2026 г."_s,
            QDateTime(QDate(2026, 11, 30), QTime(10, minute), Qt::UTC)};
}
} // namespace

class TestMailIntakeLog : public QObject
{
    Q_OBJECT

private slots:
    void remembersEveryMessageAcrossARestart();
    void listsTheNotRecognised();
    void aNewUidValidityForgetsTheOldNumbering();
    void refusesAFileFromANewerVersion();
};

void TestMailIntakeLog::remembersEveryMessageAcrossARestart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mail-intake.sqlite"_s);
    QString error;
    {
        MailIntakeLog log(path);
        QVERIFY2(log.open(&error), qPrintable(error));
        QVERIFY(!log.hasSeen(Demo, u"1700000000.1.host"_s));
        QVERIFY(log.record(entry(Demo, u"1700000000.1.host"_s, MailIntakeLog::Outcome::Filed), &error));
        // A message with no document is remembered too: it is not fetched again at the next look.
        QVERIFY(log.record(entry(Demo, u"1700000000.2.host"_s, MailIntakeLog::Outcome::NotOperator), &error));
    }
    MailIntakeLog reopened(path);
    QVERIFY2(reopened.open(&error), qPrintable(error));
    QVERIFY(reopened.hasSeen(Demo, u"1700000000.1.host"_s));
    QVERIFY(reopened.hasSeen(Demo, u"1700000000.2.host"_s));
    QVERIFY(!reopened.hasSeen(Inbox, u"1700000000.1.host"_s)); // per source
}

void TestMailIntakeLog::listsTheNotRecognised()
{
    QTemporaryDir dir;
    MailIntakeLog log(dir.filePath(u"mail-intake.sqlite"_s));
    QString error;
    QVERIFY(log.open(&error));
    QVERIFY(log.record(entry(Inbox, u"7"_s, MailIntakeLog::Outcome::NotRecognised, u"с другого адреса"_s, 1), &error));
    QVERIFY(log.record(entry(Inbox, u"8"_s, MailIntakeLog::Outcome::Filed, {}, 2), &error));
    QVERIFY(log.record(entry(Inbox, u"9"_s, MailIntakeLog::Outcome::Unreadable, u"слишком большое"_s, 3), &error));
    QVERIFY(log.record(entry(Inbox, u"10"_s, MailIntakeLog::Outcome::NotOperator, {}, 4), &error));
    const QList<MailIntakeLog::Entry> listed = log.notRecognised();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).key, u"9"_s); // newest first
    QCOMPARE(listed.at(0).outcome, MailIntakeLog::Outcome::Unreadable);
    QCOMPARE(listed.at(1).reason, u"с другого адреса"_s);
    QCOMPARE(listed.at(1).lookedAt, QDateTime(QDate(2026, 11, 30), QTime(10, 1), Qt::UTC));
}

void TestMailIntakeLog::aNewUidValidityForgetsTheOldNumbering()
{
    QTemporaryDir dir;
    MailIntakeLog log(dir.filePath(u"mail-intake.sqlite"_s));
    QString error;
    QVERIFY(log.open(&error));
    QVERIFY(log.startFolder(Inbox, 1700, &error));
    QVERIFY(log.record(entry(Inbox, u"41"_s, MailIntakeLog::Outcome::Filed), &error));
    QVERIFY(log.record(entry(Demo, u"41"_s, MailIntakeLog::Outcome::Filed), &error));
    QVERIFY(log.setLastUid(Inbox, 41, &error));
    QVERIFY(log.startFolder(Inbox, 1700, &error)); // the same folder again: nothing changes
    QCOMPARE(log.folderState(Inbox).lastUid, 41);
    QVERIFY(log.hasSeen(Inbox, u"41"_s));

    QVERIFY(log.startFolder(Inbox, 1800, &error)); // renumbered by the server
    QCOMPARE(log.folderState(Inbox).uidValidity, 1800);
    QCOMPARE(log.folderState(Inbox).lastUid, 0);
    QVERIFY(!log.hasSeen(Inbox, u"41"_s));
    QVERIFY(log.hasSeen(Demo, u"41"_s)); // other sources keep theirs
}

void TestMailIntakeLog::refusesAFileFromANewerVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mail-intake.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    MailIntakeLog log(path);
    QString error;
    QVERIFY(!log.open(&error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestMailIntakeLog)
#include "tst_mailintakelog.moc"
