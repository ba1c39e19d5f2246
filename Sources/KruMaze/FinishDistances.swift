/// How many moves each square is from a maze's finish, found once per puzzle
/// by one search from the finish, so that feedback need not search the maze
/// again for every program that stops short.
///
/// Gives exactly ``Maze/distance(from:to:)`` to the finish: squares the
/// search from the finish does not reach (walls, squares cut off, every
/// square but the finish when the finish is a wall) are searched for as before.
struct FinishDistances: Sendable {
    let maze: Maze
    private let moves: [Position: Int]

    init(maze: Maze) {
        self.maze = maze
        var moves = [maze.finish: 0]
        // Moves between open squares go both ways, so the moves from a square
        // to an open finish are the moves from the finish to that square.
        if maze.isOpen(maze.finish) {
            var frontier = [maze.finish]
            var distance = 0
            while !frontier.isEmpty {
                distance += 1
                var next: [Position] = []
                for position in frontier {
                    for direction in Direction.allCases {
                        let neighbour = position.moved(direction)
                        if maze.isOpen(neighbour), moves[neighbour] == nil {
                            moves[neighbour] = distance
                            next.append(neighbour)
                        }
                    }
                }
                frontier = next
            }
        }
        self.moves = moves
    }

    /// The number of moves on the shortest path from a square to the finish,
    /// or `nil` when walls separate them.
    func distance(from position: Position) -> Int? {
        moves[position] ?? maze.distance(from: position, to: maze.finish)
    }
}
