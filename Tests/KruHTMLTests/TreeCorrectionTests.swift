import KruHTML
import Testing

/// One test per difference between libxml2's HTML4 tree and the WHATWG tree.
struct TreeCorrectionTests {
    @Test(arguments: [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "search", "section",
        "summary", "ul",
    ])
    func blockStartTagClosesOpenParagraph(_ name: String) {
        #expect(shape("<!DOCTYPE html><p>a<\(name)>b</\(name)>c") == "p \(name)")
    }

    @Test func headingClosesParagraphAndHeadingsDoNotNest() {
        #expect(shape("<!DOCTYPE html><p>a<h2>b</h2>") == "p h2")
        #expect(shape("<!DOCTYPE html><h2>Title <h1>inner</h1> rest</h2>") == "h2 h1")
        #expect(shape("<h3>a<h4>b</h3>c", text: true) == "h3[\"a\"] h4[\"b\"] \"c\"")
    }

    @Test func inlineHTML5ElementsStayInParagraph() {
        #expect(shape("<p>See <mark>this</mark> at <time>ten</time></p>") == "p[mark time]")
    }

    @Test(arguments: ["source", "track", "wbr", "embed", "img", "input", "br", "hr", "keygen", "param", "area"])
    func voidElementsHaveNoChildren(_ name: String) {
        let document = HTMLParser.parse(text: "<video><\(name) src=x>after</video>")
        let element = document.elements(named: name).first
        #expect(element?.children.isEmpty == true)
        #expect(element?.node.children.isEmpty == true)
        #expect(document.elements(named: "video").first?.textContent.contains("after") == true)
    }

    @Test func voidElementsInHead() {
        #expect(shape("<head><base href=/><link rel=x><meta charset=utf-8><title>t</title>", of: "head") == "base link meta title")
        #expect(shape("<table><colgroup><col><col></colgroup></table>") == "table[colgroup[col col]]")
    }

    @Test func endBrIsABreak() {
        #expect(shape("<p>a</br>b</p>", text: true) == "p[\"a\" br \"b\"]")
    }

    @Test func strayEndPMakesEmptyParagraph() {
        #expect(shape("<div>text</p>more</div>", text: true) == "div[\"text\" p \"more\"]")
    }

    @Test func impliedEndTagsOfListItems() {
        #expect(shape("<ul><li>one<li>two<li>three</ul>") == "ul[li li li]")
        #expect(shape("<dl><dt>t<dd>d<dt>u<dd>e</dl>") == "dl[dt dd dt dd]")
        #expect(shape("<ul><li>a<ul><li>b<li>c</ul><li>d</ul>") == "ul[li[ul[li li]] li]")
    }

    @Test func impliedEndOfParagraph() {
        #expect(shape("<p>one<p>two<ul><li>x</ul>") == "p p ul[li]")
    }

    @Test func impliedEndOfOptions() {
        #expect(shape("<select><option>a<option>b<optgroup label=g><option>c</select>") == "select[option option optgroup[option]]")
    }

    @Test func tableRowsAndCells() {
        #expect(shape("<table><tr><th>a<th>b<tr><td>1<td>2</table>") == "table[tbody[tr[th th] tr[td td]]]")
        #expect(shape("<table><td>x</table>") == "table[tbody[tr[td]]]")
        #expect(shape("<table><thead><tr><th>h<tbody><tr><td>b</table>") == "table[thead[tr[th]] tbody[tr[td]]]")
    }

    @Test func impliedTableElementsHaveNoLocation() throws {
        let document = HTMLParser.parse(text: "<table><td>x</table>")
        #expect(try #require(document.elements(named: "tbody").first).location == nil)
        #expect(try #require(document.elements(named: "tr").first).location == nil)
        #expect(try #require(document.elements(named: "td").first).location != nil)
    }

