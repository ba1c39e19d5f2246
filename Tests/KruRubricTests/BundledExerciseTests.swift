import Foundation
import Testing
import Yams

/// The web and CSS exercises under graders/web and graders/css are all there, with bilingual
/// instructions and known-wrong samples.
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

    /// Each exercise has at least two known-wrong samples, each saying in both languages what
    /// mistake it makes. (That the solution passes, the starter fails and each sample fails
    /// exactly the checks it declares is checked for the whole pack, web, CSS and maze alike,
    /// by `kru lint --strict` in KruLintTests.BundledPackTests.)
    @Test(arguments: exercises) func wrongSamplesAreDeclaredInBothLanguages(_ exercise: String) throws {
        let wrong = repositoryRoot.appending(path: "graders/\(exercise)/wrong")
        let names = try FileManager.default.contentsOfDirectory(atPath: wrong.path).filter { $0.hasSuffix(".expect.yaml") }
        #expect(names.count >= 2, "\(exercise) needs at least two known-wrong samples")
        for name in names {
            let expectation = try #require(
                try Yams.load(yaml: String(contentsOf: wrong.appending(path: name), encoding: .utf8)) as? [String: Any])
            let mistake = try #require(expectation["mistake"] as? [String: String], "\(exercise) wrong/\(name)")
            #expect(mistake["en"]?.isEmpty == false && mistake["km"]?.isEmpty == false, "\(exercise) wrong/\(name)")
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
