/* localTriage.c — the local provider: team from the trained model, posterior as
 * confidence, language, lexicon sentiment and priority, extractive summary. */
#include "triage/localTriage.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/config.h"
#include "core/errors.h"
#include "triage/langDetect.h"
#include "core/log.h"
#include "triage/summarize.h"
#include "triage/textNorm.h"

struct TriageModel {
    void *map;
    size_t map_len;
    const TriageModelHeader *h;
    const float *bias;
    const int16_t *w;
    char name[40]; /* "local-nb-2-1a2b3c4d": algorithm, format, checksum */
};

_Static_assert(sizeof(TriageModelHeader) == 64, "model header is 64 bytes on disk");
_Static_assert(TRIAGE_TEAM_COUNT <= TRIAGE_MODEL_SLOTS, "teams fit the padded slots");

int triage_model_load(const char *path, TriageModel **out)
{
    int fd = -1, rc = 0;
    void *map = MAP_FAILED;
    size_t len = 0;
    *out = NULL;
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return ERR_IO;
    struct stat st;
    if (fstat(fd, &st) != 0) {
        rc = ERR_IO;
        goto cleanup;
    }
    len = (size_t)st.st_size;
    if (len < sizeof(TriageModelHeader) + 8) {
        rc = ERR_PARSE;
        goto cleanup;
    }
    map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map == MAP_FAILED) {
        rc = ERR_IO;
        goto cleanup;
    }
    const TriageModelHeader *h = map;
    if (memcmp(h->magic, TRIAGE_MODEL_MAGIC, 8) != 0 || h->version != TRIAGE_MODEL_VERSION ||
        h->bits < 10 || h->bits > 24 || h->classes != TRIAGE_TEAM_COUNT || !(h->scale > 0) ||
        !(h->temperature > 0) || h->holdout_pct > 90 ||
        (h->flags & ~(TRIAGE_MODEL_LOGREG | TRIAGE_MODEL_SQRT_NORM)) != 0) {
        rc = ERR_PARSE;
        goto cleanup;
    }
    size_t want = sizeof *h + TRIAGE_MODEL_SLOTS * sizeof(float) +
                  ((size_t)1 << h->bits) * TRIAGE_MODEL_SLOTS * sizeof(int16_t) + sizeof(uint64_t);
    if (len != want) {
        rc = ERR_PARSE;
        goto cleanup;
    }
    uint64_t sum;
    memcpy(&sum, (const char *)map + len - 8, 8);
    if (text_hash64(map, len - 8, 0) != sum) {
        rc = ERR_PARSE;
        goto cleanup;
    }
    TriageModel *m = calloc(1, sizeof *m);
    if (!m)
        abort();
    m->map = map;
    m->map_len = len;
    m->h = h;
    m->bias = (const float *)((const char *)map + sizeof *h);
    m->w = (const int16_t *)((const char *)map + sizeof *h + TRIAGE_MODEL_SLOTS * sizeof(float));
    /* The checksum names the exact weights: triage_runs.model tells which
     * training answered, and two hosts with the same file agree. */
    snprintf(m->name, sizeof m->name, "local-%s-%u-%08x", h->flags & TRIAGE_MODEL_LOGREG ? "lr" : "nb",
             (unsigned)h->version, (unsigned)(sum >> 32));
    map = MAP_FAILED; /* owned by m now */
    *out = m;
cleanup:
    if (map != MAP_FAILED)
        munmap(map, len);
    if (fd >= 0)
        close(fd);
    return rc;
}

void triage_model_free(TriageModel **m)
{
    if (!m || !*m)
        return;
    munmap((*m)->map, (*m)->map_len);
    free(*m);
    *m = NULL;
}

const TriageModelHeader *triage_model_header(const TriageModel *m) { return m->h; }

const char *triage_model_name(const TriageModel *m) { return m->name; }

