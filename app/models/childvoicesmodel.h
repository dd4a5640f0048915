// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/questionset.h"
#include "models/storeboundmodel.h"

#include <QJsonObject>
#include <QQmlEngine>
#include <QVariantList>

namespace barntid {

/** What children say, in figures, for the supervisor (issue 16): the server's counts of the
 *  children's answers per question, for the team and the whole municipality, per ended quarter
 *  (GET /v1/survey-aggregates, kept by the sync engine in the encrypted store). A row is one
 *  question of the chosen set and quarter; a withheld cell (fewer than five children, or one
 *  that would give such a cell away) says so instead of a number. Nothing here names a child. */
class ChildVoicesModel : public barntid::StoreBoundModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /** [{id, title}] of the sets with figures. */
    Q_PROPERTY(QVariantList sets READ sets NOTIFY figuresChanged)
    /** [{value, label}] of the quarters with figures for the chosen set, newest first. */
    Q_PROPERTY(QVariantList quarters READ quarters NOTIFY figuresChanged)
    Q_PROPERTY(QString setId READ setId WRITE setSetId NOTIFY figuresChanged)
    Q_PROPERTY(QString quarter READ quarter WRITE setQuarter NOTIFY figuresChanged)
    /** The column heads: the team first, then the municipality. */
    Q_PROPERTY(QStringList columns READ columns NOTIFY figuresChanged)
    Q_PROPERTY(int k READ k NOTIFY figuresChanged)

public:
    enum Role {
        QuestionIdRole = Qt::UserRole + 1,
        QuestionRole, // the question's text in the chosen language
        /** [{label, cells: [{text, withheld}], total}]: an answer per line, then the total. */
        LinesRole,
    };
    Q_ENUM(Role)

    explicit ChildVoicesModel(QObject *parent = nullptr);

    QHash<int, QByteArray> roleNames() const override;

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QVariantList sets() const;
    QVariantList quarters() const;
    QString setId() const { return m_setId; }
    void setSetId(const QString &id);
    QString quarter() const { return m_quarter; }
    void setQuarter(const QString &quarter);
    QStringList columns() const { return m_columns; }
    int k() const { return m_k; }

    /** "Kvartal 3 2026" for "2026-Q3". */
    static QString quarterLabel(const QString &quarter);

signals:
    void languageChanged();
    void figuresChanged();

protected:
    QStringList watchedEntities() const override;
    QStringList load(Store &store) override;
    void clearRows() override;
    QVariant value(const QString &key, int role) const override;

private:
    struct Row
    {
        QString question;
        QVariantList lines;
    };
    QString text(const BilingualText &t) const;
    QString optionText(
        const QString &setId, const QString &questionId, const QString &option) const;

    QString m_language = QStringLiteral("sv");
    QJsonObject m_report;
    QList<QuestionSet> m_sets;
    QString m_setId, m_quarter;
    QStringList m_columns;
    int m_k = 5;
    QHash<QString, Row> m_rows;
};

} // namespace barntid
