#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace Sandbox {

class DocumentJobQueue;

// Holds one long-poll request (RFC 7240 "Prefer: wait=N") until its job changes or time is up,
// without blocking the event loop; deletes itself after answering.
class LongPollWait : public QObject
{
    Q_OBJECT

public:
    LongPollWait(DocumentJobQueue &jobs, const QString &jobId, int seconds,
                 std::function<void()> answer, QObject *parent);

private:
    void finish();

    QString m_jobId;
    QTimer m_timeout;
    std::function<void()> m_answer;
    bool m_done = false;
};

} // namespace Sandbox
