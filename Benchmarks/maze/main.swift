// kru-bench-maze: grades a large generated set of block programs over the
// pack's maze puzzles, and runs the interpreter alone on the same programs.
//
//   swift build -c release --product kru-bench-maze
//   .build/release/kru-bench-maze [--count 20000] [--jobs N] [--pack DIR] [--seed N]
//
// The programs are generated from a fixed seed (the same set on every run):
// random stacks of every block type (moves, turns, counted repeats, repeat
// until finish, if / if-else on every path), up to 4 levels deep, written
// in turn as kru's text form, Blockly XML and Blockly JSON; plus every
// reference solution and known-wrong program of the pack. Many random
// programs crash early; many loop until the 10,000-step budget.
//
// Prints, for grading (bytes → load → validate → compile → run with trace →
// checks, as `kru check` and `kru grade` do): programs per second on one
// thread and on --jobs threads; and for the interpreter alone (compiled
// programs, no trace): programs and interpreter steps per second.
import Dispatch
import Foundation
import KruBenchSupport
import KruCore
import KruMaze
import KruPack

struct Arguments {
    var count = 20_000
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var pack = FileManager.default.currentDirectoryPath
    var seed: UInt64 = 2026

    init() {
        var iterator = CommandLine.arguments.dropFirst().makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--count": count = Int(iterator.next() ?? "") ?? count
            case "--jobs": jobs = Int(iterator.next() ?? "") ?? jobs
            case "--pack": pack = iterator.next() ?? pack
            case "--seed": seed = UInt64(iterator.next() ?? "") ?? seed
            default:
                FileHandle.standardError.write(Data("usage: kru-bench-maze [--count N] [--jobs N] [--pack DIR] [--seed N]\n".utf8))
                exit(2)
            }
        }
    }
}

/// SplitMix64: a small deterministic generator.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A generated statement.
indirect enum Statement {
    case forward
    case turn(right: Bool)
    case repeatTimes(Int, [Statement])
    case untilFinish([Statement])
    case ifPath(String, [Statement], [Statement]?)
}

func generate(_ random: inout SplitMix, depth: Int) -> [Statement] {
    let length = Int.random(in: 1...(depth == 0 ? 6 : 3), using: &random)
    return (0..<length).map { _ in
        let roll = Int.random(in: 0..<(depth >= 3 ? 6 : 10), using: &random)
        switch roll {
        case 0...2: return .forward
        case 3...5: return .turn(right: Bool.random(using: &random))
        case 6: return .repeatTimes(Int.random(in: 0...6, using: &random), generate(&random, depth: depth + 1))
        case 7: return .untilFinish(generate(&random, depth: depth + 1))
        default:
            let direction = ["isPathForward", "isPathLeft", "isPathRight"].randomElement(using: &random)!
            return .ifPath(
                direction, generate(&random, depth: depth + 1),
                Bool.random(using: &random) ? generate(&random, depth: depth + 1) : nil)
        }
    }
}

func text(_ statements: [Statement]) -> String {
    statements.map { statement -> String in
        switch statement {
        case .forward: return "forward"
        case .turn(let right): return right ? "turn right" : "turn left"
        case .repeatTimes(let count, let body): return "repeat \(count) { \(text(body)) }"
        case .untilFinish(let body): return "until finish { \(text(body)) }"
        case .ifPath(let direction, let body, let otherwise):
            let word = ["isPathForward": "ahead", "isPathLeft": "left", "isPathRight": "right"][direction]!
            return "if path \(word) { \(text(body)) }" + (otherwise.map { " else { \(text($0)) }" } ?? "")
        }
    }.joined(separator: "\n")
}

