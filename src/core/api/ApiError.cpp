#include "ApiError.h"

#include "BillingCalendar.h"
#include "format/DateText.h"


QString ApiError::userMessage() const
{
    switch (kind) {
    case Kind::Network:
        return tr("Cannot reach the operator. Check the Internet connection and try again.");
    case Kind::Timeout:
        return tr("The operator did not answer in time. Try again a little later.");
    case Kind::Tls:
        return tr("The operator's identity could not be verified: the secure connection was refused (%1). "
                  "Nothing was sent.")
            .arg(detail);
    case Kind::Protocol:
        return tr("The operator sent an answer the program cannot understand. Try again later; if it repeats, "
                  "tell the operator's support.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Session:
        return tr("Your session has ended. Please log in again.");
    case Kind::Redirected:
        return tr("The operator's server tried to send the request to another address. The program did not "
                  "follow it, so your password and session stayed protected. Tell the operator's support.");
    case Kind::UnsafeAddress:
        return tr("%1 Nothing was sent to it.").arg(detail);
    case Kind::Problem:
        break;
    }

    if (code == QLatin1String("invoicing_blackout")) {
        const QString closed = tr("Ordering is not available while invoices are being formed (days %1 to %2 of each "
                                  "month).")
                                   .arg(BillingCalendar::FirstClosedDay)
                                   .arg(BillingCalendar::LastClosedDay);
        if (reopensAt.isValid())
            return tr("%1 It opens again on %2.").arg(closed, DateText::moment(reopensAt));
        return closed;
    }
    if (code == QLatin1String("invalid_credentials"))
        return tr("Wrong login or password.");
    if (code == QLatin1String("unauthorized") || code == QLatin1String("token_expired"))
        return tr("Your session has ended. Please log in again.");
    if (code == QLatin1String("forbidden"))
        return tr("This document or action belongs to another account.");
    if (code == QLatin1String("not_found"))
        return tr("The operator has no such item. It may have been removed; refresh the page.");
    if (code == QLatin1String("link_expired"))
        return tr("The download link has expired.");
    if (code == QLatin1String("period_unavailable")) {
        if (!availablePeriods.isEmpty())
            return tr("An invoice for this period cannot be ordered. Available periods: %1.")
                .arg(availablePeriods.join(QStringLiteral(", ")));
        return tr("An invoice for this period cannot be ordered.");
    }
    if (code == QLatin1String("invalid_email"))
        return tr("The e-mail address is not valid. Check it and try again.");
    if (code == QLatin1String("invalid_phone"))
        return tr("The phone number is not valid. Enter it as +7XXXXXXXXXX.");
    if (code == QLatin1String("rate_limited")) {
        if (retryAfterSeconds > 0)
            return tr("Too many requests. Try again in %1 s.").arg(retryAfterSeconds);
        return tr("Too many requests. Try again a little later.");
    }
    if (code == QLatin1String("service_unavailable") || code == QLatin1String("internal_error"))
        return tr("The operator's service is temporarily unavailable. Try again a little later.");
    if (code == QLatin1String("validation_failed")) {
        if (!fieldErrors.isEmpty())
            return tr("The operator did not accept the data: %1.").arg(fieldErrors.constFirst().message);
        return tr("The operator did not accept the data.");
    }
    if (code == QLatin1String("payload_too_large"))
        return tr("The data is too large for the operator to accept.");
    if (code == QLatin1String("idempotency_conflict"))
        return tr("This order was already sent with different data. Start the order again.");
    if (code == QLatin1String("job_finished"))
        return tr("The invoice is already formed and can no longer be cancelled.");
    if (code == QLatin1String("job_not_ready"))
        return tr("The invoice is not formed yet.");
    return tr("The operator refused the request (%1).").arg(code.isEmpty() ? QString::number(httpStatus) : code);
}
