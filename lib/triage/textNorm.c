/* textNorm.c — see textNorm.h. One pass builds raw word/number pieces, a
 * second pass turns numbers into classes and folds spelling variants. */
#include "triage/textNorm.h"

#include <stdlib.h>
#include <string.h>

typedef enum PieceKind { PIECE_WORD, PIECE_NUM, PIECE_SYMBOL } PieceKind;

typedef struct Piece {
    PieceKind kind;
    int glued;          /* no separator between this piece and the previous */
    int ascii;          /* only ASCII letters */
    size_t len;
    char text[TEXTNORM_MAX_TOKEN_BYTES + 4];
} Piece;

uint64_t text_hash64(const void *p, size_t n, uint64_t seed)
{
    const unsigned char *s = p;
    uint64_t h = 1469598103934665603ULL ^ (seed * 0x9E3779B97F4A7C15ULL);
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

int text_utf8_decode(const char *str, size_t n, uint32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str;
    *cp = 0xFFFD;
    if (n == 0)
        return 0;
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int len;
    uint32_t v, min;
    if ((c & 0xE0) == 0xC0) { len = 2; v = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; v = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; v = c & 0x07; min = 0x10000; }
    else return 1;
    if ((size_t)len > n)
        return 1;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 1;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 1;
    *cp = v;
    return len;
}

static size_t utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

typedef enum CharKind { CK_SEP, CK_LETTER, CK_DIGIT, CK_DROP, CK_SYMBOL } CharKind;

/* Classifies a code point and maps it to the form we keep. CK_SYMBOL
 * code points become a token of their own (₹, a few telling emoji). */
static CharKind classify(uint32_t cp, uint32_t *out, const char **symbol)
{
    *out = cp;
    *symbol = NULL;
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') { *out = cp + 32; return CK_LETTER; }
        if (cp >= 'a' && cp <= 'z') return CK_LETTER;
        if (cp >= '0' && cp <= '9') return CK_DIGIT;
        return CK_SEP;
    }
    if (cp >= 0x0900 && cp <= 0x097F) {
        if (cp >= 0x0966 && cp <= 0x096F) { *out = '0' + (cp - 0x0966); return CK_DIGIT; }
        if (cp == 0x0964 || cp == 0x0965 || cp == 0x0970) return CK_SEP;  /* danda, abbreviation */
        if (cp == 0x093C) return CK_DROP;                               /* nukta: ज़ = ज */
        if (cp == 0x0901) { *out = 0x0902; return CK_LETTER; }          /* chandrabindu ~ anusvara */
        if (cp >= 0x0958 && cp <= 0x095F) {                             /* precomposed nukta letters */
            static const uint16_t BASE[8] = {0x0915, 0x0916, 0x0917, 0x091C, 0x0921, 0x0922, 0x092B, 0x092F};
            *out = BASE[cp - 0x0958];
            return CK_LETTER;
        }
        return CK_LETTER;
    }
    if (cp == 0x200C || cp == 0x200D || cp == 0x00AD || cp == 0xFE0F)
        return CK_DROP;
    if (cp == 0x20B9) { *symbol = "rs"; return CK_SYMBOL; }
    if (cp == 0x1F64F) { *symbol = "<pray>"; return CK_SYMBOL; }
    if (cp == 0x1F44D) { *symbol = "<thumbsup>"; return CK_SYMBOL; }
    if (cp == 0x1F620 || cp == 0x1F621 || cp == 0x1F624 || cp == 0x1F92C) { *symbol = "<angry>"; return CK_SYMBOL; }
    if (cp >= 0x1F300 && cp <= 0x1FAFF) { *symbol = "<emoji>"; return CK_SYMBOL; }
    if ((cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 && cp != 0x00F7) ||
        (cp >= 0x0370 && cp <= 0x1FFF) || (cp >= 0x3040 && cp <= 0x9FFF) ||
        (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xA8E0 && cp <= 0xA8FF))
        return CK_LETTER;
    return CK_SEP;
}

/* Romanised Hindi and SMS spellings folded to one form. Keys are already
 * lowercase with repeated letters collapsed ("nahiin" -> "nahin"). */
typedef struct Variant {
    const char *from;
    const char *to;
} Variant;

