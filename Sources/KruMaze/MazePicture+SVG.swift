import KruCore

extension MazePicture {
    /// Side of one square in SVG user units (pixels at 100 %).
    public static let svgSquareSize = 20

    /// The maze and the run as a self-contained SVG document (`<svg>` root,
    /// no XML declaration, no external references, no `<style>`, no ids), so
    /// the same string is a valid `.svg` file and can be pasted inline into
    /// HTML any number of times per page.
    ///
    /// - Size: ``svgSquareSize`` units per square; `width`/`height` match the
    ///   `viewBox`. The text grows with the maze, not with the run's length:
    ///   walls are merged into row runs and each move between two squares is
    ///   drawn once, even in a 10,000-step endless loop.
    /// - Accessibility: `role="img"` and a `<title>` naming the puzzle and what
    ///   happened ("Straight ahead: the robot hit a wall at step 3"), in
    ///   `language`.
    /// - Marks, each with a `class` for styling and tests: `kru-maze-wall`,
    ///   `kru-maze-visited` (squares stood on), `kru-maze-path` (the line of
    ///   moves), `kru-maze-start`, `kru-maze-finish`, `kru-maze-crash` (a
    ///   square over the wall it hit), `kru-maze-robot` (a triangle facing its
    ///   direction).
    ///
    /// - Parameters:
    ///   - run: the run to draw (`nil`: the maze with the robot on the start).
    ///     Pass a run graded with its trace to see the path.
    public static func svg(puzzle: Puzzle, run: RunResult? = nil, language: Language = .english) -> String {
        let title = "\(puzzle.title.text(language)): \(caption(for: run).text(language))"
        return svg(maze: puzzle.maze, run: run, title: title)
    }

    /// The picture of a graded submission (what reports embed): the run when
    /// the program ran, else the maze with the robot on the start and a title
    /// saying the program was not run.
    public static func svg(puzzle: Puzzle, grade: PuzzleGrade, language: Language = .english) -> String {
        if let result = grade.result { return svg(puzzle: puzzle, run: result, language: language) }
        return svg(maze: puzzle.maze, run: nil, title: "\(puzzle.title.text(language)): \(notRunCaption.text(language))")
    }

    /// ``svg(puzzle:run:language:)`` for a bare maze with a given title.
    public static func svg(maze: Maze, run: RunResult? = nil, title: String) -> String {
        let sketch = RunSketch(maze: maze, run: run, throughStep: nil)
        let size = svgSquareSize
        let width = maze.width * size
        let height = maze.height * size
        func x(_ position: Position) -> Int { position.column * size }
        func y(_ position: Position) -> Int { position.row * size }
        func square(_ position: Position) -> String { "M\(x(position)) \(y(position))h\(size)v\(size)h-\(size)z" }

        var out = ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \##(width) \##(height)" width="\##(width)" height="\##(height)" role="img">"##
        out += "<title>\(escape(title))</title>"
        out += ##"<rect width="\##(width)" height="\##(height)" fill="#f6f1e3"/>"##

        // Walls: one rectangle per run of wall squares in a row.
        var walls = ""
        for row in 0..<maze.height {
            var column = 0
            while column < maze.width {
                guard maze.square(at: Position(row: row, column: column)) == .wall else {
                    column += 1
                    continue
                }
                let first = column
                while column < maze.width, maze.square(at: Position(row: row, column: column)) == .wall { column += 1 }
                walls += "M\(first * size) \(row * size)h\((column - first) * size)v\(size)h-\((column - first) * size)z"
            }
        }
        if !walls.isEmpty { out += ##"<path class="kru-maze-wall" fill="#4a5568" d="\##(walls)"/>"## }

        let visited = sketch.visited.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        out += ##"<path class="kru-maze-visited" fill="#fbd38d" d="\##(visited.map(square).joined())"/>"##

        let finish = maze.finish
        out += ##"<g class="kru-maze-finish"><rect x="\##(x(finish))" y="\##(y(finish))" width="\##(size)" height="\##(size)" fill="#2f855a"/>"##
        out += ##"<path d="M\##(x(finish) + 6) \##(y(finish) + 16)V\##(y(finish) + 4)l9 3.5-9 3.5" fill="#fff" stroke="#fff" stroke-width="1.5" stroke-linejoin="round"/></g>"##

        let half = size / 2
        let start = maze.start
        out += ##"<circle class="kru-maze-start" cx="\##(x(start) + half)" cy="\##(y(start) + half)" r="6" fill="none" stroke="#2b6cb0" stroke-width="2"/>"##

        if !sketch.moves.isEmpty {
            let lines = sketch.moves.map { move in
                "M\(x(move.from) + half) \(y(move.from) + half)L\(x(move.to) + half) \(y(move.to) + half)"
            }
            out += ##"<path class="kru-maze-path" fill="none" stroke="#c05621" stroke-width="3" stroke-linecap="round" d="\##(lines.joined())"/>"##
        }

        if let crash = sketch.crash {
            out += ##"<g class="kru-maze-crash"><rect x="\##(x(crash))" y="\##(y(crash))" width="\##(size)" height="\##(size)" fill="#c53030"/>"##
            out += ##"<path d="M\##(x(crash) + 5) \##(y(crash) + 5)l10 10m0-10l-10 10" stroke="#fff" stroke-width="3" stroke-linecap="round"/></g>"##
        }

        let robot = sketch.robot
        let cx = x(robot) + half
        let cy = y(robot) + half
        // A triangle pointing east, turned to face the robot's direction.
        let turn: Int
        switch sketch.facing {
        case .east: turn = 0
        case .south: turn = 90
        case .west: turn = 180
        case .north: turn = 270
        }
        out += ##"<path class="kru-maze-robot" d="M\##(cx + 7) \##(cy)L\##(cx - 5) \##(cy - 6)L\##(cx - 5) \##(cy + 6)z" transform="rotate(\##(turn) \##(cx) \##(cy))" fill="#2b6cb0" stroke="#fff" stroke-width="1.5" stroke-linejoin="round"/>"##
        out += "</svg>"
        return out
    }

    /// Escapes text for XML character data and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
