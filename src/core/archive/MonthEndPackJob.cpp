#include "MonthEndPackJob.h"

#include <QThread>

MonthEndPackJob::MonthEndPackJob(const MonthEndPack &pack, const QList<ArchivedDocument> &documents,
                                 MonthEndPack::Format format, const QString &destination, QObject *parent)
    : QObject(parent)
    , m_pack(pack)
    , m_documents(documents)
    , m_format(format)
    , m_destination(destination)
{
}

MonthEndPackJob::~MonthEndPackJob()
{
    if (m_thread) {
        m_cancelled->store(true);
        m_thread->wait();
    }
}

void MonthEndPackJob::start()
{
    // The destructor waits for the thread, so the job outlives every progress call made from it.
    auto result = std::make_shared<MonthEndPack::Result>();
    m_thread = QThread::create([this, result] {
        *result = m_pack.write(m_documents, m_format, m_destination, [this](int done, int total) {
            QMetaObject::invokeMethod(this, [this, done, total] { emit progressChanged(done, total); },
                                      Qt::QueuedConnection);
            return !m_cancelled->load();
        });
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        emit finished(*result);
    });
    m_thread->start();
}

void MonthEndPackJob::cancel()
{
    m_cancelled->store(true);
}
