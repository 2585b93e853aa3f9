/* localTriageTest.c — a tiny model trained in the test: predictions in
 * each language, save/load round trip, corrupted files refused, the
 * provider's fields and the sentiment/priority heuristics. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/arena.h"
#include "core/errors.h"
#include "triage/localTriage.h"
#include "triage/triage.h"
#include "triage/triageTrain.h"

static const char *const TSV =
    "# tiny corpus\n"
    "finance\ten\tpayment failed but money debited from my account\n"
    "finance\ten\tamount debited twice please refund the extra payment, send GST invoice\n"
    "finance\ten\tneed GST invoice and payment receipt for my order\n"
    "finance\thi\tपेमेंट फेल हो गया लेकिन खाते से पैसे कट गए\n"
    "finance\thi\tजीएसटी बिल भेजिए, पेमेंट की रसीद चाहिए\n"
    "finance\thinglish\tpayment fail ho gaya lekin paise kat gaye account se\n"
    "finance\thinglish\tgst bill bhejo payment ki receipt chahiye\n"
    "support\ten\tnot able to login to the app, otp not coming\n"
    "support\ten\tplease cancel my order before dispatch, coupon not working\n"
    "support\thi\tऐप में लॉगिन नहीं हो रहा, ओटीपी नहीं आ रहा\n"
    "support\thi\tऑर्डर कैंसल कर दीजिए, कूपन काम नहीं कर रहा\n"
    "support\thinglish\tapp me login nahi ho raha otp nahi aa raha\n"
    "support\thinglish\torder cancel kar do coupon kaam nahi kar raha\n"
    "dispatch\ten\twhere is my order, tracking shows no movement, courier delayed\n"
    "dispatch\ten\tdo you deliver to my pincode, when will the parcel reach\n"
    "dispatch\thi\tमेरा ऑर्डर कहां है, कूरियर ट्रैकिंग नहीं दिख रही\n"
    "dispatch\thi\tपार्सल कब तक पहुंचेगा, डिलीवरी लेट है\n"
    "dispatch\thinglish\tmera order kahan hai courier tracking nahi dikh rahi\n"
    "dispatch\thinglish\tparcel kab tak pahunchega delivery late hai\n"
    "sales\ten\twhat is the price of neem oil, send wholesale rate list\n"
    "sales\ten\twant dealership and bulk quotation, is it in stock\n"
    "sales\thi\tनीम तेल का भाव क्या है, थोक रेट लिस्ट भेजिए\n"
    "sales\thi\tडीलरशिप चाहिए, थोक कोटेशन दीजिए\n"
    "sales\thinglish\tneem oil ka rate kya hai wholesale rate list bhejo\n"
    "sales\thinglish\tdealership chahiye bulk quotation do\n"
    "technical\ten\tdosage of neem oil per litre for whitefly on tomato\n"
    "technical\ten\tcan I mix trichoderma with fungicide, how to spray on chilli\n"
    "technical\thi\tटमाटर में सफेद मक्खी के लिए नीम तेल की मात्रा बताइए\n"
    "technical\thi\tछिड़काव कैसे करें, दवा मिला सकते हैं क्या\n"
    "technical\thinglish\ttamatar me safed makhi ke liye neem oil kitna dale\n"
    "technical\thinglish\tspray kaise kare dawa mila sakte hai kya\n"
    "returns_refunds\ten\tbottle arrived leaking and damaged, want replacement\n"
    "returns_refunds\ten\twrong item received, return it and refund status please\n"
    "returns_refunds\thi\tबोतल लीक होकर टूटी हुई आई, बदलकर दीजिए\n"
    "returns_refunds\thi\tगलत सामान आया, वापस करना है, रिफंड कब मिलेगा\n"
    "returns_refunds\thinglish\tbottle leak hoke tooti hui aayi badal do\n"
    "returns_refunds\thinglish\tgalat saman aaya wapas karna hai refund kab milega\n"
    "general\ten\tthank you very much, great products\n"
    "general\ten\tgood morning, happy diwali\n"
    "general\thi\tधन्यवाद, बहुत बढ़िया उत्पाद\n"
    "general\thi\tसुप्रभात, दिवाली की शुभकामनाएं\n"
    "general\thinglish\tdhanyawad bahut badhiya product\n"
    "general\thinglish\tgood morning ji diwali ki shubhkamnaye\n";

static char g_dir[64];
static char g_tsv[128];
static char g_model[128];

static void setup(void)
{
    snprintf(g_dir, sizeof g_dir, "/tmp/localTriageTest.XXXXXX");
    cr_assert_not_null(mkdtemp(g_dir));
    snprintf(g_tsv, sizeof g_tsv, "%s/corpus.tsv", g_dir);
    snprintf(g_model, sizeof g_model, "%s/triage.model", g_dir);
    FILE *f = fopen(g_tsv, "w");
    cr_assert_not_null(f);
    fputs(TSV, f);
    fclose(f);
    TriageCorpus c;
    triage_corpus_init(&c, 0);
    char err[256];
    cr_assert_eq(triage_corpus_load(&c, g_tsv, err, sizeof err), 0, "%s", err);
    cr_assert_eq(c.n, 43);
    TriageTrainStats st;
    cr_assert_eq(triage_train(&c, 16, TRIAGE_ALGO_NB, g_model, &st), 0);
    cr_assert_eq(st.train_docs, 43);
    triage_corpus_free(&c);
}

static void teardown(void)
{
    local_triage_use_model(NULL);
    char p[160];
    snprintf(p, sizeof p, "%s/bad.model", g_dir);
    unlink(p);
    unlink(g_model);
    unlink(g_tsv);
    rmdir(g_dir);
}

TestSuite(localTriage, .init = setup, .fini = teardown);

static const char *predict(const TriageModel *m, const char *text)
{
    double p[TRIAGE_TEAM_COUNT];
    int best = triage_model_predict(m, text, p);
    double sum = 0;
    for (int i = 0; i < TRIAGE_TEAM_COUNT; i++)
        sum += p[i];
    cr_assert_float_eq(sum, 1.0, 1e-9);
    return TRIAGE_TEAMS[best];
}

Test(localTriage, predicts_clear_examples_in_each_language)
{
    TriageModel *m = NULL;
    cr_assert_eq(triage_model_load(g_model, &m), 0);
    cr_assert_str_eq(predict(m, "My payment failed and money was debited"), "finance");
    cr_assert_str_eq(predict(m, "पेमेंट फेल, पैसे कट गए"), "finance");
    cr_assert_str_eq(predict(m, "paise kat gaye payment fail"), "finance");
    cr_assert_str_eq(predict(m, "where is my parcel, courier tracking"), "dispatch");
    cr_assert_str_eq(predict(m, "मेरा पार्सल कहां है"), "dispatch");
    cr_assert_str_eq(predict(m, "mera parcel kab tk pahunchega"), "dispatch");
    cr_assert_str_eq(predict(m, "neem oil dosage for whitefly"), "technical");
    cr_assert_str_eq(predict(m, "सफेद मक्खी के लिए दवा की मात्रा"), "technical");
    cr_assert_str_eq(predict(m, "bottle leaking, want replacement"), "returns_refunds");
    cr_assert_str_eq(predict(m, "bottle leak hoke aayi badal do"), "returns_refunds");
    triage_model_free(&m);
    cr_assert_null(m);
}

Test(localTriage, save_load_roundtrip_keeps_header)
{
    TriageModel *m = NULL;
    cr_assert_eq(triage_model_load(g_model, &m), 0);
    const TriageModelHeader *h = triage_model_header(m);
    cr_assert_eq(memcmp(h->magic, TRIAGE_MODEL_MAGIC, 8), 0);
    cr_assert_eq(h->version, TRIAGE_MODEL_VERSION);
    cr_assert_eq(h->bits, 16);
    cr_assert_eq(h->classes, TRIAGE_TEAM_COUNT);
    cr_assert_eq(h->train_docs, 43);
    /* "local-nb-<format>-<8 hex of the checksum>" */
    char want[48];
    snprintf(want, sizeof want, "local-nb-%d-", TRIAGE_MODEL_VERSION);
    cr_assert(strncmp(triage_model_name(m), want, strlen(want)) == 0, "%s", triage_model_name(m));
    cr_assert_eq(strlen(triage_model_name(m)), strlen(want) + 8);
    /* the same predictions from a second load */
    TriageModel *m2 = NULL;
    cr_assert_eq(triage_model_load(g_model, &m2), 0);
    double p1[TRIAGE_TEAM_COUNT], p2[TRIAGE_TEAM_COUNT];
    triage_model_predict(m, "refund status please", p1);
    triage_model_predict(m2, "refund status please", p2);
    for (int i = 0; i < TRIAGE_TEAM_COUNT; i++)
        cr_assert_float_eq(p1[i], p2[i], 1e-12);
    triage_model_free(&m);
    triage_model_free(&m2);
}

