#!/usr/bin/env python3
"""Writes randers-2026.json, a complete synthetic course document, deterministically.

    python3 tests/data/courses/make_fixture.py     # rewrites randers-2026.json next to this script

The course is Randers Kommune's (730) strategic development course starting in autumn 2026, seen
on 2027-10-04, a few weeks into Fase 3. Every person, name and sentence is made up
(SYNTETISK - ingen rigtig person); the titles are ordinary Danish municipal titles.

Only the standard library is used. The Danish calendar is computed here the way DOMAIN.md §5
describes it (Gregorian Easter, the holidays after 2024, the default school breaks); the C++ test
tests/cpp/io/test_course_json.cpp checks the phases, working-day counts and meeting dates against
rorkit::Calendar, and tests/python/test_course_schema.py validates the file against
docs/schemas/course.schema.json.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
AS_OF = dt.date(2027, 10, 4)
COMMENT = ("SYNTETISK testforløb: ingen rigtige personer, alle navne og tekster er opdigtede. "
           "Synthetic test data written by make_fixture.py; no real person.")
ONE_DAY = dt.timedelta(days=1)

# ---- the calendar (DOMAIN.md §5) ------------------------------------------------------------


def easter(year: int) -> dt.date:
    """Easter Sunday, anonymous Gregorian algorithm."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the algorithm's name
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def days_off(year: int) -> set[dt.date]:
    """Helligdage (store bededag abolished from 2024) and the customary days off."""
    sunday = easter(year)
    off = {sunday + dt.timedelta(days=n) for n in (-3, -2, 0, 1, 39, 49, 50)}
    off |= {dt.date(year, m, d) for m, d in ((1, 1), (6, 5), (12, 24), (12, 25), (12, 26), (12, 31))}
    return off


def is_working_day(day: dt.date) -> bool:
    return day.isoweekday() <= 5 and day not in days_off(day.year)


def working_days(first: dt.date, last: dt.date) -> list[dt.date]:
    out, day = [], first
    while day <= last:
        if is_working_day(day):
            out.append(day)
        day += ONE_DAY
    return out


def summer_break(year: int) -> tuple[dt.date, dt.date]:
    """Saturday of ISO week 26 -> Sunday of ISO week 32."""
    return dt.date.fromisocalendar(year, 26, 6), dt.date.fromisocalendar(year, 32, 7)


def christmas_break(year: int) -> tuple[dt.date, dt.date]:
    """20 December -> 3 January of the next year."""
    return dt.date(year, 12, 20), dt.date(year + 1, 1, 3)


def window(season: str, year: int) -> tuple[dt.date, dt.date]:
    """The days strictly between two breaks."""
    if season == "autumn":
        return summer_break(year)[1] + ONE_DAY, christmas_break(year)[0] - ONE_DAY
    return christmas_break(year - 1)[1] + ONE_DAY, summer_break(year)[0] - ONE_DAY


PHASES = [("forberede", 2026, "autumn"), ("udvikle", 2027, "spring"), ("forankre", 2027, "autumn")]
WINDOWS = {phase: window(season, year) for phase, year, season in PHASES}
assert WINDOWS == {
    "forberede": (dt.date(2026, 8, 10), dt.date(2026, 12, 19)),
    "udvikle": (dt.date(2027, 1, 4), dt.date(2027, 7, 2)),
    "forankre": (dt.date(2027, 8, 16), dt.date(2027, 12, 19)),
}


def iso(day: dt.date) -> str:
    return day.isoformat()


# ---- organisation ---------------------------------------------------------------------------


def person(pid: str, name: str, role: str, area: str, title: str = "", **extra) -> dict:
    p = {"id": pid, "name": name, "role": role, "area": area}
    if title:
        p["title"] = title
    p.update(extra)
    return p


