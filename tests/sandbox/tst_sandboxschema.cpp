// The sandbox database carries a schema version: a new file is current, the first sandbox's unversioned
// file is upgraded in place with its rows, a failed upgrade leaves the file as it was, a newer file is refused.
#include "storage/SandboxDatabase.h"
#include "storage/SandboxSchema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Sandbox::SandboxDatabase;
namespace SandboxSchema = Sandbox::SandboxSchema;

namespace {

// Runs statements on a file with a connection of the test's own, closed before the sandbox opens it.
bool onFile(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"arrange"_s);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            ok = ok && query.exec(statement);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"arrange"_s);
    return ok;
}

QStringList firstSandboxFile()
{
    QFile file(QStringLiteral(SIPCABINET_TEST_DATA "/sandbox-v1/schema.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList statements;
    for (const QString &statement : QString::fromUtf8(file.readAll()).split(u";\n"_s)) {
        QStringList lines = statement.split(u'\n');
        lines.removeIf([](const QString &line) { return line.startsWith(u"--"_s); });
        if (const QString sql = lines.join(u'\n').trimmed(); !sql.isEmpty())
            statements.append(sql);
    }
    return statements;
}

// What is in the file now, read with a connection of the test's own.
struct Look
{
    int userVersion = -1;
    QStringList indexes;
    int organisations = -1;
    int orders = -1;
};

Look lookAt(const QString &path)
{
    Look look;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"look"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA user_version"_s) && query.next())
                look.userVersion = query.value(0).toInt();
            if (query.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s)) {
                while (query.next())
                    look.indexes.append(query.value(0).toString());
            }
            if (query.exec(u"SELECT COUNT(*) FROM organisations"_s) && query.next())
                look.organisations = query.value(0).toInt();
            if (query.exec(u"SELECT COUNT(*) FROM orders"_s) && query.next())
                look.orders = query.value(0).toInt();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(u"look"_s);
    return look;
}

const QStringList currentIndexes = {u"delivery_settings_by_organisation"_s, u"invoice_lines_by_period"_s,
                                    u"orders_by_organisation"_s};

} // namespace

class TestSandboxSchema : public QObject
{
    Q_OBJECT

private slots:
    void newFileIsCurrent();
    void upgradesTheFirstSandboxsFile();
    void failedUpgradeLeavesTheFileAsItWas();
    void refusesAFileFromANewerSandbox();

private:
    QTemporaryDir m_dir;
};

void TestSandboxSchema::newFileIsCurrent()
{
    const QString path = m_dir.filePath(u"new.sqlite"_s);
    {
        SandboxDatabase database;
        QString error;
        QVERIFY2(database.open(path, &error), qPrintable(error));
    }
    const Look look = lookAt(path);
    QCOMPARE(look.userVersion, SandboxSchema::Version);
    QCOMPARE(look.indexes, currentIndexes);
    QCOMPARE(look.organisations, 0);
}

void TestSandboxSchema::upgradesTheFirstSandboxsFile()
{
    const QString path = m_dir.filePath(u"v1.sqlite"_s);
    const QStringList v1 = firstSandboxFile();
    QVERIFY(v1.size() > 12);
    QVERIFY(onFile(path, v1));
    QCOMPARE(lookAt(path).userVersion, 0);
    for (int open = 0; open < 2; ++open) { // the second open finds nothing to do
        SandboxDatabase database;
        QString error;
        QVERIFY2(database.open(path, &error), qPrintable(error));
        QVERIFY(database.hasOrganisations());
    }
    const Look look = lookAt(path);
    QCOMPARE(look.userVersion, SandboxSchema::Version);
    QCOMPARE(look.indexes, currentIndexes);
    QCOMPARE(look.organisations, 1);
    QCOMPARE(look.orders, 1);
}

void TestSandboxSchema::failedUpgradeLeavesTheFileAsItWas()
{
    // A table under the name the upgrade gives an index: the step fails half-way, after its first index.
    const QString path = m_dir.filePath(u"blocked.sqlite"_s);
    QVERIFY(onFile(path, firstSandboxFile() << u"CREATE TABLE orders_by_organisation (x)"_s));
    SandboxDatabase database;
    QString error;
    QVERIFY(!database.open(path, &error));
    QVERIFY(error.contains(u"orders_by_organisation"_s));
    const Look look = lookAt(path);
    QCOMPARE(look.userVersion, 0);
    QVERIFY(look.indexes.isEmpty()); // the first index of the step was rolled back with the rest
    QCOMPARE(look.organisations, 1);
    QCOMPARE(look.orders, 1);
}

void TestSandboxSchema::refusesAFileFromANewerSandbox()
{
    const QString path = m_dir.filePath(u"newer.sqlite"_s);
    QVERIFY(onFile(path, firstSandboxFile() << u"PRAGMA user_version = 99"_s));
    SandboxDatabase database;
    QString error;
    QVERIFY(!database.open(path, &error));
    QVERIFY(error.contains(u"newer"_s));
    QCOMPARE(lookAt(path).userVersion, 99);
}

QTEST_GUILESS_MAIN(TestSandboxSchema)
#include "tst_sandboxschema.moc"
