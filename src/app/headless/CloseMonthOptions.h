#pragma once

#include "BillingPeriod.h"
#include "archive/ArchivedDocument.h"
#include "archive/MonthEndPack.h"

#include <QCoreApplication>
#include <QStringList>

// What `sipcabinet --close-month` was asked for, read strictly: anything unclear is a usage error.
struct CloseMonthOptions
{
    Q_DECLARE_TR_FUNCTIONS(CloseMonthOptions)

public:
    BillingPeriod period;
    QStringList accounts; // account ids or logins; empty: all
    QList<ArchivedDocument::Kind> kinds{ArchivedDocument::Kind::Invoice};
    QString outputFolder;
    MonthEndPack::Format format = MonthEndPack::Format::Folder;
    bool json = false;
    bool demo = false; // the demo operator is started, and the demo firm's organisations are closed
    QString usageError; // for the user; the command then exits 2

    static bool isAskedFor(const QStringList &arguments);
    static CloseMonthOptions parse(const QStringList &arguments);
    static QString usage();
};
