"""iCalendar export, read back with the `icalendar` package (an independent RFC 5545 parser)."""

from __future__ import annotations

import datetime as dt
import io
import re
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil import tz as dateutil_tz
from hypothesis import given
from hypothesis import strategies as st

import rorkit

CPH = ZoneInfo("Europe/Copenhagen")
STAMP = "20250101T120000Z"
E = rorkit.CalendarEvent

DANISH_EVENTS = [
    E("Styregruppemøde, fase 1; København", dt.date(2026, 3, 2), start_minute=9 * 60 + 30,
      end_minute=11 * 60, location="Rådhuset, Rådhuspladsen 1; 1599 København V",
      description="Dagsorden:\n1. Godkendelse af udviklingsplan; tidsplan, delmål\n"
                  "2. Evt.\\ backslash\n" + "Æbler, øl og ål – " * 30),
    E("Fælles opstartsmøde", dt.date(2026, 8, 10), dt.date(2026, 8, 14),
      categories=["Fase 1", "Forberede, planlægge"], uid="opstart-2026@example.dk"),
    E("Kick-off (fase 2)", dt.date(2026, 10, 24), dt.date(2026, 10, 25), start_minute=22 * 60,
      end_minute=2 * 60 + 30, description="Over natten til vintertid"),
    E("Sommerferie", dt.date(2026, 6, 27), dt.date(2026, 8, 9)),
    E("Ét minut", dt.date(2026, 3, 29), start_minute=60, end_minute=61),
]


def _render(events, **options):
    options.setdefault("dtstamp", STAMP)
    return rorkit.to_ical(events, **options)


def _expected_start_end(ev):
    if ev.start_minute is None:
        return ev.start_date, ev.end_date + dt.timedelta(days=1)  # DTEND is exclusive
    start = dt.datetime.combine(ev.start_date, dt.time()) + dt.timedelta(minutes=ev.start_minute)
    end = dt.datetime.combine(ev.end_date, dt.time()) + dt.timedelta(minutes=ev.end_minute)
    return start, end


def _check_round_trip(events, text):
    cal = icalendar.Calendar.from_ical(text)
    vevents = list(cal.walk("VEVENT"))
    assert len(vevents) == len(events)
    for ev, vev in zip(events, vevents):
        assert str(vev["SUMMARY"]) == ev.summary.replace("\r\n", "\n")
        assert str(vev.get("DESCRIPTION", "")) == ev.description.replace("\r\n", "\n")
        assert str(vev.get("LOCATION", "")) == ev.location.replace("\r\n", "\n")
        cats = vev.get("CATEGORIES")
        assert ([str(c) for c in cats.cats] if cats is not None else []) == list(ev.categories)
        start, end = _expected_start_end(ev)
        got_start = vev.decoded("DTSTART")
        got_end = vev.decoded("DTEND") if "DTEND" in vev else got_start
        if ev.start_minute is None:
            assert type(got_start) is dt.date and type(got_end) is dt.date
            assert (got_start, got_end) == (start, end)
        else:
            assert vev["DTSTART"].params["TZID"] == "Europe/Copenhagen"
            assert got_start.replace(tzinfo=None) == start
            assert got_end.replace(tzinfo=None) == end
            assert got_start.utcoffset() == start.replace(tzinfo=CPH).utcoffset()
        assert "DTSTAMP" in vev and vev["DTSTAMP"].to_ical().decode() == STAMP
        if ev.uid:
            assert str(vev["UID"]) == ev.uid
    uids = [str(v["UID"]) for v in vevents]
    assert len(set(uids)) == len(uids)
    return cal


def _check_lines(text):
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n")
    lines = raw[:-2].split(b"\r\n")
    for line in lines:
        assert b"\n" not in line and b"\r" not in line, line
        assert len(line) <= 75, line  # octets, CRLF excluded (RFC 5545 §3.1)
        line.decode("utf-8")  # folding never splits a UTF-8 sequence
    return lines


def test_danish_events_round_trip():
    _check_round_trip(DANISH_EVENTS, _render(DANISH_EVENTS))


def test_lines_are_crlf_and_at_most_75_octets():
    lines = _check_lines(_render(DANISH_EVENTS))
    assert lines[0] == b"BEGIN:VCALENDAR" and lines[-1] == b"END:VCALENDAR"
    assert b"VERSION:2.0" in lines
    assert any(line.startswith(b" ") for line in lines)  # the long description was folded


def test_escaping_is_rfc5545():
    text = _render([E("a,b;c\\d", dt.date(2026, 1, 5), description="x\ny")])
    assert "SUMMARY:a\\,b\\;c\\\\d\r\n" in text
    assert "DESCRIPTION:x\\ny\r\n" in text


