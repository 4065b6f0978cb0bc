#include "InlineMessage.h"

InlineMessage::InlineMessage(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Message"));
    hide();
}

void InlineMessage::show(Tone tone, const QString &text)
{
    m_tone = tone;
    static const char *const styles[] = {
        "background: #e8f0fb; border: 1px solid #9ab8e0; border-radius: 4px; padding: 6px;",
        "background: #e7f5ea; border: 1px solid #8cc79a; border-radius: 4px; padding: 6px;",
        "background: #fdecee; border: 1px solid #e3a1a9; border-radius: 4px; padding: 6px; color: #8a1020;",
    };
    setStyleSheet(QString::fromLatin1(styles[static_cast<int>(tone)]));
    setText(text);
    setAccessibleDescription(text);
    QLabel::show();
}

void InlineMessage::clear()
{
    QLabel::clear();
    hide();
}