PEOPLE = [
    person("p-direktoer", "Hanne Østergaard Lind", "director", "strategic",
           "Direktør for Social, Sundhed og Beskæftigelse"),
    person("p-socialchef", "Mikkel Brandt Sørensen", "director", "strategic", "Socialchef"),
    person("p-chef-psyk", "Lotte Kragh Nielsen", "director", "strategic",
           "Chef for Socialpsykiatri og Handicap"),
    person("p-udvalg", "Preben Aagaard", "politician", "other",
           "Formand for Social- og Sundhedsudvalget"),
    person("p-koordinator", "Sara Winther Holm", "staff", "strategic", "Udviklingskonsulent",
           x_initialer="SWH"),
    person("p-okonomi", "Jakob Flindt", "staff", "strategic", "Økonomikonsulent"),
    person("p-leder-myn", "Birgitte Dam Kjeldsen", "leader", "myndighed",
           "Afdelingsleder, Myndighed Voksen"),
    person("p-teamleder-myn", "Rasmus Toft", "leader", "myndighed",
           "Teamleder, Socialpsykiatrisk myndighedsteam"),
    person("p-sagsb-1", "Camilla Friis", "staff", "myndighed", "Socialrådgiver"),
    person("p-sagsb-2", "Ahmad Karimi", "staff", "myndighed", "Sagsbehandler"),
    person("p-sagsb-3", "Louise Bech", "staff", "myndighed", "Socialrådgiver"),
    person("p-leder-bost", "Anders Kvist", "leader", "tilbud", "Leder af Bostøtten"),
    person("p-leder-vaer", "Pia Mølgaard", "leader", "tilbud", "Leder af Værestedet"),
    person("p-forstander", "Jesper Lund Hvid", "leader", "tilbud", "Forstander, botilbud (§ 108)"),
    person("p-bost-1", "Maria Juhl", "staff", "tilbud", "Bostøttemedarbejder"),
    person("p-bost-2", "Thomas Riis", "staff", "tilbud", "Bostøttemedarbejder"),
    person("p-paed", "Nanna Schou", "staff", "tilbud", "Pædagog, botilbud"),
    person("p-mentor", "Kim Vestergaard", "staff", "tilbud", "Recoverymentor (peer-medarbejder)"),
    person("p-ergo", "Sofie Lykke", "staff", "tilbud", "Ergoterapeut"),
    person("p-borger-1", "Jonas", "citizen", "other", "Borgerrepræsentant"),
    person("p-borger-2", "Line", "citizen", "other", "Borgerrepræsentant"),
    person("p-borger-3", "Henrik", "citizen", "other", "Borgerrepræsentant"),
    person("p-borger-4", "Amalie", "citizen", "other", "Borgerrepræsentant"),
    person("p-frivillig", "Grethe Bak", "partner", "other", "Frivilligkoordinator, lokal frivilligforening"),
    person("p-jobcenter", "Omar Haddad", "partner", "other", "Jobkonsulent, jobcentret"),
    person("p-region", "Ulla Kirkegaard", "partner", "other", "Overlæge, regionspsykiatrien"),
]

GROUPS = [
    {"id": "styregruppe", "kind": "steering", "name": "Styregruppen for socialpsykiatrien",
     "area": "strategic",
     "member_ids": ["p-direktoer", "p-socialchef", "p-chef-psyk", "p-leder-myn", "p-koordinator"],
     "political_mandate": True, "x_mandat_dato": "2026-04-22"},
    {"id": "implementeringsgruppe", "kind": "implementation", "name": "Implementeringsgruppen",
     "area": "other",
     "member_ids": ["p-borger-1", "p-borger-2", "p-leder-myn", "p-teamleder-myn", "p-leder-bost",
                    "p-leder-vaer", "p-sagsb-1", "p-bost-1", "p-mentor", "p-frivillig",
                    "p-jobcenter", "p-koordinator"],
     "political_mandate": False},
    {"id": "lokal-bostoette", "kind": "local-implementation", "name": "Bostøtten og Værestedet",
     "area": "tilbud",
     "member_ids": ["p-borger-3", "p-leder-bost", "p-leder-vaer", "p-bost-1", "p-bost-2",
                    "p-mentor", "p-ergo"],
     "political_mandate": False},
    {"id": "lokal-myndighed", "kind": "local-implementation", "name": "Myndighed Voksen",
     "area": "myndighed",
     "member_ids": ["p-borger-4", "p-teamleder-myn", "p-sagsb-1", "p-sagsb-2", "p-sagsb-3"],
     "political_mandate": False},
]

# ---- meetings -------------------------------------------------------------------------------

