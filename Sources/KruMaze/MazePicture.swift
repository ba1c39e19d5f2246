import KruCore

/// Pictures of a puzzle and a run: the maze, the path the robot took, the
/// start, the finish, the crash point, and where the robot ended and which
/// way it faces.
///
/// Two renderings of the same drawing, both pure functions of their inputs:
/// - ``text(puzzle:run:throughStep:style:)``: a plain-text grid for the
///   terminal (Unicode or ASCII, optional ANSI colour), two characters per
///   square; with `throughStep` it draws one frame of an animation.
/// - ``svg(puzzle:run:language:)``: a small self-contained SVG document for
///   files and HTML reports.
///
/// The path is drawn from the run's trace (``RunResult/trace``); a run graded
/// without a trace shows only where the robot ended.
public enum MazePicture {
    /// A short caption for a run ("the robot hit a wall at step 6"), used as
    /// the SVG title; `nil` run gives "the maze before the program runs".
    public static func caption(for run: RunResult?) -> LocalizedText {
        guard let run else {
            return LocalizedText(en: "the maze before the program runs", km: "ផ្លូវវង្វេងមុនពេលកម្មវិធីដំណើរការ")
        }
        let steps = run.steps
        switch run.outcome {
        case .solved:
            return LocalizedText(
                en: "the robot reached the finish at step \(steps)",
                km: "រ៉ូបូតបានទៅដល់ទីបញ្ចប់នៅជំហានទី \(steps)")
        case .crash:
            return LocalizedText(
                en: "the robot hit a wall at step \(steps)",
                km: "រ៉ូបូតបុកជញ្ជាំងនៅជំហានទី \(steps)")
        case .timeout:
            return LocalizedText(
                en: "an endless loop: stopped after \(steps) steps",
                km: "រង្វិលជុំគ្មានទីបញ្ចប់: បានបញ្ឈប់ក្រោយ \(steps) ជំហាន")
        case .stopped:
            return LocalizedText(
                en: "the robot stopped before the finish after \(steps) steps",
                km: "រ៉ូបូតឈប់មុនទីបញ្ចប់ក្រោយ \(steps) ជំហាន")
        case .notRun:
            return notRunCaption
        }
    }
}

extension MazePicture {
    static let notRunCaption = LocalizedText(en: "the program was not run", km: "កម្មវិធីមិនត្រូវបានដំណើរការទេ")
}

/// What a picture shows, worked out once from the maze and the trace.
struct RunSketch {
    /// Squares the robot stood on (the start included).
    var visited: Set<Position>
    /// Moves between squares, each pair once, in the order first taken.
    var moves: [(from: Position, to: Position)]
    /// Where the robot is and which way it faces.
    var robot: Position
    var facing: Direction
    /// The wall square it bumped into, when it has crashed.
    var crash: Position?

    /// The state after step `throughStep` (the whole run when `nil`).
    init(maze: Maze, run: RunResult?, throughStep: Int?) {
        visited = [maze.start]
        moves = []
        robot = maze.start
        facing = maze.startDirection
        crash = nil
        guard let run else { return }
        var seenMoves: Set<[Int]> = []
        for step in run.trace {
            if let throughStep, step.step > throughStep { break }
            if step.action == .move, step.position != robot {
                let key = [robot.row, robot.column, step.position.row, step.position.column]
                let reverse = [key[2], key[3], key[0], key[1]]
                if !seenMoves.contains(reverse), seenMoves.insert(key).inserted {
                    moves.append((robot, step.position))
                }
                visited.insert(step.position)
            }
            if step.action == .crash { crash = step.position.moved(step.direction) }
            robot = step.position
            facing = step.direction
        }
        if throughStep == nil || run.trace.isEmpty {
            robot = run.position
            facing = run.direction
            visited.insert(run.position)
            crash = run.crashSquare
        }
    }
}
