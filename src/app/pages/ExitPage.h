#pragma once

#include "MenuPage.h"

#include <memory>

namespace Ui {
class ExitPage;
}

// «Выход»: ends the session with the operator, and forgets the saved password if the user asks to.
class ExitPage : public MenuPage
{
    Q_OBJECT

public:
    explicit ExitPage(QWidget *parent = nullptr);
    ~ExitPage() override;

signals:
    void logOutConfirmed(bool forgetPassword);

private:
    std::unique_ptr<Ui::ExitPage> m_ui;
};
