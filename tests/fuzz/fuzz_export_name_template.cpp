// ExportNameTemplate (the user's file-name pattern for the month-end pack) on any pattern and any
// document texts: "pattern\ncontract\nnumber\norganisation\nsubscriber\naccount". Every name must be
// usable on every file system the pack may land on, and names in one pack must differ.
#include "FuzzInput.h"
#include "archive/ExportNameTemplate.h"

namespace {

bool isSafe(const QString &name)
{
    if (name.isEmpty() || name.size() > 255 || name.startsWith(u'.') || name.endsWith(u'.') || name.endsWith(u' '))
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.unicode() < 0x20 || QStringLiteral("<>:\"/\\|?*").contains(c))
            return false;
        // A lone surrogate is not text: no file system or ZIP reader can store it.
        if (c.isHighSurrogate() && (i + 1 == name.size() || !name.at(i + 1).isLowSurrogate()))
            return false;
        if (c.isLowSurrogate() && (i == 0 || !name.at(i - 1).isHighSurrogate()))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = FuzzInput::lines(FuzzInput::bytes(data, size), 5);
    const ExportNameTemplate nameTemplate(QString::fromUtf8(parts.at(0)));
    nameTemplate.unknownPlaceholders();

    ArchivedDocument document;
    document.contract = QString::fromUtf8(parts.at(1));
    document.number = QString::fromUtf8(parts.at(2));
    document.organisation = QString::fromUtf8(parts.at(3));
    document.subscriberNumber = QString::fromUtf8(parts.at(4));
    document.accountId = QString::fromUtf8(parts.at(5));
    document.period = BillingPeriod(2026, 10);
    document.amount = Money(-123456, QStringLiteral("RUB"));
    document.obtainedAt = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);

    const QString name = nameTemplate.render(document);
    FuzzInput::require(isSafe(name) && name.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive));
    FuzzInput::require(isSafe(ExportNameTemplate::safeFileName(QString::fromUtf8(parts.at(1)))));

    ArchivedDocument other = document;
    other.number += QStringLiteral("-1");
    const QStringList names = nameTemplate.renderAll({document, other, document, document});
    FuzzInput::require(names.size() == 4);
    QStringList folded;
    for (const QString &each : names) {
        FuzzInput::require(isSafe(each));
        FuzzInput::require(!folded.contains(each.toCaseFolded()));
        folded.append(each.toCaseFolded());
    }
    return 0;
}
