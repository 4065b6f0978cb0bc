// Any message through MailParser and OperatorMailRecognizer, as mail intake does: a message is only
// recognised from the operator's address, to the account, for a month, with a real document.
#include "FuzzInput.h"
#include "mail/MailParser.h"
#include "mail/OperatorMailRecognizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const OperatorMailRecognizer recognizer(
        {{QStringLiteral("billing@operator.example")}, QStringLiteral("Оператор связи"),
         {QStringLiteral("accounts@romashka.example")}});
    const ParsedMail mail = MailParser::parse(FuzzInput::bytes(data, size));
    const OperatorMailRecognizer::Result result = recognizer.recognise(mail);
    if (result.verdict == OperatorMailRecognizer::Verdict::NotRecognised)
        FuzzInput::require(!result.reason.isEmpty());
    if (result.verdict != OperatorMailRecognizer::Verdict::Recognised)
        return 0;
    FuzzInput::require(mail.outcome == ParsedMail::Outcome::Read);
    FuzzInput::require(mail.fromAddress == QLatin1String("billing@operator.example"));
    FuzzInput::require(mail.toAddresses.contains(QStringLiteral("accounts@romashka.example")));
    FuzzInput::require(result.period.has_value() && result.period->isValid());
    FuzzInput::require(!result.documents.isEmpty());
    for (const ParsedMail::Attachment &document : result.documents)
        FuzzInput::require(document.sniffedType != ParsedMail::DocumentType::Other);
    return 0;
}
