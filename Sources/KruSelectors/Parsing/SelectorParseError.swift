import KruCore

/// Why a selector could not be parsed, and where.
public struct SelectorParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Hashable, Sendable {
        /// Nothing but whitespace or comments.
        case empty
        /// A selector was expected where `found` is (`found` is empty at the end of the text).
        case expectedSelector(found: String)
        /// `found` cannot appear here.
        case unexpected(found: String)
        /// A combinator with nothing after it (`ul >`).
        case danglingCombinator(String)
        /// An empty item in a list: `a,,b`, `a,` or `,a`.
        case emptyListItem
        /// `#1a`: an id must look like an identifier.
        case invalidID(String)
        /// A `.` not followed by a class name.
        case invalidClass
        /// A malformed attribute selector.
        case invalidAttribute
        /// A pseudo-class name kru does not know (without the colon).
        case unknownPseudoClass(String)
        /// A pseudo-element name kru does not know (without the colons).
        case unknownPseudoElement(String)
        /// A functional pseudo-class with a bad An+B pattern (`:nth-child(2x)`).
        case invalidNth(pseudoClass: String)
        /// A functional pseudo-class with an argument it does not accept (`:dir(up)`, `:lang(1)`).
        case invalidArgument(pseudoClass: String)
        /// A functional pseudo-class with nothing inside the brackets.
        case missingArgument(pseudoClass: String)
        /// Something after a pseudo-element.
        case pseudoElementNotLast(String)
        /// `what` is not allowed inside `:context()` (pseudo-elements in `:not()`, `:has()` in `:has()` …).
        case notAllowedInside(what: String, context: String)
        /// A namespace prefix other than `*|`.
        case namespaceUnsupported(String)
    }

    public let reason: Reason
    /// Offset of the problem in Unicode scalars from the start of the parsed text (0-based),
    /// so a caller that knows where the text starts can point at the column.
    public let offset: Int

    public init(reason: Reason, offset: Int) {
        self.reason = reason
        self.offset = offset
    }

    /// The problem in English and Khmer.
    public var message: LocalizedText {
        switch reason {
        case .empty:
            return LocalizedText(en: "The selector is empty.", km: "សេឡិចទ័រនេះទទេ។")
        case .expectedSelector(let found):
            if found.isEmpty {
                return LocalizedText(
                    en: "The selector ends too early: a selector is missing at the end.",
                    km: "សេឡិចទ័របញ្ចប់លឿនពេក៖ ខ្វះសេឡិចទ័រនៅខាងចុង។")
            }
            return LocalizedText(
                en: "Expected a selector (such as p, .name or #id) but found `{found}`.",
                km: "ត្រូវការសេឡិចទ័រ (ដូចជា p, .name ឬ #id) ប៉ុន្តែបានឃើញ `{found}`។"
            ).filling(["found": found])
        case .unexpected(let found):
            return LocalizedText(
                en: "`{found}` cannot appear here in a selector.",
                km: "`{found}` មិនអាចនៅកន្លែងនេះក្នុងសេឡិចទ័របានទេ។"
            ).filling(["found": found])
        case .danglingCombinator(let combinator):
            return LocalizedText(
                en: "The combinator `{combinator}` must have a selector after it.",
                km: "ក្រោយសញ្ញាភ្ជាប់ `{combinator}` ត្រូវតែមានសេឡិចទ័រមួយ។"
            ).filling(["combinator": combinator])
        case .emptyListItem:
            return LocalizedText(
                en: "The selector list has an empty part: look for an extra comma.",
                km: "បញ្ជីសេឡិចទ័រមានផ្នែកមួយទទេ៖ សូមរកមើលសញ្ញាក្បៀសដែលលើស។")
        case .invalidID(let name):
            return LocalizedText(
                en: "`#{name}` is not a valid id selector: an id selector cannot start with a digit.",
                km: "`#{name}` មិនមែនជាសេឡិចទ័រ id ត្រឹមត្រូវទេ៖ សេឡិចទ័រ id មិនអាចចាប់ផ្ដើមដោយលេខបានទេ។"
            ).filling(["name": name])
        case .invalidClass:
            return LocalizedText(
                en: "A `.` must be followed by a class name, such as `.menu`.",
                km: "ក្រោយសញ្ញា `.` ត្រូវតែមានឈ្មោះ class ដូចជា `.menu`។")
        case .invalidAttribute:
            return LocalizedText(
                en: "An attribute selector is written [name], [name=value] or [name=\"value\" i].",
                km: "សេឡិចទ័រ attribute ត្រូវសរសេរជា [name], [name=value] ឬ [name=\"value\" i]។")
        case .unknownPseudoClass(let name):
            return LocalizedText(
                en: "kru does not know the pseudo-class `:{name}`. Check the spelling.",
                km: "kru មិនស្គាល់ pseudo-class `:{name}` ទេ។ សូមពិនិត្យអក្ខរាវិរុទ្ធ។"
            ).filling(["name": name])
        case .unknownPseudoElement(let name):
            return LocalizedText(
                en: "kru does not know the pseudo-element `::{name}`. Check the spelling.",
                km: "kru មិនស្គាល់ pseudo-element `::{name}` ទេ។ សូមពិនិត្យអក្ខរាវិរុទ្ធ។"
            ).filling(["name": name])
        case .invalidNth(let name):
            return LocalizedText(
                en: "`:{name}()` needs a pattern such as odd, even, 3, 2n+1 or -n+3.",
                km: "`:{name}()` ត្រូវការលំនាំដូចជា odd, even, 3, 2n+1 ឬ -n+3។"
            ).filling(["name": name])
        case .invalidArgument(let name):
            return LocalizedText(
                en: "`:{name}()` does not accept what is inside its brackets.",
                km: "`:{name}()` មិនទទួលយកអ្វីដែលនៅក្នុងវង់ក្រចករបស់វាទេ។"
            ).filling(["name": name])
        case .missingArgument(let name):
            return LocalizedText(
                en: "`:{name}()` needs something inside its brackets.",
                km: "`:{name}()` ត្រូវការអ្វីមួយនៅក្នុងវង់ក្រចករបស់វា។"
            ).filling(["name": name])
        case .pseudoElementNotLast(let name):
            return LocalizedText(
                en: "The pseudo-element `::{name}` must come last in its selector.",
                km: "pseudo-element `::{name}` ត្រូវតែនៅខាងចុងគេនៃសេឡិចទ័ររបស់វា។"
            ).filling(["name": name])
        case .notAllowedInside(let what, let context):
            return LocalizedText(
                en: "`{what}` is not allowed inside `:{context}()`.",
                km: "មិនអនុញ្ញាតឱ្យប្រើ `{what}` នៅក្នុង `:{context}()` ទេ។"
            ).filling(["what": what, "context": context])
        case .namespaceUnsupported(let prefix):
            return LocalizedText(
                en: "Namespace prefixes such as `{prefix}|` are not supported in HTML pages.",
                km: "មិនអាចប្រើបុព្វបទ namespace ដូចជា `{prefix}|` ក្នុងទំព័រ HTML បានទេ។"
            ).filling(["prefix": prefix])
        }
    }

    /// `offset 4: Expected a selector …` (English).
    public var description: String { "offset \(offset): \(message.en)" }
}
