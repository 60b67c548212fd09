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

    Icon icon = Icon::Idle;
    QString toolTip;

    bool operator==(const TrayPresentation &) const = default;

    // While running, the incident state decides; a snooze in force is said, in local time.
    static TrayPresentation forService(Service::MonitorService::State state, const QString &problem,
                                       const QString &watchedAddress,
                                       Detect::IncidentState incident = Detect::IncidentState::Healthy,
                                       const QDateTime &snoozedUntil = {}, const QDateTime &now = {});
    static QString iconResource(Icon icon);
};

} // namespace Vigie::Ui
