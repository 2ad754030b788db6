/* rorkit C ABI: key figures - the 20 figures of "Socialpsykiatriens Nøgletal" per
   municipality and year (docs/key-figures.md).

   Four handles:
     rorkit_catalogue   what each figure means (the builtin reconstruction, or your JSON)
     rorkit_panel       areas x years x figures with value, numerator, denominator, status and
                        reason per cell; from StatBank CSV, from the panel CSV or from aggregates
     rorkit_aggregates  partial integer counts computed from microdata columns; merging is
                        associative and commutative, so a computation can be split by
                        municipality or by id range, run anywhere and merged to the one-pass result
     rorkit_synthetic   a deterministic synthetic nation (columns to compute from)

   Microdata go in as columns: a table struct of borrowed pointers plus a row count. Nothing is
   kept after the call returns. Analytics come back as JSON (formats in docs/key-figures.md,
   "From C, the CLI and Python"); the HTML report as one self-contained document.

   A cell without a number (missing, or suppressed) holds NaN in value, numerator and
   denominator: never 0. Bad input (malformed CSV rows, unknown area codes or labels, duplicate
   cells, negative counts, zero denominators given as values, spells ending before they start)
   fails with a status and a message naming the row, line and column. A call that fails changes
   nothing. */
#ifndef RORKIT_KEYFIG_H
#define RORKIT_KEYFIG_H

#include "rorkit/c/rorkit_common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct rorkit_catalogue rorkit_catalogue;
typedef struct rorkit_panel rorkit_panel;
typedef struct rorkit_aggregates rorkit_aggregates;
typedef struct rorkit_synthetic rorkit_synthetic;

/* ---- the catalogue ---------------------------------------------------------------------------- */

typedef enum rorkit_figure_source {
  RORKIT_FIGURE_SOURCE_REGISTER = 1,       /* registers (Danmarks Statistik) */
  RORKIT_FIGURE_SOURCE_SELF_COLLECTED = 2  /* collected by the municipality (surveys) */
} rorkit_figure_source;

typedef enum rorkit_figure_unit {
  RORKIT_FIGURE_UNIT_PERCENT = 1,    /* numerator / denominator x 100 */
  RORKIT_FIGURE_UNIT_PER_10000 = 2,  /* x 10,000 */
  RORKIT_FIGURE_UNIT_PER_100 = 3,    /* x 100, a rate per 100 persons */
  RORKIT_FIGURE_UNIT_SCORE = 4,      /* a mean score */
  RORKIT_FIGURE_UNIT_COUNT = 5       /* the numerator itself */
} rorkit_figure_unit;

typedef enum rorkit_direction {
  RORKIT_DIRECTION_HIGHER_IS_BETTER = 1,
  RORKIT_DIRECTION_LOWER_IS_BETTER = 2,
  RORKIT_DIRECTION_NEUTRAL = 3
} rorkit_direction;

/* How the figures of several areas combine (regions, the country, comparison groups). */
typedef enum rorkit_averaging {
  RORKIT_AVERAGING_WEIGHTED = 1,   /* sum of numerators / sum of denominators */
  RORKIT_AVERAGING_UNWEIGHTED = 2  /* plain mean of the areas' values */
} rorkit_averaging;

/* One figure. The strings are static for the builtin catalogue and borrowed from the handle
   otherwise (valid until rorkit_catalogue_free). */
typedef struct rorkit_figure_info {
  const char *id;           /* "kf01" */
  int32_t number;           /* 1 */
  const char *name_da;
  const char *name_en;
  const char *theme;
  int32_t source;           /* rorkit_figure_source */
  const char *numerator;    /* definition in words */
  const char *denominator;  /* definition in words */
  int32_t unit;             /* rorkit_figure_unit */
  int32_t direction;        /* rorkit_direction */
  int32_t averaging;        /* rorkit_averaging */
  int32_t provisional;      /* 1: rorkit's reconstruction, not the official definition */
  const char *note;
} rorkit_figure_info;

/* The catalogue shipped with rorkit (data/keyfig/catalogue.json). Wherever a function takes a
   `const rorkit_catalogue *`, NULL means this one. */
