// Phrases about the sender, the content, reputation and authentication checks.
#include "ReasonPatterns.h"
#include "ReasonPhraseList.h"

namespace Vigie::Bounce::ReasonPhrases {

QList<ReasonPatterns::Entry> policyPhrases()
{
    return {
        entry(
            Reason::NoRelaying,
            {
                uR"(email address is not verified|not configured to relay|relay(?:ing)? (?:access )?(?:denied|not (?:permitted|allowed))|not permitted to relay|unable to relay)",
                uR"(relay not permitted|we do not relay|no relaying|not allowed to relay|relaying (?:is )?prohibited|not an open relay)",
                uR"(rcpthosts|relais (?:refus|interdit)|insecure mail relay)",
            }),
        entry(
            Reason::AuthFailure,
            {
                uR"(bad spf|\bspf\b[^.]{0,40}(?:fail|check|validation|reject|not pass)|(?:fail|failed|failure)[^.]{0,20}\bspf\b|sender policy framework)",
                uR"(\bdkim\b(?!-signature)[^.]{0,40}(?:fail|invalid|signature)|\bdmarc\b|unauthenticated (?:e-?mail|mail)\b|fails? to pass (?:the )?authentication|does not have authentication information|spf record|authentication (?:checks? )?failed)",
                uR"(is not designated to send|not authorized to send (?:mail )?on behalf|sender (?:is )?not authenticated|spf validation)",
                uR"(mail from .{1,80} not (?:allowed|authorized)|dkim and spf|authentication required for the sender domain)",
            }),
        entry(
            Reason::Filtered,
            {
                uR"(because the recipient is not accepting mail with|recipient is not accepting mail from|rejected by (?:the )?recipient(?:'s)? (?:filter|settings|rule))",
                uR"(user refuses to accept|refused by (?:recipient|user)|does not accept mail from|blocked by (?:the )?(?:recipient|user)(?:'s)? (?:rules|filter|settings))",
                uR"(mail (?:has been )?(?:filtered|blocked) by (?:the )?(?:recipient|user)|message filtered|filtered by)",
                uR"(delivery not authorized, message refused|this message is rejected by the recipient|message rejected by recipient)",
                uR"(rejected by (?:the )?(?:mail )?filter|blocked (?:by|using) (?:the )?mail filter)",
                uR"(account is protected by|is not accepting any mail|message rejected due to user rules|refuse to receive (?:this )?mail|user reject)",
                uR"(only accepting mail from specific (?:email )?addresses|refused due to recipient preferences|you have been blocked by the recipient|has restricted sms e-?mail)",
            }),
        entry(
            Reason::RequirePtr,
            {
                uR"(reverse (?:dns|lookup|hostname|name).{0,60}?(?:fail|not|missing|requir|invalid|mismatch)|\bptr\b[^.]{0,40}(?:record|missing|requir|fail|lookup|not))",
                uR"(mismatches client ip|(?:missing|fix|no|without|invalid) (?:a )?(?:valid )?reverse dns|no (?:reverse|ptr)|cannot find your (?:reverse )?hostname|client host name lookup failed|rdns|host name (?:does not match|mismatch)|cannot resolve your address)",
                uR"(ip (?:address )?(?:name )?lookup failed|client host rejected: cannot find your hostname|reverse (?:dns|address) (?:entry )?(?:required|missing))",
            }),
        entry(
            Reason::NotCompliantRfc,
            {
                uR"(multiple addresses in (?:the )?from:? header|not (?:rfc|rfc ?5322|rfc ?2822) ?compliant|rfc ?(?:5322|2822|822|1123) (?:compliance|violation|standard|requirements)|multiple (?:from|to|subject|date|message-id) (?:headers|fields))",
                uR"(duplicate (?:header|from|message-id)|header (?:is )?(?:malformed|invalid|missing)|message is not rfc|contains (?:a )?(?:bare|invalid) (?:lf|newline)|bare lf)",
            }),
        entry(
            Reason::BadReputation,
            {
                uR"(due to user complaints|\[TSS0\d\]|poor (?:sending )?reputation|bad reputation|low reputation|ip reputation|sender reputation|reputation (?:of|is|score)|domain (?:has been )?(?:flagged|reputation))",
                uR"(not yet (?:whitelisted|trusted)|temporarily rate limited due to ip reputation)",
            }),
        entry(
            Reason::ContentError,
            {
                uR"(message (?:header|headers|content) (?:is |was )?(?:invalid|malformed|not accepted)|improper use of 8-bit data|8-bit data in message header)",
                uR"(illegal (?:characters?|attachment)|header size exceeds|header line too long|too many headers|message (?:contains|has) (?:invalid|bad) (?:header|content))",
                uR"(attachments? (?:type )?(?:not allowed|prohibited|blocked|rejected)|content type (?:not allowed|rejected))",
            }),
        entry(
            Reason::SpamDetected,
            {
                uR"(blacklisted url|url (?:is )?(?:black|block)listed|message content rejected|\bUBE\b|\bspam\b|junk mail|unsolicited (?:bulk |commercial )?(?:e-?mail|mail|message)|bulk mail|message (?:was )?(?:classified|identified|detected) as (?:spam|bulk)|spamassassin)",
                uR"(content (?:of your message )?(?:looks|is considered) (?:like )?(?:spam|suspicious)|appears to be unsolicited|likely (?:to be )?spam|suspected spam|scored as spam|high spam)",
                uR"(message (?:content )?(?:rejected|refused) (?:due to|as) (?:content|suspicious|spam)|spam-like|phishing|pourriel|courrier ind[ée]sirable|polluriel)",
                uR"(mail rejete\. mail rejected\. (?:ofr|lpn)_?506|content filter rejection|mail content denied|rejecting (?:banned|mail) content|reject bulk|recurrent pattern detection|antispam|uribl|unacceptable content)",
                uR"(our system has detected that this message is|this message (?:has been )?blocked because (?:it|its content)|message looks suspicious|uce\b|probable spam)",
            }),
        entry(
            Reason::VirusDetected,
            {
                uR"(virus|malware|infected|trojan|worm\b|malicious (?:content|attachment|software)|executable attachment|may contain a virus)",
            }),
        entry(Reason::Rejected,
              {
                  uR"('?send mail as'? (?:feature|account)|but sender was rejected|an address that has been blacklisted|sender (?:address |e-?mail )?(?:rejected|refused|denied|blocked|invalid|unknown|not (?:allowed|permitted|accepted|found))|(?:mail ?from|envelope (?:sender|from))[^.]{0,40}(?:rejected|refused|denied|blocked|invalid))",
                  uR"(your (?:e-?mail )?address (?:has been |is )?(?:blacklisted|blocked|rejected|banned)|sender (?:is )?(?:blacklisted|on (?:the|a) (?:block|black|deny) ?list)|sender domain (?:must exist|not found|does not exist|unknown))",
                  uR"(domain of sender address|sender address rejected|sender verify failed|sender verification failed|unverified sender|bad sender|from address (?:is )?(?:invalid|rejected))",
                  uR"(access denied[^.]{0,30}sender|sender not authorized|not allowed to send|administrative prohibition|exp[ée]diteur (?:refus|rejet|invalide|inconnu|bloqu))",
                  uR"(rejected by (?:the )?destination domain|all recipient addresses rejected|rejected (?:because|due to) (?:the )?sender|envelope blocked|mail ?from (?:command )?(?:failed|rejected))",
                  uR"(\bbatv\b|bogus mail from|purported responsible address|invalid sender|mail from not owned by user|null sender is not allowed|empty envelope senders)",
                  uR"(returned mail not accepted here|sender not pre-approved|sender rejected|sender is spammer|sender is in my black ?list|sender domain is empty)",
                  uR"(unroutable sender address|not allowed to post to this (?:mailing )?list|no third-party dsns|[ée]metteur invalide|this server does not accept mail from)",
              }),
        entry(
            Reason::Speeding,
            {
                uR"(sent to too many recipients|too many recipients this hour|too many (?:messages|emails|mails)|sending (?:rate|too fast)|rate (?:limit|limited|exceeded)|exceeded (?:the )?(?:sending|message|hourly|daily) (?:limit|rate|quota)|(?:hourly|daily) (?:sending )?limit|throttl)",
                uR"(try again later[^.]{0,40}(?:rate|volume)|unusual rate|received too many)",
            }),
        entry(
            Reason::TooManyConn,
            {
                uR"((?:ip|connection) frequency limited|too many (?:connections|concurrent|simultaneous|sessions|recipients)|connection (?:limit|rate limit)|too many smtp sessions|max(?:imum)? (?:number of )?connections)",
            }),
        entry(
            Reason::Blocked,
            {
                uR"((?:client|sending|connecting|your) (?:host|ip|server|mail server)[^.]{0,60}(?:blocked|blacklisted|block ?list|black ?list|rejected|denied|refused|banned|not allowed|listed))",
                uR"(blacklisted|black ?list(?:ed)?\b|block ?list(?:ed)?\b|\bdnsbl\b|\brbl\b|spamhaus|spamcop|sorbs|barracuda ?central|listed (?:at|on|in) |blocked using|ip (?:address )?(?:is )?(?:blocked|blacklisted|banned))",
                uR"(but my name was rejected|invalid ip for sending|service refus[ée]|connection (?:refused|rejected|denied) (?:by|from|due)|refused to talk to me|service (?:not available|unavailable), closing|not accepting (?:mail|connections) from your|dynamic ip|dial-?up|residential ip)",
                uR"(your (?:access|connection|ip) (?:to this (?:mail )?system )?(?:has been |is )?(?:rejected|denied|blocked)|banned|helo (?:command )?rejected|invalid helo|bad helo|greylist|client host \[[^\]]*\] blocked)",
                uR"(ip address (?:[0-9.]+ )?(?:is |has been )?(?:on|in) (?:a|our) (?:block|black)|messages from [0-9.]+ (?:temporarily )?deferred|mail from ip)",
                uR"(too many unwanted messages have been sent from|messages from [0-9a-f.:]+ weren'?t sent|bad sender ip address|banned sending ip|blacklisted by|may not be mail exchanger|esmtp not accepting connections|\bgo away\b|hosts with dynamic ip)",
                uR"(is in a black ?list|is not allowed to send mail from|no access from mail server|not currently accepting mail from your ip|use the smtp server of your isp)",
                uR"(rejecting open proxy|sender ip address rejected|service not available, closing transmission channel|looks suspiciously like spammer|too many spams from your ip)",
                uR"(was blocked by|do not accept mail from dynamic ips|you are not allowed to connect|your ip address is listed|network is temporar(?:y|ily) blacklisted)",
            }),
        entry(
            Reason::PolicyViolation,
            {
                uR"(content presents a potential|policy (?:violation|reasons|rejection)|violates? (?:our |the )?(?:policy|policies)|(?:local|security|email|mail|content|organization) policy|prohibited by (?:policy|administrator))",
                uR"(message (?:rejected|refused) (?:by|due to) (?:the )?policy|not allowed by policy|against (?:our|the) policy|politique)",
                uR"(illegal attachment|non-member to a members-only list|closed mailing list|denied by policy|header error|organizational settings|organization policy)",
                uR"(message given low priority|protocol violation|not subscribed to this group|using a mass mailer|do not accept messages containing images)",
            }),
    };
}

} // namespace Vigie::Bounce::ReasonPhrases
