#!/usr/bin/env python3
"""Record what Chromium's querySelectorAll selects, for kru's selector agreement test.

For every (page, selector) case below, headless Chromium loads the page (in no-quirks mode when it
starts with <!DOCTYPE html>, else in quirks mode; the mode is recorded) in a same-origin `srcdoc` iframe and runs `querySelectorAll`. The result
(each selected element's id, or `<tag>` when it has none, in document order; or INVALID when Chromium
rejects the selector) is written to Tests/KruSelectorsTests/Fixtures/chromium-selectors.json, which
`swift test` compares kru against. The pages are Tests/KruSelectorsTests/Fixtures/pages/*.html.

Re-record (from the repository root, a few seconds):

    python3 scripts/chromium/record_selectors.py
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

FIXTURES = ROOT / "Tests" / "KruSelectorsTests" / "Fixtures"
OUTPUT = FIXTURES / "chromium-selectors.json"
# The pages are fixture files (read by kru's test too), without a final newline.
PAGES = {path.stem: path.read_text(encoding="utf-8") for path in sorted((FIXTURES / "pages").glob("*.html"))}

CASES = {
    "structure": [
        "*", "p", "P", "BODY > P", "div p", "div > p", "body > *", "p + p", "p ~ div", "h1 ~ p", "div ~ *",
        ".intro", ".Intro", ".note", ".Note", ".note.Note", "#p2", "#P2", "p#p1.lead", "em + strong",
        ":root", "html:first-child", "html:last-child", "html:only-child", "html:first-of-type",
        "html:nth-child(1)", "body:first-child", "head:first-child", "body:last-child",
        ":empty", "div:empty", "img:empty", "title:empty",
        "li:first-child", "li:last-child", "li:only-child", "span:only-child", "span:only-of-type",
        "li:nth-child(odd)", "li:nth-child(even)", "li:nth-child(2n+1)", "li:nth-child( 2n + 1 )",
        "li:nth-child(-n+3)", "li:nth-child(n+5)", "li:nth-child(3n-1)", "li:nth-child(0n+2)", "li:nth-child(0)",
        "li:nth-child(-2n+5)", "li:nth-child(+n+6)", "li:nth-child(- n+3)", "li:nth-child(2n- 1)",
        "li:nth-child(2n -1)", "li:nth-child(2n - 1)", "li:nth-child(+ 2n)", "li:nth-child(2n+ +1)",
        "li:nth-child(n-1)", "li:nth-child(-n-1)", "li:nth-child(N)", "li:nth-child(-N+2)",
        "li:nth-last-child(2)", "li:nth-last-child(-n+2)", "li:nth-child(2 of .x)",
        "li:nth-child(odd of .x)", "li:nth-last-child(1 of .x)", "li:nth-child(1 of .x, #l1)",
        "li:nth-child(2 of :not(.x))", "li:nth-child(2of .x)", "li:nth-child(1.0)", "li:nth-child(1e1)",
        "p:nth-of-type(2)", "p:nth-last-of-type(1)", "div > p:first-of-type", "div > :last-of-type",
        "p:not(.intro)", "p:not(.intro, .note)", ":not(p):not(div):not(li)", "p:not(div p)",
        "p:is(.intro, .note)", "p:where(.intro, #p2)", ":is(div, ul) > :is(p, li):first-child",
        ":is(p, ::before)", ":is()", ":where(,p)", ":is(p, 1bad)", ":not(p, ::before)",
        "p::before", "p:before", "p::first-line", "p::marker", "p::selection", "input::placeholder",
        "p::before:hover", "p::before.x", "p::before span", "::after", "p:hover", ":focus", "a:visited",
        ":focus-within", ":focus-visible", ":target", ":active", "p:hovr", "p::befor",
        "body > div#d1 > div > p", "html body div div p", "#d1 p ~ p", "#d1 > p + span + p",
        "ul li:nth-child(2) ~ li.x", "*|p", "p,", ",p", "p,,a", "> p", "p >", "#1a", "p.",
        "[id]", "[ id = 'p2' ]", "h1, p, #h1", "div:not(:empty)", "p:not(:has(em))",
        "div#d1 :nth-child(2)", "ul > :nth-child(3n)", "li:nth-child(3n):nth-last-child(2)",
        "p:nth-child(2):is(p)", "a)", "p!", "p:", "p:not()", "p:has()",
    ],
    "attributes": [
        "[href]", "[HREF]", "a[href='']", "[title='']", "[title]", "[href^=https]", "[href^=HTTPS]",
        "[href^=https i]", "[href$='.html']", "[href$='.html' i]", "[href*=example]", "[href*=Example]",
        "[lang|=en]", "[lang|=EN]", "[lang=en]", "[lang=EN s]", "[hreflang=km]", "[rel=next]",
        "[rel~=next]", "[target=_blank]", "[title='home page']", "[title='home page' i]",
        "[data-x~=b]", "[data-x~='a b']", "[data-x~='']", "[data-x*='']", "[data-x^='']", "[data-x$='']",
        "[data-x|='']", "[title|='']",
        "input[type=email]", "input[type=EMAIL]", "input[type=email s]", "input[type=text]", "[name=email]",
        "[name=email i]", "[value=hello]", "[dir=rtl]", "[checked]", "[data-state=open]",
        "[data-state=open i]", "[align=center]", "[accept='image/*']", ".alpha", ".Alpha", "[class~=alpha]",
        "[class~=alpha i]", "[class=alpha]", "[class='Alpha beta']", "[CLASS=alpha]", "[*|title]",
        "[|title]", "[title=\"Home Page\"]", "[title=Home\\ Page]", "[title=\"Home\\20Page\"]",
        "[id=a\\31]", "#a\\31", "[a=]", "[=a]", "[a b]", "[a='x' j]", "[a=b c]", "[a==b]", "[a|b]",
    ],
    "forms": [
        ":checked", "input:checked", "option:checked", ":disabled", ":enabled", ":required", ":optional",
        ":link", ":any-link", "a:link", ":read-only", "input:not(:disabled)", "fieldset:disabled",
        "legend:disabled", "form:enabled", "output:enabled", "output:disabled", "select:required",
        "option:disabled", "optgroup:enabled", ":not(:enabled):not(:disabled)", "button:enabled",
    ],
    "has": [
        "div:has(img)", "div:has(> img)", "div:has( >img)", "h2:has(+ p)", "h2:has(+ span)", "h2:has(~ span)",
        "img:has(+ p)", "div:has(p img)", "div:has(> p > img)", "div:has(> p + span)", "section:has(div em)",
        "section:has(> em)", ":has(> #e1)", "div:has(img, span)", "div:not(:has(p))", "section:has(div)",
        "section:has(section div)", "h2:has(+ section .hit)", "h2:has(~ * p)", ":has(~ section > .hit)",
        "article:has(.hit)", "article:has(> h2:first-child + section .hit)", "body :has(+ section)",
        ":has(:is(p:has(img)))", "div:has(p:has(img))", "div:has(:not(p:has(img)))", "div:has(::before)",
        "div:has(> img, + div)", ":is(:has(img)) > p", "div:has(*)", ":has(*)",
    ],
    "states": [
        ":placeholder-shown", ":read-write", ":read-only", "input:read-only", ":default", ":indeterminate",
        ":defined", ":not(:defined)", ":scope", ":open", ":lang(en)", ":lang(km)", ":lang(KM-kh)", ':lang("fr")',
        ":lang(en, fr)", ":lang(*)", ":lang(k)", ":lang()", ":lang(1)", ":dir(rtl)", ":dir(ltr)", ":dir(RTL)",
        ":dir(up)", ":dir()", ":autofill", ":modal", ":popover-open", ":user-invalid", ":fullscreen",
        "::-webkit-scrollbar", "::-webkit-scrollbar-thumb:hover", "::placeholder:hover", "::selection:hover",
        "::backdrop", "::file-selector-button", "::-webkit-input-placeholder", "::-webkit-scrollbar:vertical",
        "p::after:hover", "::marker:hover", "::first-letter:hover", "::cue",
        "::-webkit-scrollbar-button:start:decrement", "::-webkit-scrollbar-thumb:first-child",
        "::-webkit-scrollbar-thumb::before", "::selection:window-inactive", "::-webkit-input-placeholder:hover",
        ":horizontal", ":window-inactive", "::-moz-selection",
    ],
    "quirks": [
        ".card", ".CARD", "#main", "#MAIN .note", ".note", "[class~=note]", "[id=main]", "[title=hi]", "P.Note",
    ],
    "validity": [
        ":valid", ":invalid", "form:valid", "form:invalid", "fieldset:valid", "fieldset:invalid", ":in-range",
        ":out-of-range", "input:not(:valid):not(:invalid)", "select:invalid", "button:valid", "output:valid",
    ],
    "types": [
        "p:first-of-type", "p:last-of-type", "div > :only-of-type", "p:nth-of-type(2)", "p:nth-last-of-type(2)",
        "div > :nth-of-type(1)", "p:nth-of-type(odd)", "span:nth-last-of-type(1)", "td:only-of-type",
        "table > tbody > tr", "tr > th:first-child", "tr:nth-child(2) > td:last-child", "*:only-child",
        ":nth-child(2 of .x, span)", "p:nth-child(2 of .x)", "p:nth-last-child(2 of .x)",
    ],
}

HARNESS = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body>
{frames}
<pre id="__out"></pre>
<script>
window.addEventListener('load', () => {{
  const cases = {cases};
  const out = {{}};
  for (const [page, selectors] of Object.entries(cases)) {{
    const doc = document.getElementById('frame-' + page).contentDocument;
    out[page] = {{ mode: doc.compatMode, results: {{}} }};
    for (const selector of selectors) {{
      let result;
      try {{
        result = Array.from(doc.querySelectorAll(selector), e => e.id || ('<' + e.localName + '>'));
      }} catch (error) {{
        result = 'INVALID';
      }}
      out[page].results[selector] = result;
    }}
  }}
  document.getElementById('__out').textContent = JSON.stringify(out);
}});
</script>
</body></html>
"""


