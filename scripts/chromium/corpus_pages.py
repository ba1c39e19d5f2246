"""Page definitions of kru's browser-agreement corpus (used by gen_corpus.py).

Each page: name (file name without .html; category prefix), title, css (the
<style> element's text, or None for no <style>), body (HTML inside <body>;
elements to record carry data-k="KEY"), and optionally head (more HTML for
<head>), files (relative path -> text; the page becomes a folder NAME/ with
index.html and these files), lang, html_attrs, body_attrs.

Categories: ua- browser default style sheet, col- colours, len- lengths and
units, font- fonts and text, cas- cascade (specificity, importance, order),
inh- inheritance and the CSS-wide keywords, med- media queries, inv- invalid
CSS and error recovery, sh- shorthands, box- box model, flex-/grid- layout
properties, kw- keyword properties, km- Khmer pages, beg- pages written the
way beginners write them, file- linked and imported stylesheets.
"""

PAGES: list[dict] = []


def page(name, title, css, body, **extra):
    PAGES.append(dict(name=name, title=title, css=css, body=body, **extra))


# ---------------------------------------------------------------------------
# ua-: the browser's default style sheet
# ---------------------------------------------------------------------------

page("ua-headings", "Default headings", None, """
<h1 data-k="h1">Heading one</h1>
<h2 data-k="h2">Heading two</h2>
<h3 data-k="h3">Heading three</h3>
<h4 data-k="h4">Heading four</h4>
<h5 data-k="h5">Heading five</h5>
<h6 data-k="h6">Heading six</h6>
<p data-k="p">A paragraph after the headings.</p>
""", html_attrs=' data-k="html"')

page("ua-inline-text", "Default inline text", None, """
<p data-k="p">Text with <b data-k="b">bold</b>, <strong data-k="strong">strong</strong>,
<em data-k="em">emphasis</em>, <i data-k="i">italic</i>, <u data-k="u">underline</u>,
<s data-k="s">struck</s>, <small data-k="small">small</small>, <mark data-k="mark">marked</mark>,
<code data-k="code">code</code>, <sub data-k="sub">sub</sub>, <sup data-k="sup">sup</sup>,
<a href="https://example.org/" data-k="a">a link</a> and <a data-k="a-nohref">an anchor without href</a>.</p>
""")

page("ua-block-text", "Default block text", None, """
<blockquote data-k="blockquote">A quotation.</blockquote>
<pre data-k="pre">preformatted
  text</pre>
<address data-k="address">Phnom Penh</address>
<hr data-k="hr">
<figure data-k="figure"><figcaption data-k="figcaption">A caption</figcaption></figure>
<center data-k="center">Centred the old way</center>
""")

page("ua-lists", "Default lists", None, """
<ul data-k="ul">
  <li data-k="ul-li">Rice</li>
  <li>Fish
    <ul data-k="ul-ul">
      <li data-k="ul-ul-li">Trey</li>
      <li>Prahok
        <ul><li data-k="ul-ul-ul-li">deep</li></ul>
      </li>
    </ul>
  </li>
</ul>
<ol data-k="ol"><li data-k="ol-li">First</li><li>Second</li></ol>
<dl data-k="dl"><dt data-k="dt">Kru</dt><dd data-k="dd">Teacher</dd></dl>
""")

page("ua-table", "Default table", None, """
<table data-k="table">
  <caption data-k="caption">Scores</caption>
  <thead data-k="thead"><tr data-k="tr"><th data-k="th">Name</th><th>Score</th></tr></thead>
  <tbody data-k="tbody"><tr><td data-k="td">Dara</td><td>9</td></tr></tbody>
  <tfoot data-k="tfoot"><tr><td>Total</td><td>9</td></tr></tfoot>
</table>
""")

page("ua-forms", "Default form controls", None, """
<form data-k="form">
  <fieldset data-k="fieldset"><legend data-k="legend">Join the club</legend>
    <label data-k="label">Name <input type="text" data-k="input"></label>
    <textarea data-k="textarea">Hello</textarea>
    <select data-k="select"><option data-k="option">One</option></select>
    <button data-k="button">Send</button>
    <input type="checkbox" data-k="checkbox">
    <input type="hidden" data-k="hidden-input">
  </fieldset>
</form>
""")

page("ua-display-sections", "Display of sectioning elements", None, """
<header data-k="header">Header</header>
<nav data-k="nav">Nav</nav>
<main data-k="main"><article data-k="article"><section data-k="section">Section</section></article>
<aside data-k="aside">Aside</aside></main>
<footer data-k="footer">Footer</footer>
<div data-k="div"><span data-k="span">span</span></div>
<search data-k="search">search</search>
""")

page("ua-display-phrasing", "Display of phrasing elements", None, """
<p><abbr data-k="abbr">CSS</abbr> <cite data-k="cite">cite</cite> <q data-k="q">quote</q>
<dfn data-k="dfn">term</dfn> <kbd data-k="kbd">Ctrl</kbd> <samp data-k="samp">out</samp>
<var data-k="var">x</var> <time data-k="time">today</time> <ins data-k="ins">new</ins>
<del data-k="del">old</del> <br data-k="br"> <wbr data-k="wbr"> <img alt="cat" data-k="img">
<canvas data-k="canvas"></canvas> <iframe data-k="iframe"></iframe> <video data-k="video"></video>
<audio data-k="audio"></audio> <audio controls data-k="audio-controls"></audio></p>
""")

page("ua-display-hidden", "Elements the browser does not show", None, """
<p hidden data-k="hidden-p">Hidden paragraph</p>
<div data-k="div">Shown <span hidden data-k="hidden-span">hidden</span></div>
<details data-k="details"><summary data-k="summary">More</summary><p data-k="details-p">Inside</p></details>
<dialog data-k="dialog">A dialog</dialog>
<noscript data-k="noscript">No script</noscript>
<template data-k="template"><p>template</p></template>
<script data-k="script">/* nothing */</script>
<style data-k="style-in-body">p.never { color: red }</style>
""", head='<link rel="icon" href="data:," data-k="link">\n<meta name="x" content="y" data-k="meta">\n')

page("ua-head-elements", "Display of head elements", None, """
<p data-k="p">The head and its children are display: none.</p>
""", head='<base href="./" data-k="base">\n', html_attrs=' data-k="html"')

page("ua-links", "Links by default", """
.plain { color: inherit }
""", """
<p data-k="p">Read <a href="a.html" data-k="a">the lesson</a>.</p>
<h1 data-k="h1"><a href="b.html" data-k="h1-a">A heading link</a></h1>
<p class="plain" style="color: green" data-k="p-green"><a href="c.html" class="plain" data-k="a-inherit">inherits green</a></p>
<nav><a href="#top" data-k="a-fragment">Top</a></nav>
""")

page("ua-headings-in-sections", "Headings inside sections", None, """
<article><h1 data-k="article-h1">In an article</h1></article>
<section><section><h1 data-k="section-section-h1">Two sections deep</h1></section></section>
<aside><h2 data-k="aside-h2">Aside h2</h2></aside>
<hgroup data-k="hgroup"><h1 data-k="hgroup-h1">Grouped</h1><p data-k="hgroup-p">sub</p></hgroup>
""")

page("ua-presentational-attributes", "Old presentational attributes", None, """
<font color="red" size="5" face="Arial" data-k="font">Old font tag</font>
<table border="1" cellpadding="6" width="300" data-k="table"><tr><td align="center" bgcolor="yellow" data-k="td">cell</td></tr></table>
<img src="cat.png" width="120" height="80" alt="cat" data-k="img">
<p align="right" data-k="p">Right aligned</p>
<hr width="50%" size="4" noshade data-k="hr">
""", body_attrs=' bgcolor="#ffeecc" text="navy"')

# ---------------------------------------------------------------------------
# col-: colours
# ---------------------------------------------------------------------------

NAMED_COLOURS = """aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue
blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan
darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen
darkorange darkorchid darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey
darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite
forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink
indianred indigo ivory khaki lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral
lightcyan lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen
lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen magenta
maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue
mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin
navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen
paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple red
rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue slateblue
slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise violet wheat white
whitesmoke yellow yellowgreen""".split()

for part in range(4):
    names = NAMED_COLOURS[part::4]
    css = "\n".join(
        f".{n} {{ color: {n.upper() if i % 5 == 0 else n}; background-color: {NAMED_COLOURS[-1 - NAMED_COLOURS.index(n)]} }}"
        for i, n in enumerate(names))
    body = "\n".join(f'<li class="{n}" data-k="{n}">{n}</li>' for n in names)
    page(f"col-named-{part + 1}", f"Named colours, part {part + 1}", css, f"<ul>\n{body}\n</ul>")

page("col-hex", "Hexadecimal colours", """
.a { color: #f00 }
.b { color: #00ff00 }
.c { color: #0000FF; background-color: #FfCc00 }
.d { color: #f008 }
.e { color: #11223344 }
.f { color: #abc; border: 2px solid #a1b2c3 }
.g { color: #000; background-color: #fff }
.h { color: #ffffff00 }
""", """
<p class="a" data-k="a">three digits</p>
<p class="b" data-k="b">six digits</p>
<p class="c" data-k="c">upper and mixed case</p>
<p class="d" data-k="d">four digits with alpha</p>
<p class="e" data-k="e">eight digits with alpha</p>
<p class="f" data-k="f">border colour</p>
<p class="g" data-k="g">black on white</p>
<p class="h" data-k="h">fully transparent white</p>
""")

page("col-rgb", "rgb() and rgba()", """
.a { color: rgb(255, 0, 0) }
.b { color: rgb(0 128 0) }
.c { color: rgba(0, 0, 255, 0.5) }
.d { color: rgb(0 0 255 / 25%) }
.e { color: rgb(100%, 50%, 0%) }
.f { color: rgba(10, 20, 30, 1) }
.g { color: rgb(300, -20, 128) }
.h { color: rgb(12.4, 12.6, 200.5) }
.i { color: rgba(0 0 0 / 0) }
.j { color: RGB(1,2,3) }
.k { color: rgb(0, 0, 0, 0.3) }
""", """
<p class="a" data-k="a">comma syntax</p>
<p class="b" data-k="b">space syntax</p>
<p class="c" data-k="c">rgba with alpha</p>
<p class="d" data-k="d">slash alpha in percent</p>
<p class="e" data-k="e">percentages</p>
<p class="f" data-k="f">alpha one</p>
<p class="g" data-k="g">out of range</p>
<p class="h" data-k="h">fractions</p>
<p class="i" data-k="i">transparent black</p>
<p class="j" data-k="j">upper-case function</p>
<p class="k" data-k="k">rgb with four arguments</p>
""")

