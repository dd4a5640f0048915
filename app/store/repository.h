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
        : m_writer(store, entityTable(QLatin1StringView(T::entity)))
    { }

    virtual ~Repository() = default;

    T create(T record)
    {
        beforeWrite(record);
        return T::fromJson(m_writer.create(record.toJson(), validate));
    }
    T update(T record)
    {
        beforeWrite(record);
        return T::fromJson(m_writer.update(record.toJson(), validate, guard()));
    }
    void remove(const QString &id) { m_writer.remove(id, guard()); }
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
    /** Entity rules that depend on the stored version (e.g. signed records never change). */
    virtual void checkChange(const T &stored, const T &next) const
    {
        Q_UNUSED(stored);
        Q_UNUSED(next);
    }
    RecordWriter &writer() { return m_writer; }

    static ValidationIssues validate(const QJsonObject &o) { return T::fromJson(o).validate(); }
    RecordWriter::Guard guard() const
    {
        return [this](const QJsonObject &stored, const QJsonObject &next) {
            checkChange(T::fromJson(stored), T::fromJson(next));
        };
    }

private:
    RecordWriter m_writer;
};

} // namespace barntid
