#include "orders/EmailComposer.h"

#include "DocumentPeriod.h"
#include "MoneyText.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {
const QString signature = u"\n\nС уважением,\nслужба работы с клиентами оператора связи"_s;
}

OutgoingMail EmailComposer::base(const QString &to, const QString &subject, const QString &text,
                                 const QDateTime &sentAt)
{
    OutgoingMail mail;
    mail.from = u"Оператор связи <billing@operator.example>"_s;
    mail.to = to;
    mail.subject = subject;
    mail.bodyText = text + signature;
    mail.sentAt = sentAt;
    return mail;
}

OutgoingMail EmailComposer::invoiceRepeat(const QString &to, const QString &invoiceNumber,
                                          const QString &period, const QByteArray &pdf,
                                          const QDateTime &sentAt)
{
    const QString month = DocumentPeriod::russianMonthYear(period);
    OutgoingMail mail = base(to, u"Счет № %1 за %2"_s.arg(invoiceNumber, month),
                             u"Здравствуйте!\n\nПо вашему запросу повторно направляем счет № %1"
                             " за %2 (файл PDF во вложении)."_s
                                 .arg(invoiceNumber, month),
                             sentAt);
    mail.attachments.append({u"invoice-%1.pdf"_s.arg(period), u"application/pdf"_s, pdf});
    return mail;
}

OutgoingMail EmailComposer::regularInvoice(const QString &to, const InvoiceContent &invoice, const QByteArray &pdf,
                                          const QDateTime &sentAt)
{
    const QString month = DocumentPeriod::russianMonthYear(invoice.period);
    qint64 total = 0;
    for (const ChargeLine &line : invoice.lines)
        total += line.amountKopecks;
    OutgoingMail mail = base(to, u"Счет № %1 за %2"_s.arg(invoice.number, month),
                             u"Здравствуйте!\n\nНаправляем счет № %1 за %2 за услуги связи (файл PDF во вложении)."
                             "\nСумма к оплате: %3."_s
                                 .arg(invoice.number, month, MoneyText::russian(total, invoice.currency)),
                             sentAt);
    mail.attachments.append({u"invoice-%1.pdf"_s.arg(invoice.period), u"application/pdf"_s, pdf});
    return mail;
}

OutgoingMail EmailComposer::callDetails(const QString &to, const QString &period,
                                        const QString &format, const QByteArray &document,
                                        const QDateTime &sentAt)
{
    const QString month = DocumentPeriod::russianMonthYear(period);
    const bool csv = format == u"csv"_s;
    OutgoingMail mail = base(to, u"Детализация звонков за %1"_s.arg(month),
                             u"Здравствуйте!\n\nНаправляем детализацию звонков за %1"
                             " (во вложении)."_s.arg(month),
                             sentAt);
    mail.attachments.append({u"call-details-%1.%2"_s.arg(period, format),
                             csv ? u"text/csv; charset=utf-8"_s : u"application/pdf"_s,
                             document});
    return mail;
}

OutgoingMail EmailComposer::charges(const QString &to, const QString &period,
                                    const QByteArray &pdf, const QDateTime &sentAt)
{
    const QString month = DocumentPeriod::russianMonthYear(period);
    OutgoingMail mail = base(to, u"Начисления за текущий период (%1)"_s.arg(month),
                             u"Здравствуйте!\n\nНаправляем начисления по абонентам за %1"
                             " на текущий момент."_s.arg(month),
                             sentAt);
    mail.attachments.append({u"charges-%1.pdf"_s.arg(period), u"application/pdf"_s, pdf});
    return mail;
}

} // namespace Sandbox
