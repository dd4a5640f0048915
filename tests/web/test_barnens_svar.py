# SPDX-License-Identifier: GPL-3.0-or-later
"""The admin's page /barnens-svar in a real headless Chromium against a real barntid-server:
what children answered in child mode, counted per question × team or municipality × ended
quarter, with cells under 5 withheld ("visas inte").

Three workers of team norr and one of team syd record ~45 children's answers through the sync
API: most in the previous quarter (Stockholm time), some in the quarter before (also in the 4–8
set), earlier answers that a later one replaces, unfinished ones and answers in the running
quarter. The test counts them itself (each child once per set, question and ended quarter, the
latest finished answer, in the team of the visit's author; free text only as written or
declined) and checks the page and its CSV against that count: every figure shown is the count,
every count under 5 says "visas inte", and no child's words appear.

usage: test_barnens_svar.py BARNTID_SERVER"""

import csv
import datetime
import io
import os
import sqlite3
import sys
import unittest
import urllib.error
import urllib.request
import uuid
import zoneinfo

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.wait import WebDriverWait

from bokaserver import NoRedirect, Server, api_login, push, upsert, uuid7
from test_boka import CONTRAST_JS, FOCUSABLE_JS, gone

BINARY = None
REFUSAL = ("Fel användarnamn eller lösenord, eller så har kontot inte tillgång till barnens "
           "svar.")
WITHHELD = "visas inte"
K = 5
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
# In every free-text answer; never on the page nor in the CSV. Markup and quotes around it, so an
# escaped copy would show as well: the mark itself is what is searched for.
MARK = "fritextmarke" + uuid.uuid4().hex[:12]
WORDS = MARK + ': jag vill bo kvar, "tack" & <hej>'

# The two default sets (deploy/question-sets/barntid-default.json, version 1) as the page words
# them: question → caption and option → row heading, in the set's order.
SMILEY = [("1", "Mycket dåligt (1 av 5)"), ("2", "Dåligt (2 av 5)"), ("3", "Sådär (3 av 5)"),
          ("4", "Bra (4 av 5)"), ("5", "Mycket bra (5 av 5)")]
TEXT = [("answered", "Skrev ett svar")]
DECLINED = ("declined", "Ville inte svara")
OLDER_SET = "0193d5a0-4c00-7000-8000-000000000917"  # "Hur har du det? (9–17 år)"
YOUNGER_SET = "0193d5a0-4c00-7000-8000-000000000408"  # "Hur har du det? (4–8 år)"
SETS = {
    OLDER_SET: ("Hur har du det? (9–17 år)", [
        ("home", "Hur har du det hemma just nu?", SMILEY),
        ("school", "Hur har du det i skolan?", SMILEY),
        ("safe", "Känner du dig trygg där du bor?", SMILEY),
        ("talk_to", "Vem kan du prata med om något är jobbigt?", [
            ("adult_home", "En vuxen där jag bor"), ("other_adult", "En annan vuxen jag litar på"),
            ("friend", "En kompis"), ("social_worker", "Min socialsekreterare"),
            ("nobody", "Ingen")]),
        ("listened_to", "Känner du att din socialsekreterare lyssnar på dig?", SMILEY),
        ("tell_worker", "Vad vill du att din socialsekreterare ska veta?", TEXT),
        ("do_better", "Vad skulle socialtjänsten kunna göra bättre?", TEXT)]),
    YOUNGER_SET: ("Hur har du det? (4–8 år)", [
        ("home", "Hur känns det hemma?", SMILEY),
        ("school", "Hur känns det i skolan eller på förskolan?", SMILEY),
        ("talk_to", "Vem kan du prata med när du är ledsen?", [
            ("adult_home", "En vuxen där jag bor"), ("teacher", "En fröken eller lärare"),
            ("friend", "En kompis"), ("social_worker", "Min socialsekreterare"),
            ("nobody", "Ingen")]),
        ("tell_worker", "Vad vill du att din socialsekreterare ska veta?", TEXT),
        ("do_better", "Vad kan vi vuxna göra bättre?", TEXT)]),
}
GROUPS = ["Hela kommunen", "Team norr", "Team syd"]  # municipality, then the teams by name

