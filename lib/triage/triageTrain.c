/* triageTrain.c — see triageTrain.h. Multinomial naive Bayes, or logistic
 * regression when it validates better, with:
 * every (team, language, source) cell given the same total weight inside
 * its team (so 1,600 Bitext support lines do not drown 150 Hindi ones),
 * each message's features L1-normalised (a long email counts as much as a
 * one-line WhatsApp), uniform team priors, and smoothing and softmax
 * temperature chosen on an inner validation split of the training part. */
#include "triage/triageTrain.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/errors.h"
#include "triage/textNorm.h"

const char *const TRIAGE_LANGS[TRIAGE_LANG_COUNT] = {"en", "hi", "hinglish"};
const double TRIAGE_CONF_BIN_EDGES[TRIAGE_CONF_BINS] = {0.5, 0.7, 0.8, 0.9, 0.97, 1.0};

#define LINE_MAX_BYTES 65536
#define INNER_VAL_PCT 15
#define CELL_MASS 100.0

static uint64_t norm_hash(const char *text)
{
    static __thread char norm[TEXTNORM_STORE_BYTES];
    size_t n = text_normalize(text, norm, sizeof norm);
    return text_hash64(norm, n, 7);
}

int triage_is_heldout(const char *text, int holdout_pct)
{
    return (int)(norm_hash(text) % 100) < holdout_pct;
}

void triage_corpus_init(TriageCorpus *c, int holdout_pct)
{
    memset(c, 0, sizeof *c);
    c->holdout_pct = holdout_pct < 0 ? 0 : holdout_pct > 90 ? 90 : holdout_pct;
    c->arena = arena_new(0);
}

void triage_corpus_free(TriageCorpus *c)
{
    free(c->ex);
    free(c->seen);
    arena_destroy(&c->arena);
    memset(c, 0, sizeof *c);
}

/* 1 when h was already seen (then nothing changes), else records it. */
static int seen_insert(TriageCorpus *c, uint64_t h)
{
    if (h == 0)
        h = 1; /* 0 marks an empty slot */
    if (c->seen_n * 2 >= c->seen_cap) {
        size_t ncap = c->seen_cap ? c->seen_cap * 2 : 4096;
        uint64_t *nt = calloc(ncap, sizeof *nt);
        if (!nt)
            abort();
        uint64_t *old = c->seen;
        for (size_t i = 0; i < c->seen_cap; i++) {
            if (!old[i])
                continue;
            size_t j = old[i] & (ncap - 1);
            while (nt[j])
                j = (j + 1) & (ncap - 1);
            nt[j] = old[i];
        }
        free(old);
        c->seen = nt;
        c->seen_cap = ncap;
    }
    uint64_t *t = c->seen;
    size_t j = h & (c->seen_cap - 1);
    while (t[j]) {
        if (t[j] == h)
            return 1;
        j = (j + 1) & (c->seen_cap - 1);
    }
    t[j] = h;
    c->seen_n++;
    return 0;
}

static int lang_index(const char *s)
{
    for (int i = 0; i < TRIAGE_LANG_COUNT; i++)
        if (strcmp(s, TRIAGE_LANGS[i]) == 0)
            return i;
    return -1;
}

/* Turns the two characters "\n" into a newline, in place. */
static void unescape_newlines(char *s)
{
    char *w = s;
    for (char *r = s; *r; r++) {
        if (r[0] == '\\' && r[1] == 'n') {
            *w++ = '\n';
            r++;
        } else {
            *w++ = *r;
        }
    }
    *w = '\0';
}

/* Appends one example (the text copied into the corpus arena). */
static void corpus_push(TriageCorpus *c, const char *text, int team, int lang, int source, uint64_t key,
                        int heldout, double weight)
{
    if (c->n == c->cap) {
        size_t ncap = c->cap ? c->cap * 2 : 1024;
        TriageExample *ne = realloc(c->ex, ncap * sizeof *ne);
        if (!ne)
            abort();
        c->ex = ne;
        c->cap = ncap;
    }
    TriageExample *e = &c->ex[c->n++];
    e->text = arena_strdup(c->arena, text);
    e->team = team;
    e->lang = lang;
    e->source = source;
    e->heldout = heldout;
    e->key = key;
    e->weight = weight;
}

