#!/usr/bin/env python3
"""Writes lib/triage/triageData/corpus.tsv: the labelled corpus of the local triage model.

Katyayani Organics customers (farmers, gardeners, dealers) writing to support in English,
Hindi (Devanagari) and Hinglish. The messages are hand-written templates ("cores", one
customer intent each) with slots for products, crops, pests, order ids, pincodes and
amounts; every core is used a few times with different openers, extra details, sign-offs
and spelling noise (the way people really type on WhatsApp). Each generated line carries
its core as a group (4th column) so that the hold-out split keeps all wordings of one
core on the same side: held-out accuracy is measured on intents phrased in ways the
model never saw. Plain hand-written one-off lines are in scripts/corpusHand.tsv-style
blocks below (HAND) and have no group.

lib/triage/triageData/heldOut.tsv is a separate hand-written test set that training never reads;
any generated or hand line that is a near-duplicate of one of its lines (word-set Jaccard
>= NEAR_DUP, digits folded) is dropped here, and templates close to one are reported, so
that the test measures unseen messages.

Deterministic (fixed seed), stdlib only:  python3 scripts/genCorpus.py
"""
import os
import random
import re
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpusCores import CORES, DETAILS, HAND, STRICT_CORES  # noqa: E402

SEED = 20240611
# The test sets training must not see (lib/triage/triageData/): heldOut.tsv,
# and heldOutBlind.tsv, heldOutBlind2.tsv and heldOutBlind3.tsv, written
# later, each by someone who never read the corpus.
TEST_FILES = ("heldOut.tsv", "heldOutBlind.tsv", "heldOutBlind2.tsv", "heldOutBlind3.tsv")
NEAR_DUP = 0.6
# Templates written after the held-out set's errors were read (STRICT_CORES)
# are checked more strictly: a template is the intent itself, and a
# paraphrase of a test line (slots removed) would teach the test.
CORE_NEAR_DUP = 0.4
# Messages written by hand, one by one, as customers write (not templates):
# trained on as written, after the lines too close to a test line are
# dropped here (and `--check` fails if one is left).
HAND_FILE = "handWritten.tsv"
USES_PER_CORE = 6
TARGET_PER_CELL = 340

