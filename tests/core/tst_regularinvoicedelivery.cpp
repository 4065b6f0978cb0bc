// The manual's address rule as a table: which address each regular invoice went to (or will go to).
#include "domain/Invoice.h"
#include "invoicing/RegularInvoiceDelivery.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
const QTimeZone moscow("Europe/Moscow");

QDateTime msk(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), moscow);
}

DeliveryChange email(const QString &address, const QDateTime &at)
{
    return {DeliveryMethod::Email, address, at};
}

// November's invoice is formed on 1 December at 03:00, Moscow.
Invoice novemberInvoice()
{
    Invoice invoice;
    invoice.period = BillingPeriod(2026, 11);
    invoice.formedAt = msk(12, 1, 3);
    return invoice;
}
} // namespace

using History = QList<DeliveryChange>;
Q_DECLARE_METATYPE(History)

class TestRegularInvoiceDelivery : public QObject
{
    Q_OBJECT

private slots:
    void formedInvoiceWentTo_data();
    void formedInvoiceWentTo();
    void forecastIsTheSettingInForceNow();
};

void TestRegularInvoiceDelivery::formedInvoiceWentTo_data()
{
    QTest::addColumn<History>("newestFirst");
    QTest::addColumn<QString>("wentTo"); // empty: no setting was in force

    QTest::newRow("several changes in one month: the last before forming")
        << History{email(u"c@firm.example"_s, msk(11, 20, 15)), email(u"b@firm.example"_s, msk(11, 10, 12)),
                   email(u"a@firm.example"_s, msk(11, 5, 9))}
        << u"c@firm.example"_s;
    QTest::newRow("changed on the forming day, before the invoice was formed")
        << History{email(u"early@firm.example"_s, msk(12, 1, 2)), email(u"old@firm.example"_s, msk(10, 1, 10))}
        << u"early@firm.example"_s;
    QTest::newRow("changed at the very moment of forming: in force then")
        << History{email(u"same@firm.example"_s, msk(12, 1, 3)), email(u"old@firm.example"_s, msk(10, 1, 10))}
        << u"same@firm.example"_s;
    QTest::newRow("changed on the forming day, after the invoice was formed")
        << History{email(u"late@firm.example"_s, msk(12, 1, 4)), email(u"old@firm.example"_s, msk(10, 1, 10))}
        << u"old@firm.example"_s;
    QTest::newRow("changed during the closure, the 2nd")
        << History{email(u"closure@firm.example"_s, msk(12, 2, 11)), email(u"old@firm.example"_s, msk(11, 28, 10))}
        << u"old@firm.example"_s;
    QTest::newRow("two changes at one moment: the later stands")
        << History{email(u"second@firm.example"_s, msk(11, 15, 10)), email(u"first@firm.example"_s, msk(11, 15, 10))}
        << u"second@firm.example"_s;
    QTest::newRow("history in any order")
        << History{email(u"a@firm.example"_s, msk(11, 5, 9)), email(u"c@firm.example"_s, msk(11, 20, 15)),
                   email(u"b@firm.example"_s, msk(11, 10, 12))}
        << u"c@firm.example"_s;
    QTest::newRow("first setting made after forming") << History{email(u"new@firm.example"_s, msk(12, 10, 10))}
                                                      << QString();
    QTest::newRow("no history") << History{} << QString();
}

void TestRegularInvoiceDelivery::formedInvoiceWentTo()
{
    QFETCH(History, newestFirst);
    QFETCH(QString, wentTo);
    const RegularInvoiceDelivery delivery(newestFirst);
    const std::optional<DeliveryTarget> target = delivery.wentTo(novemberInvoice());
    QCOMPARE(target ? target->address : QString(), wentTo);
}

void TestRegularInvoiceDelivery::forecastIsTheSettingInForceNow()
{
    const QString office = u"Офис оператора: г. Москва, ул. Льва Толстого, д. 16"_s;
    const RegularInvoiceDelivery delivery({{DeliveryMethod::InPerson, office, msk(12, 2, 11)},
                                           email(u"old@firm.example"_s, msk(11, 28, 10))});
    // During the closure November's invoice has gone to the old address; December's will be handed over.
    QCOMPARE(delivery.wentTo(novemberInvoice())->address, u"old@firm.example"_s);
    const std::optional<DeliveryTarget> next = delivery.willGoTo(msk(12, 3, 12));
    QVERIFY(next);
    QCOMPARE(next->method, DeliveryMethod::InPerson);
    QCOMPARE(next->address, office);
    // An invoice without a forming moment cannot be placed.
    QVERIFY(!delivery.wentTo(Invoice{}).has_value());
}

QTEST_APPLESS_MAIN(TestRegularInvoiceDelivery)
#include "tst_regularinvoicedelivery.moc"
