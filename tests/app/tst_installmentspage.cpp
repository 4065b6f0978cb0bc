// «Информация по рассрочке» against the sandbox: the plan's sums and next payment, and its schedule with
// the paid, due and overdue entries.
#include "OperatorPageTesting.h"
#include "models/InstallmentScheduleModel.h"
#include "format/DateText.h"
#include "models/InstallmentTableModel.h"
#include "pages/InstallmentsPage.h"

#include <QJsonArray>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace OperatorPageTesting;

class TestInstallmentsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEachPlanAsTheOperatorKeepsIt();
    void showsTheScheduleOfTheChosenPlan();
    void showsAnOperatorErrorAndRetries();
    void saysWhenTheNextPaymentIsOverdue();

private:
    QTableView *view(const char *name) const { return m_page->findChild<QTableView *>(QLatin1String(name)); }
    static QString money(const QJsonValue &amount)
    {
        return Money::fromDecimalString(amount.toString(), u"RUB"_s)->toDisplayString();
    }

    std::unique_ptr<LoggedInContext> m_logged;
    std::unique_ptr<InstallmentsPage> m_page;
};

void TestInstallmentsPage::init()
{
    m_logged = std::make_unique<LoggedInContext>();
    QVERIFY(m_logged->start());
    m_page = std::make_unique<InstallmentsPage>(m_logged->context());
}

void TestInstallmentsPage::cleanup()
{
    m_page.reset();
    m_logged.reset();
}

void TestInstallmentsPage::showsEachPlanAsTheOperatorKeepsIt()
{
    QVERIFY(showAndLoad(m_page.get()));
    const QJsonArray plans = operatorGet(*m_logged, u"/installments"_s).value(u"items"_s).toArray();
    QCOMPARE(plans.size(), 1);
    const QJsonObject plan = plans.first().toObject();
    QAbstractItemModel *model = view("plansView")->model();
    QCOMPARE(model->rowCount(), 1);
    const auto cell = [model](int column) { return model->index(0, column).data().toString(); };
    QCOMPARE(cell(InstallmentTableModel::DeviceColumn), plan.value(u"device"_s).toString());
    QCOMPARE(cell(InstallmentTableModel::TotalColumn), money(plan.value(u"total"_s)));
    QCOMPARE(cell(InstallmentTableModel::PaidColumn), money(plan.value(u"paid"_s)));
    QCOMPARE(cell(InstallmentTableModel::RemainingColumn), money(plan.value(u"remaining"_s)));
    const QJsonObject next = plan.value(u"next_payment"_s).toObject();
    QVERIFY(!next.isEmpty());
    QVERIFY(cell(InstallmentTableModel::NextPaymentColumn).contains(money(next.value(u"amount"_s))));
    QVERIFY(cell(InstallmentTableModel::NextPaymentColumn)
                .contains(QLocale().toString(QDate::fromString(next.value(u"date"_s).toString(), Qt::ISODate),
                                             QLocale::ShortFormat)));
}

void TestInstallmentsPage::showsTheScheduleOfTheChosenPlan()
{
    QVERIFY(showAndLoad(m_page.get()));
    const QJsonArray schedule =
        operatorGet(*m_logged, u"/installments"_s).value(u"items"_s).toArray().first().toObject().value(u"schedule"_s).toArray();
    QAbstractItemModel *model = view("scheduleView")->model();
    QCOMPARE(model->rowCount(), schedule.size());
    QCOMPARE(model->rowCount(), 12);
    QStringList statuses;
    for (int row = 0; row < model->rowCount(); ++row)
        statuses.append(model->index(row, InstallmentScheduleModel::StatusColumn).data().toString());
    QCOMPARE(statuses.count(u"Overdue"_s), 1); // the demo's missed instalment
    QVERIFY(statuses.count(u"Paid"_s) > 0);
    QVERIFY(statuses.count(u"Due"_s) > 0);
    QCOMPARE(model->index(0, InstallmentScheduleModel::AmountColumn).data().toString(),
             money(schedule.first().toObject().value(u"amount"_s)));

    // A refresh keeps the plan and its schedule in view.
    QTest::mouseClick(refreshButtonOf(m_page.get()), Qt::LeftButton);
    QVERIFY(waitUntilLoaded(m_page.get()));
    QCOMPARE(view("plansView")->currentIndex().row(), 0);
    QCOMPARE(model->rowCount(), 12);
}

void TestInstallmentsPage::showsAnOperatorErrorAndRetries()
{
    QVERIFY(m_logged->sandbox().addFault(statusFault(u"/installments"_s, 503, 10)));
    QVERIFY(showAndLoad(m_page.get()));
    QVERIFY(loaderOf(m_page.get())->hasError());
    QVERIFY(loaderOf(m_page.get())->message()->isVisible());
    QCOMPARE(view("plansView")->model()->rowCount(), 0);

    QVERIFY(m_logged->sandbox().clearFaults());
    view("plansView")->setFocus();
    QTest::keyClick(view("plansView"), Qt::Key_F5); // the keyboard's retry
    QVERIFY(waitUntilLoaded(m_page.get()));
    QVERIFY(!loaderOf(m_page.get())->hasError());
    QCOMPARE(view("plansView")->model()->rowCount(), 1);
}

void TestInstallmentsPage::saysWhenTheNextPaymentIsOverdue()
{
    const QDate today(2026, 11, 30);
    Installment plan;
    plan.id = u"inst-1"_s;
    plan.device = u"Yealink T54W"_s;
    plan.nextPayment = ScheduledPayment{today.addDays(1), Money(200000, u"RUB"_s)};
    Installment late = plan;
    late.id = u"inst-2"_s;
    late.nextPayment->date = today.addDays(-10);
    InstallmentTableModel model;
    model.setToday(today);
    model.setRecords({plan, late});
    const QModelIndex due = model.index(0, InstallmentTableModel::NextPaymentColumn);
    const QModelIndex overdue = model.index(1, InstallmentTableModel::NextPaymentColumn);
    QVERIFY(!due.data(Qt::ForegroundRole).isValid());
    QVERIFY(overdue.data(Qt::ForegroundRole).isValid());
    // Both give the sum and the date; only the overdue one says more than «sum on date».
    QVERIFY(overdue.data().toString().contains(DateText::day(today.addDays(-10))));
    QVERIFY(overdue.data().toString().size() > due.data().toString().size());
    QCOMPARE(model.isOverdue(late), true);
    QCOMPARE(model.isOverdue(plan), false);
}

QTEST_MAIN(TestInstallmentsPage)
#include "tst_installmentspage.moc"
