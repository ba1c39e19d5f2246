import Foundation
import KruCore

/// An exercise pack: a folder holding `exercises/` (what students see) and
/// `graders/` (what grades them).
public struct Pack: Sendable {
    /// The folder holding `exercises/` and `graders/`.
    public let root: URL
    /// Exercises that loaded, sorted by id.
    public let exercises: [Exercise]
    /// Exercise files that could not be loaded (the rest of the pack still works).
    public let problems: [PackError]

    /// Loads every `exercises/**/exercise.yaml` under `root`.
    public static func load(root: URL) throws(PackError) -> Pack {
        let exercisesFolder = root.appendingPathComponent("exercises", isDirectory: true)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: exercisesFolder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PackError(
                file: root.path,
                message: "no exercises/ folder here; run kru from a pack folder (one holding exercises/ and graders/) or pass --pack DIR")
        }
        var exercises: [Exercise] = []
        var problems: [PackError] = []
        for id in exerciseIDs(in: exercisesFolder) {
            do throws(PackError) {
                exercises.append(try ExerciseLoader.load(id: id, packRoot: root))
            } catch {
                problems.append(error)
            }
        }
        return Pack(root: root, exercises: exercises.sorted { $0.id < $1.id }, problems: problems)
    }

    /// Ids (folder paths relative to `exercises/`) of every folder holding an `exercise.yaml`.
    static func exerciseIDs(in folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(
            at: folder, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else { return [] }
        var ids: [String] = []
        let base = folder.standardizedFileURL.path
        for case let url as URL in enumerator where url.lastPathComponent == "exercise.yaml" {
            let directory = url.deletingLastPathComponent().standardizedFileURL.path
            let id = String(directory.dropFirst(base.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            if !id.isEmpty { ids.append(id) }
        }
        return ids.sorted()
    }

    /// Finds an exercise by id (`web/01-first-page`), by a unique id suffix
    /// (`01-first-page`), or by the path of its folder.
    public func exercise(_ reference: String) throws(ExerciseNotFound) -> Exercise {
        let trimmed = reference.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        if let exact = exercises.first(where: { $0.id == trimmed }) { return exact }
        let suffixMatches = exercises.filter { $0.id.hasSuffix("/" + trimmed) }
        if suffixMatches.count == 1 { return suffixMatches[0] }
        let path = URL(fileURLWithPath: reference).standardizedFileURL.path
        if let byPath = exercises.first(where: { $0.directory.standardizedFileURL.path == path }) { return byPath }
        let found = LocalizedText(en: "no exercise \"{reference}\" in {pack}", km: "គ្មានលំហាត់ \"{reference}\" នៅក្នុង {pack} ទេ")
            .filling(["reference": reference, "pack": root.path])
        let advice: LocalizedText
        if suffixMatches.count > 1 {
            advice = LocalizedText(en: "; it could be {ids}", km: "; វាអាចជា {ids}")
                .filling(["ids": suffixMatches.map(\.id).joined(separator: " / ")])
        } else if let suggestion = Suggestion.closest(to: trimmed, among: exercises.map(\.id)) {
            advice = LocalizedText(en: "; did you mean {id}?", km: "; តើអ្នកចង់និយាយ {id} មែនទេ?").filling(["id": suggestion])
        } else {
            advice = LocalizedText(en: "; `kru list` shows the exercises", km: "; `kru list` បង្ហាញលំហាត់ទាំងអស់")
        }
        throw ExerciseNotFound(reference: reference, message: LocalizedText.joined([found, advice], separator: ""))
    }

    /// The pack an exercise folder path belongs to: the nearest ancestor
    /// holding both `exercises/` and `graders/`.
    public static func root(containing path: URL) -> URL? {
        var current = path.standardizedFileURL
        while current.path != "/" {
            let exercises = current.appendingPathComponent("exercises").path
            let graders = current.appendingPathComponent("graders").path
            if FileManager.default.fileExists(atPath: exercises), FileManager.default.fileExists(atPath: graders) {
                return current
            }
            current.deleteLastPathComponent()
        }
        return nil
    }
}
