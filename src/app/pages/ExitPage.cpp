#include "ExitPage.h"

#include "navigation/MenuCatalog.h"
#include "ui_exitpage.h"

ExitPage::ExitPage(QWidget *parent)
    : MenuPage(parent)
    , m_ui(std::make_unique<Ui::ExitPage>())
{
    m_ui->setupUi(this);
    const MenuEntry entry = MenuCatalog::entry(PageId::Exit);
    setObjectName(entry.key);
    m_ui->titleLabel->setText(entry.title);
    m_ui->descriptionLabel->setText(entry.description);
    connect(m_ui->exitButton, &QPushButton::clicked, this,
            [this] { emit logOutConfirmed(m_ui->forgetPasswordCheck->isChecked()); });
}

ExitPage::~ExitPage() = default;