int triage_model_predict(const TriageModel *m, const char *text, double probs[TRIAGE_TEAM_COUNT])
{
    static __thread uint32_t feat[TEXTNORM_MAX_FEATURES];
    int nf = text_features(text, feat, TEXTNORM_MAX_FEATURES, (int)m->h->bits);
    int64_t acc[TRIAGE_MODEL_SLOTS] = {0};
    for (int i = 0; i < nf; i++) {
        const int16_t *w = m->w + (size_t)feat[i] * TRIAGE_MODEL_SLOTS;
        for (int c = 0; c < TRIAGE_MODEL_SLOTS; c++)
            acc[c] += w[c];
    }
    double logit[TRIAGE_TEAM_COUNT], best = -INFINITY;
    double norm = (m->h->flags & TRIAGE_MODEL_SQRT_NORM) && nf > 0 ? 1.0 / sqrt((double)nf) : 1.0;
    int arg = 0;
    for (int c = 0; c < TRIAGE_TEAM_COUNT; c++) {
        logit[c] = ((double)m->bias[c] + (double)acc[c] / m->h->scale * norm) / m->h->temperature;
        if (logit[c] > best) {
            best = logit[c];
            arg = c;
        }
    }
    double total = 0;
    for (int c = 0; c < TRIAGE_TEAM_COUNT; c++) {
        probs[c] = exp(logit[c] - best);
        total += probs[c];
    }
    for (int c = 0; c < TRIAGE_TEAM_COUNT; c++)
        probs[c] /= total;
    return arg;
}

/* --- heuristics --------------------------------------------------------- */

/* Lexicons, written naturally; folded once through textNorm so that they
 * match tokens ("goood" and "good" both fold to "god"). */
static const char *const NEGATIVE[] = {
    "bad", "worst", "pathetic", "useless", "horrible", "terrible", "disappointed", "disappointing",
    "rubbish", "waste", "poor", "angry", "frustrated", "fraud", "cheat", "cheated", "cheating", "scam",
    "fake", "duplicate", "nonsense", "irritated", "harassment", "disgusting", "hopeless", "kharab",
    "bekar", "bakwas", "ghatiya", "dhokha", "pareshan", "gussa", "chor", "faltu", "bura", "lootna",
    "loot", "barbad", "jal", "\xe0\xa4\xac\xe0\xa5\x87\xe0\xa4\x95\xe0\xa4\xbe\xe0\xa4\xb0",
    "\xe0\xa4\x96\xe0\xa4\xb0\xe0\xa4\xbe\xe0\xa4\xac", "\xe0\xa4\x98\xe0\xa4\x9f\xe0\xa4\xbf\xe0\xa4\xaf\xe0\xa4\xbe",
    "\xe0\xa4\xa7\xe0\xa5\x8b\xe0\xa4\x96\xe0\xa4\xbe", "\xe0\xa4\xaa\xe0\xa4\xb0\xe0\xa5\x87\xe0\xa4\xb6\xe0\xa4\xbe\xe0\xa4\xa8",
    "\xe0\xa4\xac\xe0\xa4\x95\xe0\xa4\xb5\xe0\xa4\xbe\xe0\xa4\xb8", "\xe0\xa4\x97\xe0\xa5\x81\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\xb8\xe0\xa4\xbe",
    "\xe0\xa4\xa8\xe0\xa4\x95\xe0\xa4\xb2\xe0\xa5\x80", "\xe0\xa4\xac\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xac\xe0\xa4\xbe\xe0\xa4\xa6",
    "<angry>",
};
static const char *const POSITIVE[] = {
    "thanks", "thank", "good", "great", "excellent", "happy", "awesome", "nice", "love", "amazing",
    "wonderful", "helpful", "satisfied", "best", "superb", "perfect", "appreciate", "dhanyavad",
    "shukriya", "badhiya", "acha", "mast", "khush", "zabardast", "<thumbsup>",
    "\xe0\xa4\xa7\xe0\xa4\xa8\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa4\xb5\xe0\xa4\xbe\xe0\xa4\xa6",
    "\xe0\xa4\xb6\xe0\xa5\x81\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbf\xe0\xa4\xaf\xe0\xa4\xbe",
    "\xe0\xa4\xac\xe0\xa4\xa2\xe0\xa4\xbf\xe0\xa4\xaf\xe0\xa4\xbe", "\xe0\xa4\x85\xe0\xa4\x9a\xe0\xa5\x8d\xe0\xa4\x9b\xe0\xa4\xbe",
    "\xe0\xa4\x96\xe0\xa5\x81\xe0\xa4\xb6",
};
static const char *const URGENT[] = {
    "urgent", "urgently", "asap", "immediately", "emergency", "jaldi", "turant", "fauran",
    "today", "critical", "\xe0\xa4\xa4\xe0\xa5\x81\xe0\xa4\xb0\xe0\xa4\x82\xe0\xa4\xa4",
    "\xe0\xa4\x9c\xe0\xa4\xb2\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x80", "\xe0\xa4\xab\xe0\xa5\x8c\xe0\xa4\xb0\xe0\xa4\xa8"
};
/* Escalation: legal threats and fraud claims go to the top. */
static const char *const ESCALATE[] = {
    "fraud", "scam", "cheat", "cheated", "police", "court", "legal", "lawyer", "fir", "dhokha",
    "chor", "consumer", "\xe0\xa4\xa7\xe0\xa5\x8b\xe0\xa4\x96\xe0\xa4\xbe", "\xe0\xa4\xaa\xe0\xa5\x81\xe0\xa4\xb2\xe0\xa4\xbf\xe0\xa4\xb8",
    "\xe0\xa4\xa7\xe0\xa5\x8b\xe0\xa4\x96\xe0\xa4\xbe\xe0\xa4\xa7\xe0\xa4\xa1\xe0\xa4\xbc\xe0\xa5\x80",
};
static const char *const NEGATORS[] = {"not", "no", "nahi", "never", "\xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82", "na"};