    @Test func fosterParentingMovesTextAndElementsBeforeTheTable() {
        #expect(shape("<table>stray<tr><td>1</table>", text: true) == "\"stray\" table[tbody[tr[td[\"1\"]]]]")
        #expect(shape("<table><p>para</p><tr><td>1</table>") == "p table[tbody[tr[td]]]")
    }

    @Test func tableClosesParagraphOnlyWithADoctype() {
        #expect(shape("<!DOCTYPE html><p>a<table></table>") == "p table")
        #expect(shape("<p>a<table></table>") == "p[table]")
        #expect(shape("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><p>a<table></table>") == "p[table]")
    }

    @Test func headContentInBodyStaysInBody() {
        #expect(shape("<body><p>x</p><title>late</title><meta name=a><style>p{}</style>") == "p title meta style")
    }

    @Test func headContentBetweenHeadAndBodyGoesToHead() {
        #expect(shape("<head><title>t</title></head><link rel=stylesheet href=a.css><body>", of: "head") == "title link")
    }

    @Test func textInHeadStartsTheBody() {
        #expect(shape("<head><title>t</title>Hello<meta name=x></head>", text: true) == "\"Hello\" meta")
    }

    @Test func textBeforeHtmlGoesIntoBody() {
        let document = HTMLParser.parse(text: "hello <html><body><p>x</p></body></html>")
        #expect(document.body?.node.children.first.map { document[$0].text } == "hello ")
        #expect(document.elements.map(\.name) == ["html", "head", "body", "p"])
    }

    @Test func contentAfterBodyAndHtmlGoesIntoBody() {
        #expect(shape("<body><p>in</p></body><p>after</p></html><div>x</div>") == "p p div")
        let document = HTMLParser.parse(text: "<body></body><!-- c --></html><!-- d -->")
        #expect(document.documentElement?.node.children.map { document[$0].kind }.last == .comment)
        #expect(document[document.rootID].children.map { document[$0].kind }.last == .comment)
    }

    @Test func secondHtmlAndBodyTagsMergeAttributes() {
        let document = HTMLParser.parse(text: "<body class=a><p>x<body id=b class=c><html lang=km>")
        #expect(document.body?.attribute("class") == "a")
        #expect(document.body?.attribute("id") == "b")
        #expect(document.documentElement?.attribute("lang") == "km")
    }

    @Test func nestedLinksAreSplit() {
        #expect(shape("<p><a href=1>one <a href=2>two</a> three</a></p>", text: true) == "p[a[\"one\"] a[\"two\"] \"three\"]")
    }

    @Test func nestedFormIsIgnored() {
        #expect(shape("<form action=a><input><form action=b><input></form><input></form>") == "form[input input] input")
    }

    @Test func misnestedFormattingIsRepaired() {
        #expect(shape("<p><b><i>x</b>y</i>z</p>", text: true) == "p[b[i[\"x\"]] i[\"y\"] \"z\"]")
        #expect(shape("<b>bold<p>para</b>after</p>", text: true) == "b[\"bold\"] p[b[\"para\"] \"after\"]")
    }

    @Test func formattingIsReopenedInTheNextBlock() {
        #expect(shape("<p><b>bold</p><p>next</p>") == "p[b] p[b]")
    }

    @Test func buttonsDoNotNest() {
        #expect(shape("<button>a<button>b</button>") == "button button")
    }

    @Test func listItemOutsideAList() {
        #expect(shape("<li>one</li><li>two<p>x<li>three") == "li li[p] li")
    }

    @Test func preAndTextareaDropTheFirstNewline() {
        let document = HTMLParser.parse(text: "<pre>\ncode</pre><textarea>\nfirst <b>x</b></textarea>")
        #expect(document.elements(named: "pre").first?.textContent == "code")
        #expect(document.elements(named: "textarea").first?.textContent == "first <b>x</b>")
        #expect(document.elements(named: "b").isEmpty)
    }

