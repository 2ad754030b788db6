/* iCalendar export through the rorkit_ical builder.

   Expectations come from RFC 5545: lines end in CRLF (§3.1) and are folded so that no line is
   longer than 75 octets, a continuation line starting with a space; an all-day event is
   DTSTART;VALUE=DATE and its DTEND is exclusive, the day after the last day (§3.6.1); local
   times carry a TZID parameter (§3.3.5 form 3); TEXT escapes backslash, semicolon, comma and
   newline (§3.3.11). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define DTSTAMP "20260101T120000Z"

/* Number of non-overlapping occurrences of needle in haystack. */
static int occurrences(const char *haystack, const char *needle) {
  int n = 0;
  size_t len = strlen(needle);
  const char *p = haystack;
  while ((p = strstr(p, needle)) != NULL) {
    ++n;
    p += len;
  }
  return n;
}

/* Well-formed UTF-8 (RFC 3629): no overlongs, surrogates or code points past U+10FFFF. */
static int valid_utf8(const unsigned char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i];
    size_t len, k;
    unsigned cp;
    if (c < 0x80) {
      ++i;
      continue;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return 0;
    }
    if (i + len > n) return 0;
    for (k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return 0;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      return 0;
    i += len;
  }
  return 1;
}

/* The RFC 5545 line rules over a whole text: CRLF everywhere, at most 75 octets a line, and
   every physical line (after a continuation space) valid UTF-8 on its own, so that folding never
   cut a character in two. Reports the first offence. */
static int lines_ok(const char *text, size_t size, int *longest) {
  size_t start = 0, i;
  *longest = 0;
  if (size < 2 || text[size - 2] != '\r' || text[size - 1] != '\n') {
    fprintf(stderr, "    text does not end in CRLF\n");
    return 0;
  }
  for (i = 0; i < size; ++i) {
    if (text[i] == '\r' && (i + 1 >= size || text[i + 1] != '\n')) {
      fprintf(stderr, "    bare CR at byte %u\n", (unsigned)i);
      return 0;
    }
    if (text[i] == '\n') {
      size_t len;
      const char *line = text + start;
      if (i == 0 || text[i - 1] != '\r') {
        fprintf(stderr, "    bare LF at byte %u\n", (unsigned)i);
        return 0;
      }
      len = i - 1 - start;
      if ((int)len > *longest) *longest = (int)len;
      if (len > 75) {
        fprintf(stderr, "    line of %u octets: %.*s\n", (unsigned)len, (int)len, line);
        return 0;
      }
      if (len > 0 && line[0] == ' ' ? !valid_utf8((const unsigned char *)line + 1, len - 1)
                                    : !valid_utf8((const unsigned char *)line, len)) {
        fprintf(stderr, "    line cut inside a UTF-8 sequence: %.*s\n", (int)len, line);
        return 0;
      }
      start = i + 1;
    }
  }
  return 1;
}

/* The text with folding undone (CRLF followed by a space removed). Caller frees. */
static char *unfold(const char *text) {
  size_t n = strlen(text), i, j = 0;
  char *out = (char *)malloc(n + 1);
  if (!out) return NULL;
  for (i = 0; i < n; ++i) {
    if (text[i] == '\r' && text[i + 1] == '\n' && text[i + 2] == ' ') {
      i += 2;
      continue;
    }
    out[j++] = text[i];
  }
  out[j] = '\0';
  return out;
}

/* Danish text long enough to fold several times, with characters that need escaping, and
   multi-byte characters (æ ø å Æ Ø Å, the en dash U+2013) placed so folds land near them. */
static const char *const long_description =
    "Første møde i styregruppen; vi gennemgår handleplanen, mål og delmål – "
    "herunder borgerens egne ord om håb, ønsker og drømme.\n"
    "Ærø, Ølstykke og Åbenrå deltager; spørgsmål sendes til koordinatoren\\sekretariatet "
    "før mødet. Æ Ø Å æ ø å – æøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøå.";

/* The same text escaped per RFC 5545 §3.3.11 (worked out by hand from the above). */
static const char *const long_description_escaped =
    "Første møde i styregruppen\\; vi gennemgår handleplanen\\, mål og delmål – "
    "herunder borgerens egne ord om håb\\, ønsker og drømme.\\n"
    "Ærø\\, Ølstykke og Åbenrå deltager\\; spørgsmål sendes til koordinatoren\\\\sekretariatet "
    "før mødet. Æ Ø Å æ ø å – æøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøå.";

