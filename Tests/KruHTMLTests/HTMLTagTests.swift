import Testing

@testable import KruHTML

struct HTMLTagTests {
    @Test func everyTagIsNamedAsItsCase() {
        #expect(HTMLTag.names.count == HTMLTag.allCases.count)
        #expect(Set(HTMLTag.names).count == HTMLTag.names.count)
        // TagSet holds raw values below 256, the diagnostics' NameSet below 192.
        #expect(HTMLTag.allCases.count <= 192)
        for tag in HTMLTag.allCases where tag != .other {
            #expect(tag.name == String(describing: tag))
            #expect(HTMLTag(tag.name) == tag)
            let upper = Array(tag.name.uppercased().utf8)
            #expect(upper.withUnsafeBufferPointer { HTMLTag(lowercasing: $0) } == tag)
            #expect(HTMLTag(tag.name.uppercased()) == .other)
            if tag.name.utf8.count <= 8 {
                let packed = tag.name.utf8.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                #expect(HTMLTag(packed: packed) == tag)
            }
        }
    }

    @Test func otherNamesHaveNoTag() {
        #expect(HTMLTag("titel") == .other)
        #expect(HTMLTag("") == .other)
        #expect(HTMLTag("DIV") == .other)
        #expect(HTMLTag("foreignobject") == .other)
        #expect(HTMLTag("my-widget") == .other && HTMLTag("blockquotes") == .other)
        #expect(HTMLTag(packed: UInt64(UInt8(ascii: "x"))) == .other)
    }

    @Test func sourceBytesAreLookedUpIgnoringCase() {
        for (written, tag) in [("DiV", HTMLTag.div), ("h1", .h1), ("TEMPLATE", .template), ("custom-el", .other)] {
            let found = Array(written.utf8).withUnsafeBufferPointer { HTMLTag(lowercasing: $0) }
            #expect(found == tag)
        }
    }

    @Test func scannedKnownNamesShareTheTagsName() {
        let document = HTMLParser.parse(text: "<DIV><Custom-El></custom-el></div>")
        #expect(document.elements.map(\.name) == ["html", "head", "body", "div", "custom-el"])
    }

    @Test func tagSetsHoldTheirMembersOnly() {
        #expect(TagSet.headings.contains(HTMLTag.h3.rawValue))
        #expect(!TagSet.headings.contains(HTMLTag.p.rawValue))
        #expect(!TagSet.headings.contains(HTMLTag.other.rawValue))
        #expect(TagSet.cells.contains(name: "td") && TagSet.cells.contains(name: "th") && !TagSet.cells.contains(name: "tr"))
        // Its members, from every word of the set (raw values from 0 to 255).
        var members: [UInt16] = []
        #expect(TagSet.tableBodyContext.allMembers { members.append($0); return true })
        #expect(Set(members) == Set(["tbody", "tfoot", "thead", "template", "html"].map { HTMLTag($0).rawValue }))
        #expect(members.count == 5)
        #expect(!TagSet.headings.allMembers { $0 != HTMLTag.h4.rawValue })
    }

    /// Names of 1 to 8 bytes pack into numbers that are equal exactly when the names are;
    /// others (empty, longer, holding a 0 byte, which would pack like the name without it) do not pack.
    @Test func shortNamesPackIntoNumbersEqualWhenTheNamesAre() throws {
        let names = ["a", "b", "ab", "ba", "li", "h1", "template", "my-card", "ក", "ខ្", "Li"]
        let packed = try names.map { try #require(PackedName.of($0)) }
        for first in names.indices {
            for second in names.indices {
                #expect((packed[first] == packed[second]) == (first == second), "\(names[first]) \(names[second])")
            }
        }
        #expect(PackedName.of("a") == 0x61 && PackedName.of("ab") == 0x6261)
        #expect(PackedName.of("") == nil)
        #expect(PackedName.of("blockquote") == nil && PackedName.of("templates") == nil && PackedName.of("ខ្ម") == nil)
        #expect(PackedName.of("a\u{0}") == nil)
    }
}
