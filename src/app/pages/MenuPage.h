#pragma once

#include "BillingPeriod.h"
#include "navigation/PageId.h"

#include <QWidget>

// A page of the stacked area: it can ask to go back to the menu or to open another page.
class MenuPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The page became the one shown: a page that shows operator data refreshes it here.
    virtual void activate() {}

signals:
    void menuRequested();
    void pageRequested(PageId id);
    // The archive's documents of a month (of one account, or of all when accountId is empty).
    void archiveRequested(const QString &accountId, const BillingPeriod &period);
    // The cabinet of another remembered account.
    void accountRequested(const QString &accountId);
};
