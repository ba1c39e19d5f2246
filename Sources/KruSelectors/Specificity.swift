/// The specificity of a selector: (ids, classes/attributes/pseudo-classes,
/// types/pseudo-elements), compared component by component.
public struct Specificity: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var ids: Int
    public var classes: Int
    public var types: Int

    public init(ids: Int = 0, classes: Int = 0, types: Int = 0) {
        self.ids = ids
        self.classes = classes
        self.types = types
    }

    public static let zero = Specificity()

    public static func < (lhs: Specificity, rhs: Specificity) -> Bool {
        (lhs.ids, lhs.classes, lhs.types) < (rhs.ids, rhs.classes, rhs.types)
    }

    public static func + (lhs: Specificity, rhs: Specificity) -> Specificity {
        Specificity(ids: lhs.ids + rhs.ids, classes: lhs.classes + rhs.classes, types: lhs.types + rhs.types)
    }

    /// `(1,2,0)`
    public var description: String { "(\(ids),\(classes),\(types))" }
}
