// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/journaldocument.h"

#include <QByteArray>

namespace barntid::server {

/** Journal documents as PDF/A-1b (QPdfWriter, fonts embedded): each document starts on a new
 *  page and carries its footer (record id, version, content hash) on every page. Needs a
 *  QGuiApplication (the server makes one on the offscreen platform). */
class JournalPdf
{
public:
    /** title: the PDF's title in its metadata. Throws ServerError 500 if nothing can be drawn. */
    static QByteArray render(const QList<JournalDocument> &documents, const QString &title);
    /** The body of one document as the rich text the PDF lays out (escaped user text). */
    static QString html(const JournalDocument &document);
};

} // namespace barntid::server
