import KruCore
import KruHTML
import Testing

@Suite struct UnknownElementDiagnosticTests {
    @Test func typosAndInventedNames() {
        let source = """
            <!DOCTYPE html>
            <html><head>1️⃣<titel>My page</titel></head>
            2️⃣<bdoy>
            3️⃣<paragraph>Hello</paragraph>
            4️⃣<H1class="big">Title</H1class="big">
            <my-card>custom elements are fine</my-card>
            <svg viewBox="0 0 10 10"><circle r="4"/><linearGradient id="g"></linearGradient></svg>
            <math><mi>x</mi></math>
            5️⃣<zzqx>?</zzqx>
            """
        expectFindings("html.unknown-element", at: ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"], in: source)
        let messages = diagnose(MarkedHTML(source)).filter { $0.id == "html.unknown-element" }.map(\.message)
        #expect(messages[0].en == "<titel> is not an HTML element, so the browser does not know what it means. Did you mean <title>?")
        #expect(messages[0].km.contains("<title>"))
        #expect(messages[1].en.hasSuffix("Did you mean <body>?"))
        #expect(messages[2].en.hasSuffix("Did you mean <p>?"))
        #expect(messages[3].en == "<h1class=\"big\"> is not an HTML element: a space is missing after <h1. Write <h1 class=\"big\">.")
        #expect(messages[4].en.hasSuffix("Check the spelling, or use a real element such as <div> or <span>."))
    }
}

@Suite struct ObsoleteElementDiagnosticTests {
    @Test func oldElementsWithAdvice() {
        let source = """
            <!DOCTYPE html>
            1️⃣<CENTER>Hi</CENTER>
            <p>2️⃣<font color="red">red</font> 3️⃣<marquee>news</marquee> 4️⃣<big>big</big> 5️⃣<tt>code</tt></p>
            """
        expectFindings("html.obsolete-element", at: ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"], in: source)
        expectFindings("html.unknown-element", at: [], in: source)
        let messages = diagnose(MarkedHTML(source)).filter { $0.id == "html.obsolete-element" }.map(\.message)
        #expect(messages[0].en == "<center> is an old element that HTML5 no longer uses. To center text, use CSS: text-align: center;")
        #expect(messages[1].en.contains("font-size"))
        #expect(messages.allSatisfy { !$0.km.contains("{") })
    }
}

@Suite struct MissingDoctypeDiagnosticTests {
    @Test func pageWithoutDoctype() {
        expectFindings("html.missing-doctype", at: ["1️⃣"], in: "1️⃣<html>\n<body><p>Hi</p></body></html>")
    }

    @Test func doctypeAfterContentDoesNotCount() {
        let source = "1️⃣<html>\n<!DOCTYPE html>\n<body></body></html>"
        expectFindings("html.missing-doctype", at: ["1️⃣"], in: source)
        let finding = diagnose(MarkedHTML(source)).first { $0.id == "html.missing-doctype" }
        #expect(finding?.notes.first?.en == "There is a <!DOCTYPE> on line 2, but it must come before everything else.")
    }

    @Test func commentsWhitespaceAndCaseBeforeTheDoctypeAreFine() {
        expectFindings("html.missing-doctype", at: [], in: "\u{FEFF}\n  <!-- my page -->\n<!doctype HTML>\n<html></html>")
    }
}

@Suite struct LiOutsideListDiagnosticTests {
    @Test func listItemsWithoutAList() {
        let source = """
            <!DOCTYPE html>
            <html><body>
            1️⃣<li>One</li>
            <ul><li>Two</li></ul>
            <ol><li>Three<li>Four</ol>
            <div>2️⃣<li>Five</li></div>
            </body></html>
            """
        expectFindings("html.li-outside-list", at: ["1️⃣", "2️⃣"], in: source)
        let findings = diagnose(MarkedHTML(source)).filter { $0.id == "html.li-outside-list" }
        #expect(findings.last?.notes.first?.en == "Here the browser puts it inside <div>.")
    }
}

@Suite struct UnclosedCommentDiagnosticTests {
    @Test func commentNeverClosed() {
        expectFindings("html.unclosed-comment", at: ["1️⃣"], in: "<!DOCTYPE html>\n<p>Hi</p>\n1️⃣<!-- note ->\n<p>Bye</p>")
    }
}

@Suite struct RepeatedDocumentTagDiagnosticTests {
    @Test func secondPagePastedIntoTheFile() {
        let source = """
            <!DOCTYPE html>
            <html lang="en"><head><title>One</title></head>
            <body><p>first page</p></body></html>
            1️⃣<html>2️⃣<head><title>Two</title></head>
            3️⃣<BODY><p>second page</p></BODY></html>
            """
        expectFindings("html.repeated-document-tag", at: ["1️⃣", "2️⃣", "3️⃣"], in: source)
        let finding = diagnose(MarkedHTML(source)).first { $0.id == "html.repeated-document-tag" }
        #expect(finding?.message.en.contains("(the first is on line 2)") == true)
    }
}
