#!/usr/bin/env bash
# The learned subject chooser's whole evaluation (tests/gold/README.md, "A learned subject chooser").
#   tools/subject_ranker/run_all.sh OUT_DIR
# Run from the repository root with the project's Python as PY (default /work/main/.venv/bin/python).
# Slow on a busy machine: the dataset extracts every gold set; each leave-one-set-out fold trains once.
set -euo pipefail
out="$1"; mkdir -p "$out/old"
PY="${PY:-/work/main/.venv/bin/python}"
export PYTHONPATH="$PWD"
# 1. every gold fact the extractor finds, with its candidates (coverage per set printed)
"$PY" tools/subject_ranker/dataset.py "$out/ds_all.jsonl" | tee "$out/coverage.txt"
# 2. each sealed set's subjects by the code of the commit before the set landed (rules not yet tuned on it)
for n in $(seq 2 21); do
  c=$(git log --diff-filter=A --format='%H' -- "tests/gold/sealed${n}_public.jsonl" | tail -1)
  mkdir -p "$out/old/t$n" && git archive "${c}^" store | tar -x -C "$out/old/t$n"
  PYTHONPATH="$out/old/t$n" "$PY" tools/subject_ranker/old_rules.py "$PWD/tests/gold" "sealed$n" "$out/old/sealed$n.jsonl"
done
"$PY" tools/subject_ranker/with_old_rules.py "$out/ds_all.jsonl" "$out/old" "$out/ds_old.jsonl"
# 3. leave-one-set-out over sealed2..sealed21, and sealed22 with a model trained on sealed2..sealed21
"$PY" tools/subject_ranker/train.py "$out/ds_old.jsonl" loso | tee "$out/loso.txt"
"$PY" tools/subject_ranker/train.py "$out/ds_old.jsonl" sealed22 "$out/ds_all.jsonl" | tee "$out/sealed22.txt"
"$PY" tools/subject_ranker/train.py "$out/ds_old.jsonl" sealed22 "$out/ds_all.jsonl" --blind | tee "$out/sealed22_blind.txt"
# 4. what it would change on the bulk corpus (a bulkdiff.py dump), for reading by hand
"$PY" tools/subject_ranker/train.py "$out/ds_old.jsonl" fit "$out/weights.json" > /dev/null
"$PY" tools/subject_ranker/bulk_sample.py "${DUMP:-/tmp/fd/lead/base_cb33e01.jsonl}" "$out/weights.json" 1.0 400 > "$out/bulk_m1.txt"
