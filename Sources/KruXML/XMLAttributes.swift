/// The attributes of an element by local name (namespace prefixes dropped).
///
/// Reads like a `[String: String]` (`attributes["type"]`, a dictionary
/// literal, `==` that ignores order) but is kept as a short list in document
/// order: elements have a handful of attributes, and a list is much cheaper
/// to build and to search than a dictionary.
public struct XMLAttributes: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral, CustomStringConvertible {
    /// One attribute.
    public struct Attribute: Hashable, Sendable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    private var list: [Attribute]

    /// No attributes.
    public init() { list = [] }

    /// Attributes from name–value pairs; a name given twice keeps its last value.
    public init(_ pairs: some Sequence<(String, String)>) {
        list = []
        for (name, value) in pairs { self[name] = value }
    }

    public init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    /// Room for `count` attributes.
    init(capacity: Int) {
        list = []
        list.reserveCapacity(capacity)
    }

    /// Adds an attribute whose name is not there yet.
    mutating func appendNew(name: String, value: String) {
        list.append(Attribute(name: name, value: value))
    }

    /// The value of an attribute, or `nil` when the element has none by that name.
    public subscript(name: String) -> String? {
        get { list.first { $0.name == name }?.value }
        set {
            if let index = list.firstIndex(where: { $0.name == name }) {
                if let newValue { list[index].value = newValue } else { list.remove(at: index) }
            } else if let newValue {
                list.append(Attribute(name: name, value: newValue))
            }
        }
    }

    public var count: Int { list.count }
    public var isEmpty: Bool { list.isEmpty }

    /// The attributes in document order.
    public func makeIterator() -> IndexingIterator<[Attribute]> { list.makeIterator() }

    /// Equal when they hold the same names with the same values, in any order.
    public static func == (lhs: XMLAttributes, rhs: XMLAttributes) -> Bool {
        lhs.count == rhs.count && lhs.list.allSatisfy { rhs[$0.name] == $0.value }
    }

    public func hash(into hasher: inout Hasher) {
        // Order-blind: combine the attributes' own hashes commutatively.
        var combined = 0
        for attribute in list { combined ^= attribute.hashValue }
        hasher.combine(count)
        hasher.combine(combined)
    }

    /// `["name": "value", …]`, in document order.
    public var description: String {
        list.isEmpty ? "[:]" : "[" + list.map { "\($0.name.debugDescription): \($0.value.debugDescription)" }.joined(separator: ", ") + "]"
    }
}
