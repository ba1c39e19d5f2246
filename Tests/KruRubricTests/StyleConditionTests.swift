import KruCore
import KruRubric
import Testing

/// The style vocabulary: `style`, `declared`, `selector-used`, `screen`, the
/// `stylesheet` rule and CSS diagnostics as checks.
struct StyleConditionTests {
    func status(_ condition: String, _ submission: SubmissionFiles) throws -> CheckStatus {
        try judge(condition, submission).status
    }

    func status(_ condition: String, _ html: String) throws -> CheckStatus {
        try judge(condition, page(html)).status
    }

    @Test func equalsComparesColoursInAnySyntax() throws {
        let html = "<style>h1 { color: hsl(0, 100%, 50%) }</style><h1>A</h1>"
        for value in ["red", "\"#f00\"", "\"#FF0000\"", "rgb(255 0 0)", "\"rgb(255, 0, 0)\""] {
            #expect(try status("{first: h1, satisfies: {style: color, equals: \(value)}}", html) == .pass, "\(value)")
        }
        #expect(try status("{first: h1, satisfies: {style: color, equals: blue}}", html) == .fail)
        #expect(try status("{first: h1, satisfies: {style: color, equals: notacolour}}", html) == .fail)
    }

    @Test func keywordsAndLengthsCompareAsSerialised() throws {
        let html = "<style>nav { display: FLEX; margin-bottom: 1.5em }</style><nav>a</nav>"
        #expect(try status("{first: nav, satisfies: {style: display, one-of: [grid, flex]}}", html) == .pass)
        #expect(try status("{first: nav, satisfies: {style: display, equals: Flex}}", html) == .pass)
        #expect(try status("{first: nav, satisfies: {style: margin-bottom, equals: 24px}}", html) == .pass)
        #expect(try status("{first: nav, satisfies: {style: margin-bottom, equals: 24.5px}}", html) == .fail)
        #expect(try status("{first: nav, satisfies: {style: margin, equals: 0px 0px 24px}}", html) == .pass)
    }

    @Test func comparisons() throws {
        let html = """
        <style>p { line-height: 1.5; opacity: .5 } .a { margin-bottom: 5% } .b { margin-bottom: auto }</style>
        <p class=a>x</p><p class=b>y</p>
        """
        #expect(try status("{every: p, satisfies: {style: line-height, at-least: 24px}}", html) == .pass)
        #expect(try status("{every: p, satisfies: {style: line-height, greater-than: 24px}}", html) == .fail)
        #expect(try status("{every: p, satisfies: {style: line-height, less-than: 25px, greater-than: 23px}}", html) == .pass)
        #expect(try status("{every: p, satisfies: {style: opacity, at-most: 0.5}}", html) == .pass)
        #expect(try status("{every: p, satisfies: {style: opacity, less-than: 0.5}}", html) == .fail)
        // A positive percentage is a positive length; `auto` is no length at all.
        #expect(try status("{first: .a, satisfies: {style: margin-bottom, greater-than: 0px}}", html) == .pass)
        #expect(try status("{first: .a, satisfies: {style: margin-bottom, at-least: 10px}}", html) == .fail)
        #expect(try status("{first: .a, satisfies: {style: margin-bottom, equals: 5%}}", html) == .pass)
        #expect(try status("{first: .b, satisfies: {style: margin-bottom, greater-than: 0px}}", html) == .fail)
        #expect(try status("{first: .b, satisfies: {not: {style: margin-bottom, greater-than: 0px}}}", html) == .pass)
        // line-height: normal is not a length.
        let normal = try judge("{first: h1, satisfies: {style: line-height, at-least: 1px}}", page("<h1>T</h1>"))
        #expect(normal.status == .fail)
        #expect(normal.message.en.contains("normal is not a length"), "\(normal.message.en)")
    }

    @Test func valueTypes() throws {
        let html = """
        <!DOCTYPE html>
        <style>.a { width: 300px } .b { max-width: 50% } .c { width: calc(100% - 2em) } .d { width: 300 }</style>
        <div class=a></div><div class=b></div><div class=c></div><div class=d></div>
        """
        let condition = "{first: SEL, satisfies: {any: [{style: width, type: [length, percentage]}, {style: max-width, type: [length, percentage]}]}}"
        #expect(try status(condition.replacingOccurrences(of: "SEL", with: ".a"), html) == .pass)
        #expect(try status(condition.replacingOccurrences(of: "SEL", with: ".b"), html) == .pass)
        #expect(try status(condition.replacingOccurrences(of: "SEL", with: ".c"), html) == .pass)
        #expect(try status(condition.replacingOccurrences(of: "SEL", with: ".d"), html) == .fail)  // no unit: dropped
        #expect(try status("{first: .d, satisfies: {style: width, type: keyword}}", html) == .pass)
        // Without a doctype the page is in quirks mode, where browsers read `300` as 300px.
        let quirks = html.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
        #expect(try status("{first: .d, satisfies: {style: width, equals: 300px}}", quirks) == .pass)
    }

