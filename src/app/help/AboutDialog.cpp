#include "AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About SIP Cabinet"));
    auto *title = new QLabel(tr("<b>SIP Cabinet</b>, version %1").arg(QCoreApplication::applicationVersion()), this);
    title->setObjectName(QStringLiteral("versionLabel"));
    auto *licence = new QLabel(tr("The invoices of your SIP-telephony operator's personal account on your computer. "
                                  "Proprietary software: it may be used under the terms of the licence agreement "
                                  "supplied with it."),
                               this);
    licence->setObjectName(QStringLiteral("licenceLabel"));
    licence->setWordWrap(true);

    QStringList rows;
    for (const Library &library : libraries()) {
        rows << QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(library.name.toHtmlEscaped(), library.purpose.toHtmlEscaped(), library.licence.toHtmlEscaped());
    }
    auto *table = new QLabel(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%1</th>"
                                            "<th align=\"left\">%2</th><th align=\"left\">%3</th></tr>%4</table>")
                                 .arg(tr("Library"), tr("What for"), tr("Licence"), rows.join(QString())),
                             this);
    table->setObjectName(QStringLiteral("librariesLabel"));
    table->setTextFormat(Qt::RichText);
    table->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(licence);
    layout->addWidget(table);
    layout->addWidget(buttons);
}

QList<AboutDialog::Library> AboutDialog::libraries()
{
    const QString lgpl3 = QStringLiteral("LGPL 3.0");
    return {
        {QStringLiteral("Qt 6"), tr("the windows, the network, the database"), lgpl3},
        {QStringLiteral("Qt PDF"), tr("the preview of documents"), lgpl3},
        {QStringLiteral("QtKeychain"), tr("passwords in the system's keychain"), QStringLiteral("BSD 3-Clause")},
        {QStringLiteral("minizip"), tr("ZIP packs of documents"), QStringLiteral("zlib")},
        {QStringLiteral("libxlsxwriter"), tr("Excel exports"), QStringLiteral("BSD 2-Clause")},
        {QStringLiteral("GMime"), tr("reading the operator's e-mails"), QStringLiteral("LGPL 2.1")},
        {QStringLiteral("libcurl"), tr("the mailbox (IMAP)"), QStringLiteral("curl")},
        {QStringLiteral("OpenSSL (libcrypto)"), tr("checksums of documents"), QStringLiteral("Apache 2.0")},
        {QStringLiteral("SQLite"), tr("the document archive"), tr("public domain")},
        {QStringLiteral("Qt HTTP Server"), tr("the demo operator, a separate program"), QStringLiteral("GPL 3.0")},
        {QStringLiteral("Argon2"), tr("passwords of the demo operator"),
         tr("%1 or %2").arg(QStringLiteral("CC0 1.0"), QStringLiteral("Apache 2.0"))},
    };
}