typedef struct Lexicon {
    const char *const *words;
    size_t n;
    char **folded;
} Lexicon;

static Lexicon g_neg = {NEGATIVE, sizeof NEGATIVE / sizeof NEGATIVE[0], NULL};
static Lexicon g_pos = {POSITIVE, sizeof POSITIVE / sizeof POSITIVE[0], NULL};
static Lexicon g_urg = {URGENT, sizeof URGENT / sizeof URGENT[0], NULL};
static Lexicon g_esc = {ESCALATE, sizeof ESCALATE / sizeof ESCALATE[0], NULL};
static Lexicon g_not = {NEGATORS, sizeof NEGATORS / sizeof NEGATORS[0], NULL};

static int lex_has(Lexicon *l, const char *tok)
{
    if (!l->folded) {
        /* Once per process; kept for its lifetime. */
        l->folded = calloc(l->n, sizeof *l->folded);
        if (!l->folded)
            abort();
        for (size_t i = 0; i < l->n; i++) {
            char buf[128];
            if (l->words[i][0] == '<')
                l->folded[i] = strdup(l->words[i]);
            else {
                text_normalize(l->words[i], buf, sizeof buf);
                l->folded[i] = strdup(buf);
            }
            if (!l->folded[i])
                abort();
        }
    }
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(tok, l->folded[i]) == 0)
            return 1;
    return 0;
}

typedef struct Signals {
    int neg, pos, urgent, escalate, bangs;
} Signals;

static void signals(const char *text, Signals *s)
{
    static __thread TextTokens t;
    memset(s, 0, sizeof *s);
    text_tokenize(text, &t);
    for (int i = 0; i < t.count; i++) {
        const char *w = t.tok[i];
        int negated = i > 0 && lex_has(&g_not, t.tok[i - 1]);
        if (lex_has(&g_pos, w)) {
            if (negated)
                s->neg++;
            else
                s->pos++;
        }
        if (lex_has(&g_neg, w))
            s->neg++;
        s->urgent += lex_has(&g_urg, w);
        s->escalate += lex_has(&g_esc, w);
    }
    if (text && strstr(text, "!!"))
        s->bangs = 1;
}

static const char *sentiment_of(const Signals *s)
{
    if (s->neg > 0 && s->neg + s->bangs >= s->pos)
        return "negative";
    if (s->pos > s->neg)
        return "positive";
    return "neutral";
}

const char *triage_sentiment(const char *text)
{
    Signals s;
    signals(text, &s);
    return sentiment_of(&s);
}

