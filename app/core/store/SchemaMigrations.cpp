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
        {2,
         {QStringLiteral("CREATE TABLE incidents ("
                         " id INTEGER PRIMARY KEY,"
                         " kind TEXT NOT NULL,"
                         " opened_ms INTEGER NOT NULL,"
                         " closed_ms INTEGER,"
                         " worst_state TEXT NOT NULL,"
                         " outcome TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX incidents_open ON incidents(closed_ms)"),
          QStringLiteral("CREATE TABLE incident_events ("
                         " id INTEGER PRIMARY KEY,"
                         " incident_id INTEGER REFERENCES incidents(id),"
                         " at_ms INTEGER NOT NULL,"
                         " type TEXT NOT NULL,"
                         " name TEXT NOT NULL,"
                         " from_state TEXT NOT NULL DEFAULT '',"
                         " to_state TEXT NOT NULL DEFAULT '',"
                         " detail TEXT NOT NULL DEFAULT '',"
                         " evidence TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX incident_events_at ON incident_events(incident_id, at_ms)"),
          QStringLiteral("CREATE TABLE incident_state ("
                         " id INTEGER PRIMARY KEY CHECK (id = 1),"
                         " mail_state TEXT NOT NULL,"
                         " access_state TEXT NOT NULL,"
                         " mail_incident_id INTEGER REFERENCES incidents(id),"
                         " access_incident_id INTEGER REFERENCES incidents(id),"
                         " state_since_ms INTEGER,"
                         " access_failing_since_ms INTEGER,"
                         " snoozed_until_ms INTEGER,"
                         " negatives INTEGER NOT NULL DEFAULT 0,"
                         " positives INTEGER NOT NULL DEFAULT 0,"
                         " mail_seen INTEGER NOT NULL DEFAULT 0,"
                         " deferral_seen INTEGER NOT NULL DEFAULT 0,"
                         " suspect_cause TEXT NOT NULL DEFAULT '',"
                         " updated_ms INTEGER)")}},
        {3,
         {QStringLiteral("CREATE TABLE probes ("
                         " id INTEGER PRIMARY KEY,"
                         " token TEXT NOT NULL UNIQUE,"
                         " sent_ms INTEGER NOT NULL,"
                         " outcome TEXT NOT NULL DEFAULT 'pending',"
                         " submission_step TEXT NOT NULL DEFAULT '',"
                         " submission_code TEXT NOT NULL DEFAULT '',"
                         " queue_id TEXT NOT NULL DEFAULT '',"
                         " smtp_replies TEXT NOT NULL DEFAULT '',"
                         " arrived_ms INTEGER,"
                         " rtt_ms INTEGER,"
                         " bounced_ms INTEGER,"
                         " bounce_reason TEXT NOT NULL DEFAULT '',"
                         " bounce_status TEXT NOT NULL DEFAULT '',"
                         " bounce_dsn TEXT NOT NULL DEFAULT '',"
                         " overdue_ms INTEGER,"
                         " removed_ms INTEGER)"),
          QStringLiteral("CREATE INDEX probes_sent ON probes(sent_ms)")}},
        // Deferrals: when a probe was reported delayed, and since when the state machine has
        // known of a deferral. This replaces deferral_seen; a deferral known before counts from
        // the last save.
        {4,
         {QStringLiteral("ALTER TABLE probes ADD COLUMN delayed_ms INTEGER"),
          QStringLiteral("ALTER TABLE incident_state ADD COLUMN deferral_since_ms INTEGER"),
          QStringLiteral("UPDATE incident_state SET deferral_since_ms = COALESCE(updated_ms, state_since_ms)"
                         " WHERE deferral_seen <> 0")}},
        // Where each mailbox watch stopped, so that a restart reports what came meanwhile.
        {5,
         {QStringLiteral("CREATE TABLE watch_positions ("
                         " server TEXT NOT NULL,"
                         " username TEXT NOT NULL,"
                         " mailbox TEXT NOT NULL,"
                         " uid_validity INTEGER NOT NULL,"
                         " next_uid INTEGER NOT NULL,"
                         " last_arrival_ms INTEGER,"
                         " saved_ms INTEGER NOT NULL,"
                         " PRIMARY KEY (server, username, mailbox))")}},
    };
}

} // namespace Vigie::Store
