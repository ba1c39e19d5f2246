import Foundation
import KruCore
import KruPack

/// `unique-ids`: exercise ids are unique, also ignoring letter case and
/// Unicode normalisation (on macOS and Windows such folders are one folder,
/// and students type ids in any case).
struct UniqueIDRule: PackLintRule {
    static let info = LintRuleInfo(
        id: "unique-ids",
        title: LocalizedText(en: "exercise ids are unique", km: "id នៃលំហាត់មិនជាន់គ្នា"))

    func check(_ pack: PackSnapshot, into emitter: inout FindingEmitter) {
        var seen: [String: String] = [:]
        for id in pack.exerciseFolderIDs {
            let key = id.precomposedStringWithCanonicalMapping.lowercased()
            if let first = seen[key] {
                emitter.emit(
                    info, at: SourceLocation(file: "exercises/\(id)/exercise.yaml", line: 1, column: 1),
                    en: "the exercise id \(id) is the same as \(first) apart from letter case; rename one folder",
                    km: "id លំហាត់ \(id) ដូចគ្នានឹង \(first) លើកលែងតែអក្សរធំតូច; សូមប្ដូរឈ្មោះថតមួយ")
            } else {
                seen[key] = id
            }
        }
    }
}
