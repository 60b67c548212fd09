#pragma once

#include <QList>
#include <QStringList>

namespace Vigie::Store {

// One step of the database schema: the statements that turn version - 1 into version.
// Steps are only ever appended; a released step is never edited.
struct SchemaMigration
{
    int version = 0;
    QStringList statements;
};

QList<SchemaMigration> schemaMigrations();

} // namespace Vigie::Store
