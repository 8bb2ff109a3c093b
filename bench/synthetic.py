"""A synthetic corpus in the brochure layout, with distributions taken from the real corpus.

    python bench/synthetic.py OUT_FOLDER --scale 10 [--seed 1]

writes scale × 84 entries (the real brochure has 84) into files of 500 entries each, each file
numbering its sites from 1 as a brochure does. Taken from
the real corpus: how many numbers an entry has and its section texts (a real entry is the
template), how many partners a site names, how often each organisation is named (popular ones
are reused, about the same share of names are seen once), the mix of collective mentions and
practice lists, and spelling variants (the same rewrites the brochure shows: "NHS Foundation
Trust"/"Foundation NHS Trust", "Clinical Commissioning Group"/"CCG", "and"/"&", a dropped
"NHS"). New organisations and practices, needed to keep the share of one-off names at scale, are
made from real place names and the real organisational endings.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from pchgraph.readers import read_sources
from pchgraph.readers.mentions import COLLECTIVE, ORGANISATION, PRACTICE
from pchgraph.resources import rows, sources_dir

ENTRIES_PER_FILE = 500
VARIANTS = [
    (r"NHS Foundation Trust", "Foundation NHS Trust"),
    (r"Clinical Commissioning Group", "CCG"),
    (r" and ", " & "),
    (r"NHS ", ""),
]
ENDINGS = [
    "NHS Foundation Trust",
    "Community Health NHS Trust",
    "County Council",
    "District Council",
    "Clinical Commissioning Group",
    "Voluntary Action",
    "Healthwatch",
    "GP Federation",
    "Hospice",
    "Primary Care Network",
    "Fire and Rescue Service",
]


class Model:
    """What a synthetic corpus copies from the real one."""

    def __init__(self):
        corpus = read_sources(sources_dir())
        self.entries = [s for s in corpus.sites if s.document_kind == "brochure" and s.partners_text]
        by_site: dict[str, list] = {}
        for mention in corpus.mentions:
            if mention.source_file == self.entries[0].source_file:
                by_site.setdefault(mention.site_id, []).append(mention)
        self.partner_counts = [sum(1 for m in ms if m.kind == ORGANISATION) for ms in by_site.values()]
        self.practice_counts = [sum(1 for m in ms if m.kind == PRACTICE) for ms in by_site.values()]
        self.collectives = [m.text for ms in by_site.values() for m in ms if m.kind == COLLECTIVE and not m.count]
        names = Counter(m.name for ms in by_site.values() for m in ms if m.kind == ORGANISATION)
        self.names = list(names)
        self.weights = [names[n] for n in self.names]
        self.one_off_share = sum(1 for n in names.values() if n == 1) / max(len(names), 1)
        self.variant_share = 0.15
        self.places = sorted({r["nice_name"] for r in rows("local_authorities_uk_past_current.csv") if r["nation"] == "England"})
        self.practices = [r["PRACTICE_NAME"].title() for r in rows("gp_practices_2022-01.csv")]
        self.areas = [r["stp17_name"] for r in rows("stp_2017.csv")]


def variant(name: str, rng: random.Random) -> str:
    for pattern, replacement in rng.sample(VARIANTS, len(VARIANTS)):
        if re.search(pattern, name):
            return re.sub(pattern, replacement, name, count=1)
    return name


def organisation(model: Model, rng: random.Random) -> str:
    if rng.random() < model.one_off_share * 0.5:
        return f"{rng.choice(model.places)} {rng.choice(ENDINGS)}"
    name = rng.choices(model.names, weights=model.weights)[0]
    return variant(name, rng) if rng.random() < model.variant_share else name


def entry(model: Model, number: int, rng: random.Random, document: int = 0) -> tuple[str, int]:
    template = rng.choice(model.entries)
    numbers = list(range(number, number + len(template.numbers)))
    practices = rng.choice(model.practice_counts)
    partners = [organisation(model, rng) for _ in range(rng.choice(model.partner_counts))]
    items = []
    if practices:
        names = rng.sample(model.practices, practices)
        items.append(f"{practices} practices ({', '.join(names[:-1]) + ' and ' + names[-1] if len(names) > 1 else names[0]})")
    items += partners
    if model.collectives and rng.random() < 0.4:
        items.append(rng.choice(model.collectives))
    partners_text = ", ".join(items) + "."
    name = f"{rng.choice(model.places)} {rng.choice(['Primary Care Home', 'Alliance', 'Locality', 'Health Partnership', 'Care Network'])} {document}-{number}"
    overview = template.sections.get("overview", "")
    text = "\n".join(
        [
            " ".join(str(n) for n in numbers),
            "",
            name,
            "",
            "OVERVIEW",
            "",
            overview,
            "",
            "PARTNERS",
            "",
            partners_text,
            "",
            f"NO. OF PCHs: {len(numbers)}",
            f"NO. OF PRACTICES: {template.practices_raw or 'TBC'}",
            f"STP AREA: {rng.choice(model.areas)}",
            "",
            "",
        ]
    )
    return text, len(numbers)


def write_corpus(out: Path, scale: int, seed: int = 1) -> list[Path]:
    """Write scale × 84 entries into `out`; returns the files."""
    rng = random.Random(seed)
    model = Model()
    out.mkdir(parents=True, exist_ok=True)
    total = scale * len(model.entries) if scale >= 1 else len(model.entries)
    written, done = [], 0
    while done < total:
        chunk = min(ENTRIES_PER_FILE, total - done)
        number = 1
        lines = ["Synthetic primary care home brochure", "", "2nd wave – December 2016", ""]
        for _ in range(chunk):
            text, used = entry(model, number, rng, len(written))
            lines.append(text)
            number += used
        path = out / f"synthetic_{len(written):04d}.txt"
        path.write_text("\n".join(lines), encoding="utf-8")
        written.append(path)
        done += chunk
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    files = write_corpus(options.out, options.scale, options.seed)
    print(f"{len(files)} files, {sum(p.stat().st_size for p in files):,} bytes in {options.out}")


if __name__ == "__main__":
    main()