page("col-hsl", "hsl() and hsla()", """
.a { color: hsl(0, 100%, 50%) }
.b { color: hsl(120 100% 25%) }
.c { color: hsla(240, 100%, 50%, 0.5) }
.d { color: hsl(200deg 50% 50% / 0.8) }
.e { color: hsl(0.5turn, 60%, 40%) }
.f { color: hsl(-120, 100%, 50%) }
.g { color: hsl(480, 100%, 50%) }
.h { color: hsl(30, 0%, 50%) }
.i { color: hsl(3.14159rad 100% 50%) }
.j { background-color: hsl(60, 100%, 90%) }
""", """
<p class="a" data-k="a">red</p>
<p class="b" data-k="b">dark green</p>
<p class="c" data-k="c">half blue</p>
<p class="d" data-k="d">degrees and alpha</p>
<p class="e" data-k="e">turns</p>
<p class="f" data-k="f">negative hue</p>
<p class="g" data-k="g">hue over 360</p>
<p class="h" data-k="h">grey</p>
<p class="i" data-k="i">radians</p>
<p class="j" data-k="j">light yellow background</p>
""")

page("col-transparent-currentcolor", "transparent and currentcolor", """
.a { color: transparent }
.b { color: purple; border: 3px solid; }
.c { color: teal; background-color: currentcolor; border-color: currentColor; border-style: dotted }
.d { background-color: transparent; color: orange }
.e { color: red; border: 1px solid }
.e span { color: blue }
""", """
<p class="a" data-k="a">invisible text</p>
<p class="b" data-k="b">border takes the text colour</p>
<p class="c" data-k="c">currentcolor background</p>
<p class="d" data-k="d">transparent background</p>
<p class="e" data-k="e">red border, <span data-k="e-span">blue span</span></p>
""")

page("col-invalid", "Invalid colours are dropped", """
p { color: green }
.a { color: reed }
.b { color: #ggg }
.c { color: #12345 }
.d { color: rgb(255, 0) }
.e { color: hsl(0 100 50) }
.f { color: 255, 0, 0 }
.g { color: rgb(255 0 0 0.5) }
.h { color: blue; color: bleu }
.i { color: red !important; color: navy }
.j { background-color: url(red.png) }
""", """
<p class="a" data-k="a">misspelt name</p>
<p class="b" data-k="b">bad hex digits</p>
<p class="c" data-k="c">five hex digits</p>
<p class="d" data-k="d">two arguments</p>
<p class="e" data-k="e">hsl without percent signs</p>
<p class="f" data-k="f">bare numbers</p>
<p class="g" data-k="g">missing slash</p>
<p class="h" data-k="h">second one misspelt</p>
<p class="i" data-k="i">important first</p>
<p class="j" data-k="j">url as colour</p>
""")

page("col-backgrounds", "Background colours and images", """
body { background-color: #f4f4f4 }
.a { background: yellow }
.b { background: url(paper.png) repeat-x #336699 }
.c { background: linear-gradient(red, blue) }
.d { background-image: url("img/stars.gif") }
.e { background-color: lime; background: none }
.f { background: rgba(0, 0, 0, 0.5) }
.g { background-image: none, url(a.png) }
""", """
<div class="a" data-k="a">yellow</div>
<div class="b" data-k="b">image and colour</div>
<div class="c" data-k="c">gradient</div>
<div class="d" data-k="d">image only</div>
<div class="e" data-k="e">reset by background: none</div>
<div class="f" data-k="f">half black</div>
<div class="g" data-k="g">two layers</div>
""")

page("col-border-colors", "Border colours per side", """
.a { border: 4px solid; border-color: red green blue orange }
.b { border-style: solid; border-color: red green }
.c { border-style: solid; border-color: red green blue }
.d { border: 2px dashed black; border-left-color: #0f0 }
.e { color: brown; border-top: 1px solid }
""", """
<div class="a" data-k="a">four colours</div>
<div class="b" data-k="b">two colours</div>
<div class="c" data-k="c">three colours</div>
<div class="d" data-k="d">left only</div>
<div class="e" data-k="e">top in text colour</div>
""")

page("col-modern", "Colour level 4 forms beginners copy", """
.a { color: rgb(255 255 255 / .5); background-color: black }
.b { color: #FFF }
.c { color: hsl(210 40% 96.1%) }
.d { color: rgba(255,255,255,.87) }
.e { color: hwb(120 0% 0%) }
""", """
<p class="a" data-k="a">leading dot alpha</p>
<p class="b" data-k="b">upper-case short hex</p>
<p class="c" data-k="c">fractional lightness</p>
<p class="d" data-k="d">no spaces</p>
<p class="e" data-k="e">hwb</p>
""")

# ---------------------------------------------------------------------------
# len-: lengths and units
# ---------------------------------------------------------------------------

page("len-absolute-units", "Absolute length units", """
div { border-style: solid; border-width: 0 }
.px { margin-top: 12px }
.pt { margin-top: 12pt }
.pc { margin-top: 1pc }
.in { margin-top: 0.5in }
.cm { margin-top: 1cm }
.mm { margin-top: 5mm }
.q { margin-top: 8Q }
.mix { padding: 1in 2cm 3mm 4pt }
.bw { border-width: 1pt 2pt 0.1in 3px }
""", """
<div class="px" data-k="px">px</div>
<div class="pt" data-k="pt">pt</div>
<div class="pc" data-k="pc">pc</div>
<div class="in" data-k="in">in</div>
<div class="cm" data-k="cm">cm</div>
<div class="mm" data-k="mm">mm</div>
<div class="q" data-k="q">Q</div>
<div class="mix" data-k="mix">mixed padding</div>
<div class="bw" data-k="bw">border widths</div>
""")

page("len-em-rem", "em and rem", """
html { font-size: 20px }
.box { font-size: 1.5em; padding: 1em; margin-left: 2rem }
.box p { font-size: 0.5em; margin: 1em 0 }
.rem { font-size: 0.8rem; padding-top: 1rem }
""", """
<div class="box" data-k="box"><p data-k="box-p">small inside big</p></div>
<div class="rem" data-k="rem">rem</div>
""", html_attrs=' data-k="html"')

page("len-em-chain", "em chains through several levels", """
.l1 { font-size: 1.2em }
.l2 { font-size: 1.2em }
.l3 { font-size: 1.2em; margin-bottom: 1em; line-height: 1.5em }
.l4 { font-size: 80% }
""", """
<div class="l1" data-k="l1"><div class="l2" data-k="l2"><div class="l3" data-k="l3">
<div class="l4" data-k="l4">four deep</div></div></div></div>
""")

page("len-viewport-units", "Viewport units on a 1024 by 768 screen", """
.vw { width: 50vw; margin-left: 10vw }
.vh { height: 10vh; padding-top: 1vh }
.vmin { margin-top: 10vmin }
.vmax { margin-top: 10vmax }
.font { font-size: 2vw }
""", """
<div class="vw" data-k="vw">half the width</div>
<div class="vh" data-k="vh">a tenth of the height</div>
<div class="vmin" data-k="vmin">vmin</div>
<div class="vmax" data-k="vmax">vmax</div>
<p class="font" data-k="font">font sized by width</p>
""")

page("len-percent-font", "Percentages of the font size", """
body { font-size: 125% }
h1 { font-size: 150% }
small { font-size: 50% }
.lh { line-height: 150% }
""", """
<h1 data-k="h1">Heading</h1>
<p data-k="p">Text <small data-k="small">small</small></p>
<p class="lh" data-k="lh">line height in percent</p>
""", html_attrs=' data-k="html"')

page("len-font-size-keywords", "Font size keywords", """
.a { font-size: xx-small } .b { font-size: x-small } .c { font-size: small }
.d { font-size: medium } .e { font-size: large } .f { font-size: x-large }
.g { font-size: xx-large } .h { font-size: xxx-large }
.i { font-size: 20px } .i span { font-size: smaller } .i em { font-size: larger }
""", """
<p class="a" data-k="a">xx-small</p><p class="b" data-k="b">x-small</p><p class="c" data-k="c">small</p>
<p class="d" data-k="d">medium</p><p class="e" data-k="e">large</p><p class="f" data-k="f">x-large</p>
<p class="g" data-k="g">xx-large</p><p class="h" data-k="h">xxx-large</p>
<p class="i" data-k="i"><span data-k="smaller">smaller</span> <em data-k="larger">larger</em></p>
""")

page("len-calc", "calc() without layout", """
.a { margin-top: calc(10px + 2em) }
.b { padding-left: calc(100vw / 8 - 8px) }
.c { font-size: calc(1rem + 4px) }
.d { border-top: calc(1px * 3) solid black }
.e { margin-left: calc( (2em + 10px) * 2 ) }
.f { width: calc(200px + 50px) }
.g { line-height: calc(1.5 * 10px) }
.h { margin-bottom: min(20px, 2em); margin-top: max(1px, 3px); padding-top: clamp(5px, 1vw, 50px) }
""", """
<div class="a" data-k="a">px plus em</div>
<div class="b" data-k="b">viewport division</div>
<div class="c" data-k="c">font size calc</div>
<div class="d" data-k="d">border width calc</div>
<div class="e" data-k="e">nested</div>
<div class="f" data-k="f">width calc</div>
<div class="g" data-k="g">line height calc</div>
<div class="h" data-k="h">min max clamp</div>
""")

page("len-zero-and-unitless", "Zero and unit-less numbers", """
.a { margin: 0 }
.b { margin-top: 10; padding-left: 20 }
.c { width: 0; height: 0px }
.d { margin-left: -10px; padding-left: -10px }
.e { border-width: 0.5px; border-style: solid }
.f { border-width: 1.5px; border-style: solid }
.g { border-width: 2.7px; border-style: solid; margin-top: 2.7px }
.h { line-height: 0 }
""", """
<div class="a" data-k="a">zero margin</div>
<div class="b" data-k="b">numbers without units are invalid</div>
<div class="c" data-k="c">zero sizes</div>
<div class="d" data-k="d">negative margin valid, negative padding invalid</div>
<div class="e" data-k="e">half pixel border</div>
<div class="f" data-k="f">one and a half pixel border</div>
<div class="g" data-k="g">fractional border and margin</div>
<div class="h" data-k="h">zero line height</div>
""")

page("len-line-height", "line-height forms and inheritance", """
.num { font-size: 20px; line-height: 1.5 }
.num p { font-size: 10px }
.px { line-height: 24px }
.pct { font-size: 20px; line-height: 150% }
.pct p { font-size: 10px }
.em { font-size: 20px; line-height: 2em }
.em p { font-size: 10px }
.normal { line-height: normal }
""", """
<div class="num" data-k="num"><p data-k="num-p">number inherits as a number</p></div>
<div class="px" data-k="px">px</div>
<div class="pct" data-k="pct"><p data-k="pct-p">percent inherits as px</p></div>
<div class="em" data-k="em"><p data-k="em-p">em inherits as px</p></div>
<div class="normal" data-k="normal">normal</div>
""")

page("len-root-font-size", "62.5% root font size trick", """
html { font-size: 62.5% }
body { font-size: 1.6rem }
h1 { font-size: 3.2rem; margin-bottom: 2rem }
p { padding: 1rem 2rem }
""", """
<h1 data-k="h1">Title</h1>
<p data-k="p">Body text</p>
""", html_attrs=' data-k="html"')

# ---------------------------------------------------------------------------
# font-: fonts and text
# ---------------------------------------------------------------------------

