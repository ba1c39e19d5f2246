import KruHTML
import KruSelectors
import Testing

private let list = """
    <ul id="u">
      <li id="l1">1</li>
      <!-- a comment is not a child element -->
      <li id="l2">2</li>
      text is not an element either
      <li id="l3">3</li>
      <li id="l4">4</li>
      <li id="l5">5</li>
      <li id="l6">6</li>
      <li id="l7">7</li>
    </ul>
    """

@Test func firstLastOnlyChild() throws {
    let html = "<div><p id=a>1</p><span id=b>2</span><p id=c>3</p></div><div><em id=only>x</em></div>"
    #expect(try select("div > :first-child", in: html) == ["a", "only"])
    #expect(try select("div > :last-child", in: html) == ["c", "only"])
    #expect(try select(":only-child", in: html).contains("only"))
    #expect(try select("p:only-child", in: html) == [])
    #expect(try select("li:first-child", in: list) == ["l1"])
    #expect(try select("li:last-child", in: list) == ["l7"])
}

@Test func ofTypePseudoClasses() throws {
    let html = "<div><h2 id=h>t</h2><p id=a>1</p><span id=s>2</span><p id=b>3</p><p id=c>4</p></div>"
    #expect(try select("p:first-of-type", in: html) == ["a"])
    #expect(try select("p:last-of-type", in: html) == ["c"])
    #expect(try select("div > :only-of-type", in: html) == ["h", "s"])
    #expect(try select("p:nth-of-type(2)", in: html) == ["b"])
    #expect(try select("p:nth-last-of-type(2)", in: html) == ["b"])
    #expect(try select("div > :nth-of-type(1)", in: html) == ["h", "a", "s"])
}

@Test func nthChildFormulas() throws {
    #expect(try select("li:nth-child(odd)", in: list) == ["l1", "l3", "l5", "l7"])
    #expect(try select("li:nth-child(even)", in: list) == ["l2", "l4", "l6"])
    #expect(try select("li:nth-child(ODD)", in: list) == ["l1", "l3", "l5", "l7"])
    #expect(try select("li:nth-child(3)", in: list) == ["l3"])
    #expect(try select("li:nth-child(+3)", in: list) == ["l3"])
    #expect(try select("li:nth-child(0)", in: list) == [])
    #expect(try select("li:nth-child(3n)", in: list) == ["l3", "l6"])
    #expect(try select("li:nth-child(3n+1)", in: list) == ["l1", "l4", "l7"])
    #expect(try select("li:nth-child(3n-1)", in: list) == ["l2", "l5"])
    #expect(try select("li:nth-child(-n+3)", in: list) == ["l1", "l2", "l3"])
    #expect(try select("li:nth-child(-2n+5)", in: list) == ["l1", "l3", "l5"])
    #expect(try select("li:nth-child(n+5)", in: list) == ["l5", "l6", "l7"])
    #expect(try select("li:nth-child(+n+6)", in: list) == ["l6", "l7"])
    #expect(try select("li:nth-child(n)", in: list).count == 7)
    #expect(try select("li:nth-child(0n+2)", in: list) == ["l2"])
    #expect(try select("li:nth-child(-n-1)", in: list) == [])
    #expect(try select("li:nth-last-child(2)", in: list) == ["l6"])
    #expect(try select("li:nth-last-child(-n+2)", in: list) == ["l6", "l7"])
}

@Test(arguments: [
    "2n+1", " 2n+1 ", "2n + 1", "2n +1", "2n+ 1", "2N+1", "+2n+1", "2n- -1", "2n+ +1",
])
func nthSpacingForms(_ formula: String) throws {
    // All but the last two mean 2n+1; `2n- -1` and `2n+ +1` are invalid (a signless integer must follow).
    if formula == "2n- -1" || formula == "2n+ +1" {
        #expect(parseError("li:nth-child(\(formula))") != nil)
    } else {
        #expect(try select("li:nth-child(\(formula))", in: list) == ["l1", "l3", "l5", "l7"])
    }
}

@Test(arguments: ["-n+ 3", "-n +3", "-n + 3", "-N+3", "- n+3"])
func nthNegativeSpacingForms(_ formula: String) throws {
    if formula == "- n+3" {
        #expect(parseError("li:nth-child(\(formula))") != nil)
    } else {
        #expect(try select("li:nth-child(\(formula))", in: list) == ["l1", "l2", "l3"])
    }
}

@Test(arguments: ["2n-1", "2n -1", "2n - 1", "2n- 1"])
func nthMinusForms(_ formula: String) throws {
    #expect(try select("li:nth-child(\(formula))", in: list) == ["l1", "l3", "l5", "l7"])
}

@Test(arguments: ["", "2n+", "n+-1", "+ n", "1.5", "2x", "3 4", "odd 1", "n of", "2n+1 of", "2n + 1 2", "even of ,"])
func invalidNthFormulas(_ formula: String) {
    #expect(parseError("li:nth-child(\(formula))") != nil, "\(formula) should not parse")
}

@Test func nthChildOfSelector() throws {
    let html = """
        <div><p id=a class=x>1</p><p id=b>2</p><p id=c class=x>3</p><span id=d class=x>4</span><p id=e class=x>5</p></div>
        """
    #expect(try select(":nth-child(2 of .x)", in: html) == ["c"])
    #expect(try select(":nth-child(odd of .x)", in: html) == ["a", "d"])
    #expect(try select(":nth-child(1 of p.x, span)", in: html) == ["a"])
    #expect(try select(":nth-last-child(1 of .x)", in: html) == ["e"])
    #expect(try select(":nth-last-child(2 of p)", in: html) == ["c"])
    #expect(try select("p:nth-child(2 of .x)", in: html) == ["c"])
    // The element itself must match S.
    #expect(try select("#b:nth-child(2 of .x)", in: html) == [])
}

