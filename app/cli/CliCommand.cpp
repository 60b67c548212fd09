#include "CliCommand.h"

#include <QTimer>

namespace Vigie::Cli {

CliCommand::CliCommand(QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_out(out)
    , m_err(err)
{
}

void CliCommand::finishLater(int exitCode)
{
    m_out.flush();
    m_err.flush();
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

} // namespace Vigie::Cli
