#include "ResponseParsers.h"
#include "WireValues.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace {

DownloadLink readDownloadLink(JsonReader reader)
{
    DownloadLink link;
    link.url = WireValues::absoluteHttpUrl(reader, u"url"_s);
    link.size = WireValues::integerIn(reader, u"size"_s, 0, std::numeric_limits<qint64>::max());
    link.sha256 = WireValues::sha256Hex(reader, u"sha256"_s);
    link.expiresAt = reader.dateTime(u"expires_at"_s);
    return link;
}

InvoiceDocumentJob::Status readStatus(JsonReader &reader)
{
    using Status = InvoiceDocumentJob::Status;
    return WireValues::enumValue<Status>(reader, u"status"_s,
                                         {{u"queued"_s, Status::Queued},
                                          {u"generating"_s, Status::Generating},
                                          {u"ready"_s, Status::Ready},
                                          {u"failed"_s, Status::Failed},
                                          {u"cancelled"_s, Status::Cancelled}});
}

// download is required but null unless the job is ready; a ready job without a link is useless.
std::optional<DownloadLink> readDownload(JsonReader &reader, InvoiceDocumentJob::Status status)
{
    reader.requireMember(u"download"_s);
    const std::optional<JsonReader> object = reader.nullableObject(u"download"_s);
    const bool ready = status == InvoiceDocumentJob::Status::Ready;
    if (reader.ok() && ready != object.has_value())
        reader.fail(u"download"_s, ready ? u"null for a ready job"_s : u"present for a job that is not ready"_s);
    if (!object)
        return std::nullopt;
    return readDownloadLink(*object);
}

} // namespace

ApiResult<InvoiceDocumentJob> ResponseParsers::documentJob(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    InvoiceDocumentJob job;
    job.id = reader.nonEmptyString(u"id"_s);
    job.period = reader.period(u"period"_s);
    job.status = readStatus(reader);
    job.progress = static_cast<int>(WireValues::integerIn(reader, u"progress"_s, 0, 100));
    job.createdAt = reader.dateTime(u"created_at"_s);
    job.updatedAt = reader.dateTime(u"updated_at"_s);
    job.download = readDownload(reader, job.status);
    return WireValues::finish(reader, std::move(job));
}

ApiResult<DownloadLink> ResponseParsers::downloadLink(const QJsonDocument &document)
{
    JsonReader reader = WireValues::rootReader(document);
    DownloadLink link = readDownloadLink(reader);
    return WireValues::finish(reader, std::move(link));
}
