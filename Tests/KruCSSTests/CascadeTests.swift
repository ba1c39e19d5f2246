import KruCSS
import Testing

@Test func defaultStyleSheet() {
    let p = StyledPage(page(css: "", body: "<h1>T</h1><h2>S</h2><h5>x</h5><p>p</p><ul><li>a<ul><li>b</li></ul></li></ul><ol><li>1</li></ol><a href='x'>l</a><a>n</a><b>b</b><strong>s</strong><em>e</em><i>i</i><table><tr><th>h</th><td>d</td></tr></table><span>s</span><nav>n</nav><code>c</code>"))
    #expect(p.value("body", "margin-top") == "8px")
    #expect(p.value("body", "display") == "block")
    #expect(p.value("head", "display") == "none")
    #expect(p.value("h1", "font-size") == "32px")
    #expect(p.value("h1", "margin-top") == "21.44px")
    #expect(p.value("h1", "font-weight") == "700")
    #expect(p.value("h2", "font-size") == "24px")
    #expect(p.value("h5", "font-size") == "13.28px")
    #expect(p.value("h5", "margin-bottom") == "22.1776px")
    #expect(p.value("p", "margin-bottom") == "16px")
    #expect(p.value("ul", "padding-left") == "40px")
    #expect(p.value("ul", "list-style-type") == "disc")
    #expect(p.value("ul ul", "list-style-type") == "circle")
    #expect(p.value("ul ul", "margin-top") == "0px")
    #expect(p.value("ol", "list-style-type") == "decimal")
    #expect(p.value("li", "display") == "list-item")
    #expect(p.value("a[href]", "color") == "rgb(0, 0, 238)")
    #expect(p.value("a[href]", "text-decoration-line") == "underline")
    #expect(p.value("a[href]", "cursor") == "pointer")
    #expect(p.value("a:not([href])", "color") == "rgb(0, 0, 0)")
    #expect(p.value("b", "font-weight") == "700")
    #expect(p.value("strong", "font-weight") == "700")
    #expect(p.value("em", "font-style") == "italic")
    #expect(p.value("i", "font-style") == "italic")
    #expect(p.value("th", "font-weight") == "700")
    #expect(p.value("th", "text-align") == "center")
    #expect(p.value("td", "display") == "table-cell")
    #expect(p.value("span", "display") == "inline")
    #expect(p.value("nav", "display") == "block")
    #expect(p.value("code", "font-size") == "13px")
    #expect(p.value("body", "background-color") == "rgba(0, 0, 0, 0)")
    #expect(p.value("body", "font-family") == "\"Times New Roman\"")
}

@Test func specificityThenSourceOrder() {
    let p = StyledPage(page(
        css: "#t { color: blue } .a.b { color: green } h1 { color: red } .c { color: olive } .d { color: teal }",
        body: "<h1 id='t' class='a b'>x</h1><p class='c d'>y</p><p class='d c'>z</p>"))
    #expect(p.value("h1", "color") == "rgb(0, 0, 255)")
    #expect(p.value("p", "color") == "rgb(0, 128, 128)")
    #expect(p.value("p:last-child", "color") == "rgb(0, 128, 128)")
}

@Test func importantAndInlineStyles() {
    let p = StyledPage(page(
        css: "p { color: red !important } #x { color: blue } div { color: green !important }",
        body: "<p id='x' style='color: purple'>a</p><div style='color: purple !important'>b</div><span style='color: purple'>c</span>"))
    #expect(p.value("p", "color") == "rgb(255, 0, 0)")
    #expect(p.value("div", "color") == "rgb(128, 0, 128)")
    #expect(p.value("span", "color") == "rgb(128, 0, 128)")
}

@Test func inheritanceThroughSeveralLevels() {
    let p = StyledPage(page(
        css: "body { color: rgb(1, 2, 3); font-family: Arial, sans-serif; border: 1px solid } section { font-size: 20px }",
        body: "<section><article><div><p><em>x</em></p></div></article></section>"))
    #expect(p.value("em", "color") == "rgb(1, 2, 3)")
    #expect(p.value("em", "font-family") == "Arial, sans-serif")
    #expect(p.value("em", "font-size") == "20px")
    #expect(p.value("em", "border-top-width") == "0px")
    #expect(p.value("em", "border-top-color") == "rgb(1, 2, 3)")
}

