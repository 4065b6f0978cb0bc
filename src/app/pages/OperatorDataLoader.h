#pragma once

#include "api/ApiResult.h"

#include <QWidget>

#include <functional>

class InlineMessage;
class QProgressBar;
class QPushButton;

// What every page showing operator data shares: it starts the page's calls, shows a busy indicator while
// they run, the operator's error with «Обновить» for a one-click retry (F5 works too), and drops the
// answers of a load that a newer one replaced. Pages place it in their form (a promoted widget) and make
// their calls with this loader as the context, wrapping each callback in expect().
class OperatorDataLoader : public QWidget
{
    Q_OBJECT

public:
    explicit OperatorDataLoader(QWidget *parent = nullptr);

    // The page's calls; run by load(), by «Обновить» and by F5.
    void setLoad(std::function<void()> startCalls) { m_startCalls = std::move(startCalls); }
    void load();
    bool isBusy() const { return m_pending > 0; }
    bool hasError() const { return m_failed; }
    InlineMessage *message() const { return m_message; }

    // A callback for one call of the current load: the value goes to use(), an error to the message.
    template<typename T>
    std::function<void(const ApiResult<T> &)> expect(std::function<void(const T &)> use)
    {
        ++m_pending;
        return [this, use = std::move(use), generation = m_generation](const ApiResult<T> &result) {
            if (generation != m_generation)
                return;
            if (result.isOk())
                use(result.value());
            else
                fail(result.error());
            settle();
        };
    }

signals:
    void loaded();
    void failed(const QString &message);

private:
    void fail(const ApiError &error);
    void settle();
    void showBusy(bool busy);

    std::function<void()> m_startCalls;
    QProgressBar *m_busy;
    QPushButton *m_refresh;
    InlineMessage *m_message;
    int m_generation = 0;
    int m_pending = 0;
    bool m_failed = false;
};
