import KruCore
import KruCSS

/// What a rubric check asks of a submission, in the rubric vocabulary
/// (documented in `schemas/rubric.schema.json` and the README).
///
/// Conditions are evaluated in a *scope*: the whole page (the default), or one
/// element when the condition sits under `every`, `some` or `first`. Element
/// selections (`count`, `every`, `some`, `first`, `order`) look inside the
/// scope, like `element.querySelectorAll` does in a browser.
public indirect enum Condition: Sendable {
    /// `count: SELECTOR` with `exactly`/`at-least`/`at-most`.
    case count(ElementQuery, CountBound)
    /// `every: SELECTOR, satisfies: …` (optionally `at-least: N` of them must exist).
    case every(ElementQuery, Condition, atLeast: Int?)
    /// `some: SELECTOR, satisfies: …`: at least `atLeast` (default 1) matches satisfy it.
    case some(ElementQuery, Condition?, atLeast: Int)
    /// `first: SELECTOR, satisfies: …`: the first match exists and satisfies it.
    case first(ElementQuery, Condition?)
    /// `all: [...]`
    case all([Condition])
    /// `any: [...]`
    case any([Condition])
    /// `not: …`
    case not(Condition)
    /// `attribute: NAME` with string tests, on the element in scope.
    case attribute(String, StringTest)
    /// `text: content|accessible` with string tests, on the element in scope.
    case text(TextSource, StringTest)
    /// `control-type: [...]`: the type a browser gives an `<input>` or `<button>`.
    case controlType([String])
    /// `is: SELECTOR`: the element in scope matches.
    case isMatch(RubricSelector)
    /// `inside: SELECTOR`: some ancestor of the element in scope matches.
    case inside(RubricSelector)
    /// `parent: SELECTOR`: the parent of the element in scope matches.
    case parent(RubricSelector)
    /// `order: [A, B, …]`: the first match of each exists and they come in this order.
    case order([RubricSelector])
    /// `files-exist: [...]`: the submission has these files.
    case filesExist([String])
    /// `file: NAME` beside any condition: judge that file of the submission.
    case inFile(String, Condition)
    /// `rule: NAME`: a built-in rule.
    case rule(BuiltInRule)
    /// `diagnostic: ID`: passes when that beginner diagnostic (HTML or CSS) does not fire on the file.
    case diagnostic(String)
    /// `style: PROPERTY` with tests, on the element in scope: its computed value on `screen`.
    case style(StyleTest, screen: Viewport)
    /// `declared: PROPERTY`, on the element in scope: some style rule in effect on `screen`, or
    /// its `style` attribute, applies to it and sets the property (directly or through a
    /// shorthand) to a valid value.
    case declared(String, screen: Viewport)
    /// `selector-used: KIND`: some style rule in effect on `screen` has a selector that uses
    /// this feature and matches an element of the page.
    case selectorUsed(SelectorFeature, screen: Viewport)
}

/// A set of elements picked by a selector, relative to the scope.
public struct ElementQuery: Sendable {
    /// Where to look, relative to the element in scope.
    public enum Among: String, Sendable, CaseIterable {
        /// Every element inside the scope (`querySelectorAll`).
        case descendants
        /// Only the element children of the scope.
        case children
    }

    public var selector: RubricSelector
    public var among: Among

    public init(selector: RubricSelector, among: Among = .descendants) {
        self.selector = selector
        self.among = among
    }
}

/// A bound on a number of elements.
public struct CountBound: Sendable, Hashable {
    public var exactly: Int?
    public var atLeast: Int?
    public var atMost: Int?

    public init(exactly: Int? = nil, atLeast: Int? = nil, atMost: Int? = nil) {
        self.exactly = exactly
        self.atLeast = atLeast
        self.atMost = atMost
    }

    func accepts(_ count: Int) -> Bool {
        if let exactly, count != exactly { return false }
        if let atLeast, count < atLeast { return false }
        if let atMost, count > atMost { return false }
        return true
    }
}

/// Which text of an element a `text` condition judges.
public enum TextSource: String, Sendable, CaseIterable {
    /// The element's text content (`textContent`), trimmed.
    case content
    /// Its text content, where an `<img>` inside counts with its `alt` text
    /// (what a screen reader announces for a link), trimmed.
    case accessible
}

/// Tests on a string value (an attribute value or a text). All given tests
/// must hold.
public struct StringTest: Sendable, Hashable {
    /// `present: true|false` (attributes only): the attribute is (not) there.
    public var present: Bool?
    /// `non-empty: true`: at least one character that is not whitespace.
    public var nonEmpty: Bool = false
    public var equals: String?
    public var oneOf: [String]?
    /// A regular expression (ICU/Swift syntax) that must match somewhere.
    public var matches: String?
    public var startsWith: [String]?
    public var endsWith: [String]?
    public var contains: String?
    /// Least number of characters (Unicode grapheme clusters) that are not whitespace.
    public var minLength: Int?
    public var maxLength: Int?
    /// Compare letters ignoring case.
    public var caseInsensitive: Bool = false
    /// Remove leading and trailing whitespace before comparing (default true).
    public var trim: Bool = true

    public init() {}
}

/// The built-in rules: what is awkward to declare with the vocabulary above.
public enum BuiltInRule: Sendable, Hashable {
    /// The file begins with `<!DOCTYPE html>` (whitespace and comments before it allowed).
    case doctype
    /// Headings never skip a level and the first one is `<h1>`.
    case headingOrder
    /// The first row of the table in scope has at least `minCells` cells, all `<th>`.
    case tableHeaderRow(minCells: Int)
    /// After the first row, at least `atLeast` rows of the table in scope have a `<td>`.
    case tableDataRows(atLeast: Int)
    /// Every row of the table in scope has the same width (sum of `colspan`s).
    case tableSameWidth
    /// The element in scope has a `<label>`: it is inside one, or a `<label for>` names its id.
    case labelled
    /// Every relative `href`/`src` of the file names a file of the submission.
    case linksResolve
    /// The file has an `<a>` whose relative `href` leads to `target`.
    case linkTo(target: String)
    /// These pages each link a stylesheet, and one stylesheet file is shared by all.
    case sharedStylesheet(files: [String])
    /// The page has a `<style>` element with CSS in it, or a `<link rel="stylesheet">` to a
    /// file of the submission with CSS in it (whitespace and comments alone are not CSS).
    case stylesheet

    /// The rule's name in rubric files.
    public var name: String {
        switch self {
        case .doctype: return "doctype"
        case .headingOrder: return "heading-order"
        case .tableHeaderRow: return "table-header-row"
        case .tableDataRows: return "table-data-rows"
        case .tableSameWidth: return "table-same-width"
        case .labelled: return "labelled"
        case .linksResolve: return "links-resolve"
        case .linkTo: return "link-to"
        case .sharedStylesheet: return "shared-stylesheet"
        case .stylesheet: return "stylesheet"
        }
    }

    /// Rules that judge one element (they need `every`/`some`/`first` around them).
    var judgesElement: Bool {
        switch self {
        case .tableHeaderRow, .tableDataRows, .tableSameWidth, .labelled: return true
        default: return false
        }
    }
}