@Test func cssWideKeywords() {
    let p = StyledPage(page(
        css: """
            div { color: red; border: 2px solid blue; margin: 5px }
            .i { color: inherit; border-color: inherit; margin: inherit }
            .n { color: initial; margin: initial }
            .u { color: unset; margin: unset }
            h1 { font-size: revert; margin: revert; display: revert } h1 { font-size: 10px; margin: 0; display: inline }
            """,
        body: "<div><p class='i'>a</p><p class='n'>b</p><p class='u'>c</p></div><h1>h</h1>"))
    #expect(p.value(".i", "color") == "rgb(255, 0, 0)")
    #expect(p.value(".i", "margin-left") == "5px")
    #expect(p.value(".n", "color") == "rgb(0, 0, 0)")
    #expect(p.value(".n", "margin-top") == "0px")
    #expect(p.value(".u", "color") == "rgb(255, 0, 0)")
    #expect(p.value(".u", "margin-top") == "0px")
    #expect(p.value("h1", "font-size") == "10px")
    let q = StyledPage(page(css: "h1 { font-size: 10px; margin: 0 } h1 { font-size: revert; margin: revert }", body: "<h1>h</h1>"))
    #expect(q.value("h1", "font-size") == "32px")
    #expect(q.value("h1", "margin-top") == "21.44px")
}

@Test func lengthUnits() {
    let p = StyledPage(page(
        css: """
            html { font-size: 20px }
            div { font-size: 10px }
            p { width: 2em; height: 1.5rem; margin-top: 12pt; margin-left: 1in; margin-right: 2.54cm;
                padding-top: 10mm; padding-left: 1pc; min-width: 10vw; min-height: 10vh; max-width: 50%;
                font-size: 150%; line-height: 1.5 }
            span { width: calc(10px + 2em); line-height: 150%; font-size: larger }
            """,
        body: "<div><p><span>x</span></p></div>"))
    #expect(p.value("p", "font-size") == "15px")
    #expect(p.value("p", "width") == "30px")
    #expect(p.value("p", "height") == "30px")
    #expect(p.value("p", "margin-top") == "16px")
    #expect(p.value("p", "margin-left") == "96px")
    #expect(p.value("p", "margin-right") == "96px")
    #expect(p.value("p", "padding-top") == "37.7953px")
    #expect(p.value("p", "padding-left") == "16px")
    #expect(p.value("p", "min-width") == "102.4px")
    #expect(p.value("p", "min-height") == "76.8px")
    #expect(p.value("p", "max-width") == "50%")
    #expect(p.value("p", "line-height") == "22.5px")
    #expect(p.value("span", "font-size") == "18px")
    #expect(p.value("span", "width") == "46px")
    #expect(p.value("span", "line-height") == "27px")
    #expect(p.styles.length("width", for: p.element("span")) == 46)
}

@Test func fontKeywordsAndWeights() {
    let p = StyledPage(page(
        css: ".a { font-size: x-large; font-weight: lighter } .b { font-weight: bolder; font-size: smaller } .c { font-weight: bold } .d { font-weight: 300 }",
        body: "<div class='a'><div class='b'>x</div></div><b><span class='b'>y</span></b><p class='c'>c</p><p class='d'><b class='b'>d</b></p>"))
    #expect(p.value(".a", "font-size") == "24px")
    #expect(p.value(".a", "font-weight") == "100")
    #expect(p.value(".a .b", "font-weight") == "400")
    #expect(p.value(".a .b", "font-size") == "20px")
    #expect(p.value("b .b", "font-weight") == "900")
    #expect(p.value(".c", "font-weight") == "700")
    #expect(p.value(".d .b", "font-weight") == "400")
}