RORKIT_API rorkit_status rorkit_catalogue_builtin(rorkit_catalogue **out);
/* Reads the JSON form (docs/schemas/keyfig-catalogue.schema.json); json need not be
   NUL-terminated. PARSE (line, column), SCHEMA (JSON pointer), DUPLICATE, UNSUPPORTED_VERSION. */
RORKIT_API rorkit_status rorkit_catalogue_from_json(rorkit_catalogue **out, const char *json,
                                                    size_t size);
RORKIT_API void rorkit_catalogue_free(rorkit_catalogue *catalogue); /* NULL-safe */
RORKIT_API rorkit_status rorkit_catalogue_to_json(rorkit_string *out,
                                                  const rorkit_catalogue *catalogue, int pretty);
RORKIT_API rorkit_status rorkit_catalogue_count(size_t *out, const rorkit_catalogue *catalogue);
/* The figure at an index (0 .. count-1; OUT_OF_RANGE beyond). */
RORKIT_API rorkit_status rorkit_catalogue_figure(rorkit_figure_info *out,
                                                 const rorkit_catalogue *catalogue, size_t index);
/* The figure with an id; NOT_FOUND naming it. */
RORKIT_API rorkit_status rorkit_catalogue_find(rorkit_figure_info *out,
                                               const rorkit_catalogue *catalogue, const char *id);

/* ---- panels ----------------------------------------------------------------------------------- */

typedef enum rorkit_area_kind {
  RORKIT_AREA_COUNTRY = 1,      /* "000" Hele landet */
  RORKIT_AREA_REGION = 2,       /* "081" ... "085"; "086" Region Østdanmark (provisional) */
  RORKIT_AREA_MUNICIPALITY = 3  /* "101" ... */
} rorkit_area_kind;

/* Cell status (one byte per cell in the status array). */
typedef enum rorkit_cell_status {
  RORKIT_CELL_VALUE = 0,      /* a value */
  RORKIT_CELL_TRUE_ZERO = 1,  /* a real zero (numerator 0 over a positive denominator) */
  RORKIT_CELL_MISSING = 2,    /* no value; see the reason */
  RORKIT_CELL_SUPPRESSED = 3  /* withheld for privacy; see the reason */
} rorkit_cell_status;

/* Why a cell has no value (one byte per cell in the reason array). */
typedef enum rorkit_cell_reason {
  RORKIT_REASON_NONE = 0,
  RORKIT_REASON_NOT_REPORTED = 1,         /* no input for the cell */
  RORKIT_REASON_ZERO_DENOMINATOR = 2,     /* nothing to divide by */
  RORKIT_REASON_SOURCE_MISSING = 3,       /* the source said ".." or "-" */
  RORKIT_REASON_INCOMPLETE_FOLLOWUP = 4,  /* needs data after the last year */
  RORKIT_REASON_SERIES_BREAK = 5,         /* (analytics) a series break lies in between */
  RORKIT_REASON_NON_POSITIVE = 6,         /* (analytics) undefined for a level <= 0 */
  RORKIT_REASON_SMALL_NUMERATOR = 10,     /* primary suppression */
  RORKIT_REASON_SMALL_DENOMINATOR = 11,   /* primary suppression */
  RORKIT_REASON_COMPLEMENTARY = 12        /* secondary suppression */
} rorkit_cell_reason;

/* Options for reading StatBank CSV; set .version = RORKIT_STATBANK_OPTIONS_VERSION. NULL (or
   zero fields) = detect the decimal mark and the area column, name the source "CSV", no
   selection. */
#define RORKIT_STATBANK_OPTIONS_VERSION 1
typedef struct rorkit_statbank_options {
  uint32_t version;
  char decimal;                /* ',' or '.'; 0 = detect */
  const char *source;          /* name in error messages (the file name); NULL = "CSV" */
  const char *area_column;     /* NULL = OMRÅDE, or the first column holding areas */
  const char *const *select;   /* "VAR=VALUE" for each other variable, e.g. "KØN=TOT" */
  size_t select_count;
} rorkit_statbank_options;
#define RORKIT_STATBANK_OPTIONS_INIT {RORKIT_STATBANK_OPTIONS_VERSION, 0, NULL, NULL, NULL, 0}

