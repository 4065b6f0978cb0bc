#pragma once

#include "LoggedInContext.h"

#include <QAbstractButton>
#include <QJsonObject>
#include <QProgressBar>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTest>

#include <functional>
#include <memory>

// What the tests of the three order pages (OrderSteps) share: a page logged in to the sandbox, its widgets
// by name, the step shown, and the «Далее» → «Заказать» → result walk.
template<typename Page>
class OrderPageFixture
{
protected:
    bool logIn()
    {
        m_logged = std::make_unique<LoggedInContext>();
        return m_logged->start();
    }
    void closeAll()
    {
        m_page.reset();
        m_logged.reset();
    }

    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_page->template findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }
    QWidget *currentStep() const { return child<QStackedWidget>("stepStack")->currentWidget(); }

    // Shows and activates the page, then waits until its operator data is there and nothing runs.
    // context: the logged-in one unless the test adds to it (the order queue).
    bool showPage(const QSize &size, const std::function<bool()> &loaded, const PageContext *context = nullptr)
    {
        m_page = std::make_unique<Page>(context ? *context : m_logged->context());
        m_page->resize(size);
        m_page->show();
        if (!QTest::qWaitForWindowExposed(m_page.get()))
            return false;
        m_page->activate();
        return QTest::qWaitFor([this, &loaded] { return loaded() && !child<QProgressBar>("busyBar")->isVisible(); },
                               20000);
    }

    // A radio button takes clicks on its indicator and text only, not on the rest of its row.
    void click(const char *name)
    {
        auto *button = child<QAbstractButton>(name);
        const QPoint at = qobject_cast<QRadioButton *>(button) ? QPoint(8, button->height() / 2) : button->rect().center();
        QTest::mouseClick(button, Qt::LeftButton, {}, at);
    }

    bool orderAndWait()
    {
        click("nextButton");
        if (currentStep() != child<QWidget>("confirmStep"))
            return false;
        click("orderButton");
        return QTest::qWaitFor([this] { return currentStep() == child<QWidget>("resultStep"); }, 20000);
    }

    // What the operator says, read with a login of the test's own.
    QJsonObject atSandbox(const QString &path)
    {
        SandboxFixture &sandbox = m_logged->sandbox();
        return sandbox.send("GET", path, {}, sandbox.logIn()).json.object();
    }
    QJsonObject organisationAtSandbox()
    {
        return atSandbox(QStringLiteral("/account")).value(QStringLiteral("organisation")).toObject();
    }

    std::unique_ptr<LoggedInContext> m_logged;
    std::unique_ptr<Page> m_page;
};
