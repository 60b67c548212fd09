// Phrases about the network, the remote system and delivery time-outs.
#include "ReasonPatterns.h"
#include "ReasonPhraseList.h"

namespace Vigie::Bounce::ReasonPhrases {

QList<ReasonPatterns::Entry> transportPhrases()
{
    return {
        entry(
            Reason::SystemFull,
            {
                uR"(mail system full|system (?:is )?full|disk (?:is )?full|(?:insufficient|out of) (?:system )?(?:storage|disk space)|no space left)",
            }),
        entry(
            Reason::FailedStartTls,
            {
                uR"(does not support (?:tls|starttls)|starttls|tls (?:is )?(?:required|negotiation failed|handshake)|must issue a starttls|encryption required|requiretls)",
            }),
        entry(
            Reason::SecurityError,
            {
                uR"(unauthenticated senders?|authentication (?:is )?required|authentication failed|must (?:be )?authenticat|not authenticated|user not authenticated|sender not authenticated)",
                uR"(not subscribed to ses|authentication failure|authentication turned on in your email client|executable files are not allowed)",
                uR"(you don't authenticate|verification failure|not authorized to send mail, authentication is required|is a dead domain|not authorized to perform ses)",
                uR"(authentification (?:invalide|requise)|insecure|security (?:violation|policy)|\b5\.7\.0\b[^.]{0,20}(?:authent|secur)|password|invalid credentials|authentication credentials invalid)",
            }),
        entry(
            Reason::NetworkError,
            {
                uR"(network (?:is )?(?:unreachable|error|failure)|connection (?:reset|timed out|lost|dropped|closed)|lost connection|timed? ?out (?:while|during|after)|conversation with .{1,80} timed out)",
                uR"((?:unable|wasn't able|not able|failed) to (?:establish|make|open) (?:an? )?(?:smtp )?connection|no route to host|host (?:is )?unreachable|could not connect|unable to connect|failed to connect|connection refused|too many hops|mail loop|routing loop|loops back to myself|hop count exceeded)",
                uR"(could not connect and send the mail|dns records for the destination computer could not be found|host name lookup failure|host not found, try again)",
                uR"(mail forwarding loop|forwarding loop count exceeded|message looping|routing loop|unable to resolve route|unrouteable mail domain)",
                uR"(temporary failure in name resolution|dns (?:lookup )?(?:timeout|error|failure|problem)|host not reachable)",
                uR"(malformed or unexpected name server reply|name server (?:failure|timed? ?out)|servfail)",
            }),
        entry(
            Reason::SystemError,
            {
                uR"(unable to contact (?:the )?(?:ldap|directory) server|transaction failed|system (?:error|failure|config(?:uration)? error)|server (?:error|configuration (?:error|problem))|internal (?:server )?error|local (?:configuration )?error|temporary (?:local )?problem|mail system (?:problem|error))",
                uR"(unable to (?:deliver|process)[^.]{0,30}(?:local|internal)|service (?:currently )?unavailable|system (?:not|is not) (?:available|accepting)|resources? (?:temporarily )?unavailable|out of memory|i/o error)",
                uR"(aliasing/forwarding loop broken|can't create user output file|could not load drd|internal error reading data|interrupted system call)",
                uR"(encountered an error while being processed|would create a mail loop|local error in processing|loop was found in the mail exchanger)",
                uR"(queue file write error|there is no mdb|remote server is misconfigured|timeout waiting for input|unable to connect .{0,40}daemon)",
                uR"(problem with (?:the )?(?:recipient|remote)(?:'s)? server|remote server (?:error|problem)|exceeded (?:the )?(?:maximum )?number of hops|too many (?:hops|\"?received\"?))",
            }),
        entry(
            Reason::Expired,
            {
                uR"(envelope expired|delivery time expired|message (?:expired|timed out)|retry (?:time|timeout) (?:not reached|exceeded)|could not be delivered (?:for|within) \d+|has been (?:delayed|queued) (?:for|too long))",
                uR"(will be retried|did not accept our requests to connect|all hosts have been failing|giving up|gave up|delivery (?:attempts? )?(?:will continue|abandoned|period (?:has )?expired)|unable to deliver .{0,40}(?:for|after) \d+ (?:days|hours))",
                uR"(too old|queue(?:d)? too long|expired (?:after|in queue)|maximum time|not (?:been )?delivered (?:for|in) \d+|remote host did not respond|no answer from host)",
                uR"(d[ée]lai (?:d'acheminement |de remise )?(?:d[ée]pass|expir)|zeit[üu]berschreitung)",
                uR"(could not find a gateway for|delivery expired|failed to deliver to domain|has been delayed|not been collected after|expired after sitting in queue)",
                uR"(message expired, (?:cannot connect|connection refused)|retry time not reached for any host|server did not respond|multiple retries)",
                uR"(not reachable within the allowed queue period|could not be delivered for more than)",
            }),
        entry(
            Reason::Suppressed,
            {
                uR"(suppression list|on (?:the |our |your )?suppress(?:ion|ed) list|address is suppressed|is on the account-level suppression)",
            }),
        entry(
            Reason::MailerError,
            {
                uR"(command output:|pipe to \||x-unix;|mailer error|procmail: |\bsh: |command (?:died|failed|not found)|exited with|returned (?:an )?exit (?:code|status)|program (?:failed|exited)|pipe to .{1,80} failed|unknown mailer error)",
            }),
        entry(
            Reason::SyntaxError,
            {
                uR"(improper sequence of commands|malformed (?:recipient )?address|incorrectly constructed|syntax error|command not recognized|unrecognized command|command unrecognized|bad sequence of commands|line too long|invalid command)",
            }),
    };
}

} // namespace Vigie::Bounce::ReasonPhrases
