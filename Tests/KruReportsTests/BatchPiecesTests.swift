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
