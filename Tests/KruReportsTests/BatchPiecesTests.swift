import Foundation
import Testing

@testable import KruReports

/// Small pieces of the batch reports: dates, inline pictures, JSON text.
struct BatchPiecesTests {
    @Test func datesAreZeroPaddedUTC() {
        let date = Date(timeIntervalSince1970: 1_700_000_005)  // 2023-11-14 22:13:25 UTC
        #expect(UTCDate.iso8601(date) == "2023-11-14T22:13:25Z")
        #expect(UTCDate.readable(date) == "2023-11-14 22:13 UTC")
        #expect(UTCDate.iso8601(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
    }

    @Test func inlinePicturesDropTheXMLDeclarationAndRefuseScripts() {
        #expect(HTMLReport.inlineSVG("<?xml version=\"1.0\"?>\n<svg viewBox=\"0 0 1 1\"/>") == "<svg viewBox=\"0 0 1 1\"/>")
        #expect(HTMLReport.inlineSVG("<svg><SCRIPT>alert(1)</SCRIPT></svg>") == "")
        #expect(HTMLReport.inlineSVG("<svg><a href=\"JavaScript:x\">a</a></svg>") == "")
        #expect(HTMLReport.inlineSVG("<p>no picture</p>") == "")
        #expect(HTMLReport.inlineSVG("<SVG><title>ផ្លូវ</title></SVG>") == "<SVG><title>ផ្លូវ</title></SVG>")
    }

    @Test func jsonTextWritesNestedValuesWithSortedKeys() {
        let object: [String: Any] = [
            "b": [1, 2.5, true, NSNull()] as [Any], "a": ["x": "ស\"\n"], "c": [["k": 1]] as [[String: Any]], "d": Int64(7),
        ]
        #expect(JSONText.compact(object) == #"{"a":{"x":"ស\"\n"},"b":[1,2.5,true,null],"c":[{"k":1}],"d":7}"#)
    }
}

/// CSV fields: quoted when they hold a separator, a quote or a line end, whatever follows it.
struct CSVFieldTests {
    @Test func fieldsAreQuotedByTheirBytes() {
        #expect(CSV.field("សុខ ចាន់ធា") == "សុខ ចាន់ធា")
        #expect(CSV.field("Chan, Dara") == "\"Chan, Dara\"")
        #expect(CSV.field("a;b") == "\"a;b\"")
        #expect(CSV.field("She said \"hi\"") == "\"She said \"\"hi\"\"\"")
        // A CRLF pair and a comma or quote carrying a combining mark are one Character each in Swift,
        // equal to none of the separators: the bytes decide.
        #expect(CSV.field("two\r\nlines") == "\"two\r\nlines\"")
        #expect(CSV.field("a,\u{301}b") == "\"a,\u{301}b\"")
        #expect(CSV.field("q\"\u{301}") == "\"q\"\"\u{301}\"")
        #expect(CSV.field("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSV.field("-1.5") == "-1.5")
        #expect(CSV.field("@x, y") == "\"'@x, y\"")
        #expect(CSV.line(["Identifier", "ស្រីនាង, ពៅ", ""]) == "Identifier,\"ស្រីនាង, ពៅ\",\r\n")
    }
}
