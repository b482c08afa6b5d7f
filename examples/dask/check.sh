#!/usr/bin/env bash
# The Dask recipe's test (.ci/run runs it after npm test; needs Debian's python3-dask and
# python3-distributed, and the build in dist/): a few hundred SaudiNewsNet articles from
# ../shared (or, without ../shared, copies of data/articles) plus a blank, a malformed, an English
# and a duplicate line, in 4 shards; a real cluster on 127.0.0.1 (dask-scheduler and one
# dask-worker with 2 worker processes); the recipe over the shards; then checks that
#   - each part file has as many lines as its shard;
#   - the parts equal one `arqam extract` process over the same lines, byte for byte once sorted;
#   - a rerun skips every shard and leaves the parts as they were;
#   - `arqam ingest --analyzed` stores the parts, and the per-shard Parquet reads back.
set -euo pipefail
cd "$(dirname "$0")/../.."
PY=/usr/bin/python3
DOCS=${DOCS:-300}
say() { echo "examples/dask/check.sh: $*" >&2; }

if ! "$PY" -c 'import dask.bag, distributed' 2>/dev/null; then
  say "Debian's python3-dask and python3-distributed are needed (apt-get install python3-dask python3-distributed)"
  exit 1
fi
[ -f dist/cli/bin.js ] || { say "dist/cli/bin.js is missing: run npm run build first"; exit 1; }

work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The input lines.
if [ -f ../shared/unlabeled/saudinewsnet.jsonl.gz ]; then
  say "input: the first $DOCS articles of ../shared/unlabeled/saudinewsnet.jsonl.gz"
  { zcat ../shared/unlabeled/saudinewsnet.jsonl.gz || true; } | head -n "$DOCS" > "$work/all.jsonl"
else
  say "../shared is absent: input is 40 copies of data/articles, each with a line of its own"
  "$PY" - > "$work/all.jsonl" <<'PYEOF'
import glob, json
texts = [open(f, encoding="utf-8").read() for f in sorted(glob.glob("data/articles/*.txt"))]
for i in range(40):
    print(json.dumps({"id": "copy-%d" % i, "text": texts[i % len(texts)] + "\n(نسخة %d)\n" % i}, ensure_ascii=False))
PYEOF
fi
first=$(head -n 1 "$work/all.jsonl")
{
  echo ""
  echo '{"id": "broken", "text": "نص'
  echo '{"id": "english", "text": "The ministry announced a 500 MW solar plant."}'
  echo "$first"
} >> "$work/all.jsonl"
mkdir -p "$work/shards" "$work/out"
split -n l/4 -d --additional-suffix=.jsonl "$work/all.jsonl" "$work/shards/shard-"
lines=$(wc -l < "$work/all.jsonl")
say "$lines lines in $(ls "$work/shards" | wc -l) shards"

# A cluster on 127.0.0.1: a scheduler on a free port, one worker process per core (2 here).
"$PY" -m distributed.cli.dask_scheduler --host 127.0.0.1 --port 0 --dashboard-address 127.0.0.1:0 \
  --scheduler-file "$work/scheduler.json" > "$work/scheduler.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do [ -s "$work/scheduler.json" ] && break; sleep 1; done
"$PY" -m distributed.cli.dask_worker --scheduler-file "$work/scheduler.json" --nworkers 2 --nthreads 1 \
  --host 127.0.0.1 --dashboard-address 127.0.0.1:0 > "$work/worker.log" 2>&1 &
pids+=($!)
"$PY" -c "
from dask.distributed import Client
with Client(scheduler_file='$work/scheduler.json', timeout=60) as c:
    c.wait_for_workers(2, timeout=120)
" || { cat "$work/scheduler.log" "$work/worker.log" >&2; exit 1; }

