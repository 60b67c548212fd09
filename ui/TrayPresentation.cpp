#include "TrayPresentation.h"

#include <QCoreApplication>

namespace Vigie::Ui {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::Ui::TrayPresentation)
};

} // namespace

TrayPresentation TrayPresentation::forService(Service::MonitorService::State state, const QString &problem,
                                              const QString &watchedAddress)
{
    using State = Service::MonitorService::State;
    switch (state) {
    case State::Running:
        return {Icon::Watching, Text::tr("Vigie is watching %1.").arg(watchedAddress)};
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
