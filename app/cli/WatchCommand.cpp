#include "WatchCommand.h"

#include "AccountLoader.h"
#include "imap/Session.h"
#include "platform/Clock.h"
#include "platform/TerminationWatcher.h"
#include "watch/MailboxWatcher.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Vigie::Cli {

WatchCommand::WatchCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : AccountCommand(out, err, parent)
{ }

WatchCommand::~WatchCommand() = default;

QStringList WatchCommand::words() const
{
    return {QStringLiteral("watch")};
}

QString WatchCommand::summary() const
{
    return tr("Watch an account's mailbox; print one JSON object per event until interrupted.");
}

void WatchCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("wire-log"), tr("Append the IMAP conversation, passwords removed, to this file."), tr("file")});
}

bool WatchCommand::readOptions(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("wire-log")))
        return true;
    m_wireLog.setFileName(parser.value(QStringLiteral("wire-log")));
    if (m_wireLog.open(QIODevice::Append | QIODevice::Text))
        return true;
    m_err << tr("Cannot write %1: %2").arg(m_wireLog.fileName(), m_wireLog.errorString()) << Qt::endl;
    finishLater(2);
    return false;
}

void WatchCommand::print(QJsonObject object)
{
    object.insert(QStringLiteral("account"), account().accountName());
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void WatchCommand::run()
{
    m_clock = std::make_unique<Platform::SystemClock>();
    m_watcher = new Watch::MailboxWatcher(
        Watch::MailboxWatcher::Options::fromSettings(account().account(), account().credentials()), *m_clock, this);
    if (m_wireLog.isOpen()) {
        connect(m_watcher, &Watch::MailboxWatcher::sessionCreated, this, [this](Imap::Session *session) {
            connect(session, &Imap::Session::wireLineLogged, this, [this](const QByteArray &line) {
                m_wireLog.write(line + '\n');
                m_wireLog.flush();
            });
        });
    }
    connect(m_watcher, &Watch::MailboxWatcher::connected, this, [this](const Imap::MailboxState &state) {
        print({{QStringLiteral("event"), QStringLiteral("connected")},
               {QStringLiteral("mailbox"), QString::fromUtf8(state.mailbox)},
               {QStringLiteral("uidValidity"), qint64(state.uidValidity)},
               {QStringLiteral("uidNext"), qint64(state.uidNext.value_or(0))},
               {QStringLiteral("exists"), qint64(state.exists)}});
    });
    connect(m_watcher, &Watch::MailboxWatcher::arrivalSeen, this, [this](const Watch::Arrival &arrival) {
        const auto &from = arrival.envelope.from;
        print({{QStringLiteral("event"), QStringLiteral("arrival")},
               {QStringLiteral("uid"), qint64(arrival.uid)},
               {QStringLiteral("uidValidity"), qint64(arrival.uidValidity)},
               {QStringLiteral("internaldate"), arrival.internalDate.toString(Qt::ISODate)},
               {QStringLiteral("from"), from.isEmpty() ? QString() : from.constFirst().email()},
               {QStringLiteral("fromName"), from.isEmpty() ? QString() : from.constFirst().name},
               {QStringLiteral("subject"), arrival.envelope.subject},
               {QStringLiteral("messageId"), QString::fromUtf8(arrival.envelope.messageId)},
               {QStringLiteral("size"), arrival.size}});
    });
    connect(m_watcher, &Watch::MailboxWatcher::errorOccurred, this, [this](const Net::ServiceError &error) {
        print({{QStringLiteral("event"), QStringLiteral("error")},
               {QStringLiteral("kind"), Net::toString(error.kind)},
               {QStringLiteral("transient"), error.isTransient()},
               {QStringLiteral("code"), QString::fromUtf8(error.responseCode)},
               {QStringLiteral("serverText"), error.serverText},
               {QStringLiteral("detail"), error.detail}});
    });
    connect(m_watcher, &Watch::MailboxWatcher::reconnectScheduled, this, [this](int delayMs, int attempt) {
        print({{QStringLiteral("event"), QStringLiteral("reconnecting")},
               {QStringLiteral("delayMs"), delayMs},
               {QStringLiteral("attempt"), attempt}});
    });
    connect(m_watcher, &Watch::MailboxWatcher::stopped, this, [this] { finishLater(0); });
    m_termination = new Platform::TerminationWatcher(this);
    connect(m_termination, &Platform::TerminationWatcher::terminationRequested, m_watcher,
            &Watch::MailboxWatcher::stop);
    m_watcher->start();
}

} // namespace Vigie::Cli
