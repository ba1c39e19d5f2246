import KruCore
@testable import KruHTML
import Testing

/// Hostile and unusual sizes: the diagnostics finish, count every problem,
/// and point at the same places as on small pages.
@Suite struct HTMLDiagnosticScaleTests {
    static func hiddenCount(_ finding: Finding?) -> String? {
        guard let note = finding?.notes.last?.en, note.hasSuffix("more problems like this one are not shown.") else {
            return nil
        }
        return String(note.prefix { $0 != " " })
    }

    @Test func hundredThousandNestedDivsAreAllCounted() {
        let page = String(repeating: "<div>", count: 100_000)
        let findings = HTMLDiagnostics.run(on: HTMLDiagnosticsTests.sourceOnly(page))
        let unclosed = findings.filter { $0.id == "html.unclosed-element" }
        #expect(unclosed.count == HTMLDiagnostics.findingLimitPerRule)
        // The first fifty in the source, each at its own `<div>`, then how many more.
        #expect(unclosed.map { $0.location?.column } == (0..<50).map { $0 * 5 + 1 })
        #expect(Self.hiddenCount(unclosed.last) == "99950")
        #expect(findings.map(\.id).filter { $0 != "html.unclosed-element" } == ["html.missing-doctype"])
    }

    @Test func hundredThousandDifferentUnknownNames() {
        let page = "<!DOCTYPE html>" + (0..<100_000).map { "<t\($0)>x</t\($0)>" }.joined()
        let findings = HTMLDiagnostics.run(on: HTMLDiagnosticsTests.sourceOnly(page))
        let unknown = findings.filter { $0.id == "html.unknown-element" }
        #expect(unknown.count == HTMLDiagnostics.findingLimitPerRule)
        #expect(unknown.first?.message.en.hasPrefix("<t0> is not an HTML element") == true)
        #expect(unknown.dropFirst().first?.location?.column == "<!DOCTYPE html><t0>x</t0>".count + 1)
        #expect(Self.hiddenCount(unknown.last) == "99950")
        // Each one is closed by its own end tag.
        #expect(Set(findings.map(\.id)) == ["html.unknown-element"])
    }

    @Test func deeplyNestedListItemsAndCrossedTagsGiveTheSameFindingsAsSmallOnes() {
        let small = HTMLDiagnostics.run(on: HTMLDiagnosticsTests.sourceOnly("<b><i>x</b></i>"))
        #expect(small.map(\.id) == ["html.missing-doctype", "html.mismatched-end-tag"])
        let page = String(repeating: "<b><i>x</b></i>", count: 30_000)
        let findings = HTMLDiagnostics.run(on: HTMLDiagnosticsTests.sourceOnly(page))
        let crossed = findings.filter { $0.id == "html.mismatched-end-tag" }
        #expect(crossed.first?.message == small.last?.message)
        #expect(crossed.map { $0.location?.column } == (0..<50).map { $0 * 15 + 8 })
        #expect(Self.hiddenCount(crossed.last) == "29950")

        let items = HTMLDiagnostics.run(on: HTMLDiagnosticsTests.sourceOnly(String(repeating: "<div><li>", count: 50_000)))
        // Every <li> ends the one before (a <div> does not stop the search); every <div> is left open.
        #expect(items.filter { $0.id == "html.unclosed-element" }.count == HTMLDiagnostics.findingLimitPerRule)
        #expect(items.filter { $0.id == "html.stray-end-tag" }.isEmpty)
    }

    @Test func duplicateIDOnAVeryLongLineIsPlacedExactly() {
        let long = String(repeating: "ខ្ញុំ", count: 800)
        expectFindings(
            "html.duplicate-id", at: ["1️⃣"],
            in: "<!DOCTYPE html><title>t</title><p id=\"a\">\(long)</p><b>\(long)</b><p 1️⃣id=\"a\">x</p>")
        let marked = MarkedHTML("<!DOCTYPE html><title>t</title><p>\(long)</p><p>\(long)<li>1️⃣x")
        let findings = diagnose(marked).filter { $0.id == "html.li-outside-list" }
        #expect(findings.count == 1)
        #expect(findings.first?.location?.column == marked["1️⃣"].column - 4)
    }

