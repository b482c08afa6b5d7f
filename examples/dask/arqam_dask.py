#!/usr/bin/env python3
"""Run `arqam extract --jsonl` over JSON-lines shards on a Dask cluster.

Each shard (a .jsonl file, or .jsonl.gz) is one task: a worker pipes it through
`node dist/cli/bin.js extract --jsonl --keep-going` and writes OUT/<shard>.jsonl, one output line
per input line in the same order. A part file appears only once complete (written under a
temporary name, then renamed), so a rerun skips the shards already done and redoes the others.
With --parquet, each part is also converted to hive-partitioned Parquet where it was made
(`arqam export --from-jsonl`), in OUT/parquet/<shard>/<table>/year=YYYY/.

    python3 arqam_dask.py --scheduler-file sched.json --out analyzed/ shards/*.jsonl
    python3 arqam_dask.py --local 2 --out analyzed/ shards/*.jsonl      # a LocalCluster

See README.md beside this file (shard sizes, Spark's RDD.pipe, loading the output).
"""
import argparse
import gzip
import os
import shutil
import subprocess
import sys
import tempfile

import dask.bag as db
from dask.distributed import Client, LocalCluster

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_ARQAM = os.path.join(HERE, "..", "..", "dist", "cli", "bin.js")


def part_name(shard):
    base = os.path.basename(shard)
    for ext in (".gz", ".jsonl", ".ndjson"):
        if base.endswith(ext):
            base = base[: -len(ext)]
    return base


def run_shard(shard, out, node, arqam, memory, parquet):
    """Analyze one shard into OUT/<name>.jsonl; returns (shard, status, lines in, lines out)."""
    name = part_name(shard)
    final = os.path.join(out, name + ".jsonl")
    if os.path.exists(final) and (not parquet or os.path.isdir(os.path.join(out, "parquet", name))):
        return (shard, "skipped", None, None)
    if not os.path.exists(final):
        opener = gzip.open if shard.endswith(".gz") else open
        fd, tmp = tempfile.mkstemp(prefix="." + name + ".", suffix=".tmp", dir=out)
        try:
            with opener(shard, "rb") as src, os.fdopen(fd, "wb") as dst:
                # node, not npx: npx costs about a second per launch in resolving the package.
                cmd = [node, arqam, "extract", "--jsonl", "--keep-going"]
                if memory:
                    cmd += ["--memory", str(memory)]
                proc = subprocess.run(cmd, stdin=src, stdout=dst, stderr=subprocess.PIPE)
            if proc.returncode != 0:
                raise RuntimeError("%s: arqam extract exited with %d: %s" % (shard, proc.returncode, proc.stderr.decode("utf-8", "replace")[-2000:]))
            lines_in = count_lines(shard)
            lines_out = count_lines(tmp)
            if lines_in != lines_out:
                raise RuntimeError("%s: %d lines in, %d out" % (shard, lines_in, lines_out))
            os.replace(tmp, final)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    else:
        lines_in = lines_out = count_lines(final)
    if parquet:
        target = os.path.join(out, "parquet", name)
        tmpdir = tempfile.mkdtemp(prefix="." + name + ".", dir=os.path.join(out, "parquet"))
        try:
            proc = subprocess.run([node, arqam, "export", "--from-jsonl", final, "--parquet", tmpdir], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            if proc.returncode not in (0, 1):
                raise RuntimeError("%s: arqam export exited with %d: %s" % (final, proc.returncode, proc.stderr.decode("utf-8", "replace")[-2000:]))
            os.replace(tmpdir, target)
        except BaseException:
            shutil.rmtree(tmpdir, ignore_errors=True)
            raise
    return (shard, "done", lines_in, lines_out)


def count_lines(path):
    """Lines as extract counts them: LF-terminated, plus a last line without LF."""
    opener = gzip.open if path.endswith(".gz") else open
    n = 0
    last = b"\n"
    with opener(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            n += block.count(b"\n")
            last = block[-1:]
    return n + (0 if last == b"\n" else 1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("shards", nargs="+", help="JSON-lines shards (.jsonl or .jsonl.gz), one task each")
    ap.add_argument("--out", required=True, help="folder of the part files (one per shard)")
    where = ap.add_mutually_exclusive_group(required=True)
    where.add_argument("--scheduler-file", help="the scheduler file of a running cluster (dask-scheduler --scheduler-file)")
    where.add_argument("--scheduler", help="the address of a running scheduler, e.g. tcp://127.0.0.1:8786")
    where.add_argument("--local", type=int, metavar="N", help="start a LocalCluster of N single-threaded worker processes")
    ap.add_argument("--node", default="node", help="the node executable on the workers (default: node on PATH)")
    ap.add_argument("--arqam", default=DEFAULT_ARQAM, help="dist/cli/bin.js of arqam on the workers (default: this checkout's)")
    ap.add_argument("--memory", type=int, help="arqam extract --memory MB (default: arqam's)")
    ap.add_argument("--parquet", action="store_true", help="also convert each part to Parquet in OUT/parquet/<shard>/")
    args = ap.parse_args()

    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    if args.parquet:
        os.makedirs(os.path.join(out, "parquet"), exist_ok=True)
    shards = [os.path.abspath(s) for s in args.shards]
    names = [part_name(s) for s in shards]
    if len(set(names)) != len(names):
        sys.exit("arqam_dask: two shards have the same name; their part files would collide")
    arqam = os.path.abspath(args.arqam)

    if args.local:
        cluster = LocalCluster(n_workers=args.local, threads_per_worker=1, host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    else:
        cluster = None
        client = Client(scheduler_file=args.scheduler_file) if args.scheduler_file else Client(args.scheduler)
    try:
        # One partition per shard: a task is one `arqam extract` process over one whole shard.
        bag = db.from_sequence(shards, npartitions=len(shards))
        results = bag.map(run_shard, out, args.node, arqam, args.memory, args.parquet).compute()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    done = [r for r in results if r[1] == "done"]
    skipped = [r for r in results if r[1] == "skipped"]
    lines = sum(r[2] for r in done)
    print("arqam_dask: %d shards analyzed (%d lines), %d already done" % (len(done), lines, len(skipped)))


if __name__ == "__main__":
    main()
