# Customer Success Backend — build, run, test.
#
#   make          build build/csd and build/csctl
#   make run      install/report missing packages, build, start the whole stack on $PORT (3002)
#   make test     install/report missing packages, build, run unit + integration tests
#   make check    the same suite under AddressSanitizer + UndefinedBehaviorSanitizer
#   make bench    throughput/latency/memory figures against this machine's own limits
#   make fuzz     build the libFuzzer targets (clang) and run each for FUZZ_SECONDS
#   make valgrind memcheck over every fuzz corpus replay and csctl triage
#   make lint     banned-function and SQL-formatting checks
#   make install  PREFIX=/usr/local DESTDIR= : csd, csctl, migrations, nginx files,
#                 console, systemd unit, logrotate (scripts/install/install.sh)
#   make chaos    fault harness: kills workers, restarts Postgres, failing providers

CC      ?= cc
BUILD   ?= build
PKGS    := json-c libcurl libpq gmime-3.0 openssl libxml-2.0

# Resolved on first use, not at parse time: on a fresh machine `make test`
# parses this file before scripts/deps.sh has installed the -dev packages, so
# the targets that install (run, test, check, bench) build in a sub-make.
PKG_CFLAGS = $(eval PKG_CFLAGS := $$(shell pkg-config --cflags $(PKGS) 2>/dev/null))$(PKG_CFLAGS)
PKG_LIBS   = $(eval PKG_LIBS := $$(shell pkg-config --libs $(PKGS) 2>/dev/null))$(PKG_LIBS)

WARN    := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wpointer-arith -Wformat=2 -Wno-format-nonliteral -Wvla
CFLAGS  ?= -O2 -g
CFLAGS  += -std=c17 $(WARN) -D_GNU_SOURCE -fstack-protector-strong -Ilib -Ifcgi $(PKG_CFLAGS) $(EXTRA_CFLAGS)
LDLIBS  += $(PKG_LIBS) -lfcgi -lm $(EXTRA_LDFLAGS)

# Every .c below lib/ and fcgi/ (the folders say the subsystem: README "Layout").
rfind = $(shell find $(1) -name '$(2)' -type f 2>/dev/null | LC_ALL=C sort)
LIB_SRC   := $(call rfind,lib,*.c)
CSD_SRC   := $(filter-out fcgi/csdMain.c fcgi/csctl/%,$(call rfind,fcgi,*.c))
CSCTL_SRC := $(call rfind,fcgi/csctl,*.c)
TEST_SRC  := $(call rfind,tests/lib tests/fcgi,*Test.c)
# The test build's extra routes and job kinds (fcgi/app/app.h): linked into
# build/csdTest and the unit tests, never into csd.
TESTREG_SRC := $(filter-out tests/csdTest/csdTestMain.c,$(call rfind,tests/csdTest,*.c))

LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
CSD_OBJ   := $(CSD_SRC:%.c=$(BUILD)/obj/%.o)
CSCTL_OBJ := $(CSCTL_SRC:%.c=$(BUILD)/obj/%.o)
TEST_BIN  := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
TESTREG_OBJ := $(TESTREG_SRC:%.c=$(BUILD)/obj/%.o)

.PHONY: all deps run test check bench fuzz lint clean tests model valgrind model-eval install chaos

all: $(BUILD)/csd $(BUILD)/csctl

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC $<"; $(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(BUILD)/libcs.a: $(LIB_OBJ)
	@rm -f $@
	@ar rcs $@ $^

$(BUILD)/libcsd.a: $(CSD_OBJ)
	@rm -f $@
	@ar rcs $@ $^

