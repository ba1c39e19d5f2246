import Foundation
import KruCSS
import KruCore
import KruHTML
import Testing

/// Strips `‸` markers from a text and returns where they were (line, column).
private func marked(_ text: String, file: String = "index.html") -> (String, [KruCore.SourceLocation]) {
    var clean = ""
    var locations: [KruCore.SourceLocation] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        if number > 0 { clean += "\n" }
        var column = 1
        for scalar in line.unicodeScalars {
            if scalar == "‸" {
                locations.append(KruCore.SourceLocation(file: file, line: number + 1, column: column))
            } else {
                clean.unicodeScalars.append(scalar)
                column += 1
            }
        }
    }
    return (clean, locations)
}

/// The findings with `id` for a page (and extra files), sorted by place.
private func findings(_ id: String, html: String, files: [String: String] = [:]) -> [Finding] {
    let document = HTMLParser.parse(text: html, file: "index.html")
    var data = files.mapValues { Data($0.utf8) }
    data["index.html"] = Data(html.utf8)
    let all = CSSDiagnostics.findings(
        document: document, submission: SubmissionFiles(origin: "t", files: data), htmlPath: "index.html")
    return all.filter { $0.id == id }
}

private func expectAt(_ id: String, _ markedHTML: String, files: [String: String] = [:], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let (html, expected) = marked(markedHTML)
    let found = findings(id, html: html, files: files)
    #expect(found.compactMap(\.location) == expected, sourceLocation: sourceLocation)
    for finding in found {
        #expect(!finding.message.en.isEmpty && !finding.message.km.isEmpty, sourceLocation: sourceLocation)
        #expect(LocalizedText.placeholders(in: finding.message.en).isEmpty, sourceLocation: sourceLocation)
        #expect(LocalizedText.placeholders(in: finding.message.km).isEmpty, sourceLocation: sourceLocation)
    }
}

@Test func missingSemicolon() {
    expectAt("css.missing-semicolon", """
        <!DOCTYPE html><html><head><style>
        h1 { color: red‸
             background: blue; }
        p { margin: 0; padding: 1px‸ color: red }
        div { margin: 0 }
        </style></head><body><h1 style="color: red‸ font-size: 2em">x</h1><p>p</p><div>d</div></body></html>
        """)
}

@Test func ignoredAtRules() {
    expectAt("css.ignored-at-rule", """
        <!DOCTYPE html><html><head><style>
        @import url(first.css);
        h1 { color: red }
        ‸@import url(phone.css) (max-width: 600px);
        @media screen and (max-width: 600px) { h1 { color: blue } }
        @media (min-width: 800px), ‸screen and(max-width: 600px) { h1 { color: green } }
        @media (max-width: 600px) and (orientation: portrait) { h1 { color: teal } }
        @media (hover: hover) and (some-future-feature: 1) { h1 { color: navy } }
        .columns { display: flex; @media ‸only (max-width: 600px) { flex-direction: column } }
        @media ‸max-width: 600px { h1 { color: gray } }
        @media ‸(max-width: 600) { h1 { color: olive } }
        @media ‸screen and (max-width = 600px) { h1 { color: lime } }
        @media (max-width: 0), (width <= 600px), (min-resolution: 2) { h1 { color: maroon } }
        </style></head><body><h1 class=columns>x</h1></body></html>
        """, files: ["first.css": "h1 { margin: 0 }", "phone.css": "h1 { margin: 1px }"])
    let html = "<!DOCTYPE html><style>@media screen and(max-width: 600px) { p { color: red } }</style><p>x</p>"
    let found = findings("css.ignored-at-rule", html: html)
    #expect(found.map(\.message.en) == ["the browser cannot read the media query `screen and(max-width: 600px)`, so the rules inside it never apply"])
    #expect(found.first?.notes.first?.en == "Put a space between `and` and `(`: `screen and (max-width: 600px)`.")
    let late = findings("css.ignored-at-rule", html: "<style>p { color: red }\n@import 'a.css';</style><p>x</p>", files: ["a.css": "p { margin: 0 }"])
    #expect(late.map(\.message.en) == ["the browser ignores this `@import` because other rules come before it"])
    let unitless = findings("css.ignored-at-rule", html: "<style>@media (max-width: 600) { p { color: red } }</style><p>x</p>")
    #expect(unitless.first?.notes.first?.en == "A width needs a unit: `(max-width: 600px)`, not `(max-width: 600)`.")
}

@Test func missingBraces() {
    expectAt("css.missing-brace", """
        <!DOCTYPE html><html><head><style>
        h1‸ color: red; }
        p { color: blue }
        ‸}
        div { color: red }
        .a { color: red;
          ‸.b { color: blue }
        </style></head><body><h1>x</h1><p>p</p><div>d</div><p class="a b">b</p></body></html>
        """)
    expectAt("css.missing-brace", """
        <!DOCTYPE html><html><head><style>
        p ‸{ color: blue
        </style></head><body><p>p</p></body></html>
        """)
}