@Test func borderWidthsNeedAStyle() {
    let p = StyledPage(page(
        css: ".a { border-width: 4px } .b { border: thick solid } .c { border: 1.5px dotted; border-left-width: 0.5px } .d { border: 2px solid; border-style: none hidden solid }",
        body: "<p class='a'>a</p><p class='b'>b</p><p class='c'>c</p><p class='d'>d</p>"))
    #expect(p.value(".a", "border-top-width") == "0px")
    #expect(p.value(".b", "border-top-width") == "5px")
    #expect(p.value(".b", "border-top-color") == "rgb(0, 0, 0)")
    #expect(p.value(".c", "border-top-width") == "1px")
    #expect(p.value(".c", "border-left-width") == "1px")
    #expect(p.value(".d", "border-top-width") == "0px")
    #expect(p.value(".d", "border-left-width") == "0px")
    #expect(p.value(".d", "border-bottom-width") == "2px")
}

@Test func displayBlockification() {
    let p = StyledPage(page(
        css: ".f { display: flex } .fl { float: left } .ab { position: absolute; float: right; display: inline-flex }",
        body: "<div class='f'><span id='item'>x</span><a id='a2'>y</a></div><span class='fl'>f</span><span class='ab'>a</span><span id='plain'>p</span>"))
    #expect(p.value("#item", "display") == "block")
    #expect(p.value("#item", "min-width") == "auto")
    #expect(p.value("#plain", "min-width") == "0px")
    #expect(p.value(".fl", "display") == "block")
    #expect(p.value(".ab", "display") == "flex")
    #expect(p.value(".ab", "float") == "none")
    #expect(p.value("html", "display") == "block")
}

@Test func invalidDeclarationsAreDropped() {
    let p = StyledPage(page(
        css: "p { color: green } p { color: reed; colour: red; width: -5px; display: flexbox; margin: 5 } p { color: blue\n background: red }",
        body: "<p>x</p>"))
    #expect(p.value("p", "color") == "rgb(0, 128, 0)")
    #expect(p.value("p", "background-color") == "rgba(0, 0, 0, 0)")
    #expect(p.value("p", "width") == "auto")
    #expect(p.value("p", "display") == "block")
    #expect(p.value("p", "margin-top") == "16px")
}

@Test func quirksModeAcceptsUnitlessLengths() {
    let p = StyledPage("<html><head><style>p { width: 100; margin: 5; line-height: 2 }</style></head><body><p>x</p></body></html>")
    #expect(p.value("p", "width") == "100px")
    #expect(p.value("p", "margin-top") == "5px")
}

@Test func mediaAttributesAndRules() {
    let p = StyledPage(page(
        css: "@media (max-width: 600px) { p { color: red } } @media (min-width: 601px) { p { background-color: blue } } @media print { p { margin: 0 } }",
        body: "<p>x</p>"))
    #expect(p.value("p", "color") == "rgb(0, 0, 0)")
    #expect(p.value("p", "background-color") == "rgb(0, 0, 255)")
    #expect(p.value("p", "margin-top") == "16px")
    let q = StyledPage(
        "<!DOCTYPE html><style media='print'>p { color: red }</style><style media='screen and (min-width: 800px)'>p { font-size: 20px }</style><p>x</p>")
    #expect(q.value("p", "color") == "rgb(0, 0, 0)")
    #expect(q.value("p", "font-size") == "20px")
    let small = StyledPage(page(css: "@media (max-width: 600px) { p { color: red } }", body: "<p>x</p>"), viewport: Viewport(width: 500, height: 800))
    #expect(small.value("p", "color") == "rgb(255, 0, 0)")
}

@Test func linkedAndImportedFiles() {
    let html = "<!DOCTYPE html><html><head><link rel='stylesheet' href='css/style.css?v=2'><link rel='stylesheet' href='missing.css'><link rel='alternate stylesheet' href='css/alt.css'></head><body><h1>x</h1><p>y</p></body></html>"
    let p = StyledPage(html, files: [
        "css/style.css": "@import 'more.css'; @import url(style.css); h1 { color: red }",
        "css/more.css": "@import '../css/style.css'; p { color: blue } h1 { color: green }",
        "css/alt.css": "p { color: yellow }",
    ])
    #expect(p.value("h1", "color") == "rgb(255, 0, 0)")
    #expect(p.value("p", "color") == "rgb(0, 0, 255)")
    #expect(p.styles.sheets.missing.map(\.href) == ["missing.css"])
    #expect(p.styles.sheets.missing.first?.location?.line == 1)
}

