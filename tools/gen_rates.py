#!/usr/bin/env python3
"""Generate lib/rates_table.c, the built-in ECB rate table, from the ECB CSV.

Usage: python3 gen_rates.py data/ecb-eurofxref-hist.csv OUTPUT.c

Input: the ECB "eurofxref-hist.csv" layout. A header "Date,USD,JPY,...",
then one row a day, "YYYY-MM-DD" and units of each currency per euro, or
"N/A" for none. Every line may end with a trailing comma. Rows may come in
any order (the ECB writes the newest first); a date may occur only once.

Output (declared in lib/rates.h):
  - cc_rates__builtin_ndays, cc_rates__builtin_days[]: ascending day numbers
    (days since 1970-01-01).
  - cc_rates__builtin_ncur, cc_rates__builtin_columns[]: per currency its
    code and the span of day indices from its first to its last rate, as an
    offset into cc_rates__builtin_cells[].
  - cc_rates__builtin_cells[]: one uint32 per day of each span:
    (mantissa << 3) | decimals, the rate being mantissa / 10**decimals
    exactly as written; 0 means no rate that day.

Any malformed input fails with "FILE:LINE:COLUMN: message" and exit status 1;
no output file is written then. Python standard library only.
"""

import datetime
import hashlib
import os
import re
import sys

EPOCH = datetime.date(1970, 1, 1).toordinal()
CODE_RE = re.compile(r"[A-Z]{3}\Z")
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
NUMBER_RE = re.compile(r"([0-9]+)(?:\.([0-9]+))?\Z")
DECIMAL_BITS = 3                      # decimals 0..7
MANTISSA_LIMIT = 1 << (32 - DECIMAL_BITS)
PER_LINE = 12


class InputError(Exception):
    def __init__(self, line, column, message):
        super().__init__(message)
        self.line = line
        self.column = column
        self.message = message


def split_cells(text, line_no):
    """Split one CSV line into (column, cell) pairs; drop one trailing empty cell."""
    cells = []
    col = 1
    for cell in text.split(","):
        if '"' in cell:
            raise InputError(line_no, col, "quoted cells are not supported: %r" % cell)
        cells.append((col, cell))
        col += len(cell) + 1
    if len(cells) > 1 and cells[-1][1] == "":
        cells.pop()
    return cells


def parse_header(text):
    cells = split_cells(text, 1)
    if cells[0][1] != "Date":
        raise InputError(1, 1, "header must start with 'Date', found %r" % cells[0][1])
    codes = []
    for col, cell in cells[1:]:
        if not CODE_RE.match(cell):
            raise InputError(1, col, "header cell %r is not a three-letter currency code" % cell)
        if cell == "EUR":
            raise InputError(1, col, "'EUR' is the base currency and cannot be a column")
        if cell in codes:
            raise InputError(1, col, "duplicate currency %r in header" % cell)
        codes.append(cell)
    if not codes:
        raise InputError(1, 1, "header has no currency columns")
    return codes


def parse_date(cell, line_no, col):
    if not DATE_RE.match(cell):
        raise InputError(line_no, col, "invalid date %r (expected YYYY-MM-DD)" % cell)
    try:
        d = datetime.date(int(cell[0:4]), int(cell[5:7]), int(cell[8:10]))
    except ValueError:
        raise InputError(line_no, col, "impossible date %r" % cell) from None
    return d.toordinal() - EPOCH


def encode_rate(cell, line_no, col, code):
    if cell == "N/A":
        return 0
    m = NUMBER_RE.match(cell)
    if not m:
        raise InputError(line_no, col, "invalid rate %r for %s" % (cell, code))
    frac = m.group(2) or ""
    frac = frac.rstrip("0")
    decimals = len(frac)
    mantissa = int(m.group(1) + frac)
    if mantissa == 0:
        raise InputError(line_no, col, "rate %r for %s is not positive" % (cell, code))
    if decimals >= (1 << DECIMAL_BITS) or mantissa >= MANTISSA_LIMIT:
        raise InputError(line_no, col,
                         "rate %r for %s has too many digits for the table encoding" % (cell, code))
    # The C side computes mantissa / 10**decimals in double; check it is the
    # value the text denotes (both are correctly rounded).
    if mantissa / 10 ** decimals != float(cell):
        raise InputError(line_no, col, "rate %r for %s does not round-trip" % (cell, code))
    return (mantissa << DECIMAL_BITS) | decimals