@Test func unknownPropertySuggestsTheClosest() throws {
    expectAt("css.unknown-property", """
        <!DOCTYPE html><html><head><style>
        h1 { ‸colour: red; transition: all 1s; -webkit-appearance: none; ‸font-colour: blue }
        </style></head><body><h1>x</h1></body></html>
        """)
    let found = findings("css.unknown-property", html: "<!DOCTYPE html><style>h1 { colour: red; backround-color: red }</style><h1>x</h1>")
    #expect(found.first?.notes.first?.en == "Did you mean `color`?")
    #expect(found.last?.notes.first?.en == "Did you mean `background-color`?")
}

@Test func invalidValues() throws {
    expectAt("css.invalid-value", """
        <!DOCTYPE html><html><head><style>
        h1 { color: ‸reed; width: ‸-5px; display: ‸flexbox; margin: ‸10 px; color: red }
        </style></head><body><h1 style="padding: ‸big">x</h1></body></html>
        """)
    let found = findings("css.invalid-value", html: "<!DOCTYPE html><style>h1 { color: reed; width: 100 }</style><h1>x</h1>")
    #expect(found.first?.notes.first?.en == "Did you mean `red`?")
    #expect(found.last?.notes.first?.en.contains("unit") == true)
    let flex = findings("css.invalid-value", html: "<!DOCTYPE html><style>div { flex: wrap } p { flex: COLUMN } b { flex: auto }</style><div>x</div><p>y</p><b>z</b>")
    #expect(flex.map { $0.notes.first?.en } == ["Did you mean `flex-wrap: wrap`?", "Did you mean `flex-direction: column`?"])
}

@Test func selectorsThatMatchNothing() throws {
    expectAt("css.selector-matches-nothing", """
        <!DOCTYPE html><html><head><style>
        .card, ‸.crad { color: red }
        ‸#Main { color: red }
        a:hover, p::first-line { color: red }
        @media (max-width: 100px) { .card { color: blue } ‸table { color: red } }
        </style></head><body><div class="card" id="main">x</div><a href="#">a</a></body></html>
        """)
    let found = findings("css.selector-matches-nothing", html: "<!DOCTYPE html><style>.crad { color: red }</style><div class='card'>x</div>")
    #expect(found.first?.notes.first?.en.contains("class=\"card\"") == true)
}

@Test func invalidSelector() {
    expectAt("css.invalid-selector", """
        <!DOCTYPE html><html><head><style>
        ‸h1..title { color: red }
        ‸p > { color: red }
        h2 { color: blue }
        </style></head><body><h1 class="title">x</h1><p>p</p></body></html>
        """)
}

@Test func rulesOverriddenEverywhere() throws {
    expectAt("css.rule-overridden", """
        <!DOCTYPE html><html><head><style>
        ‸p { color: red }
        .intro { color: blue }
        p { color: green; margin: 0 }
        ‸h1 { color: red; margin: 0 }
        h1 { color: blue !important; margin: 1px }
        ‸h2 { color: red }
        .kept { color: red }
        </style></head><body><p class="intro">a</p><p>b</p><h1>h</h1><h2 style="color: blue">x</h2><div class="kept">k</div><div class="kept" style="color: blue">l</div></body></html>
        """)
    let found = findings("css.rule-overridden", html: "<!DOCTYPE html><style>\nh1 { color: red }\n#t { color: blue }</style><h1 id='t'>x</h1>")
    #expect(found.first?.notes.first?.en == "For example, `color` of <h1> at line 3 is set by `#t` (index.html:3) instead.")
}

@Test func missingStylesheet() throws {
    expectAt("css.missing-stylesheet", """
        <!DOCTYPE html><html><head>
        ‸<link rel="stylesheet" href="css/Style.css">
        <link rel="stylesheet" href="css/extra.css">
        <link rel="stylesheet" href="https://example.com/x.css">
        ‸<link rel="stylesheet" href="../up.css">
        </head><body><p>p</p></body></html>
        """, files: ["css/style.css": "p { color: red }", "css/extra.css": "p { margin: 0 }"])
    let found = findings("css.missing-stylesheet", html: "<!DOCTYPE html><link rel='stylesheet' href='Style.css'><p>x</p>", files: ["style.css": "p{}"])
    #expect(found.first?.notes.first?.en.contains("`style.css`") == true)
}

@Test func cssWrittenInHTML() {
    expectAt("css.css-in-html", """
        <!DOCTYPE html><html><head>
        ‸<link href="style.css">
        <link rel="icon" href="x.png">
        </head><body>
        ‸<p style="p { color: red }">a</p>
        <pre>h1 { color: red }</pre>
        ‸h1 { color: red; }
        <p>Hello: {not css}</p>
        </body></html>
        """, files: ["style.css": "p {}"])
}

@Test func everyRuleHasAnIdAndRuns() {
    #expect(Set(CSSDiagnostics.ids).count == CSSDiagnostics.ids.count)
    #expect(CSSDiagnostics.ids.allSatisfy { $0.hasPrefix("css.") })
}
