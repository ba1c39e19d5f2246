#!/usr/bin/env python3
"""Judge the CSS exercises' reference solutions and known-wrong samples in Chromium.

For every exercise graders/css/<id>/ this script opens the solution and each
wrong sample in headless Chromium (same set-up as record_styles.py: a
1024 x 768 screen) and evaluates every check of the exercise *as issue 3
defines it*, written here independently of kru, in JavaScript against the
browser's own getComputedStyle / computedStyleMap / CSSOM. It then compares
with what the grader files claim: the solution passes every check, and each
wrong sample fails exactly the checks its <name>.expect.yaml lists.

So the expected verdicts that kru's own tests use are backed by a real browser.

    python3 scripts/chromium/check_css_exercises.py        # exit 0 when all agree
    python3 scripts/chromium/check_css_exercises.py --record Tests/KruRubricTests/Fixtures/css-pages
        # judges the beginner pages there and writes chromium-verdicts.json, which
        # Tests/KruRubricTests/ChromiumVerdictTests.swift compares kru with

Stdlib only. Needs Debian's `chromium`.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from record_styles import Chromium, WIDTH, HEIGHT  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

# Shared helpers, evaluated in the page.
HELPERS = r"""
const cs = (e, p) => getComputedStyle(e).getPropertyValue(p);
const px = (v) => v.endsWith('px') ? parseFloat(v) : NaN;      // 'normal' etc. never compare
// Gaps stay percentages in getComputedStyle (2%); a positive percentage is a gap too.
const gap = (v) => v.endsWith('px') || v.endsWith('%') ? parseFloat(v) : NaN;
const first = (s) => document.querySelector(s);
const all = (s) => [...document.querySelectorAll(s)];
const every = (s, f) => { const l = all(s); return l.length > 0 && l.every(f); };
const lengthOrPercentage = (e, p) => {
  const v = e.computedStyleMap().get(p);
  if (v instanceof CSSUnitValue) return v.unit === 'px' || v.unit === 'percent';
  return v instanceof CSSMathValue;
};
// Style rules that apply on this screen: through @media that matches, @supports, @import, nesting.
function styleRules() {
  const out = [];
  const walk = (rules) => {
    for (const r of rules) {
      if (r instanceof CSSStyleRule) { out.push(r); if (r.cssRules) walk(r.cssRules); }
      else if (r instanceof CSSMediaRule) { if (matchMedia(r.media.mediaText).matches) walk(r.cssRules); }
      else if (r instanceof CSSSupportsRule) { walk(r.cssRules); }
      else if (r instanceof CSSImportRule) { if (r.styleSheet && (!r.media.mediaText || matchMedia(r.media.mediaText).matches)) walk(r.styleSheet.cssRules); }
    }
  };
  for (const sheet of document.styleSheets) {
    if (sheet.disabled || (sheet.media.mediaText && !matchMedia(sheet.media.mediaText).matches)) continue;
    let rules; try { rules = sheet.cssRules; } catch (e) { continue; }   // a link to a missing file
    walk(rules);
  }
  return out;
}
const topLevelSelectors = (text) => {
  const parts = []; let depth = 0, cur = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === ',' && depth === 0) { parts.push(cur.trim()); cur = ''; } else cur += ch;
  }
  parts.push(cur.trim());
  return parts;
};
// "Has CSS": something other than whitespace and comments.
const hasCSS = (text) => text.replace(/\/\*[\s\S]*?(\*\/|$)/g, '').trim() !== '';
const fileText = (url) => { try { const x = new XMLHttpRequest(); x.open('GET', url, false); x.send(); return x.responseText; } catch (e) { return ''; } };
const linkHasCSS = (l) => { try { if (l.sheet.cssRules.length > 0) return true; } catch (e) { return false; } return hasCSS(fileText(l.href)); };
const hasClassSelector = (sel) => /\.(?:[_a-zA-Z\u0080-\uffff-]|\\)/.test(sel.replace(/\[[^\]]*\]/g, '').replace(/"[^"]*"|'[^']*'/g, ''));
"""

# Each check's meaning, from issue 3 (reference exercises) and the exercise files.
CHECKS = {
    "06-colors-fonts": {
        "stylesheet": """all('style').some(s => hasCSS(s.textContent))
            || all('link').some(l => /(^|\\s)stylesheet(\\s|$)/i.test(l.rel) && l.sheet && linkHasCSS(l))""",
        "h1-color": "!!first('h1') && cs(first('h1'), 'color') !== 'rgb(0, 0, 0)'",
        "body-font": """document.body.style.getPropertyValue('font-family') !== ''
            || styleRules().some(r => document.body.matches(r.selectorText) && r.style.getPropertyValue('font-family') !== '')""",
        "class-used": """styleRules().some(r => topLevelSelectors(r.selectorText).some(s => hasClassSelector(s) && document.querySelector(s) !== null))""",
        "background": "cs(document.body, 'background-color') !== 'rgba(0, 0, 0, 0)'",
    },
    "07-box-model": {
        "card-padding": "every('.card', e => ['top','right','bottom','left'].every(s => px(cs(e, 'padding-' + s)) > 0))",
        "card-border": """every('.card', e => ['top','right','bottom','left'].every(s =>
            !['none', 'hidden'].includes(cs(e, `border-${s}-style`)) && px(cs(e, `border-${s}-width`)) > 0))""",
        "card-margin": "every('.card', e => px(cs(e, 'margin-bottom')) > 0)",
        "card-width": "every('.card', e => lengthOrPercentage(e, 'width') || lengthOrPercentage(e, 'max-width'))",
    },
    "08-flexbox": {
        "nav-flex": "!!first('nav') && ['flex', 'inline-flex'].includes(cs(first('nav'), 'display'))",
        "nav-justify": "!!first('nav') && !['normal', 'flex-start', 'start', 'left'].includes(cs(first('nav'), 'justify-content'))",
        "gallery-wrap": "all('.gallery').some(e => cs(e, 'display') === 'flex' && cs(e, 'flex-wrap') === 'wrap')",
        "gallery-gap": """all('.gallery').some(e => cs(e, 'display') === 'flex' && cs(e, 'flex-wrap') === 'wrap'
            && (gap(cs(e, 'column-gap')) > 0 || gap(cs(e, 'row-gap')) > 0))""",
    },
    "11-text-styling": {
        "paragraph-line-height": "every('p', e => px(cs(e, 'line-height')) >= 24)",
        "title-centered": "!!first('h1') && cs(first('h1'), 'text-align') === 'center'",
        "title-size": "!!first('h1') && px(cs(first('h1'), 'font-size')) >= 40",
        "subtitle-uppercase": "every('h2', e => cs(e, 'text-transform') === 'uppercase')",
        "links-plain": "every('nav a', e => cs(e, 'text-decoration-line') === 'none')",
    },
    "12-responsive": {
        "columns-flex": "!!first('.columns') && cs(first('.columns'), 'display') === 'flex'",
        "columns-gap": "!!first('.columns') && gap(cs(first('.columns'), 'column-gap')) > 0",
        "image-fluid": "every('img', e => cs(e, 'max-width') === '100%')",
        "phone-stacked@400x800": """!!first('.columns') && (!['flex', 'inline-flex'].includes(cs(first('.columns'), 'display'))
            || ['column', 'column-reverse'].includes(cs(first('.columns'), 'flex-direction')))""",
    },
}


def samples(exercise: Path) -> list[tuple[str, Path, set[str] | None]]:
    """(label, page, expected failures) — None for the solution (which must pass everything)."""
    found: list[tuple[str, Path, set[str] | None]] = []
    solution = exercise / "solution.html"
    found.append(("solution", solution if solution.is_file() else exercise / "solution" / "index.html", None))
    for expect in sorted((exercise / "wrong").glob("*.expect.yaml")):
        name = expect.name.removesuffix(".expect.yaml")
        page = exercise / "wrong" / f"{name}.html"
        if not page.is_file():
            page = exercise / "wrong" / name / "index.html"
        match = re.search(r"^fails:\s*\[([^\]]*)\]", expect.read_text(encoding="utf-8"), re.M)
        fails = {f.strip() for f in match.group(1).split(",") if f.strip()} if match else set()
        found.append((f"wrong/{name}", page, fails))
    return found


def judge(browser: Chromium, page: Path, checks: dict[str, str]) -> dict[str, bool]:
    verdicts: dict[str, bool] = {}
    by_size: dict[tuple[int, int], dict[str, str]] = {}
    for key, expression in checks.items():
        check, _, screen = key.partition("@")
        size = tuple(int(n) for n in screen.split("x")) if screen else (WIDTH, HEIGHT)
        by_size.setdefault(size, {})[check] = expression
    for size, group in by_size.items():
        browser.resize(*size)
        browser.open(page.resolve().as_uri())
        body = ",".join(f"{json.dumps(c)}: (() => {{ try {{ return !!({e}); }} catch (err) {{ return 'error: ' + err; }} }})()"
                        for c, e in group.items())
        result = browser.evaluate(f"(() => {{ {HELPERS}; return {{ {body} }}; }})()")
        for check, verdict in result.items():
            if not isinstance(verdict, bool):
                raise RuntimeError(f"{page}: {check}: {verdict}")
            verdicts[check] = verdict
    browser.resize(WIDTH, HEIGHT)
    return verdicts


def record(folder: Path) -> int:
    """Judge every page under folder/<exercise>/ (NAME.html or NAME/index.html) and write
    folder/chromium-verdicts.json: {"<exercise>/<name>": {"<check>": true|false}}."""
    browser = Chromium("chromium", extra_flags=["--allow-file-access-from-files"])
    verdicts: dict[str, dict[str, bool]] = {}
    try:
        for exercise_id, checks in CHECKS.items():
            root = folder / exercise_id
            if not root.is_dir():
                continue
            for entry in sorted(root.iterdir()):
                page = entry / "index.html" if entry.is_dir() else entry
                if not page.is_file() or page.suffix != ".html":
                    continue
                name = entry.name.removesuffix(".html")
                verdicts[f"{exercise_id}/{name}"] = judge(browser, page, checks)
                print(f"{exercise_id}/{name}: fails {sorted(c for c, ok in verdicts[f'{exercise_id}/{name}'].items() if not ok)}")
    finally:
        browser.close()
    out = folder / "chromium-verdicts.json"
    out.write_text(json.dumps({"browser": browser.product, "pages": verdicts}, indent=1, sort_keys=True) + "\n",
                   encoding="utf-8")
    print(f"{len(verdicts)} pages judged in {browser.product}; wrote {out}", file=sys.stderr)
    return 0


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--record":
        return record(Path(sys.argv[2]))
    browser = Chromium("chromium", extra_flags=["--allow-file-access-from-files"])
    problems = 0
    judged = 0
    try:
        for exercise_id, checks in CHECKS.items():
            exercise = ROOT / "graders" / "css" / exercise_id
            for label, page, expected_fails in samples(exercise):
                verdicts = judge(browser, page, checks)
                judged += 1
                failed = {c for c, ok in verdicts.items() if not ok}
                expected = expected_fails or set()
                status = "ok" if failed == expected else "DISAGREES"
                if failed != expected:
                    problems += 1
                print(f"{status:9} css/{exercise_id} {label}: Chromium fails {sorted(failed)}; "
                      f"grader files say {sorted(expected)}")
    finally:
        browser.close()
    print(f"{judged} pages judged in {browser.product}; {problems} disagreements", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
