// The HTML report: structure, escaping, no network references, suppressed numbers never
// printed, the Indsatstrappe section's own protection, and byte-identical output.

#include <algorithm>
#include <locale>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "keyfig/suppression_fixtures.hpp"
#include "rorkit/core/error.hpp"
#include "rorkit/keyfig/analytics.hpp"
#include "rorkit/keyfig/report.hpp"
#include "rorkit/keyfig/suppression.hpp"
#include "support/errors.hpp"

namespace test_report {

using namespace rorkit;
using rorkit::test::Counts;

namespace {

const std::vector<std::string> report_figures{"kf01", "kf03", "kf11", "kf13", "kf18"};

// All 98 municipalities, 2020-2023, five figures in three themes, seeded counts. Thisted (787)
// has kf01 2022 = 3 / 7 (4.285,7 per 10,000: small, so withheld); Læsø (825) 11 / 13 (8.461,5),
// the smallest denominator in Nordjylland, so withheld to protect Thisted.
Panel report_panel(std::vector<Area> areas = standard_areas()) {
  Panel p(std::move(areas), 2020, 2023, report_figures);
  std::mt19937_64 rng(42);
  for (const auto& fig : report_figures)
    for (std::int32_t year = 2020; year <= 2023; ++year) {
      Counts counts;
      for (const Municipality& m : municipalities()) {
        double num = 0, den = 0;
        if (fig == "kf01") {
          den = static_cast<double>(10000 + rng() % 40000);
          num = static_cast<double>(100 + rng() % 300);
        } else if (fig == "kf18") {
          den = rng() % 10 < 3 ? 0 : static_cast<double>(3 + rng() % 60);
          num = static_cast<double>(rng() % (static_cast<std::uint64_t>(den) + 1));
        } else {
          den = static_cast<double>(50 + rng() % 500);
          num = static_cast<double>(rng() % static_cast<std::uint64_t>(den * 0.35));
        }
        counts[m.code3()] = {num, den};
      }
      if (fig == "kf01" && year == 2022) {
        counts["787"] = {3, 7};
        counts["825"] = {11, 13};
      }
      test::put_counts(p, fig, year, counts,
                       fig == "kf01" ? FigureUnit::per_10000 : FigureUnit::percent);
    }
  return p;
}

// A minimal well-formedness check: every non-void element is closed in order.
std::string tag_balance_error(const std::string& html) {
  static const std::set<std::string> voids{"meta", "br", "hr", "img", "input", "link",
                                           "col", "wbr", "area", "base", "source"};
  std::vector<std::string> stack;
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string::npos) {
    if (html.compare(i, 4, "<!--") == 0) {
      i = html.find("-->", i);
      if (i == std::string::npos) return "unterminated comment";
      continue;
    }
    const std::size_t end = html.find('>', i);
    if (end == std::string::npos) return "unterminated tag at " + std::to_string(i);
    if (html.compare(i, 2, "<!") == 0) {
      i = end + 1;
      continue;
    }
    std::string tag = html.substr(i + 1, end - i - 1);
    const bool closing = !tag.empty() && tag[0] == '/';
    const bool self_closing = !tag.empty() && tag.back() == '/';
    std::string name = tag.substr(closing ? 1 : 0);
    name = name.substr(0, name.find_first_of(" \n\t/"));
    if (name.empty()) return "empty tag at " + std::to_string(i);
    if (closing) {
      if (stack.empty() || stack.back() != name)
        return "</" + name + "> closes <" + (stack.empty() ? std::string("nothing") : stack.back()) + ">";
      stack.pop_back();
      i = end + 1;
    } else if (!self_closing && voids.count(name) == 0) {
      stack.push_back(name);
      i = end + 1;
      if (name == "style") i = html.find("</style>", i);  // raw text
      if (i == std::string::npos) return "unterminated style";
    } else {
      i = end + 1;
    }
  }
  return stack.empty() ? "" : "<" + stack.back() + "> never closed";
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t i = s.find(what); i != std::string::npos; i = s.find(what, i + 1)) ++n;
  return n;
}

// True when `number` occurs as a whole number (not inside "28,6" when looking for "8,6").
bool has_number(const std::string& s, const std::string& number) {
  auto digit = [](char c) { return (c >= '0' && c <= '9') || c == ',' || c == '.'; };
  for (std::size_t i = s.find(number); i != std::string::npos; i = s.find(number, i + 1)) {
    const bool before = i > 0 && digit(s[i - 1]);
    const bool after = i + number.size() < s.size() && digit(s[i + number.size()]);
    if (!before && !after) return true;
  }
  return false;
}

std::string section(const std::string& html, const std::string& id) {
  const std::size_t start = html.find("<section id=\"" + id + "\"");
  if (start == std::string::npos) return "";
  return html.substr(start, html.find("</section>", start) - start);
}

