/// One simple selector: the pieces a compound selector such as `a.nav[href]:hover` is made of.
public enum SimpleSelector: Hashable, Sendable {
    /// `*`
    case universal
    /// A type selector; the name is lower-case (HTML element names are case-insensitive).
    case type(String)
    /// `#name` (case-sensitive).
    case id(String)
    /// `.name` (case-sensitive).
    case `class`(String)
    /// `[name]`, `[name=value]`, `[name~=value i]` …
    case attribute(AttributeSelector)
    /// `:first-child`, `:not(…)`, `:hover` …
    case pseudoClass(PseudoClass)
    /// `::before`, `::marker` … (never matches an element).
    case pseudoElement(PseudoElement)

    /// What kind of simple selector this is.
    public var kind: SimpleSelectorKind {
        switch self {
        case .universal: return .universal
        case .type: return .type
        case .id: return .id
        case .class: return .class
        case .attribute: return .attribute
        case .pseudoClass: return .pseudoClass
        case .pseudoElement: return .pseudoElement
        }
    }

    /// The specificity of this simple selector (Selectors 4, §17).
    public var specificity: Specificity {
        switch self {
        case .universal: return .zero
        case .type, .pseudoElement: return Specificity(types: 1)
        case .id: return Specificity(ids: 1)
        case .class, .attribute: return Specificity(classes: 1)
        case .pseudoClass(let pseudo): return pseudo.specificity
        }
    }

    /// CSS text for this simple selector, e.g. `[href^="http" i]`.
    public var serialized: String {
        switch self {
        case .universal: return "*"
        case .type(let name): return CSSSerialization.identifier(name)
        case .id(let name): return "#" + CSSSerialization.identifier(name)
        case .class(let name): return "." + CSSSerialization.identifier(name)
        case .attribute(let attribute): return attribute.serialized
        case .pseudoClass(let pseudo): return pseudo.serialized
        case .pseudoElement(let pseudo): return "::" + pseudo.rawValue
        }
    }
}

/// The kinds of simple selector, for questions such as "does this rule use a class selector?".
public enum SimpleSelectorKind: String, Hashable, Sendable, CaseIterable {
    case universal
    case type
    case id
    case `class`
    case attribute
    case pseudoClass = "pseudo-class"
    case pseudoElement = "pseudo-element"
}

/// An attribute selector such as `[lang|="en"]` or `[type=Email i]`.
public struct AttributeSelector: Hashable, Sendable {
    /// How the attribute's value is compared.
    public enum Operator: String, Hashable, Sendable {
        /// `[a=v]`: the value is exactly `v`.
        case equals = "="
        /// `[a~=v]`: one of the whitespace-separated words is `v`.
        case includes = "~="
        /// `[a|=v]`: the value is `v` or starts with `v-`.
        case dashMatch = "|="
        /// `[a^=v]`: the value starts with `v` (never matches an empty `v`).
        case prefix = "^="
        /// `[a$=v]`: the value ends with `v` (never matches an empty `v`).
        case suffix = "$="
        /// `[a*=v]`: the value contains `v` (never matches an empty `v`).
        case substring = "*="
    }

    /// The `i` flag at the end of the selector. (Selectors 4 also has an `s` flag; Chromium
    /// rejects it, and so does kru.)
    public enum CaseSensitivity: Hashable, Sendable {
        /// No flag: case-sensitive, except for the HTML attributes browsers compare
        /// case-insensitively (`type`, `lang`, `dir`, `rel` …).
        case documentDefault
        /// `i`: ASCII case-insensitive.
        case asciiInsensitive
    }

    /// Lower-case attribute name.
    public let name: String
    /// `nil` for `[name]` (presence only).
    public let `operator`: Operator?
    public let value: String
    public let caseSensitivity: CaseSensitivity
    /// Whether values are compared ASCII case-insensitively (the flag, or the HTML default for `name`).
    public let ignoresCase: Bool

    public init(name: String, operator: Operator? = nil, value: String = "", caseSensitivity: CaseSensitivity = .documentDefault) {
        self.name = CSSSerialization.asciiLowercased(name)
        self.operator = `operator`
        self.value = value
        self.caseSensitivity = caseSensitivity
        switch caseSensitivity {
        case .asciiInsensitive: ignoresCase = true
        case .documentDefault: ignoresCase = ValueMatching.caseInsensitiveAttributes.contains(self.name)
        }
    }

    /// `[href^="http" i]`
    public var serialized: String {
        var text = "[" + CSSSerialization.identifier(name)
        if let `operator` {
            text += `operator`.rawValue + CSSSerialization.string(value)
            switch caseSensitivity {
            case .documentDefault: break
            case .asciiInsensitive: text += " i"
            }
        }
        return text + "]"
    }
}

/// A pseudo-element. Selectors with one parse and count in specificity, but never match an element.
public enum PseudoElement: String, Hashable, Sendable, CaseIterable {
    case before
    case after
    case firstLine = "first-line"
    case firstLetter = "first-letter"
    case marker
    case placeholder
    case selection
    case backdrop
    case fileSelectorButton = "file-selector-button"
    case cue
    case targetText = "target-text"
    case grammarError = "grammar-error"
    case spellingError = "spelling-error"
    case detailsContent = "details-content"
    case checkmark
    case pickerIcon = "picker-icon"
    case webkitInputPlaceholder = "-webkit-input-placeholder"
    case webkitScrollbar = "-webkit-scrollbar"
    case webkitScrollbarButton = "-webkit-scrollbar-button"
    case webkitScrollbarThumb = "-webkit-scrollbar-thumb"
    case webkitScrollbarTrack = "-webkit-scrollbar-track"
    case webkitScrollbarTrackPiece = "-webkit-scrollbar-track-piece"
    case webkitScrollbarCorner = "-webkit-scrollbar-corner"
    case webkitResizer = "-webkit-resizer"

    /// The pseudo-elements that may also be written with one colon (`:before`).
    public var allowsLegacySingleColon: Bool {
        switch self {
        case .before, .after, .firstLine, .firstLetter: return true
        default: return false
        }
    }

    /// Whether `pseudoClass` may follow this pseudo-element, as Chromium allows:
    /// interaction states after the `-webkit-` ones (`::-webkit-scrollbar-thumb:hover`),
    /// `:window-inactive` after `::selection`, nothing after the others.
    func allowsAfter(_ pseudoClass: PseudoClass) -> Bool {
        switch self {
        case .webkitScrollbar, .webkitScrollbarButton, .webkitScrollbarThumb, .webkitScrollbarTrack,
            .webkitScrollbarTrackPiece, .webkitScrollbarCorner, .webkitResizer, .webkitInputPlaceholder:
            switch pseudoClass {
            case .dynamic, .enabled, .disabled: return true
            default: return false
            }
        case .selection:
            return pseudoClass == .dynamic(.windowInactive)
        default:
            return false
        }
    }
}
