import KruCore

/// Everything the checks judge: the puzzle, the program, and its run.
struct PuzzleContext: Sendable {
    /// The grader's puzzle and what it worked out from it once. Not counted
    /// as a reference: a context lives only inside ``PuzzleGrader/grade(_:)``,
    /// whose grader keeps the object alive, and threads grading at once would
    /// otherwise all change its one reference count.
    unowned(unsafe) let shared: PuzzleGrader.Shared
    let program: Program
    /// Every block of the program in reading order.
    let outline: ProgramOutline
    /// Blocks that count (shadow and `math_number` blocks do not).
    let blockCount: Int
    /// Blocks that cannot run; when there are any the program is not run.
    let errors: [ProgramError]
    /// The program's one stack, compiled; `nil` when it was not run.
    let compiled: CompiledProgram?
    /// The run; `nil` when the program was not run.
    let run: RunResult?
}

/// One code.org-style check of a puzzle program: one type per check, one file each.
protocol PuzzleCheck: Sendable {
    /// The check id in results, for example `one-stack`.
    var id: String { get }
    /// What the check asks for.
    var title: LocalizedText { get }
    func judge(_ context: PuzzleContext) -> CheckResult
}

extension PuzzleCheck {
    /// A result worth one point.
    func verdict(
        _ passed: Bool, _ message: LocalizedText, hint: LocalizedText? = nil,
        location: SourceLocation? = nil, notes: [LocalizedText] = []
    ) -> CheckResult {
        CheckResult(
            id: id, status: passed ? .pass : .fail, points: passed ? 1 : 0, maxPoints: 1, title: title,
            message: message, hint: passed ? nil : hint, location: location, notes: notes)
    }
}
