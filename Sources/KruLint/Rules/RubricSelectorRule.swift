import KruCore
import KruYAML
import KruSelectors

/// `rubric-selectors`: every selector in a rubric (`count`, `every`, `some`,
/// `first`, `is`, `inside`, `parent`, `order`) parses, pointing at the
/// column of the mistake.
struct RubricSelectorRule: ExerciseLintRule {
    static let info = LintRuleInfo(
        id: "rubric-selectors",
        title: LocalizedText(en: "every selector in the rubric parses", km: "selector នីមួយៗក្នុង rubric ត្រឹមត្រូវ"),
        kinds: [.web, .css])

    /// Condition keys whose value is a selector.
    static let selectorKeys: Set<String> = ["count", "every", "some", "first", "is", "inside", "parent"]

    func check(_ exercise: ExerciseSnapshot, into emitter: inout FindingEmitter) {
        guard !exercise.isPuzzle, let root = exercise.graderFile?.root?["checks"] else { return }
        root.walk { node in
            for entry in node.entries ?? [] {
                if Self.selectorKeys.contains(entry.key) {
                    check(entry.value, into: &emitter)
                } else if entry.key == "order" {
                    entry.value.items?.forEach { check($0, into: &emitter) }
                }
            }
        }
    }

    private func check(_ node: YAMLTree, into emitter: inout FindingEmitter) {
        guard let text = node.scalar else { return }
        do {
            _ = try SelectorList.parse(text)
        } catch {
            // Columns count Unicode scalars, as the selector error's offset does.
            var location = node.location
            location.column += (node.isQuoted ? 1 : 0) + error.offset
            emitter.emit(
                info, at: location, en: "bad selector \"\(text)\": \(error.message.en)",
                km: "selector \"\(text)\" មិនត្រឹមត្រូវ៖ \(error.message.km)")
        }
    }
}