/* A panel of one figure from a Danmarks Statistik StatBank CSV text (csv need not be
   NUL-terminated). Errors name the source, line and column: PARSE (malformed rows, numbers),
   NOT_FOUND (unknown area codes or labels), SCHEMA (no INDHOLD, area or time column),
   DUPLICATE (a second row for a cell), INVALID_UTF8, INVALID_ARGUMENT (quarters or months,
   other variables without a selection). */
RORKIT_API rorkit_status rorkit_panel_from_statbank_csv(rorkit_panel **out, const char *csv,
                                                        size_t size, const char *figure,
                                                        const rorkit_statbank_options *options);

/* The tidy panel CSV (docs/key-figures.md, "The panel CSV"):
     area;year;figure;value;numerator;denominator;status;reason
   rorkit_panel_from_csv reads it back (source: the name in messages, NULL = "CSV"); errors
   name the line and column: PARSE, NOT_FOUND (unknown area), DUPLICATE (a second row for a
   cell), INVALID_ARGUMENT (negative counts, a zero denominator given as a value, a value that
   does not match its counts, numbers in a missing or suppressed cell). Counts are checked
   against the builtin catalogue's units. */
RORKIT_API rorkit_status rorkit_panel_from_csv(rorkit_panel **out, const char *csv, size_t size,
                                               const char *source);
RORKIT_API rorkit_status rorkit_panel_to_csv(rorkit_string *out, const rorkit_panel *panel);

RORKIT_API rorkit_status rorkit_panel_clone(rorkit_panel **out, const rorkit_panel *panel);
RORKIT_API void rorkit_panel_free(rorkit_panel *panel); /* NULL-safe */

/* The shape. The five arrays below have figures x years x areas elements in C order:
     element (f, y, a) is at index f * stride_figure + y * stride_year + a * stride_area
   with stride_figure = years * areas, stride_year = areas, stride_area = 1 (in elements). */
typedef struct rorkit_panel_dims {
  size_t figures;
  size_t years;
  size_t areas;
  int32_t first_year;
  int32_t last_year;
  size_t stride_figure;
  size_t stride_year;
  size_t stride_area;
} rorkit_panel_dims;
RORKIT_API rorkit_status rorkit_panel_dims_get(rorkit_panel_dims *out, const rorkit_panel *panel);

/* Borrowed views of the panel's storage (see rorkit_panel_dims_get for the shape): valid until the
   panel changes (rorkit_panel_suppress) or is freed. NaN marks a cell without a number. *out
   is NULL for a panel without cells. */
RORKIT_API rorkit_status rorkit_panel_values(const double **out, const rorkit_panel *panel);
RORKIT_API rorkit_status rorkit_panel_numerators(const double **out, const rorkit_panel *panel);
RORKIT_API rorkit_status rorkit_panel_denominators(const double **out, const rorkit_panel *panel);
/* rorkit_cell_status and rorkit_cell_reason values, one byte per cell. */
RORKIT_API rorkit_status rorkit_panel_statuses(const uint8_t **out, const rorkit_panel *panel);
RORKIT_API rorkit_status rorkit_panel_reasons(const uint8_t **out, const rorkit_panel *panel);

/* A copy of one cell. */
typedef struct rorkit_cell {
  double value;        /* NaN unless status is VALUE or TRUE_ZERO */
  double numerator;    /* NaN when the cell has no counts */
  double denominator;
  int32_t status;      /* rorkit_cell_status */
  int32_t reason;      /* rorkit_cell_reason */
} rorkit_cell;
/* area: a code as the panel stores it ("730") or anything StatBank names it by ("0730",
   "Randers"). NOT_FOUND (area, figure), OUT_OF_RANGE (year). */
RORKIT_API rorkit_status rorkit_panel_cell(rorkit_cell *out, const rorkit_panel *panel,
                                           const char *area, int32_t year, const char *figure);

