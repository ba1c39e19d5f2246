import KruCore

/// An element of a parsed XML document, as an immutable Swift value.
///
/// Produced by the safe XML reader; holds no C pointers.
public struct XMLElement: Hashable, Sendable {
    /// Local name, without namespace prefix (`block`, not `xml:block`).
    public var name: String
    /// Attributes by local name.
    public var attributes: XMLAttributes
    /// Child elements in order.
    public var children: [XMLElement]
    /// Concatenated text directly inside this element.
    public var text: String
    /// Where the start tag is.
    public var location: SourceLocation?

    public init(
        name: String,
        attributes: XMLAttributes = [:],
        children: [XMLElement] = [],
        text: String = "",
        location: SourceLocation? = nil
    ) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.text = text
        self.location = location
    }

    /// Child elements with a name.
    public func children(named name: String) -> [XMLElement] { children.filter { $0.name == name } }

    /// The first child element with a name.
    public func child(named name: String) -> XMLElement? { children.first { $0.name == name } }
}
