#include "validation/EmailSyntax.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Sandbox {

bool EmailSyntax::isValid(const QString &address)
{
    static const QRegularExpression shape(
        u"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
        "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"_s);
    return address.size() <= 254 && shape.match(address).hasMatch();
}

} // namespace Sandbox
