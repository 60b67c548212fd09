#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

namespace Vigie::Imap {

class Session;

// Records a session's wire log ("C: ..." / "S: ..." lines, secrets already redacted): what a
// bug report attaches and what the scripted test server replays.
class WireTranscript : public QObject
{
    Q_OBJECT
public:
    explicit WireTranscript(QObject *parent = nullptr);
    void record(Session *session);

    const QList<QByteArray> &lines() const { return m_lines; }
    QList<QByteArray> clientCommands() const; // the C: lines without prefix and tag
    // True if any client command's verb (after an optional UID) is one of verbs.
    bool sentAnyOf(const QList<QByteArray> &verbs) const;
    QByteArray toText() const;

private:
    QList<QByteArray> m_lines;
};

} // namespace Vigie::Imap
