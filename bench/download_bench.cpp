// Downloads one document through the core's DocumentDownload (streamed, hashed, verified, committed)
// and prints one line: "outcome <name> ms <elapsed> bytes <n> rss-before-kb <n> peak-rss-kb <n>".
//   download_bench <url> <bearer token> <size> <sha256 hex> <target file>
#include "ProcessMemory.h"
#include "StaticAccessToken.h"
#include "api/OperatorConnection.h"
#include "documents/DocumentDownload.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaEnum>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 6) {
        std::fputs("usage: download_bench <url> <bearer token> <size> <sha256 hex> <target file>\n", stderr);
        return 2;
    }
    StaticAccessToken token(arguments.at(2));
    OperatorConnection connection;
    DownloadLink link;
    link.url = QUrl(arguments.at(1));
    // The app's connection knows the operator's address; the bearer goes only there.
    connection.setBaseUrl(link.url.resolved(QUrl(QStringLiteral("/api/v1"))));
    connection.setTokenSource(&token);
    link.size = arguments.at(3).toLongLong();
    link.sha256 = arguments.at(4).toLatin1();
    link.expiresAt = QDateTime::currentDateTimeUtc().addSecs(600);
    DocumentDownload download(&connection, link, arguments.at(5));

    const qint64 rssBefore = ProcessMemory::residentKb();
    QElapsedTimer clock;
    int status = 1;
    QObject::connect(&download, &DocumentDownload::finished, &application,
                     [&](DocumentDownload::Outcome outcome) {
                         const qint64 elapsed = clock.elapsed();
                         const char *name = QMetaEnum::fromType<DocumentDownload::Outcome>().valueToKey(int(outcome));
                         std::printf("outcome %s ms %lld bytes %lld rss-before-kb %lld peak-rss-kb %lld\n", name,
                                     static_cast<long long>(elapsed), static_cast<long long>(download.bytesReceived()),
                                     static_cast<long long>(rssBefore),
                                     static_cast<long long>(ProcessMemory::peakResidentKb()));
                         status = outcome == DocumentDownload::Outcome::Verified ? 0 : 1;
                         QCoreApplication::exit(status);
                     });
    clock.start();
    download.start();
    application.exec();
    return status;
}
