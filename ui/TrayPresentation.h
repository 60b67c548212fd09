#pragma once

#include "detect/IncidentState.h"
#include "service/MonitorService.h"

#include <QDateTime>

#include <QString>

namespace Vigie::Ui {

// What the tray shows for a state of the service: decided here, without a display, so that the
// rules are tested apart from the widgets that render them.
struct TrayPresentation
{
    enum class Icon { Watching, Attention, Problem, Idle };

    // What the service says of itself.
    struct Status
    {
        Service::MonitorService::State state = Service::MonitorService::State::Stopped;
        QString problem;
        QString watchedAddress;
        Detect::IncidentState incident = Detect::IncidentState::Healthy;
        Detect::AccessState access = Detect::AccessState::Ok;
        QDateTime snoozedUntil;
    };

    Icon icon = Icon::Idle;
    QString toolTip;

    bool operator==(const TrayPresentation &) const = default;

    // While running, what the owner must act on comes first: a refused login, then an outage,
    // then a mailbox out of reach, then a doubt. A snooze in force is said, in local time.
    static TrayPresentation forService(const Status &status, const QDateTime &now);
    static QString iconResource(Icon icon);
};

} // namespace Vigie::Ui
