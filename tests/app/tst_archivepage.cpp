// «Архив документов» through its widgets: the filters (debounced, in SQL), opening and saving with the
// content checked first, the month-end pack, and the app starting offline on the archive.
#include "AppController.h"
#include "Localization.h"
#include "MainWindow.h"
#include "navigation/MenuCatalog.h"
#include "accounts/AccountList.h"
#include "archive/ArchiveTableModel.h"
#include "archive/ArchivePreferences.h"
#include "archive/DocumentArchive.h"
#include "archive/ExportNameTemplate.h"
#include "credentials/AccountSecrets.h"
#include "credentials/KeychainCredentialStore.h"
#include "ZipEntries.h"
#include "pages/ArchivePage.h"
#include "preview/PreviewPluginLoader.h"
#include "widgets/DesktopOpenProblem.h"
#include "widgets/PackPeriodDialog.h"
#include "pages/LoginPage.h"
#include "pages/MenuPage.h"
#include "widgets/InlineMessage.h"

#include <QApplication>
#include <QBuffer>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPdfWriter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUuid>


#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A real one-page PDF, so that the preview has something to render.
QByteArray pdfOf(const ArchivedDocument &d)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        QFont font(u"DejaVu Sans"_s, 14);
        painter.setFont(font);
        painter.drawText(QRect(600, 600, 8000, 600), u"Счет № %1"_s.arg(d.number));
        painter.setFont(QFont(u"DejaVu Sans"_s, 10));
        painter.drawText(QRect(600, 1400, 8000, 3000), Qt::TextWordWrap,
                         u"%1, договор %2\nПериод: %3\nК оплате: %4 руб."_s.arg(d.organisation, d.contract,
                                                                               d.period.toString())
                             .arg(double(d.amount.minorUnits()) / 100.0, 0, 'f', 2));
    }
    return buffer.data();
}

void fill(DocumentArchive &archive)
{
    const struct
    {
        const char *account;
        const char *organisation;
        const char *contract;
    } owners[] = {{"demo@127.0.0.1", "ООО «Ромашка»", "SIP-2019-0042"}, {"buh@127.0.0.1", "АО «Василек»", "SIP-2021-0007"}};
    for (int i = 0; i < 12; ++i) {
        const auto &owner = owners[i % 3 == 2 ? 1 : 0];
        ArchivedDocument d;
        d.accountId = QString::fromUtf8(owner.account);
        d.organisation = QString::fromUtf8(owner.organisation);
        d.contract = QString::fromUtf8(owner.contract);
        d.period = BillingPeriod(2026, 10).addMonths(-(i / 2));
        d.kind = i % 4 == 3 ? ArchivedDocument::Kind::CallDetails : ArchivedDocument::Kind::Invoice;
        d.number = u"СЧ-%1-%2"_s.arg(d.period.toString()).arg(i, 4, 10, QLatin1Char('0'));
        d.amount = Money(1843250 + i * 1000, u"RUB"_s);
        d.obtainedAt = QDateTime(d.period.lastDay().addDays(5), QTime(9, 30), Qt::UTC);
        d.fileName = d.number + u".pdf"_s;
        QString error;
        QVERIFY2(archive.store(d, pdfOf(d), &error), qPrintable(error));
    }
}

} // namespace

class TestArchivePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loadsThePreviewOnlyWhenADocumentIsShown();
    void packPeriodDialogOffersTheMonths();
    void fileNameFieldsInRussianAndCheckedAsTyped();
    void defaultFileNamesInRussian();
    void filtersThroughTheWidgets();
    void typingIsDebounced();
    void sortsByTheHeader();
    void opensOnlyVerifiedContent();
    void savesACopyAs();
    void exportsTheSelectionToAZip();
    void exportsAPeriodToAFolder();
    void startsOfflineOnTheArchive();
    void opensTheArchiveWithoutLoggingIn();
    void saysWhenTheArchiveIsEmpty();
    void screenshot();

private:
    static bool storeInTheAppsArchive(const QString &accountId, const BillingPeriod &period, const QString &number);
    QTableView *view() const { return m_page->findChild<QTableView *>(u"documentsView"_s); }
    template<typename T>
    T *child(const QString &name) const
    {
        T *widget = m_page->findChild<T *>(name);
        Q_ASSERT(widget);
        return widget;
    }
    void selectRow(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    QTemporaryDir m_home;
    std::unique_ptr<DocumentArchive> m_archive;
    std::unique_ptr<ArchivePage> m_page;
    QList<QUrl> m_opened;
    QString m_savePath;
};

