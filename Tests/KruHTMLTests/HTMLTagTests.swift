import Testing

@testable import KruHTML

struct HTMLTagTests {
    @Test func everyTagIsNamedAsItsCase() {
        #expect(HTMLTag.names.count == HTMLTag.allCases.count)
        for tag in HTMLTag.allCases where tag != .other {
            #expect(tag.name == String(describing: tag))
            #expect(HTMLTag(tag.name) == tag)
            #expect(Int(ElementCategories.tagID(tag.name)) == Int(tag.rawValue))
        }
    }

    @Test func otherNamesHaveNoTag() {
        #expect(HTMLTag("titel") == .other)
        #expect(HTMLTag("") == .other)
        #expect(HTMLTag("DIV") == .other)
        #expect(HTMLTag("foreignobject") == .other)
    }

    @Test func sourceBytesAreLookedUpIgnoringCase() {
        for (written, tag) in [("DiV", HTMLTag.div), ("h1", .h1), ("TEMPLATE", .template), ("custom-el", .other)] {
            let found = Array(written.utf8).withUnsafeBufferPointer { ElementCategories.tagID(lowercasing: $0) }
            #expect(found == tag.rawValue)
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
    }
}
