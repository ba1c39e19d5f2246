#!/usr/bin/env python3
"""Record the DOM tree Chromium builds for each tree fixture.

For every Tests/KruHTMLTests/Fixtures/trees/NAME.html this writes
NAME.chromium.txt: Chromium's DOM as an outline in the format of
HTMLDocument.outline() (one node per line, two spaces of indent per level,
<tag>, attributes as name="value" sorted by name one level deeper, "text",
<!-- comment -->, <!DOCTYPE name>; line breaks and tabs in text written
as \\n and \\t; a processing instruction, which kru does not make, as
<?target data>). The Swift tests compare kru's tree with these files, so
Chromium is needed only to re-record, never to run the tests.

How: one harness page writes each fixture (UTF-8) into a fresh iframe with
document.open()/write()/close(), which runs Chromium's HTML parser as for a
page load (scripting on, quirks mode when there is no doctype), then prints
the outlines; `chromium --headless --dump-dom` returns them. Fixtures must
not contain scripts that change the DOM, nor a stylesheet <link> inside
<body> (it pauses Chromium's parser; the script reports such pages).

Pages in Fixtures/encodings are about bytes, not tree building: each is
loaded from its file into an iframe (Chromium decodes the bytes itself:
byte-order marks, <meta charset>, invalid UTF-8, NUL bytes), and its
NAME.chromium.txt starts with a line "# charset NAME" (document.characterSet).

Usage: scripts/chromium/record_trees.py [--check] [fixture-name ...]
  --check   compare with the recorded files instead of writing them
"""
import base64
import html
import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "KruHTMLTests" / "Fixtures" / "trees"
ENCODINGS = ROOT / "Tests" / "KruHTMLTests" / "Fixtures" / "encodings"

HARNESS = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><pre id="out">pending</pre>
<script>
const pages = %s;
function esc(s) { return s.replace(/\\n/g, "\\\\n").replace(/\\t/g, "\\\\t"); }
function outline(doc) {
  const lines = [];
  function walk(parent, depth) {
    for (const node of parent.childNodes) {
      const indent = "  ".repeat(depth);
      if (node.nodeType === 1) {
        lines.push(indent + "<" + node.localName.toLowerCase() + ">");
        const attrs = [...node.attributes].map(a => [a.name.toLowerCase(), a.value]);
        attrs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
        for (const [k, v] of attrs) lines.push(indent + "  " + k + '="' + esc(v) + '"');
        walk(node.localName === "template" && node.content ? node.content : node, depth + 1);
      } else if (node.nodeType === 3) {
        lines.push(indent + '"' + esc(node.data) + '"');
      } else if (node.nodeType === 7) {
        lines.push(indent + "<?" + node.target + " " + esc(node.data) + ">");
      } else if (node.nodeType === 8) {
        lines.push(indent + "<!-- " + esc(node.data) + " -->");
      } else if (node.nodeType === 10) {
        lines.push(indent + "<!DOCTYPE " + node.name + ">");
      }
    }
  }
  walk(doc, 0);
  return lines.join("\\n");
}
function decode(b64) {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}
const loaded = %s;
function finish(results) {
  const json = new TextEncoder().encode(JSON.stringify(results));
  let bin = "";
  for (const b of json) bin += String.fromCharCode(b);
  document.getElementById("out").textContent = "RESULT:" + btoa(bin) + ":END";
}
// Loads each file of Fixtures/encodings (by its file: URL) in turn.
function runLoaded(names, results) {
  const name = names.shift();
  if (name === undefined) return finish(results);
  const frame = document.createElement("iframe");
  frame.onload = () => {
    const doc = frame.contentDocument;
    results[name] = "# charset " + doc.characterSet + "\\n" + outline(doc);
    frame.remove();
    runLoaded(names, results);
  };
  frame.src = loaded[name];
  document.body.appendChild(frame);
}
function run() {
  if (Object.keys(loaded).length) return runLoaded(Object.keys(loaded), {});
  const results = {};
  const decoder = new TextDecoder("utf-8");
  for (const [name, b64] of Object.entries(pages)) {
    const frame = document.createElement("iframe");
    document.body.appendChild(frame);
    const doc = frame.contentDocument;
    doc.open();
    doc.write(decoder.decode(decode(b64)));
    doc.close();
    // A stylesheet <link> in <body> pauses Chromium's parser: such a page cannot be recorded this way.
    results[name] = doc.readyState === "complete" ? outline(doc) : "ERROR: Chromium's parser did not finish";
    frame.remove();
  }
  finish(results);
}
run();
</script></body></html>
"""


def record(names, loaded_folder=None):
    pages = {}
    loaded = {}
    for path in sorted((loaded_folder or FIXTURES).glob("*.html")):
        if names and path.stem not in names:
            continue
        if loaded_folder:
            loaded[path.stem] = path.as_uri()
        else:
            pages[path.stem] = base64.b64encode(path.read_bytes()).decode("ascii")
    with tempfile.TemporaryDirectory() as folder:
        harness = pathlib.Path(folder) / "harness.html"
        harness.write_text(HARNESS % (json.dumps(pages), json.dumps(loaded)), encoding="utf-8")
        output = subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=60000",
             "--allow-file-access-from-files", "--dump-dom", harness.as_uri()],
            capture_output=True, text=True, timeout=300, check=True).stdout
    marker = '<pre id="out">RESULT:'
    if marker not in output:
        raise SystemExit("Chromium did not finish the harness page (try again, or fewer fixtures)")
    start = output.index(marker) + len(marker)
    end = output.index(":END", start)
    return json.loads(base64.b64decode(html.unescape(output[start:end])).decode("utf-8"))


def main():
    args = sys.argv[1:]
    check = "--check" in args
    names = [a for a in args if a != "--check"]
    results = {(FIXTURES, name): tree for name, tree in record(names).items()}
    results.update({(ENCODINGS, name): tree for name, tree in record(names, ENCODINGS).items()})
    differ = 0
    for (folder, name), tree in sorted(results.items()):
        target = folder / (name + ".chromium.txt")
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != tree + "\n":
                print("differs:", name)
                differ += 1
        elif tree.startswith("ERROR:"):
            print(name + ":", tree)
            differ += 1
        else:
            target.write_text(tree + "\n", encoding="utf-8")
    print(("checked" if check else "recorded"), len(results), "fixtures")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
