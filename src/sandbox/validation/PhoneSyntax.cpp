#include "validation/PhoneSyntax.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sandbox {

bool PhoneSyntax::isValid(const QString &number)
{
    static const QRegularExpression shape(u"^\\+7\\d{10}$"_s);
    return shape.match(number).hasMatch();
}

} // namespace Sandbox