void TestArchivePage::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_DATA_HOME", m_home.filePath(u"data"_s).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toLocal8Bit());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(u"config"_s));
    QCoreApplication::setOrganizationName(u"SIP Cabinet Test"_s);
    QCoreApplication::setApplicationName(u"tst_archivepage"_s);
    if (!qEnvironmentVariableIsEmpty("SIPCABINET_SCREENSHOTS"))
        Localization::install(*qApp, u"ru"_s);
    m_archive = std::make_unique<DocumentArchive>(m_home.filePath(u"archive"_s));
    QString error;
    QVERIFY(m_archive->open(&error));
    fill(*m_archive);
}

void TestArchivePage::init()
{
    PageContext context;
    context.archive = m_archive.get();
    m_page = std::make_unique<ArchivePage>(context);
    m_opened.clear();
    m_page->setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    m_page->setSavePathChooser([this](const QString &, MonthEndPack::Format) { return m_savePath; });
    m_page->resize(1200, 760);
    m_page->show();
    m_page->activate();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestArchivePage::cleanup()
{
    m_page.reset();
}

void TestArchivePage::loadsThePreviewOnlyWhenADocumentIsShown()
{
    // The first test of the process: nothing has asked for the preview plugin yet, the page included.
    QVERIFY(!PreviewPluginLoader::isLoaded());
    QVERIFY(!m_page->findChild<QPdfView *>(u"previewView"_s));
    selectRow(0);
    QVERIFY(PreviewPluginLoader::isLoaded());
    auto *preview = m_page->findChild<QPdfView *>(u"previewView"_s);
    QVERIFY(preview);
    QTRY_COMPARE(preview->document()->status(), QPdfDocument::Status::Ready);
    QVERIFY(!m_page->findChild<QLabel *>(u"previewProblem"_s));
    // The facts read as an accountant's; the checksum is only in the tooltip, in full.
    auto *facts = m_page->findChild<QLabel *>(u"factsLabel"_s);
    QVERIFY2(!facts->text().contains(u"SHA"_s), qPrintable(facts->text()));
    const QList<ArchivedDocument> documents = m_archive->documents();
    const bool someChecksum = std::any_of(documents.cbegin(), documents.cend(), [facts](const ArchivedDocument &d) {
        return facts->toolTip().contains(QString::fromLatin1(d.sha256));
    });
    QVERIFY(someChecksum);
}

void TestArchivePage::packPeriodDialogOffersTheMonths()
{
    PackPeriodDialog dialog(BillingPeriod(2026, 10));
    auto *from = dialog.findChild<QComboBox *>(u"packFromCombo"_s);
    auto *to = dialog.findChild<QComboBox *>(u"packToCombo"_s);
    QCOMPARE(from->currentData().toString(), u"2026-10"_s);
    QCOMPARE(to->currentData().toString(), u"2026-10"_s);
    QCOMPARE(from->count(), PackPeriodDialog::MonthsOffered);
    QCOMPARE(from->itemData(0).toString(), u"2026-11"_s); // up to the current month
    // Chosen the wrong way round, still a range.
    from->setCurrentIndex(from->findData(u"2026-11"_s));
    to->setCurrentIndex(to->findData(u"2026-08"_s));
    QCOMPARE(dialog.chosen(), std::pair(BillingPeriod(2026, 8), BillingPeriod(2026, 11)));
}

void TestArchivePage::fileNameFieldsInRussianAndCheckedAsTyped()
{
    auto *edit = child<QLineEdit>(u"templateEdit"_s);
    auto *message = child<InlineMessage>(u"packMessage"_s);
    // Typed key by key (QTest::keyClicks knows only Latin letters).
    const auto type = [edit](const QString &text) {
        for (const QChar c : text) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(edit, &press);
        }
    };
    edit->clear();
    type(u"Счет_{счёт}"_s);
    QCOMPARE(message->tone(), InlineMessage::Tone::Error); // as typed, without leaving the field
    QVERIFY(message->text().contains(u"{счёт}"_s));
    edit->clear();
    type(u"Счет_"_s);
    QVERIFY(message->text().isEmpty());
    // The fields are offered in Russian and inserted where the cursor is.
    auto *period = m_page->findChild<QAction *>(u"insert_period"_s);
    QVERIFY(period);
    QCOMPARE(period->text(), u"{период}"_s);
    period->trigger();
    QCOMPARE(edit->text(), u"Счет_{период}"_s);
    QCOMPARE(ExportNameTemplate(edit->text()).render(m_archive->documents().constFirst()),
             u"Счет_%1.pdf"_s.arg(m_archive->documents().constFirst().period.toString()));
    // For the tests after this one (the field saves itself again when it loses the focus).
    edit->setText(ExportNameTemplate::defaultPattern());
    ArchivePreferences::setNameTemplate(ExportNameTemplate::defaultPattern());
}

