import KruCore
import KruHTML
import KruSelectors

/// `css.rule-overridden`: a rule that matches elements, but on every element
/// it matches, every one of its declarations loses the cascade to another
/// declaration (a later rule, a more specific selector, a `style` attribute,
/// `!important`), so removing it would change nothing.
public struct RuleOverriddenRule: CSSDiagnosticRule {
    public static let id = "css.rule-overridden"

    public init() {}

    public func check(_ context: CSSDiagnosticContext, into emitter: inout FindingEmitter) {
        let styles = context.styles
        let author = styles.author
        let matching = SelectorMatchingContext(document: context.document)
        let elements = context.document.elements
        var rulesOfBlock: [Int: [PreparedRule]] = [:]
        for rule in author.rules { rulesOfBlock[rule.block, default: []].append(rule) }
        for (blockIndex, block) in author.blocks.enumerated()
        where !block.declarations.isEmpty && !block.declarations.contains(where: \.isCustom) {
            guard let rules = rulesOfBlock[blockIndex] else { continue }
            let matched = elements.filter { element in rules.contains { $0.selector.matches(element, in: matching) } }
            guard !matched.isEmpty else { continue }
            var effective = false
            var example: (Element, String, CascadedDeclaration)?
            search: for element in matched {
                for (d, declaration) in block.declarations.enumerated() {
                    for longhand in declaration.longhands {
                        let winner = styles.winner(longhand.id, rowOf: element)
                        if winner.source == 2, author.rules[Int(winner.block)].block == blockIndex,
                            Int(winner.declaration) == d
                        {
                            effective = true
                            break search
                        }
                        if example == nil, let description = styles.describe(winner) {
                            example = (element, PropertyTable.longhands[longhand.id].name, description)
                        }
                    }
                }
            }
            guard !effective else { continue }
            var notes: [LocalizedText] = []
            if let (element, property, winner) = example {
                let by = winner.origin == .inline
                    ? LocalizedText(en: "its `style` attribute", km: "attribute `style` របស់វា")
                    : LocalizedText(en: "`{selector}`", km: "`{selector}`").filling(["selector": DiagnosticText.snippet(winner.selector)])
                let place = winner.location.map { " (\($0.file):\($0.line))" } ?? ""
                notes.append(LocalizedText(
                    en: "For example, `{property}` of <{element}> at line {line} is set by {by}{place} instead.",
                    km: "ឧទាហរណ៍ `{property}` នៃ <{element}> នៅបន្ទាត់ {line} ត្រូវបានកំណត់ដោយ {by}{place} ជំនួសវិញ។"
                ).filling([
                    "property": property, "element": element.name, "line": element.location.map { String($0.line) } ?? "?",
                    "place": place,
                ]).fillingBy(by))
            }
            emitter.emit(
                Self.id, severity: .info,
                LocalizedText(
                    en: "the rule `{selector}` has no effect: each of its declarations is overridden by another rule on every element it matches",
                    km: "ច្បាប់ `{selector}` គ្មានឥទ្ធិពលទេ៖ ការប្រកាសនីមួយៗរបស់វាត្រូវបានច្បាប់ផ្សេងជាន់ពីលើ នៅលើគ្រប់ធាតុដែលវាត្រូវនឹង"
                ).filling(["selector": DiagnosticText.snippet(block.selectorText)]),
                at: block.sheet.location(ofOffset: block.selectorStart), notes: notes)
        }
    }
}

extension LocalizedText {
    /// Fills `{by}` with a text that is itself localised.
    fileprivate func fillingBy(_ by: LocalizedText) -> LocalizedText {
        LocalizedText(en: en.replacingOccurrences(of: "{by}", with: by.en), km: km.replacingOccurrences(of: "{by}", with: by.km))
    }
}
