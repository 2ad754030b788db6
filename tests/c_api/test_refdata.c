/* Municipalities and regions.

   Expected values come from the public code lists, not from the library:
   - municipality codes: danmarksadresser.dk "kommunekodeliste" (101 København, 169 Høje-Taastrup,
     173 Lyngby-Taarbæk, 265 Roskilde, 400 Bornholm, 580 Aabenraa, 751 Aarhus, 825 Læsø,
     860 Hjørring (the highest code); 411 Christiansø has a code but is no municipality);
   - regions since the 2007 reform: 1081 Nordjylland (11 municipalities), 1082 Midtjylland (19),
     1083 Syddanmark (22), 1084 Hovedstaden (29), 1085 Sjælland (17); 11+19+22+29+17 = 98;
   - from 2027-01-01 Hovedstaden and Sjælland merge into Region Østdanmark, 29 + 17 = 46
     municipalities (Folketinget's 2024 health reform; en.wikipedia.org/wiki/Region_of_Eastern_Denmark),
     whose provisional code in rorkit is 1086 (rorkit_refdata.h). */
#include <stdio.h>
#include <string.h>

#include "check.h"

#define ALL_MUNICIPALITIES 98

static void test_find(void) {
  rorkit_municipality m;
  rorkit_date y2026 = D(2026, 6, 1);

  memset(&m, 0, sizeof m);
  CHECK_OK(rorkit_municipality_find(&m, "101", &y2026));
  CHECK_INT(m.code, 101);
  CHECK_STR(m.code3, "101");
  CHECK_STR(m.code4, "0101");
  CHECK_STR(m.name, "K\xc3\xb8" "benhavn");
  CHECK_INT(m.region_code, 1084);
  CHECK_STR(m.region_name, "Region Hovedstaden");

  memset(&m, 0, sizeof m);
  CHECK_OK(rorkit_municipality_find(&m, "0101", &y2026));
  CHECK_INT(m.code, 101);
  CHECK_STR(m.code4, "0101");

  /* By name: UTF-8, any case, ASCII transliteration, " Kommune" and the genitive. */
  CHECK_OK(rorkit_municipality_find(&m, "København", &y2026));
  CHECK_INT(m.code, 101);
  CHECK_OK(rorkit_municipality_find(&m, "Københavns Kommune", &y2026));
  CHECK_INT(m.code, 101);

  CHECK_OK(rorkit_municipality_find(&m, "Høje-Taastrup", &y2026));
  CHECK_INT(m.code, 169);
  CHECK_STR(m.code3, "169");
  CHECK_STR(m.code4, "0169");
  CHECK_STR(m.name, "H\xc3\xb8je-Taastrup");
  CHECK_INT(m.region_code, 1084);
  CHECK_OK(rorkit_municipality_find(&m, "hoeje taastrup", &y2026));
  CHECK_INT(m.code, 169);
  CHECK_OK(rorkit_municipality_find(&m, "HØJE-TAASTRUP", &y2026));
  CHECK_INT(m.code, 169);

  CHECK_OK(rorkit_municipality_find(&m, "aabenraa", &y2026));
  CHECK_INT(m.code, 580);
  CHECK_STR(m.code3, "580");
  CHECK_STR(m.code4, "0580");
  CHECK_STR(m.name, "Aabenraa");
  CHECK_INT(m.region_code, 1083);
  CHECK_STR(m.region_name, "Region Syddanmark");
  CHECK_OK(rorkit_municipality_find(&m, "Aabenraa Kommune", &y2026));
  CHECK_INT(m.code, 580);

  CHECK_OK(rorkit_municipality_find(&m, "Lyngby-Taarbæk", &y2026));
  CHECK_INT(m.code, 173);
  CHECK_STR(m.code4, "0173");
  CHECK_STR(m.name, "Lyngby-Taarb\xc3\xa6k");
  CHECK_OK(rorkit_municipality_find(&m, "lyngby taarbaek", &y2026));
  CHECK_INT(m.code, 173);

  CHECK_OK(rorkit_municipality_find(&m, "825", &y2026));
  CHECK_STR(m.name, "L\xc3\xa6s\xc3\xb8");
  CHECK_STR(m.code3, "825");
  CHECK_STR(m.code4, "0825");
  CHECK_INT(m.region_code, 1081);
  CHECK_STR(m.region_name, "Region Nordjylland");

  /* on = NULL means today: whatever today is, København has a region. */
  CHECK_OK(rorkit_municipality_find(&m, "101", NULL));
  CHECK_INT(m.code, 101);
  CHECK(m.region_code == 1084 || m.region_code == 1086);
}

/* The region of a municipality depends on the date: Region Østdanmark replaces Hovedstaden and
   Sjælland at midnight between 2026-12-31 and 2027-01-01; the other three are untouched. */
