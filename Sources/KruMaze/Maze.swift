/// A square of the maze grid: row 0 is the top row, column 0 the left column.
public struct Position: Hashable, Sendable, Codable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// The square one step away in a direction.
    public func moved(_ direction: Direction) -> Position {
        let delta = direction.delta
        return Position(row: row + delta.row, column: column + delta.column)
    }

    public var description: String { "(\(row), \(column))" }
}

/// The world of a maze puzzle: walls, open squares, the start and the finish.
///
/// Everything outside the drawn grid is wall.
public struct Maze: Hashable, Sendable {
    /// What one square of the map is.
    public enum Square: Hashable, Sendable {
        case wall, open, finish
    }

    /// Rows of squares, top row first; every row has ``width`` squares.
    public let squares: [[Square]]
    public let start: Position
    public let startDirection: Direction
    public let finish: Position

    public init(squares: [[Square]], start: Position, startDirection: Direction, finish: Position) {
        self.squares = squares
        self.start = start
        self.startDirection = startDirection
        self.finish = finish
    }

    public var height: Int { squares.count }
    public var width: Int { squares.first?.count ?? 0 }

    /// The square at a position (wall outside the grid).
    public func square(at position: Position) -> Square {
        guard position.row >= 0, position.row < squares.count,
              position.column >= 0, position.column < squares[position.row].count
        else { return .wall }
        return squares[position.row][position.column]
    }

    /// Whether the character can stand on a position.
    public func isOpen(_ position: Position) -> Bool { square(at: position) != .wall }

    /// Whether the finish can be reached from the start, moving between open squares.
    public var finishIsReachable: Bool {
        var seen: Set<Position> = [start]
        var queue = [start]
        var index = 0
        while index < queue.count {
            let current = queue[index]
            index += 1
            if current == finish { return true }
            for direction in Direction.allCases {
                let next = current.moved(direction)
                if isOpen(next), seen.insert(next).inserted { queue.append(next) }
            }
        }
        return false
    }

    /// The map as ASCII art, in the puzzle-file notation.
    public var map: String {
        squares.enumerated().map { row, line in
            String(line.enumerated().map { column, square -> Character in
                if Position(row: row, column: column) == start { return startDirection.arrow }
                switch square {
                case .wall: return "#"
                case .open: return "."
                case .finish: return "F"
                }
            })
        }.joined(separator: "\n")
    }
}

extension Direction {
    /// The map character of a start facing this way.
    public var arrow: Character {
        switch self {
        case .north: return "^"
        case .east: return ">"
        case .south: return "v"
        case .west: return "<"
        }
    }

    /// The direction a start arrow faces, or `nil` when the character is not an arrow.
    public init?(arrow: Character) {
        switch arrow {
        case "^": self = .north
        case ">": self = .east
        case "v": self = .south
        case "<": self = .west
        default: return nil
        }
    }
}
