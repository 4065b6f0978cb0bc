#pragma once

#include "OperatorDataPage.h"
#include "api/ApiResult.h"

#include <memory>

struct CallbackReceipt;
struct Contacts;

namespace Ui {
class CallCentrePage;
}

// «Мобильный колл-центр»: the operator's numbers (tel: links) and hours, and a request for a call back to a
// phone number checked before it is sent.
class CallCentrePage : public OperatorDataPage
{
    Q_OBJECT

public:
    explicit CallCentrePage(const PageContext &context, QWidget *parent = nullptr);
    ~CallCentrePage() override;

private:
    void startLoading();
    void showContacts(const Contacts &contacts);
    void requestCallback();
    void onRequested(const ApiResult<CallbackReceipt> &result);
    void showRequesting(bool requesting);

    std::unique_ptr<Ui::CallCentrePage> m_ui;
};