    @Test func repeatedAttributeAmongManyAttributes() {
        let attributes = (0..<20).map { "a\($0)=\"\($0)\"" }.joined(separator: " ")
        let marked = MarkedHTML("<!DOCTYPE html><title>t</title><div \(attributes) 1️⃣A3=\"x\" 2️⃣a19>y</div>")
        let findings = diagnose(marked).filter { $0.id == "html.duplicate-attribute" }
        #expect(findings.map(\.location) == [marked["1️⃣"], marked["2️⃣"]])
        let firstA3 = "<!DOCTYPE html><title>t</title><div ".count + (0..<3).map { "a\($0)=\"\($0)\" ".count }.reduce(0, +) + 1
        #expect(findings.first?.message.en.contains("(line 1, column \(firstA3))") == true)
        #expect(findings.first?.message.en.hasPrefix("<div> has the attribute a3 twice.") == true)
    }

    @Test func customElementNamesWithAndWithoutASCII() {
        let page = "<!DOCTYPE html><title>t</title><my-card>a</my-card><ផ្ទាំង-ខ>b</ផ្ទាំង-ខ><x-ខ>c</x-ខ>"
            + "<my-widget a=b>d</my-widget>1️⃣<xខ>e</xខ>2️⃣<My-Card>f</My-Card>"
        // A custom element name starts with a lower-case ASCII letter and has a hyphen; any letters may follow.
        expectFindings("html.unknown-element", at: ["1️⃣"], in: page)
        #expect(HTMLElementNames.isCustomElementName("x-ខ") && HTMLElementNames.isCustomElementName("my-card"))
        #expect(!HTMLElementNames.isCustomElementName("xខ") && !HTMLElementNames.isCustomElementName("ផ-ខ"))
        #expect(!HTMLElementNames.isCustomElementName("my-card\"") && !HTMLElementNames.isCustomElementName("my-car=d"))
    }

    @Test func tagNamesAreHTMLTagsAndAreReadIgnoringCase() {
        let constants: [(TagName, String)] = [
            (.a, "a"), (.address, "address"), (.body, "body"), (.br, "br"), (.button, "button"),
            (.caption, "caption"), (.colgroup, "colgroup"), (.dd, "dd"), (.div, "div"), (.dt, "dt"),
            (.head, "head"), (.html, "html"), (.li, "li"), (.link, "link"), (.math, "math"), (.ol, "ol"),
            (.optgroup, "optgroup"), (.option, "option"), (.p, "p"), (.plaintext, "plaintext"), (.rp, "rp"),
            (.rt, "rt"), (.svg, "svg"), (.tbody, "tbody"), (.td, "td"), (.tfoot, "tfoot"), (.th, "th"),
            (.thead, "thead"), (.tr, "tr"), (.ul, "ul"),
        ]
        for (name, text) in constants { #expect(HTMLTag.names[name.index] == text) }
        var names = TagNames()
        for tag in HTMLTag.allCases where tag != .other {
            let text = tag.name
            let upper = Array(text.uppercased().utf8)
            #expect(upper.withUnsafeBufferPointer { names.intern(lowercasing: $0) } == TagName(tag))
            #expect(names.id(of: text) == TagName(tag))
            #expect(names.id(of: text.uppercased()) == nil)
            #expect(names[TagName(tag)] == text)
        }
        // Every name the diagnostics know is an HTMLTag; names only the tree builder needs have no traits.
        for name in HTMLElementNames.known.union(ObsoleteElementRule.advice.keys) {
            #expect(HTMLTag(name) != .other)
        }
        #expect(TagNames.traits(.br).contains(.void))
        #expect(TagNames.traits(.p).contains(.optionalEndTag) && !TagNames.traits(.p).requiresEndTag)
        #expect(TagNames.traits(.div).requiresEndTag)
        #expect(TagNames.traits(TagName(.center)).isSuperset(of: [.obsolete, .closesParagraph]))
        #expect(TagNames.traits(TagName(.abbr)) == [.known, .notNestedInline])
        let known = HTMLTag.allCases.count
        // Other names get the next ids, once each, as written in lower case.
        let titel = Array("TiTeL".utf8).withUnsafeBufferPointer { names.intern(lowercasing: $0) }
        let widget = Array("my-widget".utf8).withUnsafeBufferPointer { names.intern(lowercasing: $0) }
        #expect(titel.index == known && widget.index == known + 1)
        #expect(Array("titel".utf8).withUnsafeBufferPointer { names.intern(lowercasing: $0) } == titel)
        #expect(names[titel] == "titel" && names.id(of: "my-widget") == widget && TagNames.traits(titel).isEmpty)
        #expect(TagNames.traits(titel).requiresEndTag)
    }
}
