#!/usr/bin/env python3
"""Reads an iCalendar file as a calendar application would (Python's icalendar package)
and prints what it found as JSON: the calendar's time zones and each event's UID, summary,
start and end (ISO, with the zone's UTC offset), location, status and description. Also
checks the RFC 5545 framing icalendar forgives: CRLF line ends, lines of at most 75 octets.

Usage: ics_check.py FILE
"""
import json
import sys

try:
    import icalendar
except ImportError:
    # Said plainly, and a failure: CI must never pass this check without a parser.
    sys.exit("python3's icalendar is missing: run `make deps` (python3-icalendar or pip install icalendar)")


def main(path):
    raw = open(path, "rb").read()
    problems = []
    lines = raw.split(b"\r\n")
    if lines[-1] != b"":
        problems.append("the file does not end with CRLF")
    for number, line in enumerate(lines[:-1], 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: a bare LF or CR")
        if len(line) > 75:
            problems.append(f"line {number}: {len(line)} octets")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number}: a UTF-8 character cut by folding")
    calendar = icalendar.Calendar.from_ical(raw)
    zones = [str(z.get("TZID")) for z in calendar.walk("VTIMEZONE")]
    events = []
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        events.append({
            "uid": str(event.get("UID")),
            "summary": str(event.get("SUMMARY")),
            "start": start.isoformat(),
            "end": end.isoformat(),
            "tzid": event.get("DTSTART").params.get("TZID"),
            "location": str(event.get("LOCATION")) if event.get("LOCATION") is not None else None,
            "status": str(event.get("STATUS")),
            "description": str(event.get("DESCRIPTION")),
            "dtstamp": event.decoded("DTSTAMP").isoformat(),
        })
    print(json.dumps({"version": str(calendar.get("VERSION")), "zones": zones, "events": events,
                      "problems": problems}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
