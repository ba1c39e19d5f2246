import Foundation
import KruCore
import KruYAML

/// A text of a pack file written in both languages: a mapping with `en:`
/// and/or `km:` keys (titles, instructions, hints, check titles, hints and
/// messages, mistakes of known-wrong samples).
struct BilingualText {
    let node: YAMLTree
    let en: YAMLTree?
    let km: YAMLTree?

    /// Every bilingual text of the exercise's YAML files, in file order.
    static func all(in exercise: ExerciseSnapshot) -> [BilingualText] {
        var texts: [BilingualText] = []
        for file in exercise.yamlFiles {
            file.root?.walk { node in
                guard let entries = node.entries, entries.contains(where: { $0.key == "en" || $0.key == "km" }) else { return }
                texts.append(BilingualText(node: node, en: node["en"], km: node["km"]))
            }
        }
        return texts
    }

    /// The text of a language, trimmed; `nil` when missing or not text.
    static func text(_ node: YAMLTree?) -> String? {
        guard let node, !node.isNull, let text = node.scalar else { return nil }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