/* An area of a panel; the strings are borrowed (valid until the panel changes or is freed). */
typedef struct rorkit_area {
  const char *code;  /* "000", "081", "730" */
  const char *name;  /* "Hele landet", "Region Midtjylland", "Randers" */
  int32_t kind;      /* rorkit_area_kind */
} rorkit_area;
/* The areas in panel order, (dst, capacity, *count) convention (docs/c-api.md). */
RORKIT_API rorkit_status rorkit_panel_areas(rorkit_area *dst, size_t capacity, size_t *count,
                                            const rorkit_panel *panel);
/* The figure ids in panel order (borrowed strings), same convention. */
RORKIT_API rorkit_status rorkit_panel_figures(const char **dst, size_t capacity, size_t *count,
                                              const rorkit_panel *panel);

/* ---- suppression ------------------------------------------------------------------------------ */

/* Cells newly withheld by one rorkit_panel_suppress call. */
typedef struct rorkit_suppression_report {
  int64_t primary;
  int64_t complementary;
} rorkit_suppression_report;

/* Statistical disclosure control in place (docs/key-figures.md, "Suppression"): a cell with
   counts whose numerator or denominator is 1 .. threshold-1 is suppressed (threshold 0 or 1:
   no primary suppression; negative: INVALID_ARGUMENT); with complementary != 0, further cells
   so that no suppressed cell can be recovered from a region or country total. A suppressed
   cell's numbers are cleared (NaN). Idempotent. report may be NULL. Borrowed pointers into the
   panel must be fetched again afterwards. */
RORKIT_API rorkit_status rorkit_panel_suppress(rorkit_suppression_report *report,
                                               rorkit_panel *panel, int32_t threshold,
                                               int32_t complementary);
/* The first suppressed cell that could be recovered from a published total, as
   "figure area year", or "" when the panel is safe. */
RORKIT_API rorkit_status rorkit_panel_find_recoverable(rorkit_string *out,
                                                       const rorkit_panel *panel);

/* ---- microdata: columns in, aggregates out ------------------------------------------------------ */

/* The tables. Each starts with a version (set it to the table's *_VERSION); `rows` is the row
   count and every non-optional column must have that many elements (NULL only when rows is 0).
   Columns are borrowed for the duration of the call. Definitions: docs/key-figures.md. */
#define RORKIT_PERSONS_TABLE_VERSION 1
typedef struct rorkit_persons_table {
  uint32_t version;
  size_t rows;
  const int64_t *id;            /* pseudonymous, unique, >= 0 */
  const int16_t *municipality;  /* residence, municipality code (101 ...) */
  const int16_t *birth_year;
  const uint8_t *status;        /* rows x years, row-major: bits 1 employed, 2 education,
                                   4 førtidspension, 8 other transfer */
  int32_t first_year;           /* the status table's first year */
  int32_t years;                /* 1 .. 1000 */
} rorkit_persons_table;

#define RORKIT_SPELLS_TABLE_VERSION 1
typedef struct rorkit_spells_table {
  uint32_t version;
  size_t rows;
  const int64_t *person;
  const int16_t *municipality;  /* the acting municipality */
  const int8_t *basis;          /* legal basis 1-9 (rorkit_plan.h's plan model codes) */
  const int32_t *start;         /* days since 1970-01-01 */
  const int32_t *end;           /* inclusive; INT32_MAX = still open; must be >= start */
} rorkit_spells_table;

#define RORKIT_ADMISSIONS_TABLE_VERSION 1
typedef struct rorkit_admissions_table {
  uint32_t version;
  size_t rows;
  const int64_t *person;
  const int32_t *date;  /* days since 1970-01-01 */
} rorkit_admissions_table;

/* Survey responses. NaN = a missing value; a value column that is NULL means every response
   lacks it. */
#define RORKIT_SURVEYS_TABLE_VERSION 1
typedef struct rorkit_surveys_table {
  uint32_t version;
  size_t rows;
  const int64_t *person;
  const int16_t *municipality;
  const int16_t *year;
  const double *who5_items;     /* rows x 5, row-major: whole numbers 0-5 */
  const double *recovery;       /* Brief INSPIRE-O 0-100 */
  const double *satisfaction;   /* 1-5 */
  const double *involvement;    /* 1-5 */
  const double *participation;  /* 0/1 */
} rorkit_surveys_table;