page("font-families", "Font family lists", """
.a { font-family: Arial, Helvetica, sans-serif }
.b { font-family: "Times New Roman", Times, serif }
.c { font-family: 'Courier New', monospace }
.d { font-family: Georgia }
.e { font-family: sans-serif }
.f { font-family: Open Sans, Segoe UI, system-ui }
.g { font-family: "Khmer OS Battambang", "Noto Sans Khmer", sans-serif }
.h { font-family: cursive; font-family: fantasy }
.i { font-family: ARIAL }
""", """
<p class="a" data-k="a">Arial list</p>
<p class="b" data-k="b">quoted name</p>
<p class="c" data-k="c">single quotes</p>
<p class="d" data-k="d">one family</p>
<p class="e" data-k="e">generic</p>
<p class="f" data-k="f">unquoted names with spaces</p>
<p class="g" data-k="g">Khmer fonts</p>
<p class="h" data-k="h">second wins</p>
<p class="i" data-k="i">upper case</p>
<pre data-k="pre">monospace default</pre>
""")

page("font-weights", "Font weights", """
.a { font-weight: bold } .b { font-weight: normal } .c { font-weight: 100 }
.d { font-weight: 900 } .e { font-weight: 550 } .f { font-weight: lighter }
.g { font-weight: bold } .g span { font-weight: bolder } .g em { font-weight: lighter }
.h { font-weight: 1000 } .i { font-weight: 1001 } .j { font-weight: heavy }
""", """
<p class="a" data-k="a">bold</p><p class="b" data-k="b">normal</p><p class="c" data-k="c">100</p>
<p class="d" data-k="d">900</p><p class="e" data-k="e">550</p><p class="f" data-k="f">lighter than 400</p>
<p class="g" data-k="g"><span data-k="bolder">bolder than 700</span> <em data-k="lighter">lighter than 700</em></p>
<h2 data-k="h2"><span style="font-weight: bolder" data-k="h2-bolder">bolder in a heading</span></h2>
<p class="h" data-k="h">1000</p><p class="i" data-k="i">1001 is invalid</p><p class="j" data-k="j">heavy is invalid</p>
""")

page("font-style-transform-align", "Font style, text transform and alignment", """
.a { font-style: italic; text-transform: uppercase; text-align: center }
.b { font-style: oblique; text-transform: capitalize; text-align: right }
.c { font-style: normal; text-transform: lowercase; text-align: justify }
.d { text-align: start } .e { text-align: end } .f { text-align: left }
em.n { font-style: normal }
""", """
<p class="a" data-k="a">italic upper centre</p>
<p class="b" data-k="b">oblique capitalised right</p>
<p class="c" data-k="c">normal lower justify</p>
<p class="d" data-k="d">start</p><p class="e" data-k="e">end</p><p class="f" data-k="f">left</p>
<p><em class="n" data-k="em-normal">not italic</em></p>
<table><tr><th data-k="th">th centres</th><td data-k="td">td</td></tr></table>
""")

page("font-text-decoration", "text-decoration and its longhands", """
.a { text-decoration: underline }
.b { text-decoration: line-through red wavy }
.c { text-decoration: underline overline }
a.none { text-decoration: none }
.d { text-decoration-line: overline }
.e { text-decoration: blink }
.f { text-decoration: underline; text-decoration: nothing }
""", """
<p class="a" data-k="a">underline</p>
<p class="b" data-k="b">red wavy line-through</p>
<p class="c" data-k="c">two lines</p>
<p><a href="#" class="none" data-k="a-none">link without underline</a></p>
<p class="d" data-k="d">longhand</p>
<p class="e" data-k="e">blink</p>
<p class="f" data-k="f">invalid second</p>
<p class="a"><span data-k="child-of-underlined">child of underlined (not inherited)</span></p>
""")

page("font-shorthand", "The font shorthand", """
.a { font: 20px Arial, sans-serif }
.b { font: italic bold 16px/1.5 Georgia, serif }
.c { font-weight: bold; line-height: 3; font: 18px Verdana }
.d { font: 14px/20px monospace; line-height: 2 }
.e { font-style: italic; font: bold 12px "Khmer OS" }
.f { font: bold }
.g { font: small-caps 700 1.5em/normal serif }
.h { font: 100%/1.2 sans-serif }
""", """
<p class="a" data-k="a">size and family</p>
<p class="b" data-k="b">everything</p>
<p class="c" data-k="c">font resets weight and line height</p>
<p class="d" data-k="d">line-height after font</p>
<p class="e" data-k="e">font resets style</p>
<p class="f" data-k="f">font without family is invalid</p>
<p class="g" data-k="g">small caps</p>
<p class="h" data-k="h">percent size</p>
""")

page("font-text-inheritance", "Text properties inherit", """
article { font-family: Verdana, sans-serif; font-style: italic; text-transform: uppercase;
  text-align: center; color: #333; line-height: 1.6; font-weight: 300; cursor: help }
""", """
<article data-k="article"><section data-k="section"><p data-k="p">deep <span data-k="span">deeper</span></p></section></article>
""")

# ---------------------------------------------------------------------------
# cas-: cascade
# ---------------------------------------------------------------------------

page("cas-source-order", "Later rules win ties", """
p { color: red }
p { color: green }
.x { background-color: yellow }
.y { background-color: pink }
""", """
<p data-k="p">green</p>
<p class="y x" data-k="xy">class order in the attribute does not matter</p>
""")

page("cas-specificity-basic", "Specificity: id, class, type", """
#main { color: red }
.note { color: green }
p { color: blue }
div p { color: orange }
.note.big { font-size: 24px }
.big { font-size: 12px }
""", """
<p data-k="plain">type only</p>
<p class="note" data-k="note">class beats type</p>
<p class="note" id="main" data-k="main">id beats class</p>
<div><p data-k="div-p">two types beat one</p></div>
<p class="big note" data-k="big-note">two classes beat one later</p>
""")

page("cas-specificity-ties", "Specificity ties go to the later rule", """
.a.b { color: red }
.b.a { color: green }
#x p { color: red }
div#x > p { color: purple }
ul li { margin-left: 10px }
ol > li { margin-left: 20px }
[data-k="attr"] { color: red }
.attr { color: teal }
""", """
<p class="a b" data-k="ab">tie, second wins</p>
<div id="x"><p data-k="x-p">id and two types beat id and type</p></div>
<ul><li data-k="ul-li">ul li</li></ul>
<ol><li data-k="ol-li">ol li</li></ol>
<p class="attr" data-k="attr">attribute and class tie</p>
""")

page("cas-specificity-pseudo", "Pseudo-classes and :not(), :is(), :where()", """
li:first-child { color: red }
li { color: blue }
li:nth-child(2) { color: green }
li:last-child { font-weight: bold }
li:not(.skip) { text-decoration: underline }
:where(ul) li { color: gray }
:is(#list) li.skip { color: orange }
a:hover { color: red }
p:empty { display: none }
""", """
<ul id="list">
  <li data-k="li1">first</li>
  <li data-k="li2">second</li>
  <li class="skip" data-k="li3">skip, last</li>
</ul>
<p><a href="#" data-k="a">hover never applies here</a></p>
<p data-k="empty"></p>
""")

page("cas-universal-and-combinators", "Universal selector and combinators", """
* { margin: 0; box-sizing: border-box }
h2 + p { color: red }
h2 ~ p { font-style: italic }
div > p { font-weight: bold }
div p { text-transform: uppercase }
""", """
<h2 data-k="h2">Heading</h2>
<p data-k="p1">next to h2</p>
<p data-k="p2">later sibling</p>
<div data-k="div"><p data-k="div-p">child</p><section><p data-k="div-section-p">grandchild</p></section></div>
""")

page("cas-important", "!important", """
p { color: red !important }
#special { color: blue }
.weak { font-size: 30px !important }
#strong { font-size: 10px }
.both { margin-top: 5px !important }
#both { margin-top: 50px !important }
""", """
<p id="special" data-k="special">important beats id</p>
<p class="weak" id="strong" data-k="weak">important class beats id</p>
<p class="both" id="both" data-k="both">both important: id wins</p>
""")

page("cas-important-vs-inline", "!important against inline styles", """
.a { color: red !important }
.b { color: red }
.c { color: red !important }
.d { background-color: yellow !important }
""", """
<p class="a" style="color: green" data-k="a">stylesheet important beats inline</p>
<p class="b" style="color: green" data-k="b">inline beats stylesheet</p>
<p class="c" style="color: green !important" data-k="c">inline important beats stylesheet important</p>
<p class="d" style="background-color: blue; background-color: pink" data-k="d">important vs two inline</p>
<p style="color: orange; color: purple" data-k="e">last inline wins</p>
""")

page("cas-important-ua", "Author styles beat the browser's defaults", """
h1 { font-size: 20px; margin: 0 }
a { color: green; text-decoration: none }
ul { padding-left: 0; list-style-type: square }
b { font-weight: normal }
""", """
<h1 data-k="h1">Small heading</h1>
<p><a href="#" data-k="a">green link</a> <b data-k="b">not bold</b></p>
<ul data-k="ul"><li data-k="li">square</li></ul>
""")

page("cas-two-style-elements", "Two style elements in order", """
p { color: red; margin-top: 3px }
""", """
<p data-k="p">second style element wins</p>
<style>p { color: green }</style>
<p class="late" data-k="late">style in body still applies</p>
""", head="<style>\np { font-size: 18px }\n</style>\n")

page("cas-case-sensitivity", "Case in selectors", """
P { color: green }
.Note { color: red }
.note { background-color: yellow }
#Title { color: red }
#title { font-size: 30px }
DIV.box { border: 1px solid black }
""", """
<p data-k="p">type selectors ignore case</p>
<p class="note" data-k="note">class names keep case</p>
<h2 id="title" data-k="title">ids keep case</h2>
<div class="box" data-k="box">box</div>
""")

page("cas-selector-list", "Selector lists", """
h1, h2, .title { color: navy }
p, .broken:::x { color: red }
li , dt { color: green }
""", """
<h1 data-k="h1">h1</h1><h2 data-k="h2">h2</h2><p class="title" data-k="title">title</p>
<p data-k="p">one invalid selector drops the whole rule</p>
<ul><li data-k="li">li</li></ul><dl><dt data-k="dt">dt</dt></dl>
""")

page("cas-attribute-selectors", "Attribute selectors", """
a[href] { color: green }
a[href^="https"] { font-weight: bold }
a[href$=".pdf"] { color: red }
input[type="text"] { border: 2px solid blue }
[lang|="km"] { font-family: "Noto Sans Khmer" }
[class~="x"] { font-style: italic }
""", """
<a href="https://example.org" data-k="https">secure</a>
<a href="notes.pdf" data-k="pdf">pdf</a>
<a data-k="no-href">no href</a>
<input type="text" data-k="input">
<p lang="km-KH" data-k="km">ភាសាខ្មែរ</p>
<p class="a x b" data-k="x">word in list</p>
""")

page("cas-id-vs-many-classes", "One id beats many classes", """
#one { color: green }
.a.b.c.d.e.f.g.h.i.j.k { color: red }
""", """
<p id="one" class="a b c d e f g h i j k" data-k="p">green</p>
""")

