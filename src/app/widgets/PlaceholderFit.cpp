#include "PlaceholderFit.h"

#include <QLineEdit>
#include <QStyle>
#include <QStyleOptionFrame>

namespace PlaceholderFit {

int widthFor(const QLineEdit *edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
    const QMargins margins = edit->textMargins();
    // The clear button's room, which the field keeps even while it is empty.
    const int clearButton = edit->isClearButtonEnabled() ? edit->style()->pixelMetric(QStyle::PM_SmallIconSize) + 8 : 0;
    return edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + 2 * frame + margins.left()
           + margins.right() + clearButton + 8;
}

void apply(QLineEdit *edit)
{
    edit->setMinimumWidth(widthFor(edit));
}

} // namespace PlaceholderFit
