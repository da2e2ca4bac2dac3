# Every target creates or reuses .venv from the pinned requirements, so a
# fresh machine needs only Python 3.11+ and make. The Debian packages beyond
# that (python3-venv for Debian's own python3; what the tests need) come from
# scripts/system-packages.sh: installed when make runs as root, else it says how.
PYTHON ?= python3
# Test files run on two workers (pytest-xdist), each file on one, so a module's fixtures are built once,
# in the order tests/conftest.py gives them, heaviest first (xdist would hand out the files with most tests
# first); TEST_WORKERS=0 runs them in this process (what --update-goldens and pdb want).
TEST_WORKERS ?= 2
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# What comes from the npm registry (package.json): the form editor's Decap CMS (served
# by serve, and by builds that offer /bien-tap/) and the Nu HTML checker.
NODE_STAMP := node_modules/.installed
# A variable as the webmaster typed it, quoted for the shell: make would expand a
# $ in a command-line value, so /srv/a$b would become /srv/a. Empty stays empty.
# Every value a person types reaches a command through raw, never bare: a title
# holding `…`, $(…) or a quote would otherwise run in the shell or in make. make
# cuts a recipe at a line break, even inside quotes, so a value holding one stops.
raw = $(if $(findstring $(newline),$(value $(1))),$(error $(1) có ký tự xuống dòng: gõ cả giá trị trên một dòng; chưa chạy gì),'$(subst ','\'',$(value $(1)))')
define newline


endef
# The values targets take, passed to sitegen as --name=value (argparse then takes
# -rf as a value, not an option). Not exported: make expands a command-line
# variable when it exports it, so TITLE='$(shell …)' would run.
VALUES := TITLE START END FILE SO ID DEST KEEP ARCHIVE ADDRESS N TEST_WORKERS PYTHON
unexport $(VALUES)  # (this defines the unset ones, empty: their defaults, PYTHON and TEST_WORKERS, come first)
# The settings sitegen and MkDocs read from the environment: passed the same way,
# as typed, and only when set (unset stays unset).
SETTINGS := SITE_URL SOURCE_DATE_EPOCH EDIT_BASE_URL CMS_BACKEND CMS_REPO CMS_BRANCH CMS_BASE_URL CMS_APP_ID CMS_AUTH_URL
GIVEN_SETTINGS := $(foreach name,$(SETTINGS),$(if $(filter-out undefined,$(origin $(name))),$(name)))
unexport $(SETTINGS)  # (this defines the unset ones, empty: hence GIVEN_SETTINGS first)
settings = $(foreach name,$(GIVEN_SETTINGS),$(name)=$(call raw,$(name)) )
# A build needs them only to offer the editor (CMS_BACKEND set); without it a webmaster's
# build, dist and publish need Python and make alone.
EDITOR_NODE = $(if $(value CMS_BACKEND),$(NODE_STAMP))
SITEGEN = $(settings)PYTHONPATH=scripts NO_MKDOCS_2_WARNING=1 $(BIN)/python -m sitegen

.PHONY: serve build check fmt generate new import cong-van test test-packages node-packages bench dist publish rollback schemas clean

$(STAMP): requirements.txt
	@PYTHON=$(call raw,PYTHON) sh scripts/system-packages.sh venv
	$(call raw,PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $(STAMP)

## serve: build and serve on http://127.0.0.1:8000 (or ADDRESS=127.0.0.1:8001), reloading on every change;
##        the form editor at /bien-tap/ saves into this folder
serve: $(STAMP) $(NODE_STAMP)
	$(SITEGEN) serve --address=$(call raw,ADDRESS)

## build: validate the campaigns and build the site into site/ (with the form editor when CMS_BACKEND is set)
build: $(STAMP) $(EDITOR_NODE)
	$(SITEGEN) build

## check: validate the campaigns only (and that they are in the form the web editor writes)
check: $(STAMP)
	$(SITEGEN) check

## fmt: rewrite campaigns/*.yml and the registries in the form the web editor (Decap CMS) writes; data unchanged
fmt: $(STAMP)
	$(SITEGEN) fmt

## generate: write the Markdown pages into build/docs (no HTML)
generate: $(STAMP)
	$(SITEGEN) generate

## new: a ready-to-fill campaign file (asks, or: make new TITLE="..." START=2023-07-01 END=2023-07-31)
new: $(STAMP)
	$(SITEGEN) new --title=$(call raw,TITLE) --start=$(call raw,START) --end=$(call raw,END)

## import: an incoming document (.docx, .pdf, scan, .txt/.md) into the registries and a draft campaign (make import FILE=…;
##   SO=… says which numbered document a copy without its header is)
import: $(STAMP)
	$(SITEGEN) import --so=$(call raw,SO) -- $(call raw,FILE)

## cong-van: the department's dispatches in the documents registry as Word files in dist/cong-van/ (make cong-van ID=… for one)
cong-van: $(STAMP)
	$(SITEGEN) cong-van --id=$(call raw,ID)


## test: the whole test suite, after the Debian packages it needs (Chromium, nginx, Java, npm…) and the npm ones
test: test-packages $(STAMP) $(NODE_STAMP)
	$(BIN)/python -m pytest -n $(call raw,TEST_WORKERS) --dist loadfile --no-loadscope-reorder $(PYTEST_ARGS)

# npm ci when node_modules is missing or older than the lock; after node-packages, which
# brings npm (order-only: that phony target must not make this one stale).
$(NODE_STAMP): package.json package-lock.json | node-packages
	npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

node-packages:
	@sh scripts/system-packages.sh node

## test-packages: install what the tests need from Debian when root, else stop with the apt-get line
test-packages:
	@sh scripts/system-packages.sh test

## dist: build and pack dist/chien-dich-<date>-<commit>.tar.gz with dist/SHA256SUMS
dist: $(STAMP) $(EDITOR_NODE)
	$(SITEGEN) dist

## publish: check, build, self-check, then upload a new release to DEST and switch to it (KEEP=5 releases kept);
##          ARCHIVE=dist/….tar.gz publishes an archive built and tested by CI instead (checked against dist/SHA256SUMS)
publish: $(STAMP) $(EDITOR_NODE)
	$(SITEGEN) publish --dest=$(call raw,DEST) --keep=$(call raw,KEEP) --archive=$(call raw,ARCHIVE)

## rollback: switch DEST back to the previous release, after checking its files
rollback: $(STAMP)
	$(SITEGEN) rollback --dest=$(call raw,DEST)

## bench: build synthetic corpora and write BENCHMARKS.md (make bench N="100 1000 10000")
bench: $(STAMP)
	PYTHONPATH=scripts $(BIN)/python scripts/bench.py $(call raw,N)

## schemas: export the JSON Schemas editors' editors read
schemas: $(STAMP)
	$(SITEGEN) schemas

clean:
	rm -rf build site dist
