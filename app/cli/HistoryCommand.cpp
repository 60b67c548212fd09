#include "HistoryCommand.h"

#include "AccountLoader.h"
#include "platform/Clock.h"
#include "watch/HistoryLoader.h"
#include "watch/MailboxWatcher.h"

#include <QCommandLineParser>

#include <algorithm>

namespace Vigie::Cli {

HistoryCommand::HistoryCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : CliCommand(out, err, parent)
{
}

HistoryCommand::~HistoryCommand() = default;

QStringList HistoryCommand::words() const
{
    return {QStringLiteral("history")};
}

QString HistoryCommand::summary() const
{
    return tr("Print when each message of the last N days arrived (epoch seconds, one a line).");
}

void HistoryCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption configOption(QStringLiteral("config"), tr("The settings file."), tr("file"));
    const QCommandLineOption daysOption(QStringLiteral("days"), tr("How many days back (default 30)."), tr("N"),
                                        QStringLiteral("30"));
    const QCommandLineOption accountOption(QStringLiteral("account"), tr("primary (default) or backup."),
                                           tr("account"), QStringLiteral("primary"));
    parser.addOptions({configOption, daysOption, accountOption});
    if (!parser.parse(arguments) || !parser.isSet(configOption)) {
        m_err << (parser.errorText().isEmpty() ? tr("--config is required.") : parser.errorText()) << Qt::endl;
        finishLater(2);
        return;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        finishLater(0);
        return;
    }
    bool ok = false;
    m_days = parser.value(daysOption).toInt(&ok);
    if (!ok || m_days < 1 || m_days > 3660) {
        m_err << tr("--days wants a number of days between 1 and 3660.") << Qt::endl;
        finishLater(2);
        return;
    }
    m_loader = new AccountLoader(this);
    connect(m_loader, &AccountLoader::failed, this, [this](const QString &message) {
        m_err << message << Qt::endl;
        finishLater(1);
    });
    connect(m_loader, &AccountLoader::loaded, this, &HistoryCommand::load);
    m_loader->load(parser.value(configOption), parser.value(accountOption));
}

void HistoryCommand::load()
{
    m_clock = std::make_unique<Platform::SystemClock>();
    const Watch::MailboxWatcher::Options watch =
        Watch::MailboxWatcher::Options::fromSettings(m_loader->account(), m_loader->credentials());
    Watch::HistoryLoader::Options options;
    options.session = watch.session;
    options.credentials = watch.credentials;
    options.mailbox = watch.mailbox;
    options.days = m_days;
    options.loadSent = false;
    auto *loader = new Watch::HistoryLoader(options, *m_clock, this);
    connect(loader, &Watch::HistoryLoader::arrivalsLoaded, this, [this](QList<QDateTime> dates) {
        std::sort(dates.begin(), dates.end());
        for (const QDateTime &date : std::as_const(dates))
            m_out << date.toSecsSinceEpoch() << '\n';
        m_out.flush();
    });
    connect(loader, &Watch::HistoryLoader::finished, this, [this](const Net::ServiceError &error) {
        if (error.isError()) {
            m_err << tr("History could not be loaded (%1): %2 %3")
                         .arg(Net::toString(error.kind), error.detail, error.serverText)
                  << Qt::endl;
            finishLater(1);
            return;
        }
        finishLater(0);
    });
    loader->start();
}

} // namespace Vigie::Cli