static void write_bad(const char *path, long flip_at, long truncate_to)
{
    FILE *in = fopen(g_model, "rb");
    cr_assert_not_null(in);
    fseek(in, 0, SEEK_END);
    long n = ftell(in);
    fseek(in, 0, SEEK_SET);
    unsigned char *buf = malloc((size_t)n);
    cr_assert_eq(fread(buf, 1, (size_t)n, in), (size_t)n);
    fclose(in);
    if (flip_at >= 0)
        buf[flip_at] ^= 0x40;
    FILE *out = fopen(path, "wb");
    fwrite(buf, 1, truncate_to >= 0 ? (size_t)truncate_to : (size_t)n, out);
    fclose(out);
    free(buf);
}

Test(localTriage, corrupted_model_rejected)
{
    char bad[160];
    snprintf(bad, sizeof bad, "%s/bad.model", g_dir);
    TriageModel *m = NULL;
    write_bad(bad, 5000, -1); /* one bit in the weights: checksum */
    cr_assert_eq(triage_model_load(bad, &m), ERR_PARSE);
    cr_assert_null(m);
    write_bad(bad, 0, -1);    /* magic */
    cr_assert_eq(triage_model_load(bad, &m), ERR_PARSE);
    write_bad(bad, -1, 1000); /* truncated */
    cr_assert_eq(triage_model_load(bad, &m), ERR_PARSE);
    write_bad(bad, -1, 10);   /* shorter than a header */
    cr_assert_eq(triage_model_load(bad, &m), ERR_PARSE);
    cr_assert_eq(triage_model_load("/nonexistent/triage.model", &m), ERR_IO);
    /* the provider reports unavailable, and recovers with a good file */
    Arena *a = arena_new(0);
    TriageResult r;
    local_triage_use_model(bad);
    cr_assert_eq(local_triage(a, "hello", &r), ERR_UNAVAILABLE);
    local_triage_use_model(g_model);
    cr_assert_eq(local_triage(a, "hello", &r), 0);
    arena_destroy(&a);
}

