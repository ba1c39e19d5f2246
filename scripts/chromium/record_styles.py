#!/usr/bin/env python3
"""Record what Chromium computes for kru's browser-agreement corpus.

The corpus lives in Tests/KruCSSTests/Fixtures/browser/. A page is either a
single file `NAME.html` or a folder `NAME/` holding `index.html` (plus the
stylesheets it links or imports). For each page this script writes
`NAME.chromium.json` next to it (and `NAME.chromium-WxH.json` for the few
pages of EXTRA_VIEWPORTS that are also recorded on a phone-sized screen): for every recorded element, the value
`getComputedStyle(element).getPropertyValue(p)` reports for each property p
of PROPERTIES, and, where it serialises differently, what
`element.computedStyleMap().get(p).toString()` reports (the typed-OM
computed value, which is never a layout-resolved "used" value).

Recorded elements:
- pages that mark elements with a `data-k="KEY"` attribute: exactly those,
  keyed by KEY (each KEY unique in its page);
- other pages (copies of exercise pages, which must not be edited): every
  element except <head> and what it holds, keyed `TAG:N` = the N-th (from 0)
  element with tag name TAG in document order.

The browser: Debian's headless `chromium`, driven through the DevTools
protocol over `--remote-debugging-pipe` (standard library only, no packages),
with the viewport emulated at exactly 1024 x 768 CSS px, device scale 1,
media type `screen`, scrollbars hidden. Pages are opened from file:// URLs.

Re-recording (run from the repository root; takes about a minute):

    python3 scripts/chromium/record_styles.py   # re-record every page
    python3 scripts/chromium/record_styles.py Tests/KruCSSTests/Fixtures/browser/010-cascade-order.html

The script is idempotent: a JSON file is only rewritten when its content
changes, and its content depends only on the page and the Chromium version
(recorded in the file). Review `git diff` after a Chromium upgrade.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "Tests" / "KruCSSTests" / "Fixtures" / "browser"

WIDTH, HEIGHT = 1024, 768

# Pages also recorded on other screens (NAME.chromium-WxH.json): exercises
# whose rubric asks what a phone shows.
EXTRA_VIEWPORTS = {"ex-12-responsive-": [(400, 800)]}

# Issue 3 item 3: the properties kru computes like a browser.
PROPERTIES = [
    "color", "background-color", "background-image",
    "font-family", "font-size", "font-weight", "font-style", "line-height",
    "text-align", "text-decoration-line", "text-transform",
    "display", "visibility", "opacity",
    "width", "height", "min-width", "max-width", "min-height", "max-height",
    "margin-top", "margin-right", "margin-bottom", "margin-left",
    "padding-top", "padding-right", "padding-bottom", "padding-left",
    "border-top-width", "border-right-width", "border-bottom-width", "border-left-width",
    "border-top-style", "border-right-style", "border-bottom-style", "border-left-style",
    "border-top-color", "border-right-color", "border-bottom-color", "border-left-color",
    "border-top-left-radius", "border-top-right-radius",
    "border-bottom-right-radius", "border-bottom-left-radius",
    "box-sizing", "position", "top", "right", "bottom", "left", "z-index", "float",
    "flex-direction", "flex-wrap", "justify-content", "align-items", "align-content",
    "flex-grow", "flex-shrink", "flex-basis", "row-gap", "column-gap",
    "grid-template-columns", "list-style-type", "cursor", "overflow",
]

# Properties whose getComputedStyle value is a "resolved value" that can be the
# used value from layout (CSSOM: width, height, margins, paddings, insets,
# grid-template-columns). For these the typed-OM computed value is recorded
# too when it differs; kru, which does no layout, is compared against that.
LAYOUT_RESOLVED = [
    "width", "height",
    "margin-top", "margin-right", "margin-bottom", "margin-left",
    "padding-top", "padding-right", "padding-bottom", "padding-left",
    "top", "right", "bottom", "left", "grid-template-columns",
]

COLLECT_JS = r"""
((properties, layoutResolved) => {
  // url("file:///…/corpus/page/img/x.png") -> url("img/x.png"): relative to the page's folder.
  const base = new URL('.', document.baseURI).href;
  const portable = (v) => v.split(base).join('');
  const skip = new Set(['head', 'meta', 'title', 'link', 'style', 'script', 'base', 'template']);
  let targets = [...document.querySelectorAll('[data-k]')].map(e => [e.getAttribute('data-k'), e]);
  if (targets.length === 0) {
    const counts = {};
    for (const e of document.getElementsByTagName('*')) {
      const tag = e.localName;
      const n = counts[tag] ?? 0;
      counts[tag] = n + 1;
      if (!skip.has(tag) && !e.closest('head')) targets.push([tag + ':' + n, e]);
    }
  }
  const seen = new Set();
  return targets.map(([key, e]) => {
    if (seen.has(key)) throw new Error('duplicate data-k ' + key);
    seen.add(key);
    const cs = getComputedStyle(e);
    const map = e.computedStyleMap();
    const computed = {}, typedOM = {};
    for (const p of properties) {
      computed[p] = portable(cs.getPropertyValue(p));
      if (!layoutResolved.includes(p)) continue;
      let typed = null;
      try { const v = map.get(p); typed = v === null || v === undefined ? null : v.toString(); } catch (err) { typed = null; }
      if (typed !== null) typed = portable(typed);
      if (typed !== null && typed !== computed[p]) typedOM[p] = typed;
    }
    const entry = { key, tag: e.localName, computed };
    if (Object.keys(typedOM).length) entry.typedOM = typedOM;
    return entry;
  });
})
"""


class Chromium:
    """A headless Chromium spoken to over --remote-debugging-pipe (fd 3 in, fd 4 out)."""

    def __init__(self, binary: str, extra_flags: list[str] | None = None):
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        self._profile = tempfile.mkdtemp(prefix="kru-chromium-")

        def wire_pipes():  # runs in the child before exec
            a, b = os.dup(to_chrome_r), os.dup(from_chrome_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self._proc = subprocess.Popen(
            [binary, "--headless", "--remote-debugging-pipe", "--no-sandbox", "--hide-scrollbars",
             "--no-first-run", "--disable-gpu", f"--user-data-dir={self._profile}",
             f"--window-size={WIDTH},{HEIGHT}", *(extra_flags or []), "about:blank"],
            preexec_fn=wire_pipes, close_fds=False,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._buffer = b""
        self._last_id = 0
        self._events: list[dict] = []
        self.product = self.call("Browser.getVersion")["product"]
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.resize(WIDTH, HEIGHT)
        self.call("Emulation.setEmulatedMedia", {"media": "screen"}, page=True)
        self.call("Page.enable", page=True)

    def resize(self, width: int, height: int) -> None:
        # The screen is the size of the viewport (kru's reading, and a phone's): without
        # screenWidth/screenHeight headless Chromium keeps an 800 x 600 screen, so
        # `device-width` queries would not follow the viewport.
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False,
                   "screenWidth": width, "screenHeight": height}, page=True)

    def _read(self) -> dict:
        while b"\0" not in self._buffer:
            chunk = os.read(self._from_chrome, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, params: dict | None = None, page: bool = False) -> dict:
        self._last_id += 1
        message = {"id": self._last_id, "method": method, "params": params or {}}
        if page:
            message["sessionId"] = self._session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._last_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self._events.append(reply)

    def open(self, url: str) -> None:
        self._events.clear()
        self.call("Page.navigate", {"url": url}, page=True)
        while not any(e.get("method") == "Page.loadEventFired" for e in self._events):
            self._events.append(self._read())
        self._events.clear()

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                 "awaitPromise": True}, page=True)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"].get("exception", {}).get("description", "script failed"))
        return result["result"]["value"]

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except RuntimeError:
            pass
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
        shutil.rmtree(self._profile, ignore_errors=True)


def pages(corpus: Path) -> list[Path]:
    """Every page of the corpus: NAME.html files and NAME/ folders with an index.html."""
    found = [p for p in corpus.glob("*.html")]
    found += [p for p in corpus.iterdir() if p.is_dir() and (p / "index.html").is_file()]
    return sorted(found)


def exercise_pages() -> list[tuple[str, Path]]:
    """The CSS exercises' reference solutions and known-wrong samples, read in place from
    graders/css: (ex-EXERCISE-solution | ex-EXERCISE-wrong-NAME, the .html file or folder).
    Their recordings live in the corpus as ex-*.chromium.json; the Swift test maps the names
    back to graders/css the same way."""
    found: list[tuple[str, Path]] = []
    graders = ROOT / "graders" / "css"
    for exercise in sorted(p for p in graders.iterdir() if p.is_dir()) if graders.is_dir() else []:
        prefix = "ex-" + exercise.name
        for solution in (exercise / "solution.html", exercise / "solution"):
            if solution.is_file() or (solution / "index.html").is_file():
                found.append((f"{prefix}-solution", solution))
        wrong = exercise / "wrong"
        for sample in sorted(wrong.iterdir()) if wrong.is_dir() else []:
            if sample.suffix == ".html" or (sample.is_dir() and (sample / "index.html").is_file()):
                found.append((f"{prefix}-wrong-{sample.name.removesuffix('.html')}", sample))
    return found


def record(browser: Chromium, page: Path, label: str, size: tuple[int, int] = (WIDTH, HEIGHT)) -> dict:
    """Records a page (an .html file or a folder with index.html); label is its name in the corpus."""
    html = page / "index.html" if page.is_dir() else page
    browser.resize(*size)
    browser.open(html.resolve().as_uri())
    actual = (browser.evaluate("innerWidth"), browser.evaluate("innerHeight"))
    if actual != size:
        raise RuntimeError(f"{page.name}: viewport is {actual}, not {size}")
    elements = browser.evaluate(f"({COLLECT_JS})({json.dumps(PROPERTIES)}, {json.dumps(LAYOUT_RESOLVED)})")
    if not elements:
        raise RuntimeError("no element recorded")
    return {
        "page": label + ("/index.html" if page.is_dir() else ".html"),
        "browser": browser.product,
        "viewport": {"width": size[0], "height": size[1], "media": "screen"},
        "elements": elements,
    }


def serialise(data: dict) -> str:
    """JSON with one line per recorded element (reviewable diffs, small files)."""
    head = {k: v for k, v in data.items() if k != "elements"}
    lines = [json.dumps(e, ensure_ascii=False) for e in data["elements"]]
    text = json.dumps(head, ensure_ascii=False, indent=1)[:-2]
    return text + ',\n "elements": [\n  ' + ',\n  '.join(lines) + '\n ]\n}\n'


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", type=Path, help="pages to record (default: the whole corpus)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    targets = [(p.parent if p.name == "index.html" else p).resolve() for p in args.pages]
    if targets:
        named = [(p.name.removesuffix(".html"), p) for p in targets]
    else:
        named = [(p.name.removesuffix(".html"), p) for p in pages(corpus)] + exercise_pages()
    browser = Chromium(args.chromium)
    changed = 0
    try:
        for name, page in named:
            sizes = [(WIDTH, HEIGHT)]
            for prefix, extra in EXTRA_VIEWPORTS.items():
                if name.startswith(prefix):
                    sizes += extra
            for size in sizes:
                suffix = "" if size == (WIDTH, HEIGHT) else f"-{size[0]}x{size[1]}"
                out = corpus / f"{name}.chromium{suffix}.json"
                text = serialise(record(browser, page, name, size))
                if not out.exists() or out.read_text(encoding="utf-8") != text:
                    out.write_text(text, encoding="utf-8")
                    changed += 1
    finally:
        browser.close()
    print(f"recorded {len(named)} pages with {browser.product}; {changed} files changed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
