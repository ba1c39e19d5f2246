import Foundation
import KruCore
import KruReports
import Testing

@Test func jsonReportCarriesTheContractFields() throws {
    let result = GradeResult(
        exercise: "web/01-first-page",
        title: LocalizedText(en: "My first web page", km: "គេហទំព័រដំបូងរបស់ខ្ញុំ"),
        checks: [
            CheckResult(
                id: "one-h1", status: .fail, points: 0, maxPoints: 1,
                title: LocalizedText(en: "One main heading", km: "ចំណងជើងធំមួយ"),
                message: LocalizedText(en: "found 2", km: "រកឃើញ 2"),
                location: SourceLocation(file: "index.html", line: 9, column: 5))
        ],
        diagnostics: [])
    let text = JSONReport.serialize(JSONReport.object(for: result, language: .khmer))
    let decoded = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(decoded["exercise"] as? String == "web/01-first-page")
    #expect(decoded["maxScore"] as? Double == 1)
    let checks = try #require(decoded["checks"] as? [[String: Any]])
    #expect(checks.first?["status"] as? String == "fail")
    #expect(checks.first?["message"] as? String == "រកឃើញ 2")
    let location = try #require(checks.first?["location"] as? [String: Any])
    #expect(location["line"] as? Int == 9)
    #expect(decoded["run"] == nil)
}
