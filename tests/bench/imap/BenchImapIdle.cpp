// bench-imap-idle: CPU time used by a MailboxWatcher sitting in IDLE with no arrivals, over N
// seconds (300 by default, --seconds for a shorter run). Floor: under 0.5 s over 5 minutes.
#include "BenchMailStack.h"

#include "imap/Session.h"
#include "platform/Clock.h"
#include "watch/MailboxWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

using namespace Vigie;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("How long to idle (300)."),
                                           QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption envOption(QStringLiteral("env"),
                                       QStringLiteral("A running stack's env file (default: start a private one)."),
                                       QStringLiteral("file"));
    parser.addOptions({secondsOption, envOption});
    parser.process(app);
    const int seconds = parser.value(secondsOption).toInt();

    BenchMailStack stack;
    QString error;
    if (!stack.start(parser.value(envOption), &error)) {
        std::fprintf(stderr, "bench-imap-idle: %s\n", qPrintable(error));
        return 2;
    }
    const Config::AccountSettings account = stack.ownerAccount();
    Platform::SystemClock clock;
    Watch::MailboxWatcher watcher(Watch::MailboxWatcher::Options::fromSettings(
                                      account, {account.address, stack.value("MAILSTACK_PASSWORD"), nullptr}),
                                  clock);
    int exitCode = 0;
    double cpuAtIdle = 0;
    QObject::connect(&watcher, &Watch::MailboxWatcher::errorOccurred, &app, [&](const Net::ServiceError &failure) {
        std::fprintf(stderr, "bench-imap-idle: %s %s\n", qPrintable(Net::toString(failure.kind)),
                     qPrintable(failure.detail));
        exitCode = 1;
        app.quit();
    });
    QObject::connect(&watcher, &Watch::MailboxWatcher::sessionCreated, &app, [&](Imap::Session *session) {
        QObject::connect(session, &Imap::Session::wireLineLogged, &app, [&](const QByteArray &line) {
            if (line != "S: + idling" || cpuAtIdle > 0)
                return;
            cpuAtIdle = cpuSeconds();
            std::printf("idling; measuring CPU for %d s (connect and login took %.3f CPU s)\n", seconds, cpuAtIdle);
            std::fflush(stdout);
            QTimer::singleShot(seconds * 1000, &app, [&] {
                const double used = cpuSeconds() - cpuAtIdle;
                const double floor = 0.5 * seconds / 300.0;
                std::printf("CPU used while idle: %.3f s over %d s (floor 0.5 s per 300 s, here %.3f s)\n", used,
                            seconds, floor);
                exitCode = used < floor ? 0 : 1;
                app.quit();
            });
        });
    });
    watcher.start();
    app.exec();
    return exitCode;
}
