#!/usr/bin/env python3
"""A 100 MB claims file loads and checks (suite 'slow').

usage: test_large.py CROSSCHECK
Generates the file in a temporary directory, runs `crosscheck check` and
verifies the summary. No time limit is asserted.
"""
import json
import os
import subprocess
import sys
import tempfile


def main():
    crosscheck = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "large.json")
        n = 0
        with open(path, "w", encoding="utf-8") as f:
            f.write('{"sources": [{"id": "a", "lang": "de", "published": "2025-01-28"},\n'
                    '             {"id": "b", "lang": "en", "published": "2025-01-28"}],\n'
                    ' "claims": [\n')
            size = 0
            while size < 100 * 1000 * 1000:
                group = n // 2
                if n % 2 == 0:
                    line = ('{"id": "c%d", "source": "a", "subject": "Firma %d", "measure": '
                            '"Umsatz", "date": "2024-06-%02d", "text": "rund %d Millionen Euro", '
                            '"note": "%s"}' % (n, group, 1 + group % 28, 100 + group % 500,
                                               "x" * 40))
                else:
                    line = ('{"id": "c%d", "source": "b", "subject": "firma %d", "measure": '
                            '"umsatz", "date": "2024-06-%02d", "quantity": {"value": "%d", '
                            '"scale": "1e6", "unit": "EUR", "hedge": "approx"}}'
                            % (n, group, 1 + group % 28, 100 + group % 500))
                f.write((",\n" if n else "") + line)
                size += len(line) + 2
                n += 1
            f.write("\n]}\n")
        print("generated %d claims, %.1f MB" % (n, os.path.getsize(path) / 1e6))
        proc = subprocess.run([crosscheck, "check", "--format", "json", path],
                              capture_output=True)
        if proc.returncode != 0:
            print("exit %d: %s" % (proc.returncode, proc.stderr.decode()[:500]))
            return 1
        summary = json.loads(proc.stdout)["summary"]
        if summary["claims"] != n or summary["groups"] != (n + 1) // 2:
            print("unexpected summary: %r" % summary)
            return 1
        if summary.get("contradictions", 0) != 0:
            print("unexpected contradictions: %r" % summary)
            return 1
        print("1 passed, 0 failed")
        return 0


if __name__ == "__main__":
    sys.exit(main())