int triage_corpus_load(TriageCorpus *c, const char *path, char *err, size_t errlen)
{
    FILE *f = NULL;
    char *line = NULL;
    size_t cap = 0;
    int rc = 0, lineno = 0;
    if (c->nsources >= TRIAGE_MAX_SOURCES) {
        snprintf(err, errlen, "at most %d corpus files", TRIAGE_MAX_SOURCES);
        return ERR_TOO_LARGE;
    }
    f = fopen(path, "r");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open", path);
        return ERR_IO;
    }
    int source = c->nsources++;
    c->sources[source] = arena_strdup(c->arena, path);
    ssize_t got;
    while ((got = getline(&line, &cap, f)) >= 0) {
        lineno++;
        if (got > LINE_MAX_BYTES) {
            snprintf(err, errlen, "%s:%d: line longer than %d bytes", path, lineno, LINE_MAX_BYTES);
            rc = ERR_PARSE;
            goto cleanup;
        }
        while (got > 0 && (line[got - 1] == '\n' || line[got - 1] == '\r'))
            line[--got] = '\0';
        if (got == 0 || line[0] == '#')
            continue;
        char *t1 = strchr(line, '\t');
        char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        if (!t2) {
            snprintf(err, errlen, "%s:%d: expected team<TAB>language<TAB>text", path, lineno);
            rc = ERR_PARSE;
            goto cleanup;
        }
        *t1 = '\0';
        *t2 = '\0';
        int team = triage_team_index(line), lang = lang_index(t1 + 1);
        if (team < 0 || lang < 0) {
            snprintf(err, errlen, "%s:%d: unknown %s \"%.40s\"", path, lineno, team < 0 ? "team" : "language",
                     team < 0 ? line : t1 + 1);
            rc = ERR_PARSE;
            goto cleanup;
        }
        char *text = t2 + 1;
        /* Optional 4th column: a group name. Variants of one template share
         * it, and the split follows the group, so a held-out template was
         * never seen in training in any wording. */
        char *group = strchr(text, '\t');
        if (group)
            *group++ = '\0';
        unescape_newlines(text);
        uint64_t h = norm_hash(text);
        if (seen_insert(c, h)) {
            c->duplicates++;
            continue;
        }
        if (group && *group)
            h = text_hash64(group, strlen(group), 7);
        corpus_push(c, text, team, lang, source, h, (int)(h % 100) < c->holdout_pct, 1.0);
    }
cleanup:
    free(line);
    fclose(f);
    return rc;
}

int triage_corpus_add_source(TriageCorpus *c, const char *name, int corrections)
{
    if (c->nsources >= TRIAGE_MAX_SOURCES)
        return ERR_TOO_LARGE;
    int s = c->nsources++;
    c->sources[s] = arena_strdup(c->arena, name);
    c->is_corrections[s] = corrections != 0;
    return s;
}

int triage_corpus_add(TriageCorpus *c, int source, const char *text, int team, int lang, double weight)
{
    if (source < 0 || source >= c->nsources || team < 0 || team >= TRIAGE_TEAM_COUNT || lang < 0 ||
        lang >= TRIAGE_LANG_COUNT || !text || !(weight > 0))
        return ERR_INVALID;
    uint64_t h = norm_hash(text);
    if (seen_insert(c, h)) {
        c->duplicates++;
        return 1;
    }
    corpus_push(c, text, team, lang, source, h,
                c->is_corrections[source] ? 0 : (int)(h % 100) < c->holdout_pct, weight);
    return 0;
}

int triage_lang_index(const char *code)
{
    if (!code)
        return TRIAGE_LANG_EN;
    int l = lang_index(code);
    return l >= 0 ? l : TRIAGE_LANG_HINGLISH; /* "mixed": Hindi words in some Latin */
}

/* --- training ----------------------------------------------------------- */