def read_table(path):
    with open(path, "rb") as f:
        raw = f.read()
    digest = hashlib.sha256(raw).hexdigest()
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        text = body.decode("ascii")
    except UnicodeDecodeError as e:
        line = body[:e.start].count(b"\n") + 1
        raise InputError(line, 0, "non-ASCII byte at offset %d" % e.start) from None
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    lines = [ln[:-1] if ln.endswith("\r") else ln for ln in lines]
    if not lines:
        raise InputError(1, 1, "empty rates file")
    codes = parse_header(lines[0])
    rows = {}
    for idx, line in enumerate(lines[1:], start=2):
        if line == "":
            raise InputError(idx, 1, "empty line")
        cells = split_cells(line, idx)
        if len(cells) != len(codes) + 1:
            raise InputError(idx, cells[-1][0],
                             "row has %d cells, expected %d" % (len(cells), len(codes) + 1))
        day = parse_date(cells[0][1], idx, cells[0][0])
        if day in rows:
            raise InputError(idx, 1, "duplicate date %r (first on line %d)"
                             % (cells[0][1], rows[day][0]))
        values = [encode_rate(cell, idx, col, codes[j])
                  for j, (col, cell) in enumerate(cells[1:])]
        rows[day] = (idx, values)
    if not rows:
        raise InputError(len(lines) + 1, 1, "no data rows")
    return codes, rows, digest, len(raw)


def emit_array(out, decl, values):
    out.append(decl + " = {\n")
    for i in range(0, len(values), PER_LINE):
        out.append("    " + ",".join(str(v) for v in values[i:i + PER_LINE]) + ",\n")
    out.append("};\n\n")


def generate(src, codes, rows, digest, size):
    days = sorted(rows)
    columns = []
    cells = []
    for j, code in enumerate(codes):
        col = [rows[d][1][j] for d in days]
        present = [i for i, v in enumerate(col) if v]
        if not present:
            columns.append((code, 0, 0, len(cells)))
            continue
        first, last = present[0], present[-1]
        columns.append((code, first, last - first + 1, len(cells)))
        cells.extend(col[first:last + 1])

    def iso(day):
        return datetime.date.fromordinal(day + EPOCH).isoformat()

    out = []
    out.append("/*\n * rates_table.c - generated by tools/gen_rates.py, do not edit.\n *\n")
    out.append(" * Source: %s (%d bytes, sha256 %s)\n" % (os.path.basename(src), size, digest))
    out.append(" * %d days from %s to %s, %d currencies, %d cells.\n"
               % (len(days), iso(days[0]), iso(days[-1]), len(codes), len(cells)))
    out.append(" * Source: European Central Bank (ECB), euro foreign exchange reference rates.\n")
    out.append(" * Layout: see lib/rates.h.\n */\n")
    out.append('#include "rates.h"\n\n')
    out.append("const uint32_t cc_rates__builtin_ndays = %d;\n" % len(days))
    out.append("const uint32_t cc_rates__builtin_ncur = %d;\n\n" % len(codes))
    out.append("const cc_rates__column cc_rates__builtin_columns[%d] = {\n" % len(codes))
    for code, first, count, offset in columns:
        out.append('    {"%s", %d, %d, %d},\n' % (code, first, count, offset))
    out.append("};\n\n")
    emit_array(out, "const int32_t cc_rates__builtin_days[%d]" % len(days), days)
    emit_array(out, "const uint32_t cc_rates__builtin_cells[%d]" % len(cells), cells)
    return "".join(out)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_rates.py ECB.csv OUTPUT.c\n")
        return 2
    src, dst = argv[1], argv[2]
    try:
        codes, rows, digest, size = read_table(src)
    except OSError as e:
        sys.stderr.write("gen_rates.py: %s: cannot read: %s\n" % (src, e.strerror))
        return 1
    except InputError as e:
        sys.stderr.write("gen_rates.py: %s:%d:%d: %s\n" % (src, e.line, e.column, e.message))
        return 1
    text = generate(src, codes, rows, digest, size)
    tmp = dst + ".tmp"
    with open(tmp, "w", encoding="ascii", newline="\n") as f:
        f.write(text)
    os.replace(tmp, dst)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
