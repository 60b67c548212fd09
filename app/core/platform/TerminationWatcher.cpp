#include "TerminationWatcher.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace Vigie::Platform {

#ifdef Q_OS_UNIX
namespace {

int s_signalPipe[2] = {-1, -1};
const int s_watchedSignals[] = {SIGTERM, SIGINT, SIGHUP};

// Only async-signal-safe work here: the byte is read back in the event loop.
void forwardSignal(int signalNumber)
{
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const auto written = ::write(s_signalPipe[0], &byte, 1);
}

} // namespace

TerminationWatcher::TerminationWatcher(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalPipe) != 0)
        return;
    m_notifier = new QSocketNotifier(s_signalPipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationWatcher::readPendingSignal);

    struct sigaction action = {};
    action.sa_handler = forwardSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int signalNumber : s_watchedSignals)
        ::sigaction(signalNumber, &action, nullptr);
}

TerminationWatcher::~TerminationWatcher()
{
    struct sigaction action = {};
    action.sa_handler = SIG_DFL;
    for (int signalNumber : s_watchedSignals)
        ::sigaction(signalNumber, &action, nullptr);
    if (s_signalPipe[0] >= 0) {
        ::close(s_signalPipe[0]);
        ::close(s_signalPipe[1]);
        s_signalPipe[0] = s_signalPipe[1] = -1;
    }
}

void TerminationWatcher::readPendingSignal()
{
    char byte = 0;
    if (::read(s_signalPipe[1], &byte, 1) == 1)
        Q_EMIT terminationRequested(byte);
}
#endif

#ifdef Q_OS_WIN
namespace {

QPointer<TerminationWatcher> s_watcher;

BOOL WINAPI forwardConsoleEvent(DWORD eventType)
{
    if (!s_watcher)
        return FALSE;
    QMetaObject::invokeMethod(
        s_watcher.data(),
        [eventType] {
            if (s_watcher)
                Q_EMIT s_watcher->terminationRequested(static_cast<int>(eventType));
        },
        Qt::QueuedConnection);
    return TRUE;
}

} // namespace

TerminationWatcher::TerminationWatcher(QObject *parent)
    : QObject(parent)
{
    s_watcher = this;
    SetConsoleCtrlHandler(forwardConsoleEvent, TRUE);
}

TerminationWatcher::~TerminationWatcher()
{
    SetConsoleCtrlHandler(forwardConsoleEvent, FALSE);
    s_watcher = nullptr;
}
#endif

} // namespace Vigie::Platform