// A locale that groups thousands and uses a decimal comma, to prove the report ignores it.
struct DanishPunct : std::numpunct<char> {
  char do_decimal_point() const override { return ','; }
  char do_thousands_sep() const override { return '.'; }
  std::string do_grouping() const override { return "\3"; }
};

}  // namespace

TEST_CASE("report: one self-contained HTML5 document", "[report]") {
  const Panel p = report_panel();
  ReportOptions o;
  o.municipality = "Thisted";
  const std::string html = html_report(p, o);

  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"da\">", 0) == 0);
  CHECK(count(html, "<meta charset=\"utf-8\">") == 1);
  CHECK(html.find("<title>Socialpsykiatriens nøgletal – Thisted</title>") != std::string::npos);
  CHECK(html.find("<style>") != std::string::npos);
  // Nothing from the network, no scripts.
  CHECK(html.find("http") == std::string::npos);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(tag_balance_error(html) == "");

  // Sections: comparison, three themes (in catalogue order), the table; no stair without data.
  for (const char* id : {"sammenligning", "tema-1", "tema-2", "tema-3", "tabel"})
    CHECK(html.find(std::string("id=\"") + id + "\"") != std::string::npos);
  CHECK(html.find("id=\"tema-4\"") == std::string::npos);
  CHECK(html.find("id=\"indsatstrappe\"") == std::string::npos);
  CHECK(html.find("<h2>Tidligere indsats</h2>") < html.find("<h2>Uddannelse og beskæftigelse</h2>"));

  // Two charts per figure, each accessible; a polyline per series.
  CHECK(count(html, "<svg ") == 2 * report_figures.size());
  CHECK(count(html, "role=\"img\"") == 2 * report_figures.size());
  CHECK(count(html, "<desc id=") == 2 * report_figures.size());
  CHECK(count(html, "<svg ") == count(html, "</svg>"));
  CHECK(html.find("xmlns") == std::string::npos);
  CHECK(count(html, "<polyline") >= report_figures.size());
  CHECK(count(html, "class=\"series muni\"") == report_figures.size());
  CHECK(count(html, "class=\"series country\"") == report_figures.size());
  CHECK(count(html, "class=\"series group\"") == report_figures.size());

  // The municipality, the synthetic/provisional note, a group of five, the table's headers.
  CHECK(count(html, "Thisted") > 10);
  CHECK(html.find("foreløbige") != std::string::npos);
  CHECK(html.find("syntetiske") != std::string::npos);
  CHECK(html.find("<th scope=\"col\">2023</th>") != std::string::npos);
  CHECK(count(html, "<th scope=\"rowgroup\" rowspan=\"3\">") == report_figures.size());

  // Ids are unique.
  std::set<std::string> ids;
  for (std::size_t i = html.find(" id=\""); i != std::string::npos; i = html.find(" id=\"", i + 1)) {
    const std::size_t s = i + 5;
    const std::string id = html.substr(s, html.find('"', s) - s);
    CHECK(ids.insert(id).second);
  }
}

TEST_CASE("report: the default comparison group is the five most similar", "[report]") {
  Panel p = report_panel();
  ReportOptions o;
  o.municipality = "787";
  const std::string html = html_report(p, o);
  suppress(p);  // the report chooses from what it may publish
  const auto group = most_similar(
      [&] {
        std::vector<std::string> codes;
        for (const Area& a : p.areas())
          if (a.kind == AreaKind::municipality) codes.push_back(a.code);
        return codes;
      }(),
      structural_variables(p, 2023, {"kf01", "kf11", "kf13"}), "787", 5);
  REQUIRE(group.size() == 5);
  const std::string comparison = section(html, "sammenligning");
  for (const auto& code : group) CHECK(comparison.find(std::string(find_area(code).name)) != std::string::npos);
  CHECK(comparison.find("kf01, kf11 og kf13 i 2023") != std::string::npos);
  CHECK(html.find("over 5 af 5 kommuner med en offentliggjort værdi") != std::string::npos);

  o.comparison_group = {"Morsø", "779"};
  const std::string chosen = html_report(report_panel(), o);
  CHECK(section(chosen, "sammenligning").find("Morsø, Skive") != std::string::npos);
  CHECK(chosen.find("valgt af brugeren") != std::string::npos);
}

