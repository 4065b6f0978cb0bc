#include "DescriptionPage.h"

#include "navigation/MenuCatalog.h"
#include "ui_descriptionpage.h"

DescriptionPage::DescriptionPage(PageId id, QWidget *parent)
    : MenuPage(parent)
    , m_ui(std::make_unique<Ui::DescriptionPage>())
{
    m_ui->setupUi(this);
    const MenuEntry entry = MenuCatalog::entry(id);
    setObjectName(entry.key);
    m_ui->titleLabel->setText(entry.title);
    m_ui->descriptionLabel->setText(entry.description);
    m_ui->backToMenuButton->setVisible(entry.parent.has_value());
    connect(m_ui->backToMenuButton, &QPushButton::clicked, this, &MenuPage::menuRequested);
}

DescriptionPage::~DescriptionPage() = default;
