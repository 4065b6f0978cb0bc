#pragma once

#include "UserManual.h"

#include <QWidget>

class QTextBrowser;
class InlineMessage;

// «Руководство пользователя»: the manual in a window of its own, opened at the section of the page the
// user is on (F1). It stays open beside the main window while the user follows the steps.
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(const QString &manualFolder, QWidget *parent = nullptr);

    // Shows the window at the topic's section (the start for an unknown one); false if the manual is missing.
    bool showTopic(const QString &topic);
    // The headings the user can see now; for tests.
    QStringList headingsInView() const;

private:
    bool ensureLoaded();

    UserManual m_manual;
    bool m_loaded = false;
    QTextBrowser *m_browser;
    InlineMessage *m_problem;
};
