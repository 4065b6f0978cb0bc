#include "ArchivePage.h"

#include "BillingCalendar.h"
#include "archive/ArchiveFilter.h"
#include "archive/ArchivePreferences.h"
#include "archive/ArchiveTableModel.h"
#include "archive/DocumentArchive.h"
#include "archive/ExportNameTemplate.h"
#include "archive/MonthEndPackJob.h"
#include "archive/OrderJournal.h"
#include "format/OrderProgressText.h"
#include "format/DateText.h"
#include "format/PeriodTitle.h"
#include "invoicing/InvoicingWindowWatcher.h"
#include "preview/DocumentPreviewPlugin.h"
#include "preview/PreviewPluginLoader.h"
#include "time/OperatorTime.h"
#include "widgets/DesktopOpenProblem.h"
#include "widgets/FileDialogs.h"
#include "widgets/PackPeriodDialog.h"
#include "widgets/PlaceholderFit.h"
#include "ui_archivepage.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>

#include <algorithm>

ArchivePage::ArchivePage(const PageContext &context, QWidget *parent)
    : MenuPage(parent)
    , m_ui(std::make_unique<Ui::ArchivePage>())
    , m_context(context)
    , m_model(new ArchiveTableModel(context.archive, this))
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    setUpTable();
    setUpChoices();

    m_openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };
    m_chooseSavePath = [this](const QString &suggested, MonthEndPack::Format) {
        return FileDialogs::askSavePath(this, tr("Save the document as"), suggested, tr("PDF documents (*.pdf)"));
    };
    m_choosePackDestination = [this](const QString &suggested, MonthEndPack::Format format) {
        return format == MonthEndPack::Format::Zip
                   ? FileDialogs::askSavePath(this, tr("Save the pack as"), suggested, tr("ZIP files (*.zip)"))
                   : FileDialogs::askNewFolder(this, tr("Name the folder to create"), suggested);
    };

    m_choosePackPeriod = [this](const BillingPeriod &suggested) { return PackPeriodDialog::ask(suggested, this); };

    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(FilterDelayMs);
    connect(&m_filterDelay, &QTimer::timeout, this, &ArchivePage::applyFilter);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this] { m_filterDelay.start(); });
    PlaceholderFit::apply(m_ui->filterEdit);
    connect(m_ui->accountCombo, &QComboBox::currentIndexChanged, this, &ArchivePage::applyFilter);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &ArchivePage::applyFilter);
    connect(m_ui->periodCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->fromEdit->setEnabled(on);
        m_ui->toEdit->setEnabled(on);
        applyFilter();
    });
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &ArchivePage::applyFilter);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &ArchivePage::applyFilter);
    connect(m_ui->openButton, &QPushButton::clicked, this, &ArchivePage::openDocument);
    connect(m_ui->documentsView, &QTableView::activated, this, &ArchivePage::openDocument);
    connect(m_ui->saveAsButton, &QPushButton::clicked, this, &ArchivePage::saveDocumentAs);
    connect(m_ui->showInFolderButton, &QPushButton::clicked, this, &ArchivePage::showInFolder);
    connect(m_ui->exportSelectedButton, &QPushButton::clicked, this, &ArchivePage::exportSelected);
    connect(m_ui->exportPeriodButton, &QPushButton::clicked, this, &ArchivePage::exportPeriod);
    connect(m_ui->packCancelButton, &QPushButton::clicked, this, [this] {
        if (m_pack)
            m_pack->cancel();
    });
}

ArchivePage::~ArchivePage() = default;

void ArchivePage::setUpTable()
{
    QTableView *view = m_ui->documentsView;
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSortIndicator(ArchiveTableModel::PeriodColumn, Qt::DescendingOrder);
    view->setColumnHidden(ArchiveTableModel::OrganisationColumn, true);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ArchivePage::onCurrentChanged);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_ui->exportSelectedButton->setEnabled(!m_pack && m_ui->documentsView->selectionModel()->hasSelection());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const bool nothingShown = m_model->rowCount() == 0;
        m_ui->emptyLabel->setVisible(nothingShown);
        if (nothingShown) {
            // An empty archive is not a filter that matches nothing: say which, so nobody hunts for a filter.
            m_ui->emptyLabel->setText(m_context.archive->count(ArchiveFilter()) == 0
                                          ? tr("The archive has no documents yet: invoices you download, or that are "
                                               "fetched automatically, are kept here.")
                                          : tr("No documents match the filter."));
        }
        m_ui->exportSelectedButton->setEnabled(false); // a reset clears the selection without saying so
        onCurrentChanged();
    });
}

