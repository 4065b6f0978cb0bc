#include "InlineMessage.h"

#include <QAccessibleWidget>

namespace {

// What a screen reader is told: the message's own text as its name (as for any label), and, for an error,
// the alert role, which screen readers announce when it appears.
class AccessibleInlineMessage : public QAccessibleWidget
{
public:
    explicit AccessibleInlineMessage(InlineMessage *message)
        : QAccessibleWidget(message, QAccessible::StaticText)
    {
    }

    QAccessible::Role role() const override
    {
        return message()->tone() == InlineMessage::Tone::Error ? QAccessible::AlertMessage : QAccessible::StaticText;
    }

    QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Name)
            return message()->text();
        return QAccessibleWidget::text(kind);
    }

private:
    InlineMessage *message() const { return static_cast<InlineMessage *>(widget()); }
};

QAccessibleInterface *accessibleInlineMessage(const QString &className, QObject *object)
{
    if (className == QLatin1String("InlineMessage") && object && object->isWidgetType())
        return new AccessibleInlineMessage(static_cast<InlineMessage *>(object));
    return nullptr;
}

} // namespace

InlineMessage::InlineMessage(QWidget *parent)
    : QLabel(parent)
{
    QAccessible::installFactory(accessibleInlineMessage);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTextFormat(Qt::PlainText);
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
    QLabel::show();
    if (tone == Tone::Error) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void InlineMessage::clear()
{
    QLabel::clear();
    hide();
}
