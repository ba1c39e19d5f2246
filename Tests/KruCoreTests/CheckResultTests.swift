import Foundation
import KruCore
import Testing

private let title = LocalizedText(en: "One <h1>", km: "<h1> មួយ")
private let hint = LocalizedText(en: "Use one <h1>", km: "ប្រើ <h1> មួយ")
private let message = LocalizedText(en: "found 2 <h1> elements", km: "រកឃើញធាតុ <h1> ចំនួន 2")

@Test func resultsSharingAHeadingReadAndCompareAsFlatResults() {
    let heading = CheckHeading(id: "one-h1", title: title, hint: hint, maxPoints: 2)
    let shared = CheckResult(heading: heading, status: .fail, points: 0, message: message, location: nil)
    let flat = CheckResult(id: "one-h1", status: .fail, points: 0, maxPoints: 2, title: title, message: message, hint: hint)
    #expect(shared.id == "one-h1" && shared.title == title && shared.hint == hint && shared.maxPoints == 2)
    #expect(shared.notes.isEmpty)
    // Compared and hashed by value, whether the heading is shared or each result has its own.
    #expect(shared == flat)
    #expect(Set([shared, flat]).count == 1)
    #expect(shared.heading == flat.heading && shared.heading.hashValue == flat.heading.hashValue)
    for other in [
        CheckHeading(id: "two-h1", title: title, hint: hint, maxPoints: 2),
        CheckHeading(id: "one-h1", title: message, hint: hint, maxPoints: 2),
        CheckHeading(id: "one-h1", title: title, hint: nil, maxPoints: 2),
        CheckHeading(id: "one-h1", title: title, hint: hint, maxPoints: 1),
    ] {
        #expect(other != heading)
        #expect(CheckResult(heading: other, status: .fail, points: 0, message: message) != shared)
    }
}

@Test func aResultIsCodedAsOneFlatObject() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let heading = CheckHeading(id: "one-h1", title: title, hint: hint, maxPoints: 2)
    let located = CheckResult(
        heading: heading, status: .pass, points: 2, message: message,
        location: SourceLocation(file: "index.html", line: 3, column: 1), notes: [hint])
    #expect(String(decoding: try encoder.encode(located), as: UTF8.self) == """
        {"hint":{"en":"Use one <h1>","km":"ប្រើ <h1> មួយ"},"id":"one-h1","location":{"column":1,"file":"index.html","line":3},\
        "maxPoints":2,"message":{"en":"found 2 <h1> elements","km":"រកឃើញធាតុ <h1> ចំនួន 2"},"notes":[{"en":"Use one <h1>",\
        "km":"ប្រើ <h1> មួយ"}],"points":2,"status":"pass","title":{"en":"One <h1>","km":"<h1> មួយ"}}
        """)
    // No hint and no location: the keys are left out, as they always were.
    let bare = CheckResult(id: "x", status: .error, points: 0, maxPoints: 1, title: title, message: message)
    let bareJSON = String(decoding: try encoder.encode(bare), as: UTF8.self)
    #expect(!bareJSON.contains("\"hint\"") && !bareJSON.contains("\"location\""))
    for result in [located, bare] {
        #expect(try JSONDecoder().decode(CheckResult.self, from: encoder.encode(result)) == result)
    }
    // `notes` is required, as before.
    let withoutNotes = Data(#"{"id":"x","status":"fail","points":0,"maxPoints":1,"title":{"en":"a","km":"b"},"message":{"en":"a","km":"b"}}"#.utf8)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(CheckResult.self, from: withoutNotes) }
}
