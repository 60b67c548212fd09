#include "SchemaMigrations.h"

namespace Vigie::Store {

QList<SchemaMigration> schemaMigrations()
{
    return {
        {1,
         {QStringLiteral("CREATE TABLE journal ("
                         " id INTEGER PRIMARY KEY,"
                         " at_ms INTEGER NOT NULL,"
                         " kind TEXT NOT NULL,"
                         " message TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX journal_at ON journal(at_ms)")}},
    };
}

} // namespace Vigie::Store
