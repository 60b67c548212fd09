#pragma once

#include <QObject>

class QSocketNotifier;

namespace Vigie::Platform {

// Turns SIGTERM, SIGINT and SIGHUP (Unix) or a console Ctrl-C / close event (Windows) into the
// Qt signal terminationRequested, delivered in the event loop, so shutdown runs as ordinary code.
class TerminationWatcher : public QObject
{
    Q_OBJECT
public:
    explicit TerminationWatcher(QObject *parent = nullptr);
    ~TerminationWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

#ifdef Q_OS_UNIX
private:
    void readPendingSignal();

    QSocketNotifier *m_notifier = nullptr;
#endif
};

} // namespace Vigie::Platform