page("cas-layers-and-scoping", "Nesting and @supports", """
.card {
  color: navy;
  & p { color: green }
  &:first-child { font-weight: bold }
}
@supports (display: grid) { .grid { display: grid } }
@supports (display: nonsense) { .grid { color: red } }
""", """
<div class="card" data-k="card"><p data-k="card-p">nested rule</p></div>
<div class="grid" data-k="grid">supported</div>
""")

# ---------------------------------------------------------------------------
# inh-: inheritance and CSS-wide keywords
# ---------------------------------------------------------------------------

page("inh-color-levels", "Colour inherited through many levels", """
body { color: #2a6 }
section { color: rebeccapurple }
""", """
<main data-k="main"><section data-k="section"><div data-k="div"><p data-k="p"><span data-k="span">
<em data-k="em">five levels down</em></span></p></div></section></main>
<p data-k="outside">outside the section</p>
""")

page("inh-not-inherited", "Box properties are not inherited", """
.parent { border: 3px solid red; margin: 20px; padding: 10px; background-color: yellow;
  width: 300px; display: flex; opacity: 0.5; position: relative; top: 5px; z-index: 2 }
""", """
<div class="parent" data-k="parent"><p data-k="child">child keeps its defaults</p></div>
""")

page("inh-inherit-keyword", "The inherit keyword", """
.parent { border: 2px dotted green; padding: 7px; color: maroon; background-color: lightblue; width: 400px }
.child { border: inherit; padding: inherit; background-color: inherit; width: inherit }
a.same { color: inherit }
""", """
<div class="parent" data-k="parent"><div class="child" data-k="child">inherits box values</div>
<a href="#" class="same" data-k="a">link in maroon</a></div>
""")

page("inh-initial-keyword", "The initial keyword", """
body { color: green; font-size: 20px }
.a { color: initial }
.b { display: initial }
.c { font-size: initial }
h1 { margin: initial; font-weight: initial }
ul { list-style-type: initial; padding-left: initial }
""", """
<p class="a" data-k="a">colour initial</p>
<div class="b" data-k="b">display initial is inline</div>
<p class="c" data-k="c">font-size initial is medium</p>
<h1 data-k="h1">heading with initial margin</h1>
<ul data-k="ul"><li data-k="li">item</li></ul>
""")

page("inh-unset-keyword", "The unset keyword", """
body { color: purple; border: 1px solid red }
.a { color: unset }
.b { border: unset }
h2 { font-size: unset; margin: unset }
a { color: unset; text-decoration: unset }
""", """
<p class="a" data-k="a">unset inherited property inherits</p>
<p class="b" data-k="b">unset border becomes initial</p>
<h2 data-k="h2">unset size inherits 16px</h2>
<a href="#" data-k="a-link">link</a>
""")

page("inh-revert-keyword", "The revert keyword", """
h1 { font-size: 10px; margin: 0; color: red }
h1.r { font-size: revert; margin: revert; color: revert }
div { display: inline }
div.r { display: revert }
a { color: orange }
a.r { color: revert }
""", """
<h1 data-k="h1">changed heading</h1>
<h1 class="r" data-k="h1-r">reverted heading</h1>
<div data-k="div">inline div</div>
<div class="r" data-k="div-r">reverted div</div>
<a href="#" data-k="a">orange</a> <a href="#" class="r" data-k="a-r">reverted link</a>
""")

page("inh-all-property", "The all shorthand", """
body { color: green; font-family: Georgia }
.a { all: unset }
.b { all: initial }
.c { all: inherit }
""", """
<div data-k="div" style="padding: 3px"><p class="a" data-k="a">all unset</p><p class="b" data-k="b">all initial</p>
<h3 class="c" data-k="c">all inherit</h3></div>
""")

page("inh-visibility", "Visibility inherits; display does not", """
.hidden { visibility: hidden }
.shown { visibility: visible }
.none { display: none }
.collapse { visibility: collapse }
""", """
<div class="hidden" data-k="hidden"><p data-k="hidden-p">hidden by parent</p>
<p class="shown" data-k="shown">visible again</p></div>
<div class="none" data-k="none"><p data-k="none-p">inside display none</p></div>
<p class="collapse" data-k="collapse">collapse</p>
""")

page("inh-font-size-inherit", "Inherited sizes are computed values", """
.parent { font-size: 10px; padding: 2em }
.child { padding: inherit; font-size: 30px }
.pct { font-size: 200% }
""", """
<div class="parent" data-k="parent"><div class="child" data-k="child">padding inherits 20px, not 2em</div>
<div class="pct" data-k="pct"><span data-k="pct-span">20px inherited</span></div></div>
""")

# ---------------------------------------------------------------------------
# med-: media queries on a 1024 x 768 screen
# ---------------------------------------------------------------------------

MEDIA_CASES = [
    ("min-width-1000", "(min-width: 1000px)"),
    ("min-width-1100", "(min-width: 1100px)"),
    ("min-width-1024", "(min-width: 1024px)"),
    ("min-width-1025", "(min-width: 1025px)"),
    ("max-width-1023", "(max-width: 1023px)"),
    ("max-width-1024", "(max-width: 1024px)"),
    ("max-width-600", "(max-width: 600px)"),
    ("max-width-1200", "screen and (max-width: 1200px)"),
    ("orientation-landscape", "(orientation: landscape)"),
    ("orientation-portrait", "(orientation: portrait)"),
    ("range-ge-1024", "(width >= 1024px)"),
    ("range-gt-1024", "(width > 1024px)"),
    ("range-between", "(400px <= width <= 1100px)"),
    ("range-reversed", "(1100px > width)"),
    ("print", "print"),
    ("screen", "screen"),
    ("all", "all"),
    ("not-print", "not print"),
    ("only-screen", "only screen and (min-width: 768px)"),
    ("not-screen", "not screen and (min-width: 100px)"),
    ("comma-list", "print, (max-width: 500px), (min-height: 700px)"),
    ("height", "(min-height: 800px)"),
    ("height-range", "(height < 800px) and (width > 800px)"),
    ("em-units", "(min-width: 64em)"),
    ("aspect-ratio", "(min-aspect-ratio: 4/3)"),
    ("aspect-ratio-wide", "(min-aspect-ratio: 16/9)"),
    ("invalid-query", "(min-width: 10 px)"),
    ("unknown-feature", "(min-colour: 8)"),
    ("color-feature", "(color)"),
    ("prefers-light", "(prefers-color-scheme: dark)"),
]

for slug, query in MEDIA_CASES:
    page(f"med-{slug}", f"@media {query}", f"""
body {{ background-color: white }}
.box {{ color: black; width: 600px; display: block; font-size: 16px }}
@media {query} {{
  body {{ background-color: lightyellow }}
  .box {{ color: green; width: 300px; display: flex; font-size: 20px }}
}}
.after {{ color: navy }}
""", """
<div class="box" data-k="box">Does the query match a 1024 x 768 screen?</div>
<p class="after" data-k="after">after the media rule</p>
""")

page("med-mobile-first", "Mobile-first layout", """
.menu { display: none; font-size: 14px }
.burger { display: block }
@media (min-width: 600px) { .menu { display: flex; font-size: 16px } }
@media (min-width: 900px) { .menu { font-size: 18px; justify-content: space-between } .burger { display: none } }
@media (min-width: 1200px) { .menu { font-size: 22px } }
""", """
<nav class="menu" data-k="menu"><a href="#">Home</a> <a href="#">About</a></nav>
<button class="burger" data-k="burger">Menu</button>
""")

page("med-desktop-first", "Desktop-first layout", """
.cols { display: flex; gap: 30px; padding: 40px }
@media (max-width: 1024px) { .cols { gap: 20px; padding: 20px } }
@media (max-width: 768px) { .cols { flex-direction: column; gap: 10px } }
@media (max-width: 480px) { .cols { padding: 5px } }
""", """
<div class="cols" data-k="cols"><div data-k="col">one</div><div>two</div></div>
""")

page("med-nested", "Nested media rules", """
@media screen {
  @media (min-width: 1000px) { .a { color: green } }
  @media (min-width: 2000px) { .b { color: red } }
  .c { color: blue }
}
@media print { @media (min-width: 1px) { .c { color: red } } }
""", """
<p class="a" data-k="a">green</p><p class="b" data-k="b">black</p><p class="c" data-k="c">blue</p>
""")

page("med-style-media-attribute", "media attribute on style elements", """
p { color: black }
""", """
<p data-k="p">screen-only green, print red ignored</p>
""", head="""<style media="screen">p { color: green }</style>
<style media="print">p { color: red; font-size: 40px }</style>
<style media="(max-width: 500px)">p { background-color: red }</style>
""")

page("med-important-in-media", "!important inside and outside media", """
.x { color: red !important }
@media (min-width: 500px) { .x { color: green } }
@media (min-width: 500px) { .y { color: green !important } }
.y { color: red }
""", """
<p class="x" data-k="x">important outside wins</p>
<p class="y" data-k="y">important inside wins</p>
""")

# ---------------------------------------------------------------------------
# inv-: invalid CSS and error recovery
# ---------------------------------------------------------------------------

page("inv-missing-semicolon", "A missing semicolon drops both declarations", """
p { color: green }
.a { color: red
     background-color: yellow; font-size: 20px }
.b { font-size: 24px margin-top: 50px; color: navy }
""", """
<p class="a" data-k="a">colour and background dropped, size kept</p>
<p class="b" data-k="b">size and margin dropped, colour kept</p>
""")

page("inv-unknown-property", "Unknown properties are skipped", """
p { colour: red; color: teal; font-colour: blue; text-size: 40px; backround-color: red; font-wieght: bold }
h1 { centre: yes; text-align: center; -webkit-foo: 1 }
""", """
<p data-k="p">only color applies</p>
<h1 data-k="h1">centred</h1>
""")

page("inv-invalid-values", "Invalid values keep the earlier value", """
p { font-size: 20px; margin-top: 10px; display: block; text-align: left; width: 100px }
.a { font-size: big; margin-top: ten; display: blok; text-align: middle; width: 100 px }
.b { font-size: -5px; padding-top: -3px; opacity: half; float: center; position: fixd }
.c { width: auto auto; height: 10px 20px; border-style: wavy; cursor: hand; overflow: scrolling }
""", """
<p class="a" data-k="a">all invalid</p>
<p class="b" data-k="b">negative size and padding are invalid</p>
<p class="c" data-k="c">too many values</p>
""")

page("inv-missing-close-brace", "A missing closing brace swallows the rest", """
.a { color: green }
.b { color: blue
.c { color: red }
.d { color: orange }
""", """
<p class="a" data-k="a">green</p>
<p class="b" data-k="b">b</p>
<p class="c" data-k="c">c is inside b's block</p>
<p class="d" data-k="d">d too</p>
""")

page("inv-missing-open-brace", "A missing opening brace", """
.a color: red }
.b { color: green }
.c { color: blue }
""", """
<p class="a" data-k="a">a</p>
<p class="b" data-k="b">b is eaten by the broken prelude</p>
<p class="c" data-k="c">c recovers</p>
""")

