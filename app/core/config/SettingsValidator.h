#pragma once

#include "ConfigProblem.h"
#include "Settings.h"

namespace Vigie::Config {

// Checks that settings which each parsed fine also make sense, alone and together.
class SettingsValidator
{
public:
    static ConfigProblems validate(const Settings &settings);
};

} // namespace Vigie::Config
