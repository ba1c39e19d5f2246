import Foundation
import KruCore
import KruLint
import Testing

/// kru's own pack (exercises/ + graders/) is clean under `--strict`: every
/// web, CSS and maze exercise.
struct BundledPackTests {
    @Test func theBundledPackIsCleanUnderStrict() throws {
        let report = try Linter(strict: true).lint(packAt: repositoryRoot)
        #expect(report.exercises.count >= 25)
        #expect(Set(report.exercises.compactMap(\.kind)) == [.web, .css, .maze])
        #expect(report.exercises.allSatisfy { $0.kind != nil })
        #expect(report.findings.map { "\($0.finding.location?.description ?? ""): \($0.finding.message.en) [\($0.rule)]" } == [])
    }
}
