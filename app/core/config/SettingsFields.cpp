#include "SettingsFields.h"

#include <QCoreApplication>

#include <array>
#include <cmath>
#include <utility>

namespace Vigie::Config::SettingsFields {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Config::SettingsFields)
};

constexpr std::array<std::pair<TlsMode, const char *>, 3> tlsModeNames{{
    {TlsMode::Implicit, "implicit"},
    {TlsMode::StartTls, "starttls"},
    {TlsMode::None, "none"},
}};

constexpr std::array<std::pair<SecretBackend, const char *>, 4> secretBackendNames{{
    {SecretBackend::Automatic, "automatic"},
    {SecretBackend::Keychain, "keychain"},
    {SecretBackend::File, "file"},
    {SecretBackend::Environment, "environment"},
}};

template<typename Enum, std::size_t N>
bool parseName(const std::array<std::pair<Enum, const char *>, N> &names, const QString &text, Enum &value)
{
    const QString wanted = text.trimmed().toLower();
    for (const auto &[candidate, name] : names) {
        if (wanted == QLatin1String(name)) {
            value = candidate;
            return true;
        }
    }
    return false;
}

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QLatin1String(name);
    }
    return {};
}

template<typename Enum, std::size_t N> QString listOf(const std::array<std::pair<Enum, const char *>, N> &names)
{
    QStringList list;
    for (const auto &entry : names)
        list.append(QLatin1String(entry.second));
    return Text::tr("one of: %1").arg(list.join(QStringLiteral(", ")));
}

} // namespace

bool parse(const QString &text, QString &value)
{
    value = text.trimmed();
    return true;
}

bool parse(const QString &text, int &value)
{
    bool ok = false;
    const int parsed = text.trimmed().toInt(&ok);
    if (ok)
        value = parsed;
    return ok;
}

bool parse(const QString &text, double &value)
{
    bool ok = false;
    const double parsed = text.trimmed().toDouble(&ok);
    if (ok && std::isfinite(parsed))
        value = parsed;
    return ok && std::isfinite(parsed);
}

bool parse(const QString &text, bool &value)
{
    const QString wanted = text.trimmed().toLower();
    if (wanted == u"true" || wanted == u"yes" || wanted == u"on" || wanted == u"1") {
        value = true;
        return true;
    }
    if (wanted == u"false" || wanted == u"no" || wanted == u"off" || wanted == u"0") {
        value = false;
        return true;
    }
    return false;
}

bool parse(const QString &text, TlsMode &value)
{
    return parseName(tlsModeNames, text, value);
}

bool parse(const QString &text, SecretBackend &value)
{
    return parseName(secretBackendNames, text, value);
}

QString format(const QString &value)
{
    return value;
}

QString format(int value)
{
    return QString::number(value);
}

QString format(double value)
{
    return QString::number(value, 'g', 10);
}

QString format(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString format(TlsMode value)
{
    return nameOf(tlsModeNames, value);
}

QString format(SecretBackend value)
{
    return nameOf(secretBackendNames, value);
}

QString expectation(const QString &)
{
    return Text::tr("text");
}

QString expectation(int)
{
    return Text::tr("a whole number");
}

QString expectation(double)
{
    return Text::tr("a number");
}

QString expectation(bool)
{
    return Text::tr("true or false");
}

QString expectation(TlsMode)
{
    return listOf(tlsModeNames);
}

QString expectation(SecretBackend)
{
    return listOf(secretBackendNames);
}

} // namespace Vigie::Config::SettingsFields
