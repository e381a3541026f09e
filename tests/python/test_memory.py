"""100,000 checks from Python leave memory flat: every C object is freed.

Compares the resident set size (/proc/self/statm) after 10,000 calls with the
size after 100,000 calls. A leak of even 20 bytes a call would add 1.8 MB
over the 90,000 calls in between; the allowed noise is 1 MB.
"""
import gc
import os
import time
import unittest

import crosscheck

CALLS = int(os.environ.get("CROSSCHECK_MEMORY_CALLS", "100000"))
WARMUP = CALLS // 10
NOISE = 1024 * 1024

DOC = {
    "sources": [{"id": "a", "published": "2025-01-28", "lang": "de"},
                {"id": "b", "published": "2025-01-28", "lang": "en"}],
    "claims": [
        {"id": "c1", "source": "a", "subject": "Acme", "measure": "loss",
         "text": "fast 600 Milliarden US-Dollar"},
        {"id": "c2", "source": "b", "subject": "Acme", "measure": "loss",
         "text": "EUR 563 billion"},
        {"id": "c3", "source": "b", "subject": "Acme", "measure": "loss",
         "quantity": {"value": "460", "scale": "1e9", "unit": "USD", "hedge": "approx_above"}},
    ],
}
BAD = '{"sources": [], "claims": [{"id": "c1", "source": "nobody", "text": "5 Prozent"}]}'


def rss_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


@unittest.skipUnless(os.path.exists("/proc/self/statm"), "needs /proc/self/statm")
@unittest.skipIf("asan" in os.environ.get("LD_PRELOAD", ""),
                 "AddressSanitizer keeps freed memory in quarantine: RSS tells nothing")
class TestMemoryIsFlat(unittest.TestCase):
    def one_call(self, i, claims, rates):
        report = crosscheck.check(DOC if i % 2 else claims, rates=rates if i % 3 else None)
        self.assertTrue(report.has_contradictions)
        if i % 10 == 0:  # the JSON report, the objects and the text report
            self.assertEqual(report.claim("c3").status, "contradicts")
            self.assertTrue(report.text())
        if i % 100 == 0:  # error paths, parsing and conversion
            with self.assertRaises(crosscheck.SchemaError):
                crosscheck.check(BAD)
            with crosscheck.parse_quantity("knapp 17 Prozent", "de") as q:
                q.interval()
            rates.convert(1.0, "EUR", "USD", "2025-01-27")
        if i % 7 == 0:
            report.close()

    def test_rss_stays_flat(self):
        claims = crosscheck.ClaimSet.from_json(DOC)
        rates = crosscheck.Rates()
        start = time.perf_counter()
        for i in range(WARMUP):
            self.one_call(i, claims, rates)
        gc.collect()
        after_warmup = rss_bytes()
        for i in range(WARMUP, CALLS):
            self.one_call(i, claims, rates)
        gc.collect()
        after_all = rss_bytes()
        elapsed = time.perf_counter() - start
        print("\nRSS after %d checks: %.1f MB; after %d: %.1f MB (%+d KB); %.1f s, %.0f us/check"
              % (WARMUP, after_warmup / 2 ** 20, CALLS, after_all / 2 ** 20,
                 (after_all - after_warmup) // 1024, elapsed, elapsed / CALLS * 1e6))
        self.assertLess(after_all - after_warmup, NOISE)


if __name__ == "__main__":
    unittest.main()
