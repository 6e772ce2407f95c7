# modelservice-render — the two commands (README "Quick start"):
#   make run    build everything, print the example's manifests, serve the playground on :8080
#   make test   every check (fmt, clippy native + wasm32, native tests, the fuzz targets built,
#               wasm tests in Node and headless Chromium, JS + CLI + TypeScript tests, playground
#               e2e, the examples: web console and Monaco editor)
# Both install what is missing first (wasm32 target, the pinned wasm-bindgen-cli, npm packages,
# Chromium for the browser tests, kubectl's YAML reader built from Debian's Go sources).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := build

CARGO ?= cargo
NPM ?= npm
WASM_TARGET := wasm32-unknown-unknown
# The CLI must match the wasm-bindgen crate in Cargo.lock exactly; cached per version.
WASM_BINDGEN_VERSION := $(shell awk '$$0 == "name = \"wasm-bindgen\"" { getline; gsub(/"/, "", $$3); print $$3; exit }' Cargo.lock)
TOOLS_BIN := $(or $(MSR_TOOLS_CACHE),$(HOME)/.cache/modelservice-render)/wasm-bindgen-$(WASM_BINDGEN_VERSION)/bin
export PATH := $(TOOLS_BIN):$(PATH)
# Browser wasm tests: a slow cold Chromium start must not time out.
export WASM_BINDGEN_TEST_TIMEOUT ?= 120

WASM_RAW := target/$(WASM_TARGET)/release/modelservice_render.wasm
WASM_BINDGEN_FLAGS := --remove-name-section --remove-producers-section
# wasm-opt from npm binaryen, pinned in scripts/wasm-opt/package-lock.json (never Debian's). Flags
# chosen by gzip -9 size (BENCHMARKS.md, "P1: where the bytes went"): without one-caller inlining
# and without memory-packing; -Oz with its default inlining makes the gzip larger. -O3 rather than
# -O2: ~3 % faster renders for ~50 B (BENCHMARKS.md, "P2: late night, the rest of the budget").
WASM_OPT := scripts/wasm-opt/node_modules/.bin/wasm-opt
WASM_OPT_FLAGS := -O3 --skip-pass=memory-packing --one-caller-inline-max-function-size=0
EXAMPLE := examples/minimal.yaml
HAVE_WWW := $(wildcard www/package.json)

.PHONY: build run test tools browsers kubectl-yaml wasm wasm-opt-deps js-deps js www www-deps size \
        fmt-check clippy test-native test-wasm test-wasm-node test-wasm-browser test-js test-www \
        test-web-console test-monaco size-check fuzz-build generate bench fuzz clean

## build: wasm (Node + web glue), the JS package, the playground (when www/ exists)
build: tools js-deps wasm js www size

tools:
	@bash scripts/install-tools.sh >/dev/null

browsers:
	@bash scripts/install-chromium.sh

# The YAML reader kubectl uses (sigs.k8s.io/yaml over go-yaml v2), built from Debian's Go sources:
# the JS, playground and web-console tests read our YAML back with it.
kubectl-yaml:
	@bash scripts/install-kubectl-yaml.sh >/dev/null

wasm: tools wasm-opt-deps
	$(CARGO) build --locked --release --target $(WASM_TARGET)
	rm -rf js/wasm/node js/wasm/web
	wasm-bindgen $(WASM_BINDGEN_FLAGS) --target experimental-nodejs-module --out-dir js/wasm/node $(WASM_RAW)
	wasm-bindgen $(WASM_BINDGEN_FLAGS) --target web --out-dir js/wasm/web $(WASM_RAW)
	@# Both targets get the same module from wasm-bindgen: optimised once, then copied (~10 s).
	if cmp -s js/wasm/web/modelservice_render_bg.wasm js/wasm/node/modelservice_render_bg.wasm; then \
	  $(WASM_OPT) $(WASM_OPT_FLAGS) js/wasm/web/modelservice_render_bg.wasm -o js/wasm/web/modelservice_render_bg.wasm; \
	  cp js/wasm/web/modelservice_render_bg.wasm js/wasm/node/modelservice_render_bg.wasm; \
	else for t in web node; do \
	  $(WASM_OPT) $(WASM_OPT_FLAGS) js/wasm/$$t/modelservice_render_bg.wasm -o js/wasm/$$t/modelservice_render_bg.wasm; done; fi

# npm ci only when the lock file changed since the last install.
wasm-opt-deps: scripts/wasm-opt/node_modules/.package-lock.json
scripts/wasm-opt/node_modules/.package-lock.json: scripts/wasm-opt/package-lock.json
	cd scripts/wasm-opt && $(NPM) ci --no-audit --no-fund

# npm ci only when the lock file changed since the last install.
js-deps: js/node_modules/.package-lock.json
js/node_modules/.package-lock.json: js/package-lock.json
	cd js && $(NPM) ci --no-audit --no-fund

js: wasm js-deps
	$(NPM) --prefix js run --silent build

www: js www-deps
ifneq ($(HAVE_WWW),)
	$(NPM) --prefix www run build
else
	@echo "www: no playground yet (www/package.json missing); skipped"
endif

www-deps:
ifneq ($(HAVE_WWW),)
	@if [ -f www/package-lock.json ] && [ ! www/node_modules/.package-lock.json -nt www/package-lock.json ]; then \
	  cd www && $(NPM) ci --no-audit --no-fund; fi
endif

size: wasm
	@bash scripts/wasm-size.sh js/wasm/web/modelservice_render_bg.wasm

