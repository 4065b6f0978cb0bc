// The «Почта» page against a real IMAP server (Dovecot on loopback, over TLS) and the test session's real
// keychain: the connection is tested and its answer shown in words, a wrong password is named as such, the
// settings are kept (never the password) and the password goes to the keychain only when asked; plain IMAP
// to another computer is refused before anything is sent; the e-mails not recognised are listed with why.
#include "DovecotFixture.h"
#include "Localization.h"
#include "ManualSteps.h"
#include "archive/DocumentArchive.h"
#include "archive/OrderJournal.h"
#include "credentials/KeychainCredentialStore.h"
#include "mail/MailIntake.h"
#include "mail/MailIntakeLog.h"
#include "mail/MailIntakeService.h"
#include "mail/MailSettings.h"
#include "pages/MailPage.h"
#include "widgets/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
constexpr int WaitMs = 20000;
using ManualSteps::child;
} // namespace

class TestMailPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void testsTheConnectionAndNamesAWrongPassword();
    void keepsTheSettingsAndThePasswordOnlyWhereAsked();
    void refusesPlainImapToAnotherComputer();
    void listsTheEmailsNotRecognised();
    // Last: it puts the interface in Russian for the picture in docs/mail.md.
    void picturesThePageSetUp();

private:
    void fillImap(const ImapSettings &imap, const QString &password);
    QString keychainPassword(const ImapSettings &imap);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DovecotFixture> m_dovecot;
    std::unique_ptr<DocumentArchive> m_archive;
    std::unique_ptr<OrderJournal> m_orders;
    std::unique_ptr<KeychainCredentialStore> m_keychain;
    std::unique_ptr<MailIntakeService> m_service;
    std::unique_ptr<MailPage> m_page;
};

void TestMailPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->filePath(u"settings"_s));
    m_dovecot = std::make_unique<DovecotFixture>();
    QVERIFY(m_dovecot->start(m_dir->filePath(u"Maildir"_s)));
    // The server's own certificate authority, as a company with its own would give it.
    MailSettings known;
    known.imap.caCertificatesFile = m_dovecot->caFile();
    known.save();
    m_archive = std::make_unique<DocumentArchive>(m_dir->filePath(u"archive"_s));
    QString error;
    QVERIFY2(m_archive->open(&error), qPrintable(error));
    m_orders = std::make_unique<OrderJournal>(m_archive.get());
    m_keychain = std::make_unique<KeychainCredentialStore>(u"SIP Cabinet tst_mailpage "_s
                                                           + QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_service = std::make_unique<MailIntakeService>(m_archive.get(), m_orders.get(),
                                                    m_dir->filePath(u"archive/mail-intake.sqlite"_s));
    QVERIFY2(m_service->open(&error), qPrintable(error));
    m_service->setCredentialStore(m_keychain.get());
    PageContext context;
    context.orders = m_orders.get();
    context.mailIntake = m_service->intake();
    context.mailService = m_service.get();
    m_page = std::make_unique<MailPage>(context);
    m_page->resize(1000, 700);
    m_page->show();
    m_page->activate();
}

void TestMailPage::cleanup()
{
    m_page.reset();
    m_service.reset();
    m_keychain.reset();
    m_orders.reset();
    m_archive.reset();
    m_dovecot.reset();
    m_dir.reset();
}

void TestMailPage::fillImap(const ImapSettings &imap, const QString &password)
{
    auto *source = child<QComboBox>(m_page.get(), "sourceCombo");
    source->setCurrentIndex(source->findData(int(MailSettings::Source::Imap)));
    child<QLineEdit>(m_page.get(), "hostEdit")->setText(imap.host);
    auto *security = child<QComboBox>(m_page.get(), "securityCombo");
    security->setCurrentIndex(security->findData(int(imap.security)));
    child<QSpinBox>(m_page.get(), "portSpin")->setValue(imap.port);
    child<QLineEdit>(m_page.get(), "loginEdit")->setText(imap.login);
    // Typed as a user types it; the fixture's password has Cyrillic, which QTest cannot type key by key.
    child<QLineEdit>(m_page.get(), "passwordEdit")->setText(password);
    child<QLineEdit>(m_page.get(), "folderEdit")->setText(imap.folder);
}

QString TestMailPage::keychainPassword(const ImapSettings &imap)
{
    std::optional<CredentialStore::Result> answer;
    QObject context;
    m_keychain->read(MailSettings::passwordKey(imap), &context,
                     [&answer](const CredentialStore::Result &result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, WaitMs))
        return u"(no answer from the keychain)"_s;
    return answer->isOk() ? QString::fromUtf8(answer->secret) : QString();
}

void TestMailPage::testsTheConnectionAndNamesAWrongPassword()
{
    const ImapSettings imap = m_dovecot->imapSettings(ImapSettings::Security::Tls);
    auto *message = child<InlineMessage>(m_page.get(), "settingsMessage");
    auto *test = child<QPushButton>(m_page.get(), "testButton");
    QVERIFY(!child<QLineEdit>(m_page.get(), "hostEdit")->isVisible()); // nothing chosen yet: no IMAP fields

    fillImap(imap, m_dovecot->password());
    QVERIFY(child<QLineEdit>(m_page.get(), "hostEdit")->isVisible());
    QVERIFY(!child<QLineEdit>(m_page.get(), "maildirEdit")->isVisible());
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return message->tone() != InlineMessage::Tone::Info; }, WaitMs));
    QCOMPARE(message->tone(), InlineMessage::Tone::Success);
    QVERIFY2(message->text().startsWith(u"Connected"_s), qPrintable(message->text()));

    child<QLineEdit>(m_page.get(), "passwordEdit")->setText(u"not the password"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return message->tone() == InlineMessage::Tone::Error; }, WaitMs));
    QVERIFY2(message->text().contains(u"refused the login and password"_s), qPrintable(message->text()));
    QVERIFY(!message->text().contains(u"not the password"_s));
}

