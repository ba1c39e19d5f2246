import KruCore

/// One `property: value` declaration as written.
public struct CSSDeclaration: Hashable, Sendable {
    /// The property name, lower-cased (custom properties `--x` keep their case).
    public var name: String
    /// The value's component values, without surrounding whitespace and without `!important`.
    public var value: [ComponentValue]
    /// Whether the declaration ends with `!important`.
    public var important: Bool
    /// Byte offset of the property name.
    public var start: Int
    /// Byte offset of the first value component (after the colon and whitespace).
    public var valueStart: Int
    /// Byte offset just after the value (before `;` or `}`).
    public var end: Int

    public init(name: String, value: [ComponentValue], important: Bool, start: Int, valueStart: Int, end: Int) {
        self.name = name
        self.value = value
        self.important = important
        self.start = start
        self.valueStart = valueStart
        self.end = end
    }
}

/// A style rule: a selector prelude and a block of declarations (and, with
/// CSS nesting, nested rules).
public struct CSSStyleRule: Hashable, Sendable {
    /// The prelude as component values (the selector before parsing).
    public var prelude: [ComponentValue]
    /// The prelude's text as written, trimmed, comments removed.
    public var selectorText: String
    /// Byte offset of the prelude's first non-whitespace component.
    public var selectorStart: Int
    /// Byte offset of the `{`.
    public var blockStart: Int
    /// Byte offset just after the block (after the `}`, or the end of the input).
    public var end: Int
    /// Whether the block is closed by a `}`.
    public var closed: Bool
    public var declarations: [CSSDeclaration]
    /// Nested rules (CSS nesting), in order.
    public var children: [CSSRule]
    /// Whether the rule appeared nested inside another style rule.
    public var nested: Bool

    public init(
        prelude: [ComponentValue], selectorText: String, selectorStart: Int, blockStart: Int, end: Int,
        closed: Bool, declarations: [CSSDeclaration], children: [CSSRule], nested: Bool
    ) {
        self.prelude = prelude
        self.selectorText = selectorText
        self.selectorStart = selectorStart
        self.blockStart = blockStart
        self.end = end
        self.closed = closed
        self.declarations = declarations
        self.children = children
        self.nested = nested
    }
}

/// A rule of a style sheet.
public indirect enum CSSRule: Hashable, Sendable {
    case style(CSSStyleRule)
    /// `@media <query list> { rules }`.
    case media(query: MediaQueryList, rules: [CSSRule], start: Int)
    /// `@supports <condition> { rules }`, with the condition already evaluated.
    case supports(conditionHolds: Bool, rules: [CSSRule], start: Int)
    /// `@layer name { rules }` (a cascade layer; an anonymous one gets a name of its own), or the
    /// statement `@layer a, b;` (`rules` nil), which only sets the layers' order.
    case layer(names: [String], rules: [CSSRule]?, start: Int)
    /// `@import url(…) <media>;` in a valid position.
    case importRule(url: String, media: MediaQueryList, start: Int)
    /// Declarations directly inside a nested `@media`/`@supports` of a style rule.
    case nestedDeclarations([CSSDeclaration])
    /// Any other at-rule (`@font-face`, `@keyframes`, `@charset`, unknown ones), kept only by name.
    case ignoredAtRule(name: String, start: Int)
}

/// Something the parser had to recover from, for diagnostics.
public struct CSSSyntaxProblem: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A `{` block never closed before the end of the style sheet.
        case unclosedBlock
        /// A `}` at the top level of the sheet with no `{` to close.
        case strayCloseBrace
        /// A comment `/*` never closed.
        case unclosedComment
        /// A rule prelude that reached the end of the sheet without a `{`.
        case preludeWithoutBlock
        /// An `@import` after other rules, which the browser ignores.
        case lateImport
    }

    public var kind: Kind
    /// Byte offset the problem is about.
    public var offset: Int

    public init(kind: Kind, offset: Int) {
        self.kind = kind
        self.offset = offset
    }
}

/// A parsed style sheet, with the means to turn its byte offsets into
/// locations in the file it was written in (a `.css` file, or the HTML file
/// holding a `<style>` element or `style` attribute).
public struct CSSStyleSheet: Sendable {
    /// The CSS text.
    public let text: String
    public let rules: [CSSRule]
    public let problems: [CSSSyntaxProblem]
    /// Maps byte offsets of the file holding this sheet to lines and columns.
    public let lines: LineIndex
    /// Byte offset of the sheet's text within that file.
    public let baseOffset: Int

    public init(text: String, rules: [CSSRule], problems: [CSSSyntaxProblem], lines: LineIndex, baseOffset: Int) {
        self.text = text
        self.rules = rules
        self.problems = problems
        self.lines = lines
        self.baseOffset = baseOffset
    }

    /// The file the sheet is written in (relative to the submission).
    public var file: String { lines.file }

    /// The location of a byte offset of ``text``.
    public func location(ofOffset offset: Int) -> SourceLocation {
        lines.location(ofByteOffset: baseOffset + offset)
    }

    /// The source text between two byte offsets of ``text``.
    public func slice(_ start: Int, _ end: Int) -> String {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: max(0, min(start, utf8.count)))
        let upper = utf8.index(utf8.startIndex, offsetBy: max(0, min(end, utf8.count)))
        guard lower < upper else { return "" }
        return String(text[lower..<upper])
    }
}
