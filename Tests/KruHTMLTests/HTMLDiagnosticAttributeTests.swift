import KruCore
import KruHTML
import Testing

@Suite struct UnclosedAttributeQuoteDiagnosticTests {
    @Test func quoteSwallowsTheLinkText() {
        let source = """
            <!DOCTYPE html>
            <p><a href=1️⃣"page.html>Home</a></p>
            <p class="intro">Hi</p>
            """
        expectFindings("html.unclosed-attribute-quote", at: ["1️⃣"], in: source)
        // The tag is read as the author meant, so no made-up nesting errors follow.
        for id in ["html.stray-end-tag", "html.unclosed-element", "html.mismatched-end-tag", "html.duplicate-attribute"] {
            expectFindings(id, at: [], in: source)
        }
        let finding = diagnose(MarkedHTML(source)).first { $0.id == "html.unclosed-attribute-quote" }
        #expect(finding?.notes.first?.en.contains("(line 3)") == true)
    }

    @Test func quoteRunsIntoTheNextAttribute() {
        expectFindings("html.unclosed-attribute-quote", at: ["1️⃣"], in: """
            <!DOCTYPE html>
            <img src=1️⃣"cat.png alt="A cat">
            """)
    }

    @Test func quoteRunsToTheEndOfTheFile() {
        expectFindings("html.unclosed-attribute-quote", at: ["1️⃣"], in: "<!DOCTYPE html>\n<p>Hi</p>\n<img alt=1️⃣'cat")
    }

    @Test func closedQuotesAreFine() {
        expectFindings("html.unclosed-attribute-quote", at: [], in: """
            <!DOCTYPE html>
            <p title="a > b" data-x='it is "quoted"'>x</p>
            <input value="" placeholder=name disabled>
            <a href="x.html" title="two
            lines">y</a>
            """)
    }
}

@Suite struct DuplicateAttributeDiagnosticTests {
    @Test func attributeWrittenTwice() {
        let source = """
            <!DOCTYPE html>
            <img src="a.png" 1️⃣src="b.png" alt="x">
            <p class="big" 2️⃣CLASS="red">text</p>
            """
        expectFindings("html.duplicate-attribute", at: ["1️⃣", "2️⃣"], in: source)
        let findings = diagnose(MarkedHTML(source)).filter { $0.id == "html.duplicate-attribute" }
        #expect(findings.first?.message.en.contains("(line 2, column 6)") == true)
        #expect(findings.last?.notes.first?.en.contains("class=\"big red\"") == true)
    }
}

@Suite struct DiagnosticLocationTests {
    @Test func columnsCountScalarsAfterKhmerTextOnLongCRLFLines() {
        let khmer = String(repeating: "សួស្តី ពិភពលោក ", count: 12)
        expectFindings(
            "html.duplicate-attribute", at: ["1️⃣", "2️⃣"],
            in: "<!DOCTYPE html>\r\n<p>\(khmer)<img src=a.png 1️⃣src=b.png alt=x></p>\r\n\r\n<p>\(khmer)\(khmer)<b class=x 2️⃣class=y>b</b></p>\r\n")
    }
}

@Suite struct DuplicateIDDiagnosticTests {
    @Test func idUsedTwice() {
        let source = """
            <!DOCTYPE html>
            <div id="menu">A</div>
            <p class="x" 1️⃣id="menu">B</p>
            <p id="Menu">C</p>
            <section><h2 2️⃣id="menu">D</h2></section>
            """
        expectFindings("html.duplicate-id", at: ["1️⃣", "2️⃣"], in: source)
        let finding = diagnose(MarkedHTML(source)).first { $0.id == "html.duplicate-id" }
        #expect(finding?.message.en.hasPrefix("The id \"menu\" is already used by <div> on line 2.") == true)
    }

    @Test func formattingElementsCopiedByTheBrowserAreNotDuplicates() {
        // The browser builds <b id="x"> twice here (once around "a", once inside <p>).
        expectFindings("html.duplicate-id", at: [], in: "<!DOCTYPE html>\n<b id=\"x\">a<p>b</b>c</p>")
    }
}