void TestArchivePage::defaultFileNamesInRussian()
{
    const QString english = ExportNameTemplate::defaultPattern();
    QTranslator russian;
    QVERIFY(russian.load(u":/i18n/sipcabinet_ru.qm"_s));
    QCoreApplication::installTranslator(&russian);
    const QString shown = ExportNameTemplate::defaultPattern();
    QCoreApplication::removeTranslator(&russian);
    QVERIFY2(shown.contains(u"{период}"_s) && !shown.contains(u"{period}"_s), qPrintable(shown));
    // The same fields: the same names.
    const QList<ArchivedDocument> documents = m_archive->documents();
    QCOMPARE(ExportNameTemplate(shown).renderAll(documents), ExportNameTemplate(english).renderAll(documents));
}

void TestArchivePage::selectRow(int row, Qt::KeyboardModifiers modifiers)
{
    const QRect cell = view()->visualRect(view()->model()->index(row, ArchiveTableModel::NumberColumn));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, modifiers, cell.center());
}

void TestArchivePage::filtersThroughTheWidgets()
{
    QCOMPARE(view()->model()->rowCount(), 12);
    auto *find = child<QLineEdit>(u"filterEdit"_s);
    QTest::keyClicks(find, u"2026-09-0"_s); // a part of the number
    QTRY_COMPARE(view()->model()->rowCount(), 2);
    find->clear();
    QTest::keyClicks(find, u"sip-2021"_s); // the contract is upper-case; the filter ignores case
    QTRY_COMPARE(view()->model()->rowCount(), 4);
    find->clear();
    QTest::keyClicks(find, u"18 453,50"_s.remove(u' ')); // an amount as an accountant types it
    QTRY_COMPARE(view()->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(u"emptyLabel"_s)->isVisible());
    QCOMPARE(child<QLabel>(u"emptyLabel"_s)->text(), u"No documents match the filter."_s);
    find->clear();
    QTest::keyClicks(find, u"18442,50"_s);
    QTRY_COMPARE(view()->model()->rowCount(), 1);
    find->clear();
    QTRY_COMPARE(view()->model()->rowCount(), 12);

    auto *account = child<QComboBox>(u"accountCombo"_s);
    QCOMPARE(account->count(), 3); // all, and the two accounts
    account->setFocus();
    account->setCurrentIndex(account->findData(u"buh@127.0.0.1"_s));
    QCOMPARE(view()->model()->rowCount(), 4);
    for (int row = 0; row < 4; ++row)
        QCOMPARE(view()->model()->index(row, ArchiveTableModel::AccountColumn).data().toString(), u"buh@127.0.0.1"_s);
    account->setCurrentIndex(0);

    auto *kind = child<QComboBox>(u"kindCombo"_s);
    kind->setCurrentIndex(kind->findData(int(ArchivedDocument::Kind::CallDetails)));
    QCOMPARE(view()->model()->rowCount(), 3);
    kind->setCurrentIndex(0);

    QTest::mouseClick(child<QCheckBox>(u"periodCheck"_s), Qt::LeftButton);
    child<QDateEdit>(u"fromEdit"_s)->setDate(QDate(2026, 8, 1));
    child<QDateEdit>(u"toEdit"_s)->setDate(QDate(2026, 9, 1));
    QCOMPARE(view()->model()->rowCount(), 4);
    QTest::mouseClick(child<QCheckBox>(u"periodCheck"_s), Qt::LeftButton);
    QCOMPARE(view()->model()->rowCount(), 12);
}

void TestArchivePage::typingIsDebounced()
{
    QSignalSpy resets(view()->model(), &QAbstractItemModel::modelReset);
    QTest::keyClicks(child<QLineEdit>(u"filterEdit"_s), u"2026-10-0001"_s);
    QCOMPARE(resets.size(), 0); // nothing is queried while the user is still typing
    QTRY_COMPARE(view()->model()->rowCount(), 1);
    QCOMPARE(resets.size(), 1); // one query for the whole word
}

