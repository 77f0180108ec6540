# Shortcuts for the commands in the README. Run `make setup` inside an activated venv.
.PHONY: setup lab test test-fresh test-lower refresh student bench lint

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

refresh:
	python scripts/refresh_notebooks.py

student:
	python scripts/student_edition.py student/

bench:
	python benchmarks/conv_speed.py
	python benchmarks/widget_latency.py
	python benchmarks/suite_time.py

lint:
	ruff check . && ruff format --check .
