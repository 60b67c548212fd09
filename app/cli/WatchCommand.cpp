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
    : CliCommand(out, err, parent)
{
}

WatchCommand::~WatchCommand() = default;

QStringList WatchCommand::words() const
{
    return {QStringLiteral("watch")};
}

QString WatchCommand::summary() const
{
    return tr("Watch an account's mailbox; print one JSON object per event until interrupted.");
}

void WatchCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    const QCommandLineOption configOption(QStringLiteral("config"), tr("The settings file."), tr("file"));
    const QCommandLineOption accountOption(QStringLiteral("account"), tr("primary (default) or backup."),
                                           tr("account"), QStringLiteral("primary"));
    const QCommandLineOption wireOption(QStringLiteral("wire-log"),
                                        tr("Append the IMAP conversation, passwords removed, to this file."),
                                        tr("file"));
    parser.addOptions({configOption, accountOption, wireOption});
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
    if (parser.isSet(wireOption)) {
        m_wireLog.setFileName(parser.value(wireOption));
        if (!m_wireLog.open(QIODevice::Append | QIODevice::Text)) {
            m_err << tr("Cannot write %1: %2").arg(m_wireLog.fileName(), m_wireLog.errorString()) << Qt::endl;
            finishLater(2);
            return;
        }
    }
    m_accountName = parser.value(accountOption);
    m_loader = new AccountLoader(this);
    connect(m_loader, &AccountLoader::failed, this, [this](const QString &message) {
        m_err << message << Qt::endl;
        finishLater(1);
    });
    connect(m_loader, &AccountLoader::loaded, this, &WatchCommand::startWatching);
    m_loader->load(parser.value(configOption), m_accountName);
}

void WatchCommand::print(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void WatchCommand::startWatching()
{
    m_clock = std::make_unique<Platform::SystemClock>();
    m_watcher = new Watch::MailboxWatcher(
        Watch::MailboxWatcher::Options::fromSettings(m_loader->account(), m_loader->credentials()), *m_clock, this);
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
               {QStringLiteral("account"), m_accountName},
               {QStringLiteral("mailbox"), QString::fromUtf8(state.mailbox)},
               {QStringLiteral("uidValidity"), qint64(state.uidValidity)},
               {QStringLiteral("uidNext"), qint64(state.uidNext.value_or(0))},
               {QStringLiteral("exists"), qint64(state.exists)}});
    });
    connect(m_watcher, &Watch::MailboxWatcher::arrivalSeen, this, [this](const Watch::Arrival &arrival) {
        const auto &from = arrival.envelope.from;
        print({{QStringLiteral("event"), QStringLiteral("arrival")},
               {QStringLiteral("account"), m_accountName},
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
               {QStringLiteral("account"), m_accountName},
               {QStringLiteral("kind"), Net::toString(error.kind)},
               {QStringLiteral("transient"), error.isTransient()},
               {QStringLiteral("code"), QString::fromUtf8(error.responseCode)},
               {QStringLiteral("serverText"), error.serverText},
               {QStringLiteral("detail"), error.detail}});
    });
    connect(m_watcher, &Watch::MailboxWatcher::reconnectScheduled, this, [this](int delayMs, int attempt) {
        print({{QStringLiteral("event"), QStringLiteral("reconnecting")},
               {QStringLiteral("account"), m_accountName},
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