/* Set .version = RORKIT_COMPUTE_OPTIONS_VERSION, or start from RORKIT_COMPUTE_OPTIONS_INIT.
   NULL = all years of the persons table, ages 18-64, all hardware threads. */
#define RORKIT_COMPUTE_OPTIONS_VERSION 1
typedef struct rorkit_compute_options {
  uint32_t version;
  int32_t first_year;  /* 0 = persons->first_year */
  int32_t last_year;   /* 0 = the last year of the persons table */
  int32_t min_age;     /* target-group age in the year (year - birth_year) */
  int32_t max_age;
  int32_t threads;     /* 0 = all hardware threads; results are identical for any count */
} rorkit_compute_options;
#define RORKIT_COMPUTE_OPTIONS_INIT {RORKIT_COMPUTE_OPTIONS_VERSION, 0, 0, 18, 64, 0}

/* Computes the partial aggregates of all 20 figures. persons is required; spells, admissions
   and surveys may be NULL (no rows). persons may be any subset of the population (a
   partition): rows of the other tables whose person is not among them are ignored (but still
   validated), so every partition can be given the same tables.
   INVALID_ARGUMENT names the table, row and column for bad rows: unknown municipality codes,
   negative or duplicate ids, spells ending before they start, legal-basis codes outside 1-9,
   unknown status bits, survey values outside their scales; NULL_POINTER for a column that is
   NULL although rows > 0; UNSUPPORTED_VERSION for a table or options version. */
RORKIT_API rorkit_status rorkit_aggregates_compute(rorkit_aggregates **out,
                                                   const rorkit_persons_table *persons,
                                                   const rorkit_spells_table *spells,
                                                   const rorkit_admissions_table *admissions,
                                                   const rorkit_surveys_table *surveys,
                                                   const rorkit_compute_options *options);
/* Empty aggregates: the identity of rorkit_aggregates_merge (start of a reduction). */
RORKIT_API rorkit_status rorkit_aggregates_create(rorkit_aggregates **out);
RORKIT_API rorkit_status rorkit_aggregates_clone(rorkit_aggregates **out,
                                                 const rorkit_aggregates *aggregates);
RORKIT_API void rorkit_aggregates_free(rorkit_aggregates *aggregates); /* NULL-safe */

/* into += other. Both must cover the same years and age band (INVALID_ARGUMENT otherwise);
   an empty side is the identity. */
RORKIT_API rorkit_status rorkit_aggregates_merge(rorkit_aggregates *into,
                                                 const rorkit_aggregates *other);

/* The compact binary form for shipping partial results between processes (little-endian,
   magic "RKFA", format version 1): out->data holds out->size bytes (not text). */
RORKIT_API rorkit_status rorkit_aggregates_serialize(rorkit_string *out,
                                                     const rorkit_aggregates *aggregates);
/* PARSE for bytes that are not serialized aggregates (including negative counts),
   UNSUPPORTED_VERSION for another format version. */
RORKIT_API rorkit_status rorkit_aggregates_deserialize(rorkit_aggregates **out, const void *bytes,
                                                       size_t size);

typedef struct rorkit_aggregates_info {
  int32_t empty;       /* 1: no years (the merge identity); the other fields are 0 */
  int32_t first_year;
  int32_t last_year;
  int32_t min_age;
  int32_t max_age;
} rorkit_aggregates_info;
RORKIT_API rorkit_status rorkit_aggregates_info_get(rorkit_aggregates_info *out,
                                                    const rorkit_aggregates *aggregates);

/* The counts of one cell: municipality code (101 ...), year, figure number 1-20. NOT_FOUND for
   an unknown municipality, OUT_OF_RANGE for a year or figure outside the aggregates. Score
   figures (kf16, kf17) are summed in thousandths of a point. */