@Test func cascadedDeclarationTellsWhoWon() throws {
    let p = StyledPage(page(css: ".card { width: 50% }\nbody { font: 16px Arial }", body: "<div class='card' style='color: red'>x</div>"))
    let card = p.element(".card")
    let width = try #require(p.styles.cascaded("width", for: card))
    #expect(width.origin == .author)
    #expect(width.selector == ".card")
    #expect(width.valueText == "50%")
    #expect(width.location?.line == 3)
    #expect(width.location?.column == 9)
    let family = try #require(p.styles.cascaded("font-family", for: p.element("body")))
    #expect(family.declaredProperty == "font")
    #expect(p.styles.cascaded("max-width", for: card) == nil)
    let color = try #require(p.styles.cascaded("color", for: card))
    #expect(color.origin == .inline)
    #expect(color.location?.line == 5)
    #expect(p.styles.cascaded("display", for: card)?.origin == .userAgent)
}

@Test func nestingResolvesAgainstTheParent() {
    let p = StyledPage(page(css: ".card { color: red; & p { color: blue } span { color: green } &:hover { color: pink } }", body: "<div class='card'><p>a</p><span>b</span></div><span id='out'>c</span>"))
    #expect(p.value(".card", "color") == "rgb(255, 0, 0)")
    #expect(p.value(".card p", "color") == "rgb(0, 0, 255)")
    #expect(p.value(".card span", "color") == "rgb(0, 128, 0)")
    #expect(p.value("#out", "color") == "rgb(0, 0, 0)")
}

@Test func customPropertiesAndVar() {
    let p = StyledPage(page(
        css: """
            :root { --primary: #3498db; --pad: 12px; --double: calc(var(--pad) * 2); --loop: var(--loop) }
            h1 { color: var(--primary); }
            .box { padding: var(--pad) var(--double); border: 2px solid var(--primary); }
            .fallback { color: var(--missing, green); margin-top: var(--nothing); background-color: var(--loop, red) }
            .local { --primary: tomato; }
            .local p { background-color: var(--primary); }
            """,
        body: "<h1>x</h1><div class='box'>b</div><p class='fallback'>f</p><div class='local'><p>l</p></div>"))
    #expect(p.value("h1", "color") == "rgb(52, 152, 219)")
    #expect(p.value(".box", "padding-top") == "12px")
    #expect(p.value(".box", "padding-right") == "24px")
    #expect(p.value(".box", "border-left-color") == "rgb(52, 152, 219)")
    #expect(p.value(".fallback", "color") == "rgb(0, 128, 0)")
    #expect(p.value(".fallback", "margin-top") == "0px")
    #expect(p.value(".fallback", "background-color") == "rgb(255, 0, 0)")  // a cycle is invalid: the fallback applies
    #expect(p.value(".local p", "background-color") == "rgb(255, 99, 71)")
}

/// Values checked in Chromium 156: `align` on a heading computes to the plain keyword, on a
/// paragraph, div or cell to the -webkit- one.
@Test func alignAttributeOnHeadingsAndBlocks() {
    let p = StyledPage(page(css: "", body: "<h1 align='center'>a</h1><h2 align=MIDDLE>b</h2><h3 align=right>c</h3><h4 align=justify>d</h4><p align=center>e</p><div align=left>f</div>"))
    #expect(p.value("h1", "text-align") == "center")
    #expect(p.value("h2", "text-align") == "center")
    #expect(p.value("h3", "text-align") == "right")
    #expect(p.value("h4", "text-align") == "justify")
    #expect(p.value("p", "text-align") == "-webkit-center")
    #expect(p.value("div", "text-align") == "-webkit-left")
}

/// Values checked in Chromium 156.
@Test func placeContentSetsAlignAndJustifyContent() {
    let p = StyledPage(page(
        css: """
            .a { display: flex; place-content: center } .b { place-content: end space-between }
            .c { place-content: baseline } .d { justify-content: center; place-content: left }
            .e { justify-content: center; place-content: center left right }
            """,
        body: "<nav class='a'>a</nav><nav class='b'>b</nav><nav class='c'>c</nav><nav class='d'>d</nav><nav class='e'>e</nav>"))
    #expect(p.value(".a", "justify-content") == "center")
    #expect(p.value(".a", "align-content") == "center")
    #expect(p.value(".b", "align-content") == "end")
    #expect(p.value(".b", "justify-content") == "space-between")
    #expect(p.value(".c", "align-content") == "baseline")
    #expect(p.value(".c", "justify-content") == "start")
    #expect(p.value(".d", "justify-content") == "center")  // left is not an align-content value: dropped
    #expect(p.value(".e", "justify-content") == "center")  // three values: dropped
}