GROUP_IDS = [g["id"] for g in GROUPS]
LOCATIONS = {
    "styregruppe": "Rådhuset, mødelokale 1",
    "implementeringsgruppe": "Værestedet, store sal",
    "lokal-bostoette": "Bostøtten, personalerummet",
    "lokal-myndighed": "Jobcenterhuset, lokale 3.12",
}
TIMES = {"styregruppe": (8 * 60 + 30, 10 * 60), "implementeringsgruppe": (13 * 60, 15 * 60 + 30),
         "lokal-bostoette": (9 * 60, 11 * 60), "lokal-myndighed": (12 * 60 + 30, 14 * 60)}


def meetings() -> list[dict]:
    """Three meetings per group and phase. Fase 1 opens with a joint start meeting (steering and
    implementation group), Fase 2 with a joint kick-off of every group; a joint meeting is each
    participating group's meeting no. 1. The rest fall on working days at about 40% and 80% of
    the window (or 8%, 40%, 80%), each group a day later than the one before it."""
    out: list[dict] = []
    for phase, _, _ in PHASES:
        days = working_days(*WINDOWS[phase])
        at = lambda share, shift: days[int(len(days) * share) + shift]  # noqa: E731
        joint = {"forberede": ("joint-start", ["styregruppe", "implementeringsgruppe"]),
                 "udvikle": ("joint-kickoff", GROUP_IDS)}.get(phase)
        if joint:
            kind, groups = joint
            out.append({"id": f"m-{phase}-{kind}", "kind": kind, "phase": phase, "group_ids": groups,
                        "number": 1, "date": iso(at(0.06, 0)), "start_minute": 13 * 60,
                        "end_minute": 16 * 60, "location": "Rådhuset, byrådssalen"})
        for shift, gid in enumerate(GROUP_IDS):
            first = 2 if joint and gid in joint[1] else 1
            shares = {1: 0.08, 2: 0.40, 3: 0.80}
            for number in range(first, 4):
                start, end = TIMES[gid]
                out.append({"id": f"m-{phase}-{gid}-{number}", "kind": "group", "phase": phase,
                            "group_ids": [gid], "number": number,
                            "date": iso(at(shares[number], shift + 1)), "start_minute": start,
                            "end_minute": end, "location": LOCATIONS[gid]})
    for m in out:
        assert is_working_day(dt.date.fromisoformat(m["date"])), m
        m["held"] = dt.date.fromisoformat(m["date"]) < AS_OF
    out.sort(key=lambda m: (m["date"], m["id"]))
    out[0]["x_referat"] = "Referat journaliseret i ESDH (synthetic)"
    return out


# ---- activities, plans and trial actions ----------------------------------------------------


def activity(aid, kind, phase, title, owner, due, status, done_on=None, notes="", **extra) -> dict:
    a = {"id": aid, "kind": kind, "phase": phase, "title": title, "owner_id": owner, "due": due,
         "status": status}
    if done_on:
        a["done_on"] = done_on
    if notes:
        a["notes"] = notes
    a.update(extra)
    return a


ACTIVITIES = [
    activity("a-forudsaetninger", "prerequisites-overview", "forberede",
             "Overblik over organisatoriske forudsætninger", "p-koordinator", "2026-09-30", "done",
             "2026-09-28"),
    activity("a-temperatur-1", "baseline-temperature", "forberede", "Temperaturmåling (baseline)",
             "p-koordinator", "2026-09-25", "done", "2026-09-21",
             "Spørgeskema til ledere, medarbejdere, borgere og samarbejdspartnere."),
    activity("a-sagsgennemgang", "case-review", "forberede", "Gennemgang af ti nyere borgersager",
             "p-leder-myn", "2026-10-30", "done", "2026-10-15"),
    activity("a-noegletal", "keyfigure-review", "forberede", "Gennemgang af nøgletal",
             "p-okonomi", "2026-11-13", "done", "2026-11-10",
             "Tilbudsvifte og beskæftigelse drøftet i styregruppen.", x_bilag="nøgletal-2025.pdf"),
    activity("a-udviklingsplan", "development-plan", "forberede", "Udviklingsplan", "p-socialchef",
             "2026-12-11", "done", "2026-12-09"),
    activity("a-kommunikationsplan", "communication-plan", "forberede", "Kommunikationsplan",
             "p-koordinator", "2026-12-11", "done", "2026-12-10"),
    activity("a-proevehandlinger-2", "trial-actions", "udvikle", "Prøvehandlinger: planlægge, afprøve, evaluere",
             "p-koordinator", "2027-06-25", "done", "2027-06-24"),
    activity("a-netvaerk", "network-activity", "udvikle", "Netværksmøde med andre kommuner i forløbet",
             "p-koordinator", "2027-04-15", "done", "2027-04-15"),
    activity("a-proevehandlinger-3", "trial-actions", "forankre", "Fortsatte prøvehandlinger",
             "p-koordinator", "2027-12-10", "in-progress"),
    activity("a-temperatur-2", "followup-temperature", "forankre", "Opfølgende temperaturmåling",
             "p-koordinator", "2027-09-24", "done", "2027-09-20"),
    activity("a-forankringsplan", "anchoring-plan", "forankre", "Forankringsplan", "p-socialchef",
             "2027-12-10", "planned"),
]

