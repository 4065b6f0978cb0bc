#include "storage/DemoOrganisations.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

const char *const firmNames[] = {
    "ООО «Василек»",    "АО «Клевер»",      "ООО «Ландыш»",   "ООО «Незабудка»", "ИП Петрова",
    "ООО «Подсолнух»",  "ООО «Колокольчик»", "АО «Лютик»",    "ООО «Тюльпан»",   "ИП Кузнецов",
    "ООО «Астра»",      "ООО «Фиалка»",     "ООО «Пион»",     "АО «Сирень»",     "ООО «Мак»",
    "ИП Смирнова",      "ООО «Гвоздика»",   "ООО «Хризантема»", "ООО «Орхидея»", "АО «Ирис»",
    "ООО «Жасмин»",     "ИП Волков",        "ООО «Лаванда»",  "ООО «Магнолия»",  "ООО «Гортензия»",
    "АО «Азалия»",      "ООО «Камелия»",    "ИП Морозова",
};

int checkDigit(const QString &digits, std::initializer_list<int> weights)
{
    int sum = 0;
    int i = 0;
    for (int weight : weights)
        sum += weight * digits.at(i++).digitValue();
    return sum % 11 % 10;
}

DemoOrganisation romashka()
{
    return {u"org-romashka"_s, u"demo"_s, u"demo-password"_s, u"ООО «Ромашка»"_s, u"RMS"_s, u"Д-2019/0457"_s,
            u"7701234560"_s, u"125009, г. Москва, ул. Тверская, д. 7, офис 12"_s, u"office@romashka.example"_s,
            u"buh@romashka.example"_s, u"+74951234567"_s, 14, 2000100, true, 4100};
}

DemoOrganisation sidorov()
{
    return {u"org-sidorov"_s, u"demo2"_s, u"demo2-password"_s, u"ИП Сидоров"_s, u"SID"_s, u"Д-2021/1183"_s,
            u"500100732259"_s, u"141400, Московская обл., г. Химки, ул. Лавочкина, д. 3, кв. 18"_s,
            u"sidorov@sidorov.example"_s, u"sidorov@sidorov.example"_s, u"+79161234567"_s, 3, 7300200, false, 700};
}

DemoOrganisation generated(int number)
{
    constexpr int names = int(std::size(firmNames));
    const int index = number - 3;
    QString name = QString::fromUtf8(firmNames[index % names]);
    if (index >= names)
        name += u" № %1"_s.arg(index / names + 1);
    const bool soleTrader = name.startsWith(u"ИП"_s);
    const QString code = u"%1"_s.arg(number, 2, 10, QLatin1Char('0'));
    DemoOrganisation organisation;
    organisation.id = u"org-%1"_s.arg(code);
    organisation.login = u"demo%1"_s.arg(number);
    organisation.password = u"demo%1-password"_s.arg(number);
    organisation.name = name;
    organisation.prefix = u"F%1"_s.arg(code);
    organisation.contract = u"Д-2022/%1"_s.arg(1000 + number);
    organisation.taxpayerNumber =
        DemoOrganisations::taxpayerNumber(soleTrader ? 77010000000ULL + number * 7919ULL : 770200000ULL + number * 7919ULL,
                                          soleTrader);
    organisation.address = u"101000, г. Москва, ул. Мясницкая, д. %1, офис %2"_s.arg(number).arg(100 + number);
    organisation.contactEmail = u"office@org%1.example"_s.arg(code);
    organisation.invoiceEmail = u"buh@org%1.example"_s.arg(code);
    organisation.contactPhone = u"+7495%1"_s.arg(5000000 + number * 101);
    organisation.subscriberCount = 3 + number * 7 % 18;
    organisation.numberBase = 3000000 + number * 100;
    organisation.firstPaymentDocument = 5000 + number * 50;
    return organisation;
}

} // namespace

QList<DemoOrganisation> DemoOrganisations::first(int count)
{
    QList<DemoOrganisation> organisations{romashka(), sidorov()};
    for (int number = 3; number <= count; ++number)
        organisations.append(generated(number));
    return organisations.mid(0, std::max(count, 1));
}

QString DemoOrganisations::taxpayerNumber(quint64 body, bool soleTrader)
{
    if (!soleTrader) {
        QString digits = u"%1"_s.arg(body % 1000000000ULL, 9, 10, QLatin1Char('0'));
        return digits + QString::number(checkDigit(digits, {2, 4, 10, 3, 5, 9, 4, 6, 8}));
    }
    QString digits = u"%1"_s.arg(body % 10000000000ULL, 10, 10, QLatin1Char('0'));
    digits += QString::number(checkDigit(digits, {7, 2, 4, 10, 3, 5, 9, 4, 6, 8}));
    return digits + QString::number(checkDigit(digits, {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}));
}

} // namespace Sandbox
