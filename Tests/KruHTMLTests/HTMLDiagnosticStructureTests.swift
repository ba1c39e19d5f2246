import KruCore
import KruHTML
import Testing

@Suite struct UnclosedElementDiagnosticTests {
    @Test func elementsThatNeedAnEndTag() {
        expectFindings("html.unclosed-element", at: ["1️⃣", "2️⃣"], in: """
            <!DOCTYPE html>
            <html><body>
            1️⃣<div class="box">
            <p>Hello
              2️⃣<a href="x.html">my link
            </body></html>
            """)
    }

    @Test func rawTextElementSwallowsThePage() {
        let source = """
            <!DOCTYPE html>
            <html><head>1️⃣<title>My page
            </head><body><h1>Hi</h1></body></html>
            """
        expectFindings("html.unclosed-element", at: ["1️⃣"], in: source)
        let finding = diagnose(MarkedHTML(source)).first { $0.id == "html.unclosed-element" }
        #expect(finding?.message.en.contains("the rest of your page disappears") == true)
        #expect(finding?.severity == .error)
    }

    @Test func selfClosingSyntaxDoesNotCloseADiv() {
        let source = "<!DOCTYPE html>\n<body>\n  1️⃣<div/>\n<p>after</p>"
        expectFindings("html.unclosed-element", at: ["1️⃣"], in: source)
        let finding = diagnose(MarkedHTML(source)).first { $0.id == "html.unclosed-element" }
        #expect(finding?.notes.contains { $0.en.contains("\"/>\" does not close <div>") } == true)
    }

    @Test func headingEndedByTheNextHeading() {
        let source = "<!DOCTYPE html>\n1️⃣<h1>Title\n<h2>Sub</h2>"
        expectFindings("html.unclosed-element", at: ["1️⃣"], in: source)
        let finding = diagnose(MarkedHTML(source)).first { $0.id == "html.unclosed-element" }
        #expect(finding?.notes.first?.en == "The browser ended it by itself at <h2> on line 3.")
    }

    @Test func linkEndedByTheNextListItem() {
        expectFindings("html.unclosed-element", at: ["1️⃣"], in: """
            <!DOCTYPE html>
            <ul>
              <li>1️⃣<a href="index.html">Home
              <li><a href="about.html">About</a>
            </ul>
            """)
    }

    @Test func secondStartTagWhereTheEndTagShouldBe() {
        let source = """
            <!DOCTYPE html>
            <p>Go to 1️⃣<a href="x.html">my page<a> now</p>
            2️⃣<h1>Title<h1>
            <p>3️⃣<b>bold<b> and <b><b>nested</b></b></p>
            """
        expectFindings("html.unclosed-element", at: ["1️⃣", "2️⃣", "3️⃣"], in: source)
        expectFindings("html.stray-end-tag", at: [], in: source)
        let finding = diagnose(MarkedHTML(source)).first { $0.id == "html.unclosed-element" }
        #expect(finding?.message.en == "<a> is opened here but never closed: on line 2 there is a second <a> where </a> should be. An end tag needs a slash: write </a>.")
    }

    @Test func optionalEndTagsAreNotReported() {
        expectFindings("html.unclosed-element", at: [], in: """
            <!DOCTYPE html>
            <html><head><title>t</title><body>
            <p>one<p>two
            <ul><li>a<li>b</ul>
            <table><tr><th>A<th>B<tr><td>1<td>2</table>
            <select><option>x<option>y</select>
            <dl><dt>term<dd>meaning</dl>
            """)
    }
}

@Suite struct MismatchedEndTagDiagnosticTests {
    @Test func crossedNesting() {
        let source = "<!DOCTYPE html>\n<p><b><i>text1️⃣</b></i></p>"
        expectFindings("html.mismatched-end-tag", at: ["1️⃣"], in: source)
        expectFindings("html.stray-end-tag", at: [], in: source)
        expectFindings("html.unclosed-element", at: [], in: source)
        let finding = diagnose(MarkedHTML(source)).first { $0.id == "html.mismatched-end-tag" }
        #expect(finding?.message.en.contains("</i></b>") == true)
    }

    @Test func headingNamesDiffer() {
        let source = "<!DOCTYPE html>\n<body>\n<h1>Title1️⃣</h2>\n<p>text</p>"
        expectFindings("html.mismatched-end-tag", at: ["1️⃣"], in: source)
        expectFindings("html.unclosed-element", at: [], in: source)
        let finding = diagnose(MarkedHTML(source)).first { $0.id == "html.mismatched-end-tag" }
        #expect(finding?.message.en.hasPrefix("</h2> does not match <h1> (line 3)") == true)
    }

    @Test func listClosedWithTheOtherListTag() {
        let source = "<!DOCTYPE html>\n<ul>\n  <li>one</li>\n1️⃣</ol>\n<p>x</p>"
        expectFindings("html.mismatched-end-tag", at: ["1️⃣"], in: source)
        expectFindings("html.unclosed-element", at: [], in: source)
        expectFindings("html.stray-end-tag", at: [], in: source)
    }

