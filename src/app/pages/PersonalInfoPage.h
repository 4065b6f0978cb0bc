#pragma once

#include "OperatorDataPage.h"

#include <memory>

struct AccountInfo;

namespace Ui {
class PersonalInfoPage;
}

// «Персональная информация»: the organisation's data as the operator keeps it, read-only, with the way
// to the delivery settings.
class PersonalInfoPage : public OperatorDataPage
{
    Q_OBJECT

public:
    explicit PersonalInfoPage(const PageContext &context, QWidget *parent = nullptr);
    ~PersonalInfoPage() override;

private:
    void startLoading();
    void showAccount(const AccountInfo &info);

    std::unique_ptr<Ui::PersonalInfoPage> m_ui;
};