page("inv-extra-brace", "A stray closing brace", """
.a { color: green } }
.b { color: blue }
.c { color: purple }
""", """
<p class="a" data-k="a">a</p>
<p class="b" data-k="b">b is eaten by the stray brace</p>
<p class="c" data-k="c">c</p>
""")

page("inv-bad-selectors", "Invalid selectors drop their rule", """
.a { color: green }
.a! { color: red }
p..b { color: red }
.c, { color: red }
#1d { color: red }
.d > > p { color: red }
.e { color: green }
""", """
<p class="a" data-k="a">green</p>
<p class="b" data-k="b">black</p>
<p class="c" data-k="c">black</p>
<p id="1d" data-k="1d">black</p>
<p class="e" data-k="e">green</p>
""")

page("inv-unknown-at-rules", "Unknown at-rules are skipped", """
@foo bar { p { color: red } }
@charset "utf-8";
.a { color: green }
@unknown;
.b { color: blue }
@font-face { font-family: Mine; src: url(mine.woff) }
.c { font-family: Mine, serif }
@keyframes spin { from { color: red } to { color: blue } }
@page { margin: 1cm }
.d { color: teal }
""", """
<p class="a" data-k="a">green</p>
<p class="b" data-k="b">blue</p>
<p class="c" data-k="c">Mine</p>
<p class="d" data-k="d">teal</p>
""")

page("inv-important-typos", "Misspelt !important", """
.a { color: green }
.a { color: red !importnt }
.b { color: green ! important }
.c { color: green !IMPORTANT }
.c { color: red }
.d { color: red important }
""", """
<p class="a" data-k="a">the misspelt one is dropped</p>
<p class="b" data-k="b">space after ! is allowed</p>
<p class="c" data-k="c">upper case works</p>
<p class="d" data-k="d">no ! is invalid</p>
""")

page("inv-comments-and-cdo", "Comments and HTML comment markers", """
<!--
/* a comment */ .a { color: /* inside */ green }
.b { /* color: red; */ color: blue }
-->
.c { color: teal } /* unclosed at the end is fine
""", """
<p class="a" data-k="a">green</p>
<p class="b" data-k="b">blue</p>
<p class="c" data-k="c">teal</p>
""")

page("inv-escapes", "Escapes in selectors and properties", """
.\\31 0 { color: green }
.a\\:b { color: blue }
#x\\.y { color: purple }
.c { col\\6fr: orange }
.d { \\63 olor: brown }
.\\1F600 { font-weight: bold }
""", """
<p class="10" data-k="10">class 10</p>
<p class="a:b" data-k="ab">class a:b</p>
<p id="x.y" data-k="xy">id x.y</p>
<p class="c" data-k="c">escaped property name</p>
<p class="d" data-k="d">escaped c</p>
<p class="😀" data-k="emoji">emoji class</p>
""")

page("inv-strings-and-urls", "Bad strings and urls", """
.a { font-family: "Open
Sans", serif; color: green }
.b { color: blue }
.c { background-image: url(my image.png); color: red }
.d { background-image: url(  spaced.png  ) }
""", """
<p class="a" data-k="a">newline in a string</p>
<p class="b" data-k="b">b</p>
<p class="c" data-k="c">space in url</p>
<p class="d" data-k="d">trimmed url</p>
""")

page("inv-uppercase-and-spaces", "Upper-case properties and odd spacing", """
.A{COLOR:RED}
.a{COLOR:GREEN;Font-Size:20PX;MARGIN-TOP : 1EM}
.b    {
    color    :    navy    ;
    padding    :    4px
}
.c { color : red ;; ; background-color: yellow; }
""", """
<p class="a" data-k="a">upper case property and value</p>
<p class="b" data-k="b">spaces</p>
<p class="c" data-k="c">empty declarations</p>
""")

page("inv-duplicates", "Duplicate declarations", """
.a { color: red; color: green }
.b { margin: 10px; margin: 20px 5px }
.c { width: 100px; width: 50em; width: 100 }
.d { display: flex; display: -webkit-box; display: grid; display: wibble }
""", """
<p class="a" data-k="a">last valid wins</p>
<p class="b" data-k="b">margins</p>
<p class="c" data-k="c">width</p>
<p class="d" data-k="d">display</p>
""")

page("inv-html-in-css", "HTML written inside a style element", """
<p>not css</p>
.a { color: green }
<b> .b { color: blue }
""", """
<p class="a" data-k="a">a</p>
<p class="b" data-k="b">b</p>
""")

page("inv-css-in-body-text", "CSS written as text in the page", None, """
<p data-k="p">p { color: red }</p>
<div style="color: green; colour: red; font-size: 20" data-k="div">inline with mistakes</div>
<div style="{color: blue}" data-k="braces">braces in style attribute</div>
<div style="color: purple;; ; background-color: yellow" data-k="semis">extra semicolons</div>
<div style="color: red background-color: yellow" data-k="missing-semi">missing semicolon inline</div>
""")

# ---------------------------------------------------------------------------
# sh-: shorthands
# ---------------------------------------------------------------------------

page("sh-margin-values", "margin with 1 to 4 values", """
.m1 { margin: 5px } .m2 { margin: 5px 10px } .m3 { margin: 5px 10px 15px }
.m4 { margin: 1px 2px 3px 4px } .p2 { padding: 1em 2em } .p3 { padding: 0 4px 8px }
""", """
<div class="m1" data-k="m1">1</div><div class="m2" data-k="m2">2</div>
<div class="m3" data-k="m3">3</div><div class="m4" data-k="m4">4</div>
<div class="p2" data-k="p2">p2</div><div class="p3" data-k="p3">p3</div>
""")

page("sh-margin-order", "Shorthand then longhand and the reverse", """
.a { margin: 10px; margin-top: 30px }
.b { margin-top: 30px; margin: 10px }
.c { padding: 10px; padding-left: 0 }
.d { padding-left: 0; padding: 10px }
.e { margin: 10px !important; margin-top: 50px }
.f { margin-top: 50px !important; margin: 10px }
""", """
<div class="a" data-k="a">longhand after</div>
<div class="b" data-k="b">shorthand after resets</div>
<div class="c" data-k="c">padding-left 0</div>
<div class="d" data-k="d">padding resets</div>
<div class="e" data-k="e">important shorthand</div>
<div class="f" data-k="f">important longhand</div>
""")

page("sh-border", "border and its parts", """
.a { border: 2px solid red }
.b { border: 2px solid red; border-color: blue }
.c { border-color: blue; border: 2px solid red }
.d { border: 5px }
.e { border: dashed }
.f { border: none; border-width: 4px }
.g { border: 3px solid green; border-style: none }
.h { border: thin solid; border-right: thick double; border-bottom: medium groove }
.i { border-top: 1px solid; border-top-width: 6px }
""", """
<div class="a" data-k="a">border</div>
<div class="b" data-k="b">then border-color</div>
<div class="c" data-k="c">border-color then border</div>
<div class="d" data-k="d">width without style</div>
<div class="e" data-k="e">style only</div>
<div class="f" data-k="f">none then width</div>
<div class="g" data-k="g">style none zeroes width</div>
<div class="h" data-k="h">keywords thin, thick, medium</div>
<div class="i" data-k="i">border-top then width</div>
""")

page("sh-border-sides", "border-width, -style, -color with several values", """
.a { border-style: solid dashed dotted double; border-width: 1px 2px 3px 4px; border-color: red }
.b { border-style: solid; border-width: 1px 5px }
.c { border-style: solid none; border-width: 3px }
.d { border-left: 4px ridge orange; border-right: 4px inset; border-top: 4px outset; border-bottom: 4px hidden }
""", """
<div class="a" data-k="a">four of each</div>
<div class="b" data-k="b">two widths</div>
<div class="c" data-k="c">two styles</div>
<div class="d" data-k="d">sides</div>
""")

page("sh-border-radius", "border-radius", """
.a { border-radius: 8px }
.b { border-radius: 10px 20px }
.c { border-radius: 1px 2px 3px }
.d { border-radius: 1px 2px 3px 4px }
.e { border-radius: 50% }
.f { border-radius: 10px / 20px }
.g { border-radius: 10px 5px / 20px; border-top-left-radius: 3px }
.h { border-radius: 1em }
""", """
<div class="a" data-k="a">8</div><div class="b" data-k="b">10 20</div>
<div class="c" data-k="c">1 2 3</div><div class="d" data-k="d">1 2 3 4</div>
<div class="e" data-k="e">circle</div><div class="f" data-k="f">ellipse</div>
<div class="g" data-k="g">mixed</div><div class="h" data-k="h">em</div>
""")

page("sh-background", "background resets background-color", """
.a { background-color: red; background: url(sky.png) }
.b { background: blue; background-color: yellow }
.c { background: url(x.png) no-repeat center / cover green }
.d { background-color: pink; background: transparent }
.e { background: red none }
""", """
<div class="a" data-k="a">background resets colour</div>
<div class="b" data-k="b">background-color after</div>
<div class="c" data-k="c">everything</div>
<div class="d" data-k="d">transparent</div>
<div class="e" data-k="e">colour and none</div>
""")

page("sh-font-resets", "font resets line-height and weight", """
body { line-height: 2; font-weight: bold }
.a { line-height: 3; font: 16px serif }
.b { font: 16px serif; line-height: 3 }
.c { font-weight: 900; font: italic 14px sans-serif }
.d { font: caption }
""", """
<p data-k="p">inherits body</p>
<p class="a" data-k="a">font after line-height</p>
<p class="b" data-k="b">line-height after font</p>
<p class="c" data-k="c">font resets weight</p>
<p class="d" data-k="d">system font keyword</p>
""")

page("sh-flex", "flex and flex-flow", """
.row { display: flex; flex-flow: row wrap }
.col { display: flex; flex-flow: column-reverse }
.a { flex: 1 } .b { flex: auto } .c { flex: none } .d { flex: 2 100px }
.e { flex: 0 0 200px } .f { flex: 1 1 0 } .g { flex: 30% } .h { flex: initial }
.i { flex-grow: 3; flex: 1; flex-shrink: 0 }
""", """
<div class="row" data-k="row">
<div class="a" data-k="a">1</div><div class="b" data-k="b">auto</div><div class="c" data-k="c">none</div>
<div class="d" data-k="d">2 100px</div><div class="e" data-k="e">0 0 200px</div><div class="f" data-k="f">1 1 0</div>
<div class="g" data-k="g">30%</div><div class="h" data-k="h">initial</div><div class="i" data-k="i">mixed</div>
</div>
<div class="col" data-k="col"><span data-k="col-span">span in flex</span></div>
""")

page("sh-gap", "gap, row-gap, column-gap, grid-gap", """
.a { display: flex; gap: 10px }
.b { display: flex; gap: 10px 20px }
.c { display: grid; gap: 5px; column-gap: 30px }
.d { display: grid; grid-gap: 1em 2em }
.e { gap: 4% }
.f { display: flex; row-gap: 12px }
""", """
<div class="a" data-k="a">one value</div>
<div class="b" data-k="b">two values</div>
<div class="c" data-k="c">gap then column-gap</div>
<div class="d" data-k="d">grid-gap</div>
<div class="e" data-k="e">percent</div>
<div class="f" data-k="f">row only</div>
""")

