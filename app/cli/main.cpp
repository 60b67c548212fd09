#include "CliCommand.h"
#include "CommandRegistry.h"
#include "platform/AppPaths.h"
#include "platform/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void printUsage(QTextStream &out, const std::vector<std::unique_ptr<Vigie::Cli::CliCommand>> &commands)
{
    out << QCoreApplication::translate("vigie-cli", "Usage: vigie-cli COMMAND [options]") << Qt::endl
        << QCoreApplication::translate("vigie-cli", "       vigie-cli --version") << Qt::endl
        << Qt::endl
        << QCoreApplication::translate("vigie-cli", "Commands:") << Qt::endl;
    for (const auto &command : commands)
        out << QStringLiteral("  ") << command->words().join(u' ').leftJustified(18) << command->summary() << Qt::endl;
    out << Qt::endl
        << QCoreApplication::translate("vigie-cli", "Run vigie-cli COMMAND --help for the options of a command.")
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Vigie::Platform::AppPaths::setApplicationIdentity();
    Vigie::Platform::installTranslations({});

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    auto commands = Vigie::Cli::createCommands(out, err);

    if (arguments.size() < 2 || arguments.at(1) == u"--help" || arguments.at(1) == u"-h") {
        printUsage(arguments.size() < 2 ? err : out, commands);
        return arguments.size() < 2 ? 2 : 0;
    }
    if (arguments.at(1) == u"--version" || arguments.at(1) == u"-v") {
        out << QStringLiteral("vigie-cli ") << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }

    for (const auto &command : commands) {
        const QStringList words = command->words();
        if (arguments.mid(1, words.size()) != words)
            continue;
        QStringList commandArguments{arguments.constFirst() + u' ' + words.join(u' ')};
        commandArguments += arguments.mid(1 + words.size());
        QObject::connect(command.get(), &Vigie::Cli::CliCommand::finished, &app, &QCoreApplication::exit);
        command->start(commandArguments);
        return app.exec();
    }
    err << QCoreApplication::translate("vigie-cli", "Unknown command: %1").arg(arguments.mid(1).join(u' ')) << Qt::endl;
    printUsage(err, commands);
    return 2;
}
