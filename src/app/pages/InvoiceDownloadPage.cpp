#include "InvoiceDownloadPage.h"

#include "format/PeriodTitle.h"
#include "BillingCalendar.h"
#include "archive/DocumentArchive.h"
#include "documents/DocumentFetchQueue.h"
#include "format/DataSizeText.h"
#include "format/DateText.h"
#include "invoicing/InvoicingWindowWatcher.h"
#include "navigation/MenuCatalog.h"
#include "session/SessionController.h"
#include "ui_invoicedownloadpage.h"
#include "widgets/DesktopOpenProblem.h"
#include "widgets/FileDialogs.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

InvoiceDownloadPage::InvoiceDownloadPage(const PageContext &context, QWidget *parent)
    : MenuPage(parent)
    , m_ui(std::make_unique<Ui::InvoiceDownloadPage>())
    , m_context(context)
{
    m_ui->setupUi(this);
    const MenuEntry entry = MenuCatalog::entry(PageId::InvoiceDownload);
    setObjectName(entry.key);
    m_ui->titleLabel->setText(entry.title);
    m_ui->descriptionLabel->setText(entry.description);

    m_queue = context.documentFetches;
    if (!m_queue) {
        m_ownQueue = std::make_unique<DocumentFetchQueue>(context.api, context.archive, context.pendingJobs);
        m_queue = m_ownQueue.get();
    }
    connect(m_queue, &DocumentFetchQueue::fetchStarted, this, &InvoiceDownloadPage::onFetchStarted);

    m_ui->closedBanner->setWatcher(context.invoicing);
    connect(m_ui->closedBanner, &OrderingClosedBanner::orderingOpenChanged, this,
            &InvoiceDownloadPage::onOrderingOpenChanged);
    connect(context.invoicing, &InvoicingWindowWatcher::changed, this, &InvoiceDownloadPage::refreshPeriods);

    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this, &InvoiceDownloadPage::onPeriodChanged);
    connect(m_ui->nextButton, &QPushButton::clicked, this, &InvoiceDownloadPage::showConfirmation);
    connect(m_ui->backButton, &QPushButton::clicked, this, [this] { setStep(Step::Choose); });
    connect(m_ui->orderButton, &QPushButton::clicked, this, &InvoiceDownloadPage::order);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &InvoiceDownloadPage::cancelFetch);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &InvoiceDownloadPage::retryFetch);
    connect(m_ui->otherPeriodButton, &QPushButton::clicked, this, &InvoiceDownloadPage::chooseAnother);
    connect(m_ui->anotherButton, &QPushButton::clicked, this, &InvoiceDownloadPage::chooseAnother);
    connect(m_ui->openArchivedButton, &QPushButton::clicked, this, [this] {
        if (m_archived)
            openDocument(*m_archived);
    });
    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        if (m_fetch && m_fetch->document())
            openDocument(*m_fetch->document());
    });
    connect(m_ui->saveAsButton, &QPushButton::clicked, this, &InvoiceDownloadPage::saveDocumentAs);
    connect(m_ui->showInFolderButton, &QPushButton::clicked, this, &InvoiceDownloadPage::showDocumentInFolder);
    connect(m_ui->backToMenuButton, &QPushButton::clicked, this, &MenuPage::menuRequested);

    refreshPeriods();
    setStep(Step::Choose);
}

InvoiceDownloadPage::~InvoiceDownloadPage() = default;

void InvoiceDownloadPage::activate()
{
    refreshPeriods();
    const QString account = accountId();
    if (account.isEmpty())
        return;
    const AccountInfo &info = m_context.session->accountInfo();
    m_queue->resumePending({account, info.organisation.name, info.organisation.contractNumber});
    if (!m_fetch || m_fetch->owner().accountId != account) {
        const QList<InvoiceDocumentFetch *> running = m_queue->activeFetches(account);
        if (!running.isEmpty())
            follow(running.constLast());
    }
}

QString InvoiceDownloadPage::accountId() const
{
    const auto account = m_context.session->currentAccount();
    return account ? account->id() : QString();
}

QString InvoiceDownloadPage::periodName(const BillingPeriod &period, bool inList) const
{
    return inList ? PeriodTitle::of(period) : PeriodTitle::inText(period);
}

void InvoiceDownloadPage::refreshPeriods()
{
    // The operator's clock and zone decide which months exist, never the computer's.
    const InvoicingWindowWatcher *invoicing = m_context.invoicing;
    const QList<BillingPeriod> periods = invoicing->calendar().downloadablePeriods(invoicing->operatorNow());
    const std::optional<BillingPeriod> chosen = selectedPeriod();
    QSignalBlocker blocker(m_ui->periodCombo);
    m_ui->periodCombo->clear();
    for (const BillingPeriod &period : periods)
        m_ui->periodCombo->addItem(periodName(period, true), period.toString());
    const int keep = chosen ? m_ui->periodCombo->findData(chosen->toString()) : -1;
    m_ui->periodCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    blocker.unblock();
    onPeriodChanged();
}

