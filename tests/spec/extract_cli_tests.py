#!/usr/bin/env python3
"""End-to-end tests of `crosscheck extract`: its output loads with `check`,
front matter, and bad input (missing, empty, invalid UTF-8, NUL bytes, an
unknown language, a bad front matter, a large file, a full disk).

usage: extract_cli_tests.py CROSSCHECK
Ends with "N passed, N failed".
"""
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile

X = sys.argv[1]
passed = failed = 0


def run(*args, stdin=None):
    p = subprocess.run([X] + list(args), capture_output=True, input=stdin)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def check(name, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL %s %s" % (name, detail))


with tempfile.TemporaryDirectory() as d:
    def write(name, data):
        p = os.path.join(d, name)
        with open(p, "wb") as f:
            f.write(data)
        return p

    a = write("tagesblatt.txt", "---\nsource: tagesblatt\npublished: 2025-01-28\nlang: de\n---\n"
              "Nvidia verlor fast 600 Mrd. Dollar. Die Aktie fiel zeitweise um mehr als 17 Prozent.\n"
              .encode())
    b = write("wire.txt", "Nvidia lost $589 billion in market value. The stock fell 17% at the close.\n"
              .encode())
    rc, out, err = run("extract", a, b)
    check("extract two files", rc == 0, err)
    doc = json.loads(out) if rc == 0 else {"sources": [], "claims": []}
    check("sources", [s["id"] for s in doc["sources"]] == ["tagesblatt", "wire"], out[:300])
    check("published from front matter", doc["sources"][0].get("published") == "2025-01-28")
    check("lang detected", doc["sources"][1].get("lang") == "en")
    c1 = doc["claims"][0] if doc["claims"] else {}
    check("claim fields", c1.get("quantity") == {"value": "600", "scale": "1e9", "unit": "USD",
                                                  "hedge": "approx_below"} and c1.get("span") and
          c1.get("sentence", "").startswith("Nvidia verlor"), json.dumps(c1))
    check("scope", any(c.get("scope") == "intraday" for c in doc["claims"]))
    check("span is bytes", c1.get("span") and open(a, "rb").read()[c1["span"][0]:c1["span"][1]]
          .decode() == "fast 600 Mrd. Dollar")
    claims = write("claims.json", out.encode())
    rc, out2, err2 = run("check", claims)
    check("extract | check loads", rc in (0, 1), err2)
    rc, out3, err3 = run("check", "-", stdin=out.encode())
    check("extract | check from stdin", rc in (0, 1), err3)

    rc, out, err = run("extract", os.path.join(d, "missing.txt"))
    check("missing file", rc == 2 and not out and "missing.txt: cannot open" in err, err)
    e = write("empty.txt", b"")
    rc, out, err = run("extract", e)
    check("empty file", rc == 2 and not out and "empty.txt: empty file" in err, err)
    bad = write("bad.txt", b"Es waren 5 Prozent \xff\xfe und \x00 dann 7 Prozent.\n")
    rc, out, err = run("extract", "--lang", "de", bad)
    check("invalid utf-8 warns and goes on", rc == 0 and "bad.txt: byte 19: warning: invalid UTF-8"
          in err and "byte 25" not in err.split("NUL")[0][-5:] and len(json.loads(out)["claims"]) == 2,
          err)
    check("NUL warns with offset", "byte 26: warning: NUL byte" in err, err)
    badfm = write("badfm.txt", b"---\nname: Bl\xffatt\n---\nEs sind 3 Prozent.\n")
    rc, out, err = run("extract", badfm)
    check("invalid utf-8 in front matter warns and goes on",
          rc == 0 and json.loads(out)["sources"][0]["name"] == "Bl\ufffdatt"
          and "badfm.txt: byte 12: warning: invalid UTF-8" in err, err)
    rc, out, err = run("extract", "--lang", "fr", a)
    check("unknown language", rc == 2 and not out and "unsupported language 'fr'" in err, err)
    fm = write("fm.txt", b"---\nsource x\n---\ntext 5 %\n")
    rc, out, err = run("extract", fm)
    check("bad front matter", rc == 2 and "fm.txt:2:1: front matter line 'source x'" in err, err)
    rc, out, err = run("extract", "--published", "2025-13-01", a)
    check("bad date", rc == 2 and "published date '2025-13-01'" in err, err)
    rc, out, err = run("extract", "--source", "x", a, b)
    check("--source with two files", rc == 2 and "--source" in err, err)
    rc, out, err = run("extract", d)
    check("a directory", rc == 2 and "is a directory" in err, err)
    rc, out, err = run("extract", "--format", "text", a)
    check("text format", rc == 0 and "600e9 USD approx_below" in out, out)
    # a large file: 16 MB of text, mapped not read (the 1 GB case runs by hand)
    big = os.path.join(d, "big.txt")
    with open(big, "wb") as f:
        line = "Der Umsatz stieg um 5 Prozent. Analysten waren überrascht von der Entwicklung.\n".encode()
        f.write(line * (16 * 1024 * 1024 // len(line)))
    rc, out, err = run("extract", "--lang", "de", "-o", os.path.join(d, "big.json"), big)
    check("large file", rc == 0 and not err, err[:200])
    # written to a file in pieces: the same document as on standard output
    with open(os.path.join(d, "big.json"), "rb") as f:
        piecewise = f.read()
    rc, whole, err = run("extract", "--lang", "de", big)
    claims = json.loads(piecewise)["claims"] if rc == 0 else []
    check("large file in pieces", piecewise.decode() == whole and
          len(claims) == 16 * 1024 * 1024 // len(line), "%d claims" % len(claims))
    # a full disk: a clear error, exit 2, no file left behind
    if os.path.exists("/dev/full"):
        rc, out, err = run("extract", "--lang", "de", "-o", "/dev/full", big)
        check("full disk", rc == 2 and "/dev/full: write error" in err, err[:200])
    # a file that may not grow past 1 MB (RLIMIT_FSIZE, as a full disk):
    # the write fails midway, and neither the output nor a part is left
    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    target = os.path.join(d, "cut.json")
    p = subprocess.run([X, "extract", "--lang", "de", "-o", target, big], capture_output=True,
                       preexec_fn=small_files)
    err = p.stderr.decode("utf-8", "replace")
    check("write fails midway", p.returncode == 2 and "cut.json: write error" in err and
          not os.path.exists(target), err[:200])
    left = [n for n in os.listdir(d) if ".tmp-" in n]
    check("no temporary file left", not left, repr(left))

print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
