// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace barntid::server {

/** Which cells of a table of counts may be published so that no small count leaves the server
 *  and none can be worked out from the cells that do (issue 16: the children's answers).
 *
 *  A cell is a count of children. A relation says one cell is the sum of others (a row's total,
 *  the municipality's figure as the sum of the teams'). Primary suppression withholds every cell
 *  below k, zeros included. Secondary suppression then withholds more cells, smallest first,
 *  until no protected cell (one below k) is pinned: an attacker who knows the relations, the
 *  published cells and that no count is negative must still find at least two values possible
 *  for it (its least and greatest value under those constraints differ; a linear programme per
 *  cell, exact here because the relations form a table with margins, whose corners are whole
 *  numbers). Withheld cells of k or more that are pinned anyway are published again: a blank
 *  one subtraction away protects nothing. Hidden cells are never published (a group nobody is
 *  shown) but take part in the relations, and are protected like the others. */
class CellSuppression
{
public:
    explicit CellSuppression(int k)
        : m_k(k)
    { }

    /** A cell with its true count; returns its index. */
    int addCell(int count, bool hidden = false);
    /** cell(total) == Σ cell(parts). */
    void addRelation(int total, const QList<int> &parts);
    /** Decides what is withheld; call once after every cell and relation is added. */
    void run();

    bool isPublished(int cell) const { return !m_cells.at(cell).withheld; }
    /** Cells withheld only to protect others (count ≥ k), for the report in the tests. */
    int secondaryCount() const;
    int cellCount() const { return int(m_cells.size()); }

private:
    struct Cell
    {
        int count = 0;
        bool hidden = false;
        bool withheld = false;
    };
    struct Relation
    {
        int total = 0;
        QList<int> parts;
    };

    /** A protected cell the published cells give away, or -1. */
    int exposedCell() const;
    /** Withholds one more cell in a relation of the exposed one; false when none is left. */
    bool withholdNextTo(int exposed);
    /** Publishes the withheld cells of k or more that the published ones pin anyway. */
    void publishPinned();
    /** Withheld cells whose least and greatest possible values meet: the protected ones (or
     *  the shown ones of k or more), the first only or all. */
    QList<int> pinned(bool protectedCells, bool firstOnly) const;
    bool isProtected(int cell) const { return m_cells.at(cell).count < m_k; }

    int m_k;
    QList<Cell> m_cells;
    QList<Relation> m_relations;
};

} // namespace barntid::server
