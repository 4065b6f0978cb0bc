#pragma once

#include "server/ApiExchange.h"

#include <QFile>
#include <QObject>

namespace Sandbox {

// Streams a file (or its tail, for Range) through the responder in chunks paced by the socket,
// so a 200 MB document never sits in memory. Deletes itself when done or when the peer leaves.
class FileStreamer : public QObject
{
    Q_OBJECT

public:
    FileStreamer(const ExchangePtr &exchange, const QString &filePath, QObject *parent);

    // Sends 200 (offset 0) or 206 from offset; false if the file cannot be read.
    bool start(qint64 offset, const QByteArray &contentType);

private:
    void pump();
    void finish();

    ExchangePtr m_exchange;
    QFile m_file;
    qint64 m_remaining = 0;
    qint64 m_stopAfter = -1; // for drop/truncate faults: bytes of body to send before failing
    bool m_finished = false;
};

} // namespace Sandbox