PRODUCTS = {
    "en": ["neem oil 1 litre", "neem oil", "Trichoderma", "Trichoderma viride 1kg", "humic acid",
           "sea weed extract", "seaweed granules", "NPK 19:19:19", "Beauveria bassiana", "mycorrhiza",
           "Pseudomonas fluorescens", "Metarhizium", "bio NPK consortia", "Bacillus subtilis",
           "neem cake", "amino acid liquid", "fulvic acid", "Verticillium lecanii", "PSB bio fertilizer",
           "Katyayani Kavach", "sticker spreader", "neem oil 10000 ppm", "Paecilomyces", "vermicompost 5 kg",
           "Kaytaayani humic 98%", "Azotobacter"],
    "hi": ["नीम ऑयल", "नीम तेल 1 लीटर", "ट्राइकोडर्मा", "ह्यूमिक एसिड", "सी वीड", "एनपीके 19 19 19",
           "ब्यूवेरिया", "माइकोराइजा", "स्यूडोमोनास", "नीम खली", "अमीनो एसिड", "फुल्विक एसिड",
           "मेटाराइजियम", "बायो एनपीके", "बैसिलस", "पीएसबी", "वर्टिसिलियम", "neem oil", "ट्राइकोडर्मा विरिडी"],
    "hinglish": ["neem oil", "neem ka tel", "trichoderma", "tricoderma", "humic acid", "humic", "sea weed",
                 "seaweed", "npk 19 19 19", "beauveria", "bevaria", "mycorrhiza", "micorhiza", "pseudomonas",
                 "neem khali", "amino acid", "fulvic", "metarhizium", "bio npk", "psb", "neem oil 1 ltr"],
}
CROPS = {
    "en": ["tomato", "chilli", "cotton", "paddy", "wheat", "soybean", "grapes", "onion", "potato", "brinjal",
           "sugarcane", "pomegranate", "banana", "mango", "chana", "groundnut", "maize", "okra", "cauliflower",
           "rose plants", "terrace garden plants", "capsicum", "cucumber", "tea garden", "citrus"],
    "hi": ["टमाटर", "मिर्च", "कपास", "धान", "गेहूं", "सोयाबीन", "अंगूर", "प्याज", "आलू", "बैंगन", "गन्ना", "अनार",
           "केला", "आम", "चना", "मूंगफली", "मक्का", "भिंडी", "गोभी", "शिमला मिर्च", "खीरा", "सरसों"],
    "hinglish": ["tamatar", "tomato", "mirchi", "chilli", "kapas", "cotton", "dhan", "gehu", "gehun", "soyabean",
                 "angoor", "pyaz", "aloo", "baingan", "ganna", "anar", "kela", "aam", "chana", "moongfali",
                 "makka", "bhindi", "gobhi", "shimla mirch", "kheera", "sarso"],
}
PESTS = {
    "en": ["thrips", "whitefly", "aphids", "mealybug", "fruit borer", "pink bollworm", "stem borer", "leaf curl",
           "powdery mildew", "early blight", "root rot", "wilt", "red mites", "termites", "fall armyworm",
           "downy mildew", "yellowing leaves", "fungus on leaves", "leaf spot", "sucking pests"],
    "hi": ["थ्रिप्स", "सफेद मक्खी", "माहू", "मिलीबग", "फल छेदक", "गुलाबी सुंडी", "तना छेदक", "पत्ती मरोड़",
           "फफूंद", "झुलसा रोग", "जड़ सड़न", "उकठा रोग", "लाल मकड़ी", "दीमक", "इल्ली", "पत्ते पीले"],
    "hinglish": ["thrips", "safed makhi", "white fly", "mahu", "milibug", "fal chedak", "gulabi sundi", "sundi",
                 "tana chedak", "patti marod", "leaf curl", "fungus", "jhulsa", "jad galan", "ukhta", "lal makdi",
                 "deemak", "illi", "keede", "patte peele"],
}
CITIES = ["Nashik", "Indore", "Jaipur", "Ludhiana", "Guntur", "Rajkot", "Patna", "Nagpur", "Bhopal", "Lucknow",
          "Varanasi", "Akola", "Jalgaon", "Hubli", "Karnal", "Meerut", "Sangli", "Bathinda", "Kota", "Raipur",
          "Sikar", "Hisar", "Belgaum", "Ujjain", "Gorakhpur", "Solapur"]
NAMES = ["Ramesh", "Suresh Patil", "Mahesh", "Rajendra Singh", "Anil Kumar", "Santosh", "Vikas Yadav",
         "Pradeep", "Sunita", "Harpreet", "Ganesh Jadhav", "Manoj", "Dinesh Chaudhary", "Kavita", "Bhupendra",
         "Arjun Reddy", "Prakash", "Ravi", "Sanjay Meena", "Gurpreet Singh"]
COURIERS = ["Delhivery", "Shiprocket", "Blue Dart", "DTDC", "India Post", "Xpressbees", "Ecom Express", "Ekart"]
PAYMODES = {"en": ["UPI", "PhonePe", "Google Pay", "Paytm", "debit card", "net banking", "credit card"],
            "hi": ["UPI", "फोनपे", "गूगल पे", "पेटीएम", "डेबिट कार्ड", "नेट बैंकिंग"],
            "hinglish": ["upi", "phonepe", "gpay", "paytm", "card", "net banking", "google pay"]}

