#pragma once

// The small steps the manual's walk (manual_screenshots.cpp) is made of: find, click and type as a user
// does, wait for the operator's data, and the demo operator's clock for the pictures.
#include "models/SubscriberChargesModel.h"
#include "pages/MenuPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QDateTime>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

namespace ManualSteps {

constexpr int WaitMs = 20000;

inline bool check(bool ok, const char *image, const char *what)
{
    if (!ok)
        qCritical("manual_screenshots: %s: %s", image, what);
    return ok;
}

template<typename T>
inline T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("manual_screenshots: %s has no widget %s", qPrintable(parent->objectName()), name);
    return found;
}

inline int rows(const QAbstractItemView *view)
{
    return view->model() ? view->model()->rowCount() : 0;
}

// Whether a page's field shows the operator's data yet.
inline bool hasContent(const QWidget *widget)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(widget))
        return rows(view) > 0;
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        return !edit->text().isEmpty();
    const auto *label = qobject_cast<const QLabel *>(widget);
    return label && !label->text().isEmpty();
}

inline bool click(QAbstractButton *button)
{
    if (!check(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()), "cannot be pressed"))
        return false;
    // A radio button takes clicks on its indicator and its text only, not on the rest of its row.
    const bool radio = qobject_cast<QRadioButton *>(button) != nullptr;
    QTest::mouseClick(button, Qt::LeftButton, Qt::NoModifier, radio ? QPoint(8, button->height() / 2) : QPoint());
    return check(!radio || button->isChecked(), qPrintable(button->objectName()), "was not chosen");
}

// Key by key, with the text each key makes: QTest::keyClicks() knows Latin-1 only, and the texts are Russian.
inline void type(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// The demo operator's clock is set (it then stands still) so that the pictures do not depend on the day they are
// taken: the 15th of this month by the operator's calendar, ordering open; the 2nd, while invoices are formed.
inline QDateTime operatorDay(int day, int hour)
{
    const QTimeZone moscow(QByteArrayLiteral("Europe/Moscow")); // the sandbox's zone (OperatorTimeZone)
    const QTimeZone zone = moscow.isValid() ? moscow : QTimeZone(3 * 3600);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    return QDateTime(QDate(today.year(), today.month(), day), QTime(hour, 0), zone);
}

// The billing period `back` months before the moment's, as the pages keep it ("2026-09").
inline QString periodBefore(const QDateTime &now, int back)
{
    return QDate(now.date().year(), now.date().month(), 1).addMonths(-back).toString(QStringLiteral("yyyy-MM"));
}

// «Только по отмеченным абонентам» with two subscribers ticked, the keyboard's way (the row, then Space): where
// a click lands on a box depends on the style.
inline bool tickTwoSubscribers(MenuPage *page)
{
    auto *table = child<QTableView>(page, "chargesTable");
    for (const int row : {0, 1}) {
        const QModelIndex box = table->model()->index(row, SubscriberChargesModel::NumberColumn);
        table->setFocus();
        table->setCurrentIndex(box);
        QTest::keyClick(table, Qt::Key_Space);
        if (!check(box.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked, "current-charges-choose.png",
                   "a subscriber was not ticked"))
            return false;
    }
    return check(child<QRadioButton>(page, "checkedScopeRadio")->isChecked(), "current-charges-choose.png",
                 "«only the checked subscribers» was not chosen");
}

// Whether a picture shows any text: a dark pixel inside it (its edges left out: frames and scroll arrows),
// where a blank page and the grey around it have none.
inline bool hasInk(const QImage &image)
{
    for (int y = image.height() / 10; y < image.height() * 9 / 10; y += 2) {
        for (int x = image.width() / 10; x < image.width() * 9 / 10; x += 2) {
            if (qGray(image.pixel(x, y)) < 96)
                return true;
        }
    }
    return false;
}

} // namespace ManualSteps