$(BUILD)/csd: $(BUILD)/obj/fcgi/csdMain.o $(BUILD)/libcsd.a $(BUILD)/libcs.a
	@echo "  LD $@"; $(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/csctl: $(CSCTL_OBJ) $(BUILD)/libcsd.a $(BUILD)/libcs.a
	@echo "  LD $@"; $(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/libcstest.a: $(TESTREG_OBJ)
	@rm -f $@
	@ar rcs $@ $^

# csd plus the test-only tables: what tests/integration runs.
$(BUILD)/csdTest: $(BUILD)/obj/tests/csdTest/csdTestMain.o $(BUILD)/libcstest.a $(BUILD)/libcsd.a $(BUILD)/libcs.a
	@echo "  LD $@"; $(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

# Unit tests: one Criterion binary per tests/<dir>/<name>Test.c, linked
# against the whole library so a test can reach any module.
$(BUILD)/tests/%: tests/%.c $(BUILD)/libcstest.a $(BUILD)/libcsd.a $(BUILD)/libcs.a
	@mkdir -p $(dir $@)
	@echo "  LD $@"; $(CC) $(CFLAGS) -Itests -o $@ $< $(BUILD)/libcstest.a $(BUILD)/libcsd.a $(BUILD)/libcs.a $(LDLIBS) -lcriterion

tests: $(TEST_BIN) $(BUILD)/csdTest

# --- mime: fuzz targets replayed without libFuzzer (scripts/fuzz.sh --replay) ---
FUZZ_REPLAY := $(patsubst tests/fuzz/%Fuzz.c,$(BUILD)/fuzz/%Replay,$(wildcard tests/fuzz/*Fuzz.c))
$(BUILD)/fuzz/%Replay: tests/fuzz/%Fuzz.c tests/fuzz/replayMain.c $(BUILD)/libcsd.a $(BUILD)/libcs.a
	@mkdir -p $(dir $@)
	@echo "  LD $@"; $(CC) $(CFLAGS) -Itests/fuzz -o $@ $< tests/fuzz/replayMain.c $(BUILD)/libcsd.a $(BUILD)/libcs.a $(LDLIBS)
tests: $(FUZZ_REPLAY)

deps:
	@scripts/deps.sh

# deps first, then a fresh make that sees the installed packages.
run: deps
	@$(MAKE) --no-print-directory all model
	@scripts/run.sh

test: deps
	@$(MAKE) --no-print-directory all model tests
	@BUILD=$(BUILD) scripts/runTests.sh

# Sanitizer build in its own tree; same tests, same integration suite.
check: deps
	@$(MAKE) --no-print-directory BUILD=build/asan \
	  EXTRA_CFLAGS="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -DARENA_DEBUG" \
	  EXTRA_LDFLAGS="-fsanitize=address,undefined" all model tests
	@BUILD=build/asan CS_SANITIZED=1 scripts/runTests.sh

bench: deps
	@$(MAKE) --no-print-directory all model
	@scripts/bench.sh

fuzz:
	@scripts/fuzz.sh

# Like run and test: deps first, then a sub-make that sees the packages.
PREFIX  ?= /usr/local
DESTDIR ?=
install: deps
	@$(MAKE) --no-print-directory all model
	@PREFIX=$(PREFIX) DESTDIR=$(DESTDIR) BUILD=$(BUILD) scripts/install/install.sh

chaos: deps
	@$(MAKE) --no-print-directory all model
	@BUILD=$(BUILD) python3 scripts/chaos.py

valgrind: all model tests
	@BUILD=$(BUILD) scripts/valgrind.sh

lint:
	@scripts/checkSrc.sh

# The local triage model, trained by csctl from the corpora the repo keeps;
# rebuilt when a corpus or csctl (features, trainer) changes.
TRIAGE_CORPUS := lib/triage/triageData/corpus.tsv lib/triage/triageData/bitextMapped.tsv
model: $(BUILD)/triage.model

$(BUILD)/triage.model: $(BUILD)/csctl $(TRIAGE_CORPUS)
	@echo "  TRAIN $@"; $(BUILD)/csctl triage-train --out $@ $(addprefix --corpus ,$(TRIAGE_CORPUS))

# Accuracy on every measure: the internal split (a model trained on 80% of the
# corpus, by template group, evaluated on the other 20%) and the shipped model
# (trained on everything) on each hand-written test file, never part of
# TRIAGE_CORPUS (heldOutBlind*.tsv were each written by someone who never read
# the corpus); each with recall per team x language and calibration.
TRIAGE_TEST := lib/triage/triageData/heldOut.tsv $(addprefix lib/triage/triageData/,heldOutBlind.tsv \
	heldOutBlind2.tsv heldOutBlind3.tsv)
model-eval: $(BUILD)/triage.model
	@$(BUILD)/csctl triage-train --holdout 20 --out $(BUILD)/triage-split.model $(addprefix --corpus ,$(TRIAGE_CORPUS)) >/dev/null
	@echo "== internal split (20% of the corpus by template group, never trained on)"
	@$(BUILD)/csctl triage-eval --model $(BUILD)/triage-split.model $(addprefix --corpus ,$(TRIAGE_CORPUS))
	@for t in $(TRIAGE_TEST); do \
	  echo && echo "== $$t (hand-written, never trained on)" && \
	  $(BUILD)/csctl triage-eval --model $< --test $$t || exit 1; \
	done

clean:
	rm -rf build

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
