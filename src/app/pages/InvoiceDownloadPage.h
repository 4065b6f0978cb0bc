#pragma once

#include "BillingPeriod.h"
#include "MenuPage.h"
#include "PageContext.h"
#include "archive/ArchivedDocument.h"

#include <QPointer>

#include <memory>
#include <optional>

class DocumentFetchQueue;
class InlineMessage;
class InvoiceDocumentFetch;

namespace Ui {
class InvoiceDownloadPage;
}

// «Загрузить счет по ссылке»: the period (2 previous months, by the operator's clock), a confirmation, then
// the operator forming the invoice and its download, each with its progress and a cancel; the verified file
// in the archive with open, save as and show in folder. The fetch lives in the DocumentFetchQueue, so the
// user can leave and come back to it.
// It does not use OrderSteps: those end in one operator call and a receipt, while this order is a long
// InvoiceDocumentFetch that outlives the page (forming, then a resumable download) and ends in a file with
// its own actions; its choose and confirm steps follow the same order of buttons and keys.
class InvoiceDownloadPage : public MenuPage
{
    Q_OBJECT

public:
    explicit InvoiceDownloadPage(const PageContext &context, QWidget *parent = nullptr);
    ~InvoiceDownloadPage() override;

    void activate() override;

private:
    enum class Step { Choose, Confirm, Progress, Result };

    void refreshPeriods();
    void onPeriodChanged();
    void showArchived();
    // The desktop could not open it: say so where the user looks, and offer «Сохранить как…».
    void offerSaveAs(InlineMessage *where, const QString &problem);
    void onOrderingOpenChanged();
    void showConfirmation();
    void order();
    void follow(InvoiceDocumentFetch *fetch);
    void onFetchStarted(InvoiceDocumentFetch *fetch);
    void showFetch();
    void showProgress();
    void showDownloadProgress(qint64 received, qint64 total);
    void showFailure();
    void showResult();
    void cancelFetch();
    void retryFetch();
    void chooseAnother();
    void openDocument(const ArchivedDocument &document);
    void saveDocumentAs();
    void showDocumentInFolder();
    void setStep(Step step);

    std::optional<BillingPeriod> selectedPeriod() const;
    QString accountId() const;
    // In the list it starts with a capital («Октябрь 2026»); in a sentence as the language writes it.
    QString periodName(const BillingPeriod &period, bool inList = false) const;

    std::unique_ptr<Ui::InvoiceDownloadPage> m_ui;
    PageContext m_context;
    std::unique_ptr<DocumentFetchQueue> m_ownQueue; // only when the context brings none
    DocumentFetchQueue *m_queue = nullptr;
    QPointer<InvoiceDocumentFetch> m_fetch;
    std::optional<ArchivedDocument> m_archived; // what the archive already holds for the chosen period
    int m_archiveCheck = 0;                     // the latest background check of it; older answers are dropped
};
