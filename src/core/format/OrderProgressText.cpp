#include "OrderProgressText.h"

#include "DateText.h"

#include <QStringList>

namespace {
QString stage(const QString &name, const QDateTime &time, const QString &awaited)
{
    return QStringLiteral("%1: %2").arg(name, time.isValid() ? DateText::moment(time) : awaited);
}
} // namespace

QString OrderProgressText::of(const PlacedOrder &order, bool intakeOn)
{
    const QString awaited = tr("awaited");
    QStringList lines{
        stage(tr("Ordered"), order.orderedAt, awaited),
        stage(tr("Sent by the operator"), order.sentAt, awaited),
        stage(tr("Received from the mailbox"), order.receivedAt, awaited),
        stage(tr("Filed in the archive"), order.filedAt, awaited),
    };
    if (!order.filedAt.isValid()) {
        lines << (intakeOn ? tr("The document will be filed in the archive by itself once the operator's e-mail "
                                "arrives.")
                           : tr("To have the document filed in the archive by itself, set up the «Mail» section."));
    }
    return lines.join(QLatin1Char('\n'));
}

QString OrderProgressText::originOf(const PlacedOrder &order)
{
    return tr("Came by e-mail for order No. %1 of %2; received %3.")
        .arg(QString::number(order.orderNumber), DateText::moment(order.orderedAt),
             order.receivedAt.isValid() ? DateText::moment(order.receivedAt) : tr("not yet"));
}