std::optional<BillingPeriod> InvoiceDownloadPage::selectedPeriod() const
{
    return BillingPeriod::fromString(m_ui->periodCombo->currentData().toString());
}

void InvoiceDownloadPage::onPeriodChanged()
{
    m_ui->chooseMessage->clear();
    const std::optional<BillingPeriod> period = selectedPeriod();
    m_archived.reset();
    showArchived();
    if (period && m_context.archive && m_context.archive->isOpen()) {
        // Checking the file reads all of it: off the GUI thread, and only the latest choice counts.
        if (const auto found = m_context.archive->findInvoice(accountId(), *period)) {
            const int check = ++m_archiveCheck;
            m_context.archive->verifyInBackground(*found, this, [this, check, found](bool intact) {
                if (check != m_archiveCheck || !intact)
                    return;
                m_archived = found;
                showArchived();
            });
        }
    }
    onOrderingOpenChanged();
}

void InvoiceDownloadPage::showArchived()
{
    if (m_archived) {
        m_ui->archivedMessage->showInfo(
            tr("The invoice for %1 is already in the archive (downloaded %2). You can open it, or order it again.")
                .arg(periodName(m_archived->period), DateText::moment(m_archived->obtainedAt)));
    } else {
        m_ui->archivedMessage->clear();
    }
    m_ui->openArchivedButton->setVisible(m_archived.has_value());
}

void InvoiceDownloadPage::onOrderingOpenChanged()
{
    const bool open = m_ui->closedBanner->isOrderingOpen();
    m_ui->nextButton->setEnabled(open && selectedPeriod().has_value());
    m_ui->orderButton->setEnabled(open);
}

void InvoiceDownloadPage::showConfirmation()
{
    const std::optional<BillingPeriod> period = selectedPeriod();
    if (!period)
        return;
    m_ui->confirmLabel->setText(
        tr("The operator will form the invoice for communication services for %1. As soon as it is formed, it "
           "will be downloaded to this computer, checked and kept in the archive. Forming takes some time; you "
           "can cancel it or go to other pages meanwhile.")
            .arg(periodName(*period)));
    setStep(Step::Confirm);
    m_ui->orderButton->setFocus();
}

void InvoiceDownloadPage::order()
{
    const std::optional<BillingPeriod> period = selectedPeriod();
    if (!period || !m_ui->closedBanner->isOrderingOpen())
        return;
    const AccountInfo &info = m_context.session->accountInfo();
    follow(m_queue->start({accountId(), info.organisation.name, info.organisation.contractNumber}, *period));
}

void InvoiceDownloadPage::onFetchStarted(InvoiceDocumentFetch *fetch)
{
    // A generation resumed at log-in appears here by itself unless the user is busy with another.
    if (fetch->owner().accountId == accountId() && (!m_fetch || m_fetch->isFinished())
        && m_ui->steps->currentIndex() != static_cast<int>(Step::Confirm))
        follow(fetch);
}

void InvoiceDownloadPage::follow(InvoiceDocumentFetch *fetch)
{
    if (m_fetch == fetch)
        return showFetch();
    if (m_fetch)
        m_fetch->disconnect(this);
    m_fetch = fetch;
    connect(fetch, &InvoiceDocumentFetch::stageChanged, this, &InvoiceDownloadPage::showFetch);
    connect(fetch, &InvoiceDocumentFetch::generationProgressChanged, this, &InvoiceDownloadPage::showProgress);
    connect(fetch, &InvoiceDocumentFetch::downloadProgressChanged, this, &InvoiceDownloadPage::showDownloadProgress);
    showFetch();
}

void InvoiceDownloadPage::showFetch()
{
    if (!m_fetch)
        return setStep(Step::Choose);
    switch (m_fetch->stage()) {
    case InvoiceDocumentFetch::Stage::Ordering:
    case InvoiceDocumentFetch::Stage::Generating:
    case InvoiceDocumentFetch::Stage::Downloading:
        if (m_fetch->notice().isEmpty())
            m_ui->progressMessage->clear();
        else
            m_ui->progressMessage->showInfo(m_fetch->notice());
        m_ui->retryButton->hide();
        m_ui->otherPeriodButton->hide();
        m_ui->cancelButton->show();
        setStep(Step::Progress);
        return showProgress();
    case InvoiceDocumentFetch::Stage::Failed:
        return showFailure();
    case InvoiceDocumentFetch::Stage::Done:
        return showResult();
    case InvoiceDocumentFetch::Stage::Cancelled:
        m_ui->chooseMessage->showInfo(tr("The order was cancelled: the operator stopped forming the invoice."));
        setStep(Step::Choose);
        return;
    }
}

