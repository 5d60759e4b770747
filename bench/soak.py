"""The soak of bench/run --soak: mixed reads and claim checks against `chancery serve` for a fixed time at 80% of
the peak this client measured first; prints errors, latency percentiles per window and resident memory at the
start and the end. Not part of the test run. Usage: bash bench/run --soak [--minutes 10]"""
import http.client, json, os, random, statistics, subprocess, sys, threading, time, urllib.request

MINUTES = float(sys.argv[sys.argv.index("--minutes") + 1]) if "--minutes" in sys.argv else 10.0
JAVA = os.path.join(os.environ["JAVA_HOME"], "bin", "java")
OUT = os.path.abspath("target/bench")
DB = os.path.join(OUT, "soak.db")
PORT = 18081
WORKERS = 16
WINDOW = 30.0
os.makedirs(OUT, exist_ok=True)

READS = ["/api/relations?a=united-states&b=russia&on=1934-01-01", "/api/timeline?a=united-states&b=russia",
         "/api/envoys?territory=russia&on=1934-01-01", "/api/search?q=recognized%20Estonia", "/api/territories/USSR",
         "/api/anniversaries?from=2023-11-01&to=2023-11-30", "/api/post?date=2023-11-16&party=russia", "/"]
POSTS = [json.loads(l)["text"] for l in open("../shared/eval/claims-dev.jsonl", encoding="utf-8") if l.strip()]
CHECK_SHARE = 0.1  # one request in ten is a claim check


def rss_mb(pid):
    return int(subprocess.run(["ps", "-o", "rss=", "-p", str(pid)], capture_output=True, text=True).stdout.strip()) / 1024


class Load:
    """Workers sending the mix; `rate` None is as fast as they can (the peak), else requests per second in all."""

    def __init__(self, rate, seconds):
        self.rate, self.seconds = rate, seconds
        self.lock = threading.Lock()
        self.samples = []  # (finish time, latency s, ok, status)

    def worker(self, n):
        rnd = random.Random(n)
        conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
        start = time.monotonic()
        interval = None if self.rate is None else WORKERS / self.rate
        next_at = start + (rnd.random() * interval if interval else 0)
        while time.monotonic() - start < self.seconds:
            if interval:
                delay = next_at - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                next_at += interval
            t0 = time.monotonic()
            status = 0
            try:
                if rnd.random() < CHECK_SHARE:
                    conn.request("POST", "/api/check", body=rnd.choice(POSTS).encode("utf-8"), headers={"Content-Type": "text/plain; charset=utf-8"})
                else:
                    conn.request("GET", rnd.choice(READS))
                r = conn.getresponse()
                r.read()
                status = r.status
            except Exception:
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
            t1 = time.monotonic()
            with self.lock:
                self.samples.append((t1, t1 - t0, 200 <= status < 400, status))

    def run(self):
        threads = [threading.Thread(target=self.worker, args=(i,)) for i in range(WORKERS)]
        t0 = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return t0


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] * 1000 if values else float("nan")


if not os.path.exists(DB):
    subprocess.run([JAVA, "-jar", "target/chancery.jar", "import", "-q", "--from", os.path.abspath("../shared/data"), "--db", DB], check=True,
                   stdout=subprocess.DEVNULL)
server = subprocess.Popen([JAVA, "-Xmx768m", "--enable-native-access=ALL-UNNAMED", "-jar", "target/chancery.jar", "serve", "--db", DB,
                           "--port", str(PORT), "--quiet-log", "--log-level", "warn"], stdout=subprocess.DEVNULL, stderr=open(os.path.join(OUT, "soak-server.log"), "w"))
try:
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/api/health").read()
            break
        except Exception:
            time.sleep(0.2)
    Load(None, 20).run()  # warm-up
    peak_load = Load(None, 30)
    peak_load.run()
    peak = len(peak_load.samples) / 30
    rss_start = rss_mb(server.pid)
    target = 0.8 * peak
    print(f"soak: peak {peak:,.0f} req/s with {WORKERS} connections ({CHECK_SHARE:.0%} checks); soaking at {target:,.0f} req/s for {MINUTES:g} min",
          file=sys.stderr)
    soak = Load(target, MINUTES * 60)
    t0 = soak.run()
    rss_end = rss_mb(server.pid)
finally:
    server.terminate()
    server.wait()

s = soak.samples
errors = [x for x in s if not x[2]]
by_status = {}
for x in errors:
    by_status[x[3]] = by_status.get(x[3], 0) + 1
print(f"Chancery soak, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, serve -Xmx768m, "
      f"{WORKERS} connections, {CHECK_SHARE:.0%} claim checks (dev-set posts), the rest reads")
print(f"peak (closed loop, 30 s): {peak:,.0f} req/s; soak at 80%: {target:,.0f} req/s for {MINUTES:g} min")
print(f"requests: {len(s):,} ({len(s) / (MINUTES * 60):,.0f} req/s achieved); errors: {len(errors)} {by_status if by_status else ''}")
print(f"resident memory: {rss_start:.0f} MB at the start of the soak, {rss_end:.0f} MB at the end")
print(f"{'window':>12} {'requests':>9} {'errors':>7} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
windows = int(MINUTES * 60 // WINDOW) or 1
for w in range(windows):
    lo, hi = t0 + w * WINDOW, t0 + (w + 1) * WINDOW
    win = [x for x in s if lo <= x[0] < hi]
    lat = [x[1] for x in win]
    print(f"{int(w * WINDOW):>5}-{int((w + 1) * WINDOW):<5}s {len(win):>9} {sum(1 for x in win if not x[2]):>7} {pct(lat, .5):>8.1f} "
          f"{pct(lat, .99):>8.1f} {(max(lat) * 1000 if lat else float('nan')):>8.1f}")
