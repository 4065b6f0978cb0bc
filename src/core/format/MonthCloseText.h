#pragma once

#include "close/AccountMonthClose.h"
#include "close/AccountOverview.h"
#include "close/MonthClose.h"

#include <QTimeZone>

#include <QCoreApplication>
#include <QString>

// How the month-end close speaks of a document's state: the words on the page and in the command's
// progress lines, and the stable keys of its JSON summary.
class MonthCloseText
{
    Q_DECLARE_TR_FUNCTIONS(MonthCloseText)

public:
    // «Счет: получен», «Детализация: заказана по e-mail, ждем письма», «Счет: ошибка — …».
    static QString itemLine(const AccountMonthClose::Item &item);
    static QString statusText(const AccountMonthClose::Item &item);
    // filed, already_filed, awaiting_mail, unavailable, failed, cancelled, waiting, working.
    static QString statusKey(AccountMonthClose::Item::Status status);

    // «в архиве», «пришел по почте», «заказан по e-mail», «нет».
    static QString lastInvoiceText(AccountOverview::LastInvoice state);
    // «открыт», or «закрыт до 4 декабря, 00:00 (по времени оператора)».
    static QString orderingText(const AccountOverview &overview, const QTimeZone &operatorZone);
    // The whole account's part of a close: «получено 2 из 3», «ошибка: …».
    static QString accountProgress(const AccountMonthClose &account);
    // «10 из 12 организаций закрыты за октябрь 2026.»
    static QString closedCount(const MonthClose::Outcome &outcome, const BillingPeriod &period);
    // The one notice of the automatic fetch for many accounts: «Новые счета: 12 организаций», then who.
    static QString newInvoicesTitle(int organisations);
    static QString newInvoicesText(const QStringList &obtained, const QStringList &failed, const BillingPeriod &period);
};
