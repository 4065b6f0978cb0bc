#include "orders/OrderGate.h"

#include "IdempotencyKey.h"
#include "orders/IdempotencyStore.h"
#include "billing/OrderingWindow.h"
#include "server/SandboxClock.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Sandbox {

OrderGate::OrderGate(const SandboxClock &clock, IdempotencyStore &idempotency)
    : m_clock(clock), m_idempotency(idempotency)
{
}

ApiReply OrderGate::handle(const ApiExchange &exchange, const JsonRequestParser &parser,
                           const OrderAction &action)
{
    return once(exchange, [&]() -> ApiReply {
        const ParsedBody body = parser.parse(exchange.body());
        if (body.problem)
            return ApiReply::problem(*body.problem);
        if (const std::optional<QDateTime> reopens = OrderingWindow::reopensAt(m_clock.now())) {
            return ApiReply::problem(
                ProblemResponse(ProblemCode::InvoicingBlackout,
                                u"Orders are not accepted from the 1st to the 3rd of a month."_s)
                    .withMember(u"reopens_at"_s, SandboxClock::toRfc3339(*reopens)));
        }
        return action(body.object);
    });
}

ApiReply OrderGate::once(const ApiExchange &exchange, const std::function<ApiReply()> &action)
{
    const QDateTime now = m_clock.now();
    const QByteArray key = exchange.header(QByteArrayLiteral("Idempotency-Key"));
    if (!key.isEmpty() && !IdempotencyKey::isValid(key)) {
        return ApiReply::problem(
            ProblemResponse(ProblemCode::ValidationFailed, u"The Idempotency-Key is not valid."_s)
                .withFieldError(u"Idempotency-Key"_s, u"1 to 255 visible ASCII characters"_s));
    }
    const QByteArray fingerprint = QCryptographicHash::hash(
        exchange.path().toUtf8() + '\n' + exchange.body(), QCryptographicHash::Sha256);
    if (!key.isEmpty()) {
        ApiReply stored;
        switch (m_idempotency.find(exchange.organisationId(), key, fingerprint, now, &stored)) {
        case IdempotencyStore::Lookup::Replay:
            return stored;
        case IdempotencyStore::Lookup::Conflict:
            return ApiReply::problem(ProblemResponse(
                ProblemCode::IdempotencyConflict,
                u"This Idempotency-Key was already used with a different request."_s));
        case IdempotencyStore::Lookup::Fresh:
            break;
        }
    }
    const ApiReply reply = action();
    if (!key.isEmpty() && reply.isSuccess())
        m_idempotency.remember(exchange.organisationId(), key, fingerprint, now, reply);
    return reply;
}

} // namespace Sandbox
