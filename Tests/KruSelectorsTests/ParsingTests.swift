import KruSelectors
import Testing

@Test(arguments: [
    ("h1", "h1"),
    ("  H1  ,  p  ", "h1, p"),
    ("ul>li+li~li  em", "ul > li + li ~ li em"),
    ("a[href^='http' I]", "a[href^=\"http\" i]"),
    ("a[HREF = x]", "a[href=\"x\"]"),
    ("*|p", "p"),
    ("#a\\:b.c\\ d", "#a\\:b.c\\ d"),
    ("#\\31 st", "#\\31 st"),
    ("li:NTH-CHILD( 2N + 1 of .x )", "li:nth-child(2n+1 of .x)"),
    (":nth-child(-n+3)", ":nth-child(-n+3)"),
    (":nth-last-of-type(even)", ":nth-last-of-type(2n)"),
    (":nth-of-type(odd)", ":nth-of-type(2n+1)"),
    (":nth-child(5)", ":nth-child(5)"),
    ("p:not(.a,.b)", "p:not(.a, .b)"),
    ("div:has(>img,+p)", "div:has(> img, + p)"),
    (":is(a, ::before, b)", ":is(a, b)"),
    ("p:before", "p::before"),
    ("p::First-Letter", "p::first-letter"),
    ("h1/* comment */ + p", "h1 + p"),
    ("[title=\"a\\\"b\"]", "[title=\"a\\\"b\"]"),
])
func serialization(_ text: String, _ expected: String) throws {
    #expect(try SelectorList.parse(text).serialized == expected)
}

/// Invalid selectors report a reason and the offset (in Unicode scalars) of the problem.
@Test(arguments: [
    ("", 0),
    ("   ", 0),
    ("p,", 1),
    (",p", 0),
    ("p,,a", 2),
    ("ul >", 3),
    ("ul > > li", 5),
    ("> p", 0),
    ("#1a", 0),
    ("p.", 1),
    ("p..x", 1),
    ("p[", 2),
    ("p[=x]", 2),
    ("p[a=]", 4),
    ("p[a==b]", 4),
    ("p[a=b c]", 6),
    ("p[a b]", 4),
    ("p[a='x' j]", 8),
    ("p:hovr", 2),
    ("p::befor", 3),
    ("p:nth-child(2x)", 12),
    ("p:nth-child()", 2),
    ("p::before span", 10),
    ("p::before.x", 9),
    ("p::before:hover", 9),
    ("[a=b s]", 5),
    ("p:not(::before)", 6),
    ("h1 { color: red }", 3),
    ("a)", 1),
    ("svg|circle", 0),
    ("p!", 1),
    ("p:", 1),
    ("ក្រហម p @x", 8),
])
func parseErrorsPointAtTheProblem(_ text: String, _ offset: Int) {
    let error = parseError(text)
    #expect(error?.offset == offset, "\(text): \(String(describing: error))")
}

@Test func parseErrorMessagesAreBilingual() throws {
    let error = try #require(parseError("p:hovr"))
    #expect(error.reason == .unknownPseudoClass("hovr"))
    #expect(error.message.en.contains(":hovr"))
    #expect(error.message.km.contains(":hovr"))
    #expect(error.message.km != error.message.en)
    #expect(parseError("p::befor")?.reason == .unknownPseudoElement("befor"))
    #expect(parseError("#1a")?.reason == .invalidID("1a"))
    #expect(parseError("ul >")?.reason == .danglingCombinator(">"))
    #expect(parseError("p,,a")?.reason == .emptyListItem)
    #expect(parseError("p:nth-child(2x)")?.reason == .invalidNth(pseudoClass: "nth-child"))
    #expect(parseError("p:not(::before)")?.reason == .notAllowedInside(what: "::before", context: "not"))
}

@Test func everyParseErrorHasBothLanguages() {
    let samples = [
        "", "p,,", "ul >", "> p", "#1a", "p.", "p[=x]", "p:hovr", "p::befor", "p:nth-child(x)", "p:not()",
        "p::before span", "p:not(::before)", "svg|circle", "a)", "p:",
    ]
    for sample in samples {
        guard let error = parseError(sample) else {
            Issue.record("\(sample) should not parse")
            continue
        }
        #expect(!error.message.en.isEmpty && !error.message.km.isEmpty)
        #expect(!error.message.en.contains("{") && !error.message.km.contains("{"), "\(sample): unfilled placeholder")
    }
}

@Test func inspectingWhatASelectorUses() throws {
    let list = try SelectorList.parse("ul > li.item:not(#x), a[href]::before")
    let first = list.selectors[0]
    #expect(first.usesKind(.class))
    #expect(first.usesKind(.id))
    #expect(!first.usesKind(.id, includingNested: false))
    #expect(first.kinds() == [.type, .class, .pseudoClass, .id])
    #expect(first.usesCombinator(.child))
    #expect(!first.usesCombinator(.descendant))
    #expect(first.usesPseudoClass(named: "not"))
    #expect(first.pseudoElement == nil)
    let second = list.selectors[1]
    #expect(second.pseudoElement == .before)
    #expect(second.kinds() == [.type, .attribute, .pseudoElement])
    #expect(list.usesKind(.attribute))
    #expect(!list.usesKind(.universal))
    #expect(first.compounds.count == 2)
    #expect(first.compounds[1].simpleSelectors.first == .type("li"))
}
