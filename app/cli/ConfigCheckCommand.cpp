#include "ConfigCheckCommand.h"

#include "config/SettingsFile.h"
#include "config/SettingsValidator.h"
#include "platform/AppPaths.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreFactory.h"

#include <QCommandLineParser>

namespace Vigie::Cli {

ConfigCheckCommand::ConfigCheckCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : CliCommand(out, err, parent)
{ }

ConfigCheckCommand::~ConfigCheckCommand() = default;

QStringList ConfigCheckCommand::words() const
{
    return {QStringLiteral("config"), QStringLiteral("check")};
}

QString ConfigCheckCommand::summary() const
{
    return tr("Report every problem in a settings file; exit 1 if there is any.");
}

void ConfigCheckCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption configOption(QStringLiteral("config"), tr("The settings file to check."), tr("file"),
                                          Platform::AppPaths::defaultConfigFile());
    const QCommandLineOption secretsOption(
        QStringLiteral("secrets"),
        tr("Also check that each account's password can be read, from where vigie --headless reads it."));
    parser.addOption(configOption);
    parser.addOption(secretsOption);
    if (!parseArguments(parser, arguments))
        return;

    m_path = parser.value(configOption);
    const Config::SettingsFile::LoadResult loaded = Config::SettingsFile::load(m_path);
    m_problems = loaded.problems;
    if (loaded.understood)
        m_problems += Config::SettingsValidator::validate(loaded.settings);

    if (parser.isSet(secretsOption) && !Config::hasErrors(m_problems)) {
        m_secretStore = Secrets::createSecretStore(loaded.settings.secrets, Secrets::SecretStoreContext::Headless);
        m_accountsToCheck.append(QStringLiteral("primary"));
        if (loaded.settings.backup.isConfigured())
            m_accountsToCheck.append(QStringLiteral("backup"));
        checkNextSecret();
        return;
    }
    report();
}

void ConfigCheckCommand::checkNextSecret()
{
    if (m_accountsToCheck.isEmpty()) {
        report();
        return;
    }
    const QString account = m_accountsToCheck.takeFirst();
    Secrets::SecretReply *reply = m_secretStore->read(Config::Settings::secretKeyForAccount(account));
    connect(reply, &Secrets::SecretReply::finished, this, [this, reply, account] {
        reply->deleteLater();
        using Error = Secrets::SecretReply::Error;
        if (reply->error() == Error::NotFound) {
            m_problems.append(
                {Config::ConfigProblem::Severity::Error, Config::Settings::secretKeyForAccount(account),
                 tr("No password is stored for the %1 account in %2.").arg(account, m_secretStore->description())});
        } else if (reply->error() != Error::None) {
            m_problems.append(
                {Config::ConfigProblem::Severity::Error, Config::Settings::secretKeyForAccount(account),
                 tr("The password of the %1 account cannot be read: %2").arg(account, reply->errorString())});
        }
        checkNextSecret();
    });
}

void ConfigCheckCommand::report()
{
    for (const Config::ConfigProblem &problem : std::as_const(m_problems)) {
        const QString label = problem.severity == Config::ConfigProblem::Severity::Error ? tr("error") : tr("warning");
        m_out << label << QStringLiteral(": ") << problem.message << Qt::endl;
    }
    if (m_problems.isEmpty())
        m_out << tr("%1: no problems found.").arg(m_path) << Qt::endl;
    finishLater(m_problems.isEmpty() ? 0 : 1);
}

} // namespace Vigie::Cli
