#include "WireTranscript.h"

#include "Session.h"

namespace Vigie::Imap {

WireTranscript::WireTranscript(QObject *parent)
    : QObject(parent)
{ }

void WireTranscript::record(Session *session)
{
    connect(session, &Session::wireLineLogged, this, [this](const QByteArray &line) { m_lines.append(line); });
}

QList<QByteArray> WireTranscript::clientCommands() const
{
    QList<QByteArray> commands;
    for (const QByteArray &line : m_lines) {
        if (!line.startsWith("C: "))
            continue;
        const QByteArray body = line.mid(3);
        const qsizetype space = body.indexOf(' ');
        commands.append(space < 0 ? body : body.mid(space + 1));
    }
    return commands;
}

bool WireTranscript::sentAnyOf(const QList<QByteArray> &verbs) const
{
    for (QByteArray command : clientCommands()) {
        command = command.toUpper();
        if (command.startsWith("UID "))
            command = command.mid(4);
        for (const QByteArray &verb : verbs) {
            if (command == verb.toUpper() || command.startsWith(QByteArray(verb.toUpper() + ' ')))
                return true;
        }
    }
    return false;
}

QByteArray WireTranscript::toText() const
{
    return m_lines.join('\n') + '\n';
}

} // namespace Vigie::Imap
