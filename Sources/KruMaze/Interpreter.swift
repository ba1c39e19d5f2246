import KruCore

/// One step of a run, as recorded in the trace.
public struct TraceStep: Hashable, Sendable {
    /// What the step did.
    public enum Action: Hashable, Sendable {
        /// Moved one square ahead (`landed` is the new square).
        case move
        /// Tried to move into a wall: the run stops.
        case crash
        case turnLeft, turnRight
        /// An `if` looked for a path; `open` is the answer.
        case check(open: Bool)
        /// A loop block started.
        case loopStart
        /// A loop began another round.
        case loopRound
    }

    /// 1-based step number.
    public var step: Int
    public var action: Action
    /// Where the character is after the step.
    public var position: Position
    /// Which way it faces after the step.
    public var direction: Direction
    /// Index into ``CompiledProgram/blocks`` of the block that made the step.
    public var block: Int
}

/// What happened when a program ran.
public struct RunResult: Hashable, Sendable {
    /// `solved`, `crash`, `timeout` or `stopped`.
    public var outcome: RunSummary.Outcome
    /// Steps taken (at most the step budget).
    public var steps: Int
    /// Where the character ended.
    public var position: Position
    public var direction: Direction
    /// Index into ``CompiledProgram/blocks`` of the block the run ended on (the
    /// last block that made a step); `nil` for an empty program.
    public var block: Int?
    /// The wall square the character bumped into, on a crash.
    public var crashSquare: Position?
    /// Every step, in order (empty when tracing was turned off).
    public var trace: [TraceStep]
}

/// Runs compiled programs on a maze: deterministic, bounded by a step
/// budget, and never recursive.
///
/// Every executed block and every loop round costs one step. The run ends
/// the moment a move lands on the finish (solved), when a move hits a wall
/// (crash), when the budget is used up (timeout: an endless loop), or when
/// the program runs out of blocks (stopped).
public struct Interpreter: Sendable {
    /// Steps after which a run stops as an endless loop.
    public static let defaultStepLimit = 10_000

    public var maze: Maze
    public var stepLimit: Int
    /// Whether to record every step (turn off for benchmarks).
    public var recordsTrace: Bool

    public init(maze: Maze, stepLimit: Int = Interpreter.defaultStepLimit, recordsTrace: Bool = true) {
        self.maze = maze
        self.stepLimit = stepLimit
        self.recordsTrace = recordsTrace
    }

    public func run(_ program: CompiledProgram) -> RunResult {
        let code = program.code
        var position = maze.start
        var direction = maze.startDirection
        var steps = 0
        var trace: [TraceStep] = []
        var counters: [Int] = []
        var pc = 0
        var lastBlock: Int?

        func result(_ outcome: RunSummary.Outcome, crash: Position? = nil) -> RunResult {
            RunResult(outcome: outcome, steps: steps, position: position, direction: direction,
                      block: lastBlock, crashSquare: crash, trace: trace)
        }

        while pc < code.count {
            let instruction = code[pc]
            // Jumps are free; everything else is a step.
            if case .jump(let target) = instruction {
                pc = target
                continue
            }
            let block = instruction.block
            // Leaving a finished `repeat` costs nothing.
            if case .repeatNext(_, let exit) = instruction, counters.last == 0 {
                counters.removeLast()
                pc = exit
                continue
            }
            if case .foreverNext(_, let exit) = instruction, position == maze.finish {
                pc = exit
                continue
            }
            guard steps < stepLimit else {
                lastBlock = block
                return result(.timeout)
            }
            steps += 1
            lastBlock = block
            var action: TraceStep.Action
            switch instruction {
            case .move:
                let next = position.moved(direction)
                guard maze.isOpen(next) else {
                    if recordsTrace {
                        trace.append(TraceStep(step: steps, action: .crash, position: position, direction: direction, block: block))
                    }
                    return result(.crash, crash: next)
                }
                position = next
                action = .move
                if position == maze.finish {
                    if recordsTrace {
                        trace.append(TraceStep(step: steps, action: action, position: position, direction: direction, block: block))
                    }
                    return result(.solved)
                }
                pc += 1
            case .turn(_, let right):
                direction = right ? direction.right : direction.left
                action = right ? .turnRight : .turnLeft
                pc += 1
            case .branch(_, let condition, let otherwise):
                let looking: Direction
                switch condition {
                case .ahead: looking = direction
                case .left: looking = direction.left
                case .right: looking = direction.right
                }
                let open = maze.isOpen(position.moved(looking))
                action = .check(open: open)
                pc = open ? pc + 1 : otherwise
            case .repeatStart(_, let count):
                counters.append(count)
                action = .loopStart
                pc += 1
            case .repeatNext:
                counters[counters.count - 1] -= 1
                action = .loopRound
                pc += 1
            case .foreverStart:
                action = .loopStart
                pc += 1
            case .foreverNext:
                action = .loopRound
                pc += 1
            case .jump:
                preconditionFailure("jumps are handled above")
            }
            if recordsTrace {
                trace.append(TraceStep(step: steps, action: action, position: position, direction: direction, block: block))
            }
        }
        return result(position == maze.finish ? .solved : .stopped)
    }
}

extension Instruction {
    /// The block an instruction belongs to (`-1` for jumps).
    var block: Int {
        switch self {
        case .move(let block), .turn(let block, _), .branch(let block, _, _), .repeatStart(let block, _),
             .repeatNext(let block, _), .foreverStart(let block), .foreverNext(let block, _):
            return block
        case .jump:
            return -1
        }
    }
}
