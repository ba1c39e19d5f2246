import Foundation
import KruCore
import KruPack

/// What the pack-wide rules look at: the loaded pack and the folders of
/// `exercises/` and `graders/`.
struct PackSnapshot: Sendable {
    let pack: Pack
    /// Ids of every folder under `exercises/` holding an `exercise.yaml`,
    /// whether it loaded or not.
    let exerciseFolderIDs: [String]
    /// Ids of every folder under `graders/` holding a grader file
    /// (`rubric.yaml`, `puzzle.yaml`) or a reference solution.
    let graderFolderIDs: [String]

    /// Files that make a folder under `graders/` a grader folder.
    static let graderMarkers: Set<String> = [
        "rubric.yaml", "puzzle.yaml", "solution.html", "solution", "solution.txt", "solution.xml", "solution.json",
    ]

    init(pack: Pack) {
        self.pack = pack
        exerciseFolderIDs = Self.folderIDs(
            under: pack.root.appendingPathComponent("exercises", isDirectory: true)) { $0 == "exercise.yaml" }
        graderFolderIDs = Self.folderIDs(
            under: pack.root.appendingPathComponent("graders", isDirectory: true)) { Self.graderMarkers.contains($0) }
    }

    /// Folder paths (relative to `folder`) that directly hold an entry whose name passes `marks`.
    /// Folders inside a marked folder (a solution folder's `css/`) are not searched.
    static func folderIDs(under folder: URL, marks: (String) -> Bool) -> [String] {
        var ids: [String] = []
        func visit(_ url: URL, _ id: String, depth: Int) {
            guard depth < 8 else { return }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? [])
                .filter { !$0.hasPrefix(".") }
            if !id.isEmpty, names.contains(where: marks) {
                ids.append(id)
                return
            }
            for name in names.sorted() {
                var isDirectory: ObjCBool = false
                let child = url.appendingPathComponent(name, isDirectory: true)
                if FileManager.default.fileExists(atPath: child.path, isDirectory: &isDirectory), isDirectory.boolValue {
                    visit(child, id.isEmpty ? name : "\(id)/\(name)", depth: depth + 1)
                }
            }
        }
        visit(folder, "", depth: 0)
        return ids.sorted()
    }
}
