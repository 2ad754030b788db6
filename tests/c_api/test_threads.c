/* rorkit_last_error is per thread (DESIGN.md: "errors are per thread"; docs/threading.md).

   Part 1 runs two threads in lock step with a barrier, so the interleaving is fixed: one thread
   fails, the other succeeds (or fails differently), and each must still see its own message.
   Part 2 lets several threads run free, failing and succeeding with thread-specific inputs, and
   also exercises the library's lazily built shared tables (municipality index, default
   calendar) from several threads at once.

   The CHECK counters are not thread-safe, so the threads only record what they saw and main
   checks it. */
#define _POSIX_C_SOURCE 200809L

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "check.h"

/* ---- part 1: lock step ------------------------------------------------------------------------ */

static pthread_barrier_t barrier;

struct lockstep {
  /* what thread A saw */
  int a_fail_status, a_after_b_ok, a_after_b_fail, a_cleared_by_own_success;
  char a_msg_first[256], a_msg_after_b_ok[256], a_msg_after_b_fail[256];
  /* what thread B saw */
  int b_initial_empty, b_ok_status, b_after_a_fail_empty, b_fail_status;
  char b_msg[256], b_msg_after_a_cleared[256];
};

static struct lockstep ls;

static void copy_msg(char *dst, size_t cap) {
  const char *m = rorkit_last_error();
  snprintf(dst, cap, "%s", m ? m : "(NULL)");
}

static void *thread_a(void *arg) {
  rorkit_date d;
  (void)arg;
  /* step 1: A fails */
  ls.a_fail_status = rorkit_date_parse(&d, "thread-A-bogus");
  copy_msg(ls.a_msg_first, sizeof ls.a_msg_first);
  pthread_barrier_wait(&barrier);
  /* step 2: B succeeds */
  pthread_barrier_wait(&barrier);
  /* step 3: A's message survived B's success */
  copy_msg(ls.a_msg_after_b_ok, sizeof ls.a_msg_after_b_ok);
  pthread_barrier_wait(&barrier);
  /* step 4: B fails with its own input */
  pthread_barrier_wait(&barrier);
  /* step 5: A still has its own message, not B's */
  copy_msg(ls.a_msg_after_b_fail, sizeof ls.a_msg_after_b_fail);
  /* step 6: A succeeds, clearing only its own */
  ls.a_cleared_by_own_success = rorkit_date_validate(D(2025, 1, 1)) == RORKIT_OK &&
                                rorkit_last_error()[0] == '\0';
  pthread_barrier_wait(&barrier);
  /* step 7: B looks */
  pthread_barrier_wait(&barrier);
  return NULL;
}

static void *thread_b(void *arg) {
  rorkit_municipality m;
  (void)arg;
  /* step 1: A fails; B has had no failure */
  pthread_barrier_wait(&barrier);
  ls.b_initial_empty = rorkit_last_error()[0] == '\0';
  /* step 2: B succeeds */
  ls.b_ok_status = rorkit_municipality_find(&m, "Aabenraa", NULL);
  ls.b_after_a_fail_empty = rorkit_last_error()[0] == '\0';
  pthread_barrier_wait(&barrier);
  /* step 3: A looks */
  pthread_barrier_wait(&barrier);
  /* step 4: B fails */
  ls.b_fail_status = rorkit_municipality_find(&m, "thread-B-nowhere", NULL);
  copy_msg(ls.b_msg, sizeof ls.b_msg);
  pthread_barrier_wait(&barrier);
  /* step 5, 6: A looks, then A succeeds */
  pthread_barrier_wait(&barrier);
  /* step 7: B's failure is still there after A's success */
  copy_msg(ls.b_msg_after_a_cleared, sizeof ls.b_msg_after_a_cleared);
  pthread_barrier_wait(&barrier);
  return NULL;
}

static void test_lockstep(void) {
  pthread_t a, b;
  memset(&ls, 0, sizeof ls);
  if (!CHECK(pthread_barrier_init(&barrier, NULL, 2) == 0)) return;
  CHECK(pthread_create(&a, NULL, thread_a, NULL) == 0);
  CHECK(pthread_create(&b, NULL, thread_b, NULL) == 0);
  CHECK(pthread_join(a, NULL) == 0);
  CHECK(pthread_join(b, NULL) == 0);
  pthread_barrier_destroy(&barrier);

  CHECK_INT(ls.a_fail_status, RORKIT_ERROR_INVALID_DATE);
  CHECK_CONTAINS(ls.a_msg_first, "thread-A-bogus");
  CHECK(ls.b_initial_empty);
  CHECK_INT(ls.b_ok_status, RORKIT_OK);
  CHECK(ls.b_after_a_fail_empty);
  CHECK_STR(ls.a_msg_after_b_ok, ls.a_msg_first);
  CHECK_INT(ls.b_fail_status, RORKIT_ERROR_NOT_FOUND);
  CHECK_CONTAINS(ls.b_msg, "thread-B-nowhere");
  CHECK_STR(ls.a_msg_after_b_fail, ls.a_msg_first);
  CHECK(strstr(ls.a_msg_after_b_fail, "thread-B") == NULL);
  CHECK(ls.a_cleared_by_own_success);
  CHECK_STR(ls.b_msg_after_a_cleared, ls.b_msg);

  /* The main thread made no failing call: its own message is still empty. */
  CHECK_STR(rorkit_last_error(), "");
}

