#!/usr/bin/env python3
"""Generate the pages of kru's browser-agreement corpus.

Writes Tests/KruCSSTests/Fixtures/browser/NAME.html (or NAME/ folders
with linked stylesheets) from the page definitions in corpus_pages.py. (The CSS
exercises' solutions and known-wrong samples are recorded too, as ex-*, but read
from graders/css directly: see record_styles.exercise_pages.)

Pages written by hand and committed are never touched; only files this script
generates (listed in Fixtures/browser/GENERATED) are rewritten or removed.
Idempotent: running it twice changes nothing.

After changing pages, re-record:  python3 scripts/chromium/record_styles.py
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_pages import PAGES  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "Tests" / "KruCSSTests" / "Fixtures" / "browser"
MANIFEST = CORPUS / "GENERATED"

TEMPLATE = """<!DOCTYPE html>
<html lang="{lang}"{html_attrs}>
<head>
<meta charset="utf-8">
<title>{title}</title>
{head}</head>
<body data-k="body"{body_attrs}>
{body}
</body>
</html>
"""


def render(page: dict) -> str:
    if "raw" in page:  # a whole page written as is (no doctype, upper-case tags …)
        return page["raw"].lstrip("\n")
    head = page.get("head", "")
    if page.get("css") is not None:
        head = f"<style>\n{page['css'].strip()}\n</style>\n" + head
    return TEMPLATE.format(
        lang=page.get("lang", "en"),
        html_attrs=page.get("html_attrs", ""),
        title=page["title"],
        head=head,
        body_attrs=page.get("body_attrs", ""),
        body=page["body"].strip("\n"),
    )


def write(path: Path, text: str, written: set[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    written.add(path.relative_to(CORPUS).as_posix())
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def main() -> int:
    CORPUS.mkdir(parents=True, exist_ok=True)
    previous = set(MANIFEST.read_text().split()) if MANIFEST.exists() else set()
    written: set[str] = set()
    names = set()
    for page in PAGES:
        name = page["name"]
        assert name not in names and not name.startswith("ex-"), f"bad or duplicate page name {name}"
        names.add(name)
        files = page.get("files")
        if files is None:
            write(CORPUS / f"{name}.html", render(page), written)
        else:
            write(CORPUS / name / "index.html", render(page), written)
            for relative, text in files.items():
                write(CORPUS / name / relative, text.lstrip("\n"), written)
    for stale in sorted(previous - written):
        path = CORPUS / stale
        if path.exists():
            path.unlink()
        top = stale.split("/")[0]
        if not any(w.split("/")[0] == top for w in written):
            for recording in CORPUS.glob(top.removesuffix(".html") + ".chromium*.json"):
                recording.unlink()
    for folder in sorted((p for p in CORPUS.iterdir() if p.is_dir()), reverse=True):
        if not any(folder.rglob("*")):
            shutil.rmtree(folder)
    MANIFEST.write_text("".join(f"{w}\n" for w in sorted(written)))
    print(f"{len(PAGES)} generated pages, {len(written)} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
