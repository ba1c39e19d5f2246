import Foundation
import KruCore

/// The result of grading one puzzle submission.
public struct PuzzleGrade: Hashable, Sendable {
    /// `solved`, `one-stack`, `max-blocks`, `no-empty-blocks`, then `uses-<kind>` when the puzzle requires one.
    public var checks: [CheckResult]
    /// Program problems (broken blocks, unreadable file), as findings.
    public var diagnostics: [Finding]
    /// What happened when the program ran.
    public var run: RunSummary
    /// The program, when it could be read (for pictures and reports).
    public var program: Program?
    /// The compiled stack that ran, when it ran.
    public var compiled: CompiledProgram?
    /// The full run with its trace, when it ran.
    public var result: RunResult?
}

/// Grades block programs against a ``Puzzle`` with the code.org-style checks.
public struct PuzzleGrader: Sendable {
    /// What every grade reads and never changes, in one object: copying a
    /// grader, or grading on several threads at once, touches one reference
    /// count instead of one for each string and array of the puzzle.
    final class Shared: Sendable {
        let puzzle: Puzzle
        let solved = SolvedCheck()
        let oneStack = OneStackCheck()
        let maxBlocks: MaxBlocksCheck
        let noEmptyBlocks = NoEmptyBlocksCheck()
        let usesKind: UsesKindCheck?
        /// How far each square is from the finish, for programs that stop short.
        let distances: FinishDistances
        /// Runs programs on the puzzle's maze, keeping their trace or not.
        let tracingInterpreter: Interpreter
        let interpreter: Interpreter

        init(puzzle: Puzzle) {
            self.puzzle = puzzle
            maxBlocks = MaxBlocksCheck(limit: puzzle.maxBlocks)
            usesKind = puzzle.requires.map(UsesKindCheck.init(requirement:))
            distances = FinishDistances(maze: puzzle.maze)
            tracingInterpreter = Interpreter(maze: puzzle.maze, recordsTrace: true)
            interpreter = Interpreter(maze: puzzle.maze, recordsTrace: false)
        }

        /// The checks in report order.
        var checks: [any PuzzleCheck] {
            let all: [any PuzzleCheck] = [solved, oneStack, maxBlocks, noEmptyBlocks]
            return usesKind.map { all + [$0] } ?? all
        }
    }

    let shared: Shared
    /// Whether runs keep their trace (turn off for speed when nobody looks at it).
    public var recordsTrace: Bool

    public var puzzle: Puzzle { shared.puzzle }

    public init(puzzle: Puzzle) {
        shared = Shared(puzzle: puzzle)
        recordsTrace = true
    }

    /// Grades a submission holding one program file (`.xml`, `.json` or `.txt`; any name).
    public func grade(_ submission: SubmissionFiles) -> PuzzleGrade {
        let file: String
        switch Self.programFile(in: submission) {
        case .success(let name): file = name
        case .failure(let problem): return unreadable(problem.message, location: nil, id: problem.id)
        }
        let program: Program
        do {
            program = try ProgramLoader.load(data: submission.data(file) ?? Data(), file: file)
        } catch {
            return unreadable(error.message, location: error.location, id: error.id)
        }
        return grade(program)
    }

    /// Grades a program already loaded.
    public func grade(_ program: Program) -> PuzzleGrade {
        // One walk of the program serves checking, counting, compiling and the checks.
        let outline = ProgramOutline(program)
        let errors = CompiledProgram.validate(outline)
        var compiled: CompiledProgram?
        var result: RunResult?
        if errors.isEmpty, program.stacks.count == 1 {
            let code = CompiledProgram.compile(outline, stack: 0)
            compiled = code
            result = recordsTrace ? shared.tracingInterpreter.run(code) : shared.interpreter.run(code)
            if result?.outcome == .timeout, result?.trace.isEmpty == true {
                // Feedback on an endless loop names the loop and how the robot moves, from the
                // trace: run again with it (at most the step limit), so the words never depend
                // on whether a picture was asked for.
                result = shared.tracingInterpreter.run(code)
            }
        }
        let blockCount = outline.blockCount
        let context = PuzzleContext(
            shared: shared, program: program, outline: outline, blockCount: blockCount, errors: errors,
            compiled: compiled, run: result)
        let summary = RunSummary(
            outcome: result?.outcome ?? .notRun, steps: result?.steps ?? 0, blocks: blockCount,
            block: result.flatMap { run in run.block.flatMap { compiled?.blocks[$0].reportID } }
                ?? errors.first.flatMap { $0.blockID })
        var checks = [
            shared.solved.judge(context), shared.oneStack.judge(context), shared.maxBlocks.judge(context),
            shared.noEmptyBlocks.judge(context),
        ]
        if let usesKind = shared.usesKind { checks.append(usesKind.judge(context)) }
        return PuzzleGrade(
            checks: checks, diagnostics: errors.map(\.finding), run: summary,
            program: program, compiled: compiled, result: result)
    }