typedef struct DocFeatures {
    uint32_t *feat;   /* all documents' features, concatenated */
    size_t *start;    /* per training doc: offset in feat, and start[n] = end */
    const TriageExample **doc;
    size_t n;
    double *weight;   /* per doc: cell weight / feature count */
} DocFeatures;

static void docs_build(const TriageCorpus *c, DocFeatures *d, int bits)
{
    memset(d, 0, sizeof *d);
    size_t cap = 1 << 20, used = 0;
    d->feat = malloc(cap * sizeof *d->feat);
    d->start = malloc((c->n + 1) * sizeof *d->start);
    d->doc = malloc((c->n + 1) * sizeof *d->doc);
    d->weight = malloc((c->n + 1) * sizeof *d->weight);
    if (!d->feat || !d->start || !d->doc || !d->weight)
        abort();
    static uint32_t tmp[TEXTNORM_MAX_FEATURES];
    for (size_t i = 0; i < c->n; i++) {
        if (c->ex[i].heldout)
            continue;
        int nf = text_features(c->ex[i].text, tmp, TEXTNORM_MAX_FEATURES, bits);
        if (used + (size_t)nf > cap) {
            while (used + (size_t)nf > cap)
                cap *= 2;
            uint32_t *nfp = realloc(d->feat, cap * sizeof *nfp);
            if (!nfp)
                abort();
            d->feat = nfp;
        }
        memcpy(d->feat + used, tmp, (size_t)nf * sizeof *tmp);
        d->start[d->n] = used;
        d->doc[d->n] = &c->ex[i];
        d->n++;
        used += (size_t)nf;
    }
    d->start[d->n] = used;
}

static void docs_free(DocFeatures *d)
{
    free(d->feat);
    free(d->start);
    free(d->doc);
    free(d->weight);
}

static int cell_of(const TriageExample *e)
{
    return (e->team * TRIAGE_LANG_COUNT + e->lang) * TRIAGE_MAX_SOURCES + e->source;
}
#define CELLS (TRIAGE_TEAM_COUNT * TRIAGE_LANG_COUNT * TRIAGE_MAX_SOURCES)

/* Weights of the docs selected by mask (1 = used): every corpus cell gets
 * CELL_MASS in total, spread over its documents and their features. A
 * correction weighs its own weight times the mean corpus document of its
 * team and language (every corpus source of that pair counted), so one
 * agent's decision neither drowns nor vanishes. */
static void docs_weigh(DocFeatures *d, const TriageCorpus *c, const unsigned char *use)
{
    long cell_n[CELLS] = {0};
    double pair_w[TRIAGE_TEAM_COUNT][TRIAGE_LANG_COUNT] = {{0}}, all_w = 0;
    long pair_n[TRIAGE_TEAM_COUNT][TRIAGE_LANG_COUNT] = {{0}}, all_n = 0;
    for (size_t i = 0; i < d->n; i++)
        if (use[i])
            cell_n[cell_of(d->doc[i])]++;
    for (size_t i = 0; i < d->n; i++) {
        const TriageExample *e = d->doc[i];
        if (!use[i] || c->is_corrections[e->source])
            continue;
        double w = CELL_MASS / (double)cell_n[cell_of(e)];
        pair_w[e->team][e->lang] += w;
        pair_n[e->team][e->lang]++;
        all_w += w;
        all_n++;
    }
    for (size_t i = 0; i < d->n; i++) {
        const TriageExample *e = d->doc[i];
        size_t nf = d->start[i + 1] - d->start[i];
        long cn = cell_n[cell_of(e)];
        double w = 0.0;
        if (use[i] && nf > 0 && cn > 0) {
            if (c->is_corrections[e->source]) {
                long pn = pair_n[e->team][e->lang];
                double mean = pn ? pair_w[e->team][e->lang] / (double)pn : all_n ? all_w / (double)all_n : 1.0;
                w = e->weight * mean;
            } else {
                w = CELL_MASS / (double)cn * e->weight;
            }
        }
        d->weight[i] = w / (double)(nf ? nf : 1);
    }
}