void TestArchivePage::sortsByTheHeader()
{
    auto *header = view()->horizontalHeader();
    const QPoint amount(header->sectionViewportPosition(ArchiveTableModel::AmountColumn) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, amount);
    const QString first = view()->model()->index(0, ArchiveTableModel::NumberColumn).data().toString();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, amount);
    const QString firstAfter = view()->model()->index(0, ArchiveTableModel::NumberColumn).data().toString();
    QCOMPARE(QSet<QString>({first, firstAfter}), QSet<QString>({u"СЧ-2026-10-0000"_s, u"СЧ-2026-05-0011"_s}));
}

void TestArchivePage::opensOnlyVerifiedContent()
{
    selectRow(0);
    const ArchivedDocument first = m_page->model()->document(0);
    auto *preview = m_page->findChild<QPdfView *>(u"previewView"_s);
    QTRY_COMPARE(preview->document()->status(), QPdfDocument::Status::Ready);
    QCOMPARE(preview->document()->pageCount(), 1);
    QTest::mouseClick(child<QPushButton>(u"openButton"_s), Qt::LeftButton);
    QCOMPARE(m_opened, QList<QUrl>({QUrl::fromLocalFile(m_archive->pathOf(first.fileName))}));

    // Someone changed a file behind the archive's back: it is neither previewed nor opened.
    const ArchivedDocument second = m_page->model()->document(1);
    const QString path = m_archive->pathOf(second.fileName);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    QByteArray altered = original;
    altered[altered.size() / 2] = altered.at(altered.size() / 2) ^ 1;
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(altered);
    file.close();
    selectRow(1);
    auto *message = child<InlineMessage>(u"message"_s);
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(message->tone(), InlineMessage::Tone::Error);
    QVERIFY(preview->document()->status() != QPdfDocument::Status::Ready);
    QTest::mouseClick(child<QPushButton>(u"openButton"_s), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 1);
    // Restored, it opens again.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(original);
    file.close();
    QTest::mouseClick(child<QPushButton>(u"openButton"_s), Qt::LeftButton);
    QCOMPARE(m_opened.size(), 2);
    QTest::mouseClick(child<QPushButton>(u"showInFolderButton"_s), Qt::LeftButton);
    QCOMPARE(m_opened.last(), QUrl::fromLocalFile(m_archive->documentsDirectory()));

    // A desktop with no program for either: said, with the focus on «Сохранить как…».
    m_page->setUrlOpener([](const QUrl &) { return false; });
    QTest::mouseClick(child<QPushButton>(u"openButton"_s), Qt::LeftButton);
    QCOMPARE(message->text(), DesktopOpenProblem::noViewer());
    QCOMPARE(m_page->focusWidget(), child<QPushButton>(u"saveAsButton"_s));
    QTest::mouseClick(child<QPushButton>(u"showInFolderButton"_s), Qt::LeftButton);
    QCOMPARE(message->tone(), InlineMessage::Tone::Error);
    QCOMPARE(message->text(), DesktopOpenProblem::noFileManager());
}

void TestArchivePage::savesACopyAs()
{
    selectRow(2);
    const ArchivedDocument document = m_page->model()->document(2);
    m_savePath = m_home.filePath(u"copy.pdf"_s);
    QTest::mouseClick(child<QPushButton>(u"saveAsButton"_s), Qt::LeftButton);
    QFile copy(m_savePath);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.size(), document.size);
    QVERIFY(child<InlineMessage>(u"message"_s)->text().contains(u"copy.pdf"_s));
}

void TestArchivePage::exportsTheSelectionToAZip()
{
    const QString zipPath = m_home.filePath(u"october.zip"_s);
    QString suggestion;
    m_page->setPackDestinationChooser([&](const QString &suggested, MonthEndPack::Format format) {
        suggestion = suggested;
        return format == MonthEndPack::Format::Zip ? zipPath : QString();
    });
    selectRow(0);
    selectRow(1, Qt::ControlModifier);
    auto *exportSelected = child<QPushButton>(u"exportSelectedButton"_s);
    QVERIFY(exportSelected->isEnabled());
    QTest::mouseClick(exportSelected, Qt::LeftButton);
    QVERIFY(suggestion.endsWith(u".zip"_s));
    auto *packMessage = child<InlineMessage>(u"packMessage"_s);
    QTRY_COMPARE(packMessage->tone(), InlineMessage::Tone::Success);
    QStringList names = zipEntries(zipPath).keys();
    names.sort();
    const ArchivedDocument a = m_page->model()->document(0);
    QVERIFY(names.contains(u"index.csv"_s));
    QVERIFY(names.contains(u"index.xlsx"_s));
    QVERIFY(names.contains(u"SIP-2019-0042_%1_invoice_%2.pdf"_s.arg(a.period.toString(), a.number)));
    QCOMPARE(names.size(), 4);
}

