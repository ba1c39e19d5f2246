import KruCore

/// The browser's default style sheet for the elements beginners use,
/// following Chromium's `html.css` (values as Chromium computes them).
enum UserAgentStyleSheet {
    static let text = """
        html, address, blockquote, body, center, dialog, div, figure, figcaption, footer, form, header, hr,
        legend, listing, main, p, plaintext, pre, search, xmp, article, aside, h1, h2, h3, h4, h5, h6, hgroup,
        nav, section, dir, dd, dl, dt, menu, ol, ul, fieldset, details, optgroup { display: block }
        head, link, meta, script, style, title, base, template, datalist, param, area, noscript, [hidden],
        dialog:not([open]), audio:not([controls]) { display: none }
        li { display: list-item; text-align: match-parent }
        summary { display: list-item; list-style-type: disclosure-closed; list-style-position: inside }
        details[open] > summary { list-style-type: disclosure-open }
        body { margin: 8px }
        p { margin-top: 1em; margin-bottom: 1em }
        address { font-style: italic }
        blockquote, figure { margin: 1em 40px }
        center { text-align: -webkit-center }
        h1 { font-size: 2em; margin-top: 0.67em; margin-bottom: 0.67em; font-weight: bold }
        h2 { font-size: 1.5em; margin-top: 0.83em; margin-bottom: 0.83em; font-weight: bold }
        h3 { font-size: 1.17em; margin-top: 1em; margin-bottom: 1em; font-weight: bold }
        h4 { margin-top: 1.33em; margin-bottom: 1.33em; font-weight: bold }
        h5 { font-size: 0.83em; margin-top: 1.67em; margin-bottom: 1.67em; font-weight: bold }
        h6 { font-size: 0.67em; margin-top: 2.33em; margin-bottom: 2.33em; font-weight: bold }
        ul, menu, dir { list-style-type: disc; margin-top: 1em; margin-bottom: 1em; padding-left: 40px }
        ol { list-style-type: decimal; margin-top: 1em; margin-bottom: 1em; padding-left: 40px }
        :is(dir, menu, ol, ul) :is(dir, menu, ul) { list-style-type: circle }
        :is(dir, menu, ol, ul) :is(dir, menu, ol, ul) :is(dir, menu, ul) { list-style-type: square }
        :is(dir, dl, menu, ol, ul) :is(dir, dl, menu, ol, ul) { margin-top: 0; margin-bottom: 0 }
        dl { margin-top: 1em; margin-bottom: 1em }
        dd { margin-left: 40px }
        table { display: table; box-sizing: border-box }
        caption { display: table-caption; text-align: -webkit-center }
        thead { display: table-header-group; vertical-align: middle }
        tbody { display: table-row-group; vertical-align: middle }
        tfoot { display: table-footer-group; vertical-align: middle }
        col { display: table-column }
        colgroup { display: table-column-group }
        tr { display: table-row; vertical-align: inherit }
        td, th { display: table-cell; vertical-align: inherit; padding: 1px }
        th { font-weight: bold; text-align: center }
        a[href], area[href] { color: rgb(0, 0, 238); text-decoration: underline; cursor: pointer }
        b, strong { font-weight: bold }
        i, cite, em, var, dfn { font-style: italic }
        code, kbd, pre, samp, tt, listing, plaintext, xmp { font-family: monospace }
        pre, listing, plaintext, xmp { white-space: pre; margin-top: 1em; margin-bottom: 1em }
        small { font-size: smaller }
        big { font-size: larger }
        sub { vertical-align: sub; font-size: smaller }
        sup { vertical-align: super; font-size: smaller }
        u, ins { text-decoration: underline }
        s, strike, del { text-decoration: line-through }
        mark { background-color: yellow; color: black }
        hr { color: gray; border-style: inset; border-width: 1px; margin: 0.5em auto; overflow: hidden }
        fieldset { margin-left: 2px; margin-right: 2px; padding: 0.35em 0.75em 0.625em;
            border: 2px groove rgb(192, 192, 192) }
        legend { padding-left: 2px; padding-right: 2px }
        img, video, input, button, select, textarea, meter, progress { display: inline-block }
        img, video { display: inline }
        input, textarea, select, button { font-family: Arial; font-size: 13.3333px; font-weight: normal;
            font-style: normal; line-height: normal; letter-spacing: normal; text-transform: none;
            text-indent: 0; text-align: start; margin: 0; color: black }
        img, video, canvas, iframe, embed, object { overflow: clip }
        input { padding: 1px 2px; border: 2px inset rgb(118, 118, 118); cursor: text; background-color: white;
            overflow: clip }
        button, select { box-sizing: border-box }
        textarea { padding: 2px; border: 1px solid rgb(118, 118, 118); cursor: text; background-color: white }
        button { padding: 1px 6px; border: 2px outset rgb(0, 0, 0); text-align: center; cursor: default;
            background-color: rgb(239, 239, 239) }
        iframe { border: 2px inset }
        """

    /// Parsed once per process.
    static let sheet: CSSStyleSheet = CSSParser.parseStyleSheet(text, file: "(browser default style sheet)")

    /// Added after ``text`` in quirks mode (a page without `<!DOCTYPE html>`), following
    /// Chromium's `quirks.css`: tables do not inherit the text styles around them.
    static let quirksText = """
        table { white-space: normal; line-height: normal; font-weight: normal; font-size: medium;
            font-variant-caps: normal; font-style: normal; text-align: start }
        """

    static let quirksSheet: CSSStyleSheet = CSSParser.parseStyleSheet(quirksText, file: "(browser default style sheet)")
}
