# The two commands of the README:
#   make demo   validate, draw and print the bundled ISO 10002 hotline example into out/
#   make test   the whole test suite (what CI runs)
# Both install whatever is missing first (scripts/setup.sh).

PYTHON ?= python3
EXAMPLE ?= examples/hotline-complaint.yaml
OUT ?= out

.PHONY: demo test fuzz bench setup gallery

setup:
	@scripts/setup.sh

demo: setup
	@mkdir -p $(OUT)
	blueprint validate $(EXAMPLE)
	blueprint render $(EXAMPLE) -o $(OUT)/blueprint.svg
	blueprint render $(EXAMPLE) -o $(OUT)/blueprint.png
	blueprint manual $(EXAMPLE) -o $(OUT)/handbook.html
	blueprint manual $(EXAMPLE) -o $(OUT)/handbook.pdf
	blueprint manual $(EXAMPLE) -o $(OUT)/handbook.docx
	@echo "done: open $(OUT)/blueprint.png and $(OUT)/handbook.pdf (or edit $(OUT)/handbook.docx in Word)"

test: setup
	$(PYTHON) -m pytest -q

fuzz: setup
	$(PYTHON) -m pytest -q -m fuzz

bench: setup
	$(PYTHON) bench/run.py

gallery: setup
	$(PYTHON) scripts/gallery.py