page("sh-list-style", "list-style", """
.a { list-style: square inside }
.b { list-style: none }
.c { list-style: upper-roman; list-style-type: lower-alpha }
.d { list-style-type: disc; list-style: decimal-leading-zero }
.e { list-style: "-> " }
ol.f { list-style-type: georgian }
.g { list-style: none; display: flex }
""", """
<ul class="a" data-k="a"><li data-k="a-li">square</li></ul>
<ul class="b" data-k="b"><li data-k="b-li">none</li></ul>
<ol class="c" data-k="c"><li data-k="c-li">alpha</li></ol>
<ul class="d" data-k="d"><li data-k="d-li">zero</li></ul>
<ul class="e" data-k="e"><li data-k="e-li">string</li></ul>
<ol class="f" data-k="f"><li data-k="f-li">georgian</li></ol>
<ul class="g" data-k="g"><li data-k="g-li">flex item</li></ul>
""")

page("sh-inset", "inset and positions", """
.rel { position: relative; inset: 10px }
.abs { position: absolute; inset: 1px 2px 3px 4px }
.fix { position: fixed; top: 0; left: 0; right: 0 }
.sticky { position: sticky; top: 20px }
.stat { position: static; top: 50px; z-index: 10 }
""", """
<div class="rel" data-k="rel">relative</div>
<div class="abs" data-k="abs">absolute</div>
<div class="fix" data-k="fix">fixed bar</div>
<div class="sticky" data-k="sticky">sticky</div>
<div class="stat" data-k="stat">static ignores insets</div>
""")

page("sh-overflow", "overflow", """
.a { overflow: hidden } .b { overflow: auto scroll } .c { overflow-x: hidden }
.d { overflow: scroll; overflow-y: visible } .e { overflow: clip }
""", """
<div class="a" data-k="a">hidden</div><div class="b" data-k="b">two values</div>
<div class="c" data-k="c">x only</div><div class="d" data-k="d">y visible with x scroll</div>
<div class="e" data-k="e">clip</div>
""")

page("sh-text-decoration-on-links", "Removing and adding link underlines", """
nav a { text-decoration: none; color: white }
nav { background-color: #222 }
nav a:hover { text-decoration: underline }
footer a { text-decoration: underline dotted }
""", """
<nav data-k="nav"><a href="#" data-k="nav-a">Home</a></nav>
<footer><a href="#" data-k="footer-a">Contact</a></footer>
""")

# ---------------------------------------------------------------------------
# box-: box model
# ---------------------------------------------------------------------------

page("box-explicit-sizes", "Explicit widths and heights", """
.a { width: 300px; height: 200px; padding: 10px; border: 5px solid }
.b { width: 300px; height: 200px; padding: 10px; border: 5px solid; box-sizing: border-box }
.c { min-width: 100px; max-width: 500px; min-height: 50px; max-height: 300px }
.d { max-width: none; min-height: auto }
.e { width: 20em; max-width: 30rem }
""", """
<div class="a" data-k="a">content-box</div>
<div class="b" data-k="b">border-box</div>
<div class="c" data-k="c">min and max</div>
<div class="d" data-k="d">none and auto</div>
<div class="e" data-k="e">em and rem</div>
""")

page("box-layout-resolved", "Sizes the browser resolves from layout", """
.auto { margin: 0 auto; width: 50% }
.pct { padding: 5%; margin-left: 10% }
.h { height: 50% }
.text { }
""", """
<div class="auto" data-k="auto">centred half</div>
<div class="pct" data-k="pct">percent padding</div>
<div class="h" data-k="h">percent height of auto parent</div>
<div class="text" data-k="text">auto width</div>
<span data-k="span">inline width is auto</span>
""")

page("box-inline-elements", "Box properties on inline elements", """
span { width: 200px; height: 50px; margin: 10px; padding: 5px; border: 1px solid }
.ib { display: inline-block }
""", """
<p><span data-k="span">inline ignores width</span> <span class="ib" data-k="ib">inline-block keeps it</span></p>
""")

page("box-display-values", "display values", """
.a { display: inline-block } .b { display: inline-flex } .c { display: inline-grid }
.d { display: list-item } .e { display: table } .f { display: table-cell }
.g { display: contents } .h { display: flow-root } .i { display: block flex }
.j { display: none } .k { display: inline flow-root }
""", """
<div class="a" data-k="a">a</div><div class="b" data-k="b">b</div><div class="c" data-k="c">c</div>
<div class="d" data-k="d">d</div><div class="e" data-k="e">e</div><div class="f" data-k="f">f</div>
<div class="g" data-k="g">g</div><div class="h" data-k="h">h</div><div class="i" data-k="i">i</div>
<div class="j" data-k="j">j</div><div class="k" data-k="k">k</div>
""")

page("box-blockification", "Floats, absolute positioning and flex items become blocks", """
.float { float: left }
.abs { position: absolute }
.flex { display: flex }
.grid { display: grid }
.fix { position: fixed; display: inline-flex }
.fr { float: right; display: inline-block }
""", """
<span class="float" data-k="float">floated span</span>
<span class="abs" data-k="abs">absolute span</span>
<div class="flex" data-k="flex"><span data-k="flex-span">flex item</span><a href="#" data-k="flex-a">link item</a></div>
<div class="grid" data-k="grid"><span data-k="grid-span">grid item</span></div>
<span class="fix" data-k="fix">fixed inline-flex</span>
<span class="fr" data-k="fr">float right inline-block</span>
""")

page("box-root-blockification", "The root element is always a block", """
html { display: inline; float: left }
body { display: inline }
""", """
<p data-k="p">text</p>
""", html_attrs=' data-k="html"')

page("box-float-and-position", "float and position values", """
.l { float: left } .r { float: right } .n { float: none; position: relative; z-index: 5 }
.abs { position: absolute; float: left; top: 10px; left: 20px; z-index: -1 }
.z { z-index: 3 }
.zf { display: flex } .zf > div { z-index: 4 }
""", """
<div class="l" data-k="l">left</div><div class="r" data-k="r">right</div>
<div class="n" data-k="n">none</div><div class="abs" data-k="abs">absolute ignores float</div>
<div class="z" data-k="z">z-index on static</div>
<div class="zf"><div data-k="zf-item">z-index on a flex item</div></div>
""")

page("box-opacity-visibility-cursor", "opacity, visibility, cursor", """
.a { opacity: 0.5 } .b { opacity: 50% } .c { opacity: 2 } .d { opacity: -1 } .e { opacity: .25 }
.f { cursor: pointer } .g { cursor: not-allowed } .h { cursor: url(hand.cur), move }
.i { visibility: hidden }
""", """
<p class="a" data-k="a">a</p><p class="b" data-k="b">b</p><p class="c" data-k="c">c</p>
<p class="d" data-k="d">d</p><p class="e" data-k="e">e</p><p class="f" data-k="f">f</p>
<p class="g" data-k="g">g</p><p class="h" data-k="h">h</p><p class="i" data-k="i">i</p>
<button data-k="button">button cursor</button>
""")

page("box-sizing-everything", "The border-box reset", """
*, *::before, *::after { box-sizing: border-box }
html { box-sizing: content-box }
.x { box-sizing: inherit }
""", """
<div data-k="div">div</div>
<div class="x" data-k="x">inherits content-box from html? no: from body</div>
""", html_attrs=' data-k="html"')

# ---------------------------------------------------------------------------
# flex- and grid-: layout properties
# ---------------------------------------------------------------------------

page("flex-container", "Flex container properties", """
.f { display: flex; flex-direction: row-reverse; flex-wrap: wrap-reverse;
     justify-content: space-between; align-items: center; align-content: space-around }
.g { display: flex; justify-content: center }
.h { display: flex; justify-content: flex-end; align-items: flex-start }
.i { display: flex; justify-content: space-evenly; align-items: baseline; align-content: stretch }
.j { justify-content: center }
""", """
<div class="f" data-k="f"><div data-k="f-item">item</div></div>
<div class="g" data-k="g">g</div><div class="h" data-k="h">h</div>
<div class="i" data-k="i">i</div><div class="j" data-k="j">justify on a block</div>
""")

page("flex-items", "Flex item properties", """
.f { display: flex }
.a { flex-grow: 2; flex-shrink: 0; flex-basis: 120px }
.b { flex-basis: 25%; align-self: center; order: 2 }
.c { flex-basis: content; min-width: 0 }
.d { flex-grow: 0.5; flex-shrink: 2.5 }
.e { flex-grow: -1 }
""", """
<div class="f"><div class="a" data-k="a">a</div><div class="b" data-k="b">b</div>
<div class="c" data-k="c">c</div><div class="d" data-k="d">d</div><div class="e" data-k="e">e</div>
<div data-k="plain-item">plain</div></div>
""")

page("flex-justify-values", "justify-content and align values", """
div { display: flex }
.a { justify-content: start } .b { justify-content: end } .c { justify-content: left }
.d { justify-content: right } .e { justify-content: normal } .f { justify-content: stretch }
.g { justify-content: safe center } .h { align-items: end; align-content: center }
.i { align-items: self-start; align-content: flex-end }
""", """
<div class="a" data-k="a">a</div><div class="b" data-k="b">b</div><div class="c" data-k="c">c</div>
<div class="d" data-k="d">d</div><div class="e" data-k="e">e</div><div class="f" data-k="f">f</div>
<div class="g" data-k="g">g</div><div class="h" data-k="h">h</div><div class="i" data-k="i">i</div>
""")

page("grid-template-columns", "grid-template-columns", """
.a { display: grid; grid-template-columns: 100px 200px }
.b { display: grid; grid-template-columns: 1fr 1fr 1fr }
.c { display: grid; grid-template-columns: repeat(2, 150px) }
.d { grid-template-columns: 100px 1fr }
.e { display: grid; grid-template-columns: none }
.f { display: grid; grid-template-columns: 10em 20% }
""", """
<div class="a" data-k="a"><div>1</div><div>2</div></div>
<div class="b" data-k="b"><div>1</div><div>2</div><div>3</div></div>
<div class="c" data-k="c"><div>1</div></div>
<div class="d" data-k="d">not a grid</div>
<div class="e" data-k="e">none</div>
<div class="f" data-k="f"><div>x</div></div>
""")

# ---------------------------------------------------------------------------
# km-: Khmer pages
# ---------------------------------------------------------------------------

page("km-basic", "ទំព័រខ្មែរ", """
body { font-family: "Khmer OS", "Noto Sans Khmer", sans-serif; line-height: 1.8 }
h1 { color: #1a5276; font-size: 2.2em }
.ចំណងជើង { color: green }
p.សំខាន់ { font-weight: bold; background-color: #fff3cd }
""", """
<h1 data-k="h1">សួស្តី ពិភពលោក</h1>
<h2 class="ចំណងជើង" data-k="h2">ក្លឹបកូដសម្រាប់ក្មេងស្រី</h2>
<p class="សំខាន់" data-k="p">យើងរៀនសរសេរកូដជាមួយគ្នា។</p>
""", lang="km")

