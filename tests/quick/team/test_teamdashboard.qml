// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtTest
import Barntid
import Barntid.Models
import BarntidTest

// The team dashboard against the real barntid-server (tst_teamdashboard.cpp starts it, adds this
// week's time of worker1 and worker2 and a foster child never visited): supervisor1 signs in,
// the team's records come down, and the page shows each worker with the share this test counts
// itself from the pulled rows (minute by minute, overlaps once), per week and per month.
// Tapping a share opens exactly the entries behind it; tapping the child due for a visit asks
// the shell to open its case.
TestCase {
    id: testCase

    function openWindow(width, height) {
        const win = createTemporaryObject(windowComponent, testCase, {
                "width": width,
                "height": height
            });
        verify(win, "the window was created");
        win.show();
        win.requestActivate();
        tryVerify(() => win.active, 5000, "the window became active");
        waitForRendering(win.contentItem);
        return win;
    }

    function find(win, name) {
        const item = findChild(win.contentItem, name);
        verify(item, `${name} exists`);
        return item;
    }

    // Scrolls the item into view inside its Flickable, then taps it.
    function tap(item) {
        verify(item, "there is something to tap");
        verify(item.visible && item.enabled, `${item.objectName} can be tapped`);
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY !== undefined && p.contentHeight !== undefined && p.contentItem) {
                const y = item.mapToItem(p.contentItem, 0, 0).y;
                p.contentY = Math.max(0, Math.min(y - 20, p.contentHeight - p.height));
                break;
            }
        }
        waitForRendering(item);
        verify(item.height >= Theme.touchTarget, `${item.objectName} is ${item.height} high`);
        verify(item.width >= Theme.touchTarget, `${item.objectName} is ${item.width} wide`);
        verify(item.Accessible.name.length > 0, `${item.objectName} has an accessible name`);
        mouseClick(item);
    }

    // The minutes (since the epoch) a worker's rows cover in [from, to): a set, so overlapping
    // rows count once. Child time only, or everything (child time is registered time too).
    function minutes(rows, authorId, from, to, childOnly) {
        const covered = new Set();
        for (const r of rows) {
            if (r.authorId !== authorId || (childOnly && r.entity !== "child_time"))
                continue;
            for (let m = Math.max(r.start, from); m < Math.min(r.end, to); m += 60000)
                covered.add(Math.floor(m / 60000));
        }
        return covered.size;
    }

    // The dashboard's period as [from, to) in ms: Stockholm midnights.
    function bounds(dashboard) {
        const after = new Date(dashboard.periodLast + "T12:00:00Z");
        after.setUTCDate(after.getUTCDate() + 1);
        return {
            "from": TestRows.stockholmMidnight(dashboard.periodFirst),
            "to": TestRows.stockholmMidnight(after.toISOString().slice(0, 10))
        };
    }

    // {child, registered} minutes of each author in the dashboard's period, and the team's.
    function counted(dashboard) {
        const from = bounds(dashboard).from;
        const to = bounds(dashboard).to;
        const rows = TestRows.rows();
        const authors = new Set(rows.map(r => r.authorId));
        const out = {
            "team": {
                "child": 0,
                "registered": 0
            }
        };
        for (const a of authors) {
            out[a] = {
                "child": minutes(rows, a, from, to, true),
                "registered": minutes(rows, a, from, to, false)
            };
            out.team.child += out[a].child;
            out.team.registered += out[a].registered;
        }
        return out;
    }

    function shareText(figures) {
        return figures.registered > 0 ? Math.round(100 * figures.child / figures.registered) + " %" : "–";
    }

    // Every worker's and the team's share on screen equals the count.
    function compareShares(win, dashboard) {
        const expected = counted(dashboard);
        const workers = [TestRows.userId("worker1"), TestRows.userId("worker2"), TestRows.userId("worker3")];
        for (const id of workers) {
            const figures = expected[id] || {
                "child": 0,
                "registered": 0
            };
            tryCompare(find(win, "share_" + id), "text", shareText(figures), 5000, `${dashboard.periodLabel}: ${id}`);
        }
        compare(find(win, "share_" + dashboard.teamKey).text, shareText(expected.team), dashboard.periodLabel);
        return expected;
    }

    function test_dashboardOfTheTeam() {
        const win = openWindow(1280, 800);
        const page = find(win, "teamPage");
        const dashboard = page.dashboard;
        verify(dashboard, "the page's dashboard");
        verify(page.width >= 1000, "the tablet's two columns");
        Sync.signIn(Sync.serverUrl, "supervisor1", "barntid-demo");
        tryCompare(Sync, "signedIn", true, 20000);
        // Signed in is not synced yet: the receipt comes after the whole first run.
        tryVerify(() => Sync.safeToLeave && Sync.status === Sync.UpToDate, 30000, "the first sync ran through");

        // The team's workers, named by the roster once the server sends it.
        const worker1 = TestRows.userId("worker1");
        const worker2 = TestRows.userId("worker2");
        tryVerify(() => findChild(win.contentItem, "workerRow_" + worker2) !== null, 10000, "worker2's row");
        verify(findChild(win.contentItem, "workerRow_" + worker1), "worker1's row");
        if (TeamRoster.members.length > 0) {
            compare(find(win, "workerName_" + worker1).text, "Anna Lindqvist");
            compare(find(win, "workerName_" + worker2).text, "Johan Ek");
            verify(find(win, "workerRow_" + TestRows.userId("worker3")), "worker3 has no time this week and is listed");
        }

        // This week: worker1's overlapping segments, worker2's across midnight.
        const week = compareShares(win, dashboard);
        verify(week[worker1].registered > 0 && week[worker1].child > 0, "worker1 has time this week");
        verify(week[worker1].child < week[worker1].registered, "and not only with children");
        verify(week[worker2].child > 0, "worker2 has time this week");
        verify(find(win, "trendChart").Accessible.name.length > 0, "the chart is described");

        // The share opens the entries it is made of.
        const stack = find(win, "teamStack");
        tap(find(win, "share_" + worker1));
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false); // a StackView takes no taps while it moves
        const entries = stack.currentItem;
        compare(entries.objectName, "teamEntriesPage");
        const period = bounds(dashboard);
        const behind = TestRows.rows().filter(r => r.authorId === worker1 && r.end > period.from && r.start < period.to);
        verify(behind.length >= 4, `worker1 has ${behind.length} rows this week`);
        tryCompare(findChild(entries, "teamEntryList"), "count", behind.length);
        tap(findChild(entries, "teamEntriesBackButton"));
        tryCompare(stack, "depth", 1);
        tryCompare(stack, "busy", false);

        // The month, counted the same way.
        tap(find(win, "monthChip"));
        tryCompare(dashboard, "periodKind", "month");
        compareShares(win, dashboard);
        tap(find(win, "previousPeriodButton"));
        compareShares(win, dashboard);

        // The child never visited asks for its case.
        const opened = signalSpy.createObject(testCase, {
                "target": page,
                "signalName": "openCase"
            });
        tap(find(win, "overdue_" + TestRows.caseIdPlaced()));
        compare(opened.count, 1);
        compare(opened.signalArguments[0][0], TestRows.caseIdPlaced());
        verify(dashboard.fosterHomes.some(h => h.name === "Familjehemmet Test"), "the home offered nothing is listed");
    }

    name: "TeamDashboard"
    when: windowShown
    width: 400
    height: 400

    Component {
        id: signalSpy

        SignalSpy {
        }
    }

    Component {
        id: windowComponent

        ApplicationWindow {
            StackView {
                objectName: "teamStack"
                anchors.fill: parent

                initialItem: TeamPage {
                }
            }
        }
    }
}
