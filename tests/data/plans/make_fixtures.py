#!/usr/bin/env python3
"""Writes the synthetic plan documents in this folder, deterministically.

    python3 tests/data/plans/make_fixtures.py      # rewrites realistic.json, minimal.json,
                                                   # unknown_members.json next to this script

Every person, place and sentence here is made up (SYNTETISK - ingen rigtig person). The plan is
built as a sequence of change events, each applied to an in-memory state the way rorkit's
apply_event does (add appends, update replaces, remove deletes, transition sets the lifecycle,
set-* replaces), so the written history replays exactly to the written state. The C++ tests check
that with check_history() and check_plan(); the schema test validates every file here.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMMENT = ("SYNTETISK testplan: ingen rigtig person, alle navne og tekster er opdigtede. "
           "Synthetic test data written by make_fixtures.py; no real person.")
LISTS = ("aspirations", "resources", "network", "goals", "actions", "followups", "measurements")

SAGSBEHANDLER = "Jonas Kjær (sagsbehandler, myndighed)"
BOSTOTTE = "Mette Lund (bostøttemedarbejder)"
SYGEPLEJERSKE = "Aisha Rahimi (psykiatrisygeplejerske)"


class PlanBuilder:
    """Records events and applies them to the state, like rorkit's edit API."""

    def __init__(self, plan_id: str, created: str, citizen: dict, start: dt.datetime):
        self.clock = start
        self.history: list[dict] = []
        self.state: dict = {}
        self._event("create", by=SAGSBEHANDLER, why="Handleplan oprettet efter samtale med borgeren",
                    target_id=plan_id,
                    payload={"id": plan_id, "created": created, "citizen": copy.deepcopy(citizen)})

    # -- time -------------------------------------------------------------------------------
    def at_day(self, day: dt.date, hour: int = 9) -> None:
        moment = dt.datetime(day.year, day.month, day.day, hour, 0, 0)
        if moment > self.clock:
            self.clock = moment

    def _stamp(self) -> str:
        self.clock += dt.timedelta(minutes=1)
        return self.clock.strftime("%Y-%m-%dT%H:%M:%SZ")

    # -- events -----------------------------------------------------------------------------
    def _event(self, op: str, *, by: str, why: str, collection: str | None = None,
               target_id: str = "", payload=None) -> None:
        event = {"seq": len(self.history) + 1, "at": self._stamp(), "by": by, "why": why, "op": op}
        if collection:
            event["collection"] = collection
        if target_id:
            event["target_id"] = target_id
        if payload is not None:
            event["payload"] = copy.deepcopy(payload)
        self._apply(event)
        self.history.append(event)

    def _apply(self, e: dict) -> None:
        op, s = e["op"], self.state
        if op == "create":
            p = e["payload"]
            s.update(id=p["id"], created=p["created"], citizen=copy.deepcopy(p["citizen"]))
            for name in LISTS:
                s[name] = []
            s["section141"] = {"purpose": "", "needed_intervention": "", "expected_duration": "",
                               "special": {k: "" for k in ("housing", "employment", "personal_help",
                                                           "treatment", "aids")},
                               "created_with_citizen": False}
            s["followup_rule"] = {"interval_months": 6}
        elif op == "set-citizen":
            s["citizen"] = copy.deepcopy(e["payload"])
        elif op == "add":
            s[e["collection"]].append(copy.deepcopy(e["payload"]))
        elif op == "update":
            items = s[e["collection"]]
            i = next(i for i, x in enumerate(items) if x["id"] == e["target_id"])
            items[i] = copy.deepcopy(e["payload"])
        elif op == "remove":
            items = s[e["collection"]]
            items[:] = [x for x in items if x["id"] != e["target_id"]]
        elif op == "transition":
            goal = next(g for g in s["goals"] if g["id"] == e["target_id"])
            assert goal["lifecycle"] == e["payload"]["from"], (goal["id"], goal["lifecycle"])
            goal["lifecycle"] = e["payload"]["to"]
        elif op == "set-section141":
            s["section141"] = copy.deepcopy(e["payload"])
        elif op == "set-followup-rule":
            s["followup_rule"] = copy.deepcopy(e["payload"])
        else:
            raise ValueError(op)

    def add(self, collection: str, entry: dict, by: str, why: str) -> None:
        self._event("add", by=by, why=why, collection=collection, target_id=entry["id"], payload=entry)

    def update(self, collection: str, entry_id: str, by: str, why: str, **changes) -> None:
        entry = copy.deepcopy(next(x for x in self.state[collection] if x["id"] == entry_id))
        entry.update(changes)
        self._event("update", by=by, why=why, collection=collection, target_id=entry_id, payload=entry)

    def remove(self, collection: str, entry_id: str, by: str, why: str) -> None:
        self._event("remove", by=by, why=why, collection=collection, target_id=entry_id)

    def transition(self, goal_id: str, to: str, by: str, why: str) -> None:
        goal = next(g for g in self.state["goals"] if g["id"] == goal_id)
        self._event("transition", by=by, why=why, collection="goals", target_id=goal_id,
                    payload={"from": goal["lifecycle"], "to": to})

    def set(self, what: str, payload: dict, by: str, why: str) -> None:
        self._event(what, by=by, why=why, payload=payload)

    def document(self, extra_front: dict | None = None) -> dict:
        s = self.state
        doc = {"format": "rorkit-plan", "format_version": 1, "id": s["id"], "created": s["created"],
               "citizen": s["citizen"]}
        for name in ("aspirations", "resources", "network", "goals", "actions"):
            doc[name] = s[name]
        doc["section141"] = s["section141"]
        doc["followup_rule"] = s["followup_rule"]
        doc["followups"] = s["followups"]
        doc["measurements"] = s["measurements"]
        doc["history"] = self.history
        if extra_front:
            doc.update(extra_front)
        return doc


