#pragma once

#include <QLabel>

// The message next to the action that caused it: an error, a piece of news, or a success, never a popup.
class InlineMessage : public QLabel
{
    Q_OBJECT

public:
    enum class Tone { Info, Success, Error };

    explicit InlineMessage(QWidget *parent = nullptr);

    void show(Tone tone, const QString &text);
    void showError(const QString &text) { show(Tone::Error, text); }
    void showInfo(const QString &text) { show(Tone::Info, text); }
    void showSuccess(const QString &text) { show(Tone::Success, text); }
    void clear();
    Tone tone() const { return m_tone; }

private:
    Tone m_tone = Tone::Info;
};
