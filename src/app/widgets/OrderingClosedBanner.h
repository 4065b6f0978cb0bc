#pragma once

#include <QLabel>

class InvoicingWindowWatcher;

// Says, on every page that orders something, that ordering is closed while invoices are being formed and
// when it opens again (in the user's time zone). Hidden while ordering is open.
class OrderingClosedBanner : public QLabel
{
    Q_OBJECT

public:
    explicit OrderingClosedBanner(QWidget *parent = nullptr);

    void setWatcher(InvoicingWindowWatcher *watcher);
    bool isOrderingOpen() const;

signals:
    void orderingOpenChanged(bool open);

protected:
    // Seen by the user: worth asking the operator again if the last answer is old (its clock may have moved back).
    void showEvent(QShowEvent *event) override;

private:
    void update();

    InvoicingWindowWatcher *m_watcher = nullptr;
};
