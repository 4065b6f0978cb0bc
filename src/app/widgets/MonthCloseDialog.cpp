#include "MonthCloseDialog.h"

#include "FileDialogs.h"
#include "archive/ArchivePreferences.h"
#include "format/PeriodTitle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

MonthCloseDialog::MonthCloseDialog(const BillingPeriod &lastMonth, const QList<Organisation> &organisations,
                                   QWidget *parent)
    : QDialog(parent)
    , m_period(new QComboBox(this))
    , m_invoice(new QCheckBox(tr("Regular &invoice"), this))
    , m_callDetails(new QCheckBox(tr("Call &details"), this))
    , m_charges(new QCheckBox(tr("C&harges per subscriber"), this))
    , m_organisations(new QListWidget(this))
    , m_format(new QComboBox(this))
    , m_folder(new QLineEdit(this))
{
    setWindowTitle(tr("Close the month"));
    m_period->setObjectName(QStringLiteral("closePeriodCombo"));
    m_organisations->setObjectName(QStringLiteral("closeOrganisationsList"));
    m_format->setObjectName(QStringLiteral("closeFormatCombo"));
    m_folder->setObjectName(QStringLiteral("closeFolderEdit"));
    for (int back = 0; back < MonthsOffered; ++back) {
        const BillingPeriod period = lastMonth.addMonths(-back);
        m_period->addItem(PeriodTitle::of(period), period.toString());
    }
    m_invoice->setChecked(true);
    m_organisations->setAccessibleName(tr("Organisations to close"));
    for (const Organisation &organisation : organisations) {
        auto *item = new QListWidgetItem(organisation.title, m_organisations);
        item->setData(Qt::UserRole, organisation.accountId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_format->addItem(tr("a folder"), int(MonthEndPack::Format::Folder));
    m_format->addItem(tr("a ZIP file"), int(MonthEndPack::Format::Zip));
    const QString last = ArchivePreferences::lastPackFolder();
    m_folder->setText(QDir::toNativeSeparators(
        last.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : last));
    m_folder->setAccessibleName(tr("Folder for the pack"));

    auto *documents = new QVBoxLayout;
    documents->addWidget(m_invoice);
    documents->addWidget(m_callDetails);
    documents->addWidget(m_charges);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("closeBrowseButton"));
    folderRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Month:"), m_period);
    form->addRow(tr("Documents:"), documents);
    form->addRow(tr("&Organisations:"), m_organisations);
    form->addRow(tr("&Pack as:"), m_format);
    form->addRow(tr("&Put it in:"), folderRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_accept = buttons->button(QDialogButtonBox::Ok);
    m_accept->setText(tr("&Close the month"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &MonthCloseDialog::browse);
    for (QCheckBox *box : {m_invoice, m_callDetails, m_charges})
        connect(box, &QCheckBox::toggled, this, &MonthCloseDialog::updateAcceptable);
    connect(m_organisations, &QListWidget::itemChanged, this, &MonthCloseDialog::updateAcceptable);
    connect(m_folder, &QLineEdit::textChanged, this, &MonthCloseDialog::updateAcceptable);
    updateAcceptable();
}

void MonthCloseDialog::browse()
{
    const QString folder = FileDialogs::askExistingFolder(this, tr("Where to put the pack"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void MonthCloseDialog::updateAcceptable()
{
    const MonthClose::Request chosen = request();
    m_accept->setEnabled(!chosen.kinds.isEmpty() && !chosen.accountIds.isEmpty()
                         && QDir(chosen.packFolder).exists());
}

MonthClose::Request MonthCloseDialog::request() const
{
    MonthClose::Request request;
    request.period = *BillingPeriod::fromString(m_period->currentData().toString());
    if (m_invoice->isChecked())
        request.kinds.append(ArchivedDocument::Kind::Invoice);
    if (m_callDetails->isChecked())
        request.kinds.append(ArchivedDocument::Kind::CallDetails);
    if (m_charges->isChecked())
        request.kinds.append(ArchivedDocument::Kind::Charges);
    for (int i = 0; i < m_organisations->count(); ++i) {
        if (m_organisations->item(i)->checkState() == Qt::Checked)
            request.accountIds.append(m_organisations->item(i)->data(Qt::UserRole).toString());
    }
    request.packFolder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    request.format = MonthEndPack::Format(m_format->currentData().toInt());
    return request;
}
