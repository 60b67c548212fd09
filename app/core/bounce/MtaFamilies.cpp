// The report wording and quoted-message markers of the MTAs and providers that write plain-text
// bounces. A family's wording must be a sentence its software writes in every report, so that
// a new bounce from it is recognised, not a detail of one sample.
#include "MtaPatterns.h"

namespace Vigie::Bounce::MtaFamilies {

const QList<MtaPatterns::Family> &families()
{
    static const QList<MtaPatterns::Family> table{
        {u"Exim",
         uR"(This message was created automatically by mail delivery software|could not be delivered to one or more of its\s+recipients|contained one or more recipient addresses that were\s+incorrectly constructed)",
         uR"(^-{2,}\s*This is a copy of (?:the|your) message|^-{2,}\s*The header of the original message is following|^Included is a copy of the message header)"},
        {u"qmail", uR"(This is the qmail-send program|I'm afraid I wasn't able to deliver your message)",
         uR"(^-{2,}\s*Below this line is a copy of the message|^--- Enclosed are the original headers)"},
        {u"Postfix", uR"(This is the mail system at host|I'm sorry to have to inform you that your message could not)",
         nullptr},
        {u"Sendmail",
         uR"(The following addresses had (?:permanent fatal errors|delivery problems)|Transcript of session follows)",
         uR"(^\s*-{3,}\s*(?:Original message follows|Unsent message follows|Returned mail follows))"},
        {u"Gmail",
         uR"(Delivery to the following recipients? failed|Technical details of (?:permanent|temporary) failure|The error that the other server returned was)",
         uR"(^-{3,}\s*Original message\s*-{3,})"},
        {u"DragonFly", uR"(This is the DragonFly Mail Agent|There was an error delivering your mail to)",
         uR"(^Message headers follow\.)"},
        {u"OpenSMTPD",
         uR"(This is the MAILER-DAEMON, please DO NOT REPLY|An error has occurred while attempting to deliver a message)",
         uR"(^\s*Below is a copy of the original message)"},
        {u"Exchange",
         uR"(did not reach the following recipient|Delivery has failed to these recipients|Your message did not reach some or all of the intended recipients|could not be delivered to the following recipients)",
         uR"(^\s*Original message headers:|^-{3,}\s*Original Message\s*-{3,})"},
        {u"Domino", uR"(was not delivered to:|Failure Reasons)", uR"(^-{3,}\s*Returned Message\s*-{3,})"},
        {u"IMail", uR"(User mailbox exceeds allowed size|Unknown user:|Original message follows\.)",
         uR"(^Original message follows\.)"},
        {u"Yahoo", uR"(Sorry, we were unable to deliver your message to the following address)",
         uR"(^-{3,}\s*Below this line is a copy of the message)"},
        {u"Courier", uR"(This is a delivery status notification from|Courier mail server at)", nullptr},
        {u"Notes", uR"(Failure Reasons|Lotus SMTP MTA)", uR"(^-{3,}\s*Returned Message\s*-{3,})"},
        {u"MessagingServer", uR"(This report relates to a message you sent with the following header fields)", nullptr},
        {u"MailFoundry", uR"(Unable to deliver message to:|Delivery failed for the following reason)", nullptr},
        {u"Mimecast", uR"(An email that you attempted to send to the following address could not be)", nullptr},
        {u"MailMarshal", uR"(Could not be delivered because of|The following recipients were affected)", nullptr},
        {u"ApacheJames", uR"(Error message below:|Message details:)", nullptr},
        // Google Groups only bounces posts it refuses (no such group, no permission to post),
        // in the sender's language; the help link and the signature are the constant parts.
        {u"GoogleGroups", uR"(https://groups\.google\.com|Google Groups|Google グループ)", nullptr, Reason::Rejected},
        // fml, the mailing list manager, reports a post it refused to distribute because its
        // Message-ID was seen before: a mail loop on the list host.
        {u"FML", uR"(Duplicated Message-ID in <[^>\s]+@)", uR"(^Original mail as follows:)", Reason::SystemError},
        {u"AmazonSES",
         uR"(The following message to <[^>]+> was undeliverable|An error occurred while trying to deliver the mail to the following recipients)",
         nullptr},
        {u"GMX", uR"(A message that you sent could not be delivered to one or more of\s+its recipients)", nullptr},
        {u"FrancePTT",
         uR"(n'a pas pu [êe]tre (?:remis|d[ée]livr)|Votre message n'a pas pu|Le message que vous avez envoy[ée] n'a pas pu|Rapport de non-remise)",
         uR"(^-{2,}\s*(?:Message d'origine|Message original)\s*-{0,})"},
        {u"mFILTER", uR"(-{5,}server message\s*$)", uR"(^-{5,}original (?:message|mail)\s*$)"},
        {u"KDDI", uR"(Your mail sent on:.*\n\s*Could not be delivered to:)", nullptr},
        {u"Generic",
         uR"(Undeliver(?:able|ed) (?:mail|message)|Mail delivery failed|Returned mail: |failure notice|permanent(?:ly)? (?:error|failure|fatal)|Delivery Status Notification|could not be delivered|delivery (?:problems|failure|error)|message (?:was )?not delivered|Non[- ]remis|Unzustellbar|Non-delivered information|Unable to deliver (?:the |your )?message|could not deliver|delivery failure|was undeliverable|undeliverable to|not be delivered|failed permanently|permanent fatal errors)",
         uR"(^-{2,}\s*(?:Original message|Forwarded message|Original Message|original message)\b|^\s*-{3,}\s*original message|^Original message follows|^(?:Your|The) original message (?:follows|is (?:attached|below|included))|^-{5,}\s*$\n(?=Received:|Return-Path:|From ))"},
    };
    return table;
}

} // namespace Vigie::Bounce::MtaFamilies