static Variant VARIANTS[] = {
    {"nahin", "nahi"}, {"nhi", "nahi"}, {"nai", "nahi"}, {"nhin", "nahi"}, {"nahe", "nahi"},
    {"nahee", "nahi"}, {"nahy", "nahi"}, {"nae", "nahi"},
    {"paise", "paisa"}, {"pese", "paisa"}, {"pesa", "paisa"}, {"paisey", "paisa"}, {"pase", "paisa"},
    {"kb", "kab"}, {"tk", "tak"}, {"kia", "kya"}, {"kyaa", "kya"}, {"kyu", "kyun"}, {"kyon", "kyun"},
    {"kiu", "kyun"}, {"h", "hai"}, {"hain", "hai"}, {"hn", "hai"}, {"hay", "hai"}, {"he", "hai"},
    {"mra", "mera"}, {"meraa", "mera"}, {"mere", "mera"}, {"meri", "mera"}, {"muje", "mujhe"},
    {"mjhe", "mujhe"}, {"mujhko", "mujhe"}, {"kr", "kar"}, {"kro", "karo"}, {"krna", "karna"},
    {"krdo", "kardo"}, {"krke", "karke"}, {"kra", "kara"}, {"krwa", "karwa"}, {"abi", "abhi"},
    {"abhe", "abhi"}, {"pls", "please"}, {"plz", "please"}, {"plese", "please"}, {"pleas", "please"},
    {"plis", "please"}, {"pliz", "please"}, {"kripya", "please"}, {"kirpya", "please"},
    {"kripaya", "please"}, {"thx", "thanks"}, {"thnx", "thanks"}, {"thnks", "thanks"},
    {"thanku", "thanks"}, {"thnku", "thanks"}, {"thanq", "thanks"}, {"tnx", "thanks"},
    {"ty", "thanks"}, {"thank", "thanks"}, {"thanx", "thanks"}, {"tq", "thanks"},
    {"ordr", "order"}, {"oder", "order"}, {"odr", "order"}, {"orde", "order"}, {"ordar", "order"},
    {"dilivery", "delivery"}, {"delivry", "delivery"}, {"delevery", "delivery"}, {"dlvry", "delivery"},
    {"delivary", "delivery"}, {"dilevery", "delivery"}, {"delivri", "delivery"}, {"dlivery", "delivery"},
    {"paymnt", "payment"}, {"pymnt", "payment"}, {"pmt", "payment"}, {"payement", "payment"},
    {"pament", "payment"}, {"paymant", "payment"}, {"refnd", "refund"}, {"rfnd", "refund"},
    {"rifund", "refund"}, {"refaund", "refund"}, {"ktna", "kitna"}, {"kitne", "kitna"}, {"kitni", "kitna"},
    {"jldi", "jaldi"}, {"jalde", "jaldi"}, {"jaldee", "jaldi"}, {"bhaiya", "bhai"}, {"bhaisahab", "bhai"},
    {"bhaiji", "bhai"}, {"sr", "sir"}, {"sirji", "sir"}, {"sar", "sir"}, {"huwa", "hua"}, {"hva", "hua"},
    {"gya", "gaya"}, {"gai", "gayi"}, {"gyi", "gayi"}, {"gaye", "gaya"}, {"rha", "raha"}, {"rhi", "rahi"},
    {"rhe", "rahe"}, {"kese", "kaise"}, {"kaisey", "kaise"}, {"kaha", "kahan"}, {"lie", "liye"},
    {"lye", "liye"}, {"liya", "liye"}, {"dijie", "dijiye"}, {"dejiye", "dijiye"}, {"dijye", "dijiye"},
    {"btao", "batao"}, {"bataye", "batao"}, {"bataiye", "batao"}, {"batayiye", "batao"},
    {"btaye", "batao"}, {"bataen", "batao"}, {"bta", "bata"}, {"chahie", "chahiye"},
    {"chaiye", "chahiye"}, {"chahye", "chahiye"}, {"chahiya", "chahiye"}, {"chaheye", "chahiye"},
    {"chahte", "chahta"}, {"vala", "wala"}, {"wale", "wala"}, {"vale", "wala"}, {"wali", "wala"},
    {"vali", "wala"}, {"yeh", "ye"}, {"yah", "ye"}, {"woh", "wo"}, {"vo", "wo"}, {"mai", "main"},
    {"acha", "acha"}, {"achha", "acha"}, {"achcha", "acha"}, {"acca", "acha"}, {"thek", "thik"},
    {"tik", "thik"}, {"dhanyawad", "dhanyavad"}, {"dhanyabad", "dhanyavad"}, {"dhanywad", "dhanyavad"},
    {"dhanyvad", "dhanyavad"}, {"sukriya", "shukriya"}, {"shukria", "shukriya"}, {"rupaye", "rs"},
    {"rupay", "rs"}, {"rupye", "rs"}, {"rupee", "rs"}, {"rupes", "rs"}, {"rupya", "rs"},
    {"rupiya", "rs"}, {"rupiye", "rs"}, {"rs", "rs"}, {"vapas", "wapas"}, {"vapis", "wapas"},
    {"wapis", "wapas"}, {"khrab", "kharab"}, {"karab", "kharab"}, {"glat", "galat"}, {"galt", "galat"},
    {"tota", "tuta"}, {"tuti", "tuta"}, {"tute", "tuta"}, {"dawai", "dawa"}, {"dava", "dawa"},
    {"davai", "dawa"}, {"sprey", "spray"}, {"spary", "spray"}, {"fasl", "fasal"}, {"phasal", "fasal"},
    {"keda", "kida"}, {"kide", "kida"}, {"kede", "kida"}, {"kire", "kida"}, {"kidey", "kida"},
    {"ayi", "aya"}, {"aai", "aya"}, {"ai", "aya"}, {"aye", "aya"}, {"ae", "aya"}, {"hoga", "hoga"},
    {"hogi", "hoga"}, {"milega", "milega"}, {"milegi", "milega"}, {"mila", "mila"}, {"mili", "mila"},
    {"mile", "mila"}, {"bhejo", "bhej"}, {"bhejdo", "bhej"}, {"bhejiye", "bhej"}, {"bheja", "bhej"},
    {"bheji", "bhej"}, {"bheje", "bhej"}, {"kal", "kal"}, {"sabse", "sab"}, {"hamara", "hamara"},
    {"hamare", "hamara"}, {"hamari", "hamara"}, {"apka", "apka"}, {"aapka", "apka"}, {"apke", "apka"},
    {"apki", "apka"}, {"app", "app"}, {"ap", "ap"}, {"paid", "paid"}, {"bhugtan", "payment"},
    {"kiya", "kiya"}, {"kia", "kya"}, {"kiye", "kiya"}, {"ki", "ki"}, {"ke", "ke"},
};
static const size_t VARIANTS_COUNT = sizeof VARIANTS / sizeof VARIANTS[0];
static int g_variants_sorted;