/// Values checked in Chromium 156: rules in @layer blocks apply below unlayered ones, layers in
/// the order they first appear (`@layer a, b;` sets it); for !important the order reverses.
@Test func cascadeLayers() {
    let p = StyledPage(page(
        css: """
            @layer reset, theme;
            @layer theme { p { color: red; } .b { color: green !important; } }
            @layer reset { p { color: blue; margin-top: 3px; } .b { color: purple !important; } }
            .c { color: teal; }
            @layer { .c { color: orange; } .d { color: navy; } }
            @layer theme { .d { color: maroon; } }
            .e { color: gray !important; }
            @layer theme { .e { color: olive !important; } }
            @layer outer { @layer inner { .f { color: lime; } } .f { margin-top: 7px; } }
            nav a { text-decoration: none; }
            @layer base { nav a { text-decoration: underline; } }
            """,
        body: "<p class=a>a</p><p class=b>b</p><p class=c>c</p><p class=d>d</p><p class=e>e</p><p class=f>f</p><nav><a href='#'>x</a></nav>"))
    #expect(p.value(".a", "color") == "rgb(255, 0, 0)")
    #expect(p.value(".a", "margin-top") == "3px")
    #expect(p.value(".b", "color") == "rgb(128, 0, 128)")
    #expect(p.value(".c", "color") == "rgb(0, 128, 128)")
    #expect(p.value(".d", "color") == "rgb(0, 0, 128)")
    #expect(p.value(".e", "color") == "rgb(128, 128, 0)")
    #expect(p.value(".f", "color") == "rgb(0, 255, 0)")
    #expect(p.value(".f", "margin-top") == "7px")
    #expect(p.value("nav a", "text-decoration-line") == "none")
}

/// Nested layers: a layer's own rules rank above its sublayers, and a sublayer that first
/// appears late (`@layer a.c` after `@layer b`) still ranks with its parent, below `b`.
@Test func nestedCascadeLayersRankInTreeOrder() {
    let p = StyledPage(page(
        css: """
            @layer outer { .f { color: navy; } @layer inner { .f { color: lime; } } }
            @layer a { .g { color: red; } }
            @layer b { .g { color: blue; } .h { color: blue; } }
            @layer a.c { .g { color: green; } .h { color: green; } }
            @layer outer { .i { color: navy !important; } @layer inner { .i { color: lime !important; } } }
            """,
        body: "<p class=f>f</p><p class=g>g</p><p class=h>h</p><p class=i>i</p>"))
    #expect(p.value(".f", "color") == "rgb(0, 0, 128)")
    #expect(p.value(".g", "color") == "rgb(0, 0, 255)")
    #expect(p.value(".h", "color") == "rgb(0, 0, 255)")
    #expect(p.value(".i", "color") == "rgb(0, 255, 0)")  // !important: the sublayer wins
}

@Test func allShorthandResetsEverything() {
    let p = StyledPage(page(css: "p { color: red; margin: 3px } p.x { all: unset } p.y { all: initial }", body: "<div style='color: blue'><p class='x'>a</p><p class='y'>b</p></div>"))
    #expect(p.value(".x", "color") == "rgb(0, 0, 255)")
    #expect(p.value(".x", "margin-top") == "0px")
    #expect(p.value(".x", "display") == "inline")
    #expect(p.value(".y", "color") == "rgb(0, 0, 0)")
}

