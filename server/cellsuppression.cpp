// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellsuppression.h"

#include "cellbounds.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace barntid::server {

int CellSuppression::addCell(int count, bool hidden)
{
    m_cells.append({count, hidden, false});
    return int(m_cells.size()) - 1;
}

void CellSuppression::addRelation(int total, const QList<int> &parts)
{
    m_relations.append({total, parts});
}

int CellSuppression::secondaryCount() const
{
    int n = 0;
    for (const Cell &c : m_cells)
        n += c.withheld && !c.hidden && c.count >= m_k ? 1 : 0;
    return n;
}

QList<int> CellSuppression::pinned(bool protectedCells, bool firstOnly) const
{
    // The attacker's view: the withheld cells are the unknowns, each relation an equation with
    // its published cells moved to the right-hand side, and no count below zero.
    QHash<int, int> column;
    QList<int> unknowns;
    for (int i = 0; i < m_cells.size(); ++i) {
        if (m_cells.at(i).withheld) {
            column.insert(i, int(unknowns.size()));
            unknowns.append(i);
        }
    }
    if (unknowns.isEmpty())
        return {};
    QList<QList<double>> rows;
    QList<double> rhs;
    for (const Relation &r : m_relations) {
        QList<double> row(unknowns.size(), 0.0);
        double known = 0;
        const auto add = [&](int cell, double sign) {
            if (auto it = column.constFind(cell); it != column.cend())
                row[*it] += sign;
            else
                known -= sign * m_cells.at(cell).count;
        };
        add(r.total, 1.0);
        for (int p : r.parts)
            add(p, -1.0);
        rows.append(row);
        rhs.append(known);
    }
    CellBounds bounds(rows, rhs, int(unknowns.size()));
    QList<int> out;
    for (int u = 0; u < unknowns.size(); ++u) {
        const int cell = unknowns.at(u);
        const Cell &c = m_cells.at(cell);
        if (isProtected(cell) != protectedCells || (!protectedCells && c.hidden))
            continue;
        const std::optional<double> most = bounds.maximum(u);
        if (most && *most - bounds.minimum(u) < 0.5) {
            out.append(cell);
            if (firstOnly)
                break;
        }
    }
    return out;
}

int CellSuppression::exposedCell() const
{
    const QList<int> cells = pinned(true, true);
    return cells.isEmpty() ? -1 : cells.first();
}

void CellSuppression::publishPinned()
{
    // Publishing a cell the others already pin tells nothing new, so one pass is enough.
    for (int cell : pinned(false, false))
        m_cells[cell].withheld = false;
}

bool CellSuppression::withholdNextTo(int exposed)
{
    int next = -1;
    const auto consider = [&](int cell) {
        if (cell == exposed || m_cells.at(cell).withheld)
            return;
        if (next < 0 || m_cells.at(cell).count < m_cells.at(next).count)
            next = cell;
    };
    const auto touches = [&](const Relation &r, const auto &pred) {
        if (pred(r.total))
            return true;
        return std::any_of(r.parts.cbegin(), r.parts.cend(), pred);
    };
    const auto isExposed = [&](int cell) { return cell == exposed; };
    const auto isWithheld = [&](int cell) { return m_cells.at(cell).withheld; };
    // The exposed cell's own relations first; when they hold nothing more to withhold, the
    // combination giving it away runs through others that share a withheld cell.
    for (const auto &pred :
        {std::function<bool(int)>(isExposed), std::function<bool(int)>(isWithheld)}) {
        for (const Relation &r : std::as_const(m_relations)) {
            if (!touches(r, pred))
                continue;
            consider(r.total);
            for (int p : r.parts)
                consider(p);
        }
        if (next >= 0)
            break;
    }
    if (next < 0)
        return false;
    m_cells[next].withheld = true;
    return true;
}

void CellSuppression::run()
{
    for (Cell &c : m_cells)
        c.withheld = c.hidden || c.count < m_k;
    for (int exposed = exposedCell(); exposed >= 0; exposed = exposedCell()) {
        if (!withholdNextTo(exposed)) {
            // Nothing left to withhold beside it: publish nothing rather than give it away.
            for (Cell &c : m_cells)
                c.withheld = true;
            return;
        }
    }
    publishPinned();
}

} // namespace barntid::server
