// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellbounds.h"

#include <cmath>

namespace barntid::server {

namespace {
constexpr double eps = 1e-9;
} // namespace

CellBounds::CellBounds(const QList<QList<double>> &rows, const QList<double> &rhs, int unknowns)
    : m_unknowns(unknowns)
{
    // Phase one: an artificial variable per row, driven to zero.
    const int m = int(rows.size());
    const int width = unknowns + m + 1;
    for (int r = 0; r < m; ++r) {
        QList<double> row(width, 0.0);
        const double sign = rhs.at(r) < 0 ? -1.0 : 1.0;
        for (int j = 0; j < unknowns; ++j)
            row[j] = sign * rows.at(r).at(j);
        row[unknowns + r] = 1.0;
        row[width - 1] = sign * rhs.at(r);
        m_t.append(row);
        m_basis.append(unknowns + r);
    }
    QList<double> artificialCost(unknowns + m, 0.0);
    for (int r = 0; r < m; ++r)
        artificialCost[unknowns + r] = -1.0;
    maximize(artificialCost, unknowns + m);
    // Artificials left in the basis sit at zero: swap each for a real column, or drop its row
    // (a relation the others already imply).
    for (int r = int(m_t.size()) - 1; r >= 0; --r) {
        if (m_basis.at(r) < unknowns)
            continue;
        int column = -1;
        for (int j = 0; j < unknowns && column < 0; ++j) {
            if (std::abs(m_t[r][j]) > eps)
                column = j;
        }
        if (column >= 0) {
            pivot(r, column);
        } else {
            m_t.removeAt(r);
            m_basis.removeAt(r);
        }
    }
}

void CellBounds::pivot(int row, int column)
{
    QList<double> &p = m_t[row];
    const double v = p[column];
    for (double &x : p)
        x /= v;
    for (int r = 0; r < m_t.size(); ++r) {
        if (r == row || std::abs(m_t[r][column]) <= eps)
            continue;
        const double f = m_t[r][column];
        QList<double> &target = m_t[r];
        for (int j = 0; j < target.size(); ++j)
            target[j] -= f * p[j];
    }
    m_basis[row] = column;
}

std::optional<double> CellBounds::maximize(const QList<double> &cost, int allowed)
{
    const int rhs = m_t.isEmpty() ? 0 : int(m_t.first().size()) - 1;
    for (;;) {
        // Bland's rule (the lowest improving column, the lowest leaving basis): never cycles.
        int entering = -1;
        for (int j = 0; j < allowed && entering < 0; ++j) {
            double reduced = cost.value(j);
            for (int r = 0; r < m_t.size(); ++r)
                reduced -= cost.value(m_basis[r]) * m_t[r][j];
            if (reduced > eps)
                entering = j;
        }
        if (entering < 0)
            break;
        int leaving = -1;
        double best = 0;
        for (int r = 0; r < m_t.size(); ++r) {
            if (m_t[r][entering] <= eps)
                continue;
            const double ratio = m_t[r][rhs] / m_t[r][entering];
            if (leaving < 0 || ratio < best - eps
                || (std::abs(ratio - best) <= eps && m_basis[r] < m_basis[leaving])) {
                leaving = r;
                best = ratio;
            }
        }
        if (leaving < 0)
            return std::nullopt;
        pivot(leaving, entering);
    }
    double value = 0;
    for (int r = 0; r < m_t.size(); ++r)
        value += cost.value(m_basis[r]) * m_t[r][rhs];
    return value;
}

std::optional<double> CellBounds::maximum(int i)
{
    QList<double> cost(m_unknowns, 0.0);
    cost[i] = 1.0;
    return maximize(cost, m_unknowns);
}

double CellBounds::minimum(int i)
{
    QList<double> cost(m_unknowns, 0.0);
    cost[i] = -1.0;
    // Never unbounded below: every unknown is at least zero.
    return -maximize(cost, m_unknowns).value_or(0.0);
}

} // namespace barntid::server