TOP_LEVEL_SCRIPT = """<script>
document.currentScript.remove();
const selectors = {selectors};
const results = {{}};
for (const selector of selectors) {{
  try {{
    results[selector] = Array.from(document.querySelectorAll(selector), e => e.id || ('<' + e.localName + '>'));
  }} catch (error) {{
    results[selector] = 'INVALID';
  }}
}}
document.documentElement.appendChild(document.createComment(
  'RESULTS' + JSON.stringify({{ mode: document.compatMode, results }}).replaceAll('--', '\\u002d\\u002d')));
</script>"""


def dump_dom(page_text: str) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.html"
        path.write_text(page_text, encoding="utf-8")
        return subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=5000",
             "--dump-dom", path.as_uri()],
            capture_output=True, text=True, check=True, timeout=120,
        ).stdout


def record() -> dict:
    framed = {name: page for name, page in PAGES.items() if page.lower().startswith("<!doctype")}
    frames = "\n".join(
        f'<iframe id="frame-{name}" srcdoc="{html.escape(page, quote=True)}"></iframe>' for name, page in framed.items()
    )
    dom = dump_dom(HARNESS.format(frames=frames, cases=json.dumps({name: CASES[name] for name in framed})))
    match = re.search(r'<pre id="__out">(.*?)</pre>', dom, re.S)
    if not match or not match.group(1):
        sys.exit("Chromium produced no results:\n" + dom[-2000:])
    results = json.loads(html.unescape(match.group(1)))
    for name, page in PAGES.items():
        if name in framed:
            continue
        script = TOP_LEVEL_SCRIPT.format(selectors=json.dumps(CASES[name]))
        end = page.rindex("</body>")
        dom = dump_dom(page[:end] + script + page[end:])
        match = re.search(r"<!--RESULTS(.*?)-->", dom, re.S)
        if not match:
            sys.exit(f"Chromium produced no results for {name}:\n" + dom[-2000:])
        results[name] = json.loads(match.group(1))
    return results


def main() -> None:
    results = record()
    version = subprocess.run(["chromium", "--version"], capture_output=True, text=True).stdout.strip()
    output = {"chromium": version, "pages": {}}
    for name, selectors in CASES.items():
        cases = []
        for selector in selectors:
            result = results[name]["results"][selector]
            cases.append({"selector": selector, "selected": None if result == "INVALID" else result})
        output["pages"][name] = {"quirksMode": results[name]["mode"] == "BackCompat", "cases": cases}
    OUTPUT.write_text(json.dumps(output, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({sum(len(s) for s in CASES.values())} cases)")


if __name__ == "__main__":
    main()
