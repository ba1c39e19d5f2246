/// The four directions a maze character can face.
public enum Direction: String, Hashable, Sendable, CaseIterable, Codable {
    case north, east, south, west

    /// The direction after a quarter turn to the left.
    public var left: Direction {
        switch self {
        case .north: return .west
        case .west: return .south
        case .south: return .east
        case .east: return .north
        }
    }

    /// The direction after a quarter turn to the right.
    public var right: Direction {
        switch self {
        case .north: return .east
        case .east: return .south
        case .south: return .west
        case .west: return .north
        }
    }

    /// Row and column change of one step in this direction (rows grow southwards).
    public var delta: (row: Int, column: Int) {
        switch self {
        case .north: return (-1, 0)
        case .south: return (1, 0)
        case .east: return (0, 1)
        case .west: return (0, -1)
        }
    }
}
