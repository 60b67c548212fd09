#pragma once

#include "IncidentStateMachine.h"
#include "SilenceDetector.h"

#include "config/Settings.h"

namespace Vigie::Detect {

// Turns the owner's detection settings into the options of the detector and the state machine.
// Settings are validated first (SettingsValidator); anything still unusable falls back to the
// defaults rather than stopping the watch.
class DetectionOptions
{
public:
    static SilenceDetector::Options silence(const Config::DetectionSettings &settings);
    static IncidentStateMachine::Options incidents(const Config::DetectionSettings &settings, bool probesEnabled);
};

} // namespace Vigie::Detect
