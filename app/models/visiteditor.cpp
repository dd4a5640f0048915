// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/visiteditor.h"

#include "domain/case.h"
#include "domain/clock.h"
#include "domain/fosterhome.h"
#include "domain/timeformat.h"
#include "models/session.h"
#include "models/uitext.h"
#include "store/repository.h"
#include "store/store.h"
#include "store/storeerror.h"
#include "store/visitrepository.h"

#include <QGuiApplication>

#include <algorithm>

namespace barntid {

namespace {
// Edits are written at most this long after the first unsaved keystroke. The timer is not
// restarted by later keystrokes, so steady typing still saves twice a second.
constexpr int autosaveMs = 500;
} // namespace

VisitEditor::VisitEditor(QObject *parent)
    : QObject(parent)
    , m_position(new CheckInPosition(this))
{
    connect(m_position, &CheckInPosition::found, this, &VisitEditor::storePosition);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(autosaveMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &VisitEditor::flush);
    for (auto changed : {&VisitEditor::visitChanged, &VisitEditor::noteChanged,
             &VisitEditor::childWordsChanged, &VisitEditor::presentChanged})
        connect(this, changed, this, &VisitEditor::signCheckChanged);
    connect(this, &VisitEditor::visitChanged, this, &VisitEditor::readSubject);
    if (Session *session = activeSession()) {
        // aboutToLock comes while the store is open; by stateChanged it is gone and only the
        // reset is left to do.
        connect(session, &Session::aboutToLock, this, &VisitEditor::flush);
        connect(session, &Session::stateChanged, this, [this] {
            if (!store())
                reset();
        });
    }
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state != Qt::ApplicationActive)
                    flush();
            });
        connect(app, &QCoreApplication::aboutToQuit, this, &VisitEditor::flush);
    }
}

VisitEditor::~VisitEditor()
{
    flush();
}

Store *VisitEditor::store() const
{
    Session *session = activeSession();
    return session ? session->store() : nullptr;
}

QString VisitEditor::kindText() const
{
    return m_visit.kind.isEmpty() ? QString() : UiText::visitKind(m_visit.kind);
}

QString VisitEditor::presenceText(const QString &code) const
{
    return UiText::presence(code, m_visit.kind);
}

QVariantList VisitEditor::presenceChoices() const
{
    QVariantList choices;
    for (const QString &code : {QStringLiteral("child_alone"), QStringLiteral("child_with_carers"),
             QStringLiteral("child_not_present")})
        choices << QVariantMap {
            {QStringLiteral("code"), code}, {QStringLiteral("text"), presenceText(code)}};
    return choices;
}

QString VisitEditor::statusText() const
{
    return m_visit.meta.id.isEmpty() ? QString() : UiText::visitStatus(m_visit.status);
}

QString VisitEditor::signBlocker() const
{
    if (m_visit.meta.id.isEmpty() || m_visit.isSigned())
        return {};
    if (m_visit.note.trimmed().isEmpty() && m_visit.childWords.trimmed().isEmpty())
        return tr("Write what happened before signing: an empty visit cannot be signed.");
    return {};
}

QString VisitEditor::signWarning() const
{
    if (m_visit.meta.id.isEmpty() || m_visit.isSigned()
        || m_visit.present == QLatin1String("child_not_present")
        || !m_visit.childWords.trimmed().isEmpty())
        return {};
    return tr("The child's own words are empty.");
}

void VisitEditor::readSubject()
{
    QString subject;
    Store *s = store();
    if (s && !m_visit.meta.id.isEmpty()) {
        try {
            if (const auto c = Repository<Case>(*s).find(m_visit.caseId)) {
                const QString name
                    = c->protectedIdentity ? UiText::protectedIdentity() : c->displayName();
                subject = tr("%1 · %2").arg(c->caseNumber, name);
            } else if (const auto home = Repository<FosterHome>(*s).find(m_visit.fosterHomeId)) {
                subject = home->name;
            }
        } catch (const StoreError &e) {
            setErrorText(UiText::storeError(e));
        }
    }
    if (subject != m_subject) {
        m_subject = subject;
        emit subjectChanged();
    }
}

bool VisitEditor::editable()
{
    return !m_visit.meta.id.isEmpty() && !m_visit.isSigned();
}

