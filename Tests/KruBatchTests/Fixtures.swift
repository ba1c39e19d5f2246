import Foundation
import KruCore
import KruPack
import ZIPFoundation

/// A scratch folder removed when the test ends.
final class Scratch: Sendable {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kru-batch-\(UUID().uuidString)", isDirectory: true)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes a file (creating folders), returning its URL.
    @discardableResult
    func write(_ path: String, _ text: String) -> URL { write(path, Data(text.utf8)) }

    @discardableResult
    func write(_ path: String, _ data: Data) -> URL {
        let file = url.appendingPathComponent(path)
        try! FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: file)
        return file
    }

    func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    /// Makes a zip from (entry path, contents) pairs; `symlinks` are added as link entries.
    @discardableResult
    func zip(_ path: String, _ entries: [(String, Data)], symlinks: [(String, String)] = [], deflate: Bool = true) -> URL {
        let file = url.appendingPathComponent(path)
        try! FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        let archive = try! Archive(url: file, accessMode: .create)
        for (name, data) in entries {
            try! archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count),
                compressionMethod: deflate ? .deflate : .none
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        }
        for (name, target) in symlinks {
            let data = Data(target.utf8)
            try! archive.addEntry(with: name, type: .symlink, uncompressedSize: Int64(data.count)) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return file
    }
}

/// A tiny pack with one web, one css and one maze exercise.
func makePack(in scratch: Scratch) throws -> Pack {
    for (id, kind) in [("web/01-first-page", "web"), ("css/01-colors", "css"), ("maze/01-straight", "maze")] {
        scratch.write("pack/exercises/\(id)/exercise.yaml", """
            kind: \(kind)
            title: {en: "Exercise \(id)", km: "លំហាត់ \(id)"}
            instructions: {en: "Do it.", km: "ធ្វើវា។"}
            """)
        scratch.write("pack/graders/\(id)/rubric.yaml", "checks: []\n")
    }
    return try Pack.load(root: scratch.path("pack"))
}

let goodPage = """
    <!DOCTYPE html>
    <html lang="km"><head><title>ទំព័រ</title></head>
    <body><h1>សួស្តី</h1><p>ខ្ញុំរៀនសរសេរកូដ HTML</p></body></html>
    """

/// A fake grader: one check `has-h1` (does the page contain `<h1>`), and for
/// puzzles one check `solved` (does the program mention `moveForward`).
@Sendable func fakeGrade(_ exercise: Exercise, _ files: SubmissionFiles) -> GradeResult {
    let text = files.files.values.map { String(decoding: $0, as: UTF8.self) }.joined()
    let passed = exercise.kind == .maze ? text.contains("moveForward") : text.contains("<h1>")
    let id = exercise.kind == .maze ? "solved" : "has-h1"
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("<body") }.map { $0 + 1 } ?? 1
    return GradeResult(
        exercise: exercise.id, title: exercise.title,
        checks: [
            CheckResult(
                id: id, status: passed ? .pass : .fail, points: passed ? 2 : 0, maxPoints: 2,
                title: LocalizedText(en: "Has it", km: "មានវា"),
                message: LocalizedText(en: passed ? "found it" : "missing it", km: passed ? "រកឃើញ" : "បាត់"),
                hint: LocalizedText(en: "add it", km: "បន្ថែមវា"),
                location: passed ? nil : SourceLocation(file: files.paths.first ?? "index.html", line: line, column: 1))
        ],
        diagnostics: [])
}
