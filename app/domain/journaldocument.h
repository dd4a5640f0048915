// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace barntid {

/** A signed visit as a journal document for the municipality's case system (issue 14): the
 *  same parts for the PDF and its plain-text twin, so the two cannot say different things.
 *  Words come from the installed translator (Swedish on the server). */
struct JournalDocument
{
    Q_DECLARE_TR_FUNCTIONS(JournalDocument)

public:
    /** What a document is made of, in wire form (DESIGN.md §4 field names). */
    struct Input
    {
        QJsonObject visit; ///< signed; its "version" is the server's
        QJsonObject caseRecord; ///< may be empty for a visit to a foster home only
        QList<QJsonObject> amendments;
        QList<QJsonObject> childTimes; ///< segments linked to this visit
        QList<QJsonObject> reviews; ///< of this visit, any version
        QHash<QString, QString> names; ///< account id → display name
    };
    struct Fact
    {
        QString label;
        QString value;
    };
    struct Section
    {
        QString heading;
        QStringList paragraphs;
    };

    /** The line that separates the content from the trailer in the text twin; the content hash
     *  covers the bytes before it. */
    static const QString separator;

    QString recordId;
    qint64 recordVersion = 0;
    QString caseId;
    QString caseNumber;
    bool protectedIdentity = false;
    QString date; ///< the visit's day in Europe/Stockholm, YYYY-MM-DD
    QString signedAt; ///< RFC 3339 as stored
    QString signedBy; ///< account id
    bool approved = false; ///< approved by a supervisor at recordVersion

    QString title;
    QList<Fact> facts;
    QList<Section> sections;
    QString review; ///< one line: approved by whom and when, or not (yet)

    /** Title, facts and sections as text: what is hashed and matched later. */
    QString content() const;
    /** Lowercase hex SHA-256 of content() in UTF-8. */
    QString contentSha256() const;
    /** The line at the foot of every page: record id, version and content hash. */
    QString footer() const;
    /** The text twin: content, separator, review line, footer; UTF-8 when written. */
    QString text() const;

    static JournalDocument build(const Input &input);
    /** The title of a case's collected notes: its case number, masked like the child's name
     *  when the identity is protected. */
    static QString caseTitle(const JournalDocument &anyOfTheCase);
    /** "Page 1 of 3" at the foot of a PDF page. */
    static QString pageLabel(int page, int pages);
};

} // namespace barntid
