#include "OperatorMailRecognizer.h"

#include <QRegularExpression>

namespace {

// Nominative and genitive, as subjects and letters write them.
int monthNumber(const QString &word)
{
    static const QStringList stems = {QStringLiteral("январ"), QStringLiteral("феврал"), QStringLiteral("март"),
                                      QStringLiteral("апрел"), QStringLiteral("ма"),     QStringLiteral("июн"),
                                      QStringLiteral("июл"),   QStringLiteral("август"), QStringLiteral("сентябр"),
                                      QStringLiteral("октябр"), QStringLiteral("ноябр"), QStringLiteral("декабр")};
    static const QStringList endings = {QString(), QStringLiteral("ь"), QStringLiteral("я"), QStringLiteral("й"),
                                        QStringLiteral("а")};
    for (int i = 0; i < stems.size(); ++i) {
        for (const QString &ending : endings) {
            if (word == stems.at(i) + ending && (i != 4 || ending == QStringLiteral("й") || ending == QStringLiteral("я")))
                return i + 1;
        }
    }
    return 0;
}

QString lowerAddress(const QString &address)
{
    return address.trimmed().toLower();
}

} // namespace

OperatorMailRecognizer::OperatorMailRecognizer(Account account)
    : m_account(std::move(account))
{
    for (QString &address : m_account.operatorSenders)
        address = lowerAddress(address);
    for (QString &address : m_account.ownAddresses)
        address = lowerAddress(address);
}

std::optional<BillingPeriod> OperatorMailRecognizer::periodIn(const QString &text)
{
    static const QRegularExpression monthYear(QStringLiteral("([а-яё]+)\\s+(\\d{4})"),
                                              QRegularExpression::CaseInsensitiveOption);
    for (auto it = monthYear.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int month = monthNumber(match.captured(1).toLower());
        const int year = match.captured(2).toInt();
        if (month > 0 && year >= 2000 && year <= 2100)
            return BillingPeriod(year, month);
    }
    return std::nullopt;
}

QString OperatorMailRecognizer::invoiceNumberIn(const QString &subject)
{
    static const QRegularExpression number(QStringLiteral("№\\s*([0-9A-Za-zА-Яа-я/-]{1,40})"));
    const QRegularExpressionMatch match = number.match(subject);
    return match.hasMatch() ? match.captured(1) : QString();
}

std::optional<Money> OperatorMailRecognizer::amountIn(const QString &text)
{
    static const QRegularExpression sum(
        QStringLiteral("Сумма к оплате:\\s*([0-9]{1,3}(?:[ \\x{00A0}]?[0-9]{3}){0,5},[0-9]{2})\\s*(?:₽|руб)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch match = sum.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    QString digits = match.captured(1);
    digits.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).replace(QLatin1Char(','), QLatin1Char('.'));
    return Money::fromDecimalString(digits, QStringLiteral("RUB"));
}

OperatorMailRecognizer::Result OperatorMailRecognizer::recognise(const ParsedMail &mail) const
{
    Result result;
    const bool fromOperator = m_account.operatorSenders.contains(mail.fromAddress);
    const bool looksLikeOperator = !m_account.operatorName.isEmpty()
                                   && mail.fromName.compare(m_account.operatorName, Qt::CaseInsensitive) == 0;
    const auto notRecognised = [&result](const QString &reason) {
        result.verdict = Verdict::NotRecognised;
        result.reason = reason;
        return result;
    };
    if (mail.outcome != ParsedMail::Outcome::Read)
        return fromOperator ? notRecognised(tr("The message could not be read safely.")) : result;
    if (!fromOperator) {
        // Someone else's mail is not listed; one that signs as the operator from another address is.
        return looksLikeOperator ? notRecognised(tr("It signs as the operator but comes from another address: %1.")
                                                     .arg(mail.fromAddress))
                                 : result;
    }
    const bool toThisAccount = std::any_of(mail.toAddresses.cbegin(), mail.toAddresses.cend(),
                                           [this](const QString &to) { return m_account.ownAddresses.contains(to); });
    if (!toThisAccount)
        return notRecognised(tr("It is addressed to none of this account's e-mail addresses."));

    const QString subject = mail.subject.toLower();
    if (subject.startsWith(QStringLiteral("счет")))
        result.kind = Kind::Invoice;
    else if (subject.startsWith(QStringLiteral("детализация")))
        result.kind = Kind::CallDetails;
    else if (subject.startsWith(QStringLiteral("начисления")))
        result.kind = Kind::CurrentCharges;
    else
        return notRecognised(tr("Its subject names no document the operator sends: «%1».").arg(mail.subject));

    result.period = periodIn(mail.subject);
    if (!result.period)
        result.period = periodIn(mail.text);
    if (!result.period)
        return notRecognised(tr("It does not say which month it is for."));

    for (const ParsedMail::Attachment &attachment : mail.attachments) {
        if (attachment.sniffedType != ParsedMail::DocumentType::Other)
            result.documents.append(attachment);
    }
    if (result.documents.isEmpty())
        return notRecognised(tr("No PDF or CSV document is attached."));
    result.orderId = mail.operatorOrderId;
    if (result.kind == Kind::Invoice) {
        result.number = invoiceNumberIn(mail.subject);
        result.amount = amountIn(mail.text);
    }
    result.verdict = Verdict::Recognised;
    return result;
}