OPENERS = {
    "en": ["", "", "", "", "Hi", "Hello sir,", "Dear team,", "Respected sir,", "hi team", "Good morning,", "Sir,",
           "hello katyayani", "Dear Sir/Madam,", "Hello,", "Namaste,", "hii"],
    "hi": ["", "", "", "", "नमस्ते सर,", "नमस्कार,", "सर,", "राम राम जी", "आदरणीय महोदय,", "नमस्ते", "सर जी",
           "भाई साहब", "जय किसान,"],
    "hinglish": ["", "", "", "", "Namaste sir", "hello sir", "sir ji", "bhaiya", "ram ram ji", "hi", "Sir",
                 "namaskar", "hello ji", "bhai"],
}
CLOSERS = {
    "en": ["", "", "", "", "Thanks", "pls reply", "Regards, {name}", "thank you", "please help",
           "kindly do the needful", "waiting for your reply", "- {name}, {city}", "Thanks & regards\\n{name}",
           "call me on {phone}"],
    "hi": ["", "", "", "", "धन्यवाद", "कृपया जवाब दें", "कृपया मदद करें", "जवाब का इंतजार है", "- {name}, {city}",
           "मेरा नंबर {phone} है", "धन्यवाद जी"],
    "hinglish": ["", "", "", "", "plz reply", "thank you sir", "dhanyawad", "reply karo", "help karo please",
                 "mera number {phone}", "- {name} {city} se", "jawab dena"],
}

# Romanised spelling noise applied to Hinglish (and a little to English).
HINGLISH_NOISE = [
    (r"\bnahi\b", ["nahi", "nahin", "nhi", "nai", "nahi"]),
    (r"\baaya\b", ["aaya", "aya", "aayaa"]),
    (r"\bkab tak\b", ["kab tak", "kb tk", "kab tk", "kb tak"]),
    (r"\bpaise\b", ["paise", "paisa", "pese", "paisey"]),
    (r"\bplease\b", ["please", "plz", "pls", "plzz"]),
    (r"\bhai\b", ["hai", "h", "he", "hai", "hai"]),
    (r"\bkya\b", ["kya", "kia", "kyaa"]),
    (r"\bkar\b", ["kar", "kr"]),
    (r"\bkaro\b", ["karo", "kro", "kar do"]),
    (r"\bmera\b", ["mera", "mera", "mra"]),
    (r"\babhi\b", ["abhi", "abi", "abhi"]),
    (r"\bdelivery\b", ["delivery", "delivry", "dilivery"]),
    (r"\border\b", ["order", "order", "odr", "ordr"]),
    (r"\bbhaiya\b", ["bhaiya", "bhaiyya", "bhai"]),
    (r"\bjaldi\b", ["jaldi", "jldi", "jaldee"]),
    (r"\bchahiye\b", ["chahiye", "chahie", "chaiye"]),
    (r"\bbatao\b", ["batao", "btao", "bataiye", "bataye"]),
    (r"\bthik\b", ["thik", "theek", "thek"]),
    (r"\bgaya\b", ["gaya", "gya"]),
    (r"\braha\b", ["raha", "rha"]),
]
EN_NOISE = [
    (r"\bplease\b", ["please", "pls", "plz", "please"]),
    (r"\byou\b", ["you", "u", "you"]),
    (r"\bI am\b", ["I am", "i am", "im", "I'm"]),
    (r"\bnot\b", ["not", "not", "nt"]),
    (r"\bdelivery\b", ["delivery", "delivery", "delivry"]),
    (r"\breceived\b", ["received", "recieved", "received", "recived"]),
]


def rand_order_id(r):
    k = r.random()
    if k < 0.3:
        return "KO" + str(r.randint(100000, 999999))
    if k < 0.55:
        return "#" + str(r.randint(10000, 99999))
    if k < 0.8:
        return str(r.randint(1000000, 99999999))
    return "KTY-" + str(r.randint(1000, 9999))


