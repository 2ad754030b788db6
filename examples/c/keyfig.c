/* Key figures through the C ABI: compute from columnar microdata (four hand-made persons, then
   a SYNTHETIC nation in two partitions merged), suppress small cells and write the HTML report.
   Usage: example_c_keyfig [REPORT.html]   (all data here are made up or synthetic) */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "rorkit/c/rorkit.h"

static void check(rorkit_status st, const char *what) {
  if (st != RORKIT_OK) {
    fprintf(stderr, "%s failed: %s: %s\n", what, rorkit_status_str(st), rorkit_last_error());
    exit(1);
  }
}

/* Four adults in København (101) in 2022; persons 1 and 2 have a spell that year, so the target
   group is 2 of 4: kf01 = 2 / 4 x 10,000 = 5000 per 10,000 (worked out by hand). */
static void hand_made(void) {
  const int64_t id[] = {1, 2, 3, 4};
  const int16_t muni[] = {101, 101, 101, 101}, birth[] = {1980, 1980, 1980, 1980};
  const uint8_t status[] = {1, 4, 0, 0};
  const int64_t sp_person[] = {1, 2};
  const int16_t sp_muni[] = {101, 101};
  const int8_t basis[] = {3, 1};                 /* §85 own home, §82a */
  const int32_t start[] = {19052, 18628};        /* 2022-03-01, 2021-01-01 */
  const int32_t end[] = {INT32_MAX, 19173};      /* open, 2022-06-30 */
  rorkit_persons_table persons = {RORKIT_PERSONS_TABLE_VERSION, 4, id, muni, birth, status, 2022, 1};
  rorkit_spells_table spells = {RORKIT_SPELLS_TABLE_VERSION, 2, sp_person, sp_muni, basis, start, end};
  rorkit_compute_options options = RORKIT_COMPUTE_OPTIONS_INIT;
  rorkit_aggregates *agg = NULL;
  rorkit_panel *panel = NULL;
  rorkit_cell cell;
  check(rorkit_aggregates_compute(&agg, &persons, &spells, NULL, NULL, &options), "compute");
  check(rorkit_aggregates_to_panel(&panel, agg, NULL), "to_panel");
  check(rorkit_panel_cell(&cell, panel, "101", 2022, "kf01"), "cell");
  printf("København 2022: kf01 = %.1f per 10,000 (%.0f of %.0f)\n", cell.value, cell.numerator,
         cell.denominator);
  rorkit_panel_free(panel);
  rorkit_aggregates_free(agg);
}

int main(int argc, char **argv) {
  rorkit_synthetic_options so = RORKIT_SYNTHETIC_OPTIONS_INIT;
  rorkit_synthetic *data = NULL;
  rorkit_persons_table all, half;
  rorkit_spells_table spells;
  rorkit_admissions_table admissions;
  rorkit_surveys_table surveys;
  rorkit_compute_options options = RORKIT_COMPUTE_OPTIONS_INIT;
  rorkit_aggregates *one = NULL, *merged = NULL, *part = NULL;
  rorkit_panel *panel = NULL;
  rorkit_suppression_report sup;
  rorkit_report_options ro = RORKIT_REPORT_OPTIONS_INIT;
  rorkit_string html = {NULL, 0};
  rorkit_cell cell;
  int64_t n1 = 0, d1 = 0, n2 = 0, d2 = 0;
  const char *out = argc > 1 ? argv[1] : NULL;

  hand_made();

  so.persons = 30000;
  so.years = 4;
  so.first_year = 2020;
  check(rorkit_synthetic_generate(&data, &so), "synthetic");
  check(rorkit_synthetic_tables(&all, &spells, &admissions, &surveys, data), "tables");
  check(rorkit_aggregates_compute(&one, &all, &spells, &admissions, &surveys, &options), "compute");

  /* Partitions: the first and second half of the persons, each given all the other rows;
     merged, they equal one pass exactly (integer counts). */
  check(rorkit_aggregates_create(&merged), "create");
  half = all;
  half.rows = all.rows / 2;
  check(rorkit_aggregates_compute(&part, &half, &spells, &admissions, &surveys, &options), "part 1");
  check(rorkit_aggregates_merge(merged, part), "merge");
  rorkit_aggregates_free(part);
  half.rows = all.rows - all.rows / 2;
  half.id = all.id + all.rows / 2;
  half.municipality = all.municipality + all.rows / 2;
  half.birth_year = all.birth_year + all.rows / 2;
  half.status = all.status + (all.rows / 2) * (size_t)all.years;
  check(rorkit_aggregates_compute(&part, &half, &spells, &admissions, &surveys, &options), "part 2");
  check(rorkit_aggregates_merge(merged, part), "merge");
  rorkit_aggregates_free(part);
  check(rorkit_aggregates_counts(&n1, &d1, one, 730, 2023, 1), "counts");
  check(rorkit_aggregates_counts(&n2, &d2, merged, 730, 2023, 1), "counts");
  printf("SYNTHETIC Randers 2023, kf01 counts: one pass %lld/%lld, two partitions %lld/%lld: %s\n",
         (long long)n1, (long long)d1, (long long)n2, (long long)d2,
         n1 == n2 && d1 == d2 ? "identical" : "DIFFERENT");

  check(rorkit_aggregates_to_panel(&panel, one, NULL), "to_panel");
  check(rorkit_panel_suppress(&sup, panel, 5, 1), "suppress");
  printf("suppressed %lld cells (primary) and %lld (complementary)\n", (long long)sup.primary,
         (long long)sup.complementary);
  check(rorkit_panel_cell(&cell, panel, "000", 2023, "kf01"), "cell");
  printf("SYNTHETIC whole country 2023: kf01 = %.1f per 10,000\n", cell.value);

  ro.municipality = "730";
  ro.data_note = "Synthetic data (rorkit's generator), not statistics about anyone.";
  check(rorkit_keyfig_report_html(&html, panel, &ro, one), "report");
  if (out != NULL) {
    FILE *f = fopen(out, "wb");
    if (f == NULL || fwrite(html.data, 1, html.size, f) != html.size) return 1;
    fclose(f);
  }
  printf("report for Randers: %zu bytes of HTML\n", html.size);

  rorkit_string_free(&html);
  rorkit_panel_free(panel);
  rorkit_aggregates_free(merged);
  rorkit_aggregates_free(one);
  rorkit_synthetic_free(data);
  return n1 == n2 && d1 == d2 ? 0 : 1;
}
