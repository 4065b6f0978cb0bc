// Orders an invoice document through the core's InvoiceDocumentFetch (order, long poll of the generation,
// link, download, SHA-256 check, archive) and prints one line: "stage <name> ms <order to verified file>".
//   order_bench <api base url> <bearer token> <period YYYY-MM> <scratch folder>
// The runner subtracts the sandbox's generation delay: what remains is what the client adds.
#include "StaticAccessToken.h"
#include "api/OperatorApi.h"
#include "api/OperatorConnection.h"
#include "archive/DocumentArchive.h"
#include "documents/InvoiceDocumentFetch.h"
#include "documents/PendingDocumentJobs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaEnum>
#include <QSettings>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const std::optional<BillingPeriod> period =
        arguments.size() == 5 ? BillingPeriod::fromString(arguments.at(3)) : std::nullopt;
    if (!period) {
        std::fputs("usage: order_bench <api base url> <bearer token> <period YYYY-MM> <scratch folder>\n", stderr);
        return 2;
    }
    const QString scratch = arguments.at(4);
    // Pending jobs are remembered in the settings: keep them in the scratch folder, not the user's.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, scratch + QStringLiteral("/settings"));

    StaticAccessToken token(arguments.at(2));
    OperatorConnection connection;
    connection.setBaseUrl(QUrl(arguments.at(1)));
    connection.setTokenSource(&token);
    OperatorApi api(&connection);
    DocumentArchive archive(scratch + QStringLiteral("/archive"));
    QString error;
    if (!archive.open(&error)) {
        std::fprintf(stderr, "order_bench: %s\n", qPrintable(error));
        return 1;
    }
    PendingDocumentJobs pending;
    InvoiceDocumentFetch fetch(&api, &archive, &pending,
                               {QStringLiteral("bench@sandbox"), QStringLiteral("bench"), QStringLiteral("bench")});

    QElapsedTimer clock;
    int status = 1;
    QObject::connect(&fetch, &InvoiceDocumentFetch::finished, &application, [&] {
        const qint64 elapsed = clock.elapsed();
        const char *stage = QMetaEnum::fromType<InvoiceDocumentFetch::Stage>().valueToKey(int(fetch.stage()));
        const bool verified = fetch.stage() == InvoiceDocumentFetch::Stage::Done && fetch.document()
            && archive.verify(*fetch.document());
        std::printf("stage %s ms %lld verified %d\n", stage, static_cast<long long>(elapsed), int(verified));
        status = verified ? 0 : 1;
        QCoreApplication::exit(status);
    });
    clock.start();
    fetch.start(*period);
    application.exec();
    return status;
}
