/// A pseudo-class kru understands.
public enum PseudoClass: Hashable, Sendable {
    /// `:root`: the `<html>` element.
    case root
    /// `:empty`: no element children and no text (not even whitespace, as in Chromium).
    case empty
    case firstChild
    case lastChild
    case onlyChild
    case firstOfType
    case lastOfType
    case onlyOfType
    /// `:nth-child(An+B [of S])`.
    case nthChild(NthPattern, of: SelectorList?)
    /// `:nth-last-child(An+B [of S])`.
    case nthLastChild(NthPattern, of: SelectorList?)
    case nthOfType(NthPattern)
    case nthLastOfType(NthPattern)
    /// `:not(list)`: matches elements no selector of the list matches.
    case not(SelectorList)
    /// `:is(list)` (forgiving list).
    case `is`(SelectorList)
    /// `:where(list)` (forgiving list, zero specificity).
    case `where`(SelectorList)
    /// `:has(relative list)`; each selector of the list starts with a combinator
    /// (``Selector/leadingCombinator``), descendant when none was written.
    case has(SelectorList)
    /// `:link`: an `<a>` or `<area>` with `href` (a page at rest has visited nothing).
    case link
    /// `:any-link`: an `<a>` or `<area>` with `href`.
    case anyLink
    /// `:checked`: a checked checkbox or radio button, or a selected `<option>`.
    case checked
    /// `:disabled`: a disabled form control, option, optgroup or fieldset.
    case disabled
    /// `:enabled`: a form control, option, optgroup or fieldset that is not disabled.
    case enabled
    /// `:required`: an `<input>`, `<select>` or `<textarea>` that must be filled in.
    case required
    /// `:optional`: an `<input>`, `<select>`, `<textarea>` or (as in Chromium) `<button>` that is not required.
    case optional
    /// `:read-only`: not `:read-write`.
    case readOnly
    /// `:read-write`: a text field or text area the user can edit (not disabled, not `readonly`),
    /// or an element made editable with `contenteditable`.
    case readWrite
    /// `:placeholder-shown`: a text field or text area with a placeholder and no value.
    case placeholderShown
    /// `:default`: a checkbox or radio button with `checked`, an option with `selected`, or the
    /// first submit button of a form.
    case `default`
    /// `:indeterminate`: a radio button whose group has no checked button, or a `<progress>`
    /// without `value`.
    case indeterminate
    /// `:defined`: every element except custom elements (`<my-widget>`), which no script defines.
    case defined
    /// `:scope`: in a style sheet or a whole-document query, the `<html>` element.
    case scope
    /// `:valid`: a form control that satisfies its constraints (`required`, `type=email`,
    /// `pattern`, `min`/`max`/`step` …), or a form or fieldset with no invalid control inside.
    case valid
    /// `:invalid`: a form control that does not satisfy its constraints, or a form or fieldset
    /// with such a control inside.
    case invalid
    /// `:in-range`: a number, range, date or time input whose value is within its `min` and `max`
    /// (as in Chromium, also when it has neither).
    case inRange
    /// `:out-of-range`: a number/date/time input whose value is below `min` or above `max`.
    case outOfRange
    /// `:open`: a `<details>` or `<dialog>` with the `open` attribute.
    case open
    /// `:lang(en)`: the element's language (from the nearest `lang` attribute) is this one or
    /// starts with it followed by `-` (ASCII case-insensitive). Like Chromium, kru takes one identifier.
    case lang(String)
    /// `:dir(ltr)` / `:dir(rtl)`: the element's directionality (from `dir` attributes). The keyword
    /// is lower-case; any other keyword parses (as in Chromium) and matches nothing.
    case dir(String)
    /// A pseudo-class about user interaction (`:hover`, `:focus` …): it parses but never
    /// matches, since kru looks at a page at rest.
    case dynamic(DynamicPseudoClass)

    /// The pseudo-class's name as written in CSS, without the colon.
    public var name: String {
        switch self {
        case .root: return "root"
        case .empty: return "empty"
        case .firstChild: return "first-child"
        case .lastChild: return "last-child"
        case .onlyChild: return "only-child"
        case .firstOfType: return "first-of-type"
        case .lastOfType: return "last-of-type"
        case .onlyOfType: return "only-of-type"
        case .nthChild: return "nth-child"
        case .nthLastChild: return "nth-last-child"
        case .nthOfType: return "nth-of-type"
        case .nthLastOfType: return "nth-last-of-type"
        case .not: return "not"
        case .is: return "is"
        case .where: return "where"
        case .has: return "has"
        case .link: return "link"
        case .anyLink: return "any-link"
        case .checked: return "checked"
        case .disabled: return "disabled"
        case .enabled: return "enabled"
        case .required: return "required"
        case .optional: return "optional"
        case .readOnly: return "read-only"
        case .readWrite: return "read-write"
        case .placeholderShown: return "placeholder-shown"
        case .default: return "default"
        case .indeterminate: return "indeterminate"
        case .defined: return "defined"
        case .scope: return "scope"
        case .open: return "open"
        case .valid: return "valid"
        case .invalid: return "invalid"
        case .inRange: return "in-range"
        case .outOfRange: return "out-of-range"
        case .lang: return "lang"
        case .dir: return "dir"
        case .dynamic(let dynamic): return dynamic.rawValue
        }
    }

