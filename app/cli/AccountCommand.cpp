#include "AccountCommand.h"

#include "AccountLoader.h"

#include <QCommandLineParser>

namespace Vigie::Cli {

void AccountCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption configOption(QStringLiteral("config"), tr("The settings file."), tr("file"));
    const QCommandLineOption accountOption(QStringLiteral("account"), tr("primary (default) or backup."), tr("account"),
                                           QStringLiteral("primary"));
    parser.addOptions({configOption, accountOption});
    addOptions(parser);
    if (!parseArguments(parser, arguments) || !readOptions(parser))
        return;
    if (!parser.isSet(configOption)) {
        m_err << tr("--config is required.") << Qt::endl;
        finishLater(2);
        return;
    }
    m_loader = new AccountLoader(this);
    connect(m_loader, &AccountLoader::failed, this, [this](const QString &message) {
        m_err << message << Qt::endl;
        finishLater(1);
    });
    connect(m_loader, &AccountLoader::loaded, this, &AccountCommand::run);
    m_loader->load(parser.value(configOption), parser.value(accountOption));
}

} // namespace Vigie::Cli
