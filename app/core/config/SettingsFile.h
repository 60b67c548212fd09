#pragma once

#include "ConfigProblem.h"
#include "Settings.h"
#include "SettingsMigration.h"

#include <QString>

namespace Vigie::Config {

// Reads and writes Settings as an INI file. Top-level groups are INI sections; nested groups
// join with a dot, so the primary account's IMAP server is [primary.imap] host=...
class SettingsFile
{
public:
    struct LoadResult
    {
        Settings settings;
        ConfigProblems problems;
        bool understood = false; // the file was read and its schema is known, whatever its values
    };

    static LoadResult load(const QString &path);
    static LoadResult fromRaw(RawSettings raw);

    // Writes every setting, keeping keys this version does not know. Returns an empty string
    // on success, otherwise why the file could not be written.
    static QString save(const Settings &settings, const QString &path);

    static RawSettings toRaw(const Settings &settings);
};

} // namespace Vigie::Config