    /// The selector lists inside this pseudo-class (`:not(a, b)`, `:nth-child(2 of .x)` …).
    public var nestedLists: [SelectorList] {
        switch self {
        case .nthChild(_, let of?), .nthLastChild(_, let of?): return [of]
        case .not(let list), .is(let list), .where(let list), .has(let list): return [list]
        default: return []
        }
    }

    /// Selectors 4 specificity: `:is`/`:not`/`:has` count their most specific argument,
    /// `:where` counts zero, `:nth-child(… of S)` counts one class plus S's most specific selector.
    public var specificity: Specificity {
        switch self {
        case .where: return .zero
        case .not(let list), .is(let list), .has(let list): return list.maximumSpecificity
        case .nthChild(_, let of), .nthLastChild(_, let of):
            return Specificity(classes: 1) + (of?.maximumSpecificity ?? .zero)
        default: return Specificity(classes: 1)
        }
    }

    /// CSS text, e.g. `:nth-child(2n+1 of .item)`.
    public var serialized: String {
        switch self {
        case .nthChild(let pattern, let of), .nthLastChild(let pattern, let of):
            let suffix = of.map { " of " + $0.serialized } ?? ""
            return ":\(name)(\(pattern.serialized)\(suffix))"
        case .nthOfType(let pattern), .nthLastOfType(let pattern):
            return ":\(name)(\(pattern.serialized))"
        case .not(let list), .is(let list), .where(let list), .has(let list):
            return ":\(name)(\(list.serialized))"
        case .lang(let argument), .dir(let argument):
            return ":\(name)(\(CSSSerialization.identifier(argument)))"
        default:
            return ":" + name
        }
    }
}

/// Pseudo-classes about interaction, navigation or playback: they never match a page at rest.
public enum DynamicPseudoClass: String, Hashable, Sendable, CaseIterable {
    case hover
    case focus
    case active
    case visited
    case focusWithin = "focus-within"
    case focusVisible = "focus-visible"
    case target
    case autofill
    case webkitAutofill = "-webkit-autofill"
    case userValid = "user-valid"
    case userInvalid = "user-invalid"
    case modal
    case fullscreen
    case webkitFullScreen = "-webkit-full-screen"
    case pictureInPicture = "picture-in-picture"
    case popoverOpen = "popover-open"
    case current
    case past
    case future
    // States of scrollbar parts (`::-webkit-scrollbar-button:horizontal:decrement`).
    case horizontal
    case vertical
    case decrement
    case increment
    case start
    case end
    case doubleButton = "double-button"
    case singleButton = "single-button"
    case noButton = "no-button"
    case cornerPresent = "corner-present"
    case windowInactive = "window-inactive"
}

/// The directions of `:dir()`.
enum TextDirection: String {
    case ltr
    case rtl
}

/// The `An+B` of `:nth-child()` and friends: matches the positions `A·n + B` for n = 0, 1, 2 …
public struct NthPattern: Hashable, Sendable, CustomStringConvertible {
    public let a: Int
    public let b: Int

    public init(a: Int, b: Int) {
        self.a = a
        self.b = b
    }

    /// `odd` = 2n+1.
    public static let odd = NthPattern(a: 2, b: 1)
    /// `even` = 2n.
    public static let even = NthPattern(a: 2, b: 0)

    /// Whether the 1-based `position` is one of the pattern's positions.
    public func matches(position: Int) -> Bool {
        let difference = position - b
        if a == 0 { return difference == 0 }
        return difference % a == 0 && difference / a >= 0
    }

    /// `2n+1`, `-n+3`, `5`, `n`.
    public var serialized: String {
        if a == 0 { return String(b) }
        var text: String
        switch a {
        case 1: text = "n"
        case -1: text = "-n"
        default: text = "\(a)n"
        }
        if b > 0 { text += "+\(b)" } else if b < 0 { text += "\(b)" }
        return text
    }

    public var description: String { serialized }
}