static rorkit_ical_options fixed_options(void) {
  rorkit_ical_options o;
  memset(&o, 0, sizeof o);
  o.version = RORKIT_ICAL_OPTIONS_VERSION;
  o.dtstamp = DTSTAMP;
  o.calendar_name = "Recovery-forløb – Tønder Kommune";
  return o;
}

static char *write_copy(const rorkit_ical *ical) {
  rorkit_string s = {0, 0};
  char *copy;
  if (rorkit_ical_write(&s, ical) != RORKIT_OK) return NULL;
  copy = (char *)malloc(s.size + 1);
  if (copy) memcpy(copy, s.data, s.size + 1);
  rorkit_string_free(&s);
  return copy;
}

static void test_builder(void) {
  rorkit_ical *ical = NULL;
  rorkit_ical_options o = fixed_options();
  rorkit_string s = {0, 0};
  size_t count = 99;
  int longest = 0;
  char *unfolded, *before, *after;

  CHECK_OK(rorkit_ical_create(&ical));
  CHECK(ical != NULL);
  CHECK_OK(rorkit_ical_count(&count, ical));
  CHECK_INT(count, 0);
  CHECK_OK(rorkit_ical_set_options(ical, &o));

  /* Phase 1 of a course: Monday 5 .. Friday 9 January 2026, all day. */
  CHECK_OK(rorkit_ical_add_all_day(ical, "fase1@toender.dk", "Fase 1: Afklaring og forberedelse",
                                   long_description, "Rådhuset, Kongevej 57, Tønder",
                                   D(2026, 1, 5), D(2026, 1, 9)));
  /* A one-day event on New Year's Eve: DTEND is the next year's 1 January. */
  CHECK_OK(rorkit_ical_add_all_day(ical, "nytaar@toender.dk", "Nytårsaftensdag – lukket", NULL,
                                   NULL, D(2026, 12, 31), D(2026, 12, 31)));
  /* Over a leap day: the day after 29 February 2024 is 1 March. */
  CHECK_OK(rorkit_ical_add_all_day(ical, "skud@toender.dk", "Temadag om recovery", NULL, NULL,
                                   D(2024, 2, 28), D(2024, 2, 29)));
  /* Timed, local Copenhagen time: 09:30 (minute 570) to 11:00 (minute 660). */
  CHECK_OK(rorkit_ical_add_timed(ical, "moede1@toender.dk", "Møde i styregruppen",
                                 "Dagsorden følger", "Mødelokale Ærø", D(2026, 3, 2), 570,
                                 D(2026, 3, 2), 660));
  /* Timed over midnight: 23:45 (1425) to 00:15 (15) the next day. */
  CHECK_OK(rorkit_ical_add_timed(ical, NULL, "Nattevagt – overlevering", NULL, NULL,
                                 D(2026, 3, 2), 1425, D(2026, 3, 3), 15));
  CHECK_OK(rorkit_ical_count(&count, ical));
  CHECK_INT(count, 5);

  CHECK_OK(rorkit_ical_write(&s, ical));
  CHECK(s.data != NULL);
  if (s.data == NULL) return;
  CHECK_INT(strlen(s.data), s.size);

  /* The frame. */
  CHECK(strncmp(s.data, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 30) == 0);
  CHECK(s.size > 15 && strcmp(s.data + s.size - 15, "END:VCALENDAR\r\n") == 0);
  CHECK_CONTAINS(s.data, "\r\nPRODID:-//rorkit//rorkit//DA\r\n");
  CHECK_INT(occurrences(s.data, "BEGIN:VEVENT\r\n"), 5);
  CHECK_INT(occurrences(s.data, "END:VEVENT\r\n"), 5);
  CHECK_INT(occurrences(s.data, "\r\nDTSTAMP:" DTSTAMP "\r\n"), 5);
  /* A timed event needs the time zone definition. */
  CHECK_INT(occurrences(s.data, "BEGIN:VTIMEZONE\r\n"), 1);
  CHECK_CONTAINS(s.data, "\r\nTZID:Europe/Copenhagen\r\n");

  /* The line rules. */
  CHECK(lines_ok(s.data, s.size, &longest));
  CHECK(longest > 60); /* the long description really was folded near the limit */

  unfolded = unfold(s.data);
  if (CHECK(unfolded != NULL)) {
    CHECK_CONTAINS(unfolded, "\r\nX-WR-CALNAME:Recovery-forløb – Tønder Kommune\r\n");
    /* All-day: DTEND is the day after the last day. */
    CHECK_CONTAINS(unfolded, "\r\nUID:fase1@toender.dk\r\n");
    CHECK_CONTAINS(unfolded, "\r\nDTSTART;VALUE=DATE:20260105\r\n");
    CHECK_CONTAINS(unfolded, "\r\nDTEND;VALUE=DATE:20260110\r\n");
    CHECK_CONTAINS(unfolded, "\r\nSUMMARY:Fase 1: Afklaring og forberedelse\r\n");
    CHECK_CONTAINS(unfolded, "\r\nLOCATION:Rådhuset\\, Kongevej 57\\, Tønder\r\n");
    {
      char want[1024];
      snprintf(want, sizeof want, "\r\nDESCRIPTION:%s\r\n", long_description_escaped);
      CHECK_CONTAINS(unfolded, want);
    }
    CHECK_CONTAINS(unfolded, "\r\nDTSTART;VALUE=DATE:20261231\r\n");
    CHECK_CONTAINS(unfolded, "\r\nDTEND;VALUE=DATE:20270101\r\n");
    CHECK_CONTAINS(unfolded, "\r\nSUMMARY:Nytårsaftensdag – lukket\r\n");
    CHECK_CONTAINS(unfolded, "\r\nDTSTART;VALUE=DATE:20240228\r\n");
    CHECK_CONTAINS(unfolded, "\r\nDTEND;VALUE=DATE:20240301\r\n");
    /* Timed. */
    CHECK_CONTAINS(unfolded, "\r\nDTSTART;TZID=Europe/Copenhagen:20260302T093000\r\n");
    CHECK_CONTAINS(unfolded, "\r\nDTEND;TZID=Europe/Copenhagen:20260302T110000\r\n");
    CHECK_CONTAINS(unfolded, "\r\nSUMMARY:Møde i styregruppen\r\n");
    CHECK_CONTAINS(unfolded, "\r\nDESCRIPTION:Dagsorden følger\r\n");
    CHECK_CONTAINS(unfolded, "\r\nLOCATION:Mødelokale Ærø\r\n");
    CHECK_CONTAINS(unfolded, "\r\nDTSTART;TZID=Europe/Copenhagen:20260302T234500\r\n");
    CHECK_CONTAINS(unfolded, "\r\nDTEND;TZID=Europe/Copenhagen:20260303T001500\r\n");
    /* The event without a uid got one, under the default domain. */
    CHECK_INT(occurrences(unfolded, "\r\nUID:"), 5);
    CHECK_INT(occurrences(unfolded, "@rorkit.invalid\r\n"), 1);
    /* Events without a description or location have no such lines: 2 of 5 have them. */
    CHECK_INT(occurrences(unfolded, "\r\nDESCRIPTION:"), 2);
    CHECK_INT(occurrences(unfolded, "\r\nLOCATION:"), 2);
    free(unfolded);
  }

  /* Writing is repeatable (fixed DTSTAMP, derived UIDs are deterministic), and writing into a
     freed string works. */
  before = write_copy(ical);
  CHECK(before != NULL && strcmp(before, s.data) == 0);
  rorkit_string_free(&s);
  CHECK(s.data == NULL && s.size == 0);
  rorkit_string_free(&s);

  /* Failed adds change nothing: the count and the written text stay the same. */
  CHECK_FAIL(rorkit_ical_add_all_day(ical, "fase1@toender.dk", "Igen", NULL, NULL, D(2026, 2, 2),
                                     D(2026, 2, 2)),
             RORKIT_ERROR_DUPLICATE, "rorkit_ical_add_all_day", NULL);
  CHECK_CONTAINS(rorkit_last_error(), "fase1@toender.dk");
  CHECK_FAIL(rorkit_ical_add_timed(ical, "moede1@toender.dk", "Igen", NULL, NULL, D(2026, 2, 2),
                                   600, D(2026, 2, 2), 660),
             RORKIT_ERROR_DUPLICATE, "rorkit_ical_add_timed", NULL);
  CHECK_FAIL(rorkit_ical_add_all_day(ical, NULL, "", NULL, NULL, D(2026, 2, 2), D(2026, 2, 2)),
             RORKIT_ERROR_INVALID_ARGUMENT, "summary", NULL);
  CHECK_FAIL(rorkit_ical_add_all_day(ical, NULL, "Baglæns", NULL, NULL, D(2026, 2, 3),
                                     D(2026, 2, 2)),
             RORKIT_ERROR_DATE_ORDER, "end_date", NULL);
  CHECK_FAIL(rorkit_ical_add_timed(ical, NULL, "Baglæns", NULL, NULL, D(2026, 2, 3), 600,
                                   D(2026, 2, 2), 660),
             RORKIT_ERROR_DATE_ORDER, NULL, NULL);
  CHECK_FAIL(rorkit_ical_add_timed(ical, NULL, "Baglæns samme dag", NULL, NULL, D(2026, 2, 2),
                                   660, D(2026, 2, 2), 600),
             RORKIT_ERROR_DATE_ORDER, "end_minute", NULL);
  CHECK_FAIL(rorkit_ical_add_timed(ical, NULL, "Minut 1440", NULL, NULL, D(2026, 2, 2), 600,
                                   D(2026, 2, 2), 1440),
             RORKIT_ERROR_OUT_OF_RANGE, "end_minute", NULL);
  CHECK_FAIL(rorkit_ical_add_timed(ical, NULL, "Minut -1", NULL, NULL, D(2026, 2, 2), -1,
                                   D(2026, 2, 2), 600),
             RORKIT_ERROR_OUT_OF_RANGE, "start_minute", NULL);
  CHECK_FAIL(rorkit_ical_add_all_day(ical, NULL, "Kontroltegn \x01", NULL, NULL, D(2026, 2, 2),
                                     D(2026, 2, 2)),
             RORKIT_ERROR_INVALID_ARGUMENT, "summary", NULL);
  /* The last day of the calendar has no day after it for DTEND. */
  CHECK_FAIL(rorkit_ical_add_all_day(ical, NULL, "Verdens ende", NULL, NULL, D(9999, 12, 31),
                                     D(9999, 12, 31)),
             RORKIT_ERROR_OUT_OF_RANGE, "end_date", NULL);
  CHECK_OK(rorkit_ical_count(&count, ical));
  CHECK_INT(count, 5);
  after = write_copy(ical);
  CHECK(before != NULL && after != NULL && strcmp(before, after) == 0);
  free(after);

  /* Failed set_options change nothing either. */
  {
    rorkit_ical_options bad = fixed_options();
    bad.version = 0;
    CHECK_FAIL(rorkit_ical_set_options(ical, &bad), RORKIT_ERROR_UNSUPPORTED_VERSION,
               "rorkit_ical_set_options", NULL);
    CHECK_CONTAINS(rorkit_last_error(), "version");
    bad.version = 99;
    bad.dtstamp = "20300101T000000Z";
    CHECK_FAIL(rorkit_ical_set_options(ical, &bad), RORKIT_ERROR_UNSUPPORTED_VERSION, NULL, NULL);
    CHECK_CONTAINS(rorkit_last_error(), "99");
    bad = fixed_options();
    bad.dtstamp = "2026-01-01T12:00:00Z";
    bad.calendar_name = "Et andet navn";
    CHECK_FAIL(rorkit_ical_set_options(ical, &bad), RORKIT_ERROR_INVALID_ARGUMENT, "dtstamp",
               NULL);
    bad.dtstamp = "20260230T120000Z"; /* 30 February */
    CHECK_FAIL(rorkit_ical_set_options(ical, &bad), RORKIT_ERROR_INVALID_ARGUMENT, "dtstamp",
               NULL);
    bad.dtstamp = "20260101T240000Z";
    CHECK_FAIL(rorkit_ical_set_options(ical, &bad), RORKIT_ERROR_INVALID_ARGUMENT, "dtstamp",
               NULL);
    bad = fixed_options();
    bad.prodid = "";
    CHECK_FAIL(rorkit_ical_set_options(ical, &bad), RORKIT_ERROR_INVALID_ARGUMENT, "prodid", NULL);
    after = write_copy(ical);
    CHECK(before != NULL && after != NULL && strcmp(before, after) == 0);
    free(after);
  }

  /* Options that do apply: a new calendar name shows up, and a new uid domain renames the
     derived UID only. */
  {
    rorkit_ical_options o2 = fixed_options();
    o2.calendar_name = "Andet navn";
    o2.uid_domain = "aabenraa.dk";
    CHECK_OK(rorkit_ical_set_options(ical, &o2));
    after = write_copy(ical);
    if (CHECK(after != NULL)) {
      CHECK_CONTAINS(after, "\r\nX-WR-CALNAME:Andet navn\r\n");
      CHECK_INT(occurrences(after, "@aabenraa.dk\r\n"), 1);
      CHECK_INT(occurrences(after, "@rorkit.invalid"), 0);
      CHECK_INT(occurrences(after, "\r\nUID:fase1@toender.dk\r\n"), 1);
      free(after);
    }
  }

  free(before);
  rorkit_ical_free(ical);
  rorkit_ical_free(NULL); /* NULL-safe */
}

