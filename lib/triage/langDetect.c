/* langDetect.c — see langDetect.h. */
#include "triage/langDetect.h"

#include <string.h>

#include "triage/textNorm.h"

/* Romanised Hindi words that are rare in English text. After folding
 * (textNorm), so "nahin" is already "nahi" and "aaya" is "aya". Words
 * that are also common English ("to", "me", "he", "main") are left out. */
static const char *const HINGLISH_WORDS[] = {
    "abhi", "acha", "agar", "apka", "aur", "aya", "ayega", "bahut", "bata", "batao", "bhai", "bhi",
    "bol", "chahiye", "chahta", "dawa", "de", "dena", "dijiye", "diya", "ek", "fasal", "gaya",
    "gayi", "hai", "hamara", "hoga", "hota", "hua", "hum", "jab", "jaldi", "ji", "kab", "kabhi",
    "kahan", "kaise", "kal", "kam", "kar", "karna", "karo", "kardo", "karke", "ke", "kha", "khet",
    "kharab", "ki", "kiya", "kitna", "ko", "koi", "kuch", "kya", "kyun", "lekin", "liye", "mein",
    "mera", "mujhe", "mila", "milega", "na", "nahi", "paisa", "par", "pe", "raha", "rahi", "rahe",
    "sab", "se", "tak", "tha", "thi", "thik", "tum", "wala", "wapas", "wo", "ye", "yaha", "kese",
    "kida", "lagta", "lagana", "dalna", "bhej", "hain", "karwa", "kara", "bilkul", "sahi", "galat",
    "dhanyavad", "shukriya", "namaste", "kripya", "bataye", "chal", "puri", "pura", "din", "hafte",
};

static int is_hinglish_word(const char *w)
{
    for (size_t i = 0; i < sizeof HINGLISH_WORDS / sizeof HINGLISH_WORDS[0]; i++)
        if (strcmp(w, HINGLISH_WORDS[i]) == 0)
            return 1;
    return 0;
}

const char *lang_detect(const char *text)
{
    if (!text)
        return "en";
    size_t n = strnlen(text, TEXTNORM_MAX_INPUT);
    int deva = 0, latin = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int l = text_utf8_decode(text + i, n - i, &cp);
        if (l <= 0)
            break;
        i += (size_t)l;
        if (cp >= 0x0900 && cp <= 0x097F && !(cp >= 0x0964 && cp <= 0x096F))
            deva++;
        else if ((cp | 32) >= 'a' && (cp | 32) <= 'z')
            latin++;
    }
    if (deva + latin == 0)
        return "en";
    /* Devanagari letters are ~1 per sound, Latin ~1.3: weigh them so a
     * Hindi sentence with a few English nouns ("order", "refund") stays hi. */
    double ratio = (double)deva * 1.3 / ((double)deva * 1.3 + (double)latin);
    if (ratio >= 0.6)
        return "hi";
    if (ratio >= 0.2)
        return "mixed";
    static __thread TextTokens t;
    text_tokenize(text, &t);
    int words = 0, hindi = 0;
    for (int i = 0; i < t.count; i++) {
        if (t.tok[i][0] == '<')
            continue;
        words++;
        hindi += is_hinglish_word(t.tok[i]);
    }
    if (hindi >= 2 && hindi * 5 >= words)
        return "hinglish";
    if (hindi >= 1 && words <= 4)
        return "hinglish";
    return "en";
}