def fill(template, lang, r):
    """Replaces {slot}s; each occurrence gets its own random value."""
    def pick(m):
        slot = m.group(1)
        if slot == "p":
            return r.choice(PRODUCTS[lang])
        if slot == "c":
            return r.choice(CROPS[lang])
        if slot == "pest":
            return r.choice(PESTS[lang])
        if slot == "o":
            return rand_order_id(r)
        if slot == "pin":
            return str(r.randint(110001, 855117))
        if slot == "amt":
            return r.choice(["Rs ", "rs.", "₹", "Rs.", "INR ", ""]) + str(r.choice(
                [199, 249, 299, 349, 450, 499, 560, 649, 799, 899, 999, 1150, 1299, 1499, 1850, 2199, 2450, 3600,
                 4999, 7800, 12500])) + r.choice(["", "", "/-", " rupees"] if lang != "hi" else ["", " रुपये", "/-"])
        if slot == "n":
            return str(r.choice([1, 2, 2, 3, 4, 5, 5, 10, 10, 12, 15, 20, 25, 50, 100]))
        if slot == "qty":
            return r.choice(["50 litre", "100 kg", "200 bottles", "20 cartons", "500 kg", "1 ton", "100 litre",
                             "300 packets", "40 boxes", "2 tonne", "60 drums"])
        if slot == "city":
            return r.choice(CITIES)
        if slot == "name":
            return r.choice(NAMES)
        if slot == "phone":
            return str(r.choice([6, 7, 8, 9])) + "".join(str(r.randint(0, 9)) for _ in range(9))
        if slot == "courier":
            return r.choice(COURIERS)
        if slot == "pay":
            return r.choice(PAYMODES[lang])
        if slot == "days":
            return str(r.choice([3, 4, 5, 6, 7, 8, 10, 12, 15, 20]))
        if slot == "date":
            return r.choice(["12 March", "3rd", "25/06", "kal", "last Monday", "5 tarikh", "20-07-2024", "2nd Jan"])
        if slot == "ml":
            return str(r.choice([1, 2, 2.5, 3, 5, 10])) + r.choice([" ml", "ml", " ml per litre", " ml/litre"])
        raise KeyError(slot)
    return re.sub(r"\{(\w+)\}", pick, template)


def noise(text, lang, r):
    table = HINGLISH_NOISE if lang == "hinglish" else EN_NOISE if lang == "en" else []
    for pat, choices in table:
        text = re.sub(pat, lambda m: r.choice(choices), text)
    if lang != "hi":
        k = r.random()
        if k < 0.25:
            text = text.lower()
        elif k < 0.3:
            text = text.upper() if len(text) < 60 else text
        if r.random() < 0.3:
            text = text.replace(",", "").replace(".", "")
        if r.random() < 0.1:
            text = text.rstrip(".") + r.choice(["??", "!!", " ???", "..."])
    else:
        if r.random() < 0.3:
            text = text.replace("।", "").replace(",", "")
    return " ".join(text.split(" ")).strip()


def compose(core, lang, team, r):
    parts = []
    op = r.choice(OPENERS[lang])
    if op:
        parts.append(op)
    parts.append(core)
    if r.random() < 0.35 and DETAILS[team][lang]:
        parts.append(r.choice(DETAILS[team][lang]))
    cl = r.choice(CLOSERS[lang])
    if cl:
        parts.append(cl)
    sep = r.choice([" ", " ", " ", "\\n", ". "]) if lang != "hi" else r.choice([" ", " ", "\\n", "। "])
    text = parts[0]
    for p in parts[1:]:
        text += (" " if text.endswith((",", ".", "?", "!", "।")) else sep) + p
    text = fill(text, lang, r)
    return noise(text, lang, r)


def word_set(text):
    text = re.sub(r"\d+", "0", text.lower().replace("\\n", " "))
    return frozenset(re.findall(r"[\w\u0900-\u097f]+", text))