void TestMailPage::keepsTheSettingsAndThePasswordOnlyWhereAsked()
{
    const ImapSettings imap = m_dovecot->imapSettings(ImapSettings::Security::Tls);
    auto *message = child<InlineMessage>(m_page.get(), "settingsMessage");
    fillImap(imap, m_dovecot->password());
    child<QCheckBox>(m_page.get(), "rememberCheck")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "saveButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return message->tone() != InlineMessage::Tone::Info; }, WaitMs));
    QCOMPARE(message->tone(), InlineMessage::Tone::Success);
    QVERIFY(child<QLineEdit>(m_page.get(), "passwordEdit")->text().isEmpty());

    const MailSettings kept = MailSettings::load();
    QCOMPARE(kept.source, MailSettings::Source::Imap);
    QCOMPARE(kept.imap.sourceId(), imap.sourceId());
    QCOMPARE(kept.imap.port, imap.port);
    QCOMPARE(keychainPassword(imap), m_dovecot->password());
    for (const QString &file : QDir(m_dir->filePath(u"settings"_s)).entryList(QDir::Files, QDir::NoSort)) {
        QFile ini(m_dir->filePath(u"settings/"_s + file));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!QString::fromUtf8(ini.readAll()).contains(m_dovecot->password()));
    }

    // Not to be kept: taken out of the keychain, used for this session only.
    fillImap(imap, m_dovecot->password());
    child<QCheckBox>(m_page.get(), "rememberCheck")->setChecked(false);
    message->clear();
    QTest::mouseClick(child<QPushButton>(m_page.get(), "saveButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return message->tone() != InlineMessage::Tone::Info; }, WaitMs));
    QCOMPARE(message->tone(), InlineMessage::Tone::Success);
    QCOMPARE(keychainPassword(imap), QString());
    QVERIFY(!m_service->needsPassword());
}

void TestMailPage::refusesPlainImapToAnotherComputer()
{
    ImapSettings imap = m_dovecot->imapSettings(ImapSettings::Security::None);
    imap.host = u"mail.example.ru"_s;
    fillImap(imap, m_dovecot->password());
    auto *message = child<InlineMessage>(m_page.get(), "settingsMessage");
    QTest::mouseClick(child<QPushButton>(m_page.get(), "saveButton"), Qt::LeftButton);
    QCOMPARE(message->tone(), InlineMessage::Tone::Error);
    QVERIFY(message->text().contains(u"Without encryption"_s));
    QCOMPARE(MailSettings::load().source, MailSettings::Source::Off);
    QTest::mouseClick(child<QPushButton>(m_page.get(), "testButton"), Qt::LeftButton);
    QCOMPARE(message->tone(), InlineMessage::Tone::Error);
    QCOMPARE(m_dovecot->logins(), 0);
}

void TestMailPage::listsTheEmailsNotRecognised()
{
    auto *view = child<QTableWidget>(m_page.get(), "notRecognisedView");
    QVERIFY(!view->isVisible()); // nothing to list: no empty table
    QString error;
    QVERIFY(m_service->log()->record({u"imap://a@b:993/INBOX"_s, u"7"_s, MailIntakeLog::Outcome::NotRecognised,
                                      u"It signs as the operator but comes from another address: x@y.example."_s,
                                      u"Счет № 1 за октябрь 2026"_s, QDateTime::currentDateTimeUtc()},
                                     &error));
    m_page->activate();
    QVERIFY(view->isVisible());
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->item(0, 1)->text(), u"Счет № 1 за октябрь 2026"_s);
    QVERIFY(view->item(0, 2)->text().contains(u"x@y.example"_s));
}

void TestMailPage::picturesThePageSetUp()
{
    QCOMPARE(Localization::install(*qApp, u"ru"_s), u"ru"_s);
    PageContext context;
    context.orders = m_orders.get();
    context.mailIntake = m_service->intake();
    context.mailService = m_service.get();
    m_page = std::make_unique<MailPage>(context);
    m_page->resize(900, 600);
    m_page->show();
    m_page->activate();
    ImapSettings imap = m_dovecot->imapSettings(ImapSettings::Security::Tls);
    fillImap(imap, m_dovecot->password());
    auto *message = child<InlineMessage>(m_page.get(), "settingsMessage");
    QTest::mouseClick(child<QPushButton>(m_page.get(), "testButton"), Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return message->tone() == InlineMessage::Tone::Success; }, WaitMs));
    QVERIFY2(message->text().startsWith(u"Соединение установлено"_s), qPrintable(message->text()));
    // The picture shows a mailbox as an accountant would have it, not the test's loopback server.
    child<QLineEdit>(m_page.get(), "hostEdit")->setText(u"imap.example.ru"_s);
    child<QLineEdit>(m_page.get(), "loginEdit")->setText(u"buh@romashka.example"_s);
    child<QSpinBox>(m_page.get(), "portSpin")->setValue(993);
    QVERIFY(m_page->grab().save(QStringLiteral(SIPCABINET_SCREENSHOT_DIR "/mail-page.png")));
}

QTEST_MAIN(TestMailPage)
#include "tst_mailpage.moc"