Test(localTriage, provider_fills_every_field)
{
    local_triage_use_model(g_model);
    Arena *a = arena_new(0);
    TriageResult r;
    cr_assert_eq(local_triage(a, "Namaste sir\nmera parcel kab tak pahunchega? courier tracking nahi dikh rahi", &r), 0);
    cr_assert_str_eq(r.team, "dispatch");
    cr_assert_str_eq(r.language, "hinglish");
    cr_assert_str_eq(r.provider, "local");
    cr_assert(strncmp(r.model, "local-nb-", 9) == 0, "%s", r.model);
    cr_assert(r.confidence > 0 && r.confidence <= 1);
    cr_assert(strncmp(r.summary, "Dispatch query (Hinglish): mera parcel", 38) == 0, "%s", r.summary);
    cr_assert_not_null(r.sentiment);
    cr_assert_not_null(r.priority);
    cr_assert_eq(r.prompt_tokens, 0);
    cr_assert_eq(r.cost_usd, 0);
    cr_assert_eq(local_triage(a, "", &r), 0);
    cr_assert_str_eq(r.summary, "");
    arena_destroy(&a);
}

Test(localTriage, sentiment_and_priority_heuristics)
{
    cr_assert_str_eq(triage_sentiment("Thank you, great product"), "positive");
    cr_assert_str_eq(triage_sentiment("dhanyawad bhai"), "positive");
    cr_assert_str_eq(triage_sentiment("worst service, pathetic"), "negative");
    cr_assert_str_eq(triage_sentiment("बहुत खराब सेवा"), "negative");
    cr_assert_str_eq(triage_sentiment("not good at all"), "negative");
    cr_assert_str_eq(triage_sentiment("where is my order"), "neutral");
    cr_assert_str_eq(triage_priority("this is fraud, I will go to consumer court", "finance", "negative"), "urgent");
    cr_assert_str_eq(triage_priority("jaldi bhejo bhai", "dispatch", "neutral"), "high");
    cr_assert_str_eq(triage_priority("तुरंत भेजिए, बहुत खराब", "dispatch", "negative"), "urgent");
    cr_assert_str_eq(triage_priority("refund not received, very bad", "returns_refunds", "negative"), "high");
    cr_assert_str_eq(triage_priority("happy diwali", "general", "positive"), "low");
    cr_assert_str_eq(triage_priority("dose of neem oil?", "technical", "neutral"), "medium");
}

Test(localTriage, corpus_loader_rejects_bad_lines_and_splits_stably)
{
    char p[160];
    snprintf(p, sizeof p, "%s/bad.model", g_dir); /* reused as a bad TSV */
    FILE *f = fopen(p, "w");
    fputs("finance\ten\tok line\nnosuchteam\ten\ttext\n", f);
    fclose(f);
    TriageCorpus c;
    triage_corpus_init(&c, 20);
    char err[256] = "";
    cr_assert_eq(triage_corpus_load(&c, p, err, sizeof err), ERR_PARSE);
    cr_assert(strstr(err, ":2:") != NULL, "%s", err);
    triage_corpus_free(&c);
    /* the split depends on normalised text: case and numbers do not move it */
    cr_assert_eq(triage_is_heldout("Order 12345 not received", 50), triage_is_heldout("order 99999 NOT received", 50));
}