void ArchivePage::setUpChoices()
{
    m_ui->kindCombo->addItem(tr("All documents"));
    for (const ArchivedDocument::Kind kind :
         {ArchivedDocument::Kind::Invoice, ArchivedDocument::Kind::CallDetails, ArchivedDocument::Kind::Charges})
        m_ui->kindCombo->addItem(ArchiveTableModel::kindTitle(kind), int(kind));
    m_ui->formatCombo->addItem(tr("a ZIP file"), int(MonthEndPack::Format::Zip));
    m_ui->formatCombo->addItem(tr("a folder"), int(MonthEndPack::Format::Folder));
    const QDate today = QDate::currentDate();
    m_ui->toEdit->setDate(QDate(today.year(), today.month(), 1));
    m_ui->fromEdit->setDate(m_ui->toEdit->date().addMonths(-2));
    m_ui->templateEdit->setText(ArchivePreferences::nameTemplate());
    // An unknown placeholder is said as it is typed; the template is kept once the field is left.
    connect(m_ui->templateEdit, &QLineEdit::textChanged, this, &ArchivePage::checkNameTemplate);
    connect(m_ui->templateEdit, &QLineEdit::editingFinished, this, [this] {
        if (checkNameTemplate())
            ArchivePreferences::setNameTemplate(m_ui->templateEdit->text());
    });
    auto *fields = new QMenu(m_ui->placeholderButton);
    for (const auto &[russian, name] : ExportNameTemplate::russianPlaceholders()) {
        QAction *insert = fields->addAction(russian);
        insert->setObjectName(QStringLiteral("insert_") + name);
        connect(insert, &QAction::triggered, this, [this, text = russian] {
            m_ui->templateEdit->insert(text);
            m_ui->templateEdit->setFocus();
            ArchivePreferences::setNameTemplate(m_ui->templateEdit->text());
        });
    }
    m_ui->placeholderButton->setMenu(fields);
    m_ui->autoFetchCheck->setChecked(ArchivePreferences::automaticFetch());
    connect(m_ui->autoFetchCheck, &QCheckBox::toggled, this, [](bool on) { ArchivePreferences::setAutomaticFetch(on); });
}

void ArchivePage::activate()
{
    if (!m_context.archive || !m_context.archive->isOpen()) {
        m_ui->message->showError(tr("The document archive could not be opened, so there is nothing to show."));
        return;
    }
    m_ui->message->clear();
    refreshAccounts();
    applyFilter();
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_ui->documentsView->resizeColumnsToContents(); // measures the first page only
        m_columnsSized = true;
    }
}

void ArchivePage::refreshAccounts()
{
    const QString chosen = m_ui->accountCombo->currentData().toString();
    const QSignalBlocker blocker(m_ui->accountCombo);
    m_ui->accountCombo->clear();
    m_ui->accountCombo->addItem(tr("All accounts"), QString());
    for (const QString &id : m_context.archive->accountIds())
        m_ui->accountCombo->addItem(id.isEmpty() ? tr("(recovered, account unknown)") : id, id);
    m_ui->accountCombo->setCurrentIndex(std::max(0, m_ui->accountCombo->findData(chosen)));
}

