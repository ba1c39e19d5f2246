import Foundation
import KruCore
import KruHTML

extension StringTest {
    /// Characters (grapheme clusters, counted as browsers count them) that are not
    /// whitespace: Khmer has no spaces between words, so kru never counts words.
    static func visibleLength(_ text: String) -> Int {
        GraphemeClusters.visibleCount(text)
    }

    /// Judges a value. `subject` names it in messages ("alt", "the text").
    /// Returns the expectations that are not met (empty when all hold).
    /// `knownLength`, when given, is `visibleLength` of the value as judged (trimmed when
    /// `trim` is set), already counted by the caller; when the test counts no length
    /// (``countsLength``), any count with the same emptiness will do (0 or 1). `isTrimmed` says
    /// the caller has trimmed `raw` already.
    func unmet(_ raw: String?, subject: LocalizedText, knownLength: Int? = nil, isTrimmed: Bool = false) -> [LocalizedText] {
        var unmet: [LocalizedText] = []
        if let present {
            if present && raw == nil {
                unmet.append(LocalizedText(en: "expected the \(subject.en) attribute", km: "ត្រូវមាន attribute \(subject.km)"))
            } else if !present && raw != nil {
                unmet.append(LocalizedText(en: "expected no \(subject.en) attribute", km: "មិនត្រូវមាន attribute \(subject.km) ទេ"))
            }
        }
        guard let raw else {
            if present != true && hasValueTests {
                unmet.append(LocalizedText(en: "expected the \(subject.en) attribute", km: "ត្រូវមាន attribute \(subject.km)"))
            }
            return unmet
        }
        let value = trim && !isTrimmed ? raw.trimmingHTMLWhitespaceQuickly() : raw
        // Counting grapheme clusters is the costly part of judging a text: once, and only when
        // asked; emptiness alone needs only the first visible cluster.
        let length = countsLength ? knownLength ?? Self.visibleLength(value) : 0
        if nonEmpty && (countsLength ? length == 0 : knownLength.map { $0 == 0 } ?? !GraphemeClusters.hasVisible(value)) {
            unmet.append(LocalizedText(en: "expected a non-empty \(subject.en)", km: "\(subject.km) មិនត្រូវទទេ"))
        }
        if comparesValue { unmetComparisons(value, subject: subject, into: &unmet) }
        if let minLength, length < minLength {
            unmet.append(LocalizedText(
                en: "expected at least \(minLength) \(minLength == 1 ? "character" : "characters") (not counting spaces)",
                km: "ត្រូវមានយ៉ាងហោចណាស់ \(minLength) តួអក្សរ (មិនរាប់ដកឃ្លា)"))
        }
        if let maxLength, length > maxLength {
            unmet.append(LocalizedText(
                en: "expected at most \(maxLength) \(maxLength == 1 ? "character" : "characters") (not counting spaces)",
                km: "ត្រូវមានយ៉ាងច្រើនបំផុត \(maxLength) តួអក្សរ (មិនរាប់ដកឃ្លា)"))
        }
        return unmet
    }

    /// Whether the test compares the value with given strings or a pattern (`equals`, `one-of`,
    /// `matches`, `starts-with`, `ends-with`, `contains`); most tests only ask for a text or a
    /// length, and then the value is never folded.
    private var comparesValue: Bool {
        equals != nil || oneOf != nil || matches != nil || startsWith != nil || endsWith != nil || contains != nil
    }

    /// Appends to `unmet` the comparisons of ``comparesValue`` that `value` (trimmed as the test
    /// asks) fails, in the order ``unmet(_:subject:knownLength:isTrimmed:)`` lists them.
    private func unmetComparisons(_ value: String, subject: LocalizedText, into unmet: inout [LocalizedText]) {
        let folded = caseInsensitive ? value.lowercased() : value
        func fold(_ s: String) -> String { caseInsensitive ? s.lowercased() : s }
        if let equals, folded != fold(equals) {
            unmet.append(LocalizedText(en: "expected \(subject.en) to be \"\(equals)\"", km: "\(subject.km) ត្រូវតែជា \"\(equals)\""))
        }
        if let oneOf, !oneOf.map(fold).contains(folded) {
            let options = Phrases.alternatives(oneOf.map { "\"\($0)\"" })
            unmet.append(LocalizedText(en: "expected \(subject.en) to be \(options.en)", km: "\(subject.km) ត្រូវតែជា \(options.km)"))
        }
        if let matches, let regex = try? Regex(matches) {
            let pattern = caseInsensitive ? regex.ignoresCase() : regex
            if value.firstMatch(of: pattern) == nil {
                unmet.append(LocalizedText(en: "expected \(subject.en) to match /\(matches)/", km: "\(subject.km) ត្រូវតែត្រូវនឹងលំនាំ /\(matches)/"))
            }
        }
        if let startsWith, !startsWith.contains(where: { folded.hasPrefix(fold($0)) }) {
            let options = Phrases.alternatives(startsWith)
            unmet.append(LocalizedText(en: "expected \(subject.en) to start with \(options.en)", km: "\(subject.km) ត្រូវចាប់ផ្ដើមដោយ \(options.km)"))
        }
        if let endsWith, !endsWith.contains(where: { folded.hasSuffix(fold($0)) }) {
            let options = Phrases.alternatives(endsWith)
            unmet.append(LocalizedText(en: "expected \(subject.en) to end with \(options.en)", km: "\(subject.km) ត្រូវបញ្ចប់ដោយ \(options.km)"))
        }
        if let contains, !folded.contains(fold(contains)) {
            unmet.append(LocalizedText(en: "expected \(subject.en) to contain \"\(contains)\"", km: "\(subject.km) ត្រូវមាន \"\(contains)\""))
        }
    }

    /// Whether a length is part of the test (then messages show the count).
    var countsLength: Bool { minLength != nil || maxLength != nil }

    private var hasValueTests: Bool {
        nonEmpty || comparesValue || minLength != nil || maxLength != nil
    }
}