/* A calendar with no timed events has no VTIMEZONE; with no options DTSTAMP is "now" in UTC
   form; an empty builder writes an empty calendar. */
static void test_defaults(void) {
  rorkit_ical *ical = NULL;
  rorkit_string s = {0, 0};
  int longest = 0;

  CHECK_OK(rorkit_ical_create(&ical));
  CHECK_OK(rorkit_ical_write(&s, ical));
  if (CHECK(s.data != NULL)) {
    CHECK_CONTAINS(s.data, "BEGIN:VCALENDAR\r\n");
    CHECK_CONTAINS(s.data, "\r\nPRODID:-//rorkit//rorkit//DA\r\n");
    CHECK_INT(occurrences(s.data, "BEGIN:VEVENT"), 0);
    CHECK_INT(occurrences(s.data, "X-WR-CALNAME"), 0);
    CHECK(lines_ok(s.data, s.size, &longest));
  }
  rorkit_string_free(&s);

  CHECK_OK(rorkit_ical_add_all_day(ical, NULL, "Sommerferie", NULL, NULL, D(2026, 6, 27),
                                   D(2026, 8, 9)));
  CHECK_OK(rorkit_ical_write(&s, ical));
  if (CHECK(s.data != NULL)) {
    const char *stamp = strstr(s.data, "\r\nDTSTAMP:");
    CHECK_INT(occurrences(s.data, "VTIMEZONE"), 0);
    CHECK_CONTAINS(s.data, "\r\nDTSTART;VALUE=DATE:20260627\r\n");
    CHECK_CONTAINS(s.data, "\r\nDTEND;VALUE=DATE:20260810\r\n");
    /* DTSTAMP:YYYYMMDDTHHMMSSZ */
    if (CHECK(stamp != NULL)) {
      const char *v = stamp + 10;
      int i, form_ok = 1;
      for (i = 0; i < 16; ++i) {
        char c = v[i];
        if (i == 8 ? c != 'T' : i == 15 ? c != 'Z' : (c < '0' || c > '9')) form_ok = 0;
      }
      CHECK(form_ok && v[16] == '\r');
    }
  }
  rorkit_string_free(&s);
  rorkit_ical_free(ical);
}

