#pragma once

#include <QObject>

#include <memory>
#include <QString>
#include <QUrl>

class AccountList;
class AccountSessions;
class AccountingFirm;
class OperatorAccount;
class AutomaticInvoiceFetch;
class DocumentArchive;
class DocumentFetchQueue;
class InvoicingWindowWatcher;
class PendingDocumentJobs;
class SubscriberSelection;
class AccountSecrets;
class CredentialStore;
class DemoOperator;
class MainWindow;
class OperatorApi;
class DesktopNotifier;
class OfflineMode;
class SessionStatusBar;
class OperatorConnection;
class OperatorSession;
class OrderJournal;
class MailIntakeService;
class SessionController;
class SpendHistory;
class SpendHistorySync;

// The composition root: makes the operator connection, the session and its secrets, the archive, the demo
// operator when asked for, and the main window with its status bar, offline mode and notifier, and wires
// what each of them says to the others. Behaviour lives in those parts, not here.
class AppController : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QUrl apiUrl;
        bool demo = false;
        QString keychainService = QStringLiteral("SIP Cabinet");
    };

    explicit AppController(const Options &options, QObject *parent = nullptr);
    ~AppController() override;

    // Starts the demo operator if asked, shows the window, and begins the session once it is painted;
    // whatever fails after that (the demo operator included) says so on the login form.
    void start();

    MainWindow *window() const { return m_window; }
    OperatorApi *api() const { return m_api; }
    SessionController *sessionController() const { return m_sessionController; }
    OperatorSession *session() const { return m_session; }
    InvoicingWindowWatcher *invoicingWatcher() const { return m_invoicing; }
    DocumentArchive *archive() const { return m_archive.get(); }
    MailIntakeService *mailIntake() const { return m_mail; }
    OrderJournal *orders() const { return m_orders; }
    SpendHistory *spendHistory() const { return m_spendHistory.get(); }
    QUrl operatorUrl() const;
    void useInstalledOperator();
    void startDemoOperator();
    // Where the archive lives (AppDataLocation/archive); main() locks it before the controller exists.
    static QString archiveDirectory();
    // A second start asked for this window (ArchiveLock::raiseRequested).
    void raiseWindow();
    bool isOffline() const;

private:
    void wireLogin();
    void showLoginForm(const QString &message);
    void browseArchiveLoggedOut();
    void wireAutomaticFetch();
    void wireMailIntake();
    void wireSpendHistory();
    void wireOrganisations();
    void leaveAccount();
    void showFirstPageOf(const OperatorAccount &account);
    void startSessions();

    Options m_options;
    DemoOperator *m_demo = nullptr;
    bool m_firstPaintDone = false;
    OperatorConnection *m_connection;
    OperatorApi *m_api;
    OperatorSession *m_session;
    CredentialStore *m_credentials;
    AccountSecrets *m_secrets;
    AccountList *m_accounts;
    SessionController *m_sessionController;
    InvoicingWindowWatcher *m_invoicing;
    SubscriberSelection *m_subscriber;
    std::unique_ptr<PendingDocumentJobs> m_pendingJobs;
    std::unique_ptr<DocumentArchive> m_archive;
    DocumentFetchQueue *m_documentFetches;
    OrderJournal *m_orders;
    MailIntakeService *m_mail;
    std::unique_ptr<SpendHistory> m_spendHistory;
    SpendHistorySync *m_spendSync;
    AccountingFirm *m_firm;
    bool m_firstLogIn = true;
    bool m_demoFirmKept = false; // demo mode: its firm's passwords are in the keychain
    bool m_sessionsStarted = false;
    bool m_openingCabinet = false;
    MainWindow *m_window;
    SessionStatusBar *m_statusBar;
    OfflineMode *m_offline;
    DesktopNotifier *m_notifier;
    AutomaticInvoiceFetch *m_automaticFetch;
};
