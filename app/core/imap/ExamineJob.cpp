#include "ExamineJob.h"

#include "CommandSyntax.h"
#include "Session.h"

namespace Vigie::Imap {

ExamineJob::ExamineJob(QByteArray mailbox, QObject *parent)
    : ExamineJob(std::move(mailbox), QByteArrayLiteral("EXAMINE"), parent)
{ }

ExamineJob::ExamineJob(QByteArray mailbox, QByteArray verb, QObject *parent)
    : Job(parent)
    , m_verb(std::move(verb))
{
    m_state.mailbox = std::move(mailbox);
}

void ExamineJob::start()
{
    const auto name = CommandSyntax::quoted(m_state.mailbox);
    if (!name) {
        finish(Net::ServiceError::make(Net::ServiceError::Kind::Protocol, QStringLiteral("unusable mailbox name")));
        return;
    }
    const bool condStore = m_condStore && session()->hasCapability("CONDSTORE");
    sendCommand(m_verb + ' ' + *name + (condStore ? " (CONDSTORE)" : ""));
}

void ExamineJob::handleUntagged(const Response &response)
{
    if (response.isUntaggedData("EXISTS") && response.number) {
        m_state.exists = *response.number;
        return;
    }
    if (response.status != Response::Status::Ok)
        return;
    const auto number = response.code.numberArgument();
    switch (response.code.kind) {
    case ResponseCode::Kind::UidValidity:
        if (number && *number <= 0xffffffffu)
            m_state.uidValidity = quint32(*number);
        break;
    case ResponseCode::Kind::UidNext:
        if (number && *number <= 0xffffffffu)
            m_state.uidNext = quint32(*number);
        break;
    case ResponseCode::Kind::HighestModSeq:
        m_state.highestModSeq = number;
        break;
    default:
        break;
    }
}

void ExamineJob::handleTagged(const Response &response)
{
    if (response.status == Response::Status::Ok) {
        m_state.readOnly = response.code.kind == ResponseCode::Kind::ReadOnly;
        setSessionState(Session::State::Selected);
    } else {
        setSessionState(Session::State::Authenticated); // a failed EXAMINE closes the mailbox
    }
    Job::handleTagged(response);
}

} // namespace Vigie::Imap