page("km-mixed", "Khmer and English", """
:root { --brand: #c0392b }
.km { font-family: "Noto Sans Khmer", "Khmer OS Battambang"; font-size: 18px; line-height: 2 }
.en { font-family: Arial, sans-serif; text-transform: uppercase }
""", """
<p class="km" lang="km" data-k="km">គ្រូ <span class="en" data-k="en">teacher</span> មិត្តភក្តិ</p>
<p lang="km" style="font-size: 1.25rem; color: #2e86c1" data-k="inline">ភ្នំពេញ</p>
""", lang="km")

page("km-menu", "ម៉ឺនុយ", """
nav { display: flex; gap: 12px; background-color: #0b5345; padding: 8px 16px }
nav a { color: white; text-decoration: none; font-size: 1.1em }
nav a.សកម្ម { font-weight: bold; border-bottom: 2px solid gold }
""", """
<nav data-k="nav"><a href="#" class="សកម្ម" data-k="active">ទំព័រដើម</a>
<a href="#" data-k="link">អំពីយើង</a><a href="#">ទំនាក់ទំនង</a></nav>
""", lang="km")

# ---------------------------------------------------------------------------
# file-: linked and imported stylesheets
# ---------------------------------------------------------------------------

page("file-linked-style", "A linked stylesheet", None, """
<h1 data-k="h1">Linked</h1>
<p class="intro" data-k="intro">From style.css</p>
""", head='<link rel="stylesheet" href="style.css">\n', files={"style.css": """
h1 { color: darkgreen; text-align: center }
.intro { font-size: 1.25em; color: #555 }
"""})

page("file-subfolder", "A stylesheet in a subfolder", None, """
<p data-k="p">css/main.css</p>
<div class="box" data-k="box">box</div>
""", head='<link rel="stylesheet" href="css/main.css">\n', files={"css/main.css": """
p { color: maroon }
.box { border: 2px solid maroon; padding: 1em; background-color: mistyrose }
"""})

page("file-order", "Links and style elements in document order", """
p { color: red; font-size: 20px }
""", """
<p data-k="p">the later link wins the colour</p>
""", head='<link rel="stylesheet" href="late.css">\n', files={"late.css": "p { color: green }\n"})

page("file-import", "@import of local files", None, """
<p data-k="p">imported</p>
<h2 data-k="h2">heading</h2>
""", head='<link rel="stylesheet" href="main.css">\n', files={
    "main.css": '@import url("base.css");\n@import "print.css" print;\n@import "wide.css" (min-width: 900px);\nh2 { color: navy }\n',
    "base.css": "p { color: green; margin-top: 2px }\nh2 { color: red; font-style: italic }\n",
    "print.css": "p { color: red }\n",
    "wide.css": "p { font-size: 22px }\n",
})

page("file-missing-link", "A link to a missing file", """
p { color: green }
""", """
<p data-k="p">the missing file changes nothing</p>
""", head='<link rel="stylesheet" href="missing.css">\n<link rel="stylesheet" href="real.css">\n',
    files={"real.css": "p { font-weight: bold }\n"})

page("file-link-media", "Links with media attributes", None, """
<p data-k="p">media on link</p>
""", head='<link rel="stylesheet" href="screen.css" media="screen">\n<link rel="stylesheet" href="print.css" media="print">\n<link rel="stylesheet" href="small.css" media="(max-width: 600px)">\n',
    files={"screen.css": "p { color: green }\n", "print.css": "p { font-size: 40px }\n", "small.css": "p { color: red }\n"})

page("file-link-not-stylesheet", "link elements that are not stylesheets", None, """
<p data-k="p">only rel=stylesheet applies</p>
""", head='<link rel="icon" href="icon.css">\n<link href="nostyle.css">\n<link rel="alternate stylesheet" href="alt.css" title="alt">\n<link rel="STYLESHEET" href="upper.css">\n',
    files={"icon.css": "p { color: red }\n", "nostyle.css": "p { color: red }\n",
           "alt.css": "p { font-size: 40px }\n", "upper.css": "p { font-weight: bold }\n"})

page("file-import-order", "@import must come first", None, """
<p data-k="p">late import ignored</p>
""", head='<style>\np { color: green }\n@import url("late.css");\n</style>\n',
    files={"late.css": "p { color: red }\n"})

# ---------------------------------------------------------------------------
# beg-: pages written the way beginners write them
# ---------------------------------------------------------------------------

page("beg-about-me", "About me", """
body {
  background-color: lightblue;
  font-family: Arial;
}
h1 {
  color: navy;
  text-align: center;
}
p {
  font-size: 18px;
}
img {
  width: 200px;
  border-radius: 50%;
}
""", """
<h1 data-k="h1">About Me</h1>
<img src="me.jpg" alt="me" data-k="img">
<p data-k="p">My name is Sreymom. I like football and coding.</p>
""")

page("beg-my-cat", "My cat", """
body {background-color:#FFF8E7;color:#333}
h1{color:orange;font-size:40px}
.photo{border:5px solid orange;width:300px}
#caption{font-style:italic;color:gray}
""", """
<h1 data-k="h1">My cat Mealea</h1>
<div class="photo" data-k="photo"><img src="cat.jpg" alt="cat"></div>
<p id="caption" data-k="caption">She sleeps all day.</p>
""")

page("beg-recipe", "Recipe: fish amok", """
h1 { color: #b03a2e; border-bottom: 3px solid #b03a2e; padding-bottom: 5px }
h2 { color: #784212 }
ul { background-color: #fdebd0; padding: 15px 30px }
ol li { margin-bottom: 8px }
.tip { background: #d5f5e3; border-left: 6px solid green; padding: 10px }
""", """
<h1 data-k="h1">Fish Amok</h1>
<h2 data-k="h2">Ingredients</h2>
<ul data-k="ul"><li data-k="ul-li">fish</li><li>coconut milk</li><li>kroeung</li></ul>
<h2>Steps</h2>
<ol><li data-k="ol-li">Mix</li><li>Steam</li></ol>
<p class="tip" data-k="tip">Tip: use banana leaves.</p>
""")

page("beg-football-team", "Our football team", """
table { border-collapse: collapse; width: 100%; }
th { background-color: green; color: white; padding: 8px; }
td { border: 1px solid #ddd; padding: 8px; text-align: center; }
tr:nth-child(even) { background-color: #f2f2f2; }
""", """
<table data-k="table">
<tr><th data-k="th">Name</th><th>Goals</th></tr>
<tr><td data-k="td1">Bopha</td><td>3</td></tr>
<tr data-k="tr2"><td data-k="td2">Chantha</td><td>5</td></tr>
</table>
""")

page("beg-mistakes-1", "A page with typical mistakes", """
body {
  background-colour: pink;
  font-family: Comic Sans MS
}
h1 {
  color: purpel;
  font-size: 30;
  text-align: centre;
}
p {
  color: blue
  font-size: 20px;
}
.box {
  border: 1px solid black;
  padding: 10px;
  width: 50%
}
""", """
<h1 data-k="h1">Welcome!!!</h1>
<p data-k="p">This is my first website.</p>
<div class="box" data-k="box">A box</div>
""")

page("beg-mistakes-2", "More typical mistakes", """
h1 {color: red;}}
p {color: green;}
.Title {font-size: 30px}
#main {background-color: yellow}
div.info {color: navy;
""", """
<h1 class="title" data-k="h1">Title</h1>
<p data-k="p">Paragraph</p>
<div id="Main" class="info" data-k="div">Info</div>
""")

page("beg-inline-styles", "Styles written in attributes", None, """
<h1 style="color: red; text-align: center;" data-k="h1">My Shop</h1>
<p style="font-size: 20px; color: #555" data-k="p">We sell <b style="color: green" data-k="b">fresh fruit</b>.</p>
<div style="background-color: yellow; padding: 10px; border: 2px dashed orange" data-k="div">Sale today!</div>
<p style="COLOR: Blue; Font-Weight: Bold" data-k="p2">upper case</p>
""")

page("beg-navbar", "A navigation bar", """
* { margin: 0; padding: 0; }
nav { background-color: #333; overflow: hidden; }
nav ul { list-style-type: none; display: flex; }
nav li a { display: block; color: white; padding: 14px 16px; text-decoration: none; }
nav li a.active { background-color: #04AA6D; }
""", """
<nav data-k="nav"><ul data-k="ul"><li data-k="li"><a class="active" href="#" data-k="active">Home</a></li>
<li><a href="#" data-k="a">News</a></li></ul></nav>
""")

page("beg-cards", "Cards", """
.card {
  background: white;
  border: 1px solid #ccc;
  border-radius: 8px;
  padding: 16px;
  margin-bottom: 20px;
  width: 250px;
  box-shadow: 0 2px 4px rgba(0,0,0,.2);
}
.card h3 { margin-top: 0; color: #2c3e50 }
.card p { color: #7f8c8d; font-size: 14px }
""", """
<div class="card" data-k="card"><h3 data-k="card-h3">Dara</h3><p data-k="card-p">Captain</p></div>
<div class="card" data-k="card2"><h3>Sophea</h3><p>Goalkeeper</p></div>
""")

page("beg-gallery", "A flexbox gallery", """
.gallery { display: flex; flex-wrap: wrap; gap: 10px; justify-content: center; }
.gallery img { width: 150px; height: 150px; border: 2px solid #444; }
""", """
<div class="gallery" data-k="gallery"><img src="1.jpg" alt="1" data-k="img"><img src="2.jpg" alt="2"></div>
""")

page("beg-centered-page", "A centred page", """
body { max-width: 800px; margin: 0 auto; padding: 20px; font-family: Verdana, sans-serif; }
header { text-align: center; background: #2980b9; color: white; padding: 20px; }
footer { margin-top: 40px; font-size: 12px; color: gray; text-align: center; }
""", """
<header data-k="header"><h1 data-k="h1">Science Club</h1></header>
<footer data-k="footer">© 2026</footer>
""")

page("beg-buttons", "Buttons", """
.btn { background-color: #4CAF50; color: white; padding: 12px 24px; border: none; border-radius: 4px; cursor: pointer; font-size: 16px; }
.btn-red { background-color: #f44336; }
.btn:hover { background-color: #45a049; }
.btn.big { font-size: 24px; padding: 20px 40px; }
""", """
<button class="btn" data-k="btn">OK</button>
<button class="btn btn-red" data-k="red">Cancel</button>
<a href="#" class="btn big" data-k="big">Big link button</a>
""")

page("beg-ids-and-classes", "ids and classes together", """
#header { background-color: black; color: white }
.highlight { color: yellow }
#header .highlight { color: orange }
.highlight#special { color: pink }
""", """
<div id="header" data-k="header"><span class="highlight" data-k="hl">orange</span></div>
<p class="highlight" data-k="p">yellow</p>
<p class="highlight" id="special" data-k="special">pink</p>
""")

