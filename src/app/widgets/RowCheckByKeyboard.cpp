#include "RowCheckByKeyboard.h"

#include <QAbstractItemView>
#include <QKeyEvent>

RowCheckByKeyboard::RowCheckByKeyboard(QAbstractItemView *view)
    : QObject(view)
    , m_view(view)
{
}

void RowCheckByKeyboard::install(QAbstractItemView *view)
{
    view->installEventFilter(new RowCheckByKeyboard(view));
}

bool RowCheckByKeyboard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || static_cast<QKeyEvent *>(event)->key() != Qt::Key_Space
        || static_cast<QKeyEvent *>(event)->modifiers() != Qt::NoModifier)
        return QObject::eventFilter(watched, event);
    const QModelIndex current = m_view->currentIndex();
    QAbstractItemModel *model = m_view->model();
    if (!current.isValid() || !model)
        return QObject::eventFilter(watched, event);
    for (int column = 0; column < model->columnCount(current.parent()); ++column) {
        const QModelIndex cell = current.siblingAtColumn(column);
        if (!(cell.flags() & Qt::ItemIsUserCheckable) || !(cell.flags() & Qt::ItemIsEnabled))
            continue;
        const bool checked = cell.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        model->setData(cell, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        return true;
    }
    return QObject::eventFilter(watched, event);
}
