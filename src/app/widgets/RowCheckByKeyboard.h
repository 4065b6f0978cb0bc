#pragma once

#include <QObject>

class QAbstractItemView;

// Space ticks the row's checkbox wherever the keyboard is in the row, not only in the checkbox's column
// (Qt's views tick only when the current cell itself is checkable).
class RowCheckByKeyboard : public QObject
{
    Q_OBJECT

public:
    static void install(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit RowCheckByKeyboard(QAbstractItemView *view);

    QAbstractItemView *m_view;
};