# The latest answers in the previous quarter, per team and question: how many children give
# which value ("" = the child left the question out). Cells of 5 and more, cells of 1–4 and zeros.
NORR = {  # 35 children, worker1–3
    "home": {"1": 2, "2": 3, "3": 8, "4": 12, "5": 10},
    "school": {"2": 4, "3": 9, "4": 11, "5": 8, "declined": 3},
    "safe": {"3": 3, "4": 14, "5": 16, "declined": 2},
    "talk_to": {"adult_home": 13, "other_adult": 6, "friend": 9, "social_worker": 5,
                "declined": 2},
    "listened_to": {"2": 2, "3": 6, "4": 12, "5": 11, "": 4},
    "tell_worker": {"answered": 25, "declined": 6, "": 4},
    "do_better": {"answered": 20, "declined": 5, "": 10},
}
SYD = {  # 10 children, worker4
    "home": {"3": 2, "4": 5, "5": 3},
    "school": {"3": 3, "4": 4, "5": 3},
    "safe": {"4": 5, "5": 5},
    "talk_to": {"adult_home": 5, "friend": 3, "nobody": 2},
    "listened_to": {"4": 6, "5": 4},
    "tell_worker": {"answered": 8, "declined": 2},
    "do_better": {"answered": 10},
}
# The quarter before: seven norr children in the 9–17 set (three questions only), six syd
# children in the 4–8 set.
NORR_OLDER = {"home": {"4": 6, "5": 1}, "school": {"3": 7}, "tell_worker": {"answered": 7}}
SYD_YOUNGER = {"home": {"5": 6}, "talk_to": {"teacher": 6}}


