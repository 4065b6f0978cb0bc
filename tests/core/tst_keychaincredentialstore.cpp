// The credential store against a real Secret Service (gnome-keyring in the test's own D-Bus session),
// or, run with no session bus at all, its "no keychain" answer.
#include "credentials/KeychainCredentialStore.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesReadsAndRemovesASecret();
    void keepsAccountsApart();
    void saysWhenTheKeychainIsMissing();

private:
    CredentialStore::Result wait(const std::function<void(QObject *, CredentialStore::Callback)> &start)
    {
        std::optional<CredentialStore::Result> result;
        QObject context;
        start(&context, [&result](const CredentialStore::Result &r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 30000);
        return result.value_or(CredentialStore::Result{});
    }

    bool m_keychainExpected = true;
    QString m_service;
};

void TestKeychainCredentialStore::initTestCase()
{
    m_keychainExpected = qEnvironmentVariable("SIPCABINET_EXPECT_KEYCHAIN", u"yes"_s) == u"yes"_s;
    m_service = u"SIP Cabinet test "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void TestKeychainCredentialStore::writesReadsAndRemovesASecret()
{
    if (!m_keychainExpected)
        QSKIP("this run has no Secret Service on purpose");
    KeychainCredentialStore store(m_service);
    const QByteArray secret = "пароль-\x01-secret"_ba;
    QCOMPARE(wait([&](QObject *c, auto done) { store.write(u"demo@127.0.0.1/password"_s, secret, c, done); }).status,
             CredentialStore::Result::Status::Ok);
    const auto read = wait([&](QObject *c, auto done) { store.read(u"demo@127.0.0.1/password"_s, c, done); });
    QCOMPARE(read.status, CredentialStore::Result::Status::Ok);
    QCOMPARE(read.secret, secret);
    QCOMPARE(wait([&](QObject *c, auto done) { store.remove(u"demo@127.0.0.1/password"_s, c, done); }).status,
             CredentialStore::Result::Status::Ok);
    QCOMPARE(wait([&](QObject *c, auto done) { store.read(u"demo@127.0.0.1/password"_s, c, done); }).status,
             CredentialStore::Result::Status::NotFound);
}

void TestKeychainCredentialStore::keepsAccountsApart()
{
    if (!m_keychainExpected)
        QSKIP("this run has no Secret Service on purpose");
    KeychainCredentialStore store(m_service);
    wait([&](QObject *c, auto done) { store.write(u"a@host/password"_s, "first"_ba, c, done); });
    wait([&](QObject *c, auto done) { store.write(u"b@host/password"_s, "second"_ba, c, done); });
    QCOMPARE(wait([&](QObject *c, auto done) { store.read(u"a@host/password"_s, c, done); }).secret, "first"_ba);
    QCOMPARE(wait([&](QObject *c, auto done) { store.read(u"b@host/password"_s, c, done); }).secret, "second"_ba);
    wait([&](QObject *c, auto done) { store.remove(u"a@host/password"_s, c, done); });
    wait([&](QObject *c, auto done) { store.remove(u"b@host/password"_s, c, done); });
}

void TestKeychainCredentialStore::saysWhenTheKeychainIsMissing()
{
    if (m_keychainExpected)
        QSKIP("this run has a Secret Service; the no-keychain run checks this");
    KeychainCredentialStore store(m_service);
    const auto written = wait([&](QObject *c, auto done) { store.write(u"demo@host/password"_s, "x"_ba, c, done); });
    QCOMPARE(written.status, CredentialStore::Result::Status::Unavailable);
    const auto read = wait([&](QObject *c, auto done) { store.read(u"demo@host/password"_s, c, done); });
    QCOMPARE(read.status, CredentialStore::Result::Status::Unavailable);
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
