// bench-imap-history: fills the owner's INBOX of a private test stack with N messages (20,000
// by default) spread over the last 30 days, plus a \Sent folder, lets Dovecot index them, then
// times HistoryLoader (INTERNALDATE and bulk-sender fields of every INBOX message over 30 days, one in
// four a newsletter, \Sent envelopes) and
// prints wall time and the process's peak memory. Floor: under 10 s and under 80 MB.
#include "BenchMailStack.h"

#include "imap/ExamineJob.h"
#include "imap/Session.h"
#include "imap/SessionOpener.h"
#include "platform/Clock.h"
#include "watch/HistoryLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Vigie;

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// Writes messages straight into a maildir folder; INTERNALDATE is the file's mtime.
bool fillMaildir(const QString &folder, int count, const QDateTime &now, bool sent, QString *error)
{
    for (const char *sub : {"cur", "new", "tmp"})
        QDir().mkpath(folder + u'/' + QLatin1String(sub));
    if (sent) { // a Maildir++ subfolder says so
        QFile marker(folder + QStringLiteral("/maildirfolder"));
        marker.open(QIODevice::WriteOnly);
    }
    for (int i = 0; i < count; ++i) {
        const QDateTime when = now.addSecs(-qint64(i) * (29LL * 24 * 3600) / count - 60);
        const QString name =
            QStringLiteral("%1/cur/%2.M%3P1.bench:2,S").arg(folder).arg(when.toSecsSinceEpoch()).arg(i);
        QFile file(name);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = file.errorString() + u' ' + name;
            return false;
        }
        const QByteArray peer = "client" + QByteArray::number(i % 97) + "@clients.test";
        const QByteArray from = sent ? "owner@primary.test" : peer;
        const QByteArray to = sent ? peer : "owner@primary.test";
        const QByteArray list = !sent && i % 4 == 0 ? "List-Id: News <news.clients.test>\r\n" : "";
        file.write("From: <" + from + ">\r\nTo: <" + to + ">\r\n" + list + "Subject: Message " + QByteArray::number(i)
                   + "\r\nDate: " + when.toString(Qt::RFC2822Date).toLatin1() + "\r\nMessage-ID: <bench"
                   + QByteArray::number(i) + (sent ? "s" : "i") + "@clients.test>\r\n\r\nHello, this is message "
                   + QByteArray::number(i) + ".\r\n");
        file.close();
        file.setFileTime(when, QFileDevice::FileModificationTime);
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption countOption(QStringLiteral("messages"), QStringLiteral("INBOX size (20000)."),
                                         QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption sentOption(QStringLiteral("sent"), QStringLiteral("\\Sent size (2000)."),
                                        QStringLiteral("N"), QStringLiteral("2000"));
    parser.addOptions({countOption, sentOption});
    parser.process(app);
    const int count = parser.value(countOption).toInt();
    const int sentCount = parser.value(sentOption).toInt();

    BenchMailStack stack;
    QString error;
    // A private stack: filling the INBOX must not disturb tests that share the fixture's.
    if (!stack.start({}, &error)) {
        std::fprintf(stderr, "bench-imap-history: %s\n", qPrintable(error));
        return 2;
    }
    Platform::SystemClock clock;
    QElapsedTimer fillTimer;
    fillTimer.start();
    if (!fillMaildir(stack.ownerMaildir(), count, clock.now(), false, &error)
        || !fillMaildir(stack.ownerMaildir() + QStringLiteral("/.Sent"), sentCount, clock.now(), true, &error)
        || !stack.giveToDovecot(&error)) {
        std::fprintf(stderr, "bench-imap-history: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("set-up: %d INBOX and %d Sent messages written in %.2f s\n", count, sentCount,
                double(fillTimer.elapsed()) / 1000.0);

    const Config::AccountSettings account = stack.ownerAccount();
    const Imap::Credentials credentials{account.address, stack.value("MAILSTACK_PASSWORD"), nullptr};
    Watch::HistoryLoader::Options options;
    options.access = Watch::MailboxAccess::fromSettings(account, credentials);
    options.access.session.responseTimeoutMs = 120'000; // Dovecot indexes 20,000 new files on first look
    options.days = 30;

    int exitCode = 0;
    qint64 arrivals = 0;
    qint64 envelopes = 0;
    qint64 bulk = 0; // every fourth INBOX message is a newsletter
    QElapsedTimer loadTimer;
    auto runLoad = [&](bool warmUp, std::function<void()> then) {
        auto *loader = new Watch::HistoryLoader(options, clock, &app);
        QObject::connect(loader, &Watch::HistoryLoader::arrivalsLoaded, &app,
                         [&](const QList<Watch::HistoryArrival> &batch) {
                             arrivals += batch.size();
                             bulk += std::count_if(batch.cbegin(), batch.cend(),
                                                   [](const Watch::HistoryArrival &a) { return a.fromBulkSender; });
                         });
        QObject::connect(loader, &Watch::HistoryLoader::sentEnvelopesLoaded, &app,
                         [&](const QList<Imap::Envelope> &batch) { envelopes += batch.size(); });
        QObject::connect(
            loader, &Watch::HistoryLoader::finished, &app, [&, loader, warmUp, then](const Net::ServiceError &failure) {
                loader->deleteLater();
                if (failure.isError()) {
                    std::fprintf(stderr, "bench-imap-history: %s %s %s\n", qPrintable(Net::toString(failure.kind)),
                                 qPrintable(failure.detail), qPrintable(failure.serverText));
                    exitCode = 1;
                    app.quit();
                    return;
                }
                if (warmUp)
                    std::printf("warm-up (Dovecot indexes the new files): %.2f s\n",
                                double(loadTimer.elapsed()) / 1000.0);
                then();
            });
        arrivals = envelopes = bulk = 0;
        loadTimer.start();
        loader->start();
    };
    QTimer::singleShot(0, &app, [&] {
        runLoad(true, [&] {
            runLoad(false, [&] {
                const double seconds = double(loadTimer.elapsed()) / 1000.0;
                const double megabytes = peakMegabytes();
                std::printf("history: %lld INBOX arrival times (%lld from bulk senders) and %lld Sent envelopes "
                            "over 30 days\n",
                            static_cast<long long>(arrivals), static_cast<long long>(bulk),
                            static_cast<long long>(envelopes));
                std::printf("wall time: %.2f s (floor 10 s)\n", seconds);
                std::printf("peak memory: %.1f MB (floor 80 MB)\n", megabytes);
                exitCode = (seconds < 10.0 && megabytes < 80.0 && arrivals == count && bulk == (count + 3) / 4) ? 0 : 1;
                app.quit();
            });
        });
    });
    app.exec();
    return exitCode;
}
