#!/usr/bin/env python3
"""Judge pages of the reference WEB exercises in Chromium (issue 2's checks, written independently of kru).

Every check of web/01-first-page, 02-lists, 03-links-images, 04-table, 05-form,
09-two-pages, 10-semantic-layout, 11-text-formatting and 12-media is written here from its
wording (issue 2; the checks' titles for 10-12), in JavaScript against the DOM
headless Chromium builds (same driver as record_styles.py), except `doctype`, which is
about the file's source text and is judged in Python from the raw bytes.

Choices where the wording needed reading (kru follows the same ones):
- "non-empty" = at least one non-whitespace character; "at least 10 characters" counts
  extended grapheme clusters (Intl.Segmenter) that are not whitespace.
- `doctype`: after an optional UTF-8 byte-order mark, ASCII whitespace and comments
  (`<!-- … -->`, and `<? … >`, which the browser also turns into a comment), the file
  reads `<!DOCTYPE html>`, letter case ignored, with optional whitespace before `html`
  and before `>`. A legacy doctype with a public or system identifier
  (`<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">`) does not begin with
  `<!DOCTYPE html>` and fails (it is not the HTML5 doctype the exercise teaches).
- "at least N X, each with Y" counts the X that have Y (`ul-items`, `two-links`,
  `data-rows`).
- Tables: the rows of a table are the `<tr>` whose nearest `<table>` is that table, in
  document order (not `table.rows`, which lists `<thead>` rows first); a row's cells are
  `row.cells`; widths use `cell.colSpan` (the browser clamps it to 1…1000, 0 and junk are 1).
- Forms: "the form has" = descendants of the first `<form>` in the DOM (not
  `form.elements`); types are `input.type` / `button.type` as the browser reports them
  (`type="e-mail"` is text, `<button type="sumbit">` is a submit button). "Labelled" is
  the wording's structural rule (inside a `<label>`, or a `<label for>` equal to its id);
  where `input.labels` would say otherwise the script prints a note.
- 10-12: "in X" / "with X" = a descendant of X; "non-empty" text is `textContent`; the
  page "goes header, then main, then footer" when the first of each exists and they start
  in that document order; "every <source>" is every `<source>` of the page (a `<picture>`'s
  too), its type read trimmed and letter case ignored; a player "names its file" with a
  non-empty `src` or a `<source src>` child.
- Links (09): an `href`/`src` is resolved with `new URL(value, document.baseURI)`: against the
  page's file in a copy of the submission, or its `<base href>` when it has one (the browser
  follows it: with `<base href="https://…/">` the page's links lead to that site). Fragment-only values and http:, https:, mailto:, tel:,
  javascript:, data: URLs (and any other non-file scheme) are not checked; everything that
  resolves to a file: URL must name a file of the submission (letter case matters,
  percent-escapes decoded). A folder (`pics/`, `./`) is not a file; a file: URL outside the
  submission folder (`../x.html`, `/x.html`, `//host/x`, `file:///C:/…`) is broken, and so is
  a Windows path (`C:\\Users\\…`, which the URL parser would read as a scheme `c:`).

    python3 scripts/chromium/check_web_exercises.py        # solutions + wrong samples vs *.expect.yaml
    python3 scripts/chromium/check_web_exercises.py --record Tests/KruRubricTests/Fixtures/web-pages
        # judges the beginner pages there (NAME.html = a submission of only index.html,
        # NAME/ = a folder submission) and writes chromium-verdicts.json, which
        # Tests/KruRubricTests/WebChromiumVerdictTests.swift compares kru with

Stdlib only. Needs Debian's `chromium`.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from record_styles import Chromium  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

EXERCISES = ["01-first-page", "02-lists", "03-links-images", "04-table", "05-form", "09-two-pages",
             "10-semantic-layout", "11-text-formatting", "12-media"]

# Evaluated in each page; FILES (the submission's files) and ROOT_URL (its folder) are set first.
HELPERS = r"""
const all = (s, root = document) => [...root.querySelectorAll(s)];
const first = (s, root = document) => root.querySelector(s);
const nonEmpty = (s) => s !== null && s !== undefined && /\S/u.test(s);
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const visibleLength = (s) => [...segmenter.segment(s)].filter(g => !/^\s+$/u.test(g.segment)).length;
// Text of a link as announced: its text, an <img> counting with its alt.
const accessibleText = (e) => {
  let out = '';
  for (const n of e.childNodes) {
    if (n.nodeType === Node.TEXT_NODE) out += n.data;
    else if (n.nodeType === Node.ELEMENT_NODE) out += n.localName === 'img' ? ' ' + (n.getAttribute('alt') ?? '') + ' ' : accessibleText(n);
  }
  return out;
};
const tableRows = (table) => all('tr', table).filter(r => r.closest('table') === table);
const labelledByWording = (input) => !!input.parentElement?.closest('label')
  || (input.id !== '' && all('label').some(l => l.getAttribute('for') === input.id));
