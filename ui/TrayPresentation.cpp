#include "TrayPresentation.h"

#include <QCoreApplication>
#include <QLocale>

namespace Vigie::Ui {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Ui::TrayPresentation)
};

TrayPresentation whileRunning(const QString &watchedAddress, Detect::IncidentState incident,
                              const QDateTime &snoozedUntil, const QDateTime &now)
{
    using Icon = TrayPresentation::Icon;
    TrayPresentation presentation;
    switch (incident) {
    case Detect::IncidentState::Healthy:
        presentation = {Icon::Watching, Text::tr("Vigie is watching %1.").arg(watchedAddress)};
        break;
    case Detect::IncidentState::Suspect:
        presentation = {Icon::Attention,
                        Text::tr("Vigie is checking whether mail still reaches %1.").arg(watchedAddress)};
        break;
    case Detect::IncidentState::Outage:
        presentation = {Icon::Problem, Text::tr("Outage: mail is not reaching %1.").arg(watchedAddress)};
        break;
    case Detect::IncidentState::Recovering:
        presentation = {Icon::Attention,
                        Text::tr("Mail reaches %1 again; Vigie is making sure it lasts.").arg(watchedAddress)};
        break;
    }
    if (snoozedUntil.isValid() && now.isValid() && now < snoozedUntil) {
        const QDateTime local = snoozedUntil.toLocalTime();
        const QLocale locale;
        const QString until = local.date() == now.toLocalTime().date()
            ? locale.toString(local.time(), QLocale::ShortFormat)
            : locale.toString(local, QLocale::ShortFormat);
        presentation.toolTip += u' ' + Text::tr("Alarms are snoozed until %1.").arg(until);
    }
    return presentation;
}

} // namespace

TrayPresentation TrayPresentation::forService(Service::MonitorService::State state, const QString &problem,
                                              const QString &watchedAddress, Detect::IncidentState incident,
                                              const QDateTime &snoozedUntil, const QDateTime &now)
{
    using State = Service::MonitorService::State;
    switch (state) {
    case State::Running:
        return whileRunning(watchedAddress, incident, snoozedUntil, now);
    case State::NotConfigured:
        return {Icon::Attention, Text::tr("Vigie is not set up yet: %1").arg(problem)};
    case State::Failed:
        return {Icon::Problem, Text::tr("Vigie cannot run: %1").arg(problem)};
    case State::Stopped:
        break;
    }
    return {Icon::Idle, Text::tr("Vigie is stopped.")};
}

QString TrayPresentation::iconResource(Icon icon)
{
    switch (icon) {
    case Icon::Watching:
        return QStringLiteral(":/icons/tray-watching.svg");
    case Icon::Attention:
        return QStringLiteral(":/icons/tray-attention.svg");
    case Icon::Problem:
        return QStringLiteral(":/icons/tray-problem.svg");
    case Icon::Idle:
        break;
    }
    return QStringLiteral(":/icons/tray-idle.svg");
}

} // namespace Vigie::Ui
