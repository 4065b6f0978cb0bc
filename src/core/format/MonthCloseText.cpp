#include "MonthCloseText.h"

#include "archive/ArchiveTableModel.h"
#include "format/DateText.h"
#include "format/PeriodTitle.h"

QString MonthCloseText::statusKey(AccountMonthClose::Item::Status status)
{
    using Status = AccountMonthClose::Item::Status;
    switch (status) {
    case Status::Waiting:
        return QStringLiteral("waiting");
    case Status::Working:
        return QStringLiteral("working");
    case Status::AwaitingMail:
        return QStringLiteral("awaiting_mail");
    case Status::Filed:
        return QStringLiteral("filed");
    case Status::AlreadyFiled:
        return QStringLiteral("already_filed");
    case Status::Unavailable:
        return QStringLiteral("unavailable");
    case Status::Failed:
        return QStringLiteral("failed");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString MonthCloseText::statusText(const AccountMonthClose::Item &item)
{
    using Status = AccountMonthClose::Item::Status;
    switch (item.status) {
    case Status::Waiting:
        return tr("waiting");
    case Status::Working:
        return tr("being obtained, %1%").arg(item.percent);
    case Status::AwaitingMail:
        return tr("ordered to e-mail, awaiting the letter");
    case Status::Filed:
        return tr("obtained");
    case Status::AlreadyFiled:
        return tr("already in the archive");
    case Status::Unavailable:
        return tr("not available: %1").arg(item.message);
    case Status::Failed:
        return tr("not obtained: %1").arg(item.message);
    case Status::Cancelled:
        return tr("cancelled");
    }
    return {};
}

QString MonthCloseText::itemLine(const AccountMonthClose::Item &item)
{
    return tr("%1: %2").arg(ArchiveTableModel::kindTitle(item.kind), statusText(item));
}

QString MonthCloseText::lastInvoiceText(AccountOverview::LastInvoice state)
{
    switch (state) {
    case AccountOverview::LastInvoice::Unknown:
        return QString();
    case AccountOverview::LastInvoice::InArchive:
        return tr("in the archive");
    case AccountOverview::LastInvoice::ArrivedByMail:
        return tr("arrived by e-mail");
    case AccountOverview::LastInvoice::Generating:
        return tr("being formed by the operator");
    case AccountOverview::LastInvoice::Ordered:
        return tr("ordered by e-mail");
    case AccountOverview::LastInvoice::Missing:
        return tr("missing");
    }
    return {};
}

QString MonthCloseText::orderingText(const AccountOverview &overview, const QTimeZone &operatorZone)
{
    if (overview.orderingOpen || !overview.reopensAt.isValid())
        return tr("open");
    const QDateTime reopens = overview.reopensAt.toTimeZone(operatorZone);
    return tr("closed until %1, %2 (operator's time)")
        .arg(DateText::dayAndMonth(reopens.date()), DateText::timeOfDay(reopens, operatorZone));
}

QString MonthCloseText::accountProgress(const AccountMonthClose &account)
{
    int filed = 0;
    int failed = 0;
    int awaited = 0;
    QString problem;
    for (const AccountMonthClose::Item &item : account.items()) {
        filed += item.isFiled() ? 1 : 0;
        awaited += item.status == AccountMonthClose::Item::Status::AwaitingMail ? 1 : 0;
        if (item.status == AccountMonthClose::Item::Status::Failed
            || item.status == AccountMonthClose::Item::Status::Unavailable) {
            ++failed;
            problem = item.message;
        }
    }
    const int total = int(account.items().size());
    if (!account.isFinished())
        return tr("%1%").arg(account.percent());
    if (filed == total)
        return tr("done");
    if (failed > 0)
        return tr("%1 of %2 obtained; %3").arg(filed).arg(total).arg(problem);
    if (awaited > 0)
        return tr("%1 of %2 obtained; the rest ordered by e-mail").arg(filed).arg(total);
    return tr("%1 of %2 obtained").arg(filed).arg(total);
}

QString MonthCloseText::closedCount(const MonthClose::Outcome &outcome, const BillingPeriod &period)
{
    return tr("%1 of %n organisation(s) closed for %2.", "", outcome.accounts)
        .arg(outcome.complete)
        .arg(PeriodTitle::inText(period));
}

QString MonthCloseText::newInvoicesTitle(int organisations)
{
    return tr("New invoices: %n organisation(s)", "", organisations);
}

QString MonthCloseText::newInvoicesText(const QStringList &obtained, const QStringList &failed,
                                        const BillingPeriod &period)
{
    constexpr int Named = 5;
    QString text = tr("The invoices for %1 are in the document archive: %2").arg(PeriodTitle::inText(period),
                                                                                 obtained.mid(0, Named).join(QStringLiteral(", ")));
    if (obtained.size() > Named)
        text += tr(" and %n more", "", int(obtained.size()) - Named);
    text += QLatin1Char('.');
    if (!failed.isEmpty())
        text += QLatin1Char(' ') + tr("Not obtained: %1.").arg(failed.join(QStringLiteral("; ")));
    return text;
}