// A URL value -> {skip} | {path} (relative to the submission folder) | {outside}.
const pathBytes = (p) => {   // percent-decode a URL path (invalid escapes stay) as UTF-8
  const bytes = [];
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '%' && /^[0-9a-fA-F]{2}$/.test(p.slice(i + 1, i + 3))) { bytes.push(parseInt(p.slice(i + 1, i + 3), 16)); i += 2; }
    else bytes.push(...new TextEncoder().encode(p[i]));
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
};
const resolve = (raw) => {
  if (raw.trim().startsWith('#')) return { skip: true };
  if (/^[a-z]:[\\/]/i.test(raw.trim())) return { outside: true };   // C:\Users\… is a Windows path, not a URL scheme
  let url;
  try { url = new URL(raw, document.baseURI); } catch (err) { return { outside: true }; }   // <base href> counts, as in the browser
  if (url.protocol !== 'file:') return { skip: true };
  const root = new URL(ROOT_URL);
  if (url.host !== root.host || !url.pathname.startsWith(root.pathname)) return { outside: true };
  return { path: pathBytes(url.pathname.slice(root.pathname.length)) };
};
const isFile = (t) => t.path !== undefined && FILES.includes(t.path);
"""

CHECKS = {
    "01-first-page": {
        "html-lang": "nonEmpty(document.documentElement.getAttribute('lang'))",
        "title": "all('title').some(t => !!t.closest('head') && nonEmpty(t.textContent))",
        "one-h1": "all('h1').length === 1 && nonEmpty(first('h1').textContent)",
        "paragraph": "all('p').some(p => visibleLength(p.textContent) >= 10)",
    },
    "02-lists": {
        "headings": """(() => {
            const hs = all('h1, h2, h3, h4, h5, h6');
            if (all('h1').length !== 1 || all('h2').length < 2) return false;
            if (hs[0].localName !== 'h1') return false;
            return hs.every((h, i) => i === 0 || +h.localName[1] <= +hs[i - 1].localName[1] + 1);
        })()""",
        "ul-items": "all('ul').some(ul => [...ul.children].filter(c => c.localName === 'li' && nonEmpty(c.textContent)).length >= 3)",
        "ol-items": "all('ol').some(ol => [...ol.children].filter(c => c.localName === 'li').length >= 2)",
        "list-children": "all('ul, ol').every(l => [...l.children].every(c => ['li', 'script', 'template'].includes(c.localName)))",
    },
    "03-links-images": {
        "two-links": "all('a').filter(a => nonEmpty(a.getAttribute('href')) && nonEmpty(accessibleText(a))).length >= 2",
        "external-link": "all('a').some(a => /^https?:\\/\\//i.test((a.getAttribute('href') ?? '').trim()))",
        "image": "all('img').some(i => nonEmpty(i.getAttribute('src')))",
        "img-alt": "all('img').length > 0 && all('img').every(i => nonEmpty(i.getAttribute('alt')))",
    },
    "04-table": {
        "table": "!!first('table')",
        "header-row": """(() => {
            const t = first('table'); if (!t) return false;
            const row = tableRows(t)[0]; if (!row) return false;
            return row.cells.length >= 2 && [...row.cells].every(c => c.localName === 'th');
        })()""",
        "data-rows": """(() => {
            const t = first('table'); if (!t) return false;
            return tableRows(t).slice(1).filter(r => [...r.cells].some(c => c.localName === 'td')).length >= 3;
        })()""",
        "same-width": """(() => {
            const t = first('table'); if (!t) return false;
            const widths = tableRows(t).map(r => [...r.cells].reduce((n, c) => n + c.colSpan, 0));
            return widths.every(w => w === widths[0]);
        })()""",
    },
    "05-form": {
        "form": "!!first('form')",
        "labelled-text-input": "!!first('form') && all('input', first('form')).some(i => i.type === 'text' && labelledByWording(i))",
        "email-input": "!!first('form') && all('input', first('form')).some(i => i.type === 'email')",
        "submit": "!!first('form') && all('button, input', first('form')).some(e => e.type === 'submit')",
    },
    "10-semantic-layout": {
        "header-nav": "all('header').some(h => all('nav', h).some(n => all('a[href]', n).length >= 2))",
        "one-main": "all('main').length === 1 && !first('main').parentElement?.closest('header, nav, footer, article, aside')",
        "sections": "!!first('main') && all('section', first('main')).filter(s => all('h2', s).some(h => nonEmpty(h.textContent))).length >= 2",
        "layout-order": """(() => {
            const parts = ['header', 'main', 'footer'].map(s => first(s));
            return parts.every(e => e) && parts.every((e, i) => i === 0
                || !!(parts[i - 1].compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING));
        })()""",
    },
    "11-text-formatting": {
        "strong": "all('strong').some(e => nonEmpty(e.textContent))",
        "em": "all('em').some(e => nonEmpty(e.textContent))",
        "quote": "all('blockquote').some(e => visibleLength(e.textContent) >= 10)",
        "cite": "all('cite').some(e => nonEmpty(e.textContent))",
        "no-old-tags": "all('font, center, big, strike, tt').length === 0",
    },
    "12-media": {
        "figure": """all('figure').some(f => all('img', f).some(i => nonEmpty(i.getAttribute('alt')))
            && all('figcaption', f).some(c => nonEmpty(c.textContent)))""",
        "player": "all('video, audio').some(e => e.hasAttribute('controls'))",
        "media-source": """all('video, audio').length > 0 && all('video, audio').every(e => nonEmpty(e.getAttribute('src'))
            || [...e.children].some(c => c.localName === 'source' && nonEmpty(c.getAttribute('src'))))""",
        "source-type": "all('source').every(s => /^\\s*(video|audio)\\//i.test(s.getAttribute('type') ?? ''))",
    },
}

# 09-two-pages: facts of each page, combined in Python.
PAGE_FACTS = """({
  anchors: all('a[href]').map(a => resolve(a.getAttribute('href'))).filter(t => t.path !== undefined).map(t => t.path),
  broken: [['a', 'href'], ['link', 'href'], ['img', 'src'], ['script', 'src']].flatMap(([tag, attr]) =>
      all(tag).filter(e => e.hasAttribute(attr)).map(e => [tag + ' ' + attr + '=' + JSON.stringify(e.getAttribute(attr)), resolve(e.getAttribute(attr))]))
    .filter(([_, t]) => !t.skip && !isFile(t)).map(([what]) => what),
  stylesheets: all('link').filter(l => l.getAttribute('rel') !== null && l.hasAttribute('href')
      && l.getAttribute('rel').toLowerCase().split(/[ \\t\\n\\f\\r]+/).includes('stylesheet'))
    .map(l => resolve(l.getAttribute('href'))).filter(isFile).map(t => t.path),
})"""

LABEL_NOTE = """all('input').filter(i => i.type === 'text' && labelledByWording(i) !== (i.labels.length > 0))
  .map(i => i.outerHTML)"""


def doctype(raw: bytes) -> bool:
    """The file begins with <!DOCTYPE html> (letter case ignored; whitespace and comments before it)."""
    # Decoded as a browser decodes it when a byte-order mark says how (UTF-8 otherwise).
    if raw.startswith(b"\xff\xfe"):
        text = raw[2:].decode("utf-16-le", errors="replace")
    elif raw.startswith(b"\xfe\xff"):
        text = raw[2:].decode("utf-16-be", errors="replace")
    else:
        text = raw.decode("utf-8", errors="replace").removeprefix("\ufeff")
    i = 0
    while i < len(text):
        if text[i] in " \t\n\r\f":
            i += 1
        elif text.startswith("<!--", i):
            end = text.find("-->", i + 4)
            if end < 0:
                return False
            i = end + 3
        elif text.startswith("<?", i):
            end = text.find(">", i)
            if end < 0:
                return False
            i = end + 1
        else:
            break
    return re.match(r"<!doctype[ \t\n\r\f]*html[ \t\n\r\f]*>", text[i:], re.I) is not None


def stage(entry: Path, into: Path) -> Path:
    """Copy a submission (a NAME.html file = a folder holding only index.html) into a folder."""
    folder = into / "submission"
    if entry.is_dir():
        shutil.copytree(entry, folder, ignore=shutil.ignore_patterns(".*"))
    else:
        folder.mkdir()
        shutil.copyfile(entry, folder / "index.html")
    return folder


def files_of(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def evaluate(browser: Chromium, page: Path, folder: Path, expression: str):
    browser.open(page.resolve().as_uri())
    prelude = f"const FILES = {json.dumps(files_of(folder))}; const ROOT_URL = {json.dumps(folder.resolve().as_uri() + '/')};"
    return browser.evaluate(f"(() => {{ {prelude} {HELPERS}; return {expression}; }})()")


def judge(browser: Chromium, exercise: str, entry: Path) -> tuple[dict[str, bool], list[str]]:
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kru-web-") as tmp:
        folder = stage(entry, Path(tmp))
        index = folder / "index.html"
        if exercise == "09-two-pages":
            pages = {name: folder / name for name in ("index.html", "about.html")}
            facts = {name: evaluate(browser, p, folder, PAGE_FACTS) for name, p in pages.items() if p.is_file()}
            both = len(facts) == 2
            verdicts = {
                "pages": both,
                "nav-links": both and "about.html" in facts["index.html"]["anchors"]
                and "index.html" in facts["about.html"]["anchors"],
                "no-broken-links": both and not any(f["broken"] for f in facts.values()),
                "shared-style": both and bool(set(facts["index.html"]["stylesheets"]) & set(facts["about.html"]["stylesheets"])),
            }
            for name, f in facts.items():
                if f["broken"]:
                    notes.append(f"{name} broken: {', '.join(f['broken'])}")
            return verdicts, notes
        if not index.is_file():
            return {c: False for c in CHECKS[exercise]} | ({"doctype": False} if exercise == "01-first-page" else {}), notes
        body = ",".join(f"{json.dumps(c)}: (() => {{ try {{ return !!({e}); }} catch (err) {{ return 'error: ' + err; }} }})()"
                        for c, e in CHECKS[exercise].items())
        verdicts = evaluate(browser, index, folder, "{" + body + "}")
        for check, verdict in verdicts.items():
            if not isinstance(verdict, bool):
                raise RuntimeError(f"{entry}: {check}: {verdict}")
        if exercise == "01-first-page":
            verdicts["doctype"] = doctype(index.read_bytes())
        if exercise == "05-form":
            for html in evaluate(browser, index, folder, LABEL_NOTE):
                notes.append(f"input.labels disagrees with the wording's label rule: {html}")
        return verdicts, notes


def record(folder: Path) -> int:
    """Judge every page under folder/<exercise>/ and write folder/chromium-verdicts.json:
    {"browser": "...", "pages": {"<exercise>/<name>": {"<check>": true|false}}}."""
    browser = Chromium("chromium", extra_flags=["--allow-file-access-from-files"])
    verdicts: dict[str, dict[str, bool]] = {}
    try:
        for exercise in EXERCISES:
            root = folder / exercise
            if not root.is_dir():
                continue
            for entry in sorted(root.iterdir()):
                if entry.name.startswith(".") or not (entry.is_dir() or entry.suffix == ".html"):
                    continue
                key = f"{exercise}/{entry.name.removesuffix('.html')}"
                verdicts[key], notes = judge(browser, exercise, entry)
                print(f"{key}: fails {sorted(c for c, ok in verdicts[key].items() if not ok)}")
                for note in notes:
                    print(f"    note: {note}")
    finally:
        browser.close()
    out = folder / "chromium-verdicts.json"
    out.write_text(json.dumps({"browser": browser.product, "pages": verdicts}, indent=1, sort_keys=True,
                              ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(verdicts)} pages judged in {browser.product}; wrote {out}", file=sys.stderr)
    return 0


def samples(exercise: Path) -> list[tuple[str, Path, set[str] | None]]:
    """(label, submission, expected failures) — None for the solution (which must pass everything)."""
    solution = exercise / "solution.html"
    found: list[tuple[str, Path, set[str] | None]] = [("solution", solution if solution.is_file() else exercise / "solution", None)]
    for expect in sorted((exercise / "wrong").glob("*.expect.yaml")):
        name = expect.name.removesuffix(".expect.yaml")
        page = exercise / "wrong" / f"{name}.html"
        match = re.search(r"^fails:\s*\[([^\]]*)\]", expect.read_text(encoding="utf-8"), re.M)
        fails = {f.strip() for f in match.group(1).split(",") if f.strip()} if match else set()
        found.append((f"wrong/{name}", page if page.is_file() else exercise / "wrong" / name, fails))
    return found


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--record":
        return record(Path(sys.argv[2]))
    browser = Chromium("chromium", extra_flags=["--allow-file-access-from-files"])
    problems = judged = 0
    try:
        for exercise in EXERCISES:
            for label, entry, expected_fails in samples(ROOT / "graders" / "web" / exercise):
                verdicts, notes = judge(browser, exercise, entry)
                judged += 1
                failed = {c for c, ok in verdicts.items() if not ok}
                expected = expected_fails or set()
                problems += failed != expected
                print(f"{'ok' if failed == expected else 'DISAGREES':9} web/{exercise} {label}: Chromium fails "
                      f"{sorted(failed)}; grader files say {sorted(expected)}")
                for note in notes:
                    print(f"    note: {note}")
    finally:
        browser.close()
    print(f"{judged} pages judged in {browser.product}; {problems} disagreements", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
