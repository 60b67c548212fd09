#include "CliCommand.h"

#include <QCommandLineParser>
#include <QTimer>

namespace Vigie::Cli {

CliCommand::CliCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{ }

void CliCommand::finishLater(int exitCode)
{
    m_out.flush();
    m_err.flush();
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

bool CliCommand::parseArguments(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setApplicationDescription(summary());
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl;
        finishLater(2);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        finishLater(0);
        return false;
    }
    return true;
}

} // namespace Vigie::Cli