    @Test func messageSaysValueColourNameAndWhereItWasSet() throws {
        let submission = site([
            "index.html": "<!DOCTYPE html>\n<link rel=stylesheet href=css/style.css>\n<h1>Hi</h1>",
            "css/style.css": "body { margin: 0 }\n\nh1 {\n  color: #000;\n}\n",
        ])
        let result = try judge("{first: h1, satisfies: {not: {style: color, equals: \"rgb(0, 0, 0)\"}}}", submission)
        #expect(result.status == .fail)
        #expect(result.message.en == "<h1> at line 3: its color is rgb(0, 0, 0) (black), set by `h1 { color: #000 }` at line 4 of css/style.css; expected color not to be rgb(0, 0, 0)")
        #expect(result.message.km == "<h1> នៅបន្ទាត់ទី 3៖ color របស់វាគឺ rgb(0, 0, 0) (black), កំណត់ដោយ `h1 { color: #000 }` នៅបន្ទាត់ទី 4 នៃ css/style.css; color មិនត្រូវជា rgb(0, 0, 0) ទេ")
        #expect(result.location == SourceLocation(file: "css/style.css", line: 4, column: 3))
    }

    @Test func messagesForInheritedAndDefaultValues() throws {
        let inherited = try judge(
            "{first: h1, satisfies: {style: color, equals: red}}",
            page("<style>\nbody { color: blue !important }\n</style>\n<h1 style=\"color: red\">T</h1>"))
        // An !important on the parent does not beat the child's own declaration.
        #expect(inherited.status == .pass)
        #expect(inherited.message.en == "<h1> at line 4: its color is rgb(255, 0, 0) (red), set by its style attribute (color: red) at line 4 of index.html")
        let html = "<style>\nbody { color: teal }\n</style>\n<h1>T</h1>"
        let fromBody = try judge("{first: h1, satisfies: {style: color, equals: red}}", page(html))
        #expect(fromBody.message.en == "<h1> at line 4: its color is rgb(0, 128, 128) (teal), inherited from <body>, set by `body { color: teal }` at line 2 of index.html; expected color to be red (rgb(255, 0, 0))")
        let byDefault = try judge("{first: h1, satisfies: {style: font-weight, equals: 400}}", page("<h1>T</h1>"))
        #expect(byDefault.message.en == "<h1> at line 1: its font-weight is 700, the browser's default; expected font-weight to be 400")
        #expect(byDefault.message.km == "<h1> នៅបន្ទាត់ទី 1៖ font-weight របស់វាគឺ 700, តម្លៃលំនាំដើមរបស់កម្មវិធីរុករក; font-weight ត្រូវតែជា 400")
    }

    @Test func oldHTMLAttributesCountAsStylesAndSaySo() throws {
        let html = "<!DOCTYPE html>\n<body bgcolor=\"lightyellow\">\n<h1>T</h1>"
        let result = try judge("{first: body, satisfies: {not: {style: background-color, equals: transparent}}}", page(html))
        #expect(result.status == .pass)
        #expect(result.message.en == "<body> at line 2: its background-color is rgb(255, 255, 224) (lightyellow), set by the old HTML attribute bgcolor=\"lightyellow\" at line 2 of index.html (CSS is the better way)")
        #expect(result.message.km.contains("attribute HTML ចាស់"))
        // An attribute is not a rule: `declared` does not count it.
        #expect(try status("{first: body, satisfies: {declared: background-color}}", html) == .fail)
    }

    @Test func screenEvaluatesMediaQueriesForAnotherViewport() throws {
        let html = """
        <style>.c { display: flex } @media (max-width: 600px) { .c { flex-direction: column } }</style>
        <div class=c></div>
        """
        #expect(try status("{first: .c, satisfies: {style: flex-direction, equals: row}}", html) == .pass)
        #expect(try status("{first: .c, satisfies: {style: flex-direction, equals: column}}", html) == .fail)
        #expect(try status("{first: .c, satisfies: {style: flex-direction, equals: column, screen: 400x800}}", html) == .pass)
        let message = try judge("{first: .c, satisfies: {style: flex-direction, equals: row, screen: 400x800}}", page(html)).message
        #expect(message.en.contains("on a 400×800 screen"))
        #expect(message.km.contains("លើអេក្រង់ 400×800"))
    }

