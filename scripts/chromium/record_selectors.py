#!/usr/bin/env python3
"""Record what Chromium's querySelectorAll selects, for kru's selector agreement test.

For every (page, selector) case below, headless Chromium loads the page (in no-quirks mode when it
starts with <!DOCTYPE html>, else in quirks mode; the mode is recorded) in a same-origin `srcdoc` iframe and runs `querySelectorAll`. The result
(each selected element's id, or `<tag>` when it has none, in document order; or INVALID when Chromium
rejects the selector) is written to Tests/KruSelectorsTests/ChromiumRecordedCases.swift, which
`swift test` compares kru against.

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
OUTPUT = ROOT / "Tests" / "KruSelectorsTests" / "ChromiumRecordedCases.swift"

PAGES = {
    "structure": """<!DOCTYPE html>
<html id="root" lang="en">
<head><title id="t">Structure</title></head>
<body id="b">
  <h1 id="h1">Title</h1>
  <p id="p1" class="intro lead">One <em id="em1">two</em> <strong id="st1">three</strong></p>
  <p id="p2">Two</p>
  <div id="d1" class="box">
    <p id="p3" class="note">Three</p>
    <span id="s1"></span>
    <p id="p4" class="note Note">Four</p>
    <div id="d2"><p id="p5">Five</p></div>
  </div>
  <ul id="u1">
    <li id="l1">1</li><li id="l2" class="x">2</li><li id="l3">3</li><li id="l4" class="x">4</li>
    <li id="l5">5</li><li id="l6" class="x">6</li><li id="l7">7</li>
  </ul>
  <div id="e1"></div>
  <div id="e2"><!-- comment --></div>
  <div id="e3"> </div>
  <img id="i1" src="a.png" alt="A">
</body>
</html>""",
    "attributes": """<!DOCTYPE html>
<html lang="en">
<head><title>Attributes</title></head>
<body>
  <a id="a1" href="https://Example.com/x.html" lang="en-US" rel="Next" target="_Blank" title="Home Page">1</a>
  <a id="a2" href="page.HTML" lang="EN" hreflang="KM" data-x="a b  c">2</a>
  <a id="a3" href="" title="">3</a>
  <a id="a4" name="top">4</a>
  <input id="i1" type="EMAIL" name="Email">
  <input id="i2" type="checkbox" checked>
  <input id="i3" type="Text" dir="RTL" value="Hello">
  <div id="d1" class="Alpha beta" data-state="Open" align="CENTER" accept="IMAGE/*"></div>
  <div id="d2" class="alpha" data-state="open" id2="x"></div>
</body>
</html>""",
    "forms": """<!DOCTYPE html>
<html lang="en">
<head><title>Forms</title></head>
<body>
<form id="f">
  <input id="t1" required><input id="t2" disabled><input id="t3" type="submit" required>
  <input id="t4" type="hidden" required><input id="t5" type="range" required><input id="t6" type="checkbox" required>
  <input id="c1" type="checkbox" checked><input id="c2" type="checkbox">
  <input id="r1" type="radio" name="g" checked><input id="r2" type="radio" name="g" checked>
  <input id="r3" type="radio" name="other" checked><input id="r4" type="radio" checked><input id="r5" type="radio" checked>
  <button id="b1">Go</button><button id="b2" disabled>No</button>
  <textarea id="ta1" required></textarea>
  <select id="s1"><option id="o1">a</option><option id="o2" selected>b</option></select>
  <select id="s2"><option id="o3" disabled>a</option><optgroup id="og1"><option id="o4">b</option></optgroup></select>
  <select id="s3" multiple><option id="o5" selected>a</option><option id="o6" selected>b</option><option id="o7">c</option></select>
  <select id="s4" size="3"><option id="o8">a</option></select>
  <select id="s5"><option id="o9" selected>a</option><option id="o10" selected>b</option></select>
  <select id="s6" disabled required><optgroup id="og2" disabled><option id="o11">a</option></optgroup></select>
  <fieldset id="fs1" disabled>
    <legend id="lg1"><input id="in1"></legend>
    <input id="in2"><button id="b3">x</button>
    <legend id="lg2"><input id="in3"></legend>
    <fieldset id="fs2"><input id="in4"></fieldset>
  </fieldset>
  <output id="out1">o</output>
  <a id="a1" href="x">link</a><a id="a2">no link</a>
  <area id="ar1" href="y"><link id="lk1" rel="stylesheet" href="s.css">