static void test_region_change(void) {
  rorkit_municipality m;
  rorkit_date last_day = D(2026, 12, 31), first_day = D(2027, 1, 1);

  CHECK_OK(rorkit_municipality_find(&m, "København", &last_day));
  CHECK_INT(m.region_code, 1084);
  CHECK_STR(m.region_name, "Region Hovedstaden");
  CHECK_OK(rorkit_municipality_find(&m, "København", &first_day));
  CHECK_INT(m.region_code, 1086);
  CHECK_STR(m.region_name, "Region \xc3\x98stdanmark");

  CHECK_OK(rorkit_municipality_find(&m, "Roskilde", &last_day));
  CHECK_INT(m.code, 265);
  CHECK_INT(m.region_code, 1085);
  CHECK_STR(m.region_name, "Region Sj\xc3\xa6lland");
  CHECK_OK(rorkit_municipality_find(&m, "Roskilde", &first_day));
  CHECK_INT(m.region_code, 1086);

  /* Bornholm belongs to Hovedstaden, so it moves too. */
  CHECK_OK(rorkit_municipality_find(&m, "Bornholm", &last_day));
  CHECK_INT(m.code, 400);
  CHECK_INT(m.region_code, 1084);
  CHECK_OK(rorkit_municipality_find(&m, "Bornholm", &first_day));
  CHECK_INT(m.region_code, 1086);

  CHECK_OK(rorkit_municipality_find(&m, "Aarhus", &last_day));
  CHECK_INT(m.code, 751);
  CHECK_INT(m.region_code, 1082);
  CHECK_STR(m.region_name, "Region Midtjylland");
  CHECK_OK(rorkit_municipality_find(&m, "Aarhus", &first_day));
  CHECK_INT(m.region_code, 1082);
}

static void test_list_all(void) {
  static rorkit_municipality all[ALL_MUNICIPALITIES + 2];
  rorkit_date y2026 = D(2026, 6, 1), y2027 = D(2027, 6, 1);
  size_t count = 12345, i;
  int per_region_2026[7] = {0}, per_region_2027[7] = {0};
  int ordered = 1, codes_ok = 1, names_ok = 1;

  /* Size query: no buffer at all. */
  CHECK_FAIL(rorkit_municipality_list(NULL, 0, &count, 0, &y2026), RORKIT_ERROR_BUFFER_TOO_SMALL,
             "rorkit_municipality_list", NULL);
  CHECK_INT(count, ALL_MUNICIPALITIES);

  /* Fill, with two spare slots that must stay untouched. */
  memset(all, 0xAB, sizeof all);
  count = 0;
  CHECK_OK(rorkit_municipality_list(all, ALL_MUNICIPALITIES + 2, &count, 0, &y2026));
  CHECK_INT(count, ALL_MUNICIPALITIES);
  {
    unsigned char spare[2 * sizeof(rorkit_municipality)];
    memset(spare, 0xAB, sizeof spare);
    CHECK(memcmp(&all[ALL_MUNICIPALITIES], spare, sizeof spare) == 0);
  }
  CHECK_INT(all[0].code, 101);
  CHECK_INT(all[ALL_MUNICIPALITIES - 1].code, 860);
  for (i = 0; i < ALL_MUNICIPALITIES; ++i) {
    char c3[8], c4[8];
    if (i > 0 && all[i - 1].code >= all[i].code) ordered = 0;
    snprintf(c3, sizeof c3, "%03d", (int)all[i].code);
    snprintf(c4, sizeof c4, "%04d", (int)all[i].code);
    if (strcmp(all[i].code3, c3) != 0 || strcmp(all[i].code4, c4) != 0) codes_ok = 0;
    if (all[i].name == NULL || all[i].name[0] == '\0' || all[i].region_name == NULL) names_ok = 0;
    if (all[i].code == 411) codes_ok = 0; /* Christiansø is not a municipality */
    if (all[i].region_code >= 1081 && all[i].region_code <= 1086)
      ++per_region_2026[all[i].region_code - 1080];
  }
  CHECK(ordered);
  CHECK(codes_ok);
  CHECK(names_ok);
  CHECK_INT(per_region_2026[1], 11); /* Nordjylland */
  CHECK_INT(per_region_2026[2], 19); /* Midtjylland */
  CHECK_INT(per_region_2026[3], 22); /* Syddanmark */
  CHECK_INT(per_region_2026[4], 29); /* Hovedstaden */
  CHECK_INT(per_region_2026[5], 17); /* Sjælland */
  CHECK_INT(per_region_2026[6], 0);

  /* The same list in 2027: the regions follow the date asked for. */
  CHECK_OK(rorkit_municipality_list(all, ALL_MUNICIPALITIES, &count, 0, &y2027));
  CHECK_INT(count, ALL_MUNICIPALITIES);
  for (i = 0; i < count && i < ALL_MUNICIPALITIES; ++i)
    if (all[i].region_code >= 1081 && all[i].region_code <= 1086)
      ++per_region_2027[all[i].region_code - 1080];
  CHECK_INT(per_region_2027[1], 11);
  CHECK_INT(per_region_2027[2], 19);
  CHECK_INT(per_region_2027[3], 22);
  CHECK_INT(per_region_2027[4], 0);
  CHECK_INT(per_region_2027[5], 0);
  CHECK_INT(per_region_2027[6], 46);

  /* One short: nothing written, the needed count reported. */
  memset(all, 0xAB, sizeof all);
  count = 0;
  CHECK_FAIL(rorkit_municipality_list(all, ALL_MUNICIPALITIES - 1, &count, 0, &y2026),
             RORKIT_ERROR_BUFFER_TOO_SMALL, NULL, NULL);
  CHECK_INT(count, ALL_MUNICIPALITIES);
  {
    static rorkit_municipality untouched[ALL_MUNICIPALITIES + 2];
    memset(untouched, 0xAB, sizeof untouched);
    CHECK(memcmp(all, untouched, sizeof all) == 0);
  }

  /* on = NULL: today; all 98 regardless. */
  CHECK_OK(rorkit_municipality_list(all, ALL_MUNICIPALITIES, &count, 0, NULL));
  CHECK_INT(count, ALL_MUNICIPALITIES);
}