void InvoiceDownloadPage::showProgress()
{
    if (!m_fetch)
        return;
    const InvoiceDocumentFetch::Stage stage = m_fetch->stage();
    const bool ordering = stage == InvoiceDocumentFetch::Stage::Ordering;
    m_ui->generationLabel->setText(ordering ? tr("Sending the order for %1…").arg(periodName(m_fetch->period()))
                                            : tr("Forming the invoice for %1…").arg(periodName(m_fetch->period())));
    m_ui->generationBar->setRange(0, ordering ? 0 : 100); // no percentage until the operator has the order
    m_ui->generationBar->setValue(stage == InvoiceDocumentFetch::Stage::Downloading ? 100 : m_fetch->generationProgress());
    const bool downloading = stage == InvoiceDocumentFetch::Stage::Downloading;
    m_ui->downloadLabel->setEnabled(downloading);
    m_ui->downloadBar->setEnabled(downloading);
    if (downloading)
        showDownloadProgress(m_fetch->bytesReceived(), m_fetch->bytesTotal());
    else
        m_ui->downloadLabel->setText(tr("The download starts as soon as the invoice is formed."));
}

void InvoiceDownloadPage::showDownloadProgress(qint64 received, qint64 total)
{
    // Scaled to thousandths: a progress bar counts in int, a file in qint64.
    m_ui->downloadBar->setRange(0, 1000);
    m_ui->downloadBar->setValue(total > 0 ? static_cast<int>(received * 1000 / total) : 0);
    m_ui->downloadLabel->setText(tr("Downloading the invoice: %1 of %2")
                                     .arg(DataSizeText::of(received), DataSizeText::of(total)));
}

void InvoiceDownloadPage::showFailure()
{
    setStep(Step::Progress);
    m_ui->progressMessage->showError(m_fetch->errorMessage());
    m_ui->cancelButton->hide();
    m_ui->retryButton->show();
    m_ui->otherPeriodButton->show();
    m_ui->retryButton->setFocus();
}

void InvoiceDownloadPage::showResult()
{
    const std::optional<ArchivedDocument> document = m_fetch->document();
    if (!document)
        return showFailure();
    m_ui->resultMessage->showSuccess(
        tr("The invoice for %1 (No. %2, %3) is downloaded, checked against the operator's checksum and saved in "
           "the archive:\n%4")
            .arg(periodName(document->period), document->number, document->amount.toDisplayString(),
                 QDir::toNativeSeparators(m_context.archive->pathOf(document->fileName))));
    setStep(Step::Result);
    m_ui->openButton->setFocus();
    onPeriodChanged(); // the archive notice now knows about it
}

void InvoiceDownloadPage::cancelFetch()
{
    if (m_fetch)
        m_fetch->cancel();
}

void InvoiceDownloadPage::retryFetch()
{
    if (m_fetch)
        m_fetch->retry();
}

void InvoiceDownloadPage::chooseAnother()
{
    m_ui->chooseMessage->clear();
    setStep(Step::Choose);
    m_ui->periodCombo->setFocus();
}

void InvoiceDownloadPage::openDocument(const ArchivedDocument &document)
{
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(m_context.archive->pathOf(document.fileName))))
        offerSaveAs(m_ui->steps->currentIndex() == int(Step::Result) ? m_ui->resultMessage : m_ui->archivedMessage,
                    DesktopOpenProblem::noViewer());
}

void InvoiceDownloadPage::offerSaveAs(InlineMessage *where, const QString &problem)
{
    where->showError(problem);
    if (m_ui->steps->currentIndex() == int(Step::Result))
        m_ui->saveAsButton->setFocus();
}

void InvoiceDownloadPage::saveDocumentAs()
{
    if (!m_fetch || !m_fetch->document())
        return;
    const ArchivedDocument document = *m_fetch->document();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = FileDialogs::create(this, tr("Save the invoice as"), folder, tr("PDF documents (*.pdf)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->selectFile(QStringLiteral("invoice_%1_%2.pdf").arg(document.period.toString(), document.number));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, document](const QString &path) {
        QString error;
        if (m_context.archive->exportTo(document, path, &error))
            m_ui->resultMessage->showSuccess(tr("The invoice was saved as %1.").arg(QDir::toNativeSeparators(path)));
        else
            m_ui->resultMessage->showError(tr("The invoice could not be saved as %1: %2")
                                               .arg(QDir::toNativeSeparators(path), error));
    });
    dialog->open();
}

void InvoiceDownloadPage::showDocumentInFolder()
{
    if (m_fetch && m_fetch->document()
        && !QDesktopServices::openUrl(QUrl::fromLocalFile(m_context.archive->documentsDirectory())))
        offerSaveAs(m_ui->resultMessage, DesktopOpenProblem::noFileManager());
}

void InvoiceDownloadPage::setStep(Step step)
{
    m_ui->steps->setCurrentIndex(static_cast<int>(step));
    // The steps' buttons share the bottom row with «В меню», as on the e-mail order page.
    m_ui->nextButton->setVisible(step == Step::Choose);
    m_ui->backButton->setVisible(step == Step::Confirm);
    m_ui->orderButton->setVisible(step == Step::Confirm);
    m_ui->nextButton->setDefault(step == Step::Choose);
    m_ui->orderButton->setDefault(step == Step::Confirm);
}