def test_all_day_dtend_is_exclusive():
    text = _render([E("Uge", dt.date(2026, 12, 28), dt.date(2026, 12, 31))])
    assert "DTSTART;VALUE=DATE:20261228\r\n" in text
    assert "DTEND;VALUE=DATE:20270101\r\n" in text


def test_timed_events_are_in_copenhagen_time():
    text = _render([E("Møde", dt.date(2026, 7, 1), start_minute=600, end_minute=690)])
    assert "DTSTART;TZID=Europe/Copenhagen:20260701T100000\r\n" in text
    assert "DTEND;TZID=Europe/Copenhagen:20260701T113000\r\n" in text
    vev = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert vev.decoded("DTSTART") == dt.datetime(2026, 7, 1, 8, 0, tzinfo=dt.timezone.utc)


def test_vtimezone_only_with_timed_events():
    all_day = _render([E("Ferie", dt.date(2026, 7, 1))])
    timed = _render([E("Ferie", dt.date(2026, 7, 1)), E("Møde", dt.date(2026, 7, 2),
                                                        start_minute=0, end_minute=60)])
    assert "BEGIN:VTIMEZONE" not in all_day
    assert timed.count("BEGIN:VTIMEZONE") == 1
    assert "TZID:Europe/Copenhagen\r\n" in timed


def test_vtimezone_rules_match_zoneinfo():
    # Parse the emitted VTIMEZONE with dateutil (a second parser) and compare its UTC offsets
    # with the tz database around every transition weekend 1996-2099 (EU rules since 1996).
    text = _render([E("Møde", dt.date(2026, 7, 2), start_minute=0, end_minute=60)])
    block = text[text.index("BEGIN:VTIMEZONE"):text.index("END:VTIMEZONE")] + "END:VTIMEZONE\r\n"
    ours = dateutil_tz.tzical(io.StringIO(block)).get("Europe/Copenhagen")
    wrong = []
    for year in range(1996, 2100):
        for month in (3, 10):
            for day in range(25, 32):
                for hour in range(0, 5):
                    local = dt.datetime(year, month, day, hour, 30)
                    roundtrip = local.replace(tzinfo=CPH).astimezone(dt.timezone.utc).astimezone(CPH)
                    if roundtrip.replace(tzinfo=None) != local:
                        continue  # in the spring-forward gap: the time does not exist
                    for fold in (0, 1):
                        x = local.replace(fold=fold)
                        if ours.utcoffset(x) != x.replace(tzinfo=CPH).utcoffset():
                            wrong.append(x)
    assert wrong == []


def test_fixed_dtstamp_is_reproducible():
    assert _render(DANISH_EVENTS) == _render(DANISH_EVENTS)
    assert all(line == "DTSTAMP:" + STAMP for line in _render(DANISH_EVENTS).split("\r\n")
               if line.startswith("DTSTAMP"))


def test_default_dtstamp_is_now_in_utc():
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    text = rorkit.to_ical([E("x", dt.date(2026, 1, 5))])
    after = dt.datetime.now(dt.timezone.utc)
    stamp = re.search(r"^DTSTAMP:(\d{8}T\d{6}Z)\r$", text, re.M)[1]
    got = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.timezone.utc)
    assert before - dt.timedelta(seconds=1) <= got <= after


def test_derived_uids_are_stable_and_unique():
    events = [E("a", dt.date(2026, 1, 5)), E("a", dt.date(2026, 1, 5)), E("b", dt.date(2026, 1, 6))]
    uids = re.findall(r"^UID:(.*)\r$", _render(events), re.M)
    assert len(set(uids)) == 3
    assert all(u.endswith("@rorkit.invalid") for u in uids)
    assert re.findall(r"^UID:(.*)\r$", _render(events), re.M) == uids
    other = re.findall(r"^UID:(.*)\r$", _render(events, uid_domain="example.dk"), re.M)
    assert all(u.endswith("@example.dk") for u in other)


def test_options():
    text = _render([E("x", dt.date(2026, 1, 5))], prodid="-//Test//Kommune//DA",
                   calendar_name="Strategisk udviklingsforløb – Tønder")
    assert "PRODID:-//Test//Kommune//DA\r\n" in text
    cal = icalendar.Calendar.from_ical(text)
    assert str(cal["X-WR-CALNAME"]) == "Strategisk udviklingsforløb – Tønder"


def test_empty_event_list_is_a_valid_calendar():
    cal = icalendar.Calendar.from_ical(_render([]))
    assert list(cal.walk("VEVENT")) == []