static int variant_cmp(const void *a, const void *b)
{
    return strcmp(((const Variant *)a)->from, ((const Variant *)b)->from);
}

static const char *variant_lookup(const char *w)
{
    if (!g_variants_sorted) {
        /* Sorted once per process; the table is static and never shrinks. */
        qsort(VARIANTS, VARIANTS_COUNT, sizeof VARIANTS[0], variant_cmp);
        g_variants_sorted = 1;
    }
    size_t lo = 0, hi = VARIANTS_COUNT;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(w, VARIANTS[mid].from);
        if (c == 0)
            return VARIANTS[mid].to;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

static int is_currency_word(const char *w)
{
    static const char *const CUR[] = {"rs", "inr", "\xe0\xa4\xb0\xe0\xa5\x81",
                                      "\xe0\xa4\xb0\xe0\xa5\x81\xe0\xa4\xaa\xe0\xa4\xaf\xe0\xa5\x87",
                                      "\xe0\xa4\xb0\xe0\xa5\x81\xe0\xa4\xaa\xe0\xa4\x8f",
                                      "\xe0\xa4\xb0\xe0\xa5\x82\xe0\xa4\xaa\xe0\xa4\xaf\xe0\xa5\x87"};
    for (size_t i = 0; i < sizeof CUR / sizeof CUR[0]; i++)
        if (strcmp(w, CUR[i]) == 0)
            return 1;
    return 0;
}

static void emit(TextTokens *out, const char *s, size_t n)
{
    if (out->count >= TEXTNORM_MAX_TOKENS || n == 0 || out->used + n + 1 > sizeof out->store)
        return;
    char *dst = out->store + out->used;
    memcpy(dst, s, n);
    dst[n] = '\0';
    out->tok[out->count++] = dst;
    out->used += n + 1;
}

static void emit_str(TextTokens *out, const char *s) { emit(out, s, strlen(s)); }

/* Folds an ASCII word: repeated letters collapsed, then the variant table. */
static void fold_ascii_word(Piece *p)
{
    size_t j = 0;
    for (size_t i = 0; i < p->len; i++)
        if (j == 0 || p->text[i] != p->text[j - 1])
            p->text[j++] = p->text[i];
    p->text[j] = '\0';
    p->len = j;
    const char *v = variant_lookup(p->text);
    if (v) {
        size_t n = strlen(v);
        memcpy(p->text, v, n + 1);
        p->len = n;
    }
}

static const char *num_class(const Piece *p)
{
    if (p->len == 6)
        return "<pin>";
    if (p->len == 10 || (p->len == 12 && p->text[0] == '9' && p->text[1] == '1'))
        return "<phone>";
    if (p->len >= 7)
        return "<id>";
    return "<num>";
}

/* Second pass over the pieces: spelling folded, numbers to classes,
 * order ids and amounts recognised. */
static void finish_pieces(Piece *pieces, int n, TextTokens *out)
{
    for (int i = 0; i < n; i++)
        if (pieces[i].kind == PIECE_WORD && pieces[i].ascii)
            fold_ascii_word(&pieces[i]);
    for (int i = 0; i < n; i++) {
        const Piece *p = &pieces[i];
        const Piece *next = i + 1 < n ? &pieces[i + 1] : NULL;
        if (p->kind == PIECE_WORD && next && next->kind == PIECE_NUM) {
            if (is_currency_word(p->text)) {            /* rs 500, ₹500, rs.500 */
                emit_str(out, "<amount>");
                i++;
                continue;
            }
            if (next->glued && p->ascii && p->len <= 4 && next->len >= 4) { /* KO12345 */
                emit_str(out, "<id>");
                i++;
                continue;
            }
        }
        if (p->kind == PIECE_NUM) {
            if (next && next->kind == PIECE_WORD && is_currency_word(next->text)) { /* 500 rs */
                emit_str(out, "<amount>");
                i++;
                continue;
            }
            emit_str(out, num_class(p));
            continue;
        }
        emit(out, p->text, p->len);
    }
}

void text_tokenize(const char *text, TextTokens *out)
{
    out->count = 0;
    out->used = 0;
    if (!text)
        return;
    size_t n = strnlen(text, TEXTNORM_MAX_INPUT);
    /* Pieces are kept small: a message of TEXTNORM_MAX_INPUT bytes has at
     * most that many / 2 pieces, but we stop at TEXTNORM_MAX_TOKENS. */
    static __thread Piece pieces[TEXTNORM_MAX_TOKENS];
    int np = 0;
    Piece *cur = NULL;
    int glued = 0;
    size_t i = 0;
    while (i < n && np <= TEXTNORM_MAX_TOKENS) {
        uint32_t cp, mapped;
        int l = text_utf8_decode(text + i, n - i, &cp);
        if (l <= 0)
            break;
        if (cp == 0xFFFD && i + (size_t)l >= n && (unsigned char)text[i] >= 0xC0)
            break; /* a sequence cut by the input bound */
        i += (size_t)l;
        const char *symbol;
        CharKind k = classify(cp, &mapped, &symbol);
        if (k == CK_DROP)
            continue;
        if (k == CK_SEP || k == CK_SYMBOL) {
            cur = NULL;
            glued = 0;
            if (k == CK_SYMBOL && np < TEXTNORM_MAX_TOKENS) {
                Piece *s = &pieces[np++];
                s->kind = PIECE_WORD;
                s->glued = 0;
                s->ascii = 0;
                s->len = strlen(symbol);
                memcpy(s->text, symbol, s->len + 1);
            }
            continue;
        }
        PieceKind pk = k == CK_DIGIT ? PIECE_NUM : PIECE_WORD;
        if (cur && cur->kind != pk) {
            cur = NULL;
            glued = 1;
        }
        if (!cur) {
            if (np >= TEXTNORM_MAX_TOKENS)
                break;
            cur = &pieces[np++];
            cur->kind = pk;
            cur->glued = glued;
            cur->ascii = 1;
            cur->len = 0;
            cur->text[0] = '\0';
            glued = 0;
        }
        if (mapped >= 0x80)
            cur->ascii = 0;
        char enc[4];
        size_t el = utf8_encode(mapped, enc);
        if (cur->len + el <= TEXTNORM_MAX_TOKEN_BYTES) {
            memcpy(cur->text + cur->len, enc, el);
            cur->len += el;
            cur->text[cur->len] = '\0';
        }
    }
    finish_pieces(pieces, np, out);
}

size_t text_normalize(const char *text, char *out, size_t outlen)
{
    static __thread TextTokens t;
    text_tokenize(text, &t);
    size_t j = 0;
    if (outlen == 0)
        return 0;
    for (int i = 0; i < t.count; i++) {
        size_t l = strlen(t.tok[i]);
        if (j + l + (i > 0) + 1 > outlen)
            break;
        if (i > 0)
            out[j++] = ' ';
        memcpy(out + j, t.tok[i], l);
        j += l;
    }
    out[j] = '\0';
    return j;
}

static uint32_t bucket(uint64_t h, int bits)
{
    /* splitmix64 finaliser: FNV's low bits are weak for short keys. */
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBULL;
    h ^= h >> 31;
    return (uint32_t)(h & ((1ULL << bits) - 1));
}

/* Devanagari spelling fold for features only (the normalised text keeps
 * the spelling): people type long and short vowels, ऑ and आ, ै and े,
 * anusvara and halant interchangeably ("नही/नहीं", "डिलिवरी/डिलीवरी",
 * "ऑर्डर/आर्डर", "पैसा/पेसा"). Returns the code point to keep, or 0 to drop. */
static uint32_t deva_fold(uint32_t cp)
{
    switch (cp) {
    case 0x0940: return 0x093F; /* ी -> ि */
    case 0x0942: return 0x0941; /* ू -> ु */
    case 0x0908: return 0x0907; /* ई -> इ */
    case 0x090A: return 0x0909; /* ऊ -> उ */
    case 0x0949: return 0x093E; /* ॉ -> ा */
    case 0x0911: return 0x0906; /* ऑ -> आ */
    case 0x0945: return 0x0947; /* ॅ -> े */
    case 0x090D: return 0x090F; /* ऍ -> ए */
    case 0x0948: return 0x0947; /* ै -> े */
    case 0x094C: return 0x094B; /* ौ -> ो */
    case 0x0902: case 0x094D: case 0x0903: return 0; /* anusvara, halant, visarga */
    default: return cp;
    }
}

/* Folds one token into out (cap bytes, NUL-terminated); ASCII is copied. */
static size_t fold_token(const char *w, char *out, size_t cap)
{
    size_t n = strlen(w), j = 0;
    for (size_t k = 0; k < n;) {
        uint32_t cp;
        int l = text_utf8_decode(w + k, n - k, &cp);
        if (l <= 0)
            break;
        k += (size_t)l;
        if (cp >= 0x0900 && cp <= 0x097F)
            cp = deva_fold(cp);
        if (cp == 0)
            continue;
        char enc[4];
        size_t el = utf8_encode(cp, enc);
        if (j + el + 1 > cap)
            break;
        memcpy(out + j, enc, el);
        j += el;
    }
    out[j] = '\0';
    return j;
}

/* Consonant skeleton shared by both scripts, so that a Hindi word in
 * Devanagari meets its romanised and English spellings ("रिफंड", "refund"
 * -> "rfnd"; "ऑर्डर", "order" -> "rdr"; "पेमेंट", "payment" -> "pmnt"):
 * vowels and y/य dropped, aspiration dropped (kh = k, ख = k), w = v,
 * z = j, c before e/i = s else k, ph = f, anusvara = n except at the end. */
static size_t skeleton(const char *w, char *out, size_t cap)
{
    static const char DEVA[0x40] = {
        /* 0x0900 */ 0, 'n', 'n', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        /* 0x0910 */ 0, 0, 0, 0, 0, 'k', 'k', 'g', 'g', 'n', 'c', 'c', 'j', 'j', 'n', 't',
        /* 0x0920 */ 't', 'd', 'd', 'n', 't', 't', 'd', 'd', 'n', 'n', 'p', 'f', 'b', 'b', 'm', 0,
        /* 0x0930 */ 'r', 'r', 'l', 'l', 'l', 'v', 's', 's', 's', 'h', 0, 0, 0, 0, 0, 0,
    };
    size_t n = strlen(w), j = 0;
    char prev = 0;
    for (size_t k = 0; k < n && j + 3 < cap;) {
        uint32_t cp;
        int l = text_utf8_decode(w + k, n - k, &cp);
        if (l <= 0)
            break;
        k += (size_t)l;
        char c = 0;
        const char *two = NULL;
        if (cp >= 0x0900 && cp < 0x0940) {
            c = DEVA[cp - 0x0900];
            if ((cp == 0x0902 || cp == 0x0901) && k >= n)
                c = 0; /* final anusvara: "नहीं" ~ "nahi" */
        } else if (cp == 0x0943 || cp == 0x090B) {
            c = 'r'; /* ृ ऋ: "कृषि" ~ "krishi" */
        } else if (cp >= 'a' && cp <= 'z') {
            char nx = k < n ? w[k] : 0;
            switch (cp) {
            case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': c = 0; break;
            case 'h': c = (prev && prev != 'n' && prev != 'r' && prev != 'l' && prev != 'm') ? 0 : 'h'; break;
            case 'w': c = 'v'; break;
            case 'z': c = 'j'; break;
            case 'q': c = 'k'; break;
            case 'x': two = "ks"; break;
            case 'c': c = (nx == 'e' || nx == 'i' || nx == 'y') ? 's' : nx == 'h' ? 'c' : 'k'; break;
            case 'p': c = nx == 'h' ? 'f' : 'p'; break;
            default: c = (char)cp; break;
            }
            if (cp == 'h' && c == 0) {
                prev = 0; /* "khh" stays one k */
                continue;
            }
        } else if (cp < 0x80) {
            c = (char)cp; /* digits do not occur in words */
        }
        if (two) {
            out[j++] = two[0];
            out[j++] = two[1];
            prev = two[1];
            continue;
        }
        if (cp >= 'a' && cp <= 'z' && c == 0) {
            prev = 0; /* a vowel: the next h is a sound of its own */
            continue;
        }
        if (c && (j == 0 || out[j - 1] != c))
            out[j++] = c;
        if (c)
            prev = c;
    }
    out[j] = '\0';
    return j;
}

/* Spelling-folded copy of t for features (Devanagari long/short vowels
 * etc.); an empty fold keeps its position as "<0>" for bigrams. */
static void fold_tokens(const TextTokens *t, TextTokens *ft)
{
    ft->count = 0;
    ft->used = 0;
    for (int i = 0; i < t->count; i++) {
        char buf[TEXTNORM_MAX_TOKEN_BYTES + 8];
        size_t l = fold_token(t->tok[i], buf, sizeof buf);
        if (l == 0)
            l = strlen(memcpy(buf, "<0>", 4));
        emit(ft, buf, l);
    }
}

/* --- lexicons for the clause structure (folded once per process) -------- */

/* Negators: the next two words also give "not-<word>" features, so "not
 * received" differs from "received". */
static const char *const NEG_WORDS[] = {"not", "no", "never", "nahi", "na", "mat", "dont", "didnt", "isnt",
                                        "wasnt", "havent", "hasnt", "cant", "cannot", "wont",
                                        "\xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82", /* नहीं */
                                        "\xe0\xa4\xa8", "\xe0\xa4\xae\xe0\xa4\xa4"};          /* न मत */
/* Contrast: what follows "but" is what the customer wants now ("paid, but
 * not shipped" is dispatch). */
static const char *const BUT_WORDS[] = {"but", "however", "lekin", "magar", "par", "parantu", "still",
                                        "\xe0\xa4\xb2\xe0\xa5\x87\xe0\xa4\x95\xe0\xa4\xbf\xe0\xa4\xa8", /* लेकिन */
                                        "\xe0\xa4\xae\xe0\xa4\x97\xe0\xa4\xb0",                         /* मगर */
                                        "\xe0\xa4\xaa\xe0\xa4\xb0",                                     /* पर */
                                        "\xe0\xa4\xaa\xe0\xa4\xb0\xe0\xa4\x82\xe0\xa4\xa4\xe0\xa5\x81"}; /* परंतु */
/* A clause made only of these is a greeting or courtesy. */
static const char *const GREET_WORDS[] = {
    "hi", "hii", "hello", "helo", "hey", "dear", "sir", "sirji", "madam", "mam", "maam", "team", "respected",
    "good", "morning", "evening", "afternoon", "namaste", "namaskar", "ram", "ji", "bhai", "bhaiya", "sahab",
    "katyayani", "organics", "hope", "you", "are", "doing", "well", "greetings", "jai", "kisan", "pranam", "sa",
    "to", "whom", "it", "may", "concern", "all", "and", "the", "i", "am", "this", "is", "sadar",
    "\xe0\xa4\xa8\xe0\xa4\xae\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa5\x87",                 /* नमस्ते */
    "\xe0\xa4\xa8\xe0\xa4\xae\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\x95\xe0\xa4\xbe\xe0\xa4\xb0",     /* नमस्कार */
    "\xe0\xa4\xb8\xe0\xa4\xb0", "\xe0\xa4\x9c\xe0\xa5\x80",                                     /* सर जी */
    "\xe0\xa4\x86\xe0\xa4\xa6\xe0\xa4\xb0\xe0\xa4\xa3\xe0\xa5\x80\xe0\xa4\xaf",                 /* आदरणीय */
    "\xe0\xa4\xae\xe0\xa4\xb9\xe0\xa5\x8b\xe0\xa4\xa6\xe0\xa4\xaf",                             /* महोदय */
    "\xe0\xa4\xb0\xe0\xa4\xbe\xe0\xa4\xae", "\xe0\xa4\xad\xe0\xa4\xbe\xe0\xa4\x88",             /* राम भाई */
    "\xe0\xa4\xb8\xe0\xa4\xbe\xe0\xa4\xb9\xe0\xa4\xac", "\xe0\xa4\x9c\xe0\xa4\xaf",             /* साहब जय */
    "\xe0\xa4\x95\xe0\xa4\xbf\xe0\xa4\xb8\xe0\xa4\xbe\xe0\xa4\xa8",                             /* किसान */
    "\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xa3\xe0\xa4\xbe\xe0\xa4\xae",                 /* प्रणाम */
    "\xe0\xa4\xb8\xe0\xa4\xb5\xe0\xa4\xbf\xe0\xa4\xa8\xe0\xa4\xaf",                             /* सविनय */
    "\xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb5\xe0\xa5\x87\xe0\xa4\xa6\xe0\xa4\xa8",                 /* निवेदन */
    "\xe0\xa4\xb9\xe0\xa5\x88", "\xe0\xa4\x95\xe0\xa4\xbf",                                     /* है कि */
};
/* A short clause starting with these closes the message: it and what
 * follows (name, town, firm) are left out. */
static const char *const SIGNOFF_WORDS[] = {
    "regards", "thanks", "thank", "thanking", "sincerely", "yours", "warm", "best", "kind", "dhanyavad",
    "shukriya", "cheers", "faithfully", "truly",
    "\xe0\xa4\xa7\xe0\xa4\xa8\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa4\xb5\xe0\xa4\xbe\xe0\xa4\xa6",                 /* धन्यवाद */
    "\xe0\xa4\xb8\xe0\xa4\xa7\xe0\xa4\xa8\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa4\xb5\xe0\xa4\xbe\xe0\xa4\xa6",     /* सधन्यवाद */
    "\xe0\xa4\xb6\xe0\xa5\x81\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbf\xe0\xa4\xaf\xe0\xa4\xbe",     /* शुक्रिया */
    "\xe0\xa4\xad\xe0\xa4\xb5\xe0\xa4\xa6\xe0\xa5\x80\xe0\xa4\xaf",                                         /* भवदीय */
};
/* A clause with one of these (or ending in '?') asks for something: when a
 * message also has context clauses, the request counts twice. */
static const char *const REQUEST_WORDS[] = {
    "please", "kindly", "want", "need", "help", "can", "could", "how", "what", "when", "where", "why", "which",
    "chahiye", "karo", "kardo", "kijiye", "dijiye", "bhej", "batao", "bataiye", "kya", "kab", "kaise",
    "kitna", "kitne", "kahan", "kyu", "kyun", "lautao", "wapas",
    "\xe0\xa4\x95\xe0\xa5\x83\xe0\xa4\xaa\xe0\xa4\xaf\xe0\xa4\xbe",                             /* कृपया */
    "\xe0\xa4\x9a\xe0\xa4\xbe\xe0\xa4\xb9\xe0\xa4\xbf\xe0\xa4\x8f",                             /* चाहिए */
    "\xe0\xa4\xa6\xe0\xa5\x80\xe0\xa4\x9c\xe0\xa4\xbf\xe0\xa4\x8f",                             /* दीजिए */
    "\xe0\xa4\x95\xe0\xa5\x80\xe0\xa4\x9c\xe0\xa4\xbf\xe0\xa4\x8f",                             /* कीजिए */
    "\xe0\xa4\xac\xe0\xa4\xa4\xe0\xa4\xbe\xe0\xa4\x87\xe0\xa4\x8f",                             /* बताइए */
    "\xe0\xa4\xad\xe0\xa5\x87\xe0\xa4\x9c\xe0\xa4\xbf\xe0\xa4\x8f",                             /* भेजिए */
    "\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa4\xbe", "\xe0\xa4\x95\xe0\xa4\xac",             /* क्या कब */
    "\xe0\xa4\x95\xe0\xa5\x88\xe0\xa4\xb8\xe0\xa5\x87",                                         /* कैसे */
    "\xe0\xa4\x95\xe0\xa4\xbf\xe0\xa4\xa4\xe0\xa4\xa8\xe0\xa4\xbe",                             /* कितना */
};

/* One hash table for every word list: the word as tokenised and folded
 * for features -> a bit per list. */
enum { SET_NEG = 1, SET_BUT = 2, SET_GREET = 4, SET_SIGNOFF = 8, SET_REQUEST = 16 };
#define WORD_TABLE_SIZE 512 /* power of two, over twice the words listed */

typedef struct WordEntry {
    char word[48];
    unsigned sets;
} WordEntry;

static WordEntry g_words[WORD_TABLE_SIZE];
static int g_words_ready;

static WordEntry *word_slot(const char *w, size_t n)
{
    size_t i = (size_t)text_hash64(w, n, 's') & (WORD_TABLE_SIZE - 1);
    while (g_words[i].sets && (strncmp(g_words[i].word, w, n) != 0 || g_words[i].word[n] != '\0'))
        i = (i + 1) & (WORD_TABLE_SIZE - 1);
    return &g_words[i];
}

static void words_add(const char *const *list, size_t n, unsigned set)
{
    for (size_t i = 0; i < n; i++) {
        char buf[128];
        /* the word as the tokenizer spells it: "pls" and "please" meet */
        char folded[128];
        text_normalize(list[i], buf, sizeof buf);
        size_t l = fold_token(buf, folded, sizeof folded);
        if (l == 0 || l >= sizeof g_words[0].word)
            continue;
        memcpy(buf, folded, l + 1);
        WordEntry *e = word_slot(buf, l);
        memcpy(e->word, buf, l + 1);
        e->sets |= set;
    }
}

/* Bits of the lists tok is in. The table is built once per process. */
static unsigned word_sets(const char *tok)
{
    if (!g_words_ready) {
        words_add(NEG_WORDS, sizeof NEG_WORDS / sizeof NEG_WORDS[0], SET_NEG);
        words_add(BUT_WORDS, sizeof BUT_WORDS / sizeof BUT_WORDS[0], SET_BUT);
        words_add(GREET_WORDS, sizeof GREET_WORDS / sizeof GREET_WORDS[0], SET_GREET);
        words_add(SIGNOFF_WORDS, sizeof SIGNOFF_WORDS / sizeof SIGNOFF_WORDS[0], SET_SIGNOFF);
        words_add(REQUEST_WORDS, sizeof REQUEST_WORDS / sizeof REQUEST_WORDS[0], SET_REQUEST);
        g_words_ready = 1;
    }
    char folded[TEXTNORM_MAX_TOKEN_BYTES + 8];
    size_t n = fold_token(tok, folded, sizeof folded); /* "नही" and "नहीं" meet */
    if (n == 0 || n >= sizeof g_words[0].word)
        return 0;
    return word_slot(folded, n)->sets;
}

/* feat[nf..] = h, k times (bounded by max); returns the new count. */
static int emit_feat(uint32_t *feat, int nf, int max, uint32_t h, int k)
{
    while (k-- > 0 && nf < max)
        feat[nf++] = h;
    return nf;
}

/* Features of tokens [from, to) of ft (folded) / orig (as tokenised),
 * appended at feat[nf]; returns the new count. negation: words within two
 * of a negator also give a "not-<word>" feature. */
static int feats_range(const TextTokens *ft, const TextTokens *orig, int from, int to, uint32_t *feat, int nf,
                       int max, int bits, int negation)
{
    const char *prev_sk = NULL;
    char skbuf[2][TEXTNORM_MAX_TOKEN_BYTES * 2 + 8];
    int neg_left = 0;
    for (int i = from; i < to && nf < max; i++) {
        const char *w = ft->tok[i];
        size_t wl = strlen(w);
        nf = emit_feat(feat, nf, max, bucket(text_hash64(w, wl, 'w'), bits), TEXTNORM_WEIGHT_WORD);
        if (negation) {
            if (neg_left > 0 && w[0] != '<' && nf < max)
                feat[nf++] = bucket(text_hash64(w, wl, 'n'), bits);
            neg_left = (word_sets(orig->tok[i]) & SET_NEG) ? 2 : neg_left > 0 ? neg_left - 1 : 0;
        }
        if (w[0] != '<' && nf < max) {
            char *sk = skbuf[i & 1];
            size_t sl = skeleton(orig->tok[i], sk, sizeof skbuf[0]);
            if (sl >= 2) {
                nf = emit_feat(feat, nf, max, bucket(text_hash64(sk, sl, 'k'), bits), TEXTNORM_WEIGHT_SKELETON);
                if (prev_sk && nf < max) { /* skeleton bigram */
                    uint64_t h = text_hash64(prev_sk, strlen(prev_sk), 'K');
                    nf = emit_feat(feat, nf, max, bucket(text_hash64(sk, sl, h), bits), TEXTNORM_WEIGHT_SKELETON_BIGRAM);
                }
                prev_sk = sk;
            } else {
                prev_sk = NULL;
            }
        } else {
            prev_sk = NULL;
        }
        if (i > from && nf < max) {
            uint64_t h = text_hash64(ft->tok[i - 1], strlen(ft->tok[i - 1]), 'b');
            h = text_hash64(" ", 1, 0) ^ h;
            h = text_hash64(w, wl, h);
            nf = emit_feat(feat, nf, max, bucket(h, bits), TEXTNORM_WEIGHT_BIGRAM);
        }
        if (i > from + 1 && nf < max) {
            /* Skip-bigram: a word and the one two before it, so "pack hone
             * se pehle" and "before it is packed" share a feature across
             * the filler word between the two that carry the intent. */
            uint64_t h = text_hash64(ft->tok[i - 2], strlen(ft->tok[i - 2]), 's');
            h = text_hash64(w, wl, h);
            feat[nf++] = bucket(h, bits);
        }
        if (w[0] == '<')
            continue; /* number classes have no useful spelling */
        /* Character n-grams over "^word$", by code point. */
        char buf[TEXTNORM_MAX_TOKEN_BYTES + 8];
        size_t off[TEXTNORM_MAX_TOKEN_BYTES + 8];
        size_t bl = 0;
        int ncp = 0;
        buf[bl++] = '^';
        off[ncp++] = 0;
        for (size_t k = 0; k < wl && bl < TEXTNORM_MAX_TOKEN_BYTES + 2;) {
            uint32_t cp;
            int l = text_utf8_decode(w + k, wl - k, &cp);
            if (l <= 0)
                break;
            off[ncp++] = bl;
            memcpy(buf + bl, w + k, (size_t)l);
            bl += (size_t)l;
            k += (size_t)l;
        }
        off[ncp++] = bl;
        buf[bl++] = '$';
        off[ncp] = bl; /* end sentinel */
        for (int g = 3; g <= 5; g++)
            for (int s = 0; s + g <= ncp && nf < max; s++)
                feat[nf++] = bucket(text_hash64(buf + off[s], off[s + g] - off[s], 'c' + (uint64_t)g), bits);
    }
    return nf;
}

int text_features_tokens(const TextTokens *t, uint32_t *feat, int max, int bits)
{
    if (bits < 10 || bits > 24 || max <= 0)
        return 0;
    static __thread TextTokens ft;
    fold_tokens(t, &ft);
    return feats_range(&ft, t, 0, ft.count, feat, 0, max, bits, 0);
}

/* --- clauses -------------------------------------------------------------- */

typedef struct Clause {
    int from, to;   /* token range in the message's tokens */
    int but_at;     /* first token after the last contrast word, or -1 */
    unsigned char greet, signoff, request, drop;
} Clause;

/* Length of the clause starting at text[0] (up to n): it ends after '?',
 * '!', ',', ';', a newline, a danda, or a '.' before a space or the end
 * ("rs.500" and "1.5" stay whole). *question: it ended in '?'. */
static size_t clause_len(const char *text, size_t n, int *question)
{
    *question = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)text[i];
        if (c == '?' || c == '!' || c == ',' || c == ';' || c == '\n') {
            *question = c == '?';
            return i + 1;
        }
        if (c == '.' && (i + 1 == n || text[i + 1] == ' ' || text[i + 1] == '\n' || text[i + 1] == '\r'))
            return i + 1;
        if (c == 0xE0 && i + 2 < n && (unsigned char)text[i + 1] == 0xA5 &&
            ((unsigned char)text[i + 2] == 0xA4 || (unsigned char)text[i + 2] == 0xA5))
            return i + 3; /* । ॥ */
    }
    return n;
}