class HeldOut:
    """Word sets of the hand-written test lines, for near-duplicate checks.
    A match is reported by file and line number only: the people writing
    templates must not read the test text."""

    def __init__(self, *paths):
        self.sets, self.texts, self.index = [], [], {}
        for path in paths:
            if os.path.exists(path):
                self._load(path)

    def _load(self, path):
        with open(path, encoding="utf-8") as f:
            for lineno, ln in enumerate(f, 1):
                if ln.startswith("#") or not ln.strip():
                    continue
                text = ln.rstrip("\n").split("\t")[2]
                ws = word_set(text)
                for w in ws:
                    self.index.setdefault(w, []).append(len(self.sets))
                self.sets.append(ws)
                self.texts.append(f"{os.path.basename(path)}:{lineno}")

    def nearest(self, text):
        """(Jaccard, "file:line") of the closest test line."""
        ws = word_set(text)
        if not ws:
            return 0.0, None
        common = {}
        for w in ws:
            for i in self.index.get(w, ()):
                common[i] = common.get(i, 0) + 1
        best, best_i = 0.0, None
        for i, c in common.items():
            j = c / len(ws | self.sets[i])
            if j > best:
                best, best_i = j, i
        return best, (self.texts[best_i] if best_i is not None else None)


def lines_of(block):
    return [ln.strip() for ln in block.strip().splitlines() if ln.strip() and not ln.strip().startswith("#")]


def rng(team, lang, kind, template):
    """One random stream per template (seeded by its text), so editing or
    adding a template changes only its own lines, and the group (the split
    key) of every other template stays put: before, one stream ran through
    the whole corpus and groups were numbered by position, so any edit
    reshuffled everything and moved model-eval figures by a point of noise."""
    return random.Random(f"{SEED}|{team}|{lang}|{kind}|{template}")


def read_hand_file(path):
    """(team, lang, text) of the hand-written training file's lines."""
    if not os.path.exists(path):
        return []
    out = []
    with open(path, encoding="utf-8") as f:
        for lineno, ln in enumerate(f, 1):
            if ln.startswith("#") or not ln.strip():
                continue
            parts = ln.rstrip("\n").split("\t")
            if len(parts) != 3 or parts[0] not in CORES or parts[1] not in ("en", "hi", "hinglish") \
                    or not parts[2].strip():
                # A typo must not drop a message silently.
                sys.exit(f"genCorpus: {path}:{lineno}: expected team<TAB>language<TAB>text with a team of "
                         f"{', '.join(CORES)} and a language of en, hi, hinglish")
            out.append((parts[0], parts[1], parts[2]))
    return out


def filter_hand_file(path, held, check):
    """Drops the lines of the hand-written training file that are within
    NEAR_DUP of a test line (rewriting it), or with check, only says so.
    Returns whether the file was clean."""
    if not os.path.exists(path):
        return True
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    keep, close = [], []
    for i, ln in enumerate(lines, 1):
        parts = ln.rstrip("\n").split("\t")
        if not ln.startswith("#") and len(parts) >= 3:
            j, near = held.nearest(parts[2])
            if j >= NEAR_DUP:
                close.append(f"{os.path.basename(path)}:{i} ~ {near} ({j:.2f})")
                continue
        keep.append(ln)
    if close and check:
        print(f"genCorpus: {len(close)} lines of {path} are too close to a test line: "
              + ", ".join(close[:10]) + " (run python3 scripts/genCorpus.py)", file=sys.stderr)
    elif close:
        with open(path, "w", encoding="utf-8") as f:
            f.write("".join(keep))
        print(f"dropped {len(close)} hand-written lines too close to a test line: " + ", ".join(close))
    return not close