def test_crlf_in_text_becomes_one_newline():
    vev = icalendar.Calendar.from_ical(_render([E("a\r\nb", dt.date(2026, 1, 5))])).walk("VEVENT")[0]
    assert str(vev["SUMMARY"]) == "a\nb"


def test_event_attributes_and_equality():
    a = E("x", "2026-01-05", "2026-01-06", uid="u", categories=["c"])
    assert (a.summary, a.start_date, a.end_date, a.uid, a.categories) == \
        ("x", dt.date(2026, 1, 5), dt.date(2026, 1, 6), "u", ["c"])
    assert E("x", dt.date(2026, 1, 5)).end_date == dt.date(2026, 1, 5)  # default: one day
    b = E("x", "2026-01-05", "2026-01-06", uid="u", categories=["c"])
    assert a == b
    b.summary = "y"
    assert a != b


# --- errors ----------------------------------------------------------------------------------

D0 = dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    "events, error",
    [([E("", D0)], rorkit.InvalidArgumentError),
     ([E(" \t ", D0)], rorkit.InvalidArgumentError),  # blank summaries say nothing
     ([E("x", D0, dt.date(2026, 3, 1))], rorkit.DateOrderError),
     ([E("x", D0, start_minute=600, end_minute=540)], rorkit.DateOrderError),
     ([E("x", D0, dt.date(2026, 3, 1), start_minute=0, end_minute=60)], rorkit.DateOrderError),
     ([E("x", D0, start_minute=600)], rorkit.InvalidArgumentError),
     ([E("x", D0, end_minute=600)], rorkit.InvalidArgumentError),
     ([E("x", D0, start_minute=-1, end_minute=60)], rorkit.OutOfRangeError),
     ([E("x", D0, start_minute=0, end_minute=1440)], rorkit.OutOfRangeError),
     ([E("x", dt.date(9999, 12, 31))], rorkit.OutOfRangeError),
     ([E("a\x07b", D0)], rorkit.InvalidArgumentError),
     ([E("x", D0, description="nul\x00")], rorkit.InvalidArgumentError),
     ([E("x", D0, uid="same"), E("y", D0, uid="same")], rorkit.DuplicateError)],
)
def test_bad_events(events, error):
    with pytest.raises(error):
        _render(events)


def test_error_names_the_event():
    events = [E("ok", D0), E("Møde", D0, dt.date(2026, 3, 1))]
    with pytest.raises(rorkit.DateOrderError, match=r"event 1 .*Møde"):
        _render(events)


@pytest.mark.parametrize("stamp", ["bad", "20250101T120000", "2025-01-01T12:00:00Z",
                                   "20250230T120000Z", "20250101T250000Z", "20250101T120000Z "])
def test_bad_dtstamp(stamp):
    with pytest.raises(rorkit.InvalidArgumentError):
        rorkit.to_ical([E("x", D0)], dtstamp=stamp)


def test_invalid_date_string_in_event():
    with pytest.raises(rorkit.InvalidDateError):
        E("x", "2026-02-30")


# --- any text round-trips ----------------------------------------------------------------------

# Text rorkit accepts: anything but surrogates and the control characters other than TAB and
# LF (RFC 5545 TEXT excludes CTLs; rorkit rejects them, see test_bad_events).
TEXT_CHARS = st.characters(blacklist_categories=("Cs",),
                           blacklist_characters=[chr(c) for c in range(32) if c not in (9, 10)] + ["\x7f"])
TEXT = st.text(TEXT_CHARS, max_size=200)


@st.composite
def events(draw):
    start = draw(st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)))
    end = start + dt.timedelta(days=draw(st.integers(0, 40)))
    # Blank summaries are refused (tested above), so the round trip draws visible ones.
    summary = draw(st.text(TEXT_CHARS, min_size=1, max_size=120).filter(lambda s: s.strip(" \t")))
    kwargs = dict(description=draw(TEXT), location=draw(st.text(TEXT_CHARS, max_size=80)),
                  categories=draw(st.lists(st.text(TEXT_CHARS, min_size=1, max_size=20), max_size=3)))
    if draw(st.booleans()):
        a = draw(st.integers(0, 1439))
        b = draw(st.integers(a if end == start else 0, 1439))
        return E(summary, start, end, start_minute=a, end_minute=b, **kwargs)
    return E(summary, start, end, **kwargs)


@given(st.lists(events(), max_size=4))
def test_random_events_round_trip(evs):
    text = _render(evs)
    _check_lines(text)
    _check_round_trip(evs, text)
