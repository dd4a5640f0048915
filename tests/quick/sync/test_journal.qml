// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Barntid
import Barntid.Models
import BarntidTest

// Issue 14 on worker1's tablet (tst_syncflow's runner: the real server, a real store): a signed
// visit says it is not in the journal yet; after the server's nightly export and a sync it says
// since when it is; "Dela till journalen" hands the platform a one-time link that gives the PDF
// once; the case page shares all its exported notes; with the server out of reach the worker is
// told so, and nothing is opened.
TestCase {
    id: testCase

    property var win: null

    function openWindow() {
        const w = createTemporaryObject(windowComponent, testCase, {
                "width": 1280,
                "height": 800
            });
        verify(w, "the window was created");
        w.show();
        w.requestActivate();
        tryVerify(() => w.active, 5000, "the window became active");
        waitForRendering(w.contentItem);
        return w;
    }

    function find(name) {
        return findChild(win.contentItem, name) || findChild(win, name);
    }

    function typeInto(field, text) {
        tap(field);
        tryVerify(() => field.activeFocus, 2000, `${field.objectName} has the focus`);
        for (const c of text)
            keyClick(c);
    }

    // Once a page has slid in, scrolled into view, as a finger would.
    function tap(item) {
        verify(item && item.visible && item.enabled, `${item ? item.objectName : "?"} can be tapped`);
        tryVerify(() => {
                const at = item.mapToItem(win.contentItem, 0, 0);
                return at.x >= 0 && at.x + item.width <= win.width + 1;
            }, 5000, `${item.objectName} is on the screen`);
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.contentHeight !== undefined && p.contentItem) {
                const y = item.mapToItem(p.contentItem, 0, 0).y;
                p.contentY = Math.max(0, Math.min(y - 20, p.contentHeight - p.height));
                break;
            }
        }
        waitForRendering(item);
        mouseClick(item);
    }

    function syncNow() {
        Sync.syncNow();
        tryCompare(Sync, "busy", false, 30000);
        tryCompare(Sync, "pending", 0, 30000);
    }

    // Today's date on a Stockholm calendar, as the app shows it. Qt's JavaScript has no Intl, so
    // a time zone option is ignored (the process's zone, UTC in CI, would give yesterday between
    // 23:00 and 24:00): the EU rule is applied here, summer time from the last Sunday of March
    // to the last Sunday of October, 01:00 UTC.
    function todayInStockholm() {
        const now = new Date();
        const year = now.getUTCFullYear();
        const lastSunday = month => {
            const end = new Date(Date.UTC(year, month + 1, 0, 1));
            return end.getTime() - end.getUTCDay() * 86400000;
        };
        const summer = now.getTime() >= lastSunday(2) && now.getTime() < lastSunday(9);
        const local = new Date(now.getTime() + (summer ? 2 : 1) * 3600000);
        const pad = n => (n < 10 ? "0" : "") + n;
        return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
    }

    function test_signedVisitToTheJournal() {
        win = openWindow();
        tap(find("syncIndicator"));
        tryCompare(find("syncPage"), "opened", true);
        typeInto(find("usernameField"), "worker1");
        typeInto(find("passwordField"), "barntid-demo");
        tap(find("signInButton"));
        tryCompare(Sync, "status", Sync.UpToDate, 30000);
        tap(find("closeSyncButton"));
        tryCompare(find("syncPage"), "visible", false);
        const caseList = find("caseList");
        tryVerify(() => caseList.count > 0, 10000, "worker1's cases came down");
        const caseId = caseList.model.data(caseList.model.index(0, 0), CaseListModel.IdRole);

        // A note worker1 signed on another device: on the server, not yet exported.
        const signedAt = new Date(Date.now() - 3600 * 1000).toISOString();
        compare(TestServer.createElsewhere("worker1", "visit", {
                    "case_id": caseId,
                    "kind": "home",
                    "status": "signed",
                    "present": "child_alone",
                    "note": "Hembesök, barnet visade sina teckningar.",
                    "child_words": "Jag ritar varje dag.",
                    "actual_start": signedAt,
                    "actual_end": signedAt,
                    "signed_at": signedAt
                }), "applied");
        syncNow();

        // The case (beside the list at tablet width), then the visit, as a finger opens them.
        tap(caseList.itemAtIndex(0));
        const stack = find("stack");
        tryVerify(() => find("caseDetail").status === Loader.Ready, 5000, "the case shows beside the list");
        const visitList = find("visitList");
        let row = null;
        tryVerify(() => {
                for (let i = 0; i < visitList.count; ++i) {
                    const item = visitList.itemAtIndex(i);
                    if (item && item.notePreview.indexOf("teckningar") >= 0)
                        row = item;
                }
                return row !== null;
            }, 10000, "the signed visit is listed");
        const visitId = row.visitId;
        tap(row);
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false);
        const journal = find("visitJournal");
        verify(journal && journal.visible, "a signed visit shows its way to the journal");
        const status = findChild(journal, "journalStatus");
        compare(status.text, "Inte i journalen än: nattens export tar med anteckningen när den finns på servern.");

        // The server's nightly export takes it; the next sync tells the tablet.
        const exported = TestServer.exportJournal();
        verify(/^exported [1-9][0-9]* documents for [1-9][0-9]* cases; [0-9]+ unchanged$/.test(exported), exported);
        syncNow();
        tryCompare(status, "text", `I journalen sedan ${todayInStockholm()}.`, 10000);
        compare(TestDevice.rowCounts()["journal_entry"] > 0, true, "the tablet holds the journal entries");

        // Share: the platform gets a one-time link; whoever opens it gets the PDF once.
        const share = findChild(journal, "journalShareButton");
        compare(share.text, "Dela till journalen");
        tap(share);
        tryVerify(() => TestDevice.openedUrl() !== "", 30000, "a link was handed to the platform");
        const link = TestDevice.openedUrl();
        verify(link.startsWith(TestServer.url() + "/journal/"), link);
        verify(link.indexOf(visitId) < 0, "the link names no record");
        compare(TestDevice.fetchStart(link), "200 %PDF-");
        verify(TestDevice.fetchStart(link).startsWith("404 "), "the link works once");
        compare(findChild(journal, "journalError").visible, false);

        // Out of reach: said in words, nothing opened.
        TestServer.stop();
        tap(share);
        tryCompare(findChild(journal, "journalError"), "text", "Servern går inte att nå. Försök igen när enheten är uppkopplad.", 30000);
        compare(TestDevice.openedUrl(), link, "no new link was opened");
        verify(TestServer.restart(), "the server is back");

        // The case page: every note of the case the export has sent, as one PDF.
        stack.pop(null, StackView.Immediate);
        tryCompare(stack, "depth", 1);
        const caseJournal = find("caseJournal");
        const caseShare = findChild(caseJournal, "journalShareButton");
        compare(caseShare.text, "Journalanteckningar som PDF");
        tap(caseShare);
        tryVerify(() => TestDevice.openedUrl() !== link, 30000, "the case's link was handed over");
        compare(TestDevice.fetchStart(TestDevice.openedUrl()), "200 %PDF-");
        compare(findChild(caseJournal, "journalError").visible, false);
    }

    name: "Journal"
    when: windowShown
    visible: true

    Component {
        id: windowComponent

        Main {
        }
    }
}
