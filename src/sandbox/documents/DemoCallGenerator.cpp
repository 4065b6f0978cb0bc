#include "DemoCallGenerator.h"

#include "DocumentPeriod.h"
#include "OperatorTimeZone.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <array>

namespace Sandbox {

namespace {

struct Destination
{
    const char *prefix;
    int subscriberDigits;
    qint64 kopecksPerMinute;
    int weight;
};

// Moscow landlines, mobiles, other Russian cities and a few neighbours, priced per started minute.
constexpr std::array destinations = {
    Destination{"+7495", 7, 120, 30}, Destination{"+7499", 7, 120, 12}, Destination{"+7916", 7, 250, 14},
    Destination{"+7926", 7, 250, 12}, Destination{"+7903", 7, 250, 10}, Destination{"+7812", 7, 350, 8},
    Destination{"+7843", 7, 350, 4},  Destination{"+7383", 7, 350, 3},  Destination{"+375", 9, 2900, 3},
    Destination{"+998", 9, 3500, 2},  Destination{"+49", 10, 4500, 2},
};

// qHash is salted per process; the demo data must be the same on every run.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text)
        hash = (hash ^ c.unicode()) * 16777619u;
    return hash;
}

const Destination &pickDestination(QRandomGenerator &random)
{
    int totalWeight = 0;
    for (const Destination &destination : destinations)
        totalWeight += destination.weight;
    int ticket = random.bounded(totalWeight);
    for (const Destination &destination : destinations) {
        if (ticket < destination.weight)
            return destination;
        ticket -= destination.weight;
    }
    return destinations.front();
}

QDate pickDay(QRandomGenerator &random, const QDate &firstDay)
{
    QDate day = firstDay.addDays(random.bounded(firstDay.daysInMonth()));
    // Offices call less at weekends: most weekend picks are drawn again.
    if (day.dayOfWeek() >= 6 && random.bounded(4) != 0)
        day = firstDay.addDays(random.bounded(firstDay.daysInMonth()));
    return day;
}

CallRecord makeCall(QRandomGenerator &random, const QString &subscriberNumber, const QDate &firstDay)
{
    const QDate day = pickDay(random, firstDay);
    const int hour = random.bounded(100) < 85 ? random.bounded(9, 19) : random.bounded(7, 23);
    // Draws in separate statements: argument evaluation order differs between compilers.
    const int minute = random.bounded(60);
    const int second = random.bounded(60);
    const QTime time(hour, minute, second);

    const Destination &destination = pickDestination(random);
    QString calledNumber = QLatin1String(destination.prefix);
    for (int digit = 0; digit < destination.subscriberDigits; ++digit)
        calledNumber += QChar(u'0' + random.bounded(10));

    const int durationSeconds = random.bounded(100) < 75 ? random.bounded(8, 240) : random.bounded(240, 2400);
    const qint64 startedMinutes = (durationSeconds + 59) / 60;
    return {QDateTime(day, time, OperatorTimeZone::zone()), subscriberNumber, calledNumber, durationSeconds,
            startedMinutes * destination.kopecksPerMinute};
}

} // namespace

QList<CallRecord> DemoCallGenerator::generate(const QStringList &subscriberNumbers, const QString &period,
                                              quint32 seed)
{
    const QDate firstDay = DocumentPeriod::firstDay(period);
    if (!firstDay.isValid())
        return {};
    QList<CallRecord> calls;
    for (const QString &number : subscriberNumbers) {
        const std::array<quint32, 4> seedSequence = {seed, stableHash(number), quint32(firstDay.year()),
                                                     quint32(firstDay.month())};
        QRandomGenerator random(seedSequence.data(), seedSequence.data() + seedSequence.size());
        const int count = random.bounded(12, 61);
        for (int i = 0; i < count; ++i)
            calls.append(makeCall(random, number, firstDay));
    }
    std::stable_sort(calls.begin(), calls.end(),
                     [](const CallRecord &a, const CallRecord &b) { return a.startedAt < b.startedAt; });
    return calls;
}

} // namespace Sandbox
