import KruHTML
import KruSelectors
import Testing

private let page = """
    <!DOCTYPE html>
    <html lang="en">
    <head><title id="t">Page</title></head>
    <body id="body">
      <div id="d1" class="card main">
        <p id="p1" class="intro">Hello <em id="e1">you</em></p>
        <p id="p2">Second</p>
        <ul id="u1"><li id="l1">a</li><li id="l2" class="done">b</li><li id="l3">c</li></ul>
      </div>
      <div id="d2" class="Card">
        <p id="p3">Third</p>
        <span id="s1"></span>
        <p id="p4">Fourth</p>
      </div>
    </body>
    </html>
    """

@Test func typeSelectorsAreCaseInsensitive() throws {
    #expect(try select("p", in: page) == ["p1", "p2", "p3", "p4"])
    #expect(try select("P", in: page) == ["p1", "p2", "p3", "p4"])
    #expect(try select("LI", in: page) == ["l1", "l2", "l3"])
    #expect(try select("section", in: page) == [])
}

@Test func universalSelectorMatchesEveryElement() throws {
    let document = HTMLParser.parse(text: page)
    let all = try SelectorList.parse("*").select(in: document)
    #expect(all == document.elements)
    #expect(try select("div > *", in: page) == ["p1", "p2", "u1", "p3", "s1", "p4"])
    #expect(try select("*|p", in: page) == ["p1", "p2", "p3", "p4"])
}

@Test func classAndIDSelectorsAreCaseSensitive() throws {
    #expect(try select(".card", in: page) == ["d1"])
    #expect(try select(".Card", in: page) == ["d2"])
    #expect(try select(".card.main", in: page) == ["d1"])
    #expect(try select(".main.intro", in: page) == [])
    #expect(try select("#p2", in: page) == ["p2"])
    #expect(try select("#P2", in: page) == [])
    #expect(try select("p#p2.x", in: page) == [])
    #expect(try select("li.done", in: page) == ["l2"])
}

@Test func classSelectorSplitsOnAnyASCIIWhitespace() throws {
    let html = "<p id=a class=\"x\ty\"></p><p id=b class=\"  y\n\"></p><p id=c class=\"xy\"></p><p id=d class=\"\"></p>"
    #expect(try select(".y", in: html) == ["a", "b"])
    #expect(try select(".x", in: html) == ["a"])
    #expect(try select("[class~=y]", in: html) == ["a", "b"])
}

@Test func combinators() throws {
    #expect(try select("div p", in: page) == ["p1", "p2", "p3", "p4"])
    #expect(try select("body > p", in: page) == [])
    #expect(try select("div > p", in: page) == ["p1", "p2", "p3", "p4"])
    #expect(try select("div em", in: page) == ["e1"])
    #expect(try select("div > em", in: page) == [])
    #expect(try select("p + p", in: page) == ["p2"])
    #expect(try select("p ~ p", in: page) == ["p2", "p4"])
    #expect(try select("span + p", in: page) == ["p4"])
    #expect(try select("p + ul > li + li", in: page) == ["l2", "l3"])
    #expect(try select("#d1 ~ div p:first-child", in: page) == ["p3"])
    #expect(try select("html div#d2>p~p", in: page) == ["p4"])
    #expect(try select("body>div  >  ul li.done~li", in: page) == ["l3"])
}

@Test func descendantMatchingBacktracksThroughAncestors() throws {
    // `.a > .b .c`: the first `.b` ancestor fails `> .a`, a higher one succeeds.
    let html = """
        <div class="a"><div class="b"><div class="x"><div class="b"><p id="target" class="c"></p></div></div></div></div>
        """
    #expect(try select(".a > .b .c", in: html) == ["target"])
    #expect(try select(".a > .x .c", in: html) == [])
    // `~` backtracking across several earlier siblings.
    let siblings = "<div><i class=a></i><b></b><i></i><b id=x class=b></b><u id=y></u></div>"
    #expect(try select(".a ~ b + u", in: siblings) == ["y"])
    #expect(try select(".a ~ .b ~ u", in: siblings) == ["y"])
    #expect(try select("i + b ~ u", in: siblings) == ["y"])
}

@Test func selectorListsReturnDocumentOrderWithoutDuplicates() throws {
    #expect(try select("#p4, p, #d1", in: page) == ["d1", "p1", "p2", "p3", "p4"])
    #expect(try select("li, .done, ul > li", in: page) == ["l1", "l2", "l3"])
}

@Test func selectorsSeeImpliedElements() throws {
    // No <html> or <body> written: the tree still has them.
    let html = "<table id=t><tr id=r><td id=c>1</td></tr></table>"
    #expect(try select("html > body > table", in: html) == ["t"])
    #expect(try select("table td", in: html) == ["c"])
}

@Test func selectorWithAPseudoElementNeverMatches() throws {
    #expect(try select("p::before", in: page) == [])
    #expect(try select("p:after, #p1", in: page) == ["p1"])
}

@Test func quirksModeComparesClassesAndIDsCaseInsensitively() throws {
    let body = "<div id=Main class=\"Card big\"><p id=x class=note>x</p></div>"
    let quirks = SelectorMatchingContext(document: HTMLParser.parse(text: body))
    let standards = SelectorMatchingContext(document: HTMLParser.parse(text: "<!DOCTYPE html>" + body))
    #expect(quirks.quirksMode && !standards.quirksMode)
    let list = try SelectorList.parse("#main .NOTE, .card")
    #expect(list.select(in: quirks).map(\.name) == ["div", "p"])
    #expect(list.select(in: standards).isEmpty)
    // Attribute selectors keep their own rules in quirks mode.
    #expect(try SelectorList.parse("[class~=card]").select(in: quirks).isEmpty)
}
