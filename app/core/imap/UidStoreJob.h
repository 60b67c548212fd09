#pragma once

#include "Job.h"

namespace Vigie::Imap {

// UID STORE uids +FLAGS.SILENT (flags): marks messages without asking the server to echo
// their flags. Vigie only ever adds \Deleted to its own probes.
class UidStoreJob : public Job
{
    Q_OBJECT
public:
    UidStoreJob(QByteArray uidSet, QByteArray flags, QObject *parent = nullptr);

    static QByteArray commandFor(const QByteArray &uidSet, const QByteArray &flags);

protected:
    void start() override;

private:
    QByteArray m_uidSet;
    QByteArray m_flags;
};

} // namespace Vigie::Imap
