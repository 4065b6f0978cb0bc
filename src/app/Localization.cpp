#include "Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

QString Localization::install(QCoreApplication &application, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() != QLocale::Russian) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        auto *plurals = new QTranslator(&application);
        if (plurals->load(QStringLiteral(":/i18n/sipcabinet_en.qm")))
            QCoreApplication::installTranslator(plurals);
        return QStringLiteral("en");
    }
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));

    auto *ours = new QTranslator(&application);
    if (ours->load(QStringLiteral(":/i18n/sipcabinet_ru.qm")))
        QCoreApplication::installTranslator(ours);

    auto *qts = new QTranslator(&application);
    if (qts->load(QStringLiteral("qtbase_ru"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qts);
    auto *qtGaps = new QTranslator(&application);
    if (qtGaps->load(QStringLiteral(":/i18n/qt_gaps_ru.qm")))
        QCoreApplication::installTranslator(qtGaps);
    return QStringLiteral("ru");
}
