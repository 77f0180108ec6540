# Shortcuts for the commands in the README. Run `make setup` inside an activated venv.
.PHONY: setup lab test test-fresh test-lower test-browser refresh student site bench lint

setup:
	python -m pip install -r requirements.txt

lab:
	jupyter lab notebooks/

test:
	python -m pytest

test-fresh:
	bash scripts/test_fresh_machine.sh

test-lower:
	python scripts/test_lower_bounds.py

test-browser:
	python -m pytest -m browser -n 0

refresh:
	python scripts/refresh_notebooks.py

student:
	python scripts/student_edition.py student/

site:
	python scripts/build_site.py _site/

bench:
	python benchmarks/conv_speed.py
	python benchmarks/widget_latency.py
	python benchmarks/suite_time.py

lint:
	ruff check . && ruff format --check .