void TestArchivePage::exportsAPeriodToAFolder()
{
    const QString folder = m_home.filePath(u"September"_s);
    m_page->setPackDestinationChooser([&](const QString &, MonthEndPack::Format) { return folder; });
    auto *format = child<QComboBox>(u"formatCombo"_s);
    format->setCurrentIndex(format->findData(int(MonthEndPack::Format::Folder)));
    child<QLineEdit>(u"templateEdit"_s)->setText(u"{period}_{number}"_s);
    // The filter's range (switched off, and wider) is not what the pack takes: it asks, suggesting last month.
    QVERIFY(!child<QCheckBox>(u"periodCheck"_s)->isChecked());
    child<QDateEdit>(u"fromEdit"_s)->setDate(QDate(2026, 8, 1));
    child<QDateEdit>(u"toEdit"_s)->setDate(QDate(2026, 11, 1));
    std::optional<BillingPeriod> suggested;
    m_page->setPackPeriodChooser([&](const BillingPeriod &lastMonth) {
        suggested = lastMonth;
        return std::optional(std::pair{BillingPeriod(2026, 9), BillingPeriod(2026, 9)});
    });
    QTest::mouseClick(child<QPushButton>(u"exportPeriodButton"_s), Qt::LeftButton);
    QCOMPARE(suggested, BillingPeriod::containing(QDate::currentDate()).previous());
    QTRY_COMPARE(child<InlineMessage>(u"packMessage"_s)->tone(), InlineMessage::Tone::Success);
    QCOMPARE(QDir(folder).entryList(QDir::Files),
             QStringList({u"2026-09_СЧ-2026-09-0002.pdf"_s, u"2026-09_СЧ-2026-09-0003.pdf"_s, u"index.csv"_s,
                          u"index.xlsx"_s}));
}

// One document in the archive the app itself opens (not the page's scratch archive).
bool TestArchivePage::storeInTheAppsArchive(const QString &accountId, const BillingPeriod &period, const QString &number)
{
    DocumentArchive archive(AppController::archiveDirectory());
    QString error;
    if (!archive.open(&error))
        return false;
    ArchivedDocument d;
    d.accountId = accountId;
    d.period = period;
    d.number = number;
    d.fileName = number + u".pdf"_s;
    return archive.store(d, pdfOf(d), &error).has_value();
}

