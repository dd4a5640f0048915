// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/entitytable.h"
#include "store/recordwriter.h"

namespace barntid {

class Store;

/** Typed access to one entity; every write goes through RecordWriter (record + outbox row). */
template<typename T> class Repository
{
public:
    explicit Repository(Store &store)
        : m_writer(store, entityTable(T::entity))
    { }
    virtual ~Repository() = default;

    T create(T record)
    {
        beforeWrite(record);
        record.meta = m_writer.newMeta(record.meta);
        RecordWriter::requireValid(record.validate());
        m_writer.insert(record.toJson());
        return record;
    }
    T update(T record)
    {
        beforeWrite(record);
        m_writer.update(record.meta.id, [&](const QJsonObject &storedJson) {
            const T stored = T::fromJson(storedJson);
            checkChange(stored, record);
            record.meta = m_writer.changedMeta(stored.meta);
            RecordWriter::requireValid(record.validate());
            return record.toJson();
        });
        return record;
    }
    /** Leaves a tombstone (and a delete for the server). */
    void remove(const QString &id)
    {
        m_writer.remove(id, [&](const QJsonObject &storedJson) {
            const T stored = T::fromJson(storedJson);
            T gone = stored;
            gone.meta = m_writer.changedMeta(stored.meta);
            gone.meta.deleted = true;
            checkChange(stored, gone);
            return gone.toJson();
        });
    }
    std::optional<T> find(const QString &id)
    {
        const auto o = m_writer.find(id);
        return o ? std::optional<T>(T::fromJson(*o)) : std::nullopt;
    }
    QList<T> list(const char *where = "ORDER BY created_at", const QStringList &binds = {})
    {
        QList<T> result;
        for (const QJsonObject &o : m_writer.list(where, binds))
            result << T::fromJson(o);
        return result;
    }

protected:
    /** Adjusts a record before any write (e.g. drops positions of protected cases). */
    virtual void beforeWrite(T &next) { Q_UNUSED(next); }
    /** Entity rules that depend on the stored version (e.g. signed records never change);
     *  throws StoreError to refuse. */
    virtual void checkChange(const T &stored, const T &next) const
    {
        Q_UNUSED(stored);
        Q_UNUSED(next);
    }

private:
    RecordWriter m_writer;
};

} // namespace barntid
