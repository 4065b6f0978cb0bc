#pragma once

#include "MenuPage.h"

#include <memory>

namespace Ui {
class InvoicesPage;
}

// «Счета»: the manual's explanation of the section and a link to each of its functions.
class InvoicesPage : public MenuPage
{
    Q_OBJECT

public:
    explicit InvoicesPage(QWidget *parent = nullptr);
    ~InvoicesPage() override;

private:
    std::unique_ptr<Ui::InvoicesPage> m_ui;
};