PRINCIPLES = ["hopes-wishes-dreams", "resources", "network-and-communities",
              "openness-trust-respect", "early-help", "whole-life-situation", "follow-up",
              "knowledge-that-works"]
# yes, partly, no for each principle over ten cases.
TALLY = [(3, 4, 3), (5, 3, 2), (1, 3, 6), (6, 3, 1), (2, 2, 6), (3, 5, 2), (4, 4, 2), (2, 3, 5)]

CASE_REVIEW = {
    "date": "2026-10-15",
    "plan_ids": [f"plan-randers-{n:04d}" for n in range(101, 111)],
    "tally": [{"principle": p, "yes": y, "partly": pa, "no": no}
              for p, (y, pa, no) in zip(PRINCIPLES, TALLY)],
}


def milestone(mid, text, owner, due, done) -> dict:
    return {"id": mid, "text": text, "owner_id": owner, "due": due, "done": done}


DEVELOPMENT_PLAN = [
    {"id": "u-haab", "text": "Borgernes håb, ønsker og drømme er udgangspunktet i alle handleplaner.",
     "milestones": [
         milestone("u-haab-1", "Ny skabelon for handleplaner med borgerens egne ord", "p-leder-myn",
                   "2027-03-01", True),
         milestone("u-haab-2", "Alle sagsbehandlere har haft to dages kursus i recovery-orienteret samtale",
                   "p-teamleder-myn", "2027-06-01", True),
         milestone("u-haab-3", "Stikprøve: 8 af 10 nye handleplaner har borgerens egne mål",
                   "p-koordinator", "2027-11-30", False)]},
    {"id": "u-faellesskaber", "text": "Flere borgere er aktive i almene fællesskaber.",
     "milestones": [
         milestone("u-faell-1", "Aftale med den lokale frivilligforening om følgeskab",
                   "p-leder-vaer", "2027-02-15", True),
         milestone("u-faell-2", "Fællesskabsguide for medarbejdere i bostøtten", "p-leder-bost",
                   "2027-09-30", False)]},
    {"id": "u-beskaeftigelse", "text": "Integreret beskæftigelses- og socialindsats for borgere i socialpsykiatrien.",
     "milestones": [
         milestone("u-besk-1", "Fast jobkonsulent tilknyttet bostøtten", "p-socialchef",
                   "2027-04-01", True),
         milestone("u-besk-2", "IPS-inspireret forløb for 15 borgere", "p-leder-bost",
                   "2027-12-15", False)]},
]


def item(iid, text, owner, date, materials, done) -> dict:
    d = {"id": iid, "text": text, "owner_id": owner, "date": date}
    if materials:
        d["materials"] = materials
    d["done"] = done
    return d


