#include "ClassifyCommand.h"

#include "bounce/BounceClassifier.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Vigie::Cli {

namespace {

// Keys are part of the output format, not user-visible sentences: they are never translated.
QJsonObject lineFor(const QString &file, const Bounce::BounceReport &report, const Bounce::FailedRecipient *recipient)
{
    QJsonObject line{{QStringLiteral("file"), file}, {QStringLiteral("bounce"), report.isBounce()}};
    if (!recipient)
        return line;
    line.insert(QStringLiteral("recipient"), recipient->recipient);
    line.insert(QStringLiteral("status"), recipient->status);
    line.insert(QStringLiteral("reply_code"), recipient->replyCode);
    line.insert(QStringLiteral("reason"), Bounce::Reasons::name(recipient->reason));
    line.insert(QStringLiteral("hard"), recipient->hard);
    line.insert(QStringLiteral("action"), recipient->action);
    line.insert(QStringLiteral("remote_mta"), recipient->remoteMta);
    line.insert(QStringLiteral("diagnostic"), recipient->diagnostic);
    line.insert(QStringLiteral("original_message_id"), report.original.messageId);
    line.insert(QStringLiteral("probe_token"), report.original.probeToken);
    return line;
}

} // namespace

ClassifyCommand::ClassifyCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : CliCommand(out, err, parent)
{ }

QStringList ClassifyCommand::words() const
{
    return {QStringLiteral("classify")};
}

QString ClassifyCommand::summary() const
{
    return tr("Say whether each message file is a bounce, and for which recipients and why.");
}

void ClassifyCommand::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Write one JSON object per line (the default, kept for scripts)."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("files"), tr("Message files (RFC 5322, any line endings)."),
                                 tr("FILE..."));
    if (!parseArguments(parser, arguments))
        return;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        m_err << tr("No file given.") << Qt::endl;
        finishLater(2);
        return;
    }

    const Bounce::BounceClassifier classifier;
    int exitCode = 0;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << tr("Cannot read %1: %2").arg(path, file.errorString()) << Qt::endl;
            exitCode = 1;
            continue;
        }
        const Bounce::BounceReport report = classifier.classify(file.readAll());
        if (!report.isBounce()) {
            // Not a failure: one line, saying what it is when it is an automatic message.
            QJsonObject line = lineFor(path, report, nullptr);
            if (report.kind != Bounce::BounceReport::Kind::NotReport && !report.recipients.isEmpty()) {
                line.insert(QStringLiteral("reason"), Bounce::Reasons::name(report.recipients.constFirst().reason));
                line.insert(QStringLiteral("original_message_id"), report.original.messageId);
                line.insert(QStringLiteral("probe_token"), report.original.probeToken);
            }
            m_out << QJsonDocument(line).toJson(QJsonDocument::Compact) << '\n';
            continue;
        }
        for (const Bounce::FailedRecipient &recipient : report.recipients) {
            if (recipient.reason != Bounce::Reason::Delivered)
                m_out << QJsonDocument(lineFor(path, report, &recipient)).toJson(QJsonDocument::Compact) << '\n';
        }
    }
    m_out.flush();
    finishLater(exitCode);
}

} // namespace Vigie::Cli
