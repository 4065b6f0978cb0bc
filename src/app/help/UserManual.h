#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// The user manual as shipped: docs/manual/manual.md and its pictures, installed in share/sipcabinet/manual.
// Its sections are marked for F1 with a line `<a name="topic"></a>` before their heading; Qt's Markdown
// reader drops such HTML, so the topics are read here and found again by their heading.
class UserManual
{
    Q_DECLARE_TR_FUNCTIONS(UserManual)

public:
    static constexpr qsizetype MaxBytes = 2 * 1024 * 1024;

    // The folder beside the program (bin/../share/sipcabinet/manual), or the system's data folders.
    static QString installedFolder();

    explicit UserManual(const QString &folder);
    bool load(QString *problem);

    QString markdownPath() const;
    QString folder() const { return m_folder; }
    // The heading text of a topic's section; empty for an unknown topic.
    QString headingOf(const QString &topic) const { return m_headings.value(topic); }
    QStringList topics() const { return m_headings.keys(); }
    // The pictures the manual shows, relative to its folder (images/…png).
    QStringList images() const { return m_images; }

private:
    QString m_folder;
    QHash<QString, QString> m_headings;
    QStringList m_images;
};
