#include "OrderRecipient.h"

QString OrderRecipient::contactEmailNote()
{
    return tr("It goes to your organisation's contact e-mail, not to the invoice delivery address: the "
              "operator sends only invoices there. The contact e-mail is shown under «Personal information».");
}