/* Centred log P(f|c) into w[V*SLOTS]. */
static void nb_fit(const DocFeatures *d, const unsigned char *use, double alpha, int bits, float *w)
{
    size_t v = (size_t)1 << bits;
    double *cnt = calloc(v * TRIAGE_MODEL_SLOTS, sizeof *cnt);
    if (!cnt)
        abort();
    double total[TRIAGE_MODEL_SLOTS] = {0};
    for (size_t i = 0; i < d->n; i++) {
        if (!use[i])
            continue;
        int c = d->doc[i]->team;
        double wt = d->weight[i];
        for (size_t k = d->start[i]; k < d->start[i + 1]; k++)
            cnt[(size_t)d->feat[k] * TRIAGE_MODEL_SLOTS + c] += wt;
        total[c] += wt * (double)(d->start[i + 1] - d->start[i]);
    }
    double denom[TRIAGE_TEAM_COUNT];
    for (int c = 0; c < TRIAGE_TEAM_COUNT; c++)
        denom[c] = log(total[c] + alpha * (double)v);
    for (size_t f = 0; f < v; f++) {
        double lp[TRIAGE_TEAM_COUNT], mean = 0;
        for (int c = 0; c < TRIAGE_TEAM_COUNT; c++) {
            lp[c] = log(cnt[f * TRIAGE_MODEL_SLOTS + c] + alpha) - denom[c];
            mean += lp[c];
        }
        mean /= TRIAGE_TEAM_COUNT;
        for (int c = 0; c < TRIAGE_MODEL_SLOTS; c++)
            w[f * TRIAGE_MODEL_SLOTS + c] = c < TRIAGE_TEAM_COUNT ? (float)(lp[c] - mean) : 0.0f;
    }
    free(cnt);
}

/* A trained weight set: w[V*SLOTS], bias per class, flags as in the file. */
typedef struct Weights {
    float *w;
    float bias[TRIAGE_MODEL_SLOTS];
    uint32_t flags;
} Weights;

static void nb_scores(const DocFeatures *d, size_t i, const Weights *m, double *score)
{
    size_t nf = d->start[i + 1] - d->start[i];
    double norm = (m->flags & TRIAGE_MODEL_SQRT_NORM) && nf ? 1.0 / sqrt((double)nf) : 1.0;
    double acc[TRIAGE_TEAM_COUNT] = {0};
    for (size_t k = d->start[i]; k < d->start[i + 1]; k++) {
        const float *row = m->w + (size_t)d->feat[k] * TRIAGE_MODEL_SLOTS;
        for (int c = 0; c < TRIAGE_TEAM_COUNT; c++)
            acc[c] += row[c];
    }
    for (int c = 0; c < TRIAGE_TEAM_COUNT; c++)
        score[c] = m->bias[c] + acc[c] * norm;
}

/* Multinomial logistic regression by SGD over the docs in use (weighted
 * like naive Bayes: every cell counts the same), features scaled by
 * 1/sqrt(count), small L2 decay once per epoch. Deterministic order. */