void TestArchivePage::startsOfflineOnTheArchive()
{
    // A remembered account whose operator cannot be reached (nothing listens on the discard port).
    const QUrl unreachable(u"http://127.0.0.1:9"_s);
    OperatorAccount account;
    account.login = u"demo"_s;
    account.apiUrl = unreachable;
    {
        AccountList accounts;
        accounts.remember(account);
        accounts.setLastUsed(account.id());
    }
    const QString service = u"SIP Cabinet test "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    KeychainCredentialStore store(service);
    AccountSecrets secrets(&store);
    std::optional<bool> saved;
    secrets.savePassword(account, u"demo-password"_s, this,
                         [&saved](const CredentialStore::Result &result) { saved = result.isOk(); });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
    if (!*saved)
        QSKIP("No keychain in this session: the remembered password cannot be stored (run with-test-session).");
    QVERIFY(storeInTheAppsArchive(account.id(), BillingPeriod(2026, 10), u"СЧ-OFFLINE-1"_s));

    AppController::Options options;
    options.apiUrl = unreachable;
    options.keychainService = service;
    AppController app(options);
    app.start();
    QTRY_VERIFY_WITH_TIMEOUT(app.isOffline(), 60000);
    MainWindow *window = app.window();
    QVERIFY(!window->isShowingLogin());
    QCOMPARE(window->currentPage(), PageId::Archive);
    auto *offline = window->findChild<QLabel *>(u"offlineLabel"_s);
    QVERIFY(offline);
    QVERIFY(offline->text().startsWith(u"Offline"_s));
    QVERIFY(window->findChild<QPushButton *>(u"retryLoginButton"_s)->isVisible());
    auto *page = qobject_cast<ArchivePage *>(window->page(PageId::Archive));
    QVERIFY(page);
    QTRY_COMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->document(0).number, u"СЧ-OFFLINE-1"_s);
    // «Повторить вход» tries again, and the app stays offline, on the archive, while the operator is away.
    QTest::mouseClick(window->findChild<QPushButton *>(u"retryLoginButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(app.isOffline() && window->currentPage() == PageId::Archive, 60000);
    secrets.forgetPassword(account, this, [](const CredentialStore::Result &) {});
}

void TestArchivePage::opensTheArchiveWithoutLoggingIn()
{
    // No remembered account, no password, no operator: the archive is still this computer's.
    QSettings().clear();
    QVERIFY(storeInTheAppsArchive(u"buh@sip.example"_s, BillingPeriod(2026, 9), u"СЧ-LOGGED-OUT-1"_s));
    AppController::Options options;
    options.apiUrl = QUrl(u"http://127.0.0.1:9"_s);
    options.keychainService = u"SIP Cabinet test "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    AppController app(options);
    app.start();
    MainWindow *window = app.window();
    auto *archiveButton = window->loginPage()->findChild<QPushButton *>(u"archiveButton"_s);
    QVERIFY(archiveButton);
    QTRY_VERIFY_WITH_TIMEOUT(window->isShowingLogin() && archiveButton->isEnabled(), 20000);

    QTest::mouseClick(archiveButton, Qt::LeftButton);
    QVERIFY(!window->isShowingLogin());
    QCOMPARE(window->currentPage(), PageId::Archive);
    auto *page = qobject_cast<ArchivePage *>(window->page(PageId::Archive));
    QVERIFY(page);
    const auto listed = [page] {
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            if (page->model()->document(row).number == u"СЧ-LOGGED-OUT-1"_s)
                return true;
        }
        return false;
    };
    QTRY_VERIFY(listed());
    // Nothing that needs the logged-in session can be chosen; the spend figures kept in the archive can, the
    // organisations (each signs in on its own), and Exit, which leads back to the login form.
    auto *tree = window->findChild<QTreeWidget *>(u"menuTree"_s);
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        const bool reachable = (*it)->text(0) == MenuCatalog::entry(PageId::Archive).title
                               || (*it)->text(0) == MenuCatalog::entry(PageId::Spend).title
                               || (*it)->text(0) == MenuCatalog::entry(PageId::Organisations).title
                               || (*it)->text(0) == MenuCatalog::entry(PageId::Exit).title;
        QCOMPARE((*it)->isDisabled(), !reachable);
    }
    window->showPage(PageId::Exit);
    QTest::mouseClick(window->page(PageId::Exit)->findChild<QPushButton *>(u"exitButton"_s), Qt::LeftButton);
    QTRY_VERIFY(window->isShowingLogin());
}

void TestArchivePage::saysWhenTheArchiveIsEmpty()
{
    DocumentArchive empty(m_home.filePath(u"empty-archive"_s));
    QString error;
    QVERIFY(empty.open(&error));
    PageContext context;
    context.archive = &empty;
    ArchivePage page(context);
    page.show();
    page.activate();
    auto *label = page.findChild<QLabel *>(u"emptyLabel"_s);
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().startsWith(u"The archive has no documents yet"_s), qPrintable(label->text()));
}

void TestArchivePage::screenshot()
{
    const QString directory = qEnvironmentVariable("SIPCABINET_SCREENSHOTS");
    if (directory.isEmpty())
        QSKIP("Set SIPCABINET_SCREENSHOTS=<folder> to save the page's screenshot.");
    init(); // again, in Russian
    selectRow(0);
    selectRow(1, Qt::ControlModifier);
    selectRow(0, Qt::ControlModifier);
    selectRow(0);
    auto *preview = m_page->findChild<QPdfView *>(u"previewView"_s);
    QTRY_COMPARE(preview->document()->status(), QPdfDocument::Status::Ready);
    QTest::qWait(200); // the preview renders its page in the background
    QVERIFY(m_page->grab().save(directory + u"/archive.png"_s));
}

QTEST_MAIN(TestArchivePage)
#include "tst_archivepage.moc"