## run: build, print the example's manifests, serve the playground until Ctrl-C
run: build
	@echo "# modelservice render $(EXAMPLE)" >&2
	node js/bin/modelservice.cjs render $(EXAMPLE)
	@if [ -d www/dist ]; then node scripts/serve.mjs www/dist $${PORT:-8080}; \
	else echo "run: www/dist is missing (no playground yet), nothing to serve"; fi

## generate: rewrite every generated file from its source, then review `git diff`. Each one is
## checked by a test that fails when it is stale (so `make test` fails until they are committed):
##   js/index.d.ts (tests/typescript.rs), js/src/settings.mjs + js/settings.d.ts
##   (tests/settings_export.rs), js/src/schemas.mjs (tests/schema_export.rs), docs/rules.md
##   (tests/rules_doc.rs), goldens tests/fixtures/*/expected*.yaml (tests/golden.rs) and
##   migrated*.yaml and examples/migrated/ (tests/migrate_golden.rs), rule message snapshots tests/snapshots/rules/
##   (tests/rule_examples.rs and the rules' unit tables), corpus expectations
##   tests/corpus/*.expected.json (js/test/corpus.test.mjs, through the built package), the
##   gallery's KServe goldens www/test/golden/migrate-*.yaml (www/test/migrate-examples.test.mjs).
## Only UPDATE_GENERATED=1 rewrites; any other value, or none, only checks.
GENERATORS := --test typescript --test settings_export --test schema_export --test rules_doc \
              --test golden --test migrate_golden --test rule_examples
generate: js www-deps
	UPDATE_GENERATED=1 $(CARGO) test --locked --all-features $(GENERATORS)
	UPDATE_GENERATED=1 $(CARGO) test --locked --all-features --lib lint::
	cd js && UPDATE_GENERATED=1 node --test test/corpus.test.mjs
	cd js && node scripts/rule-docs.mjs
	cd www && UPDATE_GENERATED=1 node --test test/migrate-examples.test.mjs
	@git status --short -- js/index.d.ts js/settings.d.ts js/src/settings.mjs js/src/schemas.mjs docs/rules.md js/bin/cli/formats/rule-docs.mjs \
	  tests/fixtures tests/snapshots tests/corpus www/test/golden examples/migrated

## test: every check
test: fmt-check clippy test-native fuzz-build build size-check test-wasm test-js test-www test-web-console test-monaco

## size-check: the .wasm gzip budget (BENCHMARKS.md P1); the only performance check in make test
size-check: wasm
	@bash scripts/check-size.sh

fmt-check:
	$(CARGO) fmt --all -- --check

# Native checks include the `typescript` feature (the js/index.d.ts generator and its staleness
# test); the wasm build never has it.
clippy: tools
	$(CARGO) clippy --locked --all-targets --all-features -- -D warnings
	$(CARGO) clippy --locked --all-targets --target $(WASM_TARGET) -- -D warnings

test-native:
	$(CARGO) test --locked --all-features
	$(CARGO) build --locked --release --example render_json

# fuzz-build: every fuzz target compiles and links (never runs), so an API change that breaks one
# fails here rather than at the next `make fuzz`. A plain stable build of the fuzz crate: nightly
# and cargo-fuzz only matter to run the targets. In target/, so it reuses test-native's dependencies.
fuzz-build:
	$(CARGO) build --locked --manifest-path fuzz/Cargo.toml --bins --target-dir target

test-wasm: test-wasm-node test-wasm-browser

# Never `-q` here: wasm-bindgen-test-runner rejects `--quiet`.
test-wasm-node: tools
	$(CARGO) test --locked --target $(WASM_TARGET) --test wasm_node

test-wasm-browser: tools browsers
	$(CARGO) test --locked --target $(WASM_TARGET) --test wasm_browser

test-js: js kubectl-yaml
	$(NPM) --prefix js test

# Playground end-to-end tests (headless Chromium), once www/ exists.
test-www: browsers kubectl-yaml www
ifneq ($(HAVE_WWW),)
	$(NPM) --prefix www test
else
	@echo "test-www: no playground yet (www/package.json missing); skipped"
endif

# The example web console (examples/web-console): its test runs `vite build` on the package as a
# bundler sees it and checks the page in headless Chromium. npm ci only when its lock changed.
WEB_CONSOLE := examples/web-console
test-web-console: js browsers kubectl-yaml
	@if [ ! $(WEB_CONSOLE)/node_modules/.package-lock.json -nt $(WEB_CONSOLE)/package-lock.json ]; then \
	  cd $(WEB_CONSOLE) && $(NPM) ci --no-audit --no-fund; fi
	$(NPM) --prefix $(WEB_CONSOLE) test

# The Monaco example (examples/monaco): `vite build` of Monaco + monaco-yaml + the package, then
# lint markers, hover, completion and the rendered objects checked in headless Chromium.
MONACO := examples/monaco
test-monaco: js browsers
	@if [ ! $(MONACO)/node_modules/.package-lock.json -nt $(MONACO)/package-lock.json ]; then \
	  cd $(MONACO) && $(NPM) ci --no-audit --no-fund; fi
	$(NPM) --prefix $(MONACO) test

## bench, fuzz: on demand only, never part of `make test`; they run their owners' scripts
bench: build
	@if [ -f scripts/bench.sh ]; then bash scripts/bench.sh; else echo "bench: scripts/bench.sh not there yet"; fi

fuzz:
	@if [ -f scripts/fuzz.sh ]; then bash scripts/fuzz.sh; else echo "fuzz: scripts/fuzz.sh not there yet"; fi

clean:
	$(CARGO) clean
	rm -rf js/wasm js/dist js/node_modules
