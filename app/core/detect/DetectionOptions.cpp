#include "DetectionOptions.h"

#include "DetectLogging.h"

namespace Vigie::Detect {

SilenceDetector::Options DetectionOptions::silence(const Config::DetectionSettings &settings)
{
    SilenceDetector::Options options;
    options.timeZone =
        settings.timeZone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(settings.timeZone.toUtf8());
    if (!options.timeZone.isValid())
        options.timeZone = QTimeZone::systemTimeZone();
    if (settings.falseAlarmsPer90Days > 0)
        options.falseAlarmsPer90Days = settings.falseAlarmsPer90Days;
    options.warmUpDays = qMax(0, settings.warmUpDays);
    options.fixedSilenceHours = qMax(0, settings.fixedSilenceHours);
    QString problem;
    if (const auto calendar = BusinessCalendar::parse(settings.closures, settings.businessHours, &problem))
        options.calendar = *calendar;
    else
        qCWarning(lcDetect) << "Ignoring the business calendar:" << problem;
    return options;
}

IncidentStateMachine::Options DetectionOptions::incidents(const Config::DetectionSettings &settings, bool probesEnabled)
{
    IncidentStateMachine::Options options;
    options.probesEnabled = probesEnabled;
    options.suspectConfirmations = qMax(1, settings.suspectConfirmations);
    options.recoveryConfirmations = qMax(1, settings.recoveryConfirmations);
    options.recoveryCoolDownMinutes = qMax(0, settings.recoveryCoolDownMinutes);
    options.accessGraceMinutes = qMax(0, settings.accessGraceMinutes);
    options.deferralGraceMinutes = qMax(0, settings.deferralGraceMinutes);
    return options;
}

} // namespace Vigie::Detect
