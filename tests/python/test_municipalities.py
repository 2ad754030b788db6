"""The 98 municipalities, the regions over time and the name/code lookups.

The expected table is DOMAIN.md §3 (codes from the DAWA municipality code list via ladekjaer/dawars,
region membership from django-localflavor), typed in here independently of the library's data.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

import pytest

import rorkit

BEFORE_MERGER = dt.date(2026, 12, 31)
AFTER_MERGER = dt.date(2027, 1, 1)

DOMAIN_REGIONS = {
    1084: ("Region Hovedstaden", """101 København, 147 Frederiksberg, 151 Ballerup, 153 Brøndby,
        155 Dragør, 157 Gentofte, 159 Gladsaxe, 161 Glostrup, 163 Herlev, 165 Albertslund,
        167 Hvidovre, 169 Høje-Taastrup, 173 Lyngby-Taarbæk, 175 Rødovre, 183 Ishøj, 185 Tårnby,
        187 Vallensbæk, 190 Furesø, 201 Allerød, 210 Fredensborg, 217 Helsingør, 219 Hillerød,
        223 Hørsholm, 230 Rudersdal, 240 Egedal, 250 Frederikssund, 260 Halsnæs, 270 Gribskov,
        400 Bornholm"""),
    1085: ("Region Sjælland", """253 Greve, 259 Køge, 265 Roskilde, 269 Solrød, 306 Odsherred,
        316 Holbæk, 320 Faxe, 326 Kalundborg, 329 Ringsted, 330 Slagelse, 336 Stevns, 340 Sorø,
        350 Lejre, 360 Lolland, 370 Næstved, 376 Guldborgsund, 390 Vordingborg"""),
    1083: ("Region Syddanmark", """410 Middelfart, 420 Assens, 430 Faaborg-Midtfyn,
        440 Kerteminde, 450 Nyborg, 461 Odense, 479 Svendborg, 480 Nordfyns, 482 Langeland,
        492 Ærø, 510 Haderslev, 530 Billund, 540 Sønderborg, 550 Tønder, 561 Esbjerg, 563 Fanø,
        573 Varde, 575 Vejen, 580 Aabenraa, 607 Fredericia, 621 Kolding, 630 Vejle"""),
    1082: ("Region Midtjylland", """615 Horsens, 657 Herning, 661 Holstebro, 665 Lemvig,
        671 Struer, 706 Syddjurs, 707 Norddjurs, 710 Favrskov, 727 Odder, 730 Randers,
        740 Silkeborg, 741 Samsø, 746 Skanderborg, 751 Aarhus, 756 Ikast-Brande,
        760 Ringkøbing-Skjern, 766 Hedensted, 779 Skive, 791 Viborg"""),
    1081: ("Region Nordjylland", """773 Morsø, 787 Thisted, 810 Brønderslev, 813 Frederikshavn,
        820 Vesthimmerlands, 825 Læsø, 840 Rebild, 846 Mariagerfjord, 849 Jammerbugt,
        851 Aalborg, 860 Hjørring"""),
}


def _parse(text):
    out = {}
    for item in " ".join(text.split()).split(", "):
        code, name = item.split(" ", 1)
        out[int(code)] = name
    return out


MEMBERS = {region: _parse(text) for region, (_, text) in DOMAIN_REGIONS.items()}
ALL = {code: name for members in MEMBERS.values() for code, name in members.items()}
REGION_OF = {code: region for region, members in MEMBERS.items() for code in members}


def _ascii(name):
    # How Danes spell the letters in ASCII: æ -> ae, ø -> oe, å -> aa.
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), ("Æ", "Ae"), ("Ø", "Oe"), ("Å", "Aa")):
        name = name.replace(a, b)
    return name


def test_expected_table_is_complete():
    assert len(ALL) == 98
    assert {r: len(m) for r, m in MEMBERS.items()} == {1084: 29, 1085: 17, 1083: 22, 1082: 19, 1081: 11}


def test_98_municipalities_with_codes_and_names():
    got = rorkit.municipalities()
    assert len(got) == 98
    assert [m.code for m in got] == sorted(ALL)  # ordered by code
    assert {m.code: m.name for m in got} == ALL


def test_code_forms():
    for m in rorkit.municipalities():
        assert m.code3 == f"{m.code:03d}"
        assert m.code4 == f"{m.code:04d}"
        assert repr(m) == f"Municipality({m.code3}, '{m.name}')"


def test_region_membership_before_the_merger():
    for m in rorkit.municipalities():
        r = m.region(BEFORE_MERGER)
        assert (r.code, r.name) == (REGION_OF[m.code], DOMAIN_REGIONS[REGION_OF[m.code]][0]), m


def test_region_membership_from_2027():
    # Hovedstaden + Sjælland -> Region Østdanmark (code 1086) from 1 Jan 2027; the rest unchanged.
    for m in rorkit.municipalities():
        r = m.region(AFTER_MERGER)
        old = REGION_OF[m.code]
        if old in (1084, 1085):
            assert (r.code, r.name) == (1086, "Region Østdanmark"), m
        else:
            assert r.code == old, m


@pytest.mark.parametrize("region, count", [(1081, 11), (1082, 19), (1083, 22), (1084, 29), (1085, 17)])
def test_region_counts_before_2027(region, count):
    got = rorkit.municipalities(str(region), BEFORE_MERGER)
    assert len(got) == count
    assert {m.code for m in got} == set(MEMBERS[region])


@pytest.mark.parametrize("region, count", [(1081, 11), (1082, 19), (1083, 22), (1086, 46)])
def test_region_counts_from_2027(region, count):
    got = rorkit.municipalities(str(region), AFTER_MERGER)
    assert len(got) == count
    expected = set(MEMBERS[1084]) | set(MEMBERS[1085]) if region == 1086 else set(MEMBERS[region])
    assert {m.code for m in got} == expected


@pytest.mark.parametrize("region, on", [("1084", AFTER_MERGER), ("1085", AFTER_MERGER),
                                        ("1086", BEFORE_MERGER)])
def test_region_that_does_not_exist_on_the_date(region, on):
    with pytest.raises(rorkit.NotFoundError):
        rorkit.municipalities(region, on)


def test_regions_on_dates():
    assert [r.code for r in rorkit.regions(BEFORE_MERGER)] == [1081, 1082, 1083, 1084, 1085]
    assert [r.code for r in rorkit.regions(AFTER_MERGER)] == [1081, 1082, 1083, 1086]
    assert [r.code for r in rorkit.regions(dt.date(2007, 1, 1))] == [1081, 1082, 1083, 1084, 1085]


def test_region_validity():
    hoved, ost = rorkit.find_region("1084"), rorkit.find_region("1086")
    assert (hoved.valid_from, hoved.valid_to) == (dt.date(2007, 1, 1), BEFORE_MERGER)
    assert (ost.valid_from, ost.valid_to) == (AFTER_MERGER, None)
    assert hoved.valid_on(BEFORE_MERGER) and not hoved.valid_on(AFTER_MERGER)
    assert ost.valid_on(AFTER_MERGER) and not ost.valid_on(BEFORE_MERGER)
    assert hoved.statbank_code == "084" and ost.statbank_code == "086"


@pytest.mark.parametrize(
    "query, code",
    [("1081", 1081), ("081", 1081), ("81", 1081), ("Region Sjælland", 1085), ("sjaelland", 1085),
     ("REGION SJÆLLAND", 1085), ("Hovedstaden", 1084), ("Region Østdanmark", 1086),
     ("oestdanmark", 1086), ("Region Syddanmark", 1083), ("midtjylland", 1082)],
)
def test_find_region(query, code):
    assert rorkit.find_region(query).code == code


@pytest.mark.parametrize("query", ["1087", "Nord", "", "Region"])
def test_find_region_not_found(query):
    with pytest.raises(rorkit.NotFoundError):
        rorkit.find_region(query)


def test_region_before_2007_is_out_of_range():
    # The 98 municipalities exist from the 2007 reform.
    with pytest.raises(rorkit.OutOfRangeError):
        rorkit.find_municipality("101").region(dt.date(2006, 12, 31))
    assert rorkit.find_municipality("101").region(dt.date(2007, 1, 1)).code == 1084


def test_region_accepts_iso_strings():
    m = rorkit.find_municipality("169")
    assert m.region("2027-01-01").code == 1086
    assert m.region("2026-12-31").code == 1084


# --- lookups ---------------------------------------------------------------------------------


def test_every_municipality_by_every_spelling():
    failures = []
    for code, name in ALL.items():
        queries = [str(code), f"{code:03d}", f"{code:04d}", name, name.upper(), name.lower(),
                   _ascii(name), _ascii(name).lower(), _ascii(name).upper(), f"{name} Kommune",
                   name.replace("-", " ")]
        for q in queries:
            try:
                found = rorkit.find_municipality(q).code
            except rorkit.NotFoundError:
                found = None
            if found != code:
                failures.append((q, found))
    assert failures == []


@pytest.mark.parametrize(
    "query, code",
    [("hoeje-taastrup", 169), ("Høje Taastrup", 169), ("HØJE-TAASTRUP", 169), ("Åbenrå", 580),
     ("Århus", 751), ("Fåborg-Midtfyn", 430), ("aeroe", 492), ("ÆRØ", 492), ("  101 ", 101),
     ("Aabenraa Kommune", 580), ("koebenhavn", 101), ("lyngby taarbaek", 173)],
)
def test_find_municipality_examples(query, code):
    assert rorkit.find_municipality(query).code == code


@pytest.mark.parametrize("query", ["Atlantis", "999", "1", "0", "10101", "Copenhagen", "Region Sjælland"])
def test_not_found_names_the_query(query):
    with pytest.raises(rorkit.NotFoundError) as info:
        rorkit.find_municipality(query)
    assert isinstance(info.value, LookupError)
    assert info.value.status == -7
    assert query in str(info.value)


def test_empty_query_is_not_found():
    with pytest.raises(rorkit.NotFoundError):
        rorkit.find_municipality("")


@pytest.mark.parametrize("query", ["411", "0411", "Christiansø"])
def test_christianso_is_not_a_municipality(query):
    # 411 Christiansø has a code in the DAWA list but is administered by the state (DOMAIN.md §3).
    with pytest.raises(rorkit.NotFoundError):
        rorkit.find_municipality(query)
    assert 411 not in {m.code for m in rorkit.municipalities()}


def test_municipalities_are_hashable_values():
    a, b = rorkit.find_municipality("101"), rorkit.find_municipality("København")
    assert a == b and hash(a) == hash(b)
    assert len({*rorkit.municipalities()}) == 98
    assert len({*rorkit.regions(BEFORE_MERGER), *rorkit.regions(AFTER_MERGER)}) == 6


# --- strings Python can hold but UTF-8 cannot --------------------------------------------------

# A lone surrogate ("\udcff", e.g. from os.fsdecode of a non-UTF-8 byte) is a valid Python str
# but cannot be encoded as UTF-8. It must raise, never crash: run the probes in a child process
# so that a crash fails this test instead of killing the whole run.
SURROGATE_PROBE = textwrap.dedent(
    """
    import datetime, rorkit
    probes = {
        "find_municipality": lambda: rorkit.find_municipality("K\\udcffbenhavn"),
        "find_region": lambda: rorkit.find_region("\\udcff"),
        "municipalities": lambda: rorkit.municipalities("\\udcff"),
        "school_break": lambda: rorkit.Calendar().school_break(
            rorkit.BreakKind.summer, 2026, "\\udcff"),
        "set_school_break": lambda: rorkit.Calendar().set_school_break(
            "\\udcff", rorkit.BreakKind.summer, 2026, datetime.date(2026, 6, 27),
            datetime.date(2026, 8, 9)),
        "is_working_day": lambda: rorkit.is_working_day("2025-01-0\\udcff"),
        "CalendarEvent": lambda: rorkit.CalendarEvent("\\udcff", datetime.date(2026, 1, 5)),
    }
    for name, probe in probes.items():
        try:
            probe()
        except Exception as e:
            print(name, type(e).__name__, isinstance(e, ValueError))
        else:
            print(name, "no-exception", False)
    """
)


@pytest.fixture(scope="module")
def surrogate_results():
    done = subprocess.run([sys.executable, "-c", SURROGATE_PROBE], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return {line.split()[0]: line.split()[1:] for line in done.stdout.splitlines()}


@pytest.mark.parametrize("probe", ["find_municipality", "find_region", "municipalities",
                                   "school_break", "set_school_break", "is_working_day",
                                   "CalendarEvent"])
def test_lone_surrogate_raises_and_does_not_crash(surrogate_results, probe):
    exc_name, _ = surrogate_results[probe]
    assert exc_name != "no-exception"


@pytest.mark.parametrize("probe", ["find_municipality", "is_working_day"])
def test_lone_surrogate_is_a_value_error(surrogate_results, probe):
    exc_name, is_value_error = surrogate_results[probe]
    assert is_value_error == "True", exc_name
