@testable import KruCSS
import KruCore
import Testing

private func styleRules(_ css: String) -> [CSSStyleRule] {
    CSSParser.parseStyleSheet(css, file: "s.css").rules.compactMap {
        if case .style(let rule) = $0 { return rule } else { return nil }
    }
}

@Test func parsesRulesDeclarationsAndImportant() {
    let rules = styleRules("h1, .a > b { color: red !important; margin : 0 }")
    #expect(rules.count == 1)
    #expect(rules[0].selectorText == "h1, .a > b")
    #expect(rules[0].declarations.map(\.name) == ["color", "margin"])
    #expect(rules[0].declarations[0].important)
    #expect(!rules[0].declarations[1].important)
}

@Test func badDeclarationIsSkippedToTheNextSemicolon() {
    let rules = styleRules("p { color red; 12: x; font-size: 2em }")
    #expect(rules[0].declarations.map(\.name) == ["font-size"])
}

@Test func missingSemicolonMakesOneDeclarationOfTwo() {
    let rules = styleRules("p { color: red\n background: blue; margin: 0 }")
    #expect(rules[0].declarations.map(\.name) == ["color", "margin"])
    // The value of `color` swallowed `background: blue`: invalid, so the browser drops it.
    #expect(rules[0].declarations[0].value.count > 1)
}

@Test func unknownAtRulesAreSkippedWhole() {
    let sheet = CSSParser.parseStyleSheet("@font-face { font-family: x; } @keyframes k { from { top: 0 } } p { top: 1px }", file: "s.css")
    #expect(sheet.rules.count == 3)
    if case .ignoredAtRule(let name, _) = sheet.rules[0] { #expect(name == "font-face") } else { Issue.record("not ignored") }
    if case .style(let rule) = sheet.rules[2] { #expect(rule.selectorText == "p") } else { Issue.record("no p rule") }
}

@Test func unclosedBlockIsClosedByTheEndOfTheSheet() {
    let sheet = CSSParser.parseStyleSheet("p { color: red", file: "s.css")
    #expect(sheet.problems.map(\.kind) == [.unclosedBlock])
    if case .style(let rule) = sheet.rules.first { #expect(rule.declarations.count == 1 && !rule.closed) }
}

@Test func nestedRulesAndMedia() {
    let sheet = CSSParser.parseStyleSheet(".card { color: red; & h2 { color: blue } p { margin: 0 } @media (min-width: 1px) { color: green } }", file: "s.css")
    guard case .style(let rule) = sheet.rules.first else { Issue.record("no rule"); return }
    #expect(rule.declarations.count == 1)
    #expect(rule.children.count == 3)
}

@Test func missingClosingBraceBeforeNextRuleDropsItAsJunk() {
    // `color: red p { … }` is neither a declaration nor a valid nested rule.
    let rules = styleRules("h1 { color: red\np { color: blue }\n")
    #expect(rules.count == 1)
    #expect(rules[0].declarations.isEmpty)
    #expect(rules[0].children.count == 1)
}

@Test func importOnlyBeforeOtherRules() {
    let sheet = CSSParser.parseStyleSheet("@charset \"utf-8\"; @import 'a.css' print; p {} @import url(b.css);", file: "s.css")
    let imports = sheet.rules.compactMap { rule -> String? in
        if case .importRule(let url, _, _) = rule { return url } else { return nil }
    }
    #expect(imports == ["a.css"])
}

@Test func styleAttributeIsADeclarationList() {
    let sheet = CSSParser.parseStyleAttribute("color: red; ; bad; margin: 1px", lines: LineIndex(text: "", file: "x"), baseOffset: 0)
    #expect(sheet.rules.styleDeclarations.map(\.name) == ["color", "margin"])
}

@Test func locationsIncludeTheBaseOffset() {
    let html = "<style>\np { color: red }</style>"
    let lines = LineIndex(text: html, file: "index.html")
    let sheet = CSSParser.parseStyleSheet("\np { color: red }", lines: lines, baseOffset: 7)
    guard case .style(let rule) = sheet.rules.first else { Issue.record("no rule"); return }
    #expect(sheet.location(ofOffset: rule.declarations[0].start) == SourceLocation(file: "index.html", line: 2, column: 5))
}
