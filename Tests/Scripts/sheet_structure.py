#!/usr/bin/env python3
"""Reads an attendance sheet (parcours sheet) with Python's html.parser, as a second
program would, and prints what it holds as JSON: the participant rows and their
signature boxes, the table's header cells, the facts, scripts and external resources
(there must be none), and the print rules of its style sheet."""
import json
import sys
from html.parser import HTMLParser


class Sheet(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.rows = []            # participant rows: {"cells": [(class, text)]}
        self.head_cells = []
        self.facts = {}
        self.scripts = 0
        self.external = []
        self.style = ""
        self.title = ""
        self.lang = None
        self.in_thead = False
        self.row = None
        self.cell = None
        self.fact_label = None
        self.text = ""
        self.errors = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.stack.append(tag)
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "script":
            self.scripts += 1
        for name in ("src", "href", "data", "srcset", "poster", "action"):
            if name in a:
                self.external.append(f"{tag} {name}={a[name]}")
        if tag in ("link", "iframe", "object", "embed", "img", "base"):
            self.external.append(tag)
        if tag == "thead":
            self.in_thead = True
        if tag == "tr" and "participant" in (a.get("class") or "").split():
            self.row = []
        if tag in ("td", "th"):
            self.cell = (a.get("class") or "", tag)
            self.text = ""

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        if tag == "thead":
            self.in_thead = False
        if tag in ("td", "th") and self.cell is not None:
            cls, kind = self.cell
            text = " ".join(self.text.split())
            if self.row is not None:
                self.row.append({"class": cls, "text": text})
            elif self.in_thead:
                self.head_cells.append({"class": cls, "text": text})
            elif "facts" in self.tables() and kind == "th":
                self.fact_label = text
            elif "facts" in self.tables() and kind == "td" and self.fact_label:
                self.facts[self.fact_label] = text
                self.fact_label = None
            self.cell = None
        if tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def tables(self):
        return getattr(self, "_tables", [])

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "style":
            self.style += data
        elif self.stack and self.stack[-1] == "title":
            self.title += data
        if self.cell is not None:
            self.text += data


class FactTables(Sheet):
    """Keeps track of which table (by class) the parser is in."""
    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._tables = self.tables() + [dict(attrs).get("class") or ""]
        super().handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        super().handle_endtag(tag)
        if tag == "table" and self.tables():
            self._tables = self.tables()[:-1]


def main():
    text = open(sys.argv[1], encoding="utf-8").read()
    parser = FactTables()
    parser.feed(text)
    parser.close()
    style = " ".join(parser.style.split())
    print(json.dumps({
        "lang": parser.lang,
        "title": parser.title,
        "participants": [
            {"number": row[0]["text"], "name": row[1]["text"], "project": row[2]["text"],
             "signature_boxes": sum(1 for c in row if "sign" in c["class"].split()),
             "empty_boxes": sum(1 for c in row if "sign" in c["class"].split() and c["text"] == "")}
            for row in parser.rows
        ],
        "head": [c["text"] for c in parser.head_cells],
        "facts": parser.facts,
        "scripts": parser.scripts,
        "external": parser.external,
        "page_a4": "@page { size: A4" in style,
        "rows_kept_whole": ".sheet tr { break-inside: avoid" in style,
        "head_repeated": ".sheet thead { display: table-header-group" in style,
        "doctype": text.lstrip().lower().startswith("<!doctype html>"),
    }, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
