#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Vigie::Platform {

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *vigie = new QTranslator(QCoreApplication::instance());
    const auto load = [vigie](const QLocale &wanted) {
        return vigie->load(wanted, QStringLiteral("vigie"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    };
    // English is the source language, but its plural forms ("%n hour(s)") need its catalogue.
    if (!load(locale) && !load(QLocale(QLocale::English))) {
        delete vigie;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(vigie);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return vigie->language();
}

} // namespace Vigie::Platform
