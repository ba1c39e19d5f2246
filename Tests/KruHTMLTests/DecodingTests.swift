import Foundation
import KruCore
@testable import KruHTML
import Testing

/// Bytes to text as a browser reads them: UTF-8 with or without BOM, the
/// encoding a `<meta>` declares, and a clear error for what is not text.
struct DecodingTests {
    private func paragraph(_ bytes: [UInt8]) throws -> String? {
        try HTMLParser.parse(data: Data(bytes), file: "index.html").elements(named: "p").first?.textContent
    }

    @Test func utf8WithAndWithoutByteOrderMark() throws {
        let khmer = Array("<p>សួស្ដី</p>".utf8)
        #expect(try paragraph(khmer) == "សួស្ដី")
        #expect(try paragraph([0xEF, 0xBB, 0xBF] + khmer) == "សួស្ដី")
        let document = try HTMLParser.parse(data: Data([0xEF, 0xBB, 0xBF] + khmer), file: "index.html")
        #expect(document.elements(named: "p").first?.location?.column == 1)
    }

    @Test(arguments: ["windows-1252", "ISO-8859-1", "latin1", "us-ascii"])
    func metaCharsetLatinLabelsAreWindows1252(_ label: String) throws {
        let bytes = Array("<meta charset=\"\(label)\"><p>caf".utf8) + [0xE9, 0x20, 0x80] + Array("</p>".utf8)
        #expect(try paragraph(bytes) == "café €")
    }

    @Test func httpEquivContentType() throws {
        let bytes = Array("<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><p>".utf8) + [0xE9]
        #expect(try paragraph(bytes) == "é")
    }

    @Test func metaUTF8AndUnknownLabelsReadUTF8() throws {
        #expect(try paragraph(Array("<meta charset=utf-8><p>ក</p>".utf8)) == "ក")
        #expect(try paragraph(Array("<meta charset=klingon><p>ក</p>".utf8)) == "ក")
        // A page declaring UTF-16 in ASCII bytes is read as UTF-8, as browsers do.
        #expect(try paragraph(Array("<meta charset=utf-16><p>ក</p>".utf8)) == "ក")
    }

    /// As in Chromium: past the first 1024 bytes a `<meta charset>` still counts
    /// while only head content came before it, and no longer once the body began.
    @Test func metaCharsetPastTheFirst1024BytesCountsOnlyInTheHead() throws {
        let inHead = Array(("<!--" + String(repeating: "x", count: 1100) + "--><meta charset=latin1><p>caf").utf8) + [0xE9]
        #expect(try paragraph(inHead) == "café")
        let afterBody = Array(("<p>x</p><!--" + String(repeating: "x", count: 1100) + "--><meta charset=latin1><p>ក</p>").utf8)
        #expect(try HTMLParser.parse(data: Data(afterBody), file: "index.html").elements(named: "p").last?.textContent == "ក")
        let withinFirst1024 = Array("<p>x</p><meta charset=latin1><p>".utf8) + [0xE9]
        #expect(try HTMLParser.parse(data: Data(withinFirst1024), file: "index.html").elements(named: "p").last?.textContent == "é")
    }

    @Test func otherEncodingsThroughFoundation() throws {
        let bytes = Array("<meta charset=windows-1251><p>".utf8) + [0xCF, 0xF0, 0xE8]
        #expect(try paragraph(bytes) == "При")
    }

    private func parseError(_ bytes: [UInt8], file: String) -> HTMLParseError? {
        do {
            _ = try HTMLParser.parse(data: Data(bytes), file: file)
            return nil
        } catch {
            return error
        }
    }

    @Test func binaryFileIsAClearError() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        let error = try #require(parseError(png, file: "photo.html"))
        #expect(error.file == "photo.html")
        #expect(error.message.en.contains("photo.html") && error.message.en.contains("not a text file"))
        #expect(error.message.km.contains("photo.html"))
    }

    @Test func invalidUTF8IsAClearError() throws {
        let error = try #require(parseError(Array("<p>caf".utf8) + [0xE9, 0x21], file: "index.html"))
        #expect(error.message.en.contains("index.html") && error.message.en.contains("UTF-8"))
        #expect(error.message.km.contains("UTF-8"))
    }

    @Test func emptyFileIsAnEmptyDocument() throws {
        let document = try HTMLParser.parse(data: Data(), file: "index.html")
        #expect(document.elements.map(\.name) == ["html", "head", "body"])
        #expect(document.parserMessages.isEmpty)
        #expect(document.source.isEmpty)
    }
}

