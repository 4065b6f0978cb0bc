#pragma once

#include "api/ApiResult.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Table rows for response parsers: each row is a valid answer with at most one member replaced, removed
// or the whole document swapped, and the fault the parser must report (empty: it must succeed).
namespace ParserCases {

inline QJsonValue absent()
{
    return QJsonValue(QJsonValue::Undefined);
}

// path is dotted; numeric segments index arrays ("items.0.status"). An undefined replacement removes.
inline QJsonValue replaced(const QJsonValue &node, QStringList path, const QJsonValue &replacement)
{
    if (path.isEmpty())
        return replacement;
    const QString key = path.takeFirst();
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    const bool remove = path.isEmpty() && replacement.isUndefined();
    if (isIndex) {
        QJsonArray array = node.toArray();
        if (remove)
            array.removeAt(index);
        else
            array[index] = replaced(array.at(index), path, replacement);
        return array;
    }
    QJsonObject object = node.toObject();
    if (remove)
        object.remove(key);
    else
        object[key] = replaced(object.value(key), path, replacement);
    return object;
}

// "$" swaps the whole document: an array, an object, or anything else for an empty document.
inline QJsonDocument document(const QByteArray &base, const QString &path, const QJsonValue &value)
{
    const QJsonDocument valid = QJsonDocument::fromJson(base);
    if (path.isEmpty())
        return valid;
    if (path == QLatin1String("$")) {
        if (value.isArray())
            return QJsonDocument(value.toArray());
        if (value.isObject())
            return QJsonDocument(value.toObject());
        return QJsonDocument();
    }
    return QJsonDocument(replaced(valid.object(), path.split(u'.'), value).toObject());
}

inline void addColumns()
{
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("fault");
}

inline void row(const char *name, const QByteArray &base, const char *path, const QJsonValue &value, const char *fault)
{
    QTest::newRow(name) << base << QString::fromUtf8(path) << value << QString::fromUtf8(fault);
}

// The rows every parser shares: the valid answer, tolerance of unknown members, and non-object documents.
inline void addDocumentRows(const QByteArray &base)
{
    row("valid", base, "", absent(), "");
    row("unknown member tolerated", base, "x_future_member", QJsonValue(QJsonObject{{QStringLiteral("a"), 1}}), "");
    row("array instead of object", base, "$", QJsonValue(QJsonArray{QJsonObject()}), "$: expected an object, got array");
    row("empty document", base, "$", QJsonValue(), "$: expected an object, got null");
}

template<typename T>
void check(ApiResult<T> (*parse)(const QJsonDocument &))
{
    QFETCH(QByteArray, base);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, fault);
    QVERIFY2(QJsonDocument::fromJson(base).isObject(), "the row's base answer is not a JSON object");

    const ApiResult<T> result = parse(document(base, path, value));
    if (fault.isEmpty()) {
        QVERIFY2(result.isOk(), qPrintable(result.isOk() ? QString() : result.error().detail));
        return;
    }
    QVERIFY2(!result.isOk(), "a faulty answer was accepted");
    QCOMPARE(result.error().kind, ApiError::Kind::Protocol);
    QVERIFY2(result.error().detail.contains(fault),
             qPrintable(QStringLiteral("fault \"%1\", expected it to contain \"%2\"").arg(result.error().detail, fault)));
}

} // namespace ParserCases

// Declares `name` as the value parsed from json, failing the test function if the parser refuses it.
#define SIPCABINET_PARSED(name, parser, json)                                                                         \
    const auto name##Result = parser(QJsonDocument::fromJson(json));                                                  \
    QVERIFY2(name##Result.isOk(), qPrintable(name##Result.isOk() ? QString() : name##Result.error().detail));         \
    const auto &name = name##Result.value()
