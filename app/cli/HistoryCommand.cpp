#include "HistoryCommand.h"

#include "AccountLoader.h"
#include "platform/Clock.h"
#include "watch/HistoryLoader.h"

#include <QCommandLineParser>

#include <algorithm>

namespace Vigie::Cli {

HistoryCommand::HistoryCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : AccountCommand(out, err, parent)
{ }

HistoryCommand::~HistoryCommand() = default;

QStringList HistoryCommand::words() const
{
    return {QStringLiteral("history")};
}

QString HistoryCommand::summary() const
{
    return tr(
        "Print when each message of the last N days arrived (epoch seconds, one a line, followed by bulk when it came "
        "from a bulk sender): a trace for simulate.");
}

void HistoryCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("days"), tr("How many days back (default 30)."), tr("N"), QStringLiteral("30")});
}

bool HistoryCommand::readOptions(const QCommandLineParser &parser)
{
    bool ok = false;
    m_days = parser.value(QStringLiteral("days")).toInt(&ok);
    if (ok && m_days >= 1 && m_days <= 3660)
        return true;
    m_err << tr("--days wants a number of days between 1 and 3660.") << Qt::endl;
    finishLater(2);
    return false;
}

void HistoryCommand::run()
{
    m_clock = std::make_unique<Platform::SystemClock>();
    Watch::HistoryLoader::Options options;
    options.access = Watch::MailboxAccess::fromSettings(account().account(), account().credentials());
    options.days = m_days;
    options.loadSent = false;
    auto *loader = new Watch::HistoryLoader(options, *m_clock, this);
    connect(loader, &Watch::HistoryLoader::arrivalsLoaded, this, [this](QList<Watch::HistoryArrival> arrivals) {
        std::stable_sort(arrivals.begin(), arrivals.end(),
                         [](const auto &a, const auto &b) { return a.internalDate < b.internalDate; });
        for (const Watch::HistoryArrival &arrival : std::as_const(arrivals)) {
            if (arrival.probeToken.isEmpty()) // what the silence detector learns: no probe of Vigie's
                m_out << arrival.internalDate.toSecsSinceEpoch() << (arrival.fromBulkSender ? " bulk\n" : "\n");
        }
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
