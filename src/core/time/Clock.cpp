#include "Clock.h"

#include <QElapsedTimer>

namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_started.start(); }

    QDateTime currentUtc() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_started.elapsed(); }

private:
    QElapsedTimer m_started;
};

} // namespace

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}
