import Foundation
import KruCore
import Testing

@testable import KruPack

/// A throwaway pack folder on disk.
struct TemporaryPack {
    let root: URL

    init(files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kru-pack-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("graders"), withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

let minimalExercise = """
    kind: web
    title: {en: First page, km: ទំព័រដំបូង}
    instructions:
      en: Make a page.
      km: បង្កើតទំព័រមួយ។
    hints:
      - {en: Start with the doctype., km: ចាប់ផ្ដើមដោយ doctype។}
    """

@Test func loadsExercisesSortedByID() throws {
    let pack = try TemporaryPack(files: [
        "exercises/web/02-lists/exercise.yaml": minimalExercise,
        "exercises/web/01-first-page/exercise.yaml": minimalExercise,
        "exercises/web/01-first-page/starter/index.html": "<p>hi</p>",
    ])
    defer { pack.remove() }
    let loaded = try Pack.load(root: pack.root)
    #expect(loaded.exercises.map(\.id) == ["web/01-first-page", "web/02-lists"])
    let first = try loaded.exercise("web/01-first-page")
    #expect(first.kind == .web)
    #expect(first.title.km == "ទំព័រដំបូង")
    #expect(first.hints.count == 1)
    #expect(first.submission == .file)
    #expect(first.starterFiles == ["index.html"])
    #expect(try loaded.exercise("02-lists").id == "web/02-lists")
}

/// Exercises share their values between copies, and compare and hash by those values:
/// the same exercise loaded twice is equal, another one is not.
@Test func exercisesCompareByTheirValues() throws {
    let pack = try TemporaryPack(files: [
        "exercises/web/01-first-page/exercise.yaml": minimalExercise,
        "exercises/web/02-lists/exercise.yaml": minimalExercise,
    ])
    defer { pack.remove() }
    let (once, again) = (try Pack.load(root: pack.root), try Pack.load(root: pack.root))
    let first = try once.exercise("web/01-first-page")
    let copy = first
    #expect(copy == first)
    #expect(try again.exercise("web/01-first-page") == first)
    #expect(try again.exercise("web/01-first-page").hashValue == first.hashValue)
    #expect(try once.exercise("web/02-lists") != first, "same file, another id and folder")
    #expect(Set(once.exercises + again.exercises).count == 2)
}

@Test func misspelledKeyIsReportedWithLocationAndSuggestion() throws {
    let pack = try TemporaryPack(files: [
        "exercises/web/01-a/exercise.yaml": minimalExercise + "\ninstuctions: x\n",
        "exercises/web/02-b/exercise.yaml": minimalExercise,
    ])
    defer { pack.remove() }
    let loaded = try Pack.load(root: pack.root)
    #expect(loaded.exercises.map(\.id) == ["web/02-b"])
    let problem = try #require(loaded.problems.first)
    #expect(problem.location == SourceLocation(file: "exercises/web/01-a/exercise.yaml", line: 8, column: 1))
    #expect(problem.message.contains("did you mean \"instructions\""))
}

@Test func unknownKindAndMissingTitleAreErrors() throws {
    let pack = try TemporaryPack(files: [
        "exercises/x/exercise.yaml": "kind: scratch\ntitle: {en: a, km: b}\ninstructions: {en: a, km: b}\n",
        "exercises/y/exercise.yaml": "kind: web\ninstructions: {en: a, km: b}\n",
    ])
    defer { pack.remove() }
    let loaded = try Pack.load(root: pack.root)
    #expect(loaded.exercises.isEmpty)
    #expect(loaded.problems.map(\.location.line) == [1, 1])
    #expect(loaded.problems[0].message.contains("unknown kind \"scratch\""))
    #expect(loaded.problems[1].message.contains("missing key \"title\""))
}

@Test func unknownExerciseSuggestsTheClosestID() throws {
    let pack = try TemporaryPack(files: ["exercises/web/01-first-page/exercise.yaml": minimalExercise])
    defer { pack.remove() }
    let loaded = try Pack.load(root: pack.root)
    #expect(throws: ExerciseNotFound.self) { try loaded.exercise("web/01-frist-page") }
    do {
        _ = try loaded.exercise("web/01-frist-page")
    } catch {
        #expect(error.message.en.contains("did you mean web/01-first-page?"))
        #expect(error.message.km.contains("web/01-first-page"))
    }
}

@Test func folderWithoutExercisesIsAClearError() {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("kru-empty-\(UUID().uuidString)")
    #expect(throws: PackError.self) { try Pack.load(root: root) }
}

