import Foundation
import KruCore
import KruLint

/// The package root (where the bundled `exercises/`, `graders/` and `schemas/` are).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// A fixture pack under `Tests/KruLintTests/Fixtures/`.
func fixturePack(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)", isDirectory: true)
}

/// Lints a fixture pack.
func lintFixture(_ name: String, strict: Bool = false) throws -> LintReport {
    try Linter(strict: strict).lint(packAt: fixturePack(name))
}

/// A copy of a fixture pack in a temporary folder, to change for one test.
struct TemporaryPack {
    let root: URL

    init(copying name: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kru-lint-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixturePack(name), to: root)
    }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