static size_t list_region(int32_t region, rorkit_date on, rorkit_municipality *dst, size_t cap) {
  size_t count = 0;
  CHECK_OK(rorkit_municipality_list(dst, cap, &count, region, &on));
  return count;
}

static void test_list_region(void) {
  static rorkit_municipality buf[ALL_MUNICIPALITIES];
  size_t count = 0, i;
  int all_in_region = 1;

  /* Size queries, then fills. */
  CHECK_FAIL(rorkit_municipality_list(NULL, 0, &count, 1084, &(rorkit_date){2026, 6, 1}),
             RORKIT_ERROR_BUFFER_TOO_SMALL, NULL, NULL);
  CHECK_INT(count, 29);
  CHECK_INT(list_region(1084, D(2026, 6, 1), buf, ALL_MUNICIPALITIES), 29);
  for (i = 0; i < 29; ++i)
    if (buf[i].region_code != 1084) all_in_region = 0;
  CHECK(all_in_region);
  CHECK_INT(buf[0].code, 101);  /* København */
  CHECK_INT(buf[28].code, 400); /* Bornholm, the highest code in Hovedstaden */

  CHECK_INT(list_region(1085, D(2026, 6, 1), buf, ALL_MUNICIPALITIES), 17);
  CHECK_INT(buf[0].code, 253);  /* Greve */
  CHECK_INT(buf[16].code, 390); /* Vordingborg */

  CHECK_FAIL(rorkit_municipality_list(NULL, 0, &count, 1086, &(rorkit_date){2027, 6, 1}),
             RORKIT_ERROR_BUFFER_TOO_SMALL, NULL, NULL);
  CHECK_INT(count, 46);
  CHECK_INT(list_region(1086, D(2027, 6, 1), buf, ALL_MUNICIPALITIES), 46);
  all_in_region = 1;
  for (i = 0; i < 46; ++i)
    if (buf[i].region_code != 1086) all_in_region = 0;
  CHECK(all_in_region);
  CHECK_STR(buf[0].region_name, "Region \xc3\x98stdanmark");

  CHECK_INT(list_region(1081, D(2026, 6, 1), buf, ALL_MUNICIPALITIES), 11);
  CHECK_INT(list_region(1081, D(2027, 6, 1), buf, ALL_MUNICIPALITIES), 11);
  CHECK_INT(list_region(1082, D(2027, 6, 1), buf, ALL_MUNICIPALITIES), 19);
  CHECK_INT(list_region(1083, D(2027, 6, 1), buf, ALL_MUNICIPALITIES), 22);

  /* Exactly the needed capacity is enough. */
  CHECK_INT(list_region(1084, D(2026, 12, 31), buf, 29), 29);
  /* Regions that do not exist on that date. */
  CHECK_FAIL(rorkit_municipality_list(buf, ALL_MUNICIPALITIES, &count, 1086,
                                      &(rorkit_date){2026, 12, 31}),
             RORKIT_ERROR_NOT_FOUND, "rorkit_municipality_list", NULL);
  CHECK_FAIL(rorkit_municipality_list(buf, ALL_MUNICIPALITIES, &count, 1084,
                                      &(rorkit_date){2027, 1, 1}),
             RORKIT_ERROR_NOT_FOUND, "rorkit_municipality_list", NULL);
}

static int has_region(const rorkit_region *r, size_t n, int32_t code) {
  size_t i;
  for (i = 0; i < n; ++i)
    if (r[i].code == code) return 1;
  return 0;
}