func xml(_ statements: [Statement], ids: inout Int) -> String {
    guard let first = statements.first else { return "" }
    ids += 1
    let id = "b\(ids)"
    var out: String
    switch first {
    case .forward: out = #"<block type="maze_moveForward" id="\#(id)">"#
    case .turn(let right):
        out = #"<block type="maze_turn" id="\#(id)"><field name="DIR">\#(right ? "turnRight" : "turnLeft")</field>"#
    case .repeatTimes(let count, let body):
        out = #"<block type="controls_repeat_ext" id="\#(id)"><value name="TIMES"><shadow type="math_number" id="\#(id)n"><field name="NUM">\#(count)</field></shadow></value><statement name="DO">\#(xml(body, ids: &ids))</statement>"#
    case .untilFinish(let body):
        out = #"<block type="maze_forever" id="\#(id)"><statement name="DO">\#(xml(body, ids: &ids))</statement>"#
    case .ifPath(let direction, let body, let otherwise):
        out = #"<block type="\#(otherwise == nil ? "maze_if" : "maze_ifElse")" id="\#(id)"><field name="DIR">\#(direction)</field><statement name="DO">\#(xml(body, ids: &ids))</statement>"#
        if let otherwise { out += #"<statement name="ELSE">\#(xml(otherwise, ids: &ids))</statement>"# }
    }
    if statements.count > 1 { out += "<next>\(xml(Array(statements.dropFirst()), ids: &ids))</next>" }
    return out + "</block>"
}

func json(_ statements: [Statement], ids: inout Int) -> String {
    guard let first = statements.first else { return "null" }
    ids += 1
    var fields: [String] = [#""type":"\#(typeName(first))""#, #""id":"j\#(ids)""#]
    switch first {
    case .forward: break
    case .turn(let right): fields.append(#""fields":{"DIR":"\#(right ? "turnRight" : "turnLeft")"}"#)
    case .repeatTimes(let count, let body):
        fields.append(#""fields":{"TIMES":\#(count)}"#)
        fields.append(#""inputs":{"DO":{"block":\#(json(body, ids: &ids))}}"#)
    case .untilFinish(let body):
        fields.append(#""inputs":{"DO":{"block":\#(json(body, ids: &ids))}}"#)
    case .ifPath(let direction, let body, let otherwise):
        fields.append(#""fields":{"DIR":"\#(direction)"}"#)
        var inputs = #""DO":{"block":\#(json(body, ids: &ids))}"#
        if let otherwise { inputs += #","ELSE":{"block":\#(json(otherwise, ids: &ids))}"# }
        fields.append(#""inputs":{\#(inputs)}"#)
    }
    if statements.count > 1 { fields.append(#""next":{"block":\#(json(Array(statements.dropFirst()), ids: &ids))}"#) }
    return "{" + fields.joined(separator: ",") + "}"
}

func typeName(_ statement: Statement) -> String {
    switch statement {
    case .forward: return "maze_moveForward"
    case .turn: return "maze_turn"
    case .repeatTimes: return "controls_repeat"
    case .untilFinish: return "maze_forever"
    case .ifPath(_, _, let otherwise): return otherwise == nil ? "maze_if" : "maze_ifElse"
    }
}

let arguments = Arguments()
let pack = try Pack.load(root: URL(fileURLWithPath: arguments.pack, isDirectory: true))
let mazes = pack.exercises.filter { $0.kind == .maze }
guard !mazes.isEmpty else {
    FileHandle.standardError.write(Data("kru-bench-maze: no maze exercises in \(arguments.pack) (use --pack DIR)\n".utf8))
    exit(2)
}
let graders: [PuzzleGrader] = try mazes.map { exercise in
    let yaml = try String(contentsOf: exercise.graderDirectory.appendingPathComponent("puzzle.yaml"), encoding: .utf8)
    return PuzzleGrader(puzzle: try Puzzle.load(
        exerciseYAML: exercise.exerciseYAML, exerciseFile: exercise.exerciseFile, graderYAML: yaml, graderFile: "puzzle.yaml"))
}

// The programs: the pack's own, then generated ones in the three formats.
var programs: [(file: String, data: Data)] = []
for exercise in mazes {
    let folder = exercise.graderDirectory
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix("solution.") }.map { folder.appendingPathComponent($0) }
        + ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("wrong").path)) ?? [])
            .filter { !$0.hasSuffix(".yaml") }.map { folder.appendingPathComponent("wrong/\($0)") }
    for url in names { if let data = try? Data(contentsOf: url) { programs.append((url.lastPathComponent, data)) } }
}
var random = SplitMix(state: arguments.seed)
while programs.count < arguments.count {
    let statements = generate(&random, depth: 0)
    var ids = 0
    switch programs.count % 3 {
    case 0: programs.append(("p.txt", Data(text(statements).utf8)))
    case 1: programs.append(("p.xml", Data("<xml>\(xml(statements, ids: &ids))</xml>".utf8)))
    default: programs.append(("p.json", Data(#"{"blocks":{"languageVersion":0,"blocks":[\#(json(statements, ids: &ids))]}}"#.utf8)))
    }
}
let bytes = programs.reduce(0) { $0 + $1.data.count }
print("kru-bench-maze: \(programs.count) programs (\(bytes / 1024) KiB: text, Blockly XML, Blockly JSON) × \(graders.count) puzzles, round robin")

// 1. Grading on one thread.
var outcomes: [RunSummary.Outcome: Int] = [:]
var gradedSteps = 0
var perFormat: [String: (count: Int, seconds: Double)] = [:]
let single = seconds {
    for (index, program) in programs.enumerated() {
        let grader = graders[index % graders.count]
        var grade: PuzzleGrade?
        let time = seconds { grade = grader.grade(SubmissionFiles(origin: "bench", files: [program.file: program.data])) }
        let format = (program.file as NSString).pathExtension
        perFormat[format, default: (0, 0)].count += 1
        perFormat[format, default: (0, 0)].seconds += time
        outcomes[grade!.run.outcome, default: 0] += 1
        gradedSteps += grade!.run.steps
    }
}
let summary = outcomes.sorted { $0.value > $1.value }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
print("outcomes: \(summary); \(gradedSteps) interpreter steps in all")
print(String(format: "grade, 1 thread:   %8.0f programs/s  (%.2f s)", Double(programs.count) / single, single))
for (format, total) in perFormat.sorted(by: { $0.key < $1.key }) {
    print(String(format: "  .%-5@ %8.0f programs/s", format, Double(total.count) / total.seconds))
}

// 2. Grading on --jobs threads.
let shared = programs
let parallelSeconds = seconds {
    parallel(shared.count, jobs: arguments.jobs) { index in
        let grader = graders[index % graders.count]
        _ = grader.grade(SubmissionFiles(origin: "bench", files: [shared[index].file: shared[index].data]))
    }
}
print(String(format: "grade, %d threads: %8.0f programs/s  (%.2f s)", arguments.jobs, Double(programs.count) / parallelSeconds, parallelSeconds))

// 3. The interpreter alone, on the compiled programs, without a trace.
var compiled: [(Interpreter, CompiledProgram)] = []
for (index, program) in programs.enumerated() {
    guard let loaded = try? ProgramLoader.load(data: program.data, file: program.file), loaded.stacks.count == 1,
          let code = try? CompiledProgram.compile(loaded) else { continue }
    compiled.append((Interpreter(maze: graders[index % graders.count].puzzle.maze, recordsTrace: false), code))
}
var steps = 0
let interpreting = seconds {
    for (interpreter, code) in compiled { steps += interpreter.run(code).steps }
}
print(String(format: "interpreter alone: %8.0f programs/s, %.1f million steps/s  (%d programs, %d steps, %.2f s)",
             Double(compiled.count) / interpreting, Double(steps) / interpreting / 1e6, compiled.count, steps, interpreting))
var tracedSteps = 0
let tracing = seconds {
    for (interpreter, code) in compiled {
        var traced = interpreter
        traced.recordsTrace = true
        tracedSteps += traced.run(code).steps
    }
}
print(String(format: "with trace:        %8.0f programs/s, %.1f million steps/s", Double(compiled.count) / tracing, Double(tracedSteps) / tracing / 1e6))