# The recipe, then one process over the same lines.
"$PY" examples/dask/arqam_dask.py --scheduler-file "$work/scheduler.json" --out "$work/out" --parquet "$work"/shards/*.jsonl
for s in "$work"/shards/*.jsonl; do
  n_in=$(wc -l < "$s"); n_out=$(wc -l < "$work/out/$(basename "$s")")
  [ "$n_in" -eq "$n_out" ] || { say "$(basename "$s"): $n_in lines in, $n_out out"; exit 1; }
done
# An error line names its line by its number in the stream it was read from: a shard under Dask,
# the whole input here. Those numbers are put aside (sed) before comparing; nothing else is.
unnumber() { sed -E 's/^(\{"id":.*),"line":[0-9]+,"error":"line [0-9]+: /\1,"error":"/'; }
cat "$work"/shards/*.jsonl | node dist/cli/bin.js extract --jsonl --keep-going 2>/dev/null | unnumber | LC_ALL=C sort > "$work/single.sorted"
cat "$work"/out/*.jsonl | unnumber | LC_ALL=C sort > "$work/dask.sorted"
[ "$(wc -l < "$work/single.sorted")" -eq "$lines" ] || { say "one process gave $(wc -l < "$work/single.sorted") lines for $lines"; exit 1; }
if ! cmp "$work/single.sorted" "$work/dask.sorted"; then
  diff "$work/single.sorted" "$work/dask.sorted" | cut -c1-300 | head -n 20 >&2
  say "Dask output differs from one process's"
  exit 1
fi
analyses=$(grep -c '"figures"' "$work/dask.sorted" || true)
say "Dask output equals one process's: $lines lines ($analyses analyses), byte for byte once sorted (error lines without their line numbers)"

# A rerun does nothing.
before=$(cat "$work"/out/*.jsonl | sha256sum)
rerun=$("$PY" examples/dask/arqam_dask.py --scheduler-file "$work/scheduler.json" --out "$work/out" --parquet "$work"/shards/*.jsonl)
echo "$rerun" | grep -q "0 shards analyzed (0 lines), 4 already done" || { say "rerun: $rerun"; exit 1; }
[ "$(cat "$work"/out/*.jsonl | sha256sum)" = "$before" ] || { say "a rerun changed the parts"; exit 1; }
! ls -a "$work/out" | grep -q '\.tmp$' || { say "temporary files left behind"; exit 1; }
say "a rerun skipped every shard"

# Loading: ingest --analyzed (exit 1: the error lines are recorded as errors), and the Parquet.
set +e
node dist/cli/bin.js ingest --analyzed "$work/out" --db "$work/store.duckdb" > "$work/ingest.log" 2>&1
status=$?
set -e
[ "$status" -le 1 ] || { cat "$work/ingest.log" >&2; exit 1; }
# CSV records end with CRLF (RFC 4180, as the tables): tr drops the CR.
stored=$(node dist/cli/bin.js query "SELECT count(*) FROM documents" --db "$work/store.duckdb" --format csv | tail -n 1 | tr -d '\r')
# Documents: the distinct texts among the analyzed lines (a duplicate text is one document).
distinct=$("$PY" -c "
import json, sys
print(len({json.loads(l)['document']['id'] for l in open(sys.argv[1], encoding='utf-8') if '\"figures\"' in l}))
" "$work/single.sorted")
[ "$stored" -eq "$distinct" ] || { say "ingest --analyzed stored $stored documents for $distinct distinct analyzed texts"; exit 1; }
parquet_docs=$(node dist/cli/bin.js query "SELECT count(DISTINCT doc_id) FROM read_parquet('$work/out/parquet/*/documents/*/*.parquet', hive_partitioning = true)" --db "$work/store.duckdb" --format csv --allow-files 2>/dev/null | tail -n 1 | tr -d '\r' || true)
if [ -z "$parquet_docs" ]; then
  parquet_docs=$(node dist/cli/bin.js query "SELECT count(DISTINCT doc_id) FROM read_parquet('$work/out/parquet/*/documents/*/*.parquet', hive_partitioning = true)" --db "$work/store.duckdb" --format csv | tail -n 1 | tr -d '\r')
fi
[ "$parquet_docs" -eq "$stored" ] || { say "the per-shard Parquet holds $parquet_docs documents, the store $stored"; exit 1; }
say "ingest --analyzed stored $stored documents; the per-shard Parquet holds the same"
say "passed"
