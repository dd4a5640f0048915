// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/teamcase.h"

#include "domain/case.h"
#include "models/reviewtext.h"
#include "models/session.h"
#include "models/teamroster.h"
#include "models/uitext.h"
#include "store/repository.h"
#include "store/statement.h"
#include "store/store.h"
#include "store/storeerror.h"

namespace barntid {

namespace {

Store *openStore()
{
    Session *session = activeSession();
    return session ? session->store() : nullptr;
}

} // namespace

TeamCase::TeamCase(QObject *parent)
    : QObject(parent)
{
    if (Session *session = activeSession()) {
        connect(session, &Session::stateChanged, this, &TeamCase::reload);
        connect(&session->changes(), &StoreChanges::committed, this, &TeamCase::onChanges);
    }
}

void TeamCase::setCaseId(const QString &id)
{
    if (id == m_caseId)
        return;
    m_caseId = id;
    reload();
}

void TeamCase::onChanges(const StoreChangeList &changes)
{
    for (const StoreChange &c : changes) {
        if (c.entity == Case::entity || c.entity == StoreChange::outbox) {
            reload();
            return;
        }
    }
}

void TeamCase::reload()
{
    m_caseNumber.clear();
    m_childName.clear();
    m_responsibleId.clear();
    m_responsibleName.clear();
    m_pending = false;
    if (Store *store = openStore(); store && !m_caseId.isEmpty()) {
        try {
            if (const std::optional<Case> c = Repository<Case>(*store).find(m_caseId)) {
                m_caseNumber = c->caseNumber;
                m_childName = c->protectedIdentity ? UiText::protectedIdentity() : c->displayName();
                m_responsibleId = c->responsibleId;
                m_responsibleName = TeamRoster::namesIn(*store).value(
                    m_responsibleId, ReviewText::unknownPerson());
                Statement &s = store->connection().cached(
                    "SELECT COUNT(*) FROM outbox WHERE entity = 'case' AND record_id = ?");
                s.bind(1, m_caseId);
                m_pending = s.step() && s.integer(0) > 0;
                s.reset();
            }
        } catch (const StoreError &e) {
            setErrorText(UiText::storeError(e));
        }
    }
    emit caseChanged();
}

bool TeamCase::handOver(const QString &workerId)
{
    Store *store = openStore();
    if (!store || !found() || workerId.isEmpty() || workerId == m_responsibleId)
        return false;
    try {
        Repository<Case> cases(*store);
        std::optional<Case> c = cases.find(m_caseId);
        if (!c)
            return false;
        c->responsibleId = workerId;
        cases.update(*c);
    } catch (const StoreError &e) {
        setErrorText(UiText::storeError(e));
        return false;
    }
    setErrorText({});
    reload();
    return true;
}

void TeamCase::setErrorText(const QString &text)
{
    if (text != m_errorText) {
        m_errorText = text;
        emit errorTextChanged();
    }
}

} // namespace barntid
