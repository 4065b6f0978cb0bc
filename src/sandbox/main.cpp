// operator-sandbox: the operator's API on loopback, for demos, client tests and curl.
#include "server/OperatorSandbox.h"
#include "server/ParentWatch.h"
#include "server/SandboxClock.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (colon < 0 || !ok || number > 65535 || !address->setAddress(text.left(colon)))
        return false;
    *port = quint16(number);
    return true;
}

bool readOptions(const QCommandLineParser &parser, Sandbox::OperatorSandbox::Options *options,
                 QString *error)
{
    if (!parseListen(parser.value(u"listen"_s), &options->address, &options->port)) {
        *error = u"--listen takes ADDRESS:PORT, e.g. 127.0.0.1:0"_s;
        return false;
    }
    options->databasePath = parser.value(u"db"_s);
    options->outboxDirectory = parser.value(u"outbox"_s);
    if (parser.isSet(u"now"_s)) {
        options->fixedNow = Sandbox::SandboxClock::parseRfc3339(parser.value(u"now"_s));
        if (!options->fixedNow) {
            *error = u"--now takes an RFC 3339 time with offset, e.g. 2026-05-10T09:00:00Z"_s;
            return false;
        }
    }
    if (parser.isSet(u"generation-delay"_s))
        options->generationDelayMs = parser.value(u"generation-delay"_s).toInt();
    if (parser.isSet(u"organisations"_s)) {
        bool ok = false;
        options->organisations = parser.value(u"organisations"_s).toInt(&ok);
        if (!ok || options->organisations < 1 || options->organisations > Sandbox::OperatorSandbox::MaxOrganisations) {
            *error = u"--organisations takes a number from 1 to %1."_s.arg(Sandbox::OperatorSandbox::MaxOrganisations);
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    // QPdfWriter needs a QGuiApplication; a server has no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"operator-sandbox"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"The SIP operator's API, implemented locally."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"listen"_s, u"Address and port to listen on."_s, u"address:port"_s, u"127.0.0.1:0"_s},
        {u"db"_s, u"SQLite file (created with demo data if new)."_s, u"file"_s},
        {u"outbox"_s, u"Maildir where e-mail is delivered."_s, u"dir"_s},
        {u"now"_s, u"Fixed current time (RFC 3339)."_s, u"time"_s},
        {u"generation-delay"_s, u"Document generation time in ms."_s, u"ms"_s},
        {u"organisations"_s, u"Demo organisations in a new database (default 2: logins demo and demo2; "
                              "then demo3, demo4, ...)."_s, u"count"_s},
        {u"exit-with-parent"_s, u"End when standard input closes (the parent that started it ended)."_s},
    });
    parser.process(app);

    Sandbox::OperatorSandbox::Options options;
    QString error;
    Sandbox::OperatorSandbox sandbox;
    if (!readOptions(parser, &options, &error) || !sandbox.start(options, &error)) {
        std::fprintf(stderr, "operator-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    if (parser.isSet(u"exit-with-parent"_s))
        ParentWatch::quitWhenInputCloses(app);
    QTextStream out(stdout);
    out << "operator-sandbox listening on " << sandbox.baseUrl().toString() << Qt::endl;
    return app.exec();
}