/* ---- part 2: free running --------------------------------------------------------------------- */

#define WORKERS 4
#define ROUNDS 2000

struct worker {
  int id;
  int wrong_status, wrong_message, not_cleared, wrong_result;
  char first_problem[256];
};

static void note(struct worker *w, const char *what) {
  if (w->first_problem[0] == '\0')
    snprintf(w->first_problem, sizeof w->first_problem, "worker %d round: %s (last error \"%s\")",
             w->id, what, rorkit_last_error());
}

static void *worker_main(void *arg) {
  struct worker *w = (struct worker *)arg;
  char query[64], tag[64];
  int i;
  snprintf(query, sizeof query, "Nowhere-%d", w->id);
  snprintf(tag, sizeof tag, "worker-%d", w->id);
  for (i = 0; i < ROUNDS; ++i) {
    rorkit_municipality m;
    rorkit_date d;
    int working = -1;
    rorkit_status s;

    /* A failure that names this worker's own query. */
    s = rorkit_municipality_find(&m, query, NULL);
    if (s != RORKIT_ERROR_NOT_FOUND) {
      ++w->wrong_status;
      note(w, "find did not fail");
    }
    if (strstr(rorkit_last_error(), query) == NULL) {
      ++w->wrong_message;
      note(w, "message is not this worker's");
    }

    /* A success clears it; results are right while others run. The default (NULL) calendar and
       the municipality table are shared, read-only state. */
    s = rorkit_calendar_is_working_day(&working, NULL, D(2025, 6, 5)); /* grundlovsdag */
    if (s != RORKIT_OK || working != 0) {
      ++w->wrong_result;
      note(w, "is_working_day");
    }
    if (rorkit_last_error()[0] != '\0') {
      ++w->not_cleared;
      note(w, "success did not clear");
    }
    s = rorkit_municipality_find(&m, (i + w->id) % 2 ? "0169" : "Høje-Taastrup", NULL);
    if (s != RORKIT_OK || m.code != 169) {
      ++w->wrong_result;
      note(w, "find 169");
    }

    /* A different kind of failure, with this worker's tag in the text. */
    s = rorkit_date_parse(&d, tag);
    if (s != RORKIT_ERROR_INVALID_DATE) {
      ++w->wrong_status;
      note(w, "parse did not fail");
    }
    if (strstr(rorkit_last_error(), tag) == NULL) {
      ++w->wrong_message;
      note(w, "parse message is not this worker's");
    }
  }
  return NULL;
}

static void test_free_running(void) {
  pthread_t threads[WORKERS];
  struct worker workers[WORKERS];
  int i, started[WORKERS];
  memset(workers, 0, sizeof workers);
  for (i = 0; i < WORKERS; ++i) {
    workers[i].id = i;
    started[i] = pthread_create(&threads[i], NULL, worker_main, &workers[i]) == 0;
    CHECK(started[i]);
  }
  for (i = 0; i < WORKERS; ++i)
    if (started[i]) CHECK(pthread_join(threads[i], NULL) == 0);
  for (i = 0; i < WORKERS; ++i) {
    CHECK_INT(workers[i].wrong_status, 0);
    CHECK_INT(workers[i].wrong_message, 0);
    CHECK_INT(workers[i].not_cleared, 0);
    CHECK_INT(workers[i].wrong_result, 0);
    if (workers[i].first_problem[0]) fprintf(stderr, "    %s\n", workers[i].first_problem);
  }
  CHECK_STR(rorkit_last_error(), "");
}

/* A message set on the main thread is not visible to a new thread, and the new thread's failure
   does not reach the main thread. */
static char child_saw[256];
static int child_status;

static void *child(void *arg) {
  rorkit_region r;
  (void)arg;
  copy_msg(child_saw, sizeof child_saw);
  child_status = rorkit_region_find(&r, "child-region");
  return NULL;
}

static void test_new_thread_starts_clean(void) {
  rorkit_date d;
  pthread_t t;
  CHECK(rorkit_date_parse(&d, "main-thread-bogus") == RORKIT_ERROR_INVALID_DATE);
  CHECK_CONTAINS(rorkit_last_error(), "main-thread-bogus");
  if (CHECK(pthread_create(&t, NULL, child, NULL) == 0)) CHECK(pthread_join(t, NULL) == 0);
  CHECK_STR(child_saw, "");
  CHECK_INT(child_status, RORKIT_ERROR_NOT_FOUND);
  CHECK_CONTAINS(rorkit_last_error(), "main-thread-bogus");
  CHECK(strstr(rorkit_last_error(), "child-region") == NULL);
}

int main(void) {
  /* Part 2 first, so that the threads are the first to touch the shared tables. */
  test_free_running();
  test_lockstep();
  test_new_thread_starts_clean();
  return check_report();
}
