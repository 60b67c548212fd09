#pragma once

#include "ReasonPatterns.h"

#include <initializer_list>

namespace Vigie::Bounce::ReasonPhrases {

// Joins regular expression fragments into one case-insensitive alternation for reason.
ReasonPatterns::Entry entry(Reason reason, std::initializer_list<const char16_t *> fragments);

} // namespace Vigie::Bounce::ReasonPhrases
