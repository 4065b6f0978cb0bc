#include "SubscriberChoicePage.h"

#include "widgets/PlaceholderFit.h"
#include "OperatorDataLoader.h"
#include "api/OperatorApi.h"
#include "models/SubscriberTableModel.h"
#include "subscribers/SubscriberSelection.h"
#include "ui_subscriberchoicepage.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

SubscriberChoicePage::SubscriberChoicePage(const PageContext &context, QWidget *parent)
    : OperatorDataPage(PageId::SubscriberChoice, context, parent)
    , m_ui(std::make_unique<Ui::SubscriberChoicePage>())
    , m_subscribers(new SubscriberTableModel(this))
    , m_found(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setUpLoading(m_ui->titleLabel, m_ui->descriptionLabel, m_ui->loader, [this] { startLoading(); });
    m_found->setSourceModel(m_subscribers);
    m_found->setFilterKeyColumn(-1); // the search looks at the number, the label and the status
    m_found->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->subscribersView->setModel(m_found);
    m_ui->subscribersView->sortByColumn(SubscriberTableModel::NumberColumn, Qt::AscendingOrder);
    m_ui->subscribersView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->subscribersView->horizontalHeader()->setStretchLastSection(true);
    m_ui->subscribersView->verticalHeader()->hide();
    m_ui->chooseButton->setEnabled(false);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &SubscriberChoicePage::onSearchEdited);
    PlaceholderFit::apply(m_ui->searchEdit);
    connect(m_ui->subscribersView, &QTableView::activated, this, &SubscriberChoicePage::chooseRow);
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this,
            [this] { chooseRow(m_ui->subscribersView->currentIndex()); });
    connect(m_ui->subscribersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_ui->chooseButton->setEnabled(current.isValid()); });
    connect(m_ui->chooseButton, &QPushButton::clicked, this,
            [this] { chooseRow(m_ui->subscribersView->currentIndex()); });
    connect(context.subscriber, &SubscriberSelection::changed, this, &SubscriberChoicePage::showCurrentChoice);
    showCurrentChoice();
}

SubscriberChoicePage::~SubscriberChoicePage() = default;

void SubscriberChoicePage::startLoading()
{
    context().api->subscribers(loader(), loader()->expect<QList<Subscriber>>(
                                             [this](const QList<Subscriber> &list) { showSubscribers(list); }));
}

void SubscriberChoicePage::showSubscribers(const QList<Subscriber> &subscribers)
{
    m_subscribers->setRecords(subscribers);
    const int chosenRow = m_subscribers->rowOf(context().subscriber->current().id);
    const QModelIndex chosen = m_found->mapFromSource(m_subscribers->index(chosenRow, 0));
    if (chosen.isValid()) // a chosen subscriber hidden by the search is not forced into view
        m_ui->subscribersView->setCurrentIndex(chosen);
}

void SubscriberChoicePage::onSearchEdited(const QString &text)
{
    m_found->setFilterFixedString(text.trimmed());
    if (!m_ui->subscribersView->currentIndex().isValid() && m_found->rowCount() > 0)
        m_ui->subscribersView->setCurrentIndex(m_found->index(0, 0));
    if (m_found->rowCount() == 0 && m_subscribers->rowCount() > 0)
        m_ui->choiceMessage->showInfo(tr("No subscriber matches “%1”.").arg(text.trimmed()));
    else
        m_ui->choiceMessage->clear();
}

void SubscriberChoicePage::chooseRow(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const Subscriber &subscriber = m_subscribers->record(m_found->mapToSource(proxyIndex).row());
    context().subscriber->choose({subscriber.id, subscriber.number, subscriber.label});
    m_ui->choiceMessage->showSuccess(tr("%1 (%2) is now the chosen subscriber.").arg(subscriber.number, subscriber.label));
}

void SubscriberChoicePage::showCurrentChoice()
{
    const SubscriberSelection::Choice choice = context().subscriber->current();
    m_ui->currentLabel->setText(choice.isEmpty() ? tr("No subscriber is chosen yet.")
                                                 : tr("Chosen: %1 (%2)").arg(choice.number, choice.label));
}