COMMUNICATION_PLAN = [
    item("k-kickoff", "Fælles kick-off for alle medarbejdere i socialpsykiatrien", "p-koordinator",
         "2027-01-13", "Program, slides, borgerfortælling", True),
    item("k-intranet", "Nyhedsbrev om forløbet på intranettet hver måned", "p-koordinator",
         "2027-02-01", "Skabelon til nyhedsbrev", True),
    item("k-udvalg", "Orientering af Social- og Sundhedsudvalget", "p-socialchef", "2027-05-18",
         "Dagsordenspunkt og bilag", True),
    item("k-borgere", "Borgermøde på Værestedet om prøvehandlingerne", "p-leder-vaer",
         "2027-10-28", "Plakat og invitation", False),
]

ANCHORING_PLAN = [
    item("f-skabelon", "Handleplansskabelonen bliver standard i fagsystemet", "p-leder-myn",
         "2027-12-01", "", False),
    item("f-maalinger", "Temperaturmåling hvert andet år i styregruppen", "p-socialchef",
         "2027-12-10", "Årshjul", False),
    item("f-netvaerk", "Fast netværk for recoverymentorer på tværs af tilbud", "p-leder-bost",
         "2027-11-15", "", False),
]


def trial(tid, phase, title, hypothesis, owner, start, end, state, evaluation="", decision=None,
          **extra) -> dict:
    t = {"id": tid, "phase": phase, "title": title, "hypothesis": hypothesis, "owner_id": owner}
    if start:
        t["start"] = start
    if end:
        t["end"] = end
    t["state"] = state
    if evaluation:
        t["evaluation"] = evaluation
    if decision:
        t["decision"] = decision
    t.update(extra)
    return t


TRIAL_ACTIONS = [
    trial("t-foelgeskab", "udvikle", "Følgeskab til fællesskaber",
          "Hvis frivillige følger borgere de første gange, så bliver flere borgere i fællesskabet.",
          "p-leder-vaer", "2027-02-01", "2027-05-31", "evaluated",
          "11 af 14 borgere kom igen uden følgeskab efter tre gange.", "adopt"),
    trial("t-egne-ord", "udvikle", "Mål i borgerens egne ord",
          "Hvis målet skrives i borgerens egne ord, så oplever borgeren handleplanen som sin egen.",
          "p-teamleder-myn", "2027-02-15", "2027-06-15", "evaluated",
          "Godt modtaget; skabelonen skal gøres kortere.", "adapt"),
    trial("t-aabent-hus", "udvikle", "Åbent hus i bostøtten om aftenen",
          "Hvis bostøtten holder åbent om aftenen, så kommer flere borgere uden aftale.",
          "p-leder-bost", "2027-03-01", "2027-05-31", "evaluated",
          "Få borgere kom; ressourcerne bruges bedre på følgeskab.", "drop"),
    trial("t-jobkonsulent", "forankre", "Jobkonsulent i bostøtten",
          "Hvis en jobkonsulent er med på bostøttens møder, så kommer flere borgere i job eller uddannelse.",
          "p-jobcenter", "2027-08-23", "2027-12-10", "running", x_budget_kr=120000),
    trial("t-peer-visitation", "forankre", "Recoverymentor ved visitationssamtaler",
          "Hvis en recoverymentor deltager i visitationen, så formulerer borgerne flere egne mål.",
          "p-mentor", "2027-10-18", "2027-12-17", "planned"),
]

# ---- temperature ----------------------------------------------------------------------------

DIMENSIONS = [
    ("strategic-direction", "Klart strategisk afsæt med tydelige mål og handleanvisninger"),
    ("coordination-backing", "Koordination og opbakning på tværs af den samlede socialpsykiatri"),
    ("collaboration-culture",
     "Samarbejdskultur på tværs af områder, forvaltninger og sektorer, også med civilsamfundet"),
    ("competences-methods", "Kompetencer og faglighed med viden og metoder, der virker"),
    ("language-processes-tools", "Sprog, understøttende processer og redskaber (kultur og mindset)"),
    ("citizen-directed-myndighed",
     "Borgerstyret myndighed: tidlig indsats, sammenhæng og borgernes egne mål"),
    ("flexible-tilbud", "Relevante og fleksible tilbud til borgere med brug for lidt eller meget støtte"),
    ("results-followup", "Dialog om resultater og systematisk opfølgning, bl.a. med nøgletal"),
    ("administrative-workflows", "Relevante og fleksible administrative arbejdsgange og systemer"),
]

