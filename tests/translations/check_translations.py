#!/usr/bin/env python3
"""Checks that every translatable string of the sources has a finished translation in the .ts file.

lupdate is run on a copy of the .ts file, so strings added to the code since the last update count too."""
import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path


def forbidden_variants(glossary: Path) -> list[str]:
    """The glossary's last column: words no Russian text may use."""
    variants = []
    for line in glossary.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] not in ("English (source)", "---"):
            variants += [v.strip() for v in cells[3].split(",") if v.strip()]
    return variants


def problems_in(ts_path: Path, forbidden: list[str]) -> list[str]:
    problems = []
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            texts = [t.text for t in translation.iter("numerusform")] if translation is not None else []
            if translation is not None and not texts:
                texts = [translation.text]
            if kind in ("unfinished", "missing") or not all(t and t.strip() for t in texts):
                problems.append(f"{name}: {source!r} ({kind or 'empty'})")
            elif any(LATIN_UNIT.search(t) for t in texts):
                problems.append(f"{name}: {source!r} (a Latin size unit in the Russian text)")
            else:
                used = [v for v in forbidden if any(re.search(r"(?<!\w)" + re.escape(v), t) for t in texts)]
                if used:
                    problems.append(f"{name}: {source!r} (not the glossary's word: {', '.join(used)})")
    return problems


def problems_in_document(path: Path, forbidden: list[str]) -> list[str]:
    """A Russian document (the user manual) follows the same glossary, line by line."""
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        # Topic names and picture paths are not words a reader sees.
        line = re.sub(r'<a name="[^"]*"></a>|\((?:#|images/)[^)]*\)', "", line)
        used = [v for v in forbidden if re.search(r"(?<!\w)" + re.escape(v), line)]
        if used:
            problems.append(f"{path.name}:{number}: not the glossary's word: {', '.join(used)}")
        if "ё" in line or "Ё" in line:
            problems.append(f"{path.name}:{number}: «ё» where the glossary writes «е»")
    return problems


# Sizes read «КБ», «МБ», «ГБ» to an accountant, never "MiB" or "KB".
LATIN_UNIT = re.compile(r"\b[KMGT]i?B\b")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--ts", required=True, type=Path)
    parser.add_argument("--glossary", required=True, type=Path)
    parser.add_argument("--document", action="append", type=Path, default=[],
                        help="a Russian document that follows the glossary too (the user manual)")
    parser.add_argument("sources", nargs="+")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / args.ts.name
        shutil.copy(args.ts, fresh)
        subprocess.run([args.lupdate, "-silent", "-no-obsolete", "-locations", "none",
                        "-extensions", "cpp,h,ui", *args.sources, "-ts", str(fresh)], check=True)
        forbidden = forbidden_variants(args.glossary)
        if not forbidden:
            print(f"{args.glossary} lists no forbidden variants: the check is reading the wrong file")
            return 1
        problems = problems_in(fresh, forbidden)
        for document in args.document:
            problems += problems_in_document(document, forbidden)
        count = sum(1 for _ in ET.parse(fresh).getroot().iter("message"))

    if problems:
        print(f"{len(problems)} of {count} strings need work in the Russian translation:")
        for problem in problems:
            print("  " + problem)
        print("Run: cmake --build <build dir> --target update_translations, then translate them.")
        return 1
    if count == 0:
        print("no translatable strings found: the check is looking in the wrong place")
        return 1
    print(f"all {count} strings are translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
