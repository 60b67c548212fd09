#pragma once

#include <QString>

namespace Vigie::Platform {

// Loads Vigie's and Qt's own translations for the language named ("fr", "fr_FR"), or for the
// system's when empty; English for any language Vigie does not speak. Returns the language loaded.
QString installTranslations(const QString &language);

} // namespace Vigie::Platform
