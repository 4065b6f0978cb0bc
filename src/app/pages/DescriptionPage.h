#pragma once

#include "MenuPage.h"

#include <memory>

namespace Ui {
class DescriptionPage;
}

// A function of the menu presented by its title and the manual's description of it.
class DescriptionPage : public MenuPage
{
    Q_OBJECT

public:
    explicit DescriptionPage(PageId id, QWidget *parent = nullptr);
    ~DescriptionPage() override;

private:
    std::unique_ptr<Ui::DescriptionPage> m_ui;
};
