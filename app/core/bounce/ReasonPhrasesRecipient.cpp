// Phrases about the recipient's mailbox, address and domain. Each string is a regular
// expression fragment; the fragments of one reason are joined into one alternation.
#include "ReasonPatterns.h"
#include "ReasonPhraseList.h"

namespace Vigie::Bounce::ReasonPhrases {

QList<ReasonPatterns::Entry> recipientPhrases()
{
    return {
        entry(
            Reason::MailboxFull,
            {
                uR"(mailbox (?:is )?(?:full|over ?quota|size limit exceeded|has exceeded))",
                uR"(over ?quota|quota (?:exceeded|exceed|violation|full)|exceeded (?:the )?(?:storage|quota))",
                uR"(exceed(?:s|ed)? (?:the |his/her |their )?(?:mailbox |storage |disk )?(?:quota|allocation))",
                uR"(user(?:'s)? (?:mailbox|quota) (?:is )?(?:full|exceeded)|mailbox quota usage exceeded)",
                uR"(not enough (?:storage|space) |disk quota|mail ?box full|mailbox exceeds (?:the )?(?:allowed|maximum) size|messages in (?:the )?(?:recipient'?s )?mailbox exceeded)",
                uR"(account is (?:full|over quota)|mailfolder is full|recipient(?:'s)? mailbox is full)",
                uR"(too much mail data|status: ?5\.2\.2|\b[45]\.2\.2\b|maildir over quota|space shortage)",
                uR"(bo[iî]te (?:aux lettres )?(?:pleine|satur)|quota d[ée]pass|espace (?:disque )?insuffisant)",
                uR"(postfach (?:ist )?voll|casella (?:di posta )?piena|buz[oó]n lleno|full mailbox)",
                uR"(the (?:email )?account that you tried to reach is over quota|is out of storage space)",
                uR"(exceeded storage allocation|would exceed (?:the )?maximum allowed storage|not sufficient disk space|space has been used up)",
                uR"(user has exceeded (?:his |her |their )?quota|too many messages on the server|bo[iî]te du destinataire (?:est )?pleine)",
                uR"((?:mailbox|maildir|account is|disk)\b.{0,30}\bquota|mailbox\b.{0,30}\bexceeded\b.{0,20}\blimit|quota\b.{0,20}\bexceeded)",
            }),
        entry(
            Reason::MesgTooBig,
            {
                uR"(message (?:is )?too (?:big|large)|message size exceeds|exceeds? (?:the )?(?:maximum )?message size)",
                uR"(mail size (?:limit )?exceeded|size limit exceeded|message length exceeds|too big for system)",
                uR"(message (?:file )?too big|size of (?:the )?message exceeds|message exceeds (?:the )?(?:size|maximum))",
                uR"(\b[45]\.3\.4\b|taille (?:du )?message (?:trop|d[ée]pass)|message trop (?:gros|volumineux))",
                uR"(exceeds (?:the )?fixed maximum message size|email (?:is )?too large|line limit exceeded)",
            }),
        entry(Reason::ExceedLimit,
              {
                  uR"(message too large for this recipient|exceeds (?:the )?recipient(?:'s)? limit)",
                  uR"(\b5\.2\.3\b|message length exceeds administrative limit)",
              }),
        entry(
            Reason::Suspend,
            {
                uR"((?:mailbox|account|address|user) (?:has been |is |was )?(?:currently )?(?:suspended|disabled|deactivated|inactive|frozen|locked|blocked by the administrator))",
                uR"(recipient (?:account|mailbox) (?:is )?(?:suspended|disabled|inactive|unavailable))",
                uR"(account (?:has been )?(?:temporarily )?(?:disabled|suspended)|disabled recipient|is a deactivated mailbox)",
                uR"(account that you tried to reach is (?:disabled|inactive)|account is blocked|compte du destinataire est bloqu|temporar(?:y|ily) locked|account (?:is )?locked|user (?:account )?(?:is )?(?:suspended|disabled|expired)|this account has been disabled or discontinued)",
                uR"(mailbox (?:unavailable|currently unavailable) (?:for|due to) (?:inactivity|suspension)|not active for)",
                uR"(boite (?:aux lettres )?(?:d[ée]sactiv|suspendu)|compte (?:d[ée]sactiv|suspendu|bloqu))",
                uR"(the email account that you tried to reach is disabled|account has expired|user is terminated)",
                uR"(is currently suspended|archived recipient|bo[iî]te du destinataire archiv|inactive account|invalid/inactive user|mailbox (?:currently suspended|disabled|is frozen))",
                uR"(temporarily inactive|suspend the service|this address no longer accepts mail|user or domain is disabled|user suspended|this mailbox is disabled)",
            }),
        entry(Reason::HasMoved,
              {
                  uR"(\bhas (?:been )?moved\b|mailbox has moved|address (?:has )?changed|no longer (?:at|with) this)",
                  uR"(is no longer (?:valid|in use)|moved to a new (?:address|email))",
              }),
        entry(
            Reason::UserUnknown,
            {
                uR"(user ?unknown|unknown (?:user|recipient|mailbox|local ?part|e-?mail address|address)|recipient unknown|address unknown)",
                uR"(no such (?:user|recipient|mailbox|person|address|account|local user)|no mailbox (?:here|by that name|found))",
                uR"((?:user|recipient|mailbox|address|account|e-?mail address)\b[^.;]{0,60}\b(?:does ?n[o']t|doesn't|do not|did not) exist)",
                uR"((?:user|recipient|mailbox|address|account)\b[^.;]{0,40}\b(?:not found|not known|unknown|invalid|not exist))",
                uR"(invalid (?:recipient|mailbox|user|address|e-?mail)|bad (?:destination )?(?:recipient|mailbox|address)\b)",
                uR"(not (?:a )?(?:valid|known|local) (?:user|recipient|mailbox|address)|is not a valid mailbox)",
                uR"(mailbox (?:is )?(?:unavailable|not available|not present|not found|invalid|inactive)|mailbox unavailable)",
                uR"(recipient (?:address )?rejected(?:[.:]?\s*$|[.:]?\s*\(|:\s*(?:user unknown|unknown|invalid|undeliverable|no such|does not exist|access denied))|recipient not (?:found|ok|exist)|rejected recipient|no valid recipients)",
                uR"(destination addresses? (?:were|was|is) unknown|address (?:invalid|doesn't exist|not present))",
                uR"(there is no one at this address|no account by that name|couldn't be found|email account that you tried to reach does not exist)",
                uR"(badrcptto|validrcptto|not listed in (?:the )?(?:domino directory|directory|public name (?:&|and) address book)|not in (?:the )?(?:name )?directory)",
                uR"(user doesn't have an? .{1,40} account|this user doesn't have|no mail ?box available|invalid or unknown virtual user)",
                uR"(adresse (?:e-?mail |de messagerie )?(?:inconnue|invalide|inexistante|introuvable)|destinataire (?:inconnu|invalide|introuvable))",
                uR"(utilisateur (?:inconnu|inexistant|introuvable)|bo[iî]te (?:aux lettres )?(?:inexistante|inconnue|introuvable)|n'existe pas)",
                uR"(unbekannte?r? (?:empf[äa]nger|benutzer)|empf[äa]nger (?:unbekannt|nicht gefunden)|adresse nicht gefunden|usuario desconocido|utente sconosciuto|no existe)",
                uR"(invalid (?:final delivery )?user ?id|resolver\.adr\.recipnotfound|recipnotfound|resolver\.adr\.recipientnotfound)",
            }),
        entry(
            Reason::HostUnknown,
            {
                uR"(domain is not reachable|domain name not found|host (?:or domain name )?(?:not found|unknown)|unknown (?:host|domain)|domain (?:not found|does not exist|unknown|name not found))",
                uR"(name or service not known|no such domain|nxdomain|name server: [^\s]+: host not found|unrouteable (?:mail )?(?:domain|address)|unroutable)",
                uR"(host (?:name )?lookup (?:failed|did not complete)|mx (?:lookup|record) (?:failure|failed)|domain (?:isn't|is not) in my list)",
                uR"(could not be (?:resolved|found) in dns|no mx (?:or a )?record|domain name (?:not|could not be) resolved|dns (?:lookup )?(?:failure|error)[^.]{0,30}(?:domain|host))",
                uR"(domaine (?:inconnu|inexistant|introuvable)|nom de domaine (?:inconnu|introuvable)|h[ôo]te inconnu)",
                uR"(mail domain mentioned in email address is unknown|the account or domain may not exist|\b553 .{1,80} does not exist|)"
                uR"(recipient (?:domain|address) (?:must exist|not found)|the domain name .{1,60} does not exist|illegal host/domain name found)",
            }),
        entry(
            Reason::NotAccept,
            {
                uR"(no mx found|no smtp service|does not accept (?:any )?(?:e-?mail|mail|messages)|not accepting (?:any )?(?:mail|messages)|null mx|no mail ?service)",
                uR"(accept no mail|mail (?:is )?not accepted|this domain does not receive|mail receiving disabled|no route for current request)",
                uR"(no mx record found for domain|smtp protocol returned a permanent error|name server: \.: host not found)",
            }),
    };
}

} // namespace Vigie::Bounce::ReasonPhrases