static void lr_fit(const DocFeatures *d, const unsigned char *use, int bits, int epochs, Weights *m)
{
    size_t v = (size_t)1 << bits;
    memset(m->w, 0, v * TRIAGE_MODEL_SLOTS * sizeof *m->w);
    memset(m->bias, 0, sizeof m->bias);
    m->flags = TRIAGE_MODEL_LOGREG | TRIAGE_MODEL_SQRT_NORM;
    size_t *order = malloc(d->n * sizeof *order);
    if (!order)
        abort();
    size_t n = 0;
    double wsum = 0;
    for (size_t i = 0; i < d->n; i++)
        if (use[i] && d->weight[i] > 0) {
            order[n++] = i;
            wsum += d->weight[i] * (double)(d->start[i + 1] - d->start[i]);
        }
    double wmean = n ? wsum / (double)n : 1; /* sample weights with mean 1 */
    uint64_t rng = 0x9E3779B97F4A7C15ULL;
    for (int ep = 0; ep < epochs; ep++) {
        for (size_t i = n; i > 1; i--) { /* Fisher-Yates with an LCG */
            rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
            size_t j = (size_t)(rng >> 33) % i;
            size_t t = order[i - 1];
            order[i - 1] = order[j];
            order[j] = t;
        }
        double lr = 0.5 / (1.0 + 0.3 * ep);
        for (size_t k = 0; k < n; k++) {
            size_t i = order[k];
            size_t nf = d->start[i + 1] - d->start[i];
            if (nf == 0)
                continue;
            double s[TRIAGE_TEAM_COUNT], mx = -INFINITY, z = 0;
            nb_scores(d, i, m, s);
            for (int c = 0; c < TRIAGE_TEAM_COUNT; c++)
                mx = s[c] > mx ? s[c] : mx;
            for (int c = 0; c < TRIAGE_TEAM_COUNT; c++) {
                s[c] = exp(s[c] - mx);
                z += s[c];
            }
            double sw = d->weight[i] * (double)nf / wmean;
            double norm = 1.0 / sqrt((double)nf);
            float g[TRIAGE_TEAM_COUNT];
            for (int c = 0; c < TRIAGE_TEAM_COUNT; c++) {
                double gc = (s[c] / z - (c == d->doc[i]->team)) * sw * lr;
                g[c] = (float)(gc * norm);
                m->bias[c] -= (float)(gc * 0.1);
            }
            for (size_t f = d->start[i]; f < d->start[i + 1]; f++) {
                float *row = m->w + (size_t)d->feat[f] * TRIAGE_MODEL_SLOTS;
                for (int c = 0; c < TRIAGE_TEAM_COUNT; c++)
                    row[c] -= g[c];
            }
        }
        float decay = (float)(1.0 - 1e-3 * lr);
        for (size_t f = 0; f < v * TRIAGE_MODEL_SLOTS; f++)
            m->w[f] *= decay;
    }
    free(order);
}

static int argmax(const double *s)
{
    int b = 0;
    for (int c = 1; c < TRIAGE_TEAM_COUNT; c++)
        if (s[c] > s[b])
            b = c;
    return b;
}

/* The mean over the cells that have documents of each cell's accuracy. */
static double balanced_accuracy(const double *cell_ok, const double *cell_n)
{
    double sum = 0;
    int cells = 0;
    for (int k = 0; k < CELLS; k++)
        if (cell_n[k] > 0) {
            sum += cell_ok[k] / cell_n[k];
            cells++;
        }
    return cells ? sum / cells : 0;
}

/* Balanced accuracy (each cell weighs the same) on the docs with val[i]. */
static double val_accuracy(const DocFeatures *d, const unsigned char *val, const Weights *w)
{
    double cell_ok[CELLS] = {0}, cell_n[CELLS] = {0};
    for (size_t i = 0; i < d->n; i++) {
        if (!val[i])
            continue;
        double s[TRIAGE_TEAM_COUNT];
        nb_scores(d, i, w, s);
        int cell = cell_of(d->doc[i]);
        cell_n[cell] += 1;
        cell_ok[cell] += argmax(s) == d->doc[i]->team;
    }
    return balanced_accuracy(cell_ok, cell_n);
}

static double val_nll(const DocFeatures *d, const unsigned char *val, const Weights *w, double temp)
{
    double nll = 0;
    long n = 0;
    for (size_t i = 0; i < d->n; i++) {
        if (!val[i])
            continue;
        double s[TRIAGE_TEAM_COUNT], mx = -INFINITY, z = 0;
        nb_scores(d, i, w, s);
        for (int c = 0; c < TRIAGE_TEAM_COUNT; c++)
            if (s[c] / temp > mx)
                mx = s[c] / temp;
        for (int c = 0; c < TRIAGE_TEAM_COUNT; c++)
            z += exp(s[c] / temp - mx);
        nll -= s[d->doc[i]->team] / temp - mx - log(z);
        n++;
    }
    return n ? nll / (double)n : 0;
}