    @Test func declaredCountsShorthandsInlineStylesAndMediaInEffect() throws {
        let condition = "{first: body, satisfies: {declared: font-family}}"
        #expect(try status(condition, "<style>body { font: 16px Arial, sans-serif }</style><p>x</p>") == .pass)
        #expect(try status(condition, "<body style=\"font-family: Verdana\"><p>x</p>") == .pass)
        #expect(try status(condition, "<style>* { font-family: serif }</style><p>x</p>") == .pass)
        // Dropped by the browser: invalid shorthand, missing `;`, misspelt property.
        #expect(try status(condition, "<style>body { font: bold }</style><p>x</p>") == .fail)
        #expect(try status(condition, "<style>body { color: red font-family: Arial }</style><p>x</p>") == .fail)
        #expect(try status(condition, "<style>body { font-famly: Arial }</style><p>x</p>") == .fail)
        // Only inherited, or a media query not in effect.
        #expect(try status(condition, "<style>html { font-family: Arial }</style><p>x</p>") == .fail)
        // A CSS-wide keyword is a valid value too.
        #expect(try status(condition, "<style>body { font-family: inherit }</style><p>x</p>") == .pass)
        #expect(try status(condition, "<style>@media print { body { font-family: Arial } }</style><p>x</p>") == .fail)
        let phone = "<style>@media (max-width: 500px) { body { font-family: Arial } }</style><p>x</p>"
        #expect(try status(condition, phone) == .fail)
        #expect(try status("{first: body, satisfies: {declared: font-family, screen: 400x800}}", phone) == .pass)
        let message = try judge(condition, page("<style>\nhtml { font-family: Arial }\n</style>\n<body><p>x</p>")).message
        #expect(message.en == "<body> at line 4: no rule or style attribute that applies to it sets font-family; it only inherits font-family from <html>; expected a rule for <body> that sets font-family")
    }

    @Test func selectorUsed() throws {
        #expect(try status("{selector-used: class}", "<style>.note { color: red }</style><p class=note>x</p>") == .pass)
        #expect(try status("{selector-used: class}", "<style>p.note, h1 { color: red }</style><p class=\"big note\">x</p>") == .pass)
        #expect(try status("{selector-used: class}", "<style>p:not(.x) { color: red }</style><p>x</p>") == .pass)
        // Misspelt, only in a style attribute, only :hover or ::before (they match no element, as
        // querySelectorAll says), a print-only rule.
        let misspelt = try judge("{selector-used: class}", page("<style>\n.titel { color: red }\n</style><h1 class=title>x</h1>"))
        #expect(misspelt.status == .fail)
        #expect(misspelt.message.en == "the rule `.titel` at line 2 of index.html uses a class selector (.name) but matches no element of the page; expected a style rule whose selector uses a class selector (.name) and matches an element of the page")
        #expect(misspelt.location == SourceLocation(file: "index.html", line: 2, column: 1))
        #expect(try status("{selector-used: class}", "<p class=note style=\"color: red\">x</p>") == .fail)
        #expect(try status("{selector-used: class}", "<style>.b:hover { color: red }</style><a class=b>x</a>") == .fail)
        #expect(try status("{selector-used: class}", "<style>.n::before { content: '!' }</style><p class=n>x</p>") == .fail)
        #expect(try status("{selector-used: class}", "<style>@media print { .n { color: red } }</style><p class=n>x</p>") == .fail)
        #expect(try status("{selector-used: id}", "<style>#main { color: red }</style><main id=main>x</main>") == .pass)
        #expect(try status("{selector-used: child}", "<style>ul > li { color: red }</style><ul><li>x</li></ul>") == .pass)
        #expect(try status("{selector-used: child}", "<style>ul li { color: red }</style><ul><li>x</li></ul>") == .fail)
    }