page("beg-two-columns-float", "Two columns with floats", """
.left { float: left; width: 30%; background: #eee; padding: 10px }
.right { float: right; width: 60%; padding: 10px }
.clear { clear: both }
""", """
<div class="left" data-k="left">Menu</div>
<div class="right" data-k="right">Content</div>
<div class="clear" data-k="clear">Footer</div>
""")

page("beg-school-schedule", "School schedule", """
body { font-family: Tahoma, sans-serif; color: #222; }
h1 { font-size: 28px; font-weight: normal; text-transform: uppercase; letter-spacing: 2px; }
.day { display: inline-block; width: 120px; margin: 5px; padding: 10px; background-color: #e8f8f5; border: 1px solid #1abc9c; text-align: center; }
.today { background-color: #1abc9c; color: white; font-weight: bold; }
""", """
<h1 data-k="h1">Timetable</h1>
<div class="day" data-k="day">Monday</div><div class="day today" data-k="today">Tuesday</div>
""")

page("beg-old-school", "Old-school HTML styling", None, """
<center data-k="center"><font size="6" color="blue" data-k="font">WELCOME</font></center>
<p><b data-k="b">Bold</b> <i data-k="i">italic</i> <u data-k="u">under</u> <big data-k="big">big</big> <tt data-k="tt">tt</tt></p>
<marquee data-k="marquee">news</marquee>
""", body_attrs=' bgcolor="lightgreen"')

page("beg-linked-stylesheet", "A beginner's linked stylesheet", None, """
<div class="container" data-k="container">
<h1 data-k="h1">My Blog</h1>
<p class="post" data-k="post">Today I learned CSS.</p>
</div>
""", head='<link rel="stylesheet" type="text/css" href="styles/style.css">\n', files={"styles/style.css": """
/* my styles */
body {
    margin: 0;
    background-color: #fafafa;
}

.container {
    width: 80%;
    margin: auto;
    padding: 20px;
    background-color: white;
}

h1 {
    font-family: 'Trebuchet MS', sans-serif;
    color: #e74c3c;
}

.post {
    line-height: 1.6;
    font-size: 1.1rem;
}
"""})

page("beg-responsive", "A responsive page", """
.container { display: flex; }
.sidebar { width: 250px; background: #eee; }
.content { flex: 1; padding: 20px; }
@media screen and (max-width: 768px) {
  .container { flex-direction: column; }
  .sidebar { width: 100%; }
}
@media (min-width: 1000px) {
  .content { font-size: 18px; }
}
""", """
<div class="container" data-k="container"><div class="sidebar" data-k="sidebar">side</div>
<div class="content" data-k="content">main</div></div>
""")

page("beg-khmer-club", "ក្លឹបកូដ", """
body { font-family: 'Khmer OS Siemreap', Arial; background-color: #fef9e7; margin: 20px; }
h1 { color: #c0392b; text-align: center; font-size: 36px; }
.member { border: 2px solid #f39c12; padding: 10px; margin: 10px 0; border-radius: 10px; }
.member .name { font-weight: bold; color: #d35400; }
""", """
<h1 data-k="h1">ក្លឹបកូដរបស់យើង</h1>
<div class="member" data-k="member"><span class="name" data-k="name">សុខា</span> រៀនពីរខែ</div>
""", lang="km")

page("beg-important-overuse", "Too many !important", """
p { color: blue !important; font-size: 16px !important }
.red { color: red !important }
#big { font-size: 30px }
""", """
<p class="red" id="big" data-k="p">red, not big</p>
<p style="color: green" data-k="p2">blue despite the inline style</p>
""")

page("beg-css-variables", "Custom properties copied from a tutorial", """
:root { --primary: #3498db; --pad: 12px; --radius: 6px; }
h1 { color: var(--primary); }
.box { padding: var(--pad); border: 2px solid var(--primary); border-radius: var(--radius); }
.fallback { color: var(--missing, green); margin-top: var(--nothing); }
.local { --primary: tomato; }
.local p { background-color: var(--primary); }
""", """
<h1 data-k="h1">Variables</h1>
<div class="box" data-k="box">box</div>
<p class="fallback" data-k="fallback">fallback value, and an invalid-at-computed-value-time margin</p>
<div class="local"><p data-k="local-p">overridden variable</p></div>
""")

page("beg-remote-font-import", "Importing a web font", """
@import url('https://fonts.googleapis.com/css2?family=Kantumruy+Pro&display=swap');
body { font-family: 'Kantumruy Pro', sans-serif; }
h1 { font-weight: 600; }
""", """
<h1 data-k="h1">ស្វាគមន៍</h1>
<p data-k="p">Remote files are not part of the submission.</p>
""", lang="km")

page("beg-hover-effects", "Hover effects and transitions", """
.btn { background-color: navy; color: white; padding: 10px 20px; transition: all 0.3s ease; border-radius: 20px; }
.btn:hover { background-color: orange; transform: scale(1.1); }
.card { box-shadow: 0 4px 8px 0 rgba(0,0,0,0.2); transition: 0.3s; width: 40%; }
.card:hover { box-shadow: 0 8px 16px 0 rgba(0,0,0,0.2); }
img:hover { opacity: 0.7; }
""", """
<a class="btn" href="#" data-k="btn">Click me</a>
<div class="card" data-k="card">card</div>
<img src="x.png" alt="x" data-k="img">
""")

page("beg-center-everything", "Centring with flexbox", """
html, body { height: 100%; margin: 0; }
body { display: flex; justify-content: center; align-items: center; background: #222; }
.box { background: white; padding: 2rem 3rem; text-align: center; border-radius: 1rem; }
""", """
<div class="box" data-k="box"><h1 data-k="h1">Centred</h1></div>
""", html_attrs=' data-k="html"')

page("beg-grid-gallery", "A grid gallery", """
.grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; padding: 10px; }
.grid div { background-color: #ddd; padding: 20px; font-size: 30px; text-align: center; }
""", """
<div class="grid" data-k="grid"><div data-k="cell">1</div><div>2</div><div>3</div><div>4</div></div>
""")

page("beg-table-borders", "Table borders", """
table, th, td { border: 1px solid black; }
table { border-collapse: collapse; }
th, td { padding: 5px; text-align: left; }
th { background-color: #04AA6D; color: white; }
""", """
<table data-k="table"><tr><th data-k="th">Month</th><th>Savings</th></tr>
<tr><td data-k="td">January</td><td>$100</td></tr></table>
""")

page("beg-js-comments", "JavaScript-style comments in CSS", """
// the title
h1 { color: red; }
p { color: green; } // paragraphs
.note { color: blue; }
/* a real comment */
.ok { color: purple; }
""", """
<h1 data-k="h1">the // line eats the rule after it</h1>
<p data-k="p">p</p>
<p class="note" data-k="note">note</p>
<p class="ok" data-k="ok">ok</p>
""")

page("beg-list-menu", "A menu made from a list", """
ul.menu { list-style-type: none; margin: 0; padding: 0; background-color: #f1f1f1; }
ul.menu li { display: inline; }
ul.menu li a { display: inline-block; padding: 8px 16px; color: black; text-decoration: none; }
ul.menu li a:hover { background-color: #555; color: white; }
""", """
<ul class="menu" data-k="ul"><li data-k="li"><a href="#" data-k="a">Home</a></li><li><a href="#">News</a></li></ul>
""")

page("beg-form-styles", "A styled form", """
input[type=text], select { width: 100%; padding: 12px 20px; margin: 8px 0; display: inline-block; border: 1px solid #ccc; border-radius: 4px; box-sizing: border-box; }
input[type=submit] { width: 100%; background-color: #4CAF50; color: white; padding: 14px 20px; border: none; cursor: pointer; }
label { font-weight: bold; }
""", """
<form><label for="n" data-k="label">Name</label><input type="text" id="n" data-k="text">
<input type="submit" value="Send" data-k="submit"></form>
""")

page("beg-float-image", "A floated image with text around it", """
img.left { float: left; margin-right: 15px; width: 150px; border: 3px solid #73AD21; }
.clearfix::after { content: ""; clear: both; display: table; }
p { text-align: justify; }
""", """
<div class="clearfix" data-k="wrap"><img class="left" src="tree.jpg" alt="A tree" data-k="img"><p data-k="p">Trees grow slowly.</p></div>
""")

page("beg-quirks-no-doctype", "No doctype: quirks mode", None, "", raw="""
<html>
<head>
<title>No doctype</title>
<style>
.a { width: 200; margin-top: 10; font-size: 20 }
.b { color: ff0000; background-color: 00ff00 }
table { color: green }
</style>
</head>
<body data-k="body" style="font-size: 20px">
<div class="a" data-k="a">unit-less lengths work in quirks mode</div>
<p class="b" data-k="b">hash-less colours work in quirks mode</p>
<table data-k="table"><tr><td data-k="td">table text does not inherit the font size</td></tr></table>
</body>
</html>
""")

page("beg-uppercase-tags", "Upper-case HTML", None, "", raw="""
<!DOCTYPE HTML>
<HTML>
<HEAD>
<TITLE>SHOUTING</TITLE>
<STYLE>
H1 { COLOR: RED }
.Note { FONT-WEIGHT: BOLD }
</STYLE>
</HEAD>
<BODY DATA-K="body">
<H1 DATA-K="h1">HELLO</H1>
<P CLASS="Note" DATA-K="note">class names keep their case</P>
<P CLASS="note" DATA-K="lower">a different class</P>
<CENTER DATA-K="center"><B DATA-K="b">BOLD</B></CENTER>
</BODY>
</HTML>
""")

page("beg-style-after-body", "A style element after the body", None, "", raw="""
<!DOCTYPE html>
<html>
<head><title>Late style</title></head>
<body data-k="body">
<h1 data-k="h1">Late style still applies</h1>
</body>
<style>
h1 { color: crimson; font-family: Verdana; }
body { background-color: #fafad2; }
</style>
</html>
""")

page("beg-duplicated-selectors", "The same selector in many rules", """
p { color: red; font-size: 14px; }
p { color: blue; }
.intro { font-size: 18px; }
p { font-weight: bold; }
.intro { color: green; }
p.intro { color: orange; }
""", """
<p data-k="p">plain</p>
<p class="intro" data-k="intro">intro</p>
""")

page("beg-khmer-page-linked", "ទំព័រភ្ជាប់ CSS", None, """
<header data-k="header"><h1 data-k="h1">សាលារៀនរបស់ខ្ញុំ</h1></header>
<main><p class="អត្ថបទ" data-k="p">សាលារៀនរបស់ខ្ញុំនៅខេត្តសៀមរាប។</p>
<ul data-k="ul"><li data-k="li">គណិតវិទ្យា</li><li>វិទ្យាសាស្ត្រ</li></ul></main>
""", lang="km", head='<link rel="stylesheet" href="css/style.css">\n', files={"css/style.css": """
body {
  font-family: "Noto Sans Khmer", "Khmer OS Content", sans-serif;
  font-size: 17px;
  line-height: 1.9;
}
header {
  background-color: #154360;
  color: #fdfefe;
  padding: 0.5em 1em;
}
.អត្ថបទ {
  text-indent: 2em;
  color: #1b2631;
}
ul {
  list-style-type: khmer;
}
"""})