    @Test func titleIsText() {
        let document = HTMLParser.parse(text: "<title>My <b>page</b> &amp; more</title>")
        #expect(document.elements(named: "title").first?.textContent == "My <b>page</b> & more")
        #expect(document.elements(named: "b").isEmpty)
    }

    @Test func scriptContentIsText() {
        let document = HTMLParser.parse(text: "<script>var s = \"</div><p>\"; if (1 < 2) {}</script><p>x")
        #expect(document.elements(named: "script").first?.textContent == "var s = \"</div><p>\"; if (1 < 2) {}")
        #expect(document.elements(named: "p").count == 1)
    }

    @Test func noscriptContentIsTextAsWithScriptingOn() {
        #expect(shape("<noscript><p>Enable JS</p></noscript>", of: "head", text: true) == "noscript[\"<p>Enable JS</p>\"]")
        #expect(shape("<p>x</p><noscript><p>Enable JS</p></noscript>", text: true) == "p[\"x\"] noscript[\"<p>Enable JS</p>\"]")
    }

    @Test func selfClosingSyntaxOnlyMattersForVoidAndForeignElements() {
        #expect(shape("<div/>text<br/>") == "div[br]")
        #expect(shape("<svg><circle r=\"1\"/><rect/></svg><p>after") == "svg[circle rect] p")
        let document = HTMLParser.parse(text: "<svg><circle/></svg>")
        #expect(document.elements(named: "circle").first?.node.namespace == .svg)
    }

    @Test func imageIsImg() {
        #expect(shape("<image src=a.png>") == "img")
    }

    @Test func blocksInsideLinksAreAllowed() {
        #expect(shape("<a href=x><div>block</div><h2>t</h2></a>") == "a[div h2]")
    }

    @Test func unclosedElementsAtEndOfFile() {
        #expect(shape("<div><p>text <b>bold\n<ul><li>item") == "div[p[b] ul[li[b]]]")
    }

    @Test func emptyDocumentHasHtmlHeadBody() {
        let document = HTMLParser.parse(text: "")
        #expect(document.elements.map(\.name) == ["html", "head", "body"])
        #expect(document.elements.allSatisfy { $0.location == nil })
    }

    /// Tens of thousands of nested lists (each `<li>` asks whether a `<p>` is in button scope,
    /// each `</h1>` whether a heading is in scope) build the same tree as a few do, element for
    /// element: the stack of open elements knows when no such element is open at all.
    @Test func deeplyNestedListsKeepEveryItem() {
        let depth = 20_000
        let document = HTMLParser.parse(text: "<!DOCTYPE html><body>" + String(repeating: "<ul><li></h1>", count: depth))
        #expect(document.elements(named: "li").count == depth)
        #expect(document.elements(named: "ul").count == depth)
        let small = HTMLParser.parse(text: "<!DOCTYPE html><body>" + String(repeating: "<ul><li></h1>", count: 3))
        #expect(small.elements.map(\.name) == ["html", "head", "body", "ul", "li", "ul", "li", "ul", "li"])
        #expect(small.elements(named: "li")[1].parent?.parent == small.elements(named: "li")[0])
    }

    /// Thousands of open custom elements, then end tags that close none of them: each is
    /// ignored.
    @Test func endTagsOfElementsThatAreNotOpenAreIgnored() {
        let depth = 5_000
        let document = HTMLParser.parse(text: "<!DOCTYPE html><body>" + String(repeating: "<x-a>", count: depth) + String(repeating: "</x-b></em>", count: depth) + "<p>end")
        let custom = document.elements(named: "x-a")
        #expect(custom.count == depth)
        #expect(document.elements(named: "p").first?.parent?.name == "x-a")
        #expect(shape("<x-a><x-a></x-b>text</x-a><p>") == "x-a[x-a p]")
        #expect(shape("<x-a><x-a></x-b></em>text<p>") == "x-a[x-a[p]]")
    }
}
