#!/usr/bin/env python3
"""Looks at an attendance sheet as a funder will: prints it to PDF with headless Chromium,
turns each page into an image with pdftoppm, and reads the words' places on the pages
with pdftotext -bbox. Checks that the pages are A4, that every participant expected
appears once, whole, on one page, in a row that ends inside the page's printable area
(no row cut across pages), that the table's header is repeated on every page holding
rows, and that the names are printed large enough to read.

usage: sheet_pdf_check.py SHEET.html OUTDIR HEADER_WORD NAME_TOKEN...
  HEADER_WORD: a word of the table's header ("Signature"); NAME_TOKEN: one word unique to
  each participant's row (its first name, say). Prints a JSON summary; exit 1 with the
  reasons when a check fails."""
import glob
import json
import os
import subprocess
import sys
from html.parser import HTMLParser

MM = 72 / 25.4
ROW_HEIGHT = 8.4 * MM          # the sheet's row height (AttendanceSheet.style)
BOTTOM_MARGIN = 12 * MM        # its @page bottom margin
TOP_MARGIN = 10 * MM


class Words(HTMLParser):
    def __init__(self):
        super().__init__()
        self.pages = []
        self.word = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "page":
            self.pages.append({"width": float(a["width"]), "height": float(a["height"]), "words": []})
        elif tag == "word":
            self.word = {k: float(a[k]) for k in ("xmin", "ymin", "xmax", "ymax")}
            self.word["text"] = ""

    def handle_data(self, data):
        if self.word is not None:
            self.word["text"] += data

    def handle_endtag(self, tag):
        if tag == "word" and self.word is not None:
            self.pages[-1]["words"].append(self.word)
            self.word = None


def run(args):
    return subprocess.run(args, check=True, capture_output=True, text=True)


def main():
    sheet, out, header_word, tokens = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    os.makedirs(out, exist_ok=True)
    pdf = os.path.join(out, "sheet.pdf")
    browser = next(b for b in ("chromium", "chromium-browser", "google-chrome") if run(["sh", "-c", f"command -v {b} || true"]).stdout.strip())
    run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
         "--user-data-dir=" + os.path.join(out, "profile"), "--print-to-pdf=" + pdf, "file://" + os.path.abspath(sheet)])
    for old in glob.glob(os.path.join(out, "page-*.png")):
        os.remove(old)
    run(["pdftoppm", "-png", "-r", "60", pdf, os.path.join(out, "page")])
    images = sorted(glob.glob(os.path.join(out, "page-*.png")))
    bbox = os.path.join(out, "words.html")
    run(["pdftotext", "-bbox", pdf, bbox])
    words = Words()
    words.feed(open(bbox, encoding="utf-8").read())
    problems = []
    if len(images) != len(words.pages):
        problems.append(f"{len(images)} page images for {len(words.pages)} pages")
    for number, page in enumerate(words.pages, 1):
        if abs(page["width"] - 595.3) > 2 or abs(page["height"] - 841.9) > 2:
            problems.append(f"page {number} is {page['width']:.0f}x{page['height']:.0f} pt, not A4")
    found = {}
    heights = []
    for number, page in enumerate(words.pages, 1):
        bottom = page["height"] - BOTTOM_MARGIN
        rows_here = 0
        for w in page["words"]:
            if w["text"] in tokens:
                found.setdefault(w["text"], []).append(number)
                rows_here += 1
                heights.append(w["ymax"] - w["ymin"])
                middle = (w["ymin"] + w["ymax"]) / 2
                # The text sits in the middle of its row: the row ends half a row below,
                # which must be inside the printable area, else the row runs onto the next page.
                # A row cut in two shows its name at the very top or bottom of a page.
                if middle + ROW_HEIGHT / 2 > bottom + 1 or middle - ROW_HEIGHT / 2 < TOP_MARGIN - 1:
                    problems.append(f"the row of {w['text']} runs past the printable area of page {number}")
        tops = [w["ymin"] for w in page["words"] if w["text"] in tokens]
        if tops and not any(w["text"] == header_word and w["ymax"] < min(tops) for w in page["words"]):
            problems.append(f"page {number} has rows but no table header above them")
    for token in tokens:
        pages = found.get(token, [])
        if len(pages) != 1:
            problems.append(f"{token} appears {len(pages)} times (pages {pages})")
    smallest = min(heights) if heights else 0
    if smallest < 9:
        problems.append(f"names printed too small to read ({smallest:.1f} pt high)")
    summary = {"pages": len(words.pages), "images": [os.path.basename(i) for i in images],
               "rows_per_page": [sum(1 for w in p["words"] if w["text"] in tokens) for p in words.pages],
               "smallest_name_height_pt": round(smallest, 1), "problems": problems}
    print(json.dumps(summary, indent=1))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
