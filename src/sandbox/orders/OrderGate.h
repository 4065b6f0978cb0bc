#pragma once

#include "server/ApiExchange.h"
#include "JsonRequestParser.h"

#include <functional>

namespace Sandbox {

class IdempotencyStore;
class SandboxClock;

// What every [order] operation goes through: Idempotency-Key replay, body validation and the
// blackout rule, before the order itself runs.
class OrderGate
{
public:
    using OrderAction = std::function<ApiReply(const QJsonObject &body)>;

    OrderGate(const SandboxClock &clock, IdempotencyStore &idempotency);

    ApiReply handle(const ApiExchange &exchange, const JsonRequestParser &parser,
                    const OrderAction &action);
    // Idempotency-Key replay alone, for state-changing requests that are not orders (feedback,
    // call-back requests): a repeat after a lost answer returns the first answer.
    ApiReply once(const ApiExchange &exchange, const std::function<ApiReply()> &action);

private:
    const SandboxClock &m_clock;
    IdempotencyStore &m_idempotency;
};

} // namespace Sandbox