</form>
</body>
</html>""",
    "has": """<!DOCTYPE html>
<html lang="en">
<head><title>Has</title></head>
<body>
  <div id="d1"><p id="p1"><img id="i1" alt=""></p></div>
  <div id="d2"><img id="i2" alt=""><p id="p2">x</p></div>
  <div id="d3"><h2 id="h1">t</h2><p id="p3">a</p><span id="s1">b</span></div>
  <section id="sec1"><div id="d4"><em id="e1">x</em></div></section>
  <article id="ar1"><h2 id="h2">a</h2><section id="sec2"><p id="p4" class="hit">1</p></section></article>
  <article id="ar2"><h2 id="h3">b</h2><section id="sec3"><p id="p5">2</p></section></article>
  <article id="ar3"><section id="sec4"><p id="p6" class="hit">3</p></section><h2 id="h4">c</h2></article>
</body>
</html>""",
    "types": """<!DOCTYPE html>
<html lang="en">
<head><title>Types</title></head>
<body>
  <div id="d1">
    <h2 id="h1">a</h2><p id="p1">1</p><span id="s1">2</span><p id="p2" class="x">3</p><p id="p3">4</p>
    <span id="s2" class="x">5</span><p id="p4" class="x">6</p>
  </div>
  <div id="d2"><em id="only">x</em></div>
  <table id="tb"><tbody id="tbd"><tr id="r1"><th id="c1">a</th><th id="c2">b</th></tr><tr id="r2"><td id="c3">1</td><td id="c4">2</td></tr></tbody></table>
</body>
</html>""",
    "states": """<!DOCTYPE html>
<html lang="en-US">
<head><title>States</title></head>
<body>
<form id="f1">
  <input id="i1" placeholder="Name"><input id="i2" placeholder="Name" value="Sok"><input id="i3" placeholder="">
  <input id="i4" type="checkbox" placeholder="x"><textarea id="ta1" placeholder="Say"></textarea>
  <textarea id="ta2" placeholder="Say">hi</textarea><input id="i5" readonly><input id="i6" type="number">
  <input id="i7" type="date" readonly><textarea id="ta3" readonly></textarea><input id="i8" type="color">
  <input id="rb1" type="radio" name="a"><input id="rb2" type="radio" name="a">
  <input id="rb3" type="radio" name="b"><input id="rb4" type="radio" name="b" checked><input id="rb5" type="radio">
  <input id="cb1" type="checkbox" checked><option id="op1" selected>x</option>
  <button id="bt1" type="button">b</button><input id="sb1" type="submit"><button id="bt2">c</button>
</form>
<form id="f2"><button id="bt3" type="reset">r</button><input id="im1" type="image" alt="go"></form>
<button id="bt4">outside</button>
<progress id="pr1"></progress><progress id="pr2" value="3" max="5"></progress>
<div id="ce1" contenteditable><p id="cep">edit</p><span id="cef" contenteditable="false">no</span></div>
<div id="ce2" contenteditable="plaintext-only"></div><div id="ce3" contenteditable="bogus"></div>
<my-card id="mc1"><span id="sp1">x</span></my-card><font-face id="ff1"></font-face>
<details id="dt1" open><summary id="su1">s</summary></details><details id="dt2"></details>
<dialog id="dg1" open>d</dialog><dialog id="dg2">d</dialog>
<div id="l1" lang="km-KH"><p id="l2">a</p><p id="l3" lang="EN">b</p><p id="l4" lang="">c</p><p id="l5" lang="fr-CA">d</p></div>
<div id="r1" dir="rtl"><p id="r2">a</p><p id="r3" dir="LTR">b</p><p id="r4" dir="auto">שלום</p>
<p id="r5" dir="auto">123 hello</p><p id="r6" dir="bogus">c</p><bdi id="r7">مرحبا</bdi></div>
</body>
</html>""",
    "validity": """<!DOCTYPE html>
