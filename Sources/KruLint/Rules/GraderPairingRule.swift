import Foundation
import KruCore
import KruPack

/// `grader-pairing`: every exercise has a grader (`graders/<id>/rubric.yaml`
/// for web and CSS, `puzzle.yaml` for maze) and every grader folder has an exercise.
struct GraderPairingRule: PackLintRule {
    static let info = LintRuleInfo(
        id: "grader-pairing",
        title: LocalizedText(
            en: "every exercise has a grader and every grader an exercise",
            km: "លំហាត់នីមួយៗមានអ្នកដាក់ពិន្ទុ ហើយអ្នកដាក់ពិន្ទុនីមួយៗមានលំហាត់"))

    func check(_ pack: PackSnapshot, into emitter: inout FindingEmitter) {
        for exercise in pack.pack.exercises {
            let name = exercise.kind == .maze ? "puzzle.yaml" : "rubric.yaml"
            let path = exercise.graderDirectory.appendingPathComponent(name).path
            guard !FileManager.default.fileExists(atPath: path) else { continue }
            emitter.emit(
                info, at: SourceLocation(file: exercise.exerciseFile, line: 1, column: 1),
                en: "\(exercise.id) has no grader: add graders/\(exercise.id)/\(name)",
                km: "\(exercise.id) គ្មានអ្នកដាក់ពិន្ទុទេ៖ សូមបន្ថែម graders/\(exercise.id)/\(name)")
        }
        let exercises = Set(pack.exerciseFolderIDs)
        for id in pack.graderFolderIDs where !exercises.contains(id) {
            var notes: [LocalizedText] = []
            if let suggestion = Suggestion.closest(to: id, among: pack.exerciseFolderIDs) {
                notes.append(LocalizedText(
                    en: "did you mean the exercise \(suggestion)? The folder names must be the same",
                    km: "តើអ្នកចង់សំដៅលើលំហាត់ \(suggestion) មែនទេ? ឈ្មោះថតត្រូវតែដូចគ្នា"))
            }
            let folder = pack.pack.root.appendingPathComponent("graders/\(id)", isDirectory: true)
            let file = ["rubric.yaml", "puzzle.yaml"].first {
                FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
            }
            emitter.emit(
                info, at: SourceLocation(file: "graders/\(id)" + (file.map { "/\($0)" } ?? ""), line: 1, column: 1),
                en: "graders/\(id) grades no exercise: there is no exercises/\(id)/exercise.yaml",
                km: "graders/\(id) មិនដាក់ពិន្ទុលំហាត់ណាមួយទេ៖ គ្មាន exercises/\(id)/exercise.yaml", notes: notes)
        }
    }
}