TEST_CASE("report: suppressed numbers are never printed", "[report]") {
  // Premise: Thisted's 3 / 7 is primary, Læsø's 11 / 13 its complementary partner.
  Panel protected_panel = report_panel();
  suppress(protected_panel);
  REQUIRE(protected_panel.cell("787", 2022, "kf01").reason == CellReason::small_numerator);
  REQUIRE(protected_panel.cell("825", 2022, "kf01").reason == CellReason::complementary);

  const Panel raw = report_panel();
  for (std::int32_t year : {2022, 2023}) {
    for (const Panel* panel : std::vector<const Panel*>{&raw, &protected_panel}) {
      ReportOptions o;
      o.municipality = "Thisted";
      o.year = year;
      const std::string html = html_report(*panel, o);
      INFO("year " << year);
      for (const char* text : {"4.285,7", "4.286", "4285", "8.461,5", "8.462", "8461"})
        CHECK(html.find(text) == std::string::npos);
      if (year == 2022) {
        CHECK(html.find("<dt>Værdi 2022</dt><dd>– (undertrykt af hensyn til diskretion)</dd>") !=
              std::string::npos);
      }
      CHECK(html.find("class=\"supp\"") != std::string::npos);  // the "–" in the table
      CHECK(html.find("Undertrykt af hensyn til diskretion") != std::string::npos);  // footnote
      CHECK(html.find("class=\"gap\"") != std::string::npos);   // marked in the chart
    }
  }
  // Drawing a raw panel as it is prints its small cell: the default protection matters.
  ReportOptions unprotected;
  unprotected.municipality = "Thisted";
  unprotected.suppression = std::nullopt;
  CHECK(html_report(raw, unprotected).find("4.285,7") != std::string::npos);
  CHECK(html_report(protected_panel, unprotected).find("4.285,7") == std::string::npos);
}

TEST_CASE("report: all text is escaped", "[report]") {
  std::vector<Area> areas = standard_areas();
  for (Area& a : areas)
    if (a.code == "787") a.name = "Thisted <&> \"Æblø\"";
  const Panel p = report_panel(areas);
  Catalogue cat = Catalogue::builtin();
  KeyFigure kf = cat.at("kf03");
  kf.name_da = "Andel æøå <b>fed</b> & co";
  kf.theme = "Tema <i>ÆØÅ</i>";
  cat.put(kf);
  ReportOptions o;
  o.municipality = "787";
  o.title = "Rapport <script>alert('x')</script>";
  o.data_note = "Syntetiske data & <test>";
  const std::string html = html_report(p, o, cat);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("<i>") == std::string::npos);
  CHECK(html.find("<test>") == std::string::npos);
  CHECK(html.find("Thisted &lt;&amp;&gt; &quot;Æblø&quot;") != std::string::npos);
  CHECK(html.find("Andel æøå &lt;b&gt;fed&lt;/b&gt; &amp; co") != std::string::npos);
  CHECK(html.find("Tema &lt;i&gt;ÆØÅ&lt;/i&gt;") != std::string::npos);
  CHECK(html.find("<title>Rapport &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</title>") != std::string::npos);
  CHECK(html.find("Syntetiske data &amp; &lt;test&gt;") != std::string::npos);
  CHECK(tag_balance_error(html) == "");
  // The municipality is found by its panel name as well.
  o.municipality = "Thisted <&> \"Æblø\"";
  CHECK(html_report(p, o, cat) == html);
}

TEST_CASE("report: the Indsatstrappe section", "[report]") {
  const Panel p = report_panel();
  KeyFigureAggregates agg(2020, 2023);
  const std::size_t slot = KeyFigureAggregates::municipality_slot(787);
  auto set = [&](int from, int to, std::int64_t n) {
    const std::size_t cell = slot * 4 + 3;  // year 2023
    agg.stair()[(cell * 7 + static_cast<std::size_t>(from)) * 7 + static_cast<std::size_t>(to)] = n;
    REQUIRE(agg.stair_transition(787, 2023, static_cast<StairStep>(from), static_cast<StairStep>(to)) == n);
  };
  // Start: 40 / 3 / 60 / 0 / 12 / 25 on steps 1-6 (140); end: 48 / 3 / 52 / 0 / 14 / 25 (142).
  set(1, 1, 35); set(1, 0, 5); set(2, 2, 3); set(3, 3, 50); set(3, 1, 6); set(3, 5, 4);
  set(5, 5, 10); set(5, 3, 2); set(6, 6, 25); set(0, 1, 7);
  ReportOptions o;
  o.municipality = "Thisted";
  const std::string html = html_report(p, o, Catalogue::builtin(), &agg);
  CHECK(tag_balance_error(html) == "");
  CHECK(count(html, "<svg ") == 2 * report_figures.size() + 1);
  CHECK(html.find("href=\"#indsatstrappe\"") != std::string::npos);
  const std::string stair = section(html, "indsatstrappe");
  REQUIRE(!stair.empty());
  CHECK(stair.find("<title id=\"stair-2023-t\">") != std::string::npos);
  // Shares, not counts: 40/140 = 28,6 %, 60/140 = 42,9 %, 25/140 = 17,9 %, 0 %.
  CHECK(stair.find(">28,6\xC2\xA0%<") != std::string::npos);
  CHECK(stair.find(">42,9\xC2\xA0%<") != std::string::npos);
  CHECK(stair.find(">17,9\xC2\xA0%<") != std::string::npos);
  CHECK(stair.find(">0,0\xC2\xA0%<") != std::string::npos);
  // Step 2 (3 persons) is withheld, and so is step 5 (the next smallest), at start and end.
  CHECK(!has_number(stair, "2,1"));  // 3/140 and 3/142
  CHECK(!has_number(stair, "8,6"));  // 12/140
  CHECK(!has_number(stair, "9,9"));  // 14/142
  CHECK(has_number(stair, "33,8"));  // 48/142 (end of the year)
  // Moved down 13 of 140 = 9,3 %; moved up 4 of 140: too few, withheld.
  CHECK(stair.find("<dt>Flyttet ned ad trappen i løbet af året</dt><dd>9,3\xC2\xA0%</dd>") != std::string::npos);
  CHECK(stair.find("<dt>Flyttet op ad trappen i løbet af året</dt><dd>– (undertrykt)</dd>") != std::string::npos);

  // Too few persons in all: no distribution at all.
  KeyFigureAggregates few(2020, 2023);
  few.stair()[((slot * 4 + 3) * 7 + 1) * 7 + 1] = 4;
  const std::string small = section(html_report(p, o, Catalogue::builtin(), &few), "indsatstrappe");
  CHECK(small.find("<svg") == std::string::npos);
  CHECK(small.find("For få borgere") != std::string::npos);
}

