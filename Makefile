# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
OUT ?= demo-output

.PHONY: run demo test lint imports bench bundle clean translations

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[gui,test,postgres]"
	@rm -f $(VENV)/.installed-* && touch $@

# With a display: the desktop app on the demo edition. Without one: the demo pipeline.
run: $(STAMP)
	@$(PY) -m wego_awards.launch --out $(OUT)

demo: $(STAMP)
	$(VENV)/bin/wego-awards --db $(OUT)/demo.db demo --out $(OUT)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache

# The layering contracts in pyproject's [tool.importlinter] (function-level imports count too).
imports: $(STAMP)
	$(VENV)/bin/lint-imports --no-cache

bench: $(STAMP)
	$(PY) benchmarks/bench_commands.py
	$(PY) benchmarks/bench_core.py
	$(PY) benchmarks/bench_status.py
	$(PY) benchmarks/bench_certificates.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/bench_gui.py --scores

# The app's languages: the strings marked in ui/ go into each .ts source (new ones unfinished, the
# translated ones kept), and each shipped language's .ts is compiled into the .qm file the app
# loads (ui/i18n.py). A language is shipped once its translation is written: add it to SHIPPED
# (tests/gui/test_languages.py then fails on any English it leaves on screen).
LANGS := ko es fr ru zh ar
SHIPPED := ko es fr ru zh ar
I18N := resources/i18n
translations: $(STAMP)
	$(PY) tools/tr_catalog.py
	$(VENV)/bin/pyside6-lupdate -extensions py -locations relative -no-obsolete ui \
		-ts $(foreach l,$(LANGS),$(I18N)/wego_awards_$(l).ts)
	for l in $(SHIPPED); do \
		$(VENV)/bin/pyside6-lrelease $(I18N)/wego_awards_$$l.ts -qm $(I18N)/wego_awards_$$l.qm || exit 1; \
	done

# A desktop bundle that runs without Python installed: dist/wego-awards/wego-awards
bundle: $(STAMP)
	$(PY) -m pip install --quiet -e ".[build]"
	$(VENV)/bin/pyinstaller --noconfirm build.spec

clean:
	rm -rf $(VENV) $(OUT) build dist .pytest_cache