/// The prescan looks for a `<meta>` first: pages without one declare nothing.
struct DecodingPrescanTests {
    @Test func metaTagInAnyCaseAndAtTheEndIsSeen() throws {
        let upper = Array("<HTML><HEAD><META CHARSET=latin1><P>caf".utf8) + [0xE9]
        #expect(try HTMLParser.decode(Data(upper)).get().hasSuffix("café"))
        let mixed = Array("<p>x</p><mEtA charset=latin1>".utf8) + [0xE9]
        #expect(try HTMLParser.decode(Data(mixed)).get().hasSuffix("é"))
    }

    @Test func withoutMetaTagBytesAreUTF8() {
        #expect(HTMLParser.decode(Data(Array("<p>metadata <met charset=latin1>".utf8) + [0xE9])) == .failure(.invalid(encoding: "UTF-8")))
        #expect(HTMLParser.decode(Data("<p>ក</p><".utf8)) == .success("<p>ក</p><"))
        #expect(HTMLParser.decode(Data("<meta".utf8)) == .success("<meta"))
    }

    /// Binary, invalid UTF-8 and byte-order marks decide before any `<meta>`.
    @Test func binaryInvalidAndByteOrderMarks() {
        #expect(HTMLParser.decode(Data(Array("<meta charset=latin1>".utf8) + [0x00, 0xE9])) == .failure(.binary))
        #expect(HTMLParser.decode(Data(Array("<p>".utf8) + [0xE1, 0x9E])) == .failure(.invalid(encoding: "UTF-8")))
        #expect(HTMLParser.decode(Data([0xEF, 0xBB, 0xBF] + Array("<meta charset=latin1>ក".utf8))) == .success("<meta charset=latin1>ក"))
        #expect(HTMLParser.decode(Data([0xEF, 0xBB])) == .failure(.invalid(encoding: "UTF-8")))
        #expect(HTMLParser.decode(Data([0xFF, 0xFE, 0x3C, 0x00])) == .success("<"))
        #expect(HTMLParser.decode(Data()) == .success(""))
    }
}

/// Only a tag named exactly `meta` declares: `<metadata>`, `<meta-x>` do not, and a
/// `<meta>` ends its name at whitespace, `/` or `>`.
struct DecodingMetaNameTests {
    @Test func onlyATagNamedMetaDeclares() throws {
        let latin = [UInt8(0xE9)]
        #expect(HTMLParser.decode(Data(Array("<metadata charset=latin1><p>".utf8) + latin)) == .failure(.invalid(encoding: "UTF-8")))
        #expect(HTMLParser.decode(Data(Array("<meta-x charset=latin1><p>".utf8) + latin)) == .failure(.invalid(encoding: "UTF-8")))
        for tag in ["<meta charset=latin1>", "<meta/charset=latin1>", "<META\ncharset=latin1>", "<meta\tcharset=\"latin1\"/>"] {
            #expect(try HTMLParser.decode(Data(Array("\(tag)<p>".utf8) + latin)).get().hasSuffix("é"), "\(tag)")
        }
        #expect(HTMLParser.decode(Data(Array("<meta charset=latin1".utf8))) == .success("<meta charset=latin1"), "never closed")
    }

    /// The prescan reads the file's bytes before they are known to be UTF-8: a label holding
    /// bytes that are not (a Latin-1 `é`, a cut Khmer letter) is read with U+FFFD for them,
    /// never taken for valid text, and the page is then refused as invalid UTF-8.
    @Test(arguments: [[UInt8(0xE9)], [0xE1, 0x9E], [0x41, 0xFF, 0x42]])
    func labelBytesThatAreNotUTF8(_ label: [UInt8]) throws {
        let page = Array("<meta charset=\"".utf8) + label + Array("\"><p>".utf8)
        let declared = try #require(page.withUnsafeBufferPointer { CharsetPrescan.declaredCharset(in: $0) })
        #expect(declared == String(decoding: Array(declared.utf8), as: UTF8.self))
        #expect(declared.contains("\u{FFFD}"))
        #expect(HTMLParser.decode(Data(page)) == .failure(.invalid(encoding: "UTF-8")))
    }
}
