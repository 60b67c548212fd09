#include "SettingsFile.h"

#include "ConfigLogging.h"
#include "SettingsFields.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>

namespace Vigie::Config {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Config::SettingsFile)
};

QString childPrefix(const QString &prefix, const char *name)
{
    if (prefix.isEmpty())
        return QLatin1String(name) + u'/';
    return prefix.chopped(1) + u'.' + QLatin1String(name) + u'/';
}

class RawReader
{
public:
    RawReader(const RawSettings &raw, ConfigProblems &problems, QSet<QString> &knownKeys, QString prefix = {})
        : m_raw(raw)
        , m_problems(problems)
        , m_knownKeys(knownKeys)
        , m_prefix(std::move(prefix))
    { }

    template<typename T> void field(const char *name, T &value)
    {
        const QString key = m_prefix + QLatin1String(name);
        m_knownKeys.insert(key);
        const auto found = m_raw.constFind(key);
        if (found == m_raw.cend())
            return;
        if (!SettingsFields::parse(found.value(), value)) {
            m_problems.append({ConfigProblem::Severity::Error, key,
                               Text::tr("%1 is “%2”, but it must be %3.")
                                   .arg(key, found.value(), SettingsFields::expectation(value))});
        }
    }

    template<typename Group> void group(const char *name, Group &value)
    {
        RawReader child(m_raw, m_problems, m_knownKeys, childPrefix(m_prefix, name));
        value.visitFields(child);
    }

private:
    const RawSettings &m_raw;
    ConfigProblems &m_problems;
    QSet<QString> &m_knownKeys;
    QString m_prefix;
};

class RawWriter
{
public:
    explicit RawWriter(RawSettings &raw, QString prefix = {})
        : m_raw(raw)
        , m_prefix(std::move(prefix))
    { }

    template<typename T> void field(const char *name, T &value)
    {
        m_raw.insert(m_prefix + QLatin1String(name), SettingsFields::format(value));
    }

    template<typename Group> void group(const char *name, Group &value)
    {
        RawWriter child(m_raw, childPrefix(m_prefix, name));
        value.visitFields(child);
    }

private:
    RawSettings &m_raw;
    QString m_prefix;
};

bool looksLikeSecret(const QString &key)
{
    static const QRegularExpression secretName(QStringLiteral("(pass(word|wd)?|secret|token|api.?key|credential)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    return secretName.match(key).hasMatch();
}

void reportUnknownKeys(const RawSettings &raw, const QSet<QString> &knownKeys, ConfigProblems &problems)
{
    for (auto it = raw.cbegin(); it != raw.cend(); ++it) {
        if (knownKeys.contains(it.key()) || it.key() == SettingsMigration::VersionKey)
            continue;
        if (looksLikeSecret(it.key())) {
            problems.append({ConfigProblem::Severity::Error, it.key(),
                             Text::tr("%1 looks like a password. Passwords never belong in the "
                                      "settings file: remove it and store the password in the "
                                      "system keychain or the secrets file.")
                                 .arg(it.key())});
        } else {
            problems.append({ConfigProblem::Severity::Warning, it.key(),
                             Text::tr("%1 is not a Vigie setting and is ignored. Is it misspelt?").arg(it.key())});
        }
    }
}

} // namespace

SettingsFile::LoadResult SettingsFile::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return {{}, {{ConfigProblem::Severity::Error, {}, Text::tr("The settings file %1 does not exist.").arg(path)}}};
    }
    if (!info.isReadable() || !info.isFile()) {
        return {{}, {{ConfigProblem::Severity::Error, {}, Text::tr("The settings file %1 cannot be read.").arg(path)}}};
    }

    QSettings file(path, QSettings::IniFormat);
    if (file.status() == QSettings::FormatError) {
        return {{},
                {{ConfigProblem::Severity::Error,
                  {},
                  Text::tr("The settings file %1 is not a valid INI file.").arg(path)}}};
    }
    RawSettings raw;
    const QStringList keys = file.allKeys();
    for (const QString &key : keys) {
        const QVariant value = file.value(key);
        raw.insert(key,
                   value.userType() == QMetaType::QStringList ? value.toStringList().join(u',') : value.toString());
    }
    qCDebug(lcConfig) << "Read" << raw.size() << "settings from" << path;
    return fromRaw(std::move(raw));
}

SettingsFile::LoadResult SettingsFile::fromRaw(RawSettings raw)
{
    LoadResult result;
    result.problems = SettingsMigration::migrate(raw, Settings::SchemaVersion, SettingsMigration::standardSteps());
    if (hasErrors(result.problems))
        return result;

    result.understood = true;
    QSet<QString> knownKeys;
    RawReader reader(raw, result.problems, knownKeys);
    result.settings.visitFields(reader);
    reportUnknownKeys(raw, knownKeys, result.problems);
    return result;
}

RawSettings SettingsFile::toRaw(const Settings &settings)
{
    RawSettings raw;
    Settings copy = settings;
    RawWriter writer(raw);
    copy.visitFields(writer);
    raw.insert(SettingsMigration::VersionKey, QString::number(Settings::SchemaVersion));
    return raw;
}

QString SettingsFile::save(const Settings &settings, const QString &path)
{
    QSettings file(path, QSettings::IniFormat);
    const RawSettings raw = toRaw(settings);
    for (auto it = raw.cbegin(); it != raw.cend(); ++it)
        file.setValue(it.key(), it.value());
    file.sync();
    if (file.status() != QSettings::NoError)
        return Text::tr("Cannot write the settings file %1.").arg(path);
    return {};
}

} // namespace Vigie::Config
