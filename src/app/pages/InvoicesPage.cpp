#include "InvoicesPage.h"

#include "AppIcons.h"
#include "navigation/MenuCatalog.h"
#include "ui_invoicespage.h"

#include <QCommandLinkButton>

InvoicesPage::InvoicesPage(QWidget *parent)
    : MenuPage(parent)
    , m_ui(std::make_unique<Ui::InvoicesPage>())
{
    m_ui->setupUi(this);
    const MenuEntry section = MenuCatalog::entry(PageId::Invoices);
    setObjectName(section.key);
    m_ui->titleLabel->setText(section.title);
    m_ui->descriptionLabel->setText(section.description);

    for (const MenuEntry &function : MenuCatalog::childrenOf(PageId::Invoices)) {
        auto *link = new QCommandLinkButton(function.title, function.description, this);
        link->setObjectName(function.key);
        link->setIcon(AppIcons::named(function.iconName));
        link->setAccessibleName(function.title);
        link->setAccessibleDescription(function.description);
        m_ui->functionsLayout->addWidget(link);
        connect(link, &QCommandLinkButton::clicked, this, [this, id = function.id] { emit pageRequested(id); });
    }
}

InvoicesPage::~InvoicesPage() = default;