static const char *priority_of(const Signals *s, const char *team, const char *sentiment)
{
    int negative = sentiment && strcmp(sentiment, "negative") == 0;
    int money_or_goods = team && (strcmp(team, "finance") == 0 || strcmp(team, "returns_refunds") == 0 ||
                                  strcmp(team, "dispatch") == 0);
    if (s->escalate > 0 || (s->urgent > 0 && negative))
        return "urgent";
    if (s->urgent > 0 || (negative && money_or_goods) || (negative && s->bangs))
        return "high";
    if (team && strcmp(team, "general") == 0 && !negative)
        return "low";
    return "medium";
}

const char *triage_priority(const char *text, const char *team, const char *sentiment)
{
    Signals s;
    signals(text, &s);
    return priority_of(&s, team, sentiment);
}

/* --- the provider ------------------------------------------------------- */

static TriageModel *g_model;
static char *g_model_path;      /* override from local_triage_use_model() */
static int g_load_warned;
/* Identity of the file g_model came from: a retrain renames a new file
 * over the path (new inode), and the next triage loads it. */
static struct stat g_model_st;

void local_triage_use_model(const char *path)
{
    triage_model_free(&g_model);
    free(g_model_path);
    g_model_path = path ? strdup(path) : NULL;
    g_load_warned = 0;
}

static const char *model_path(void)
{
    if (g_model_path)
        return g_model_path;
    if (g_config.triage_model_file)
        return g_config.triage_model_file;
    /* csctl may run with a partial config (no DATABASE_URL): read the
     * variable directly before falling back to the default. */
    const char *env = getenv("TRIAGE_MODEL_FILE");
    return env && *env ? env : TRIAGE_DEFAULT_MODEL_FILE;
}

static int same_file(const struct stat *a, const struct stat *b)
{
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
           a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

/* Loads the model, or a newer file at the same path (one stat per call:
 * about a microsecond, so job workers pick up a retrain without a restart
 * or a signal). A new file that does not load leaves the old model in
 * use. 0 or ERR_UNAVAILABLE. */
static int model_refresh(void)
{
    const char *path = model_path();
    struct stat st;
    int have_st = stat(path, &st) == 0;
    if (g_model && (!have_st || same_file(&st, &g_model_st)))
        return 0; /* unchanged, or removed: keep serving what we have */
    TriageModel *fresh = NULL;
    int rc = have_st ? triage_model_load(path, &fresh) : ERR_IO;
    if (rc != 0) {
        if (!g_load_warned)
            log_kv(LOG_WARN, g_model ? "new local triage model rejected; keeping the loaded one"
                                     : "local triage model unavailable",
                   "path=\"%s\" err=%s", path, err_name(rc));
        g_load_warned = 1;
        if (g_model && have_st)
            g_model_st = st; /* do not retry the same bad file on every call */
        return g_model ? 0 : ERR_UNAVAILABLE;
    }
    if (g_model)
        log_kv(LOG_INFO, "local triage model reloaded", "path=\"%s\" from=%s to=%s", path,
               triage_model_name(g_model), triage_model_name(fresh));
    triage_model_free(&g_model);
    g_model = fresh;
    g_model_st = st;
    g_load_warned = 0;
    return 0;
}

int local_triage(Arena *a, const char *text, TriageResult *out)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    memset(out, 0, sizeof *out);
    if (model_refresh() != 0)
        return ERR_UNAVAILABLE;
    if (!text)
        text = "";
    double probs[TRIAGE_TEAM_COUNT];
    int best = triage_model_predict(g_model, text, probs);
    Signals s;
    signals(text, &s);
    const char *team = TRIAGE_TEAMS[best];
    const char *lang = lang_detect(text);
    const char *sentiment = sentiment_of(&s);
    out->team = arena_strdup(a, team);
    out->confidence = probs[best];
    out->language = arena_strdup(a, lang);
    out->sentiment = arena_strdup(a, sentiment);
    out->priority = arena_strdup(a, priority_of(&s, team, sentiment));
    out->summary = summarize_text(a, text, lang, team);
    out->provider = arena_strdup(a, "local");
    out->model = arena_strdup(a, triage_model_name(g_model));
    clock_gettime(CLOCK_MONOTONIC, &t1);
    out->latency_ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
    return 0;
}
