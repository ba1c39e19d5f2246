/// A component value of CSS Syntax Level 3: a preserved token, a function
/// with its arguments, or a `()`/`[]`/`{}` block with its contents.
public struct ComponentValue: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case token
        case function
        case block
    }

    public var kind: Kind
    /// The token itself; for functions the function token; for blocks the opening token.
    public var token: CSSToken
    /// Arguments of a function, contents of a block.
    public var children: [ComponentValue]
    /// Byte offset just after the value (after the closing `)`/`]`/`}` when there is one).
    public var end: Int
    /// For functions and blocks: whether the closing token was found before the end of input.
    public var closed: Bool

    public init(token: CSSToken) {
        self.kind = .token
        self.token = token
        self.children = []
        self.end = token.end
        self.closed = true
    }

    public init(kind: Kind, token: CSSToken, children: [ComponentValue], end: Int, closed: Bool) {
        self.kind = kind
        self.token = token
        self.children = children
        self.end = end
        self.closed = closed
    }

    /// Byte offset where the value starts.
    public var start: Int { token.start }

    /// Whether this is a whitespace token.
    public var isWhitespace: Bool { kind == .token && token.kind == .whitespace }

    /// Whether this is a function called `name` (ASCII case-insensitive).
    public func isFunction(_ name: String) -> Bool { kind == .function && token.value.lowercased() == name }

    /// Whether this is a `{}` block.
    public var isCurlyBlock: Bool { kind == .block && token.kind == .openCurly }
}

extension Array where Element == ComponentValue {
    /// The values without leading and trailing whitespace.
    func trimmingWhitespace() -> ArraySlice<ComponentValue> {
        var slice = self[...]
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return slice
    }

    /// The values without any whitespace tokens (top level only).
    var nonWhitespace: [ComponentValue] { filter { !$0.isWhitespace } }
}
