#pragma once

#include "ParsedMail.h"
#include "BillingPeriod.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// Decides whether a message is one of the operator's documents for this account, which one and for which
// month: by the sender's address (never the display name), the recipient, the subject's wording and a
// document really attached. A message that claims to be the operator's but fails is "not recognised" with
// the reason, so the accountant sees it; mail from anyone else is simply not the operator's.
class OperatorMailRecognizer
{
    Q_DECLARE_TR_FUNCTIONS(OperatorMailRecognizer)

public:
    // An invoice is the regular one or its repeat: the operator words both alike.
    enum class Kind { Invoice, CallDetails, CurrentCharges };
    enum class Verdict { Recognised, NotRecognised, NotOperator };

    struct Result
    {
        Verdict verdict = Verdict::NotOperator;
        QString reason; // for the user, when not recognised
        Kind kind = Kind::Invoice;
        std::optional<BillingPeriod> period;
        QString orderId;
        QString number; // the invoice's number from the subject («Счет № 2026-10-001 за …»)
        std::optional<Money> amount; // the sum the text states («Сумма к оплате: 12 345,67 ₽»)
        QList<ParsedMail::Attachment> documents; // the attachments that are PDF or CSV by their bytes
    };

    struct Account
    {
        QStringList operatorSenders; // the operator's sending addresses
        QString operatorName;        // how the operator signs, to spot a look-alike
        QStringList ownAddresses;    // the account's invoice and contact e-mails
    };

    explicit OperatorMailRecognizer(Account account);
    Result recognise(const ParsedMail &mail) const;

    // "октябрь 2026" (any case, with or without «г.») anywhere in the text; the first one found.
    static std::optional<BillingPeriod> periodIn(const QString &text);
    // The number after «№», or nothing.
    static QString invoiceNumberIn(const QString &subject);
    // The sum after «Сумма к оплате:», in roubles, or nothing.
    static std::optional<Money> amountIn(const QString &text);

private:
    Account m_account;
};
