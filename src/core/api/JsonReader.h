#pragma once

#include "BillingPeriod.h"
#include "domain/Money.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

// Reads one JSON object strictly: a missing member or a wrong type is recorded as a protocol fault with
// the member's path, and the reader answers empty values from then on. Parsers check ok() once at the end.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, const QString &path = QStringLiteral("$"));
    // Starts from a whole document or value; a non-object is a fault.
    static JsonReader fromValue(const QJsonValue &value, const QString &path = QStringLiteral("$"));

    bool ok() const { return m_fault->isEmpty(); }
    QString fault() const { return *m_fault; }
    void fail(const QString &member, const QString &what);
    // For a member the contract requires but allows to be null: absent is a fault, null is not.
    void requireMember(const QString &member);

    QString string(const QString &member);
    QString nonEmptyString(const QString &member);
    std::optional<QString> nullableString(const QString &member);
    qint64 integer(const QString &member);
    qint64 positiveInteger(const QString &member); // a count or a running number: 1 or more
    bool boolean(const QString &member);
    QDateTime dateTime(const QString &member);
    std::optional<QDateTime> nullableDateTime(const QString &member);
    QDate date(const QString &member);
    BillingPeriod period(const QString &member);
    Money money(const QString &member, const QString &currency);
    QString oneOf(const QString &member, const QStringList &allowed);

    JsonReader object(const QString &member);
    // An absent member or null gives std::nullopt; anything but an object is a fault.
    std::optional<JsonReader> nullableObject(const QString &member);
    QJsonArray array(const QString &member);
    // The i-th element of an array read from member, as an object.
    JsonReader element(const QJsonArray &array, qsizetype index, const QString &member);

private:
    JsonReader(const QJsonObject &object, const QString &path, std::shared_ptr<QString> fault);
    QJsonValue member(const QString &name, QJsonValue::Type type);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_fault; // shared with nested readers: the first fault wins
};