def realistic() -> dict:
    citizen = {"id": "borger-syntetisk-0001", "municipality": 751}
    b = PlanBuilder("plan-aarhus-0001", "2025-01-06", citizen, dt.datetime(2025, 1, 6, 9, 0, 0))
    day0 = dt.date(2025, 1, 6)
    b.set("set-followup-rule", {"interval_months": 3}, SAGSBEHANDLER,
          "Opfølgning hver 3. måned aftalt med borgeren (SEL §148 stk. 2)")
    b.set("set-citizen", {"id": "borger-syntetisk-0001", "municipality": 751,
                          "birth_date": "1994-03-17"}, SAGSBEHANDLER, "Fødselsdato tilføjet")

    aspirations = [
        ("asp-vaerksted", "dream", "Jeg drømmer om at få mit eget lille værksted, hvor jeg kan "
         "reparere cykler for folk i kvarteret.", ["samfundsliv"]),
        ("asp-sovn", "hope", "Jeg håber, at jeg kan sove bedre og ikke være så bange om natten.",
         ["sundhedsforhold", "mentale-funktioner"]),
        ("asp-soster", "wish", "Jeg vil gerne se min søster og hendes børn én gang om måneden.",
         ["relationer"]),
        ("asp-mad", "wish", "Jeg vil kunne handle ind og lave mad selv – også på de dårlige dage.",
         ["praktiske-opgaver", "egenomsorg"]),
        ("asp-uddannelse", "dream", "En dag vil jeg tage uddannelsen som cykelmekaniker færdig 🚲",
         ["samfundsliv"]),
        ("asp-venner", "hope", "At jeg får nogle venner, der ikke kun kender mig som \"den syge\".",
         ["relationer", "sociale-forhold"]),
    ]
    for aid, kind, text, themes in aspirations:
        b.add("aspirations", {"id": aid, "kind": kind, "text": text, "recorded_on": "2025-01-06",
                              "recorded_by": BOSTOTTE, "themes": themes},
              BOSTOTTE, "Borgerens egne ord fra den første samtale")

    resources = [
        ("res-haender", "personal", "Er god med sine hænder og kan skille en cykel ad og samle den igen."),
        ("res-humor", "personal", "Har humor og en stor viden om gamle cykelmærker."),
        ("res-soster", "network", "Søsteren Line ringer hver søndag og vil gerne hjælpe."),
        ("res-ven", "network", "Vennen Ali fra opgangen går gerne ture om aftenen."),
        ("res-kaeden", "community", "Det frivillige cykelværksted Kæden holder åbent tirsdag og torsdag."),
        ("res-bibliotek", "community", "Biblioteket i Gellerup har læsekreds og lektiecafé."),
    ]
    for rid, kind, text in resources:
        b.add("resources", {"id": rid, "kind": kind, "text": text}, BOSTOTTE, "Ressourcer fra samtalen")

    network = [
        ("nw-line", "Line (søster)", "relative", "søster", True),
        ("nw-ali", "Ali", "friend", "nabo og ven", True),
        ("nw-peer", "Kasper (peer-medarbejder)", "peer", "peer-støtte med egen erfaring", True),
        ("nw-kaeden", "Cykelværkstedet Kæden", "civil-society", "frivillig forening", True),
        ("nw-prodskole", "Produktionsskolen Østjylland", "employer-education", "værkstedslinje", False),
        ("nw-laege", "Egen læge", "other", "praktiserende læge", False),
    ]
    for nid, name, role, relation, involved in network:
        b.add("network", {"id": nid, "name": name, "role": role, "relation": relation,
                          "involved": involved}, BOSTOTTE, "Netværkskort tegnet sammen med borgeren")

    long_term = [
        ("g-arbejde", "Jeg vil arbejde med cykler, helst i mit eget værksted.",
         ["asp-vaerksted", "asp-uddannelse"], "samfundsliv",
         {"kind": "code", "code": "i-uddannelse-eller-job", "measure": "status på uddannelse/beskæftigelse"}),
        ("g-sovn", "Jeg vil have det bedre om natten og kunne sove.",
         ["asp-sovn"], "sundhedsforhold",
         {"kind": "scale-value", "value": 7, "measure": "egen vurdering af søvn 1-10"}),
        ("g-relationer", "Jeg vil være sammen med min familie og have venner.",
         ["asp-soster", "asp-venner"], "relationer",
         {"kind": "change", "change": "develop", "measure": "antal ugentlige sociale aftaler"}),
        ("g-hverdag", "Jeg vil klare min hverdag selv med mad og indkøb.",
         ["asp-mad"], "praktiske-opgaver",
         {"kind": "range", "low": 4, "high": 7, "measure": "dage om ugen med et varmt måltid"}),
    ]
    for gid, text, asp, theme, target in long_term:
        b.add("goals", {"id": gid, "text": text, "citizens_words": True, "aspiration_ids": asp,
                        "theme": theme, "target": target, "start": "2025-01-06",
                        "lifecycle": "proposed"}, SAGSBEHANDLER, "Langsigtet mål formuleret af borgeren")
    for gid, *_ in long_term:
        b.transition(gid, "accepted", SAGSBEHANDLER, "Målet er godkendt på mødet")

    b.set("set-section141", {
        "purpose": "At borgeren kommer tættere på uddannelse og arbejde med cykler og får en "
                   "hverdag med søvn, mad og venner.",
        "needed_intervention": "Socialpædagogisk støtte i eget hjem (SEL §85), gruppeforløb "
                               "(SEL §82a) og samarbejde med frivillige og uddannelse.",
        "expected_duration": "12 måneder, derefter vurdering",
        "special": {"housing": "Bor i egen lejlighed; ingen ændring ønsket.",
                    "employment": "Ønsker afklaring mod erhvervsuddannelse; kontakt til jobcenter.",
                    "personal_help": "ingen",
                    "treatment": "Ambulant behandling i regionspsykiatrien; egen læge.",
                    "aids": "ingen"},
        "created_with_citizen": True}, SAGSBEHANDLER, "Handleplan efter SEL §141 udarbejdet med borgeren")

    b.at_day(day0 + dt.timedelta(days=7))
    sub_goals = [
        ("g-arbejde-1", "g-arbejde", "Komme i Kæden to gange om ugen i tre måneder.", "2025-01-13",
         "2025-04-30", {"kind": "scale-value", "value": 8, "measure": "fremmødte gange pr. måned"}),
        ("g-arbejde-2", "g-arbejde", "Prøve værkstedslinjen på produktionsskolen.", "2025-05-01",
         "2025-12-19", {"kind": "code", "code": "i-praktik", "measure": "forløbsstatus"}),
        ("g-sovn-1", "g-sovn", "Have en fast aftenrutine fem aftener om ugen.", "2025-01-13",
         "2025-06-30", {"kind": "scale-value", "value": 5, "measure": "aftener med rutine pr. uge"}),
        ("g-relationer-1", "g-relationer", "Besøge Line og børnene en gang om måneden.", "2025-01-13",
         "2025-09-30", {"kind": "scale-value", "value": 1, "measure": "besøg pr. måned"}),
        ("g-relationer-2", "g-relationer", "Være med i en fritidsaktivitet med andre.", "2025-03-01",
         "2025-12-31", {"kind": "change", "change": "develop", "measure": "deltagelse"}),
        ("g-hverdag-1", "g-hverdag", "Lave en madplan og handle ind med støtte hver uge.", "2025-01-13",
         "2025-05-31", {"kind": "range", "low": 3, "high": 7, "measure": "varme måltider pr. uge"}),
    ]
    for gid, parent, text, start, due, target in sub_goals:
        goal = {"id": gid, "parent_id": parent, "text": text, "citizens_words": gid != "g-sovn-1",
                "aspiration_ids": [], "target": target, "start": start, "due": due,
                "lifecycle": "planned"}
        if gid == "g-sovn-1":
            goal["followup_interval_months"] = 1  # the sleep routine is followed up monthly
        b.add("goals", goal, BOSTOTTE, "Delmål aftalt med borgeren")
    for gid in ("g-arbejde-1", "g-sovn-1", "g-relationer-1", "g-hverdag-1"):
        b.transition(gid, "active", BOSTOTTE, "Arbejdet med delmålet er gået i gang")
    b.transition("g-sovn", "active", SAGSBEHANDLER, "Arbejdet er i gang")
    b.transition("g-arbejde", "active", SAGSBEHANDLER, "Arbejdet er i gang")

    staff = ("staff", BOSTOTTE)
    actions = [
        ("act-01", "Bostøtte to gange om ugen med fokus på madplan og indkøb.", staff, "sel-85", ["g-hverdag", "g-hverdag-1"], ["res-haender"]),
        ("act-02", "Følges til Kæden de første fire gange.", ("network-member", "nw-peer"), "sel-85", ["g-arbejde-1"], ["res-kaeden"]),
        ("act-03", "Deltage i værkstedsaftener i Kæden.", ("civil-society", "Cykelværkstedet Kæden"), "other", ["g-arbejde-1"], ["res-kaeden", "res-haender"]),
        ("act-04", "Gruppeforløb om søvn og angst (8 gange).", ("staff", "Aisha Rahimi"), "sel-82a", ["g-sovn-1"], []),
        ("act-05", "Aftenrutine med tjekliste og lydbog.", ("citizen", ""), "other", ["g-sovn-1"], ["res-humor"]),
        ("act-06", "Line ringer søndag og aftaler næste besøg.", ("network-member", "nw-line"), "other", ["g-relationer-1"], ["res-soster"]),
        ("act-07", "Gåture med Ali tirsdag aften.", ("network-member", "nw-ali"), "other", ["g-relationer", "g-sovn"], ["res-ven"]),
        ("act-08", "Samtale med jobcenter om uddannelsespålæg og afklaring.", ("staff", SAGSBEHANDLER), "other", ["g-arbejde"], []),
        ("act-09", "Besøg på produktionsskolens værkstedslinje.", ("employer-education", "Produktionsskolen Østjylland"), "other", ["g-arbejde-2"], []),
        ("act-10", "Tidsbegrænset støtte til at komme i gang med læsekreds.", ("staff", BOSTOTTE), "sel-82b", ["g-relationer-2"], ["res-bibliotek"]),
        ("act-11", "Peer-samtaler hver anden uge om håb og drømme.", ("network-member", "nw-peer"), "sel-85", ["g-arbejde", "g-relationer"], []),
        ("act-12", "Madlavning i fællesskab i værestedet.", ("staff", "Værestedet Lyset"), "sel-104", ["g-hverdag-1"], []),
        ("act-13", "Medicinsamtale med egen læge om sovemedicin.", ("citizen", ""), "other", ["g-sovn"], []),
        ("act-14", "Træning af busrute til produktionsskolen.", ("staff", BOSTOTTE), "sel-85", ["g-arbejde-2"], []),
        ("act-15", "Mindfulness-hold i aftenskolen (FOF).", ("civil-society", "FOF Aarhus"), "other", ["g-sovn-1", "g-relationer-2"], []),
        ("act-16", "Beskyttet beskæftigelse i cykelværkstedet på Bøgeskovvej (afprøvning).", ("employer-education", "Værkstedet Bøgeskov"), "sel-103", ["g-arbejde"], ["res-haender"]),
        ("act-17", "Borgeren laver sin egen madplan søndag.", ("citizen", ""), "other", ["g-hverdag-1"], []),
        ("act-18", "Netværksmøde med Line, Ali og Kasper.", ("staff", SAGSBEHANDLER), "sel-85", ["g-relationer"], ["res-soster", "res-ven"]),
        ("act-19", "Kriseplan for dårlige nætter.", ("staff", "Aisha Rahimi"), "other", ["g-sovn"], []),
        ("act-20", "Støtte til at åbne e-Boks og betale regninger.", staff, "sel-85", ["g-hverdag"], []),
        ("act-21", "Fællesspisning i beboerhuset om onsdagen.", ("civil-society", "Beboerhuset Globus"), "other", ["g-relationer-2", "g-hverdag"], []),
        ("act-22", "Afklaringsforløb på værkstedslinjen (4 uger).", ("employer-education", "Produktionsskolen Østjylland"), "other", ["g-arbejde-2"], []),
        ("act-23", "Line hjælper med indkøb første lørdag i måneden.", ("network-member", "nw-line"), "other", ["g-hverdag-1"], ["res-soster"]),
        ("act-24", "Samtaler med psykiatrisygeplejerske om medicin og søvn.", ("staff", SYGEPLEJERSKE), "other", ["g-sovn"], []),
        ("act-25", "Aflastningsophold ved krise efter aftale (midlertidigt botilbud).", ("staff", SAGSBEHANDLER), "sel-107", ["g-sovn"], []),
        ("act-26", "Peer-gruppe for unge med angst.", ("network-member", "nw-peer"), "sel-82a", ["g-relationer"], []),
        ("act-27", "Træne Rejseplanen og rejsekort på egen hånd.", ("citizen", ""), "other", ["g-arbejde-2"], []),
        ("act-28", "Budget og økonomi i værestedet.", ("staff", "Værestedet Lyset"), "sel-104", ["g-hverdag"], []),
        ("act-29", "Frivillig i Kæden: lære nye frivillige op.", ("civil-society", "Cykelværkstedet Kæden"), "other", ["g-arbejde", "g-relationer-2"], ["res-kaeden", "res-humor"]),
        ("act-30", "Ali er kontaktperson i kriseplanen for dårlige nætter.", ("network-member", "nw-ali"), "other", ["g-sovn"], ["res-ven"]),
    ]
    other_text = {
        "act-03": "Frivilligt tilbud i civilsamfundet; ingen bevilling",
        "act-05": "Borgerens egen indsats",
        "act-06": "Netværkets egen indsats",
        "act-07": "Netværkets egen indsats",
        "act-08": "Lov om aktiv beskæftigelsesindsats",
        "act-09": "Lov om produktionsskoler",
        "act-13": "Sundhedsloven (almen praksis)",
        "act-15": "Frivilligt tilbud i civilsamfundet; ingen bevilling",
        "act-17": "Borgerens egen indsats",
        "act-19": "Sundhedsloven (regionspsykiatrien)",
        "act-21": "Frivilligt tilbud i civilsamfundet; ingen bevilling",
        "act-22": "Lov om produktionsskoler",
        "act-23": "Netværkets egen indsats",
        "act-24": "Sundhedsloven (regionspsykiatrien)",
        "act-27": "Borgerens egen indsats",
        "act-29": "Frivilligt tilbud i civilsamfundet; ingen bevilling",
        "act-30": "Netværkets egen indsats",
    }

    def action(aid, text, party, basis, goals, res, status="planned", start=None, end=None):
        kind, who = party
        responsible = {"kind": kind}
        if kind == "network-member":
            responsible["network_member_id"] = who
        elif who:
            responsible["name"] = who
        a = {"id": aid, "text": text, "responsible": responsible, "legal_basis": basis}
        if basis == "other":
            a["legal_basis_text"] = other_text.get(aid, "Anden hjemmel")
        if start:
            a["start"] = start
        if end:
            a["end"] = end
        a["status"] = status
        a["goal_ids"] = goals
        if res:
            a["resource_ids"] = res
        return a

    for spec in actions[:14]:
        b.add("actions", action(*spec, start="2025-01-13"), SAGSBEHANDLER, "Indsats aftalt på opstartsmødet")

    def measure(mid, instrument, day, items, by, areas=None):
        m = {"id": mid, "instrument": instrument, "date": day.isoformat(), "items": items, "recorded_by": by}
        if areas:
            m["areas"] = areas
        b.add("measurements", m, by, "Måling udfyldt sammen med borgeren")

    start = dt.date(2025, 1, 13)
    measure("m-who5-0", "who5", start, [1, 2, 1, 2, 1], BOSTOTTE)
    measure("m-qpr-0", "qpr15", start, [1, 2, 1, 1, 2, 1, 0, 1, 2, 1, None, 1, 2, 1, 1], BOSTOTTE)
    measure("m-inspire-0", "inspire_o", start, [2, 1, 1, 2, 1], BOSTOTTE)
    measure("m-ors-0", "ors", start, [3.5, 4.2, 2.8, 3.9], BOSTOTTE)
    measure("m-multi-0", "multi_area", start, [3, 4, 2, 5],
            BOSTOTTE, ["Bolig", "Økonomi", "Søvn", "Venskaber"])

    b.add("resources", {"id": "res-kladde", "kind": "personal", "text": "Kladde – slettes"},
          BOSTOTTE, "Oprettet ved en fejl")
    b.remove("resources", "res-kladde", BOSTOTTE, "Dobbeltregistrering fjernet")

    results = ["continue", "continue", "change", "continue", "revisit", "continue", "continue",
               "change", "continue", "continue", "continue", "revisit", "continue", "change",
               "continue", "continue", "continue", "change", "continue", "continue"]
    views = [
        "Det er rart at have en plan. Jeg er lidt nervøs for Kæden.",
        "Jeg har været i Kæden tre gange, og de kaldte mig »mester« 😄",
        "Nætterne er stadig svære. Jeg vil gerne prøve noget andet end lydbogen.",
        "Line og børnene var her på søndag – det var en god dag.",
        "Jeg har haft det dårligt i to uger og har ikke lavet mad.",
        "Det går bedre igen. Ali og jeg har gået ture tre gange.",
        "Jeg kan godt lide holdet om søvn, især når vi griner.",
        "Nu vil jeg gerne prøve produktionsskolen!",
        "Busturen er lang, men jeg klarer den.",
        "Jeg sover fem-seks timer de fleste nætter nu.",
        "Læsekredsen er hyggelig, men jeg siger ikke så meget endnu.",
        "Jeg blev sur på en lærer og gik hjem. Vi må tale om det.",
        "Vi fik talt om det. Jeg vil gerne fortsætte.",
        "Jeg vil hellere være i værkstedet end i klassen.",
        "Jeg har lavet mad fem dage i træk 🍲",
        "Jeg har været med til at lave en cykel til Lines søn.",
        "Nogle nætter er stadig svære, men jeg ved hvad jeg skal gøre.",
        "Jeg vil gerne have mindre bostøtte nu.",
        "Jeg er stolt af mig selv.",
        "Jeg drømmer stadig om værkstedet – nu tror jeg på det.",
    ]
    extra_actions = iter(actions[14:])
    for k in range(20):
        day = dt.date(2025, 2, 3) + dt.timedelta(days=21 * k)
        b.at_day(day, 10)
        if k == 0:
            for aid in ("act-01", "act-02", "act-04", "act-05", "act-06", "act-07"):
                b.update("actions", aid, BOSTOTTE, "Indsatsen er startet", status="active")
        if k == 2:
            b.transition("g-relationer", "active", SAGSBEHANDLER, "Arbejdet er i gang")
            b.transition("g-hverdag", "active", SAGSBEHANDLER, "Arbejdet er i gang")
            b.transition("g-relationer-2", "accepted", BOSTOTTE, "Delmålet er godkendt")
        if k == 4:
            b.transition("g-hverdag-1", "on-hold", BOSTOTTE, "Borgeren har det dårligt; delmålet hviler")
        if k == 5:
            b.transition("g-hverdag-1", "active", BOSTOTTE, "Delmålet genoptaget")
            b.transition("g-relationer-2", "active", BOSTOTTE, "Borgeren er startet i læsekredsen")
            b.update("actions", "act-10", BOSTOTTE, "Læsekreds startet", status="active")
        if k == 6:
            b.update("actions", "act-02", BOSTOTTE, "Borgeren går nu selv i Kæden",
                     status="completed", end=day.isoformat())
            b.transition("g-arbejde-1", "completed", BOSTOTTE, "Delmålet er nået")
        if k == 7:
            b.transition("g-arbejde-2", "active", BOSTOTTE, "Afprøvning på produktionsskolen begynder")
            b.update("actions", "act-09", BOSTOTTE, "Besøget er aftalt", status="active")
            b.update("actions", "act-14", BOSTOTTE, "Bustræning i gang", status="active")
            b.update("goals", "g-sovn-1", BOSTOTTE, "Målet justeret efter opfølgning",
                     target={"kind": "scale-value", "value": 4, "measure": "aftener med rutine pr. uge"})
        if k == 9:
            b.transition("g-sovn-1", "completed", BOSTOTTE, "Aftenrutinen holder")
            b.update("actions", "act-04", BOSTOTTE, "Gruppeforløbet er slut", status="completed",
                     end=day.isoformat())
        if k == 11:
            b.update("actions", "act-08", SAGSBEHANDLER, "Afklaringssamtale holdt", status="completed",
                     end=day.isoformat())
        if 1 <= k <= 16:  # one new action per follow-up: thirty in all
            spec = next(extra_actions)
            b.add("actions", action(*spec, start=day.isoformat()), SAGSBEHANDLER,
                  "Ny indsats aftalt ved opfølgningen")
        if k == 13:
            b.update("actions", "act-13", BOSTOTTE, "Lægesamtalen er holdt", status="completed",
                     end=day.isoformat())
            b.transition("g-relationer-1", "completed", BOSTOTTE, "Besøgene er blevet en vane")
        if k == 16:
            b.update("actions", "act-16", SAGSBEHANDLER, "Afprøvning sat på pause efter borgerens ønske",
                     status="on-hold")
        if k == 17:
            b.update("actions", "act-01", SAGSBEHANDLER, "Bostøtten nedtrappes efter borgerens ønske",
                     text="Bostøtte én gang om ugen med fokus på madplan og indkøb.")
            b.set("set-section141", dict(b.state["section141"],
                                         expected_duration="18 måneder i alt; nedtrapning fra måned 15"),
                  SAGSBEHANDLER, "Varighed revurderet ved opfølgningen")
        if k == 19:
            b.update("goals", "g-arbejde", SAGSBEHANDLER, "Status registreret", achievement="improving")
        assessments = []
        assessments.append({"goal_id": "g-sovn", "value": min(3 + k * 0.25, 7.5),
                            "note": "Egen vurdering af søvnen"})
        if k <= 6:
            assessments.append({"goal_id": "g-arbejde-1", "value": min(2 + k, 8)})
        else:
            assessments.append({"goal_id": "g-arbejde-2", "code": "i-praktik" if k >= 9 else "afklaring",
                                "note": "Forløbsstatus fra produktionsskolen"})
        if k % 2 == 0:
            assessments.append({"goal_id": "g-hverdag-1", "value": 2 + (k % 5),
                                "note": "Varme måltider i ugen før"})
        if k >= 3:
            assessments.append({"goal_id": "g-relationer", "note": "Flere aftaler med andre end før"})
        b.add("followups", {"id": f"fu-{k + 1:02d}", "date": day.isoformat(), "result": results[k],
                            "notes": f"Opfølgning nr. {k + 1} hjemme hos borgeren. "
                                     "Gennemgang af mål, indsatser og målinger.",
                            "citizen_view": views[k],
                            "by": BOSTOTTE if k % 3 else SAGSBEHANDLER,
                            "assessments": assessments},
              BOSTOTTE if k % 3 else SAGSBEHANDLER, "Opfølgning efter planen")
        # Fifteen more measurements spread over the year (twenty in all).
        if k in (2, 5, 8, 11, 14, 17):
            step = k // 3
            measure(f"m-who5-{k}", "who5", day,
                    [min(5, 1 + step // 2 + i % 2) for i in range(5)], BOSTOTTE)
        if k in (3, 9, 15, 19):
            step = (k + 1) // 5
            measure(f"m-ors-{k}", "ors", day,
                    [round(3.5 + step * 1.1, 1), round(4.2 + step, 1), round(2.8 + step * 1.3, 1),
                     round(3.9 + step * 0.9, 1)], SYGEPLEJERSKE)
        if k in (7, 16):
            measure(f"m-qpr-{k}", "qpr15", day, [min(4, 1 + (i + k) % 3 + k // 8) for i in range(15)],
                    BOSTOTTE)
        if k in (10, 18):
            measure(f"m-inspire-{k}", "inspire_o", day, [min(4, 2 + (i + k) % 3) for i in range(5)],
                    BOSTOTTE)
        if k == 12:
            measure("m-srs-12", "srs", day, [8.5, 9.1, 7.8, 9.4], SYGEPLEJERSKE)
    doc = b.document()
    return {"_comment": COMMENT, **doc}


def minimal() -> dict:
    return {"_comment": COMMENT, "format": "rorkit-plan", "format_version": 1, "id": "plan-minimal",
            "created": "2025-03-03", "citizen": {"id": "borger-syntetisk-0002", "municipality": 101}}


def unknown_members() -> dict:
    """A document as a newer rorkit might write it: members this version does not know at every
    level. Reading and writing it must keep each one where it was."""
    citizen = {"id": "borger-syntetisk-0003", "municipality": 461, "x_language": "da"}
    b = PlanBuilder("plan-fremtid", "2025-06-02", citizen, dt.datetime(2025, 6, 2, 8, 0, 0))
    b.add("aspirations", {"id": "asp-1", "kind": "dream", "text": "At bo på landet med høns 🐔",
                          "recorded_on": "2025-06-02", "x_mood": "glad"}, BOSTOTTE, "Samtale")
    b.add("goals", {"id": "g-1", "text": "Finde et sted at bo på landet.", "aspiration_ids": ["asp-1"],
                    "target": {"kind": "scale-value", "value": 8, "x_scale": {"min": 1, "max": 10}},
                    "lifecycle": "proposed", "x_priority": 1}, BOSTOTTE, "Mål")
    b.add("actions", {"id": "act-1", "text": "Boligsøgning med støtte.",
                      "responsible": {"kind": "staff", "name": BOSTOTTE, "x_team": "Team Nord"},
                      "legal_basis": "sel-85", "status": "active", "goal_ids": ["g-1"], "x_hours": 2.5},
          BOSTOTTE, "Indsats")
    b.add("measurements", {"id": "m-1", "instrument": "who5", "date": "2025-06-02",
                           "items": [2, 3, 3, 3, 2], "x_device": "tablet"}, BOSTOTTE, "Måling")
    b.add("followups", {"id": "fu-1", "date": "2025-06-30", "result": "continue",
                        "assessments": [{"goal_id": "g-1", "value": 3, "x_confidence": "lav"}],
                        "x_location": "hjemme"}, BOSTOTTE, "Opfølgning")
    b.set("set-section141", {"purpose": "Egen bolig", "special": {"housing": "søger bolig",
                                                                  "x_other": "ingen"},
                             "x_version": 2}, BOSTOTTE, "§141")
    b.set("set-followup-rule", {"interval_months": 4, "x_reason": "aftalt"}, BOSTOTTE, "Regel")
    b.history[-1]["x_signature"] = {"alg": "none", "value": "…"}
    doc = b.document()
    doc["x_generator"] = {"name": "rorkit", "version": "9.9.9"}
    return {"_comment": COMMENT, **doc}


def write(name: str, doc: dict) -> None:
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    (HERE / name).write_text(text, encoding="utf-8")
    print(f"wrote {name} ({len(text.encode('utf-8')):,} bytes)")


def main() -> None:
    write("realistic.json", realistic())
    write("minimal.json", minimal())
    write("unknown_members.json", unknown_members())


if __name__ == "__main__":
    main()