    /// The ids of the checks this puzzle's programs get, in report order.
    public var checkIDs: [String] { shared.checks.map(\.id) }

    /// Every check in `error`, when the program cannot be read at all.
    private func unreadable(_ message: LocalizedText, location: SourceLocation?, id: String) -> PuzzleGrade {
        let results = shared.checks.map { check in
            CheckResult(
                id: check.id, status: .error, points: 0, maxPoints: 1, title: check.title, message: message,
                hint: LocalizedText(
                    en: "Save the program again from the block editor (or fix the text), then submit that file.",
                    km: "សូមរក្សាទុកកម្មវិធីម្ដងទៀតពីកម្មវិធីកែប្លុក (ឬកែអត្ថបទ) រួចដាក់ស្នើឯកសារនោះ។"),
                location: location)
        }
        return PuzzleGrade(
            checks: results, diagnostics: [Finding(id: id, severity: .error, message: message, location: location)],
            run: RunSummary(outcome: .notRun, steps: 0, blocks: 0, block: nil),
            program: nil, compiled: nil, result: nil)
    }

    struct SubmissionProblem: Error {
        var id: String
        var message: LocalizedText
    }

    /// The one program file of a submission: the only `.xml`/`.json`/`.txt`
    /// file, or the only file at all.
    static func programFile(in submission: SubmissionFiles) -> Result<String, SubmissionProblem> {
        let visible: [String]
        if submission.files.count == 1, let only = submission.files.keys.first {
            visible = isVisible(only) ? [only] : []  // the usual case: no sorting, no filtering
        } else {
            visible = submission.paths.filter(isVisible)
        }
        let programs = visible.filter(hasProgramExtension)
        if programs.count == 1 { return .success(programs[0]) }
        if programs.isEmpty, visible.count == 1 { return .success(visible[0]) }
        if programs.isEmpty {
            return .failure(SubmissionProblem(id: "maze.no-program", message: LocalizedText(
                en: "\(submission.origin): no program file found; a puzzle submission is one .xml, .json or .txt file",
                km: "\(submission.origin): រកមិនឃើញឯកសារកម្មវិធីទេ; ការដាក់ស្នើល្បែងគឺជាឯកសារ .xml, .json ឬ .txt មួយ")))
        }
        let names = programs.joined(separator: ", ")
        return .failure(SubmissionProblem(id: "maze.several-programs", message: LocalizedText(
            en: "\(submission.origin): found several program files (\(names)); submit only one",
            km: "\(submission.origin): រកឃើញឯកសារកម្មវិធីច្រើន (\(names)); សូមដាក់ស្នើតែមួយប៉ុណ្ណោះ")))
    }

    /// Whether no folder or file on the path is hidden (`.git`, `.DS_Store`, `__MACOSX`).
    static func isVisible(_ path: String) -> Bool {
        var path = path
        // ASCII: every byte is a character, so compare bytes, name by name.
        let ascii = path.withUTF8 { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            var start = 0
            for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: "/") {
                let name = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if name.first == UInt8(ascii: ".") || name.elementsEqual(macOSXFolder) { return false }
                start = end + 1
            }
            return true
        }
        return ascii ?? !path.split(separator: "/").contains { $0.hasPrefix(".") || $0 == "__MACOSX" }
    }

    private static let macOSXFolder = Array("__MACOSX".utf8)

    /// Whether the path ends in `.xml`, `.json` or `.txt`, in any case.
    static func hasProgramExtension(_ path: String) -> Bool {
        var path = path
        // ASCII: every byte is a character, so compare bytes, lowercasing A–Z.
        let ascii = path.withUTF8 { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            func endsWith(_ suffix: StaticString) -> Bool {
                let count = suffix.utf8CodeUnitCount
                guard bytes.count >= count else { return false }
                let start = suffix.utf8Start
                for index in 0..<count {
                    let byte = bytes[bytes.count - count + index]
                    let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
                    if lower != start[index] { return false }
                }
                return true
            }
            return endsWith(".xml") || endsWith(".json") || endsWith(".txt")
        }
        if let ascii { return ascii }
        let lower = path.lowercased()
        return lower.hasSuffix(".xml") || lower.hasSuffix(".json") || lower.hasSuffix(".txt")
    }
}