TEST_CASE("report: output is deterministic and independent of the locale", "[report]") {
  const Panel p = report_panel();
  ReportOptions o;
  o.municipality = "Thisted";
  const std::string first = html_report(p, o);
  CHECK(html_report(p, o) == first);
  const std::locale before = std::locale::global(std::locale(std::locale::classic(), new DanishPunct));
  const std::string grouped = html_report(p, o);
  std::locale::global(before);
  CHECK(grouped == first);
}

TEST_CASE("report: errors name what is wrong", "[report]") {
  const Panel p = report_panel();
  ReportOptions o;
  o.municipality = "Atlantis";
  CHECK(test::status_of([&] { (void)html_report(p, o); }) == RORKIT_ERROR_NOT_FOUND);
  o.municipality = "081";
  CHECK(test::status_of([&] { (void)html_report(p, o); }) == RORKIT_ERROR_INVALID_ARGUMENT);
  o.municipality = "787";
  o.year = 2030;
  CHECK(test::status_of([&] { (void)html_report(p, o); }) == RORKIT_ERROR_OUT_OF_RANGE);
  o.year.reset();
  o.comparison_group = {"Atlantis"};
  CHECK(test::status_of([&] { (void)html_report(p, o); }) == RORKIT_ERROR_NOT_FOUND);
  o.comparison_group.clear();
  o.title = std::string("bad \xFF byte");
  CHECK(test::status_of([&] { (void)html_report(p, o); }) == RORKIT_ERROR_INVALID_UTF8);
}

TEST_CASE("report: a minimal panel still gives a whole document", "[report]") {
  // Two municipalities, no country or regions, one year, a figure the catalogue lacks.
  Panel p({find_area("787"), find_area("773")}, 2023, 2023, {"kf03", "custom_x"});
  p.set_counts(0, 0, 0, 20, 80, FigureUnit::percent);
  p.set_counts(0, 0, 1, 30, 90, FigureUnit::percent);
  p.set_value(1, 0, 0, 1.5);
  ReportOptions o;
  o.municipality = "Thisted";
  const std::string html = html_report(p, o);
  CHECK(tag_balance_error(html) == "");
  CHECK(count(html, "<svg ") == 4);
  CHECK(html.find("<h2>Øvrige nøgletal</h2>") != std::string::npos);
  CHECK(html.find("ingen (første år i panelet)") != std::string::npos);
  // No structural figures in the panel: no comparison group, and the report says why.
  CHECK(html.find("ingen (panelet har ingen af de strukturelle nøgletal kf01, kf11 og kf13)") != std::string::npos);
  CHECK(html.find("<dt>Sammenligningsgruppe 2023</dt><dd>ingen gruppe</dd>") != std::string::npos);
  CHECK(html.find("<dt>Værdi 2023</dt><dd>25,0\xC2\xA0%</dd>") != std::string::npos);
  CHECK(html.find("<dt>Hele landet 2023</dt><dd>29,4\xC2\xA0%</dd>") != std::string::npos);  // 50/170
  CHECK(html.find("http") == std::string::npos);
}

}  // namespace test_report