@Test func minMaxClamp() {
    let p = StyledPage(page(
        css: """
            div { font-size: 10px; margin-bottom: min(20px, 3em); margin-top: max(1px, 0.5em, 2mm);
                  padding-top: clamp(5px, 1vw, 50px); padding-left: calc(2 * min(4px, 1em) + 1px);
                  opacity: min(0.5, 0.8); width: min(50%, 300px); height: clamp(10px, 2em) }
            """,
        body: "<div>x</div>"))
    #expect(p.value("div", "margin-bottom") == "20px")
    #expect(p.value("div", "margin-top") == "7.55906px")  // 2mm
    #expect(p.value("div", "padding-top") == "10.24px")
    #expect(p.value("div", "padding-left") == "9px")
    #expect(p.value("div", "opacity") == "0.5")
    // Percentages inside min() need layout: the function stays; clamp() needs three arguments.
    #expect(p.value("div", "width") == "min(50%, 300px)")
    #expect(p.value("div", "height") == "auto")
}

/// Values checked in Chromium 156: a math function with a percentage stays a function (lengths
/// inside it computed), one that simplifies to a percentage is that percentage.
@Test func mathFunctionsWithPercentages() {
    let p = StyledPage(page(
        css: """
            div { font-size: 10px } .a { max-width: min(90%, 400px) } .b { max-width: max(100%, 1em) }
            .c { max-width: clamp(200px, 50%, 600px) } .d { max-width: calc(100%) } .e { max-width: calc(50% + 10px - 10px) }
            .f { max-width: min(100%) } .g { max-width: min(100%, 100%) } .h { max-width: calc(100% - 2em) }
            .i { font-size: min(150%, 40px); line-height: max(150%, 5px) } .j { width: 300px; width: min(90%, 400px, ) }
            """,
        body: "<div class=a>a</div><div class=b>b</div><div class=c>c</div><div class=d>d</div><div class=e>e</div><div class=f>f</div><div class=g>g</div><div class=h>h</div><div class=i>i</div><div class=j>j</div>"))
    #expect(p.value(".a", "max-width") == "min(90%, 400px)")
    #expect(p.value(".b", "max-width") == "max(100%, 10px)")
    #expect(p.value(".c", "max-width") == "clamp(200px, 50%, 600px)")
    #expect(p.value(".d", "max-width") == "100%")
    #expect(p.value(".e", "max-width") == "50%")
    #expect(p.value(".f", "max-width") == "100%")
    #expect(p.value(".g", "max-width") == "100%")
    #expect(p.value(".h", "max-width") == "calc(100% - 20px)")
    #expect(p.value(".i", "font-size") == "24px")  // 150% of the body's 16px
    #expect(p.value(".i", "line-height") == "36px")
    #expect(p.value(".j", "width") == "300px")  // an empty argument: dropped
}

/// Values checked in Chromium 156: the unitless-length quirk applies to border-width, not to
/// the border shorthands.
@Test func unitlessBorderShorthandIsDroppedInQuirksMode() {
    let quirks = StyledPage("<style>p { border: 1 solid black } b { border-top: 2 solid red } i { border-width: 3; border-style: solid }</style><p><b>x</b><i>y</i></p>")
    #expect(quirks.value("p", "border-top-style") == "none")
    #expect(quirks.value("b", "border-top-width") == "0px")
    #expect(quirks.value("i", "border-top-width") == "3px")
}

/// Values checked in Chromium 156.
@Test func twoWordAlignmentValues() {
    let p = StyledPage(page(
        css: """
            nav { justify-content: safe center; align-content: unsafe end; align-items: first baseline; align-self: safe center }
            div { justify-content: center; justify-content: first baseline; align-items: center; align-items: safe stretch; text-align: safe center }
            """,
        body: "<nav>n</nav><div>d</div>"))
    #expect(p.value("nav", "justify-content") == "safe center")
    #expect(p.value("nav", "align-content") == "unsafe end")
    #expect(p.value("nav", "align-items") == "baseline")
    #expect(p.value("nav", "align-self") == "safe center")
    #expect(p.value("div", "justify-content") == "center")
    #expect(p.value("div", "align-items") == "center")
    #expect(p.value("div", "text-align") == "start")
}

@Test func tableBordersDefaultToCurrentColor() {
    let p = StyledPage(page(css: "table { color: teal; border: 1px solid }", body: "<table><tr><td>x</td></tr></table>"))
    #expect(p.value("table", "border-top-color") == "rgb(0, 128, 128)")
    #expect(p.value("td", "border-left-color") == "rgb(0, 128, 128)")
}