<html lang="en">
<head><title>Validity</title></head>
<body>
<form id="f1">
  <input id="v1"><input id="v2" required><input id="v3" required value="x"><input id="v4" required value="  ">
  <input id="v5" type="email" value="a@b.c"><input id="v6" type="email" value="nope"><input id="v7" type="email" value=" a@b.c ">
  <input id="v8" type="email" multiple value="a@b.c, d@e.f"><input id="v9" type="email" multiple value="a@b.c,,">
  <input id="v10" type="url" value="https://x.org"><input id="v11" type="url" value="x.org"><input id="v12" type="url" value="mailto:a">
  <input id="v13" pattern="[0-9]{3}" value="123"><input id="v14" pattern="[0-9]{3}" value="12a"><input id="v15" pattern="[0-9]{3}">
  <input id="v16" pattern="(" value="x"><input id="v17" type="number" min="1" max="10" value="5">
  <input id="v18" type="number" min="1" max="10" value="11"><input id="v19" type="number" min="1" value="0">
  <input id="v20" type="number" value="abc" required><input id="v21" type="number" min="1" step="2" value="4">
  <input id="v22" type="number" min="0" value="1.5"><input id="v23" type="number" step="any" min="0" value="1.5">
  <input id="v24" type="range" min="0" max="10" value="50"><input id="v25" type="date" min="2024-01-01" value="2023-12-31">
  <input id="v26" type="date" max="2024-01-01" value="2023-12-31"><input id="v27" type="time" min="09:00" value="08:30">
  <input id="v28" type="checkbox" required><input id="v29" type="checkbox" required checked>
  <input id="v30" type="radio" name="g" required><input id="v31" type="radio" name="g">
  <input id="v32" type="radio" name="h" required><input id="v33" type="radio" name="h" checked>
  <input id="v34" type="file" required><input id="v35" required disabled><input id="v36" required readonly>
  <input id="v37" type="hidden" required><input id="v38" type="submit"><button id="v39">b</button>
  <button id="v40" type="button">b</button><button id="v41" type="reset">b</button>
  <select id="v42" required><option id="o1" value="">Choose</option><option id="o2">A</option></select>
  <select id="v43" required><option id="o3" value="">Choose</option><option id="o4" selected>A</option></select>
  <select id="v44" required><option id="o5">A</option></select>
  <select id="v45" required multiple><option id="o6">A</option></select>
  <select id="v46" required size="2"><option id="o7" value="">A</option></select>
  <textarea id="v47" required></textarea><textarea id="v48" required>x</textarea>
  <output id="v49">o</output><fieldset id="fs1"><input id="v50" required></fieldset><fieldset id="fs2"><input id="v51"></fieldset>
  <input id="v52" type="tel" pattern="\\d+" value="0123"><input id="v53" type="text" value="a" minlength="3">
  <input id="v54" type="number" max="10"><input id="v55" type="color" required>
</form>
<form id="f2"><input id="v56"></form>
<datalist><input id="v57" required></datalist>
<input id="v58" required>
</body>
</html>""",
    "quirks": """<html>
<head><title>No doctype: quirks mode</title></head>
<body>
  <div id="Main" class="Card big"><p id="x" class="note">x</p></div>
  <p id="y" class="NOTE" title="Hi">y</p>
</body>
</html>""",
}

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


def swift_string(text: str) -> str:
    return "#\"\"\"\n" + text + "\n\"\"\"#"


def swift_literal(text: str) -> str:
    return "##\"" + text + "\"##"


def main() -> None:
    results = record()
    version = subprocess.run(["chromium", "--version"], capture_output=True, text=True).stdout.strip()
    lines = [
        "// Generated by scripts/chromium/record_selectors.py from " + version + ". Do not edit.",
        "",
        "/// Pages (with whether Chromium rendered them in quirks mode) and what Chromium's `querySelectorAll`",
        "/// selects in them (`nil`: Chromium rejects the selector).",
        "enum ChromiumRecordedCases {",
        "    static let pages: [String: (html: String, quirksMode: Bool)] = [",
    ]
    for name, page in PAGES.items():
        quirks = "true" if results[name]["mode"] == "BackCompat" else "false"
        lines.append(f"        {swift_literal(name)}: ({swift_string(page)}, {quirks}),")
    lines += ["    ]", "", "    static let cases: [(page: String, selector: String, expected: [String]?)] = ["]
    for name, selectors in CASES.items():
        for selector in selectors:
            result = results[name]["results"][selector]
            expected = "nil" if result == "INVALID" else "[" + ", ".join(swift_literal(r) for r in result) + "]"
            lines.append(f"        ({swift_literal(name)}, {swift_literal(selector)}, {expected}),")
    lines += ["    ]", "}", ""]
    OUTPUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)} ({sum(len(s) for s in CASES.values())} cases)")


if __name__ == "__main__":
    main()
