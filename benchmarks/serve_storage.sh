#!/usr/bin/env bash
# Issue 11 §2's own measurement: `fourgmon serve` + `fourgmon sim --devices 50` for 25 s,
# then bytes on disk per channel frame (pages in use x page size, after a checkpoint),
# the journal's size and serve's final `store stats` line.
# Usage (from the project root): benchmarks/serve_storage.sh [DEVICES] [SECONDS]
set -euo pipefail
PY=.venv/bin/python
DEVICES=${1:-50}
SECONDS_=${2:-25}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
"$PY" -m fourgmon serve --data-dir "$TMP/data" --port 0 --host 127.0.0.1 >"$TMP/serve.log" 2>&1 &
SERVE=$!
for _ in $(seq 100); do grep -q "listening on" "$TMP/serve.log" && break; sleep 0.1; done
PORT=$(grep -o "listening on [0-9.]*:[0-9]*" "$TMP/serve.log" | head -1 | sed 's/.*://')
"$PY" -m fourgmon sim --port "$PORT" --devices "$DEVICES" --duration "$SECONDS_" >/dev/null 2>&1
kill -INT "$SERVE"
wait "$SERVE"
"$PY" - "$TMP/data/fourgmon.sqlite3" <<'PY'
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
pages, free, size = (c.execute(f"PRAGMA {p}").fetchone()[0]
                     for p in ("page_count", "freelist_count", "page_size"))
frames = sum(len(s) // 11 for (s,) in c.execute("SELECT stats FROM push_msgs"))
used = (pages - free) * size
print(json.dumps({"db_bytes": used, "channel_frames": frames,
                  "bytes_per_channel_frame": round(used / max(1, frames), 1)}))
PY
echo "journal bytes: $(du -sb "$TMP/data/journal" | cut -f1)"
grep "store stats" "$TMP/serve.log" | sed 's/.*store stats //'
