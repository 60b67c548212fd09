#include "VigieApplication.h"
#include "platform/AppPaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>
#include <memory>

namespace {

// Decided before any QCoreApplication exists: headless must never touch the display server.
bool wantsHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool headless = wantsHeadless(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (headless) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        auto gui = std::make_unique<QApplication>(argc, argv);
        gui->setQuitOnLastWindowClosed(false);
        app = std::move(gui);
    }
    Vigie::Platform::AppPaths::setApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Vigie watches your mailbox and keeps you reachable when "
                                    "your mail provider fails."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"), QCoreApplication::translate("main", "Run without a display, as a service."));
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QCoreApplication::translate("main", "Use this settings file."),
                                          QCoreApplication::translate("main", "file"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"),
                                           QCoreApplication::translate("main", "Log debugging details."));
    parser.addOptions({headlessOption, configOption, verboseOption});
    parser.process(*app);

    Vigie::VigieApplication vigie({headless, parser.isSet(verboseOption), parser.value(configOption)});
    const int immediateExitCode = vigie.start();
    if (immediateExitCode >= 0)
        return immediateExitCode;
    return app->exec();
}