ROLE_PREFIX = {"strategic-leader": "sl", "myndighed": "my", "tilbud": "ti", "citizen": "bo",
               "partner": "sp"}


class Lcg:
    """A small fixed generator, so the file never depends on Python's random module."""

    def __init__(self, seed: int):
        self.state = seed

    def below(self, n: int) -> int:
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n


def survey(sid: str, kind: str, date: str, counts: dict[str, int], level: list[int],
           seed: int, **extra) -> dict:
    """`level`: the typical score per dimension; each answer is level -1, 0 or +1 (clipped to
    1-5), and about one answer in 25 is left blank."""
    rng = Lcg(seed)
    responses = []
    for role, n in counts.items():
        for k in range(1, n + 1):
            scores = []
            for typical in level:
                if rng.below(25) == 0:
                    scores.append(None)
                else:
                    scores.append(max(1, min(5, typical + rng.below(3) - 1)))
            responses.append({"respondent_id": f"{sid}-{ROLE_PREFIX[role]}-{k:02d}", "role": role,
                              "scores": scores})
    doc = {"id": sid, "kind": kind, "date": date,
           "dimensions": [{"id": i, "name_da": n} for i, n in DIMENSIONS], "responses": responses}
    doc.update(extra)
    return doc


# Five or more strategic leaders, myndighed and tilbud respondents; fewer citizens and partners
# in the baseline (their cells are suppressed), five citizens in the follow-up.
BASELINE = survey("temp-baseline-2026", "baseline", "2026-09-21",
                  {"strategic-leader": 5, "myndighed": 7, "tilbud": 9, "citizen": 4, "partner": 3},
                  [2, 3, 2, 5, 2, 2, 4, 2, 2], seed=2026,
                  x_svarprocent=71)
FOLLOWUP = survey("temp-opfoelgning-2027", "followup", "2027-09-20",
                  {"strategic-leader": 5, "myndighed": 8, "tilbud": 10, "citizen": 5, "partner": 2},
                  [4, 3, 3, 4, 3, 3, 3, 4, 2], seed=2027)


# ---- the document ---------------------------------------------------------------------------


def course() -> dict:
    breaks = []
    for year in (2026, 2027):
        for kind, dates in (("summer", summer_break(year)), ("christmas", christmas_break(year))):
            breaks.append({"kind": kind, "year": year, "first": iso(dates[0]), "last": iso(dates[1]),
                           "overridden": False})
    phases = []
    for phase, year, season in PHASES:
        first, last = WINDOWS[phase]
        phases.append({"phase": phase, "year": year, "season": season, "first": iso(first),
                       "last": iso(last), "working_days": len(working_days(first, last))})
    return {
        "_comment": COMMENT,
        "format": "rorkit-course",
        "format_version": 1,
        "id": "randers-2026",
        "municipality": 730,
        "requested_start": "2026-08-10",
        "registration": {
            "covers_strategic": True, "covers_myndighed": True, "covers_tilbud": True,
            "approved_by": "p-direktoer", "approved_on": "2026-05-20", "meeting_date": "2026-05-12",
            "meeting_participants": ["p-socialchef", "p-chef-psyk", "p-koordinator"],
            "x_sagsnummer": "27.00.00-A00-0001-26 (synthetic)",
        },
        "organisation": {"people": PEOPLE, "groups": GROUPS, "coordinator_id": "p-koordinator",
                         "agency_contact": "Karin Holst (Social- og Boligstyrelsen, opdigtet)"},
        "school_breaks": breaks,
        "phases": phases,
        "meetings": meetings(),
        "activities": ACTIVITIES,
        "case_review": CASE_REVIEW,
        "development_plan": DEVELOPMENT_PLAN,
        "communication_plan": COMMUNICATION_PLAN,
        "anchoring_plan": ANCHORING_PLAN,
        "trial_actions": TRIAL_ACTIONS,
        "temperature": [BASELINE, FOLLOWUP],
    }


def main() -> None:
    text = json.dumps(course(), ensure_ascii=False, indent=2) + "\n"
    (HERE / "randers-2026.json").write_text(text, encoding="utf-8")
    print(f"wrote randers-2026.json ({len(text.encode('utf-8')):,} bytes)")


if __name__ == "__main__":
    main()
