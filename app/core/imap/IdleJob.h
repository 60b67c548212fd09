#pragma once

#include "Job.h"

class QTimer;

namespace Vigie::Imap {

// IDLE (RFC 2177): waits for the server to announce changes. It ends itself with DONE before
// the server's 30-minute inactivity limit (re-issue is the caller's business), or when done()
// is called. The response timeout is off while idling: silence is the point.
class IdleJob : public Job
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxIdleMs = 28 * 60 * 1000;

    explicit IdleJob(QObject *parent = nullptr);
    void setMaxIdleMs(int milliseconds) { m_maxIdleMs = milliseconds; }
    // Ends the IDLE (sends DONE once the server has confirmed it is idling).
    void done();
    bool isIdling() const { return m_idling; }

Q_SIGNALS:
    void idlingStarted();
    // The server announced a new message count (EXISTS) or an expunge.
    void mailboxChanged(const Vigie::Imap::Response &response);

protected:
    void start() override;
    void handleContinuation(const Response &response) override;
    void handleUntagged(const Response &response) override;
    void handleTagged(const Response &response) override;

private:
    void sendDone();

    QTimer *m_timer = nullptr;
    int m_maxIdleMs = DefaultMaxIdleMs;
    bool m_idling = false;
    bool m_doneRequested = false;
    bool m_doneSent = false;
};

} // namespace Vigie::Imap
