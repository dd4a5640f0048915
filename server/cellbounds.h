// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <optional>

namespace barntid::server {

/** The least and greatest value each unknown may take under equalities Σ a·x = b with every
 *  unknown ≥ 0: a small dense simplex (CellSuppression's attacker). Built once for a system;
 *  each query starts from the last feasible basis. */
class CellBounds
{
public:
    /** rows: coefficients over the unknowns; rhs: one value per row. The system must have a
     *  solution (the true counts are one). */
    CellBounds(const QList<QList<double>> &rows, const QList<double> &rhs, int unknowns);

    /** The greatest value of unknown i; nullopt when it is unbounded. */
    std::optional<double> maximum(int i);
    /** The least value of unknown i. */
    double minimum(int i);

private:
    /** Maximizes Σ c·x over the allowed columns; nullopt when unbounded. */
    std::optional<double> maximize(const QList<double> &cost, int allowed);
    void pivot(int row, int column);

    QList<QList<double>> m_t; ///< rows × (columns + 1), the last column the right-hand side
    QList<int> m_basis;
    int m_unknowns = 0;
};

} // namespace barntid::server