def quarter_of(at):
    d = at.astimezone(STOCKHOLM)
    return (d.year, (d.month - 1) // 3 + 1)


def before(quarter):
    year, n = quarter
    return (year - 1, 4) if n == 1 else (year, n - 1)


def start_of(quarter):
    year, n = quarter
    return datetime.datetime(year, (n - 1) * 3 + 1, 1, tzinfo=STOCKHOLM)


def quarter_id(quarter):
    return "%d-Q%d" % quarter


def quarter_label(quarter):
    return "Kvartal %d %d" % (quarter[1], quarter[0])


def rfc3339(at):
    return at.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def designed(design, question, n, i):
    """The value child i of n gives: the design expanded and walked with a stride coprime to n,
    so that each question spreads its values differently over the children."""
    values = [v for v, c in design[question].items() for _ in range(c)]
    assert len(values) == n, (question, len(values), n)
    stride = next(s for s in range(3, 100) if all(n % p or s % p for p in range(2, n + 1)))
    shift = list(design).index(question) * 5
    return values[(i * stride + shift) % n]


def other_value(question, value):
    """Another answer than value, for an earlier or later time."""
    if question in ("tell_worker", "do_better"):
        return "declined" if value != "declined" else WORDS
    if question == "talk_to":
        return "nobody" if value != "nobody" else "friend"
    return "1" if value != "1" else "5"


class Scenario:
    """What the test pushed, and its own count of it."""

    def __init__(self, now):
        self.now = now
        self.current = quarter_of(now)
        self.previous = before(self.current)
        self.older = before(self.previous)
        self.pushed = []  # (case id, team, set id, completed_at or None, answers)

    def counts(self, set_id, quarter):
        """question → group → option → children; the latest finished answer per child."""
        latest = {}
        for case_id, team, pushed_set, at, answers in self.pushed:
            if at is None or pushed_set != set_id or quarter_of(at) != quarter:
                continue
            if not quarter_of(at) < self.current:
                continue
            for question, value in answers.items():
                if question in ("tell_worker", "do_better") and value != "declined":
                    value = "answered"
                key = (question, case_id)
                if key not in latest or at > latest[key][0]:
                    latest[key] = (at, value, team)
        out = {}
        for (question, _), (_, value, team) in latest.items():
            groups = out.setdefault(question, {})
            for group in ("Hela kommunen", "Team " + team):
                groups.setdefault(group, {}).setdefault(value, 0)
                groups[group][value] += 1
        return out


def build(base, now):
    """Cases, visits and answers through the API, as the workers' tablets would push them."""
    s = Scenario(now)
    batches = {}  # worker → ([cases and visits], [answers])

    def respond(worker, team, visit_id, case_id, set_id, answers, at):
        data = {"id": uuid7(), "visit_id": visit_id, "case_id": case_id,
                "question_set_id": set_id, "question_set_version": 1, "answers": answers,
                "completed_at": rfc3339(at) if at else None}
        batches[worker][1].append(upsert("survey_response", data))
        s.pushed.append((case_id, team, set_id, at, answers))

    def value(v):
        return WORDS if v == "answered" else v

    prev = start_of(s.previous)
    old = start_of(s.older)
    for team, workers, design in (("norr", ["worker1", "worker2", "worker3"], NORR),
                                  ("syd", ["worker4"], SYD)):
        n = sum(next(iter(design.values())).values())
        for i in range(n):
            worker = workers[i % len(workers)]
            batches.setdefault(worker, ([], []))
            case_id, visit_id = uuid7(), uuid7()
            # The first child answered twenty minutes into the quarter, Stockholm time: the
            # quarter before in UTC.
            at = prev + datetime.timedelta(minutes=20) if i == 0 else \
                prev + datetime.timedelta(days=35 + i % 20, hours=8 + i % 9, minutes=i * 7 % 60)
            batches[worker][0].extend([
                upsert("case", {"id": case_id, "case_number": f"BS-{team}-{i}",
                                "child_name": f"Svarbarn{i} {team[0].upper()}.",
                                "birth_year": 2012, "protected_identity": False}),
                upsert("visit", {"id": visit_id, "case_id": case_id, "kind": "home",
                                 "actual_start": rfc3339(at - datetime.timedelta(hours=1)),
                                 "actual_end": rfc3339(at + datetime.timedelta(minutes=10)),
                                 "present": "child_alone", "note": "Besök för barnets svar",
                                 "bbic": [], "status": "draft"})])
            chosen = {q: designed(design, q, n, i) for q in design}
            latest = {q: value(v) for q, v in chosen.items() if v}
            # Some answered earlier the same quarter, otherwise: only the latest counts, in
            # whichever order the two arrive.
            twice = i % 9 == 4 if team == "norr" else i == 2
            earlier = {q: other_value(q, v) for q, v in chosen.items() if v}
            earlier_at = prev + datetime.timedelta(days=3 + i % 5, hours=9)
            if twice and i % 2 == 1:
                respond(worker, team, visit_id, case_id, OLDER_SET, earlier, earlier_at)
            respond(worker, team, visit_id, case_id, OLDER_SET, latest, at)
            if twice and i % 2 == 0:
                respond(worker, team, visit_id, case_id, OLDER_SET, earlier, earlier_at)
            # The quarter before, its own tables.
            old_at = old + datetime.timedelta(days=40, hours=10, minutes=i)
            if team == "norr" and i < 7:
                respond(worker, team, visit_id, case_id, OLDER_SET,
                        {q: value(designed(NORR_OLDER, q, 7, i)) for q in NORR_OLDER}, old_at)
            if team == "syd" and i < 6:
                respond(worker, team, visit_id, case_id, YOUNGER_SET,
                        {q: value(designed(SYD_YOUNGER, q, 6, i)) for q in SYD_YOUNGER}, old_at)
            # Unfinished (the child stopped before "Klar") and the running quarter: nowhere.
            if i % 6 == 2:
                respond(worker, team, visit_id, case_id, OLDER_SET,
                        {"home": "1", "tell_worker": WORDS}, None)
            running = now - datetime.timedelta(minutes=2 + i)
            if i % 4 == 1 and quarter_of(running) == s.current:
                respond(worker, team, visit_id, case_id, OLDER_SET,
                        {q: other_value(q, v) for q, v in chosen.items()}, running)
    for worker, (setup, answers) in batches.items():
        token = api_login(base, worker, str(uuid.uuid4()))["token"]
        push(base, token, *setup)
        push(base, token, *answers)
    return s


TABLES_JS = """
return Array.from(document.querySelectorAll('table')).map(t=>({
  caption: t.caption ? t.caption.textContent.trim() : '',
  head: Array.from(t.tHead.rows[0].cells).map(c=>c.textContent.trim()),
  rows: Array.from(t.tBodies[0].rows).map(r=>Array.from(r.cells).map(
    c=>[c.tagName, c.textContent.trim(), c.className]))}));
"""


class BarnensSvarPageTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(BINARY)
        cls.server.seed()
        # The server refuses a completed_at before its author's account was made: the staff has
        # been there since long before the previous quarter.
        with sqlite3.connect(cls.server.database[len("sqlite:"):]) as db:
            db.execute("UPDATE users SET created_at = '2020-01-01T00:00:00Z'")
        cls.base = cls.server.serve()
        cls.scenario = build(cls.base, datetime.datetime.now(datetime.timezone.utc))
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                    "--window-size=1024,900", "--lang=sv-SE"):
            options.add_argument(arg)
        cls.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.stop()

    # helpers
    def open(self, path="/barnens-svar"):
        self.driver.get(self.base + path)

    def submit(self, button):
        """Clicks and waits for the next page: a click returns before the browser navigates."""
        old = self.driver.find_element(By.TAG_NAME, "html")
        button.click()
        WebDriverWait(self.driver, 60).until(lambda driver: gone(old))

    def sign_in(self, username, password="barntid-demo"):
        self.driver.delete_all_cookies()
        self.open()
        self.driver.find_element(By.ID, "anvandarnamn").send_keys(username)
        self.driver.find_element(By.ID, "losenord").send_keys(password)
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form.login button"))

    def text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def assert_sign_in_form(self):
        self.assertTrue(self.driver.find_elements(By.ID, "anvandarnamn"), "no sign-in form")
        self.assertTrue(self.driver.find_elements(By.ID, "losenord"))
        self.assertFalse(self.driver.find_elements(By.TAG_NAME, "table"))
        self.assertNotIn("Ladda ner CSV", self.text())

    def session_cookie(self):
        cookie = self.driver.get_cookie("barntid_admin")
        self.assertIsNotNone(cookie, "no session cookie")
        return cookie["value"]

    def fetch(self, href, cookie):
        """GET with the browser's session cookie, redirects not followed."""
        opener = urllib.request.build_opener(NoRedirect())
        request = urllib.request.Request(href, headers={"Cookie": "barntid_admin=" + cookie})
        try:
            with opener.open(request, timeout=60) as r:
                return r.status, r.headers, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read()

    def heading(self):
        return self.driver.find_element(By.TAG_NAME, "h2").text

    def assert_tables(self, set_id, quarter):
        """Every table of the page against the test's own count. Returns the shown cells:
        (question, option or "Alla som svarade", group) → number."""
        title, questions = SETS[set_id]
        counts = self.scenario.counts(set_id, quarter)
        tables = self.driver.execute_script(TABLES_JS)
        expected = [q for q in questions if q[0] in counts]
        self.assertEqual([t["caption"] for t in tables], [q[1] for q in expected])
        shown = {}
        withheld = 0
        for table, (question, _, options) in zip(tables, expected):
            self.assertEqual(table["head"], ["Svar"] + GROUPS)
            options = options + [DECLINED]
            labels = [label for _, label in options] + ["Alla som svarade"]
            self.assertEqual([r[0][1] for r in table["rows"]], labels, question)
            for row, label in zip(table["rows"], labels):
                self.assertEqual(row[0][0], "TH")
                option = next((o for o, l in options if l == label), None)
                for (tag, text, cls), group in zip(row[1:], GROUPS):
                    self.assertEqual(tag, "TD")
                    column = counts[question].get(group, {})
                    truth = sum(column.values()) if option is None else column.get(option, 0)
                    where = (question, label, group, truth)
                    if text == WITHHELD:
                        self.assertEqual(cls, "withheld", where)
                        withheld += 1
                    else:
                        self.assertGreaterEqual(truth, K, f"a count under {K} shown: {where}")
                        self.assertEqual(text, str(truth), where)
                        shown[(question, label, group)] = truth
        self.assertEqual(self.heading(), f"{title}, {quarter_label(quarter)}")
        return shown, withheld

    def assert_labelled(self):
        unlabelled = self.driver.execute_script("""
            return Array.from(document.querySelectorAll(
              'input:not([type=hidden]),textarea,select')).filter(e=>{
              const l=document.querySelector('label[for="'+e.id+'"]');
              return !e.id||!l||!l.textContent.trim();}).map(e=>e.outerHTML);""")
        self.assertEqual(unlabelled, [])

    def assert_contrast(self):
        ratios = self.driver.execute_script(CONTRAST_JS, "th,td,p,label,a,button,h1,h2,caption")
        self.assertTrue(ratios)
        low = [r for r in ratios if r[1] < 4.5]
        self.assertEqual(low, [], "text below 4.5:1")

    def widths(self, width):
        """The body's and each table's scroll and client widths at a viewport width."""
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": 700, "deviceScaleFactor": 1, "mobile": True})
        try:
            return self.driver.execute_script("""
                const e=document.scrollingElement;
                return {page:[e.scrollWidth,e.clientWidth],
                  tables:Array.from(document.querySelectorAll('table')).map(t=>[
                    t.caption?t.caption.textContent:'',t.getBoundingClientRect().right,
                    e.clientWidth])};""")
        finally:
            self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    def assert_no_sideways_scroll(self):
        measured = self.widths(320)
        page = measured["page"]
        wide = [(t[0][:40], round(t[1])) for t in measured["tables"] if t[1] > t[2] + 0.5]
        self.assertLessEqual(page[0], page[1],
                             f"sideways scrolling at 320 px; tables (caption, right edge): {wide}")

    # tests
    def test_01_other_roles_and_wrong_passwords_are_refused_alike(self):
        self.sign_in("supervisor1")  # the right password of a role without the page
        self.assertEqual(self.driver.find_element(By.CSS_SELECTOR, "[role=alert]").text, REFUSAL)
        self.assert_sign_in_form()
        self.assertIsNone(self.driver.get_cookie("barntid_admin"))
        self.sign_in("admin", "fel-losenord")
        self.assertEqual(self.driver.find_element(By.CSS_SELECTOR, "[role=alert]").text, REFUSAL)
        self.assert_sign_in_form()
        self.assertEqual(self.driver.find_element(By.ID, "anvandarnamn").get_attribute("value"),
                         "admin", "the name typed is kept")
        self.assertIsNone(self.driver.get_cookie("barntid_admin"))

    def test_02_admin_sees_the_previous_quarter_counted(self):
        self.sign_in("admin")
        s = self.scenario
        self.assertIn("Inloggad som", self.text())
        self.assertEqual(Select(self.driver.find_element(By.ID, "formular"))
                         .first_selected_option.text, "Hur har du det? (9–17 år)")
        quarter = Select(self.driver.find_element(By.ID, "kvartal"))
        self.assertEqual(quarter.first_selected_option.text, quarter_label(s.previous))
        self.assertEqual([o.get_attribute("value") for o in quarter.options],
                         [quarter_id(s.previous), quarter_id(s.older)],
                         "ended quarters only, newest first")
        shown, withheld = self.assert_tables(OLDER_SET, s.previous)
        self.assertGreater(withheld, 0)
        self.assertIn(WITHHELD, [td.text for td in
                                 self.driver.find_elements(By.CSS_SELECTOR, "td.withheld")])
        # A few cells of 5 and more, by the test's design, that no withheld cell needs hidden
        # (secondary suppression hides others of 5 and more, such as norr's 25 written answers):
        # shown, and the count. Syd's 5 for "Bra" at home is exactly k.
        for cell, truth in ((("home", "Bra (4 av 5)", "Team norr"), 12),
                            (("home", "Bra (4 av 5)", "Hela kommunen"), 17),
                            (("home", "Bra (4 av 5)", "Team syd"), 5),
                            (("safe", "Mycket bra (5 av 5)", "Team norr"), 16),
                            (("talk_to", "En vuxen där jag bor", "Hela kommunen"), 18),
                            (("talk_to", "En annan vuxen jag litar på", "Team norr"), 6),
                            (("tell_worker", "Skrev ett svar", "Hela kommunen"), 33),
                            (("home", "Alla som svarade", "Hela kommunen"), 45)):
            self.assertEqual(shown.get(cell), truth, cell)
        self.assertNotIn(MARK, self.driver.page_source)
        for i in (0, 1):
            self.assertNotIn(f"Svarbarn{i}", self.driver.page_source)

    def test_03_another_quarter_and_set_through_the_form(self):
        self.sign_in("admin")
        s = self.scenario
        form = self.driver.find_element(By.CSS_SELECTOR, "form.filter")
        self.assertEqual(form.get_attribute("method"), "get")
        self.assertFalse(self.driver.find_elements(By.TAG_NAME, "script"), "a page without scripts")
        # The quarter before, same set: a plain GET of the form.
        Select(self.driver.find_element(By.ID, "kvartal")).select_by_value(quarter_id(s.older))
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form.filter button"))
        self.assertTrue(self.driver.current_url.endswith(
            f"/barnens-svar?formular={OLDER_SET}&kvartal={quarter_id(s.older)}"),
            self.driver.current_url)
        self.assertEqual(Select(self.driver.find_element(By.ID, "kvartal"))
                         .first_selected_option.get_attribute("value"), quarter_id(s.older))
        _, withheld = self.assert_tables(OLDER_SET, s.older)
        self.assertGreater(withheld, 0)
        self.assertIn(f"kvartal={quarter_id(s.older)}", self.driver.find_element(
            By.LINK_TEXT, "Ladda ner CSV").get_attribute("href"))
        self.assertNotIn(MARK, self.driver.page_source)
        # The other set, that quarter.
        Select(self.driver.find_element(By.ID, "formular")).select_by_value(YOUNGER_SET)
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form.filter button"))
        self.assertIn(f"formular={YOUNGER_SET}", self.driver.current_url)
        self.assert_tables(YOUNGER_SET, s.older)
        self.assertIn("En fröken eller lärare", self.text())
        # That set in the previous quarter: nobody answered it.
        Select(self.driver.find_element(By.ID, "kvartal")).select_by_value(quarter_id(s.previous))
        self.submit(self.driver.find_element(By.CSS_SELECTOR, "form.filter button"))
        self.assertIn("Inga barn svarade på det formuläret det kvartalet.", self.text())
        self.assertFalse(self.driver.find_elements(By.TAG_NAME, "table"))
        # An unknown choice falls back to the newest quarter and the first set.
        self.open("/barnens-svar?formular=nej&kvartal=1999-Q1")
        self.assert_tables(OLDER_SET, s.previous)

    def test_04_csv_download(self):
        self.sign_in("admin")
        s = self.scenario
        link = self.driver.find_element(By.LINK_TEXT, "Ladda ner CSV")
        status, headers, body = self.fetch(link.get_attribute("href"), self.session_cookie())
        self.assertEqual(status, 200)
        self.assertTrue(headers["Content-Type"].startswith("text/csv"), headers["Content-Type"])
        self.assertTrue(headers["Content-Disposition"].startswith("attachment"),
                        headers["Content-Disposition"])
        self.assertIn(quarter_id(s.previous), headers["Content-Disposition"])
        self.assertTrue(body.startswith(b"\xef\xbb\xbf"), "a BOM for spreadsheets")
        text = body.decode("utf-8")
        self.assertEqual(text[1:].split("\r\n")[0],
                         "Kvartal,Frågeformulär,Fråga,Grupp,Svar,Antal barn,Anmärkning")
        self.assertNotIn(MARK, text)
        # Every line against the test's own count, like the page.
        title, questions = SETS[OLDER_SET]
        captions = {caption: (q, dict((l, o) for o, l in options + [DECLINED]))
                    for q, caption, options in questions}
        counts = s.counts(OLDER_SET, s.previous)
        rows = list(csv.reader(io.StringIO(text[1:])))[1:]
        self.assertGreater(len(rows), 50)
        numbers = 0
        for quarter, set_title, caption, group, label, number, note in rows:
            self.assertEqual((quarter, set_title), (quarter_id(s.previous), title))
            question, options = captions[caption]
            column = counts[question].get(group, {})
            truth = sum(column.values()) if label == "Alla som svarade" \
                else column.get(options[label], 0)
            if number:
                self.assertEqual(int(number), truth, (caption, group, label))
                self.assertGreaterEqual(truth, K)
                numbers += 1
            else:
                self.assertTrue(note.startswith("Visas inte"), note)
            if truth < K:
                self.assertEqual(number, "", (caption, group, label, truth))
        self.assertGreater(numbers, 10)

    def test_05_labels_contrast_keyboard_and_narrow_screens(self):
        self.driver.delete_all_cookies()
        self.open()
        self.assert_labelled()
        self.assert_contrast()
        self.assert_no_sideways_scroll()
        self.sign_in("admin")
        self.assert_labelled()
        self.assert_contrast()
        # Every control in reach of the keyboard, in the order of the page.
        expected = self.driver.execute_script(FOCUSABLE_JS)
        self.assertEqual([e.get_attribute("id") or e.get_attribute("textContent")
                          for e in expected],
                         ["Logga ut", "formular", "kvartal", "Visa", "Ladda ner CSV"])
        self.driver.execute_script("arguments[0].focus()", expected[0])
        reached = [self.driver.switch_to.active_element]
        for _ in expected[1:]:
            ActionChains(self.driver).send_keys(Keys.TAB).perform()
            reached.append(self.driver.switch_to.active_element)
        self.assertEqual(reached, expected)
        # 390 px (a phone): reported, not required, whether a table is wider than the screen.
        wide = [t for t in self.widths(390)["tables"] if t[1] > t[2] + 0.5]
        sys.stderr.write(f"\n  at 390 px {len(wide)} tables reach past the screen: "
                         f"{[(t[0][:30], round(t[1])) for t in wide]}\n")
        narrow = self.widths(320)
        sys.stderr.write(f"  at 320 px page scroll/client width {narrow['page']}\n")
        self.assert_no_sideways_scroll()

    def test_06_sign_out(self):
        self.sign_in("admin")
        cookie = self.session_cookie()
        href = self.driver.find_element(By.LINK_TEXT, "Ladda ner CSV").get_attribute("href")
        self.assertEqual(self.fetch(href, cookie)[0], 200)
        self.submit(self.driver.find_element(By.XPATH, "//button[text()='Logga ut']"))
        self.assertTrue(self.driver.current_url.endswith("/barnens-svar"), self.driver.current_url)
        self.assert_sign_in_form()
        self.assertIsNone(self.driver.get_cookie("barntid_admin"))
        # The old session's cookie no longer downloads anything.
        status, headers, body = self.fetch(href, cookie)
        self.assertIn(status, (302, 303))
        self.assertEqual(headers["Location"], "/barnens-svar")
        self.assertNotIn(b"Kvartal,", body)
        self.driver.get(href)
        self.assertTrue(self.driver.current_url.endswith("/barnens-svar"), self.driver.current_url)
        self.assert_sign_in_form()

    def test_20_screenshots(self):
        folder = os.environ.get("BARNTID_SCREENSHOT_DIR")
        if not folder:
            self.skipTest("BARNTID_SCREENSHOT_DIR is not set")
        os.makedirs(folder, exist_ok=True)
        self.sign_in("admin")
        for name, (w, h) in (("web-barnens-svar-phone.png", (390, 844)),
                             ("web-barnens-svar-tablet.png", (1024, 900))):
            self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": w, "height": h, "deviceScaleFactor": 2, "mobile": w < 600})
            # The heading of the quarter at the top of the screen, the first table below it with
            # a withheld cell on screen.
            self.driver.execute_script("document.querySelector('h2').scrollIntoView(true)")
            self.assertTrue(self.driver.execute_script(
                "const r=document.querySelector('td.withheld').getBoundingClientRect();"
                "return r.top>=0&&r.bottom<=innerHeight;"), name)
            self.driver.save_screenshot(os.path.join(folder, name))
        self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


if __name__ == "__main__":
    BINARY = sys.argv.pop(1)
    if not os.path.exists("/usr/bin/chromedriver"):
        print("SKIP: no /usr/bin/chromedriver (scripts/setup installs chromium-driver)")
        sys.exit(77)
    unittest.main(verbosity=2)
