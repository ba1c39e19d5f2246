import Foundation
import KruCore
import KruYAML

/// Reads `exercises/<id>/exercise.yaml`.
enum ExerciseLoader {
    static let allowedKeys = ["kind", "title", "summary", "instructions", "hints", "submission", "story", "map"]

    static func load(id: String, packRoot: URL) throws(PackError) -> Exercise {
        let directory = packRoot.appendingPathComponent("exercises/\(id)", isDirectory: true)
        let displayPath = "exercises/\(id)/exercise.yaml"
        let fileURL = directory.appendingPathComponent("exercise.yaml")
        guard let data = FileManager.default.contents(atPath: fileURL.path) else {
            throw PackError(file: displayPath, message: "cannot read the exercise file")
        }
        guard case .success(let text) = TextDecoding.decode(data) else {
            throw PackError(file: displayPath, message: "not UTF-8 text")
        }
        return try parse(text: text, id: id, displayPath: displayPath, packRoot: packRoot)
    }

    static func parse(text: String, id: String, displayPath: String, packRoot: URL) throws(PackError) -> Exercise {
        let reader = try YAMLReader(text: text, file: displayPath)
        let root = reader.root
        let map = try reader.mapping(root, what: "an exercise file")
        try reader.checkKeys(map, allowed: allowedKeys, what: "the exercise file")
        let kindText = try reader.string(map["kind"], key: "kind", in: root)
        guard let kind = ExerciseKind(rawValue: kindText) else {
            throw PackError(
                location: map["kind"]?.location ?? root.location,
                message: "unknown kind \"\(kindText)\"; use one of: \(ExerciseKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let title = try reader.localized(map["title"], key: "title", in: root)
        let instructions = try reader.localized(map["instructions"], key: "instructions", in: root)
        let summary = try map["summary"].map { node throws(PackError) in try reader.localized(node, key: "summary", in: root) }
        var hints: [LocalizedText] = []
        if let hintsNode = map["hints"] {
            guard let sequence = hintsNode.items else {
                throw PackError(location: hintsNode.location, message: "\"hints\" must be a list")
            }
            for hint in sequence {
                hints.append(try reader.localized(hint, key: "hints[]", in: hintsNode))
            }
        }
        var shape = Exercise.SubmissionShape.file
        if let shapeNode = map["submission"] {
            let value = try reader.string(shapeNode, key: "submission", in: root)
            guard let parsed = Exercise.SubmissionShape(rawValue: value) else {
                throw PackError(location: shapeNode.location, message: "\"submission\" must be file or folder")
            }
            shape = parsed
        }
        return Exercise(
            id: id, kind: kind, title: title, summary: summary, instructions: instructions, hints: hints,
            submission: shape,
            directory: packRoot.appendingPathComponent("exercises/\(id)", isDirectory: true),
            graderDirectory: packRoot.appendingPathComponent("graders/\(id)", isDirectory: true),
            exerciseFile: displayPath, exerciseYAML: text)
    }
}