/* val_accuracy() over precomputed unbiased scores raw[n][TEAMS] plus bias. */
static double biased_accuracy(const double *raw, const int *cell, const int *team, size_t n, const float *bias)
{
    double cell_ok[CELLS] = {0}, cell_n[CELLS] = {0};
    for (size_t k = 0; k < n; k++) {
        double s[TRIAGE_TEAM_COUNT];
        for (int c = 0; c < TRIAGE_TEAM_COUNT; c++)
            s[c] = raw[k * TRIAGE_TEAM_COUNT + c] + bias[c];
        cell_n[cell[k]] += 1;
        cell_ok[cell[k]] += argmax(s) == team[k];
    }
    return balanced_accuracy(cell_ok, cell_n);
}

/* Per-team biases for naive Bayes, by coordinate ascent on the inner
 * validation part's balanced accuracy (a change must gain, so a team keeps
 * 0 unless it helps): the uniform prior under-predicts a catch-all team
 * like general, whose words are everyone's words. */
static void nb_fit_bias(const DocFeatures *d, const unsigned char *val, Weights *m)
{
    /* The scores without biases, once: each candidate bias then costs one
     * pass of additions over the validation documents, not a feature walk. */
    size_t nv = 0;
    for (size_t i = 0; i < d->n; i++)
        nv += val[i] != 0;
    double *raw = malloc((nv + 1) * TRIAGE_TEAM_COUNT * sizeof *raw);
    int *cell = malloc((nv + 1) * sizeof *cell), *team = malloc((nv + 1) * sizeof *team);
    if (!raw || !cell || !team)
        abort();
    memset(m->bias, 0, sizeof m->bias);
    size_t k = 0;
    for (size_t i = 0; i < d->n; i++)
        if (val[i]) {
            nb_scores(d, i, m, raw + k * TRIAGE_TEAM_COUNT);
            cell[k] = cell_of(d->doc[i]);
            team[k] = d->doc[i]->team;
            k++;
        }
    double best = biased_accuracy(raw, cell, team, nv, m->bias);
    for (int round = 0; round < 2; round++)
        for (int c = 0; c < TRIAGE_TEAM_COUNT; c++) {
            float chosen = m->bias[c];
            for (int step = -16; step <= 16; step++) {
                m->bias[c] = (float)(step * 2.5);
                double acc = biased_accuracy(raw, cell, team, nv, m->bias);
                if (acc > best + 1e-9) {
                    best = acc;
                    chosen = m->bias[c];
                }
            }
            m->bias[c] = chosen;
        }
    free(raw);
    free(cell);
    free(team);
}

/* The biases as the mean over TRIAGE_BIAS_FOLDS folds of the whole
 * training part (by a third hash of the group, so a template's lines stay
 * in one fold): naive Bayes on the other folds, biases fitted on the fold.
 * Leaves m->w trained on the last fold's complement; the caller refits. */
static void nb_fit_bias_folds(DocFeatures *d, const TriageCorpus *c, double alpha, int bits, Weights *m,
                              TriageTrainStats *st)
{
    unsigned char *fit = malloc(d->n + 1), *val = malloc(d->n + 1);
    if (!fit || !val)
        abort();
    double mean[TRIAGE_TEAM_COUNT] = {0};
    for (int k = 0; k < TRIAGE_BIAS_FOLDS; k++) {
        for (size_t i = 0; i < d->n; i++) {
            uint64_t h = text_hash64(&d->doc[i]->key, sizeof d->doc[i]->key, 77);
            val[i] = (int)(h % TRIAGE_BIAS_FOLDS) == k;
            fit[i] = !val[i];
        }
        docs_weigh(d, c, fit);
        nb_fit(d, fit, alpha, bits, m->w);
        m->flags = 0;
        nb_fit_bias(d, val, m);
        for (int t = 0; t < TRIAGE_TEAM_COUNT; t++) {
            st->fold_bias[k][t] = m->bias[t];
            mean[t] += m->bias[t] / TRIAGE_BIAS_FOLDS;
        }
    }
    memset(m->bias, 0, sizeof m->bias);
    for (int t = 0; t < TRIAGE_TEAM_COUNT; t++) {
        m->bias[t] = (float)mean[t];
        st->bias[t] = m->bias[t];
    }
    free(fit);
    free(val);
}