ArchiveFilter ArchivePage::currentFilter() const
{
    ArchiveFilter filter = m_model->filter(); // keeps the order chosen in the header
    filter.text = m_ui->filterEdit->text();
    filter.accountId = m_ui->accountCombo->currentData().toString();
    filter.kind.reset();
    if (m_ui->kindCombo->currentData().isValid())
        filter.kind = ArchivedDocument::Kind(m_ui->kindCombo->currentData().toInt());
    filter.from.reset();
    filter.to.reset();
    if (m_ui->periodCheck->isChecked()) {
        filter.from = BillingPeriod(m_ui->fromEdit->date().year(), m_ui->fromEdit->date().month());
        filter.to = BillingPeriod(m_ui->toEdit->date().year(), m_ui->toEdit->date().month());
    }
    return filter;
}

void ArchivePage::showPeriod(const QString &accountId, const BillingPeriod &period)
{
    refreshAccounts();
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_ui->filterEdit), QSignalBlocker(m_ui->accountCombo),
                                           QSignalBlocker(m_ui->kindCombo), QSignalBlocker(m_ui->periodCheck),
                                           QSignalBlocker(m_ui->fromEdit), QSignalBlocker(m_ui->toEdit)};
        m_ui->filterEdit->clear();
        m_ui->accountCombo->setCurrentIndex(std::max(0, m_ui->accountCombo->findData(accountId)));
        m_ui->kindCombo->setCurrentIndex(0);
        m_ui->periodCheck->setChecked(true);
        m_ui->fromEdit->setEnabled(true);
        m_ui->toEdit->setEnabled(true);
        m_ui->fromEdit->setDate(period.firstDay());
        m_ui->toEdit->setDate(period.firstDay());
    }
    applyFilter();
}

void ArchivePage::applyFilter()
{
    m_filterDelay.stop();
    m_model->setFilter(currentFilter());
}

std::optional<ArchivedDocument> ArchivePage::currentDocument() const
{
    const QModelIndex current = m_ui->documentsView->selectionModel()->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->document(current.row());
}

void ArchivePage::onCurrentChanged()
{
    const std::optional<ArchivedDocument> document = currentDocument();
    for (QPushButton *button : {m_ui->openButton, m_ui->saveAsButton, m_ui->showInFolderButton})
        button->setEnabled(document.has_value());
    if (m_preview)
        m_previewPlugin->clear(m_preview);
    if (!document) {
        m_ui->factsLabel->setText(tr("Choose a document to see it here."));
        return;
    }
    showFacts(*document);
    const std::optional<QByteArray> content = verifiedContent(*document);
    if (!content)
        return;
    m_ui->message->clear();
    // The preview shows the very bytes that were verified, not whatever the file holds a moment later.
    if (ensurePreview())
        m_previewPlugin->showPdf(m_preview, *content);
}

bool ArchivePage::checkNameTemplate()
{
    const QStringList unknown = ExportNameTemplate(m_ui->templateEdit->text()).unknownPlaceholders();
    if (!unknown.isEmpty()) {
        m_ui->packMessage->showError(tr("Unknown in the file names: %1. Insert the fields from «%2».")
                                         .arg(unknown.join(QLatin1Char(' ')), m_ui->placeholderButton->text().remove(u'&')));
        return false;
    }
    m_ui->packMessage->clear();
    return true;
}

bool ArchivePage::ensurePreview()
{
    if (m_preview)
        return true;
    if (m_previewProblem)
        return false;
    QString problem;
    m_previewPlugin = PreviewPluginLoader::plugin(&problem);
    if (!m_previewPlugin) {
        m_previewProblem = new QLabel(problem, m_ui->previewHolder);
        m_previewProblem->setObjectName(QStringLiteral("previewProblem"));
        m_previewProblem->setWordWrap(true);
        m_ui->previewLayout->addWidget(m_previewProblem);
        return false;
    }
    m_preview = m_previewPlugin->createView(m_ui->previewHolder);
    m_preview->setAccessibleName(tr("Preview of the document"));
    m_ui->previewLayout->addWidget(m_preview);
    return true;
}