def main(check=False):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out_path = os.path.join(root, "lib", "triage", "triageData", "corpus.tsv")
    data = os.path.join(root, "lib", "triage", "triageData")
    held = HeldOut(*(os.path.join(data, name) for name in TEST_FILES))
    rows, seen, stats = [], set(), {}
    dropped = 0
    too_close = set()
    for team in CORES:
        for lang in ("en", "hi", "hinglish"):
            for core in lines_of(CORES[team][lang]):
                j, near = held.nearest(re.sub(r"\{\w+\}", " ", core))
                if j >= (CORE_NEAR_DUP if core in STRICT_CORES else NEAR_DUP):
                    too_close.add(core)
                    if not check:
                        print(f"skipped: template close to a test line ({j:.2f}, {near}): {core!r}")
    for team in CORES:
        for lang in ("en", "hi", "hinglish"):
            cores = lines_of(CORES[team][lang])
            hand = lines_of(HAND.get(team, {}).get(lang, ""))
            n = 0
            for h in hand:
                key = h.lower()
                if key in seen:
                    continue
                if held.nearest(h)[0] >= NEAR_DUP:
                    dropped += 1
                    continue
                seen.add(key)
                rows.append((team, lang, fill(h, lang, rng(team, lang, "hand", h)), ""))
                n += 1
            # Spread the cell's target over its usable cores exactly (some get
            # one use more than others) rather than rounding every core up:
            # rounding made a cell's size jump by a third when one core was
            # added, and the teams drifted apart within a language.
            usable = [ci for ci, core in enumerate(cores) if core not in too_close]
            want = max(len(usable), min(USES_PER_CORE * len(usable), TARGET_PER_CELL - n))
            uses_of = {ci: (k + 1) * want // max(1, len(usable)) - k * want // max(1, len(usable))
                       for k, ci in enumerate(usable)}
            for ci, core in enumerate(cores):
                if core in too_close:
                    continue
                r = rng(team, lang, "core", core)
                group = "%s.%s.%08x" % (team, lang, zlib.crc32(core.encode("utf-8")))
                for _ in range(uses_of[ci]):
                    for _attempt in range(5):
                        text = compose(core, lang, team, r)
                        key = re.sub(r"\d+", "0", text.lower())
                        if key not in seen:
                            break
                    if key in seen:
                        continue
                    seen.add(key)
                    if held.nearest(text)[0] >= NEAR_DUP:
                        dropped += 1
                        continue
                    rows.append((team, lang, text, group))
                    n += 1
            stats[(team, lang)] = (len(cores), len(hand), n)
    hand_ok = filter_hand_file(os.path.join(data, HAND_FILE), held, check)
    n_hand = 0
    for team, lang, text in read_hand_file(os.path.join(data, HAND_FILE)):
        key = re.sub(r"\d+", "0", text.lower())
        if key in seen:  # lines near a test line left the file just above
            continue
        seen.add(key)
        # Its own split group: the internal split holds out a fifth of them.
        rows.append((team, lang, text, "hand.%s.%s.%08x" % (team, lang, zlib.crc32(text.encode("utf-8")))))
        n_hand += 1
    out = ["# Katyayani Organics triage corpus, generated by scripts/genCorpus.py from the hand-written\n",
           "# templates in scripts/corpusCores.py, then the messages of handWritten.tsv as written.\n",
           "# team<TAB>language<TAB>text[<TAB>group]\n"]
    for team, lang, text, group in rows:
        text = text.replace("\t", " ")
        out.append(f"{team}\t{lang}\t{text}" + (f"\t{group}" if group else "") + "\n")
    if check:
        with open(out_path, encoding="utf-8") as f:
            same = f.read() == "".join(out)
        same = same and hand_ok
        if not same:
            print(f"genCorpus: {out_path} is not what scripts/corpusCores.py generates:"
                  " run python3 scripts/genCorpus.py and commit the corpus", file=sys.stderr)
        return 0 if same else 1
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("".join(out))
    for (team, lang), (nc, nh, n) in stats.items():
        print(f"{team:16s} {lang:9s} cores {nc:3d} hand {nh:3d} lines {n:4d}")
    print(f"dropped {dropped} lines too close to a test line ({', '.join(TEST_FILES)})")
    print(f"added {n_hand} hand-written messages ({HAND_FILE})")
    print(f"wrote {len(rows)} lines to {out_path}")
    return 0


if __name__ == "__main__":
    # --check: compare with the committed corpus instead of writing it (make lint)
    sys.exit(main(check="--check" in sys.argv[1:]))
