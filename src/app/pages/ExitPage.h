#pragma once

#include "MenuPage.h"

#include <memory>

namespace Ui {
class ExitPage;
}

// «Выход»: ends the work with the personal account after the user confirms it.
class ExitPage : public MenuPage
{
    Q_OBJECT

public:
    explicit ExitPage(QWidget *parent = nullptr);
    ~ExitPage() override;

signals:
    void exitConfirmed();

private:
    std::unique_ptr<Ui::ExitPage> m_ui;
};
