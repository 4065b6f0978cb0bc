#include "UserManual.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {
const QString ManualFile = QStringLiteral("manual.md");
const QString InstalledPath = QStringLiteral("sipcabinet/manual");
} // namespace

QString UserManual::installedFolder()
{
    const QDir besideProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/") + InstalledPath);
    if (besideProgram.exists(ManualFile))
        return besideProgram.absolutePath();
    return QStandardPaths::locate(QStandardPaths::GenericDataLocation, InstalledPath, QStandardPaths::LocateDirectory);
}

UserManual::UserManual(const QString &folder)
    : m_folder(folder)
{
}

QString UserManual::markdownPath() const
{
    return QDir(m_folder).filePath(ManualFile);
}

bool UserManual::load(QString *problem)
{
    QFile file(markdownPath());
    if (m_folder.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *problem = tr("The user manual is not installed. Reinstall the program to get it back.");
        return false;
    }
    const QStringList lines = QString::fromUtf8(file.read(MaxBytes)).split(QLatin1Char('\n'));
    static const QRegularExpression anchor(QStringLiteral(R"re(^\s*<a\s+name="([\w.-]+)"\s*>\s*</a>\s*$)re"));
    static const QRegularExpression heading(QStringLiteral(R"re(^#{1,6}\s+(.+?)\s*#*\s*$)re"));
    static const QRegularExpression image(QStringLiteral(R"re(!\[[^\]]*\]\(([^)\s]+)\))re"));
    QString pendingTopic;
    for (const QString &line : lines) {
        if (const auto match = anchor.match(line); match.hasMatch()) {
            pendingTopic = match.captured(1);
        } else if (const auto match = heading.match(line); match.hasMatch() && !pendingTopic.isEmpty()) {
            m_headings.insert(pendingTopic, match.captured(1));
            pendingTopic.clear();
        }
        for (auto it = image.globalMatch(line); it.hasNext();)
            m_images.append(it.next().captured(1));
    }
    return true;
}
