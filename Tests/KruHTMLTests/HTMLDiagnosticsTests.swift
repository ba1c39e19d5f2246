import Foundation
import KruCore
import KruHTML
import Testing

@Suite struct HTMLDiagnosticsTests {
    @Test func cleanBeginnerPageHasNoDiagnostics() {
        let page = """
            <!DOCTYPE html>
            <html lang="km">
            <head>
            <meta charset="utf-8">
            <title>ទំព័រដំបូងរបស់ខ្ញុំ</title>
            <link rel="stylesheet" href="style.css">
            <style>p > span { color: red; } /* </div> */</style>
            </head>
            <body>
            <H1 CLASS=title>សួស្តី ពិភពលោក</H1>
            <p>ខ្ញុំឈ្មោះ សុភា។ First paragraph
            <p>Second paragraph with <br> a break and <br/> another.
            <img src=cat.png alt="ឆ្មា">
            <ul>
              <li>One
              <li>Two <a href="two.html">link</a>
            </ul>
            <ol><li>a</li><li>b</ol>
            <table>
            <tr><th>Day<th>Subject
            <tr><td>Mon<td>Math
            </table>
            <dl><dt>Term<dd>Definition</dl>
            <!-- <div> in a comment </p> -->
            <script>
              var s = "</div>"; if (a < b) { document.write("<p>"); }
            </script>
            <form action="#"><label>Name <input type=text name=n></label>
            <select name=s><option>A<option>B</select>
            <textarea><b>not bold</textarea>
            <button>Send</button></form>
            <svg width="10" height="10"><circle cx="5" cy="5" r="4"/><rect/></svg>
            <my-widget>x</my-widget>
            <p>Text <b>bold <i>both</i></b> <a href="#top"><span>done</span></a></p>
            <hr>
            <p id="a">x</p><p id="b">y</p>
            </body>
            </html>
            """
        let findings = HTMLDiagnostics.run(on: HTMLParser.parse(text: page))
        #expect(findings.isEmpty, "\(findings.map { "\($0.id) \($0.location?.description ?? "") \($0.message.en)" })")
    }

    @Test func findingsAreSortedByLocation() {
        let page = "<html>\n<titel>x</titel>\n<center>c</center></img>\n<div>"
        let findings = HTMLDiagnostics.run(on: HTMLParser.parse(text: page))
        let locations = findings.compactMap(\.location)
        #expect(locations.count == findings.count)
        #expect(locations == locations.sorted())
        #expect(findings.map(\.id) == [
            "html.missing-doctype", "html.unknown-element", "html.obsolete-element", "html.void-end-tag",
            "html.unclosed-element",
        ])
    }

    /// A page that makes every rule speak, for the language checks.
    static let everyProblem = """
        <html>
        <head><title>t</title></head>
        <body>
        <div id="a"><span></div>
        <b><i>x</b></i>
        <h1>Title</h2>
        <p>x<div>y</div></p>
        </section>
        <br></br><link href="a.css"></link>
        <img src="a.png" src="b.png">
        <p id="a">dup</p>
        <titel>x</titel>
        <center>old</center>
        <li>lonely</li>
        <a href="x>link</a>
        <p>a<b>b<div>c</div></b>
        <div/>
        <p>no end</p
        <h3>x<h3>
        <body>
        <!-- open comment
        """

    @Test func everyRuleSpeaksBothLanguages() {
        let findings = HTMLDiagnostics.run(on: HTMLParser.parse(text: Self.everyProblem))
        #expect(Set(findings.map(\.id)) == Set(HTMLDiagnostics.ruleIDs))
        let khmer = CharacterSet(charactersIn: Unicode.Scalar(0x1780)!...Unicode.Scalar(0x17FF)!)
        for finding in findings {
            for text in [finding.message] + finding.notes {
                #expect(!text.en.isEmpty && !text.km.isEmpty)
                #expect(text.en != text.km, "\(finding.id): \(text.en)")
                #expect(text.km.unicodeScalars.contains { khmer.contains($0) }, "\(finding.id): \(text.km)")
                #expect(LocalizedText.placeholders(in: text.en).isEmpty, "\(finding.id): \(text.en)")
                #expect(LocalizedText.placeholders(in: text.km).isEmpty, "\(finding.id): \(text.km)")
            }
        }
    }

    @Test func ruleListDescribesEveryRule() {
        #expect(HTMLDiagnostics.ruleIDs.count == Set(HTMLDiagnostics.ruleIDs).count)
        #expect(HTMLDiagnostics.ruleIDs.allSatisfy { $0.hasPrefix("html.") })
        for rule in HTMLDiagnostics.rules {
            #expect(!rule.summary.en.isEmpty && !rule.summary.km.isEmpty && rule.summary.en != rule.summary.km)
        }
        for id in [
            "html.unclosed-element", "html.mismatched-end-tag", "html.stray-end-tag", "html.void-end-tag",
            "html.unclosed-attribute-quote", "html.duplicate-attribute", "html.duplicate-id",
            "html.unknown-element", "html.obsolete-element", "html.missing-doctype", "html.li-outside-list",
        ] {
            #expect(HTMLDiagnostics.ruleIDs.contains(id))
        }
    }

    /// A page holding only its source: the raw-source rules alone, without
    /// the cost of building a tree for a huge broken page.
    static func sourceOnly(_ source: String) -> HTMLDocument {
        HTMLDocument(
            file: "big.html", source: source,
            nodes: [HTMLNode(kind: .document, parent: nil, children: [], location: nil)], parserMessages: [])
    }

    @Test func hugeBrokenPagesDoNotCrash() {
        var page = String(repeating: "<div><span class=\"a\" class='b'><b><i></b>", count: 4000)
        page += String(repeating: "</p></td><li><titel>x", count: 2000)
        page += "<a href=\"" + String(repeating: "x>y<z ", count: 2000)
        let findings = HTMLDiagnostics.run(on: Self.sourceOnly(page))
        for id in HTMLDiagnostics.ruleIDs {
            #expect(findings.filter { $0.id == id }.count <= HTMLDiagnostics.findingLimitPerRule)
        }
        let unclosed = findings.filter { $0.id == "html.unclosed-element" }
        #expect(unclosed.count == HTMLDiagnostics.findingLimitPerRule)
        #expect(unclosed.last?.notes.last?.en.hasSuffix("more problems like this one are not shown.") == true)
    }

    @Test func deeplyNestedAndStrangeInputs() {
        let inputs = [
            "", "<", "</", "<!", "<!--", "<a", "<a b", "<a b=", "<a b='", "</a", "<!DOCTYPE", "<svg><![CDATA[x",
            "<script>", "<?php echo 1 ?>", "</>", "<a\u{0}b>", String(repeating: "<div>", count: 500),
            String(repeating: "</div>", count: 500), "<p title=\"\(String(repeating: "<b>\n", count: 500))",
        ]
        for input in inputs {
            _ = HTMLDiagnostics.run(on: HTMLParser.parse(text: input))
        }
        for input in [
            String(repeating: "<div>", count: 20000), String(repeating: "</div>", count: 20000),
            "<p title=\"\(String(repeating: "<b>\n", count: 20000))", String(repeating: "<ul><li><a>", count: 5000),
        ] {
            let findings = HTMLDiagnostics.run(on: Self.sourceOnly(input))
            #expect(!findings.isEmpty && findings.count <= HTMLDiagnostics.ruleIDs.count * HTMLDiagnostics.findingLimitPerRule)
        }
    }
}
