import KruHTML
import KruSelectors
import Testing

@Test func specificityComparesComponentByComponent() {
    #expect(Specificity(ids: 1) > Specificity(classes: 20))
    #expect(Specificity(classes: 1) > Specificity(types: 9))
    #expect(Specificity(ids: 0, classes: 1, types: 2) + Specificity(types: 1) == Specificity(classes: 1, types: 3))
    #expect(Specificity(ids: 1, classes: 2).description == "(1,2,0)")
}

/// Selectors 4 §17 and the examples of the specification, plus the functional pseudo-classes.
@Test(arguments: [
    ("*", "(0,0,0)"),
    ("li", "(0,0,1)"),
    ("ul li", "(0,0,2)"),
    ("ul ol+li", "(0,0,3)"),
    ("h1 + *[rel=up]", "(0,1,1)"),
    ("ul ol li.red", "(0,1,3)"),
    ("li.red.level", "(0,2,1)"),
    ("#x34y", "(1,0,0)"),
    ("#s12:not(FOO)", "(1,0,1)"),
    (".foo :is(.bar, #baz)", "(1,1,0)"),
    ("a:hover", "(0,1,1)"),
    ("p::before", "(0,0,2)"),
    ("p:first-line", "(0,0,2)"),
    ("li:nth-child(2n+1)", "(0,1,1)"),
    ("li:nth-child(2n+1 of .x, #y)", "(1,1,1)"),
    ("li:nth-last-child(2 of p.x)", "(0,2,2)"),
    ("li:nth-of-type(2)", "(0,1,1)"),
    (":where(#a, .b) p", "(0,0,1)"),
    (":is(#a, .b) p", "(1,0,1)"),
    (":not(.a, #b p)", "(1,0,1)"),
    ("div:has(> img, #x)", "(1,0,1)"),
    ("div:has(+ p.x)", "(0,1,2)"),
    (":is()", "(0,0,0)"),
    (":root", "(0,1,0)"),
    ("[href]", "(0,1,0)"),
    ("input:checked", "(0,1,1)"),
])
func specificityTable(_ selector: String, _ expected: String) throws {
    let list = try SelectorList.parse(selector)
    #expect(list.selectors.count == 1)
    #expect(list.selectors[0].specificity.description == expected, "\(selector)")
}

@Test func bestMatchPicksTheMostSpecificMatchingSelector() throws {
    let document = HTMLParser.parse(text: "<div id=main class=box><p class=note>x</p></div>")
    let list = try SelectorList.parse("p, .box p.note, #main p, #nothing p.note.x")
    let paragraph = try #require(document.elements(named: "p").first)
    let context = SelectorMatchingContext(document: document)
    let best = try #require(list.bestMatch(for: paragraph, in: context))
    #expect(best.selectorIndex == 2)
    #expect(best.specificity == Specificity(ids: 1, types: 1))
    #expect(list.bestMatch(for: paragraph) == best)
    let div = try #require(document.elements(named: "div").first)
    #expect(list.bestMatch(for: div) == nil)
    // On a tie the first matching selector wins.
    let tie = try SelectorList.parse("#nothing, div p, body p")
    #expect(tie.bestMatch(for: paragraph)?.selectorIndex == 1)
}