    @Test func stylesheetRule() throws {
        #expect(try status("{rule: stylesheet}", "<style>p { color: red }</style>") == .pass)
        #expect(try status("{rule: stylesheet}", "<style>\n  /* my CSS */\n</style>") == .fail)
        #expect(try status("{rule: stylesheet}", "<p style=\"color: red\">x</p>") == .fail)
        let linked = "<link rel=\"stylesheet\" href=\"css/style.css\"><p>x</p>"
        #expect(try status("{rule: stylesheet}", site(["index.html": linked, "css/style.css": "p { color: red }"])) == .pass)
        #expect(try status("{rule: stylesheet}", site(["index.html": linked, "css/style.css": "\n\n"])) == .fail)
        let missing = try judge("{rule: stylesheet}", site(["index.html": linked, "style.css": "p { color: red }"]))
        #expect(missing.status == .fail)
        #expect(missing.message.en.hasPrefix("the stylesheet link \"css/style.css\" at line 1 leads nowhere: the submission has no file named css/style.css"))
        #expect(missing.message.km.contains("មិននាំទៅណាទេ"))
        // A web font's style sheet on the internet is not the student's CSS; the message says so.
        let font = try judge(
            "{rule: stylesheet}",
            page("<link rel=stylesheet href=\"https://fonts.googleapis.com/css2?family=Battambang\">\n<p style=\"color: red\">x</p>"))
        #expect(font.status == .fail)
        #expect(font.message.en == "<link> at line 1 links https://fonts.googleapis.com/css2?family=Battambang, a style sheet on the internet, not a file of your work; expected CSS in a <style> element or in a linked stylesheet file")
        #expect(font.message.km.contains("អ៊ីនធឺណិត"))
        #expect(font.location?.line == 1)
        let schemeless = try judge("{rule: stylesheet}", page("<link rel=\"preload stylesheet\" href=\"//cdn.example/a.css\">"))
        #expect(schemeless.message.en.hasPrefix("<link> at line 1 links //cdn.example/a.css, a style sheet on the internet"))
        // Beside the student's own CSS, a style sheet on the internet changes nothing.
        #expect(try status(
            "{rule: stylesheet}",
            "<link rel=stylesheet href=\"https://fonts.googleapis.com/css2?family=Battambang\"><style>p { color: red }</style>") == .pass)
        // Only http(s) and `//host` are on the internet: a `data:` style sheet is not named so.
        let data = try judge("{rule: stylesheet}", page("<link rel=stylesheet href=\"data:text/css,p{}\">"))
        #expect(!data.message.en.contains("on the internet"))
        // Style checks that fail say why the linked rules do not apply.
        let color = try judge(
            "{first: p, satisfies: {style: color, equals: red}}", site(["index.html": linked, "style.css": "p { color: red }"]))
        #expect(color.message.en.hasSuffix("; note: the page links css/style.css, which is not in the submission, so none of its rules apply"))
    }

    @Test func cssDiagnosticsAsChecks() throws {
        let typo = "<style>\nh1 { colour: red }\n</style><h1>x</h1>"
        let result = try judge("{diagnostic: css.unknown-property}", page(typo))
        #expect(result.status == .fail)
        #expect(result.location == SourceLocation(file: "index.html", line: 2, column: 6))
        #expect(try status("{diagnostic: css.unknown-property}", "<style>h1 { color: red }</style><h1>x</h1>") == .pass)
        #expect(try status("{diagnostic: css.missing-semicolon}", typo) == .pass)
        #expect(throws: RubricError.self) { try rubric(condition: "{diagnostic: css.unknown-propety}") }
    }

    @Test func gradeReportsCSSDiagnosticsForStyleRubricsOnly() throws {
        let submission = site([
            "index.html": "<link rel=stylesheet href=s.css><h1>a</h1>",
            "about.html": "<link rel=stylesheet href=s.css><h1>b</h1>",
            "s.css": "h1 { colour: red }",
        ])
        let styled = WebGrader(rubric: try rubric(condition: "{first: h1, satisfies: {style: color, equals: red}}")).grade(submission)
        // The shared sheet's mistake is reported once.
        #expect(styled.diagnostics.filter { $0.id == "css.unknown-property" }.count == 1)
        let plain = WebGrader(rubric: try rubric(condition: "{count: h1, exactly: 1}")).grade(submission)
        #expect(!plain.diagnostics.contains { $0.id.hasPrefix("css.") })
        let forced = WebGrader(rubric: try rubric(condition: "{count: h1, exactly: 1}"), cssDiagnostics: true).grade(submission)
        #expect(forced.diagnostics.contains { $0.id == "css.unknown-property" })
    }

    @Test func loaderRefusesBadStyleConditions() throws {
        for bad in [
            "{style: color, equals: red}",  // needs an element
            "{first: h1, satisfies: {style: colour, equals: red}}",
            "{first: h1, satisfies: {style: color}}",
            "{first: h1, satisfies: {style: width, greater-than: wide}}",
            "{first: h1, satisfies: {style: width, type: size}}",
            "{first: h1, satisfies: {style: width, type: length, screen: 400}}",
            "{first: h1, satisfies: {declared: font}}",  // a shorthand: name the longhand
            "{selector-used: klass}",
            "{first: h1, satisfies: {style: color, equals: red, file: a.html}}",
        ] {
            #expect(throws: RubricError.self, "\(bad)") { try rubric(condition: bad) }
        }
        do {
            _ = try rubric(condition: "{first: h1, satisfies: {style: colour, equals: red}}")
        } catch let error as RubricError {
            #expect(error.message.contains("did you mean \"color\""), "\(error.message)")
        }
    }
}