RORKIT_API rorkit_status rorkit_aggregates_counts(int64_t *numerator, int64_t *denominator,
                                                  const rorkit_aggregates *aggregates,
                                                  int32_t municipality, int32_t year,
                                                  int32_t figure);
/* Persons on Indsatstrappe step `from` at the start of `year` and on `to` at its end (steps
   0 none, 1 low threshold, 2 activity, 3 home support, 4 temporary housing, 5 supported
   housing, 6 long-term housing). */
RORKIT_API rorkit_status rorkit_aggregates_stair(int64_t *out, const rorkit_aggregates *aggregates,
                                                 int32_t municipality, int32_t year, int32_t from,
                                                 int32_t to);

/* The Indsatstrappe distribution protected for publication (the rule of the HTML report's
   section, docs/key-figures.md "Indsatstrappe"): start[i] and end[i] are the % of the persons on
   step i+1 (steps 1-6) on 1 January and on 31 December, NaN where withheld; all six are NaN when
   the distribution may not be shown at all (fewer than `threshold` persons, or none). threshold
   5 is the default rule; 0 or 1 withhold nothing; below 0: INVALID_ARGUMENT. NOT_FOUND for an
   unknown municipality, OUT_OF_RANGE for a year outside the aggregates. */
RORKIT_API rorkit_status rorkit_aggregates_stair_shares(double start[6], double end[6],
                                                        const rorkit_aggregates *aggregates,
                                                        int32_t municipality, int32_t year,
                                                        int32_t threshold);

/* The panel of all areas: the municipalities from the counts, the regions and the country by
   the catalogue's averaging rule (NULL = builtin). INVALID_STATE for empty aggregates. */
RORKIT_API rorkit_status rorkit_aggregates_to_panel(rorkit_panel **out,
                                                    const rorkit_aggregates *aggregates,
                                                    const rorkit_catalogue *catalogue);

/* ---- analytics (JSON out; formats in docs/key-figures.md) -------------------------------------- */

/* {"area","figure","base_year","points":[{"year","level":CELL,"change_previous":D,
   "change_base":D,"index":D}],"cagr":D}, where CELL = {"value","numerator","denominator",
   "status","reason"} and D = {"value","status","reason"}; a number that does not exist is
   null. base_year 0 = the panel's first year. */
RORKIT_API rorkit_status rorkit_keyfig_development(rorkit_string *out, const rorkit_panel *panel,
                                                   const char *area, const char *figure,
                                                   int32_t base_year);
/* Least-squares trend after the last series break: {"first_year","last_year","points","slope",
   "intercept","slope_low","slope_high","r_squared","status","reason"}. confidence 0 = 0.95. */
RORKIT_API rorkit_status rorkit_keyfig_trend(rorkit_string *out, const rorkit_panel *panel,
                                             const char *area, const char *figure,
                                             double confidence);
/* Rank among the municipalities: {"rank","of","percentile","status","reason"}. */
RORKIT_API rorkit_status rorkit_keyfig_rank(rorkit_string *out, const rorkit_panel *panel,
                                            const char *municipality, int32_t year,
                                            const char *figure, const rorkit_catalogue *catalogue);
/* Comparisons: {"reference","members":[...],"averaging","member_count","reference_value":D,
   "difference":D,"rule"} - every comparison states its averaging rule and how many areas it
   averaged. */
RORKIT_API rorkit_status rorkit_keyfig_compare_country(rorkit_string *out,
                                                       const rorkit_panel *panel,
                                                       const char *area, int32_t year,
                                                       const char *figure,
                                                       const rorkit_catalogue *catalogue);
RORKIT_API rorkit_status rorkit_keyfig_compare_region(rorkit_string *out,
                                                      const rorkit_panel *panel,
                                                      const char *municipality, int32_t year,
                                                      const char *figure,
                                                      const rorkit_catalogue *catalogue);
/* averaging: 0 = the catalogue's rule, else a rorkit_averaging. */
RORKIT_API rorkit_status rorkit_keyfig_compare_group(rorkit_string *out,
                                                     const rorkit_panel *panel, const char *area,
                                                     const char *const *group, size_t group_count,
                                                     int32_t year, const char *figure,
                                                     int32_t averaging,
                                                     const rorkit_catalogue *catalogue);
