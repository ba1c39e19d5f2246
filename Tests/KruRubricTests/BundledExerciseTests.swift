import Foundation
import KruCore
import KruRubric
import Testing
import Yams

/// Every web and CSS exercise under graders/web and graders/css: the rubric
/// loads, the reference solution passes every check, the starter fails at
/// least one, and each known-wrong sample fails exactly the checks it declares.
struct BundledExerciseTests {
    static func exercises(in kind: String) -> [String] {
        let root = repositoryRoot.appending(path: "graders/\(kind)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(kind)/\($0)" }
    }

    static let exercises: [String] = exercises(in: "web") + exercises(in: "css")

    @Test func thereAreAtLeastTenWebExercises() {
        #expect(Self.exercises(in: "web").count >= 10)
    }

    @Test func theCSSExercisesAreBundled() {
        let css = Self.exercises(in: "css")
        for id in ["css/06-colors-fonts", "css/07-box-model", "css/08-flexbox"] {
            #expect(css.contains(id), "missing \(id)")
        }
        #expect(css.count >= 5)
    }

    @Test func theReferenceExercisesAreBundled() {
        for id in [
            "web/01-first-page", "web/02-lists", "web/03-links-images", "web/04-table", "web/05-form", "web/09-two-pages",
        ] {
            #expect(Self.exercises.contains(id), "missing \(id)")
        }
    }

    static func submission(at url: URL) throws -> SubmissionFiles {
        try SubmissionLoader.load(url)
    }

    static func solutionURL(_ exercise: String) -> URL {
        let folder = repositoryRoot.appending(path: "graders/\(exercise)")
        let file = folder.appending(path: "solution.html")
        return FileManager.default.fileExists(atPath: file.path) ? file : folder.appending(path: "solution")
    }

    @Test(arguments: exercises) func solutionPassesEveryCheck(_ exercise: String) throws {
        let grade = WebGrader(rubric: try bundledRubric(exercise)).grade(try Self.submission(at: Self.solutionURL(exercise)))
        for check in grade.checks {
            #expect(check.status == .pass, "\(exercise) \(check.id): \(check.message.en)")
        }
    }

    @Test(arguments: exercises) func starterFailsSomeCheck(_ exercise: String) throws {
        let starter = repositoryRoot.appending(path: "exercises/\(exercise)/starter")
        let grade = WebGrader(rubric: try bundledRubric(exercise)).grade(try Self.submission(at: starter))
        #expect(grade.checks.contains { $0.status != .pass }, "\(exercise): the starter passes every check")
    }

    @Test(arguments: exercises) func wrongSamplesFailExactlyTheirDeclaredChecks(_ exercise: String) throws {
        let wrong = repositoryRoot.appending(path: "graders/\(exercise)/wrong")
        let names = try FileManager.default.contentsOfDirectory(atPath: wrong.path).filter { $0.hasSuffix(".expect.yaml") }
        #expect(names.count >= 2, "\(exercise) needs at least two known-wrong samples")
        let rubric = try bundledRubric(exercise)
        for name in names {
            let base = String(name.dropLast(".expect.yaml".count))
            let expectation = try #require(
                try Yams.load(yaml: String(contentsOf: wrong.appending(path: name), encoding: .utf8)) as? [String: Any])
            let declared = Set(try #require(expectation["fails"] as? [String]))
            let mistake = try #require(expectation["mistake"] as? [String: String])
            #expect(mistake["en"]?.isEmpty == false && mistake["km"]?.isEmpty == false)
            let html = wrong.appending(path: base + ".html")
            let url = FileManager.default.fileExists(atPath: html.path) ? html : wrong.appending(path: base)
            let grade = WebGrader(rubric: rubric).grade(try Self.submission(at: url))
            let failed = Set(grade.checks.filter { $0.status != .pass }.map(\.id))
            #expect(failed == declared, "\(exercise) wrong/\(base): fails \(failed.sorted()), declared \(declared.sorted())")
            #expect(declared.isSubset(of: Set(rubric.checks.map(\.id))), "\(exercise) wrong/\(base) names unknown checks")
        }
    }

    @Test(arguments: exercises) func exerciseFileIsBilingual(_ exercise: String) throws {
        let url = repositoryRoot.appending(path: "exercises/\(exercise)/exercise.yaml")
        let yaml = try #require(try Yams.load(yaml: String(contentsOf: url, encoding: .utf8)) as? [String: Any])
        #expect(yaml["kind"] as? String == String(exercise.prefix { $0 != "/" }))
        for key in ["title", "instructions"] {
            let text = try #require(yaml[key] as? [String: String], "\(exercise): \(key)")
            #expect(text["en"]?.isEmpty == false && text["km"]?.isEmpty == false, "\(exercise): \(key)")
            // Real Khmer: the Khmer text uses Khmer letters.
            #expect(text["km"]?.unicodeScalars.contains { (0x1780...0x17FF).contains($0.value) } == true, "\(exercise): \(key).km")
        }
    }
}
