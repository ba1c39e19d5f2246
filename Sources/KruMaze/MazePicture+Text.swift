import KruCore

extension MazePicture {
    /// How a terminal picture is drawn.
    public struct TextStyle: Hashable, Sendable {
        /// Only ASCII characters (`#` walls, `o` path, `X` crash, `> < ^ v`
        /// robot) instead of Unicode blocks and arrows.
        public var ascii: Bool
        /// ANSI colour escapes (leave off when output is not a terminal).
        public var color: Bool

        public init(ascii: Bool = false, color: Bool = false) {
            self.ascii = ascii
            self.color = color
        }

        /// Unicode, no colour.
        public static let plain = TextStyle()
        /// Unicode with ANSI colour.
        public static let colored = TextStyle(color: true)
        /// ASCII only, no colour.
        public static let asciiOnly = TextStyle(ascii: true)
    }

    /// The maze as a text grid, one line per row of the map (no trailing
    /// newline), two characters per square: the square's mark and a space
    /// (walls are filled: `██` or `##`).
    ///
    /// Marks (Unicode / ASCII): wall `█`/`#`, open ` `, path taken `·`/`o`,
    /// start `S`, finish `F`, the robot `▶ ◀ ▲ ▼` / `> < ^ v` facing its
    /// direction, the wall it crashed into `✗`/`X`.
    ///
    /// - Parameters:
    ///   - run: the run to draw (`nil`: the maze with the robot on the start).
    ///   - throughStep: draw the state after this step (one frame of an
    ///     animation); `nil` draws the end of the run.
    public static func text(
        puzzle: Puzzle, run: RunResult? = nil, throughStep: Int? = nil, style: TextStyle = .plain
    ) -> String {
        text(maze: puzzle.maze, run: run, throughStep: throughStep, style: style)
    }

    /// ``text(puzzle:run:throughStep:style:)`` for a bare maze.
    public static func text(
        maze: Maze, run: RunResult? = nil, throughStep: Int? = nil, style: TextStyle = .plain
    ) -> String {
        let sketch = RunSketch(maze: maze, run: run, throughStep: throughStep)
        var lines: [String] = []
        lines.reserveCapacity(maze.height)
        for row in 0..<maze.height {
            // Runs of squares with the same colour share one escape sequence.
            var runs: [(paint: Paint, text: String)] = []
            for column in 0..<maze.width {
                let position = Position(row: row, column: column)
                let (mark, paint) = square(position, maze: maze, sketch: sketch, ascii: style.ascii)
                let cell = mark == Glyph.wall || mark == Glyph.asciiWall ? String([mark, mark]) : "\(mark) "
                if let last = runs.last, last.paint == paint {
                    runs[runs.count - 1].text += cell
                } else {
                    runs.append((paint, cell))
                }
            }
            // Trailing spaces carry no picture.
            while let last = runs.last, last.paint == .none, last.text.allSatisfy({ $0 == " " }) { runs.removeLast() }
            if let last = runs.last, last.text.hasSuffix(" ") {
                runs[runs.count - 1].text = String(last.text.reversed().drop { $0 == " " }.reversed())
            }
            lines.append(runs.map { run in
                style.color && run.paint != .none ? "\u{1B}[\(run.paint.rawValue)m\(run.text)\u{1B}[0m" : run.text
            }.joined())
        }
        return lines.joined(separator: "\n")
    }

    /// One line explaining the marks of ``text(puzzle:run:throughStep:style:)``.
    public static func legend(_ language: Language, style: TextStyle = .plain) -> String {
        let path = style.ascii ? "o" : "·"
        let robot = style.ascii ? ">" : "▶"
        let crash = style.ascii ? "X" : "✗"
        let text = LocalizedText(
            en: "S start  F finish  \(path) path taken  \(robot) robot  \(crash) crash",
            km: "S ចំណុចចាប់ផ្ដើម  F ទីបញ្ចប់  \(path) ផ្លូវដែលបានដើរ  \(robot) រ៉ូបូត  \(crash) កន្លែងបុក")
        return text.text(language)
    }

    private enum Glyph {
        static let wall: Character = "█"
        static let asciiWall: Character = "#"
    }

    /// ANSI SGR codes of the marks.
    private enum Paint: String {
        case none = ""
        case wall = "90"
        case path = "33"
        case start = "36"
        case finish = "1;32"
        case robot = "1;34"
        case crash = "1;31"
    }

    private static func square(
        _ position: Position, maze: Maze, sketch: RunSketch, ascii: Bool
    ) -> (Character, Paint) {
        if position == sketch.crash { return (ascii ? "X" : "✗", .crash) }
        if position == sketch.robot {
            let arrow: Character = ascii ? sketch.facing.arrow : sketch.facing.triangle
            return (arrow, position == maze.finish ? .finish : .robot)
        }
        switch maze.square(at: position) {
        case .wall: return (ascii ? Glyph.asciiWall : Glyph.wall, .wall)
        case .finish: return ("F", .finish)
        case .open:
            if position == maze.start { return ("S", .start) }
            if sketch.visited.contains(position) { return (ascii ? "o" : "·", .path) }
            return (" ", .none)
        }
    }
}

extension Direction {
    /// A Unicode triangle pointing this way (`▲ ▶ ▼ ◀`).
    var triangle: Character {
        switch self {
        case .north: return "▲"
        case .east: return "▶"
        case .south: return "▼"
        case .west: return "◀"
        }
    }
}
