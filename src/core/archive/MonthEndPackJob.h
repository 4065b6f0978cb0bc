#pragma once

#include "MonthEndPack.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

// Runs a month-end pack on a worker thread: progress as signals, cancellable, one finished(result).
class MonthEndPackJob : public QObject
{
    Q_OBJECT

public:
    MonthEndPackJob(const MonthEndPack &pack, const QList<ArchivedDocument> &documents, MonthEndPack::Format format,
                    const QString &destination, QObject *parent = nullptr);
    ~MonthEndPackJob() override;

    void start();
    void cancel();
    QString destination() const { return m_destination; }

signals:
    void progressChanged(int done, int total);
    void finished(const MonthEndPack::Result &result);

private:
    MonthEndPack m_pack;
    QList<ArchivedDocument> m_documents;
    MonthEndPack::Format m_format;
    QString m_destination;
    std::shared_ptr<std::atomic<bool>> m_cancelled = std::make_shared<std::atomic<bool>>(false);
    QPointer<QThread> m_thread;
};
