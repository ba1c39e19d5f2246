import Foundation
import KruCore
import KruPack

/// Checks an exercise pack the way CI should before it reaches students:
/// every file matches its schema, every text is translated, every starter
/// fails, every reference solution passes, every known-wrong sample fails
/// exactly as declared, every puzzle is solvable as described.
///
/// ```swift
/// let report = try Linter(strict: true).lint(packAt: URL(fileURLWithPath: "."))
/// print(LintTextWriter(language: .english).render(report))
/// ```
///
/// Exercises are read and graded in parallel; rules never print.
public struct Linter: Sendable {
    /// Whether warnings count as errors (`--strict`).
    public var strict: Bool

    public init(strict: Bool = false) {
        self.strict = strict
    }

    static let packRules: [any PackLintRule] = [ExerciseFileRule(), UniqueIDRule(), GraderPairingRule()]

    static let exerciseRules: [any ExerciseLintRule] = [
        RubricFileRule(), PuzzleFileRule(), PuzzleMapRule(), ExpectFileRule(),
        BilingualTextRule(), KhmerTranslationRule(),
        RubricSelectorRule(), CheckIDRule(), PositivePointsRule(),
        StarterFailsRule(), SolutionPassesRule(), WrongSamplesRule(),
        PuzzleIdealRule(), PuzzleRequiresRule(), CleanSolutionRule(),
    ]

    /// Every rule, in the order they run.
    public static var rules: [LintRuleInfo] { packRules.map(\.info) + exerciseRules.map(\.info) }

    /// Rules that report a loader's first error: dropped when a more specific
    /// rule already reported an error at the same place.
    static let loaderRules: Set<String> = [RubricFileRule.info.id, PuzzleFileRule.info.id]

    /// Lints the pack in `root` (the folder holding `exercises/` and `graders/`).
    ///
    /// Throws when there is no pack to lint (no `exercises/` folder).
    public func lint(packAt root: URL) throws(PackError) -> LintReport {
        let pack = try Pack.load(root: root)
        let snapshot = PackSnapshot(pack: pack)
        var emitter = FindingEmitter()
        for rule in Self.packRules { rule.check(snapshot, into: &emitter) }
        let perExercise = Self.inParallel(pack.exercises) { exercise in
            let exerciseSnapshot = ExerciseSnapshot(exercise: exercise)
            var emitter = FindingEmitter()
            for rule in Self.exerciseRules where rule.info.applies(to: exercise.kind) {
                rule.check(exerciseSnapshot, into: &emitter)
            }
            return emitter.findings
        }
        let findings = Self.withoutRepeats(emitter.findings + perExercise.flatMap { $0 })
        var sorter = FindingEmitter()
        for var finding in findings {
            if strict, finding.severity == .warning { finding.severity = .error }
            sorter.emit(finding)
        }
        let kinds = Dictionary(pack.exercises.map { ($0.id, $0.kind) }, uniquingKeysWith: { first, _ in first })
        let ids = snapshot.exerciseFolderIDs
        return LintReport(
            exercises: ids.map { LintedExercise(id: $0, kind: kinds[$0]) },
            rules: Self.rules,
            findings: sorter.sortedFindings.map { LintFinding(exercise: Self.exercise(of: $0.location, among: ids), finding: $0) },
            strict: strict)
    }

    /// Drops a loader's error when another rule reported an error at the same place.
    static func withoutRepeats(_ findings: [Finding]) -> [Finding] {
        let specific = Set(findings.filter { !loaderRules.contains($0.id) && $0.severity == .error }.compactMap(\.location))
        return findings.filter { finding in
            !(loaderRules.contains(finding.id) && finding.location.map(specific.contains) == true)
        }
    }

    /// The exercise a file of the pack belongs to (`exercises/<id>/…`,
    /// `graders/<id>/…`): the longest matching id.
    static func exercise(of location: SourceLocation?, among ids: [String]) -> String? {
        guard let file = location?.file else { return nil }
        for prefix in ["exercises/", "graders/"] where file.hasPrefix(prefix) {
            let rest = file.dropFirst(prefix.count)
            return ids.filter { rest == $0 || rest.hasPrefix($0 + "/") }.max { $0.count < $1.count }
        }
        return nil
    }

    /// `transform` of every element, computed on all cores, in order.
    static func inParallel<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @escaping @Sendable (Element) -> Result
    ) -> [Result] {
        let slots = Slots<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            slots.set(index, transform(elements[index]))
        }
        return slots.values
    }
}

/// Results written by parallel workers, one slot each.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage.compactMap { $0 }
    }
}