void ArchivePage::showFacts(const ArchivedDocument &d)
{
    QStringList facts;
    facts << QStringLiteral("<b>%1 %2</b>").arg(ArchiveTableModel::kindTitle(d.kind).toHtmlEscaped(),
                                                 d.number.toHtmlEscaped());
    facts << tr("Period: %1").arg(PeriodTitle::of(d.period));
    if (d.kind == ArchivedDocument::Kind::Invoice)
        facts << tr("Amount: %1").arg(ArchiveTableModel::amountText(d));
    facts << tr("Contract: %1, %2").arg(d.contract.toHtmlEscaped(), d.organisation.toHtmlEscaped());
    facts << tr("Obtained: %1").arg(DateText::moment(d.obtainedAt));
    if (d.origin == ArchivedDocument::Origin::Mail) {
        const std::optional<PlacedOrder> order = m_context.orders ? m_context.orders->forDocument(d.id)
                                                                  : std::nullopt;
        facts << (order ? OrderProgressText::originOf(*order) : tr("Came in the operator's e-mail.")).toHtmlEscaped();
    }
    m_ui->factsLabel->setText(facts.join(QStringLiteral("<br>")));
    // The checksum is for whoever checks the file by hand, not for reading: a tooltip, not a line.
    m_ui->factsLabel->setToolTip(tr("Checksum (SHA-256) recorded when the document was obtained: %1")
                                     .arg(QString::fromLatin1(d.sha256)));
}

std::optional<QByteArray> ArchivePage::verifiedContent(const ArchivedDocument &document)
{
    if (!QFileInfo::exists(m_context.archive->pathOf(document.fileName))) {
        m_ui->message->showError(tr("The file of this document is missing from the archive folder."));
        return std::nullopt;
    }
    std::optional<QByteArray> content = m_context.archive->verifiedContent(document);
    if (!content) {
        m_ui->message->showError(tr("This document's file has been altered or damaged since it was obtained (its "
                                    "checksum no longer matches). It is not shown or opened."));
        return std::nullopt;
    }
    return content;
}

void ArchivePage::openDocument()
{
    const std::optional<ArchivedDocument> document = currentDocument();
    if (!document || !verifiedContent(*document))
        return;
    if (!m_openUrl(QUrl::fromLocalFile(m_context.archive->pathOf(document->fileName))))
        offerSaveAs(DesktopOpenProblem::noViewer());
}

