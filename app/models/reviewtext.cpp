// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reviewtext.h"

#include "domain/case.h"
#include "domain/fosterhome.h"
#include "models/fosterhometext.h"
#include "models/uitext.h"
#include "models/weekdata.h"
#include "store/repository.h"

namespace barntid {

using Status = ReviewState::Status;

QString ReviewText::kind(const ReviewItem &item)
{
    if (item.entity == u"visit")
        return UiText::visitKind(item.kind);
    if (item.entity == u"contact")
        return tr("Contact: %1").arg(FosterHomeText::contactKind(item.kind));
    return tr("Time: %1").arg(WeekText::category(item.kind));
}

QString ReviewText::statusCode(const ReviewItem &item)
{
    switch (item.state.status) {
    case Status::Approved:
        return QStringLiteral("approved");
    case Status::Returned:
        return QStringLiteral("returned");
    case Status::ToReview:
        break;
    }
    return QStringLiteral("toReview");
}

QString ReviewText::status(const ReviewItem &item)
{
    QString text;
    switch (item.state.status) {
    case Status::Approved:
        text = tr("Approved");
        break;
    case Status::Returned:
        text = item.answered ? tr("Returned, answered") : tr("Returned");
        break;
    case Status::ToReview:
        if (!item.state.changedSinceDecision)
            text = tr("To review");
        else if (item.state.latest->decision == Review::returned)
            text = tr("To review again: answered after the return");
        else
            text = tr("To review again: amended after approval");
        break;
    }
    if (item.decisionPending)
        text += QStringLiteral(" · ") + tr("not sent yet");
    return text;
}

QString ReviewText::authorStatus(const ReviewItem &item)
{
    switch (item.state.status) {
    case Status::Approved:
        return tr("Approved by your supervisor");
    case Status::Returned:
        return item.answered ? tr("Returned to you: your answer waits for review")
                             : tr("Returned to you by your supervisor");
    case Status::ToReview:
        break;
    }
    return item.state.changedSinceDecision ? tr("Waits for review again") : QString();
}

QString ReviewText::refused(const QString &code)
{
    if (code == u"review_stale")
        return tr("Your decision did not go through: the entry changed after you read it. Read "
                  "the new version and decide again.");
    if (code == u"already_reviewed")
        return tr("Your decision did not go through: another supervisor or another of your "
                  "devices had already decided on this version. Their decision stands.");
    if (code == u"forbidden")
        return tr("Your decision did not go through: the entry is not your team's, or it is "
                  "your own.");
    return tr("Your decision did not go through. Open the entry and decide again.");
}

QString ReviewText::decision(const QString &decision)
{
    return decision == Review::approved ? tr("Approved") : tr("Returned");
}

QString ReviewText::unknownPerson()
{
    return tr("Unknown user");
}

ReviewTitles::ReviewTitles(Store &store)
{
    for (const Case &c : Repository<Case>(store).list()) {
        m_cases.insert(c.meta.id,
            QStringLiteral("%1 · %2").arg(
                c.caseNumber, c.protectedIdentity ? UiText::protectedIdentity() : c.displayName()));
        m_protected.insert(c.meta.id, c.protectedIdentity);
    }
    for (const FosterHome &h : Repository<FosterHome>(store).list())
        m_homes.insert(h.meta.id, h.name);
}

QString ReviewTitles::title(const ReviewItem &item) const
{
    if (!item.caseId.isEmpty() && m_cases.contains(item.caseId))
        return m_cases.value(item.caseId);
    if (!item.fosterHomeId.isEmpty() && m_homes.contains(item.fosterHomeId))
        return m_homes.value(item.fosterHomeId);
    return {};
}

bool ReviewTitles::masked(const ReviewItem &item) const
{
    return m_protected.value(item.caseId);
}

} // namespace barntid