@Test func hashlessHexColoursInQuirksModeOnly() {
    // Values checked in Chromium 156: the border/background shorthands and text-decoration-color refuse them.
    let css = """
        p { color: ff0000; background-color: 00ff00; border-color: 123 red; border: 1px solid 123 }
        b { color: abcd } i { border-color: 123 red; text-decoration-color: 00ff00; background: 00ff00 }
        """
    let quirks = StyledPage("<style>\(css)</style><p><b>x</b><i>y</i></p>")
    #expect(quirks.value("p", "color") == "rgb(255, 0, 0)")
    #expect(quirks.value("p", "background-color") == "rgb(0, 255, 0)")
    #expect(quirks.value("p", "border-top-color") == "rgb(0, 1, 35)")  // `border: … 123` is dropped
    #expect(quirks.value("p", "border-top-width") == "0px")
    #expect(quirks.value("i", "border-top-color") == "rgb(0, 1, 35)")
    #expect(quirks.value("i", "border-right-color") == "rgb(255, 0, 0)")
    #expect(quirks.value("i", "text-decoration-color") == "rgb(255, 0, 0)")
    #expect(quirks.value("i", "background-color") == "rgba(0, 0, 0, 0)")
    #expect(quirks.value("b", "color") == "rgb(255, 0, 0)")  // abcd is not a colour: inherited
    let standard = StyledPage(page(css: css, body: "<p>x</p>"))
    #expect(standard.value("p", "color") == "rgb(0, 0, 0)")
    #expect(standard.value("p", "background-color") == "rgba(0, 0, 0, 0)")
}

@Test func prefixedFlexboxSpellingsChromiumStillReads() {
    // Values checked in Chromium 156.
    let p = StyledPage(page(
        css: """
            nav { display: -webkit-flex; -webkit-justify-content: space-between; -webkit-flex-wrap: wrap }
            div { display: -webkit-inline-flex; -webkit-flex: 2; -webkit-border-radius: 4px }
            p { display: -webkit-box }
            """,
        body: "<nav>a</nav><div>b</div><p>c</p>"))
    #expect(p.value("nav", "display") == "flex")
    #expect(p.value("nav", "justify-content") == "space-between")
    #expect(p.value("nav", "flex-wrap") == "wrap")
    #expect(p.value("div", "display") == "inline-flex")
    #expect(p.value("div", "flex-grow") == "2")
    #expect(p.value("div", "border-top-left-radius") == "4px")
    let legacy = StyledPage(page(css: "div { -webkit-border-radius: 10px 20px } p { -webkit-border-radius: 1px 2px 3px }", body: "<div>a</div><p>b</p>"))
    #expect(legacy.value("div", "border-bottom-right-radius") == "10px 20px")
    #expect(legacy.value("p", "border-bottom-left-radius") == "2px")
    #expect(p.value("p", "display") == "-webkit-box")
}

@Test func quirksModeTablesDoNotInheritTextStyles() {
    // Values checked in Chromium 156 (its quirks.css).
    let css = "body { text-align: center; font-weight: bold; font-size: 20px; font-style: italic; line-height: 2; color: red }"
    let body = "<table><tr><td>x</td></tr></table><p>y</p>"
    let quirks = StyledPage("<html><style>\(css)</style><body>\(body)</body></html>")
    for selector in ["table", "td"] {
        #expect(quirks.value(selector, "text-align") == "start")
        #expect(quirks.value(selector, "font-weight") == "400")
        #expect(quirks.value(selector, "font-size") == "16px")
        #expect(quirks.value(selector, "font-style") == "normal")
        #expect(quirks.value(selector, "line-height") == "normal")
        #expect(quirks.value(selector, "color") == "rgb(255, 0, 0)")
    }
    #expect(quirks.value("p", "font-size") == "20px")
    let standard = StyledPage(page(css: css, body: body))
    #expect(standard.value("td", "font-size") == "20px")
    #expect(standard.value("td", "text-align") == "center")
}