void ArchivePage::saveDocumentAs()
{
    const std::optional<ArchivedDocument> document = currentDocument();
    if (!document)
        return;
    const QString suggested = ArchivePreferences::lastPackFolder() + QLatin1Char('/')
                              + ExportNameTemplate(m_ui->templateEdit->text()).render(*document);
    const QString path = m_chooseSavePath(suggested, MonthEndPack::Format::Folder);
    if (path.isEmpty())
        return;
    QString error;
    if (!m_context.archive->exportTo(*document, path, &error))
        return m_ui->message->showError(tr("The document was not saved: %1").arg(error));
    ArchivePreferences::setLastPackFolder(QFileInfo(path).absolutePath());
    m_ui->message->showSuccess(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
}

void ArchivePage::showInFolder()
{
    const std::optional<ArchivedDocument> document = currentDocument();
    if (document && !m_openUrl(QUrl::fromLocalFile(m_context.archive->documentsDirectory())))
        offerSaveAs(DesktopOpenProblem::noFileManager());
}

void ArchivePage::offerSaveAs(const QString &problem)
{
    m_ui->message->showError(problem);
    m_ui->saveAsButton->setFocus();
}

void ArchivePage::exportSelected()
{
    QModelIndexList rows = m_ui->documentsView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QList<ArchivedDocument> documents;
    for (const QModelIndex &row : rows)
        documents.append(m_model->document(row.row()));
    startPack(documents, tr("Documents %1").arg(QDate::currentDate().toString(Qt::ISODate)));
}

void ArchivePage::exportPeriod()
{
    // The pack's months are asked for, not taken from the filter above (which may be switched off).
    // Before the operator has told its time (offline, or not logged in), OperatorTime's best guess.
    const OperatorTime notYetKnown;
    const BillingPeriod current = m_context.invoicing
                                      ? m_context.invoicing->currentPeriod()
                                      : BillingCalendar(notYetKnown.zone()).currentPeriod(notYetKnown.now());
    const std::optional<std::pair<BillingPeriod, BillingPeriod>> months = m_choosePackPeriod(current.previous());
    if (!months)
        return;
    ArchiveFilter filter;
    filter.accountId = m_ui->accountCombo->currentData().toString();
    filter.from = months->first;
    filter.to = months->second;
    filter.sortColumn = ArchiveFilter::SortColumn::Period;
    filter.descending = false;
    const QList<ArchivedDocument> documents = m_context.archive->page(filter, 0, -1);
    if (documents.isEmpty())
        return m_ui->packMessage->showError(tr("There are no documents for %1 – %2.")
                                                .arg(PeriodTitle::of(*filter.from), PeriodTitle::of(*filter.to)));
    const QString period = *filter.from == *filter.to
                               ? filter.from->toString()
                               : filter.from->toString() + QLatin1Char('_') + filter.to->toString();
    startPack(documents, tr("Documents %1").arg(period));
}

void ArchivePage::startPack(const QList<ArchivedDocument> &documents, const QString &suggestedName)
{
    const ExportNameTemplate names(m_ui->templateEdit->text());
    if (!names.unknownPlaceholders().isEmpty())
        return m_ui->packMessage->showError(
            tr("Unknown in the file names: %1").arg(names.unknownPlaceholders().join(QLatin1Char(' '))));
    const auto format = MonthEndPack::Format(m_ui->formatCombo->currentData().toInt());
    const QString suggested = ArchivePreferences::lastPackFolder() + QLatin1Char('/') + suggestedName
                              + (format == MonthEndPack::Format::Zip ? QStringLiteral(".zip") : QString());
    QString destination = m_choosePackDestination(suggested, format);
    if (destination.isEmpty())
        return;
    if (format == MonthEndPack::Format::Zip && !destination.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        destination += QStringLiteral(".zip");
    ArchivePreferences::setLastPackFolder(QFileInfo(destination).absolutePath());
    m_pack = new MonthEndPackJob(MonthEndPack(m_context.archive->documentsDirectory(), names), documents, format,
                                 destination, this);
    connect(m_pack, &MonthEndPackJob::progressChanged, this, [this](int done, int total) {
        m_ui->packProgress->setMaximum(total);
        m_ui->packProgress->setValue(done);
    });
    connect(m_pack, &MonthEndPackJob::finished, this, [this, destination](const MonthEndPack::Result &result) {
        m_pack->deleteLater();
        m_pack = nullptr;
        onPackFinished(result, destination);
    });
    m_ui->packProgress->setRange(0, int(documents.size()));
    m_ui->packProgress->setValue(0);
    m_ui->packMessage->showInfo(tr("Exporting %n document(s)…", nullptr, int(documents.size())));
    setPackRunning(true);
    m_pack->start();
}

void ArchivePage::onPackFinished(const MonthEndPack::Result &result, const QString &destination)
{
    setPackRunning(false);
    if (result.ok) {
        QString done = tr("%n document(s) exported to %1, with index.csv.", nullptr, result.written)
                           .arg(QDir::toNativeSeparators(destination));
        if (result.repeatsLeftOut > 0)
            done += QLatin1Char(' ') + tr("%n document(s) obtained more than once went in once.", nullptr,
                                          result.repeatsLeftOut);
        return m_ui->packMessage->showSuccess(done);
    }
    if (result.cancelled)
        return m_ui->packMessage->showInfo(tr("The export was cancelled; nothing was written."));
    if (!result.altered.isEmpty())
        return m_ui->packMessage->showError(tr("Nothing was exported: these documents have been altered since they "
                                               "were obtained (their checksums no longer match): %1.")
                                                .arg(result.altered.join(QStringLiteral(", "))));
    m_ui->packMessage->showError(result.error);
}

void ArchivePage::setPackRunning(bool running)
{
    m_ui->packProgress->setVisible(running);
    m_ui->packCancelButton->setVisible(running);
    m_ui->exportPeriodButton->setEnabled(!running);
    m_ui->exportSelectedButton->setEnabled(!running && m_ui->documentsView->selectionModel()->hasSelection());
    if (running)
        m_ui->packCancelButton->setFocus();
}
