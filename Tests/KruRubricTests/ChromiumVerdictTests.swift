import Foundation
import KruCore
import KruRubric
import Testing

/// Beginner pages for the reference CSS exercises (typos, shorthands, inline styles,
/// `!important`, media queries, style sheets in subfolders, missing files), judged by
/// headless Chromium with `scripts/chromium/check_css_exercises.py --record`: kru's verdict on
/// every check agrees with the browser's.
///
/// `KRU_CSS_PAGES=/some/folder` judges another folder of pages laid out the same way (for
/// held-out student pages: record them with the script first).
struct ChromiumVerdictTests {
    static let folder = ProcessInfo.processInfo.environment["KRU_CSS_PAGES"].map { URL(fileURLWithPath: $0) }
        ?? repositoryRoot.appending(path: "Tests/KruRubricTests/Fixtures/css-pages")

    static let verdicts = RecordedVerdicts(folder: folder)
    static var recorded: RecordedVerdicts.File? { verdicts.recorded }
    static var pageIDs: [String] { verdicts.pageIDs }

    static func submission(_ id: String) throws -> SubmissionFiles { try verdicts.submission(id) }

    /// Checks where kru knowingly judges otherwise than Chromium ("PAGE CHECK": why). The test
    /// expects kru's verdict to be the opposite, so it notices when kru learns the feature.
    static let knownDifferences: [String: String] = [:]

    @Test func verdictsAreRecordedForEveryPage() throws {
        let recorded = try #require(Self.recorded)
        #expect(recorded.browser.hasPrefix("Chrome/"))
        if ProcessInfo.processInfo.environment["KRU_CSS_PAGES"] == nil { #expect(recorded.pages.count >= 90) }
        for id in recorded.pages.keys {
            #expect(throws: Never.self, "\(id)") { _ = try Self.submission(id) }
        }
    }

    @Test(arguments: pageIDs) func kruAgreesWithChromium(_ id: String) throws {
        let expected = try #require(Self.recorded?.pages[id])
        let exercise = "css/" + id.prefix { $0 != "/" }
        let grade = WebGrader(rubric: try bundledRubric(exercise)).grade(try Self.submission(id))
        #expect(Set(grade.checks.map(\.id)) == Set(expected.keys), "\(id): the recording judges other checks")
        for check in grade.checks {
            if let reason = Self.knownDifferences["\(id) \(check.id)"] {
                #expect((check.status == .pass) != expected[check.id], "\(id) \(check.id): no longer differs (\(reason)): remove it from knownDifferences")
                continue
            }
            #expect((check.status == .pass) == expected[check.id], "\(id) \(check.id): kru says \(check.status): \(check.message.en)")
        }
    }

    /// Each check of the reference exercises passes on some page and fails on another.
    @Test func everyReferenceCheckPassesAndFailsSomewhere() throws {
        guard ProcessInfo.processInfo.environment["KRU_CSS_PAGES"] == nil else { return }
        let pages = try #require(Self.recorded?.pages)
        for exercise in ["06-colors-fonts", "07-box-model", "08-flexbox", "11-text-styling", "12-responsive"] {
            for check in try bundledRubric("css/\(exercise)").checks {
                let verdicts = pages.filter { $0.key.hasPrefix(exercise + "/") }.compactMap { $0.value[check.id] }
                #expect(verdicts.contains(true), "\(exercise) \(check.id) never passes")
                #expect(verdicts.contains(false), "\(exercise) \(check.id) never fails")
            }
        }
    }
}
