// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bokabooking.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

/** The /boka pages for foster parents as server-rendered HTML in Swedish, without JavaScript,
 *  made for WCAG 2.1 AA (labels, headings in order, errors tied to their field). Every value
 *  from a record, an account or a request is escaped here. */
namespace barntid::server::BokaHtml {

/** A book form sent back with what the family typed and why it was not taken. */
struct Failed
{
    QString slotId, purpose, email;
    QString field; ///< "syfte" or "epost": the input the message belongs to
    QString message;
};

struct Home
{
    QString displayName, csrf, unitName;
    BokaView view;
    QDateTime now;
    int cutoffHours = 24;
    QString notice; ///< the one-shot confirmation after a booking or cancellation
    QString alert; ///< a refusal that belongs to no input
    QList<BokaSlot> alternatives; ///< the nearest free times after a lost slot
    Failed failed;
};

QByteArray login(const QString &loginToken, const QString &error, const QString &username,
    const QString &passwordHelp);
QByteArray home(const Home &home);
QByteArray message(const QString &title, const QString &text);
/** One page for an unknown address and for another family's booking alike. */
QByteArray notFound();
QByteArray accessibility(const QString &unitName);
QByteArray privacy(const QString &unitName);
QByteArray style();

/** Shared by the pages: the frame with title, skip link and footer. */
QByteArray page(const QString &title, const QString &body, const QString &header = {});
QString esc(const QString &s);

} // namespace barntid::server::BokaHtml
