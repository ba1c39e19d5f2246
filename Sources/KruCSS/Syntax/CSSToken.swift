/// One token of CSS Syntax Level 3, with the UTF-8 byte range it came from.
public struct CSSToken: Hashable, Sendable {
    /// The kinds of tokens of CSS Syntax Level 3 §4.
    public enum Kind: Hashable, Sendable {
        case ident
        case function
        case atKeyword
        /// `#name`; `isID` when the name would be a valid identifier (type flag "id").
        case hash(isID: Bool)
        case string
        case badString
        case url
        case badURL
        case delim
        case number
        case percentage
        case dimension
        case whitespace
        case cdo
        case cdc
        case colon
        case semicolon
        case comma
        case openSquare
        case closeSquare
        case openParen
        case closeParen
        case openCurly
        case closeCurly
    }

    public var kind: Kind
    /// Identifier, function name (without `(`), at-keyword/hash name, string or
    /// URL contents with escapes decoded; the character for delims; the unit
    /// for dimensions.
    public var value: String
    /// The numeric value of numbers, percentages and dimensions.
    public var number: Double
    /// Whether a number was written as an integer (no `.` or exponent).
    public var isInteger: Bool
    /// UTF-8 byte offset of the first byte of the token.
    public var start: Int
    /// UTF-8 byte offset just after the token.
    public var end: Int

    public init(kind: Kind, value: String = "", number: Double = 0, isInteger: Bool = false, start: Int, end: Int) {
        self.kind = kind
        self.value = value
        self.number = number
        self.isInteger = isInteger
        self.start = start
        self.end = end
    }

    /// Whether this is a delim token holding `character`.
    public func isDelim(_ character: Character) -> Bool { kind == .delim && value == String(character) }

    /// Whether this is an identifier equal to `name` (ASCII case-insensitive).
    public func isIdent(_ name: String) -> Bool { kind == .ident && value.lowercased() == name }
}