/* The k municipalities most like `municipality` on the given figures' values in a year
   (z-scored Euclidean distance): {"municipality","year","figures":[...],"similar":[...]}. */
RORKIT_API rorkit_status rorkit_keyfig_most_similar(rorkit_string *out, const rorkit_panel *panel,
                                                    const char *municipality, int32_t year,
                                                    const char *const *figures,
                                                    size_t figure_count, size_t k);

/* ---- the HTML report ---------------------------------------------------------------------------- */

/* Set .version = RORKIT_REPORT_OPTIONS_VERSION or start from RORKIT_REPORT_OPTIONS_INIT; zero
   fields mean the defaults. */
#define RORKIT_REPORT_OPTIONS_VERSION 1
typedef struct rorkit_report_options {
  uint32_t version;
  const char *municipality;     /* required: code or name */
  int32_t year;                 /* 0 = the panel's last year */
  const char *const *group;     /* comparison group (codes or names); NULL = the 5 most similar */
  size_t group_count;
  const char *title;            /* NULL = "Socialpsykiatriens nøgletal – <name>" */
  const char *data_note;        /* NULL = none; e.g. "Synthetic data" */
  /* Disclosure control of a copy of the panel before drawing: 0 = the default threshold 5;
     1 = no primary suppression; 2 or more = that threshold; -1 = none (draw the panel's
     published cells as they are). */
  int32_t suppression_threshold;
  int32_t no_complementary;     /* 1: primary suppression only */
  const rorkit_catalogue *catalogue; /* NULL = builtin */
} rorkit_report_options;
#define RORKIT_REPORT_OPTIONS_INIT {RORKIT_REPORT_OPTIONS_VERSION, NULL, 0, NULL, 0, NULL, NULL, 0, 0, NULL}

/* One self-contained HTML document (UTF-8, inline CSS and SVG, nothing from the network) for a
   municipality. stair (may be NULL) adds the Indsatstrappe section. NOT_FOUND (municipality or
   group member not in the panel), INVALID_ARGUMENT (not a municipality), OUT_OF_RANGE (year). */
RORKIT_API rorkit_status rorkit_keyfig_report_html(rorkit_string *out, const rorkit_panel *panel,
                                                   const rorkit_report_options *options,
                                                   const rorkit_aggregates *stair);

/* ---- synthetic microdata ------------------------------------------------------------------------ */

/* Set .version = RORKIT_SYNTHETIC_OPTIONS_VERSION; zero fields mean the defaults. */
#define RORKIT_SYNTHETIC_OPTIONS_VERSION 1
typedef struct rorkit_synthetic_options {
  uint32_t version;
  int64_t persons;     /* residents of all ages; 0 = 500,000 */
  int32_t first_year;  /* 0 = 2018 */
  int32_t years;       /* 1-64; 0 = 6 */
  uint64_t seed;       /* 0 = 20260101 */
  int32_t no_surveys;  /* 1: no survey responses */
} rorkit_synthetic_options;
#define RORKIT_SYNTHETIC_OPTIONS_INIT {RORKIT_SYNTHETIC_OPTIONS_VERSION, 0, 0, 0, 0, 0}

/* A deterministic synthetic nation (same seed, same bytes on every platform), clearly labelled
   synthetic. NULL options = the defaults. */
RORKIT_API rorkit_status rorkit_synthetic_generate(rorkit_synthetic **out,
                                                   const rorkit_synthetic_options *options);
RORKIT_API void rorkit_synthetic_free(rorkit_synthetic *data); /* NULL-safe */
/* The tables as column pointers into the handle (valid until rorkit_synthetic_free), ready for
   rorkit_aggregates_compute. Any of the four may be NULL. */
RORKIT_API rorkit_status rorkit_synthetic_tables(rorkit_persons_table *persons,
                                                 rorkit_spells_table *spells,
                                                 rorkit_admissions_table *admissions,
                                                 rorkit_surveys_table *surveys,
                                                 const rorkit_synthetic *data);

#ifdef __cplusplus
}
#endif

#endif
