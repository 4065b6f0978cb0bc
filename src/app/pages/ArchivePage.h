#pragma once

#include "MenuPage.h"
#include "PageContext.h"
#include "archive/ArchivedDocument.h"
#include "archive/MonthEndPack.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class ArchiveTableModel;
class MonthEndPackJob;
class DocumentPreviewPlugin;
class QLabel;
struct ArchiveFilter;

namespace Ui {
class ArchivePage;
}

// «Архив документов»: every document obtained, of all accounts, searchable and sorted in SQLite, previewed
// beside the table, opened, saved or packed for the month end; each file checked against its SHA-256 first.
// Needs no operator at all, so it is the page that works offline.
class ArchivePage : public MenuPage
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &url)>;
    using PathChooser = std::function<QString(const QString &suggestedPath, MonthEndPack::Format format)>;

    explicit ArchivePage(const PageContext &context, QWidget *parent = nullptr);
    ~ArchivePage() override;

    void activate() override;
    // Shows the documents of one month: of the account, or of all accounts when accountId is empty.
    void showPeriod(const QString &accountId, const BillingPeriod &period);
    ArchiveTableModel *model() const { return m_model; }

    // The system's viewer and file dialogs by default; tests capture them.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    void setSavePathChooser(PathChooser chooser) { m_chooseSavePath = std::move(chooser); }
    void setPackDestinationChooser(PathChooser chooser) { m_choosePackDestination = std::move(chooser); }
    // Which months «Выгрузить за период…» packs (PackPeriodDialog); the suggestion is the last month.
    using PeriodChooser =
        std::function<std::optional<std::pair<BillingPeriod, BillingPeriod>>(const BillingPeriod &suggested)>;
    void setPackPeriodChooser(PeriodChooser chooser) { m_choosePackPeriod = std::move(chooser); }

    static constexpr int FilterDelayMs = 150;

private:
    void setUpTable();
    void setUpChoices();
    void refreshAccounts();
    ArchiveFilter currentFilter() const;
    void applyFilter();
    void onCurrentChanged();
    bool ensurePreview();
    // Says what in the file-name template is no placeholder; true when all of it is.
    bool checkNameTemplate();
    // The desktop could not open it: say so, and put the focus on «Сохранить как…».
    void offerSaveAs(const QString &problem);
    std::optional<ArchivedDocument> currentDocument() const;
    // The document's content if it still matches its SHA-256; otherwise says so and returns nothing.
    std::optional<QByteArray> verifiedContent(const ArchivedDocument &document);
    void showFacts(const ArchivedDocument &document);
    void openDocument();
    void saveDocumentAs();
    void showInFolder();
    void exportSelected();
    void exportPeriod();
    void startPack(const QList<ArchivedDocument> &documents, const QString &suggestedName);
    void onPackFinished(const MonthEndPack::Result &result, const QString &destination);
    void setPackRunning(bool running);

    std::unique_ptr<Ui::ArchivePage> m_ui;
    PageContext m_context;
    ArchiveTableModel *m_model;
    // Made at the first document shown, so that Qt PDF is loaded only then (PreviewPluginLoader).
    DocumentPreviewPlugin *m_previewPlugin = nullptr;
    QWidget *m_preview = nullptr;
    QLabel *m_previewProblem = nullptr;
    QTimer m_filterDelay;
    QPointer<MonthEndPackJob> m_pack;
    UrlOpener m_openUrl;
    PathChooser m_chooseSavePath;
    PathChooser m_choosePackDestination;
    PeriodChooser m_choosePackPeriod;
    bool m_columnsSized = false;
};