    @Test func formattingClosedInsideAParagraph() {
        let source = "<!DOCTYPE html>\n<b>bold\n<p>para1️⃣</b>after</p>\n<ul><li>x2️⃣</ul></li>"
        expectFindings("html.mismatched-end-tag", at: ["1️⃣", "2️⃣"], in: source)
        expectFindings("html.stray-end-tag", at: [], in: source)
        let findings = diagnose(MarkedHTML(source)).filter { $0.id == "html.mismatched-end-tag" }
        #expect(findings.last?.message.en.hasSuffix("Close the inner tag first: </li></ul>.") == true)
    }

    @Test func nestedButtonIsEndedByTheBrowser() {
        let source = "<!DOCTYPE html>\n1️⃣<button>a<button>b</button>"
        expectFindings("html.unclosed-element", at: ["1️⃣"], in: source)
        expectFindings("html.stray-end-tag", at: [], in: source)
    }

    @Test func bodyClosedBeforeTheElementsInIt() {
        let source = """
            <!DOCTYPE html>
            <html><body>
            <div class="box">
            <p>Hi</p>
            1️⃣</body></div>
            </html>
            """
        expectFindings("html.mismatched-end-tag", at: ["1️⃣"], in: source)
        expectFindings("html.unclosed-element", at: [], in: source)
        expectFindings("html.stray-end-tag", at: [], in: source)
        let finding = diagnose(MarkedHTML(source)).first { $0.id == "html.mismatched-end-tag" }
        #expect(finding?.message.en.hasSuffix("Close the inner tag first: </div></body>.") == true)
    }

    @Test func endTagAfterTheBrowserEndedTheElement() {
        let source = "<!DOCTYPE html>\n<p><b>bold<div>block</div>1️⃣</b>2️⃣</p>"
        expectFindings("html.mismatched-end-tag", at: ["1️⃣"], in: source)
        expectFindings("html.stray-end-tag", at: ["2️⃣"], in: source)
        expectFindings("html.unclosed-element", at: [], in: source)
    }
}

@Suite struct StrayEndTagDiagnosticTests {
    @Test func endTagsWithNothingToClose() {
        expectFindings("html.stray-end-tag", at: ["1️⃣", "2️⃣"], in: """
            <!DOCTYPE html>
            <body>
            <div>text</div>1️⃣</div>
            <p>more</p>
            2️⃣</span>
            </body>
            """)
    }

    @Test func paragraphAlreadyEndedByAList() {
        let source = "<!DOCTYPE html>\n<p>My list:\n<ul><li>x</li></ul>\n1️⃣</p>"
        expectFindings("html.stray-end-tag", at: ["1️⃣"], in: source)
        let finding = diagnose(MarkedHTML(source)).first { $0.id == "html.stray-end-tag" }
        #expect(finding?.notes.map(\.en) == [
            "The <p> on line 2 was already ended by <ul> on line 3.",
            "A paragraph <p> cannot contain <ul>, so the browser ends the paragraph there. Close </p> before <ul>, or use <div> instead of <p>.",
        ])
    }
}

@Suite struct VoidEndTagDiagnosticTests {
    @Test func endTagsOfEmptyElements() {
        let source = """
            <!DOCTYPE html>
            <p><img src="a.png" alt="a">1️⃣</img> line<br>2️⃣</br>
            <label>Name <input type="text">3️⃣</INPUT></label></p>
            """
        expectFindings("html.void-end-tag", at: ["1️⃣", "2️⃣", "3️⃣"], in: source)
        expectFindings("html.stray-end-tag", at: [], in: source)
        let messages = diagnose(MarkedHTML(source)).filter { $0.id == "html.void-end-tag" }.map(\.message.en)
        #expect(messages.first == "<img> is an empty element: it has no content and no end tag. Remove </img>.")
    }
}

@Suite struct UnclosedTagDiagnosticTests {
    @Test func tagsMissingTheirGreaterThanSign() {
        let source = """
            <!DOCTYPE html>
            <p>First1️⃣</p
            <p>Second</p>
            2️⃣<div class="box"
            <p>Third</p></div>
            """
        expectFindings("html.unclosed-tag", at: ["1️⃣", "2️⃣"], in: source)
        for id in ["html.stray-end-tag", "html.unclosed-element", "html.mismatched-end-tag"] {
            expectFindings(id, at: [], in: source)
        }
        let finding = diagnose(MarkedHTML(source)).first { $0.id == "html.unclosed-tag" }
        #expect(finding?.message.en == "The tag </p has no closing > before the next tag starts. Add > at the end of the tag: </p>.")
    }

    @Test func tagCutOffByTheEndOfTheFile() {
        let source = "<!DOCTYPE html>\n<html><body><p>Hi</p></body>\n1️⃣</html"
        expectFindings("html.unclosed-tag", at: ["1️⃣"], in: source)
        // A tag cut off inside a quoted value is the quote's problem, reported once.
        expectFindings("html.unclosed-tag", at: [], in: "<!DOCTYPE html>\n<img alt=\"cat")
    }
}