@Test func presentationalAttributesAreStylesBelowEveryRule() {
    // Values checked in Chromium 156.
    let p = StyledPage("""
        <!DOCTYPE html><style>h2 { color: green } .x { background-color: white }</style>
        <body bgcolor="ffeecc" text="navy"><h1>a</h1><h2>b</h2>
        <font color="red" size="+2" face="Arial">f</font><p align="center">p</p>
        <table border="2" cellpadding="5" width="80%" align="center" class="x" bgcolor="yellow"><tr><td align="right" width="0">c</td></tr></table>
        </body>
        """)
    #expect(p.value("body", "background-color") == "rgb(255, 238, 204)")
    #expect(p.value("h1", "color") == "rgb(0, 0, 128)")
    #expect(p.value("h2", "color") == "rgb(0, 128, 0)")  // a rule beats the attribute
    #expect(p.value("font", "color") == "rgb(255, 0, 0)")
    #expect(p.value("font", "font-size") == "24px")
    #expect(p.value("font", "font-family") == "Arial")
    #expect(p.value("p", "text-align") == "-webkit-center")
    #expect(p.value("table", "border-top-width") == "2px")
    #expect(p.value("table", "border-left-style") == "outset")
    #expect(p.value("table", "width") == "80%")
    #expect(p.value("table", "margin-left") == "auto")
    #expect(p.value("table", "background-color") == "rgb(255, 255, 255)")
    #expect(p.value("td", "border-top-width") == "1px")
    #expect(p.value("td", "border-top-style") == "inset")
    #expect(p.value("td", "padding-left") == "5px")
    #expect(p.value("td", "text-align") == "-webkit-right")
    #expect(p.value("td", "width") == "auto")
    let body = p.element("body")
    #expect(p.styles.cascaded("background-color", for: body)?.origin == .presentationalHint)
    #expect(p.styles.cascaded("background-color", for: body)?.selector == "bgcolor=\"ffeecc\"")
}

@Test func quirksModeClassAndIDSelectorsIgnoreCase() {
    // Values checked in Chromium 156: without a doctype, `.Title` matches class="title".
    let css = ".Title { color: red } #Main { color: blue }"
    let quirks = StyledPage("<style>\(css)</style><h1 class=title>a</h1><p id=main>b</p>")
    #expect(quirks.value("h1", "color") == "rgb(255, 0, 0)")
    #expect(quirks.value("p", "color") == "rgb(0, 0, 255)")
    let standard = StyledPage(page(css: css, body: "<h1 class=title>a</h1><p id=main>b</p>"))
    #expect(standard.value("h1", "color") == "rgb(0, 0, 0)")
    #expect(standard.value("p", "color") == "rgb(0, 0, 0)")
}

@Test func logicalPropertiesSetThePhysicalOnesOfAHorizontalPage() {
    // Values checked in Chromium 156.
    let p = StyledPage(page(
        css: """
            div { margin-inline: auto; margin-block: 10px 20px; padding-inline: 1em 2em; padding-block-end: 5px;
                  inline-size: 300px; max-block-size: 50vh; border-block: 2px solid red; border-inline-start: 3px dashed;
                  inset-inline-start: 4px; position: relative }
            p { margin-left: 7px; margin-inline-start: 9px; padding-inline: 3px; padding-left: 1px; border-start-end-radius: 6px }
            """,
        body: "<div>a</div><p>b</p>"))
    #expect(p.value("div", "margin-left") == "auto")
    #expect(p.value("div", "margin-right") == "auto")
    #expect(p.value("div", "margin-top") == "10px")
    #expect(p.value("div", "margin-bottom") == "20px")
    #expect(p.value("div", "padding-left") == "16px")
    #expect(p.value("div", "padding-right") == "32px")
    #expect(p.value("div", "padding-bottom") == "5px")
    #expect(p.value("div", "width") == "300px")
    #expect(p.value("div", "max-height") == "384px")
    #expect(p.value("div", "border-bottom-color") == "rgb(255, 0, 0)")
    #expect(p.value("div", "border-top-width") == "2px")
    #expect(p.value("div", "border-left-style") == "dashed")
    #expect(p.value("div", "border-right-style") == "none")
    #expect(p.value("div", "left") == "4px")
    // Later declarations win, logical or physical.
    #expect(p.value("p", "margin-left") == "9px")
    #expect(p.value("p", "padding-left") == "1px")
    #expect(p.value("p", "padding-right") == "3px")
    #expect(p.value("p", "border-top-right-radius") == "6px")
}
