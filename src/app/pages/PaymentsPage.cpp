#include "PaymentsPage.h"

#include "OperatorDataLoader.h"
#include "api/OperatorApi.h"
#include "invoicing/InvoicingWindowWatcher.h"
#include "models/PaymentTableModel.h"
#include "ui_paymentspage.h"
#include "widgets/FileDialogs.h"
#include "storage/PrivateFiles.h"

#include <QDir>
#include <QHeaderView>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>

PaymentsPage::PaymentsPage(const PageContext &context, QWidget *parent)
    : OperatorDataPage(PageId::Payments, context, parent)
    , m_ui(std::make_unique<Ui::PaymentsPage>())
    , m_payments(new PaymentTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setUpLoading(m_ui->titleLabel, m_ui->descriptionLabel, m_ui->loader, [this] { startLoading(); });
    m_sorted->setSourceModel(m_payments);
    m_sorted->setSortRole(PaymentTableModel::SortRole);
    m_ui->paymentsView->setModel(m_sorted);
    m_ui->paymentsView->sortByColumn(PaymentTableModel::DateColumn, Qt::DescendingOrder);
    m_ui->paymentsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->paymentsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->paymentsView->verticalHeader()->hide();
    m_ui->exportButton->setEnabled(false);
    m_ui->excelButton->setEnabled(false);
    setDefaultButton(m_ui->applyButton);

    connect(m_ui->applyButton, &QPushButton::clicked, loader(), &OperatorDataLoader::load);
    connect(m_ui->fromEdit, &QDateEdit::dateChanged, this, &PaymentsPage::onPeriodEdited);
    connect(m_ui->toEdit, &QDateEdit::dateChanged, this, &PaymentsPage::onPeriodEdited);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &PaymentsPage::chooseExportFile);
    connect(m_ui->excelButton, &QPushButton::clicked, this, &PaymentsPage::chooseExcelFile);
}

PaymentsPage::~PaymentsPage() = default;

void PaymentsPage::activate()
{
    if (!m_periodSet) {
        // The last twelve months by the operator's calendar, from the first day of a month.
        const QDate today = context().invoicing->operatorToday();
        const QDate from = today.addYears(-1);
        m_ui->fromEdit->setDate(QDate(from.year(), from.month(), 1));
        m_ui->toEdit->setDate(today);
        m_periodSet = true;
    }
    OperatorDataPage::activate();
}

void PaymentsPage::onPeriodEdited()
{
    m_periodSet = true;
    const bool valid = m_ui->fromEdit->date() <= m_ui->toEdit->date();
    m_ui->applyButton->setEnabled(valid);
    if (valid)
        m_ui->exportMessage->clear();
    else
        m_ui->exportMessage->showError(tr("The start of the period is after its end."));
}

void PaymentsPage::startLoading()
{
    context().api->payments(m_ui->fromEdit->date(), m_ui->toEdit->date(), loader(),
                            loader()->expect<PaymentHistory>([this](const PaymentHistory &h) { showHistory(h); }));
}

void PaymentsPage::showHistory(const PaymentHistory &history)
{
    m_ui->balanceValue->setText(history.balance.toDisplayString());
    m_ui->balanceValue->setToolTip(history.balance.minorUnits() < 0 ? tr("A negative balance is a debt to the operator.")
                                                                    : QString());
    m_payments->setRecords(history.payments);
    m_ui->exportButton->setEnabled(!history.payments.isEmpty());
    m_ui->excelButton->setEnabled(!history.payments.isEmpty());
    if (history.payments.isEmpty())
        m_ui->exportMessage->showInfo(tr("No payments in this period."));
    else
        m_ui->exportMessage->clear();
}

void PaymentsPage::chooseExportFile()
{
    askSavePath(QStringLiteral("csv"), tr("CSV files (*.csv)"), &PaymentsPage::exportTo);
}

void PaymentsPage::chooseExcelFile()
{
    askSavePath(QStringLiteral("xlsx"), tr("Excel workbooks (*.xlsx)"), &PaymentsPage::exportExcelTo);
}

void PaymentsPage::askSavePath(const QString &suffix, const QString &filter,
                               void (PaymentsPage::*save)(const QString &))
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("payments_%1_%2")
                             .arg(m_ui->fromEdit->date().toString(Qt::ISODate), m_ui->toEdit->date().toString(Qt::ISODate))
                         + QLatin1Char('.') + suffix;
    FileDialogs::openSaveAs(this, tr("Export payments"), QDir(folder).filePath(name), {{filter, suffix}},
                            [this, save](const QString &path) { (this->*save)(path); });
}

void PaymentsPage::exportExcelTo(const QString &path)
{
    QString error;
    if (!m_payments->writeXlsx(path, &error)) {
        m_ui->exportMessage->showError(tr("The file could not be saved: %1").arg(error));
        return;
    }
    PrivateFiles::giveUsualPermissions(path); // the user's export, not the app's own file
    m_ui->exportMessage->showSuccess(
        tr("%n payment(s) saved to %1.", nullptr, m_payments->rowCount()).arg(QDir::toNativeSeparators(path)));
}

void PaymentsPage::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_payments->toCsv()) < 0 || !file.commit()) {
        m_ui->exportMessage->showError(tr("The file could not be saved: %1").arg(file.errorString()));
        return;
    }
    PrivateFiles::giveUsualPermissions(path); // the user's export, not the app's own file
    m_ui->exportMessage->showSuccess(
        tr("%n payment(s) saved to %1.", nullptr, m_payments->rowCount()).arg(QDir::toNativeSeparators(path)));
}