@Test func rootAndEmpty() throws {
    let html = "<div id=a></div><div id=b><!-- only a comment --></div><div id=c> </div><div id=d><span id=e></span></div>"
    #expect(try select(":root", in: html) == ["<html>"])
    #expect(try select("div:empty", in: html) == ["a", "b"])
    #expect(try select(":empty", in: html).contains("e"))
}

@Test func negationAndMatchesAny() throws {
    let html = "<div><p id=a class=x>1</p><p id=b>2</p><span id=c class=x>3</span></div>"
    #expect(try select("p:not(.x)", in: html) == ["b"])
    #expect(try select("div > :not(p)", in: html) == ["c"])
    #expect(try select("div > :not(p, span)", in: html) == [])
    #expect(try select("div > :not(div p.x)", in: html) == ["b", "c"])
    #expect(try select("div > :is(p, span).x", in: html) == ["a", "c"])
    #expect(try select("div > :where(#b, span)", in: html) == ["b", "c"])
    #expect(try select(":is(div) > :is(.x)", in: html) == ["a", "c"])
    #expect(try select("p:not(:not(.x))", in: html) == ["a"])
}

@Test func forgivingListsInsideIsAndWhere() throws {
    let html = "<div><p id=a class=x>1</p><p id=b>2</p></div>"
    #expect(try select(":is(.x, ::before, 1bad, #b)", in: html) == ["a", "b"])
    #expect(try select(":where(:unknown-thing, .x)", in: html) == ["a"])
    #expect(try select("p:is()", in: html) == [])
    #expect(try select("p:where(,,)", in: html) == [])
    // :not() and :has() are not forgiving.
    #expect(parseError("p:not(.x, ::before)") != nil)
    #expect(parseError("div:has(.x, 1bad)") != nil)
}

@Test func hasWithRelativeSelectors() throws {
    let html = """
        <div id=d1><p id=p1><img id=i1></p></div>
        <div id=d2><img id=i2><p id=p2>x</p></div>
        <div id=d3><h2 id=h>t</h2><p id=p3>a</p><span id=s>b</span></div>
        <section id=s1><div id=d4><em id=e>x</em></div></section>
        """
    #expect(try select("div:has(img)", in: html) == ["d1", "d2"])
    #expect(try select("div:has(> img)", in: html) == ["d2"])
    #expect(try select("div:has( >img)", in: html) == ["d2"])
    #expect(try select("h2:has(+ p)", in: html) == ["h"])
    #expect(try select("h2:has(+ span)", in: html) == [])
    #expect(try select("h2:has(~ span)", in: html) == ["h"])
    #expect(try select("img:has(+ p)", in: html) == ["i2"])
    #expect(try select("div:has(p img)", in: html) == ["d1"])
    #expect(try select("div:has(> p > img)", in: html) == ["d1"])
    #expect(try select("div:has(> p + span)", in: html) == ["d3"])
    #expect(try select("section:has(div em)", in: html) == ["s1"])
    #expect(try select("section:has(> em)", in: html) == [])
    #expect(try select(":has(> #e)", in: html) == ["d4"])
    #expect(try select("div:has(img, span)", in: html) == ["d1", "d2", "d3"])
    #expect(try select("div:not(:has(p))", in: html) == ["d4"])
    // The anchor itself is not a candidate: `div div` inside :has means a div inside a div inside the anchor.
    #expect(try select("section:has(div)", in: html) == ["s1"])
    #expect(try select("section:has(section div)", in: html) == [])
}

@Test func hasWithSiblingThenDescendant() throws {
    let html = """
        <div><h2 id=h1>a</h2><section><p id=x class=hit>1</p></section></div>
        <div><h2 id=h2>b</h2><section><p>2</p></section></div>
        <div><section><p class=hit>3</p></section><h2 id=h3>c</h2></div>
        """
    #expect(try select("h2:has(+ section .hit)", in: html) == ["h1"])
    #expect(try select("h2:has(~ * p)", in: html) == ["h1", "h2"])
    #expect(try select(":has(~ section > .hit)", in: html) == ["h1"])
}

@Test func nestedHasIsInvalid() throws {
    #expect(parseError("div:has(p:has(img))") != nil)
    #expect(parseError("div:has(:not(p:has(img)))") != nil)
    // Inside the forgiving :is() the nested :has() is dropped, leaving an :is() that matches nothing.
    #expect(try select("div:has(:is(p:has(img)))", in: "<div><p><img></p></div>") == [])
    #expect(parseError("div:has()") != nil)
    #expect(parseError("div:not()") != nil)
}

@Test func dynamicPseudoClassesParseButNeverMatch() throws {
    let html = "<a id=a href=x>link</a><input id=i>"
    for pseudo in ["hover", "focus", "active", "visited", "focus-within", "focus-visible", "target"] {
        #expect(try select("a:\(pseudo)", in: html) == [], "\(pseudo)")
        #expect(try select(":not(:\(pseudo))", in: html).contains("a"), "\(pseudo)")
    }
    #expect(try select("a:link", in: html) == ["a"])
}