static int write_model(const char *path, int bits, int holdout_pct, double alpha, double temp, size_t docs,
                       const Weights *m)
{
    const float *w = m->w;
    size_t v = (size_t)1 << bits;
    float maxabs = 0;
    for (size_t i = 0; i < v * TRIAGE_MODEL_SLOTS; i++)
        if (fabsf(w[i]) > maxabs)
            maxabs = fabsf(w[i]);
    float scale = 1024.0f;
    if (maxabs * scale > 32000.0f)
        scale = 32000.0f / maxabs;
    TriageModelHeader h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, TRIAGE_MODEL_MAGIC, 8);
    h.version = TRIAGE_MODEL_VERSION;
    h.bits = (uint32_t)bits;
    h.classes = TRIAGE_TEAM_COUNT;
    h.holdout_pct = (uint32_t)holdout_pct;
    h.scale = scale;
    h.temperature = (float)temp;
    h.alpha = (float)alpha;
    h.train_docs = (uint32_t)docs;
    h.flags = m->flags;
    float bias[TRIAGE_MODEL_SLOTS]; /* naive Bayes: 0, uniform priors */
    memcpy(bias, m->bias, sizeof bias);
    size_t body = sizeof h + sizeof bias + v * TRIAGE_MODEL_SLOTS * sizeof(int16_t);
    unsigned char *buf = malloc(body + 8);
    if (!buf)
        abort();
    memcpy(buf, &h, sizeof h);
    memcpy(buf + sizeof h, bias, sizeof bias);
    int16_t *q = (int16_t *)(buf + sizeof h + sizeof bias);
    for (size_t i = 0; i < v * TRIAGE_MODEL_SLOTS; i++)
        q[i] = (int16_t)lrintf(w[i] * scale);
    uint64_t sum = text_hash64(buf, body, 0);
    memcpy(buf + body, &sum, 8);
    int rc = 0;
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp.%d", path, (int)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        free(buf);
        return ERR_IO;
    }
    if (fwrite(buf, 1, body + 8, f) != body + 8)
        rc = ERR_IO;
    if (fclose(f) != 0)
        rc = ERR_IO;
    if (rc == 0 && rename(tmp, path) != 0)
        rc = ERR_IO;
    if (rc)
        unlink(tmp);
    free(buf);
    return rc;
}