void VisitEditor::edited()
{
    if (!m_dirty) {
        m_dirty = true;
        emit savedChanged();
    }
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

template<typename T>
void VisitEditor::editField(T &field, const T &value, void (VisitEditor::*changed)())
{
    if (!editable() || value == field)
        return;
    field = value;
    emit(this->*changed)();
    edited();
}

void VisitEditor::setKind(const QString &kind)
{
    if (Visit::kinds().contains(kind))
        editField(m_visit.kind, kind, &VisitEditor::kindChanged);
}

void VisitEditor::setPresent(const QString &present)
{
    if (Visit::presences().contains(present))
        editField(m_visit.present, present, &VisitEditor::presentChanged);
}

void VisitEditor::setNote(const QString &note)
{
    editField(m_visit.note, note, &VisitEditor::noteChanged);
}

void VisitEditor::setChildWords(const QString &childWords)
{
    editField(m_visit.childWords, childWords, &VisitEditor::childWordsChanged);
}

void VisitEditor::setBbic(const QStringList &bbic)
{
    editField(m_visit.bbic, bbic, &VisitEditor::bbicChanged);
}

void VisitEditor::toggleBbic(const QString &code)
{
    QStringList next = m_visit.bbic;
    if (!next.removeOne(code))
        next.append(code);
    setBbic(next);
}

QString VisitEditor::start(const QString &caseId, const QString &kind)
{
    Visit draft;
    draft.caseId = caseId;
    draft.kind = kind;
    return create(draft);
}

QString VisitEditor::startAtFosterHome(const QString &fosterHomeId, const QString &caseId)
{
    Visit draft;
    draft.fosterHomeId = fosterHomeId;
    draft.caseId = caseId;
    draft.kind = QStringLiteral("foster_home");
    return create(draft);
}

QString VisitEditor::startVisit(const QString &caseId)
{
    Visit fresh;
    fresh.caseId = caseId;
    fresh.kind = QStringLiteral("home");
    return resumeToday(
        [&caseId](const Visit &v) { return v.caseId == caseId && v.fosterHomeId.isEmpty(); },
        fresh);
}

QString VisitEditor::startFosterHomeVisit(const QString &fosterHomeId, const QString &caseId)
{
    Visit fresh;
    fresh.fosterHomeId = fosterHomeId;
    fresh.caseId = caseId;
    fresh.kind = QStringLiteral("foster_home");
    return resumeToday(
        [&](const Visit &v) { return v.fosterHomeId == fosterHomeId && v.caseId == caseId; },
        fresh);
}

QString VisitEditor::resumeToday(
    const std::function<bool(const Visit &)> &matches, const Visit &fresh)
{
    flush();
    Store *s = store();
    if (!s) {
        setErrorText(UiText::storeError(StoreError(StoreErrorCode::Locked, {})));
        return {};
    }
    QString id;
    try {
        const QDate today = s->clock().now().toTimeZone(stockholm()).date();
        const QString where = fresh.caseId.isEmpty()
            ? QStringLiteral("AND foster_home_id = ? ORDER BY created_at DESC")
            : QStringLiteral("AND case_id = ? ORDER BY created_at DESC");
        const QString key = fresh.caseId.isEmpty() ? fresh.fosterHomeId : fresh.caseId;
        for (const Visit &v : VisitRepository(*s).list(where.toUtf8().constData(), {key})) {
            const QDateTime began = v.actualStart.value_or(v.meta.createdAt);
            if (!v.isSigned() && matches(v) && v.meta.authorId == s->userId()
                && began.toTimeZone(stockholm()).date() == today) {
                id = v.meta.id;
                break;
            }
        }
    } catch (const StoreError &e) {
        setErrorText(UiText::storeError(e));
        return {};
    }
    if (id.isEmpty())
        id = create(fresh);
    else if (!load(id))
        return {};
    // Arriving again (after a break, or a second start) moves the check-in, never doubles it.
    if (!id.isEmpty() && !m_visit.actualStart)
        checkIn();
    return id;
}

QString VisitEditor::create(Visit draft)
{
    flush();
    Store *s = store();
    if (!s) {
        setErrorText(UiText::storeError(StoreError(StoreErrorCode::Locked, {})));
        return {};
    }
    try {
        draft = VisitRepository(*s).create(draft);
    } catch (const StoreError &e) {
        setErrorText(UiText::storeError(e));
        return {};
    }
    load(draft.meta.id);
    return draft.meta.id;
}

bool VisitEditor::load(const QString &visitId)
{
    flush();
    Store *s = store();
    if (!s)
        return false;
    try {
        const auto visit = VisitRepository(*s).find(visitId);
        if (!visit)
            throw StoreError(StoreErrorCode::NotFound, {});
        m_visit = *visit;
        m_savedAt = visit->meta.updatedAt;
        m_dirty = false;
        readAmendments();
        showStoredPosition();
    } catch (const StoreError &e) {
        setErrorText(UiText::storeError(e));
        return false;
    }
    setErrorText({});
    emit visitChanged();
    emit kindChanged();
    emit presentChanged();
    emit noteChanged();
    emit childWordsChanged();
    emit bbicChanged();
    emit savedChanged();
    return true;
}

bool VisitEditor::save(const Visit &visit)
{
    Store *s = store();
    if (!s) {
        setErrorText(UiText::storeError(StoreError(StoreErrorCode::Locked, {})));
        return false;
    }
    try {
        m_visit = VisitRepository(*s).update(visit);
    } catch (const StoreError &e) {
        setErrorText(UiText::storeError(e));
        return false;
    }
    m_dirty = false;
    m_savedAt = m_visit.meta.updatedAt;
    setErrorText({});
    emit savedChanged();
    return true;
}

bool VisitEditor::flush()
{
    m_saveTimer.stop();
    if (!m_dirty || m_visit.meta.id.isEmpty())
        return true;
    return save(m_visit);
}

bool VisitEditor::checkIn()
{
    Store *s = store();
    if (!s || !editable())
        return false;
    Visit next = m_visit;
    next.actualStart = s->clock().now();
    if (next.actualEnd && *next.actualEnd < *next.actualStart)
        next.actualEnd.reset();
    const bool ok = save(next);
    emit visitChanged();
    if (ok)
        askPosition(CheckInPosition::Leg::CheckIn);
    return ok;
}

bool VisitEditor::checkOut()
{
    Store *s = store();
    if (!s || !editable())
        return false;
    Visit next = m_visit;
    next.actualEnd = s->clock().now();
    if (!next.actualStart)
        next.actualStart = next.actualEnd; // checked out without checking in: a zero-length stay
    const bool ok = save(next);
    emit visitChanged();
    if (ok)
        askPosition(CheckInPosition::Leg::CheckOut);
    return ok;
}

bool VisitEditor::sign()
{
    Store *s = store();
    if (!s || m_visit.meta.id.isEmpty() || !flush())
        return false;
    if (const QString blocker = signBlocker(); !blocker.isEmpty()) {
        setErrorText(blocker);
        return false;
    }
    // Signing ends the visit: a worker still checked in leaves now (the time; a position for
    // the check-out is not waited for, the signed visit no longer changes).
    if (m_visit.actualStart && !m_visit.actualEnd) {
        Visit next = m_visit;
        next.actualEnd = std::max(s->clock().now(), *next.actualStart);
        if (!save(next))
            return false;
    }
    try {
        m_visit = VisitRepository(*s).sign(m_visit.meta.id);
    } catch (const StoreError &e) {
        setErrorText(UiText::storeError(e));
        return false;
    }
    setErrorText({});
    m_savedAt = m_visit.meta.updatedAt;
    emit visitChanged();
    emit savedChanged();
    return true;
}

bool VisitEditor::addAmendment(const QString &text)
{
    Store *s = store();
    if (!s || !m_visit.isSigned())
        return false;
    try {
        VisitRepository(*s).amend(m_visit.meta.id, text.trimmed());
        readAmendments();
        showStoredPosition();
    } catch (const StoreError &e) {
        setErrorText(UiText::storeError(e));
        return false;
    }
    setErrorText({});
    emit visitChanged();
    return true;
}

void VisitEditor::readAmendments()
{
    m_amendments.clear();
    for (const VisitAmendment &a : VisitRepository(*store()).amendments(m_visit.meta.id))
        m_amendments.append(QVariantMap {
            {QStringLiteral("text"), a.text}, {QStringLiteral("signedAt"), a.signedAt}});
}

bool VisitEditor::protectedIdentity()
{
    Store *s = store();
    if (!s)
        return false;
    Repository<Case> cases(*s);
    const auto isProtected = [&cases](const QString &caseId) {
        const auto c = cases.find(caseId);
        return c && c->protectedIdentity;
    };
    if (!m_visit.caseId.isEmpty() && isProtected(m_visit.caseId))
        return true;
    // A foster home's position is where its children live: with a protected child placed
    // there, a visit to the home stores none either, whichever case it is about.
    if (m_visit.fosterHomeId.isEmpty())
        return false;
    const auto home = Repository<FosterHome>(*s).find(m_visit.fosterHomeId);
    return home
        && std::any_of(home->placedCaseIds.cbegin(), home->placedCaseIds.cend(), isProtected);
}

void VisitEditor::askPosition(CheckInPosition::Leg leg)
{
    // DESIGN.md §5: for a protected identity the device is not even asked where it is.
    if (protectedIdentity())
        m_position->setNotStored();
    else
        m_position->request(m_visit.meta.id, leg);
}

void VisitEditor::showStoredPosition()
{
    if (protectedIdentity()) {
        m_position->setNotStored();
        return;
    }
    const bool out = m_visit.checkOutLat.has_value();
    m_position->show(out || m_visit.checkInLat.has_value(),
        out ? m_visit.checkOutAccuracy : m_visit.checkInAccuracy);
}

void VisitEditor::storePosition(
    const QString &visitId, CheckInPosition::Leg leg, const PositionFix &fix)
{
    // The fix may come after the page moved on to another visit, or after signing.
    if (visitId != m_visit.meta.id || !editable())
        return;
    Visit next = m_visit;
    const bool in = leg == CheckInPosition::Leg::CheckIn;
    (in ? next.checkInLat : next.checkOutLat) = fix.latitude;
    (in ? next.checkInLon : next.checkOutLon) = fix.longitude;
    (in ? next.checkInAccuracy : next.checkOutAccuracy) = fix.accuracy;
    (in ? next.checkInAt : next.checkOutAt) = fix.time;
    save(next);
    emit visitChanged();
}

void VisitEditor::reset()
{
    m_saveTimer.stop();
    m_position->show(false, std::nullopt);
    m_visit = Visit();
    m_amendments.clear();
    m_savedAt = {};
    m_dirty = false;
    setErrorText({});
    emit visitChanged();
    emit kindChanged();
    emit presentChanged();
    emit noteChanged();
    emit childWordsChanged();
    emit bbicChanged();
    emit savedChanged();
}

void VisitEditor::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace barntid