static const rorkit_region *region_with(const rorkit_region *r, size_t n, int32_t code) {
  size_t i;
  for (i = 0; i < n; ++i)
    if (r[i].code == code) return &r[i];
  return NULL;
}

static void test_regions(void) {
  rorkit_region regions[8];
  rorkit_region r;
  size_t count = 0;
  rorkit_date y2026 = D(2026, 1, 1), y2027 = D(2027, 1, 1);
  const rorkit_region *p;

  CHECK_FAIL(rorkit_region_list(NULL, 0, &count, &y2026), RORKIT_ERROR_BUFFER_TOO_SMALL,
             "rorkit_region_list", NULL);
  CHECK_INT(count, 5);
  CHECK_OK(rorkit_region_list(regions, 8, &count, &y2026));
  CHECK_INT(count, 5);
  CHECK(has_region(regions, count, 1081) && has_region(regions, count, 1082) &&
        has_region(regions, count, 1083) && has_region(regions, count, 1084) &&
        has_region(regions, count, 1085));
  p = region_with(regions, count, 1084);
  if (CHECK(p != NULL)) {
    CHECK_STR(p->name, "Region Hovedstaden");
    CHECK_DATE(p->valid_from, 2007, 1, 1);
    CHECK_DATE(p->valid_to, 2026, 12, 31);
  }
  p = region_with(regions, count, 1081);
  if (CHECK(p != NULL)) {
    CHECK_STR(p->name, "Region Nordjylland");
    CHECK_DATE(p->valid_from, 2007, 1, 1);
    CHECK_DATE(p->valid_to, 0, 0, 0); /* still in force */
  }

  CHECK_FAIL(rorkit_region_list(NULL, 0, &count, &y2027), RORKIT_ERROR_BUFFER_TOO_SMALL, NULL,
             NULL);
  CHECK_INT(count, 4);
  CHECK_OK(rorkit_region_list(regions, 4, &count, &y2027));
  CHECK_INT(count, 4);
  CHECK(has_region(regions, count, 1081) && has_region(regions, count, 1082) &&
        has_region(regions, count, 1083) && has_region(regions, count, 1086));
  p = region_with(regions, count, 1086);
  if (CHECK(p != NULL)) {
    CHECK_STR(p->name, "Region \xc3\x98stdanmark");
    CHECK_DATE(p->valid_from, 2027, 1, 1);
    CHECK_DATE(p->valid_to, 0, 0, 0);
  }
  /* Before the 2007 reform there were counties, not regions: the date is out of range, as it is
     for a municipality's region, and count is left alone. */
  count = 77;
  CHECK_FAIL(rorkit_region_list(NULL, 0, &count, &(rorkit_date){2006, 12, 31}),
             RORKIT_ERROR_OUT_OF_RANGE, "rorkit_region_list", "2007-01-01");
  CHECK_INT(count, 77);
  CHECK_OK(rorkit_region_list(regions, 8, &count, NULL));
  CHECK(count == 5 || count == 4);

  /* Region lookup: StatBank code, full code, names with or without "Region", ASCII forms. */
  CHECK_OK(rorkit_region_find(&r, "085"));
  CHECK_INT(r.code, 1085);
  CHECK_STR(r.name, "Region Sj\xc3\xa6lland");
  CHECK_OK(rorkit_region_find(&r, "sjaelland"));
  CHECK_INT(r.code, 1085);
  CHECK_OK(rorkit_region_find(&r, "Region Sjælland"));
  CHECK_INT(r.code, 1085);
  CHECK_OK(rorkit_region_find(&r, "1084"));
  CHECK_INT(r.code, 1084);
  CHECK_STR(r.name, "Region Hovedstaden");
  CHECK_OK(rorkit_region_find(&r, "081"));
  CHECK_INT(r.code, 1081);
  CHECK_OK(rorkit_region_find(&r, "Region Østdanmark"));
  CHECK_INT(r.code, 1086);
  CHECK_DATE(r.valid_from, 2027, 1, 1);
  CHECK_OK(rorkit_region_find(&r, "midtjylland"));
  CHECK_INT(r.code, 1082);
  CHECK_FAIL(rorkit_region_find(&r, "Region Atlantis"), RORKIT_ERROR_NOT_FOUND,
             "rorkit_region_find", NULL);
  CHECK_CONTAINS(rorkit_last_error(), "Region Atlantis");
  CHECK_FAIL(rorkit_region_find(&r, "1087"), RORKIT_ERROR_NOT_FOUND, NULL, NULL);
  CHECK_CONTAINS(rorkit_last_error(), "1087");
}

int main(void) {
  test_find();
  test_region_change();
  test_list_all();
  test_list_region();
  test_regions();
  return check_report();
}