int text_features(const char *text, uint32_t *feat, int max, int bits)
{
    if (bits < 10 || bits > 24 || max <= 0)
        return 0;
    static __thread TextTokens all, part, ft;
    static __thread Clause cl[TEXTNORM_MAX_CLAUSES];
    static __thread char buf[TEXTNORM_MAX_INPUT + 1];
    all.count = 0;
    all.used = 0;
    int nc = 0;
    size_t n = text ? strnlen(text, TEXTNORM_MAX_INPUT) : 0, pos = 0;
    /* Tokenise clause by clause into one token list, remembering where each
     * clause's tokens are; the last clause takes whatever is left. */
    while (pos < n && nc < TEXTNORM_MAX_CLAUSES) {
        int question = 0;
        size_t len = nc == TEXTNORM_MAX_CLAUSES - 1 ? n - pos : clause_len(text + pos, n - pos, &question);
        memcpy(buf, text + pos, len);
        buf[len] = '\0';
        pos += len;
        text_tokenize(buf, &part);
        if (part.count == 0)
            continue;
        Clause *c = &cl[nc];
        memset(c, 0, sizeof *c);
        c->from = all.count;
        c->but_at = -1;
        int greet = 1;
        for (int i = 0; i < part.count; i++) {
            const char *w = part.tok[i];
            emit(&all, w, strlen(w));
            if (all.count == c->from + i)
                break; /* the token list is full */
            unsigned sets = word_sets(w);
            greet = greet && (sets & SET_GREET);
            if ((sets & SET_BUT) && i + 1 < part.count)
                c->but_at = c->from + i + 1;
            c->request = c->request || (sets & SET_REQUEST);
        }
        c->to = all.count;
        if (c->to == c->from)
            break;
        c->greet = (unsigned char)greet;
        c->request = c->request || question;
        c->signoff = (word_sets(all.tok[c->from]) & SET_SIGNOFF) && c->to - c->from <= 4;
        nc++;
    }
    /* Leave out greetings, and everything from a sign-off on, as long as
     * something else remains ("Good morning" alone is a greeting to
     * classify; "Dear sir, <question>. Regards, <name>" is the question). */
    int content = 0, signed_off = 0;
    for (int i = 0; i < nc; i++) {
        if (signed_off || (cl[i].signoff && content)) {
            cl[i].drop = 1;
            signed_off = 1;
            continue;
        }
        if (cl[i].greet || cl[i].signoff)
            cl[i].drop = 1;
        else
            content++;
    }
    if (!content)
        for (int i = 0; i < nc; i++)
            cl[i].drop = 0;
    int requests = 0, kept = 0;
    for (int i = 0; i < nc; i++)
        if (!cl[i].drop) {
            kept++;
            requests += cl[i].request;
        }
    int emphasise = requests > 0 && requests < kept; /* requests among context clauses */
    fold_tokens(&all, &ft);
    int nf = 0;
    for (int i = 0; i < nc && nf < max; i++) {
        if (cl[i].drop)
            continue;
        nf = feats_range(&ft, &all, cl[i].from, cl[i].to, feat, nf, max, bits, 1);
        if (emphasise && cl[i].request)
            nf = feats_range(&ft, &all, cl[i].from, cl[i].to, feat, nf, max, bits, 1);
        if (cl[i].but_at >= 0)
            nf = feats_range(&ft, &all, cl[i].but_at, cl[i].to, feat, nf, max, bits, 1);
    }
    /* The message's shape: "general" (thanks, praise, wishes) is mostly
     * short, asks nothing, or is only a greeting, whatever words it names. */
    int ntok = 0;
    for (int i = 0; i < nc; i++)
        if (!cl[i].drop)
            ntok += cl[i].to - cl[i].from;
    const char *len_class = ntok <= 2    ? "<len:2>"
                            : ntok <= 4  ? "<len:4>"
                            : ntok <= 7  ? "<len:7>"
                            : ntok <= 12 ? "<len:12>"
                            : ntok <= 25 ? "<len:25>"
                                         : "<len:more>";
    nf = emit_feat(feat, nf, max, bucket(text_hash64(len_class, strlen(len_class), 'M'), bits), TEXTNORM_WEIGHT_SHAPE);
    if (!requests)
        nf = emit_feat(feat, nf, max, bucket(text_hash64("<no-request>", strlen("<no-request>"), 'M'), bits), TEXTNORM_WEIGHT_SHAPE);
    if (!content)
        nf = emit_feat(feat, nf, max, bucket(text_hash64("<greeting-only>", strlen("<greeting-only>"), 'M'), bits), TEXTNORM_WEIGHT_SHAPE);
    return nf;
}
