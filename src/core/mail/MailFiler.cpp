#include "MailFiler.h"

#include "archive/DocumentArchive.h"
#include "archive/ExportNameTemplate.h"
#include "archive/OrderJournal.h"
#include "integrity/Sha256.h"

namespace {

ArchivedDocument::Kind archiveKindOf(OperatorMailRecognizer::Kind kind)
{
    switch (kind) {
    case OperatorMailRecognizer::Kind::Invoice:
        return ArchivedDocument::Kind::Invoice;
    case OperatorMailRecognizer::Kind::CallDetails:
        return ArchivedDocument::Kind::CallDetails;
    case OperatorMailRecognizer::Kind::CurrentCharges:
        return ArchivedDocument::Kind::Charges;
    }
    return ArchivedDocument::Kind::Invoice;
}

QString readProblem(ParsedMail::Outcome outcome)
{
    switch (outcome) {
    case ParsedMail::Outcome::Read:
        return {};
    case ParsedMail::Outcome::Malformed:
        return MailFiler::tr("The message is damaged and could not be read.");
    case ParsedMail::Outcome::TooLarge:
        return MailFiler::tr("The message or its attachment is larger than the app accepts.");
    case ParsedMail::Outcome::TooManyParts:
        return MailFiler::tr("The message has too many parts to be read safely.");
    case ParsedMail::Outcome::TooDeep:
        return MailFiler::tr("The message has messages nested too deep inside it to be read safely.");
    }
    return {};
}

} // namespace

MailFiler::MailFiler(DocumentArchive *archive, OrderJournal *orders, Owner owner, OperatorMailRecognizer recognizer)
    : m_archive(archive)
    , m_orders(orders)
    , m_owner(std::move(owner))
    , m_recognizer(std::move(recognizer))
{
}

MailFiler::Result MailFiler::file(const ParsedMail &mail, const QDateTime &receivedAt)
{
    Result result;
    if (mail.outcome != ParsedMail::Outcome::Read) {
        // Recorded as such whoever sent it: the sender of a message not read is not known for sure.
        result.outcome = MailIntakeLog::Outcome::Unreadable;
        result.reason = readProblem(mail.outcome);
        return result;
    }
    const OperatorMailRecognizer::Result recognised = m_recognizer.recognise(mail);
    if (recognised.verdict == OperatorMailRecognizer::Verdict::NotOperator)
        return result;
    if (recognised.verdict == OperatorMailRecognizer::Verdict::NotRecognised) {
        result.outcome = MailIntakeLog::Outcome::NotRecognised;
        result.reason = recognised.reason;
        return result;
    }

    const std::optional<PlacedOrder> order = orderFor(recognised);
    qint64 documentId = 0;
    for (const ParsedMail::Attachment &attachment : recognised.documents) {
        const QByteArray sha256 = Sha256::hexOf(attachment.bytes);
        if (const std::optional<ArchivedDocument> known = m_archive->findBySha256(sha256)) {
            documentId = documentId ? documentId : known->id;
            continue;
        }
        QString error;
        ArchivedDocument document = describe(recognised, attachment, order, receivedAt);
        const std::optional<qint64> id = m_archive->store(document, attachment.bytes, &error);
        if (!id) {
            result.tryAgain = true;
            result.reason = tr("The document could not be filed in the archive: %1").arg(error);
            return result;
        }
        document.id = *id;
        documentId = documentId ? documentId : *id;
        result.filed.append(m_archive->find(*id).value_or(document));
    }
    result.outcome = result.filed.isEmpty() ? MailIntakeLog::Outcome::Duplicate : MailIntakeLog::Outcome::Filed;
    if (order) {
        QString error;
        if (!m_orders->markFiled(order->orderId, mail.date, receivedAt, QDateTime::currentDateTimeUtc(), documentId,
                                 &error))
            qWarning("mail intake: the order's state was not recorded: %ls", qUtf16Printable(error));
    }
    return result;
}

std::optional<PlacedOrder> MailFiler::orderFor(const OperatorMailRecognizer::Result &recognised) const
{
    if (std::optional<PlacedOrder> byId = m_orders->find(recognised.orderId)) {
        // An order id names one order of one account; another account's is no match for this one.
        if (byId->accountId == m_owner.accountId)
            return byId;
        return std::nullopt;
    }
    return m_orders->oldestOpen(m_owner.accountId, archiveKindOf(recognised.kind), *recognised.period);
}

// The invoice's sum, from the first that knows it: the e-mail's text, the order placed for it, or the same
// invoice (by month and number) already downloaded by link.
std::optional<Money> MailFiler::invoiceAmount(const OperatorMailRecognizer::Result &recognised,
                                              const std::optional<PlacedOrder> &order,
                                              const ArchivedDocument &document) const
{
    if (recognised.amount)
        return recognised.amount;
    if (order && order->amount)
        return order->amount;
    if (document.number.isEmpty())
        return std::nullopt;
    const std::optional<ArchivedDocument> known = m_archive->findInvoice(m_owner.accountId, document.period);
    if (known && known->amountKnown && known->number == document.number)
        return known->amount;
    return std::nullopt;
}

ArchivedDocument MailFiler::describe(const OperatorMailRecognizer::Result &recognised,
                                     const ParsedMail::Attachment &file, const std::optional<PlacedOrder> &order,
                                     const QDateTime &receivedAt) const
{
    ArchivedDocument document;
    document.accountId = m_owner.accountId;
    document.organisation = m_owner.organisation;
    document.contract = m_owner.contract;
    document.kind = archiveKindOf(recognised.kind);
    document.period = *recognised.period;
    document.origin = ArchivedDocument::Origin::Mail;
    document.obtainedAt = receivedAt;
    document.number = recognised.number;
    if (order) {
        document.subscriberNumber = order->subscriberNumber;
        if (document.number.isEmpty())
            document.number = order->invoiceNumber;
    }
    if (document.kind == ArchivedDocument::Kind::Invoice) {
        const std::optional<Money> amount = invoiceAmount(recognised, order, document);
        document.amount = amount.value_or(Money());
        document.amountKnown = amount.has_value();
    }
    const QString extension = file.sniffedType == ParsedMail::DocumentType::Csv ? QStringLiteral("csv")
                                                                                : QStringLiteral("pdf");
    const QString tag = !document.number.isEmpty() ? document.number
                        : order                   ? QString::number(order->orderNumber)
                                                  : receivedAt.toUTC().toString(QStringLiteral("yyyyMMddHHmmss"));
    document.fileName = ExportNameTemplate::safeFileName(QStringLiteral("%1_%2_%3_%4_mail.%5")
                                                             .arg(m_owner.contract, document.period.toString(),
                                                                  ArchivedDocument::keyOf(document.kind), tag,
                                                                  extension));
    return document;
}