int triage_train(const TriageCorpus *c, int bits, int algo, const char *out_path, TriageTrainStats *st)
{
    memset(st, 0, sizeof *st);
    if (bits < 10 || bits > 24)
        return ERR_INVALID;
    DocFeatures d;
    docs_build(c, &d, bits);
    st->train_docs = d.n;
    st->heldout_docs = c->n - d.n;
    if (d.n == 0) {
        docs_free(&d);
        return ERR_INVALID;
    }
    size_t v = (size_t)1 << bits;
    Weights m;
    memset(&m, 0, sizeof m);
    m.w = malloc(v * TRIAGE_MODEL_SLOTS * sizeof *m.w);
    unsigned char *fit = malloc(d.n), *val = malloc(d.n), *all = malloc(d.n);
    if (!m.w || !fit || !val || !all)
        abort();
    size_t nval = 0;
    for (size_t i = 0; i < d.n; i++) {
        /* A second, independent hash of the split key: inner validation
         * inside the training part, by group like the outer split. */
        uint64_t h = text_hash64(&d.doc[i]->key, sizeof d.doc[i]->key, 99);
        val[i] = (h % 100) < INNER_VAL_PCT;
        fit[i] = !val[i];
        all[i] = 1;
        nval += val[i];
    }
    /* Hyper-parameters from the inner validation part: naive Bayes
     * smoothing over a grid, or the logistic regression epoch count; then
     * the softmax temperature is fitted (negative log-likelihood) so that
     * confidences are calibrated. */
    static const double ALPHAS[] = {1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2};
    double best_alpha = 1e-3, best_acc = -1, best_temp = 1;
    int best_epochs = 0; /* 0: naive Bayes */
    if (nval > 0 && nval < d.n) {
        docs_weigh(&d, c, fit);
        for (size_t k = 0; k < sizeof ALPHAS / sizeof ALPHAS[0]; k++) {
            nb_fit(&d, fit, ALPHAS[k], bits, m.w);
            memset(m.bias, 0, sizeof m.bias);
            m.flags = 0;
            double acc = val_accuracy(&d, val, &m);
            if (acc > best_acc + 1e-9) {
                best_acc = acc;
                best_alpha = ALPHAS[k];
            }
        }
        static const int EPOCHS[] = {4, 8, 14};
        if (algo == TRIAGE_ALGO_LR)
            best_acc = -1; /* logistic regression asked for: NB only as a baseline */
        for (size_t k = 0; algo == TRIAGE_ALGO_LR && k < sizeof EPOCHS / sizeof EPOCHS[0]; k++) {
            lr_fit(&d, fit, bits, EPOCHS[k], &m);
            double acc = val_accuracy(&d, val, &m);
            if (acc > best_acc + 1e-9) {
                best_acc = acc;
                best_epochs = EPOCHS[k];
            }
        }
        if (best_epochs) {
            lr_fit(&d, fit, bits, best_epochs, &m);
        } else {
            nb_fit_bias_folds(&d, c, best_alpha, bits, &m, st);
            docs_weigh(&d, c, fit);
            nb_fit(&d, fit, best_alpha, bits, m.w);
            m.flags = 0;
            best_acc = val_accuracy(&d, val, &m);
        }
        double best_nll = INFINITY;
        for (double t = 0.05; t < 500; t *= 1.15) {
            double nll = val_nll(&d, val, &m, t);
            if (nll < best_nll) {
                best_nll = nll;
                best_temp = t;
            }
        }
    }
    docs_weigh(&d, c, all);
    if (best_epochs) {
        lr_fit(&d, all, bits, best_epochs, &m);
    } else {
        float bias[TRIAGE_MODEL_SLOTS];
        memcpy(bias, m.bias, sizeof bias); /* fitted on the inner validation part (0 without one) */
        nb_fit(&d, all, best_alpha, bits, m.w);
        memcpy(m.bias, bias, sizeof bias);
        m.flags = 0;
    }
    st->alpha = best_epochs ? 0 : best_alpha;
    st->epochs = best_epochs;
    st->temperature = best_temp;
    st->inner_accuracy = best_acc;
    int rc = write_model(out_path, bits, c->holdout_pct, st->alpha, best_temp, d.n, &m);
    free(m.w);
    free(fit);
    free(val);
    free(all);
    docs_free(&d);
    return rc;
}

void triage_evaluate(const TriageModel *m, const TriageCorpus *c, int heldout_only, TriageEvalReport *r)
{
    memset(r, 0, sizeof *r);
    double conf_ok = 0, conf_bad = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    for (size_t i = 0; i < c->n; i++) {
        const TriageExample *e = &c->ex[i];
        if (heldout_only && !e->heldout)
            continue;
        double probs[TRIAGE_TEAM_COUNT];
        int p = triage_model_predict(m, e->text, probs);
        int ok = p == e->team;
        r->confusion[e->team][p]++;
        r->lang_total[e->lang]++;
        r->lang_ok[e->lang] += ok;
        r->cell_total[e->team][e->lang]++;
        r->cell_ok[e->team][e->lang] += ok;
        r->source_total[e->source]++;
        r->source_ok[e->source] += ok;
        r->total++;
        r->ok += ok;
        if (ok)
            conf_ok += probs[p];
        else
            conf_bad += probs[p];
        int b = 0;
        while (b < TRIAGE_CONF_BINS - 1 && probs[p] > TRIAGE_CONF_BIN_EDGES[b])
            b++;
        r->conf_n[b]++;
        r->conf_ok[b] += ok;
        r->conf_sum[b] += probs[p];
    }
    for (int b = 0; b < TRIAGE_CONF_BINS && r->total > 0; b++)
        if (r->conf_n[b])
            r->ece += fabs((double)r->conf_ok[b] - r->conf_sum[b]) / (double)r->total;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    r->seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    r->mean_confidence_ok = r->ok ? conf_ok / (double)r->ok : 0;
    r->mean_confidence_wrong = r->total > r->ok ? conf_bad / (double)(r->total - r->ok) : 0;
}