/* Identical events without uids get distinct derived UIDs (so both are kept), and a builder
   whose every call succeeded can always be written. */
static void test_derived_uids(void) {
  rorkit_ical *ical = NULL;
  rorkit_ical_options o = fixed_options();
  rorkit_string s = {0, 0};
  size_t count = 0;

  CHECK_OK(rorkit_ical_create(&ical));
  CHECK_OK(rorkit_ical_set_options(ical, &o));
  CHECK_OK(rorkit_ical_add_all_day(ical, NULL, "Samme", NULL, NULL, D(2026, 5, 1), D(2026, 5, 1)));
  CHECK_OK(rorkit_ical_add_all_day(ical, NULL, "Samme", NULL, NULL, D(2026, 5, 1), D(2026, 5, 1)));
  CHECK_OK(rorkit_ical_count(&count, ical));
  CHECK_INT(count, 2);
  CHECK_OK(rorkit_ical_write(&s, ical));
  if (CHECK(s.data != NULL)) {
    const char *u1 = strstr(s.data, "\r\nUID:");
    const char *u2 = u1 ? strstr(u1 + 1, "\r\nUID:") : NULL;
    if (CHECK(u1 != NULL && u2 != NULL)) {
      size_t l1 = strcspn(u1 + 6, "\r"), l2 = strcspn(u2 + 6, "\r");
      CHECK(l1 != l2 || strncmp(u1 + 6, u2 + 6, l1) != 0);
    }
  }
  rorkit_string_free(&s);

  /* An empty uid_domain leaves nothing to derive UIDs from. Either set_options refuses it
     while uid-less events are held, or the calendar must still be writable: a sequence of
     successful calls must never leave a handle that cannot be written. */
  {
    rorkit_ical_options no_domain = fixed_options();
    rorkit_status st;
    no_domain.uid_domain = "";
    st = rorkit_ical_set_options(ical, &no_domain);
    if (st == RORKIT_OK) {
      CHECK_OK(rorkit_ical_write(&s, ical));
      rorkit_string_free(&s);
    } else {
      CHECK(rorkit_last_error()[0] != '\0');
      CHECK_OK(rorkit_ical_write(&s, ical));
      rorkit_string_free(&s);
    }
  }
  rorkit_ical_free(ical);
}

int main(void) {
  test_builder();
  test_defaults();
  test_derived_uids();
  return check_report();
}
