#include "TrayPresentation.h"

#include <QCoreApplication>
#include <QLocale>

namespace Vigie::Ui {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Ui::TrayPresentation)
};

TrayPresentation judgement(const TrayPresentation::Status &status)
{
    using Icon = TrayPresentation::Icon;
    using Detect::AccessState;
    using Detect::IncidentState;
    const QString &address = status.watchedAddress;
    if (status.access == AccessState::AuthenticationRefused)
        return {Icon::Problem,
                Text::tr("The mail server refuses Vigie's login for %1: check the password.").arg(address)};
    if (status.incident == IncidentState::Outage)
        return {Icon::Problem, Text::tr("Outage: mail is not reaching %1.").arg(address)};
    if (status.access == AccessState::Down)
        return {Icon::Attention, Text::tr("Vigie cannot reach the mailbox of %1.").arg(address)};
    if (status.incident == IncidentState::Suspect)
        return {Icon::Attention, Text::tr("Vigie is checking whether mail still reaches %1.").arg(address)};
    if (status.incident == IncidentState::Recovering)
        return {Icon::Attention, Text::tr("Mail reaches %1 again; Vigie is making sure it lasts.").arg(address)};
    return {Icon::Watching, Text::tr("Vigie is watching %1.").arg(address)};
}

TrayPresentation whileRunning(const TrayPresentation::Status &status, const QDateTime &now)
{
    TrayPresentation presentation = judgement(status);
    if (status.snoozedUntil.isValid() && now.isValid() && now < status.snoozedUntil) {
        const QDateTime local = status.snoozedUntil.toLocalTime();
        const QLocale locale;
        const QString until = local.date() == now.toLocalTime().date()
            ? locale.toString(local.time(), QLocale::ShortFormat)
            : locale.toString(local, QLocale::ShortFormat);
        presentation.toolTip += u' ' + Text::tr("Alarms are snoozed until %1.").arg(until);
    }
    return presentation;
}

} // namespace

TrayPresentation TrayPresentation::forService(const Status &status, const QDateTime &now)
{
    using State = Service::MonitorService::State;
    const QString &problem = status.problem;
    switch (status.state) {
    case State::Running:
        return whileRunning(status, now);
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
