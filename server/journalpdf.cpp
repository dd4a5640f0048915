// SPDX-License-Identifier: GPL-3.0-or-later
#include "journalpdf.h"

#include "servererror.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace barntid::server {

namespace {

// DejaVu Sans (Debian's fonts-dejavu-core) covers Swedish and every character a note may
// hold that the Latin fonts do not; PDF/A needs whatever is used embedded, which Qt does.
const QString family = QStringLiteral("DejaVu Sans");

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QString JournalPdf::html(const JournalDocument &d)
{
    QString out = QStringLiteral("<h1 style=\"font-size:15pt\">%1</h1>").arg(escaped(d.title));
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const JournalDocument::Fact &f : d.facts) {
        out += QStringLiteral("<tr><td style=\"font-weight:bold\">%1</td><td>%2</td></tr>")
                   .arg(escaped(f.label), escaped(f.value));
    }
    out += QStringLiteral("</table>");
    for (const JournalDocument::Section &s : d.sections) {
        out += QStringLiteral("<h2 style=\"font-size:12pt\">%1</h2>").arg(escaped(s.heading));
        for (const QString &p : s.paragraphs)
            out += QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(escaped(p));
    }
    out += QStringLiteral("<hr/><p>%1</p>").arg(escaped(d.review));
    return out;
}

QByteArray JournalPdf::render(const QList<JournalDocument> &documents, const QString &title)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 18, 20, 14), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Barntid"));
        QPainter painter;
        if (!painter.begin(&writer))
            throw ServerError {500, QStringLiteral("internal"), QStringLiteral("no PDF painter")};
        const qreal width = writer.width();
        const qreal height = writer.height();
        // No ligatures: "ff" or "fi" drawn as one glyph would make the ids and hashes unreadable
        // to the case system's text extraction. Scripts that need shaping still get it. No
        // hinting: a PDF is vector, and running the font's hinting programs cost a third of the
        // export's time.
        QFont footerFont(family);
        footerFont.setStyleStrategy(QFont::PreferNoShaping);
        footerFont.setHintingPreference(QFont::PreferNoHinting);
        footerFont.setPointSizeF(7.5);
        const qreal footerHeight = QFontMetricsF(footerFont, &writer).lineSpacing() * 3.5;
        const qreal bodyHeight = height - footerHeight;
        QFont bodyFont(family);
        bodyFont.setStyleStrategy(QFont::PreferNoShaping);
        bodyFont.setHintingPreference(QFont::PreferNoHinting);
        bodyFont.setPointSizeF(10);
        bool first = true;
        for (const JournalDocument &d : documents) {
            QTextDocument text;
            text.documentLayout()->setPaintDevice(&writer);
            text.setDefaultFont(bodyFont);
            text.setDocumentMargin(0);
            text.setPageSize(QSizeF(width, bodyHeight));
            text.setHtml(html(d));
            const int pages = text.pageCount();
            for (int page = 0; page < pages; ++page) {
                if (!first)
                    writer.newPage();
                first = false;
                painter.save();
                painter.translate(0, -page * bodyHeight);
                text.drawContents(&painter, QRectF(0, page * bodyHeight, width, bodyHeight));
                painter.restore();
                painter.setFont(footerFont);
                painter.drawText(QRectF(0, bodyHeight, width, footerHeight),
                    Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                    d.footer() + u'\n' + JournalDocument::pageLabel(page + 1, pages));
            }
        }
        painter.end();
    }
    return buffer.data();
}

} // namespace barntid::server
