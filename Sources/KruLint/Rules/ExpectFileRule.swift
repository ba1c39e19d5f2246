import KruCore
import KruPack

/// `expect-file`: every known-wrong sample has an expect file and every
/// expect file a sample; expect files match `schemas/expect.schema.json`
/// and name only checks the exercise has (with a "did you mean").
struct ExpectFileRule: ExerciseLintRule {
    static let info = LintRuleInfo(
        id: "expect-file",
        title: LocalizedText(
            en: "every known-wrong sample has a valid expect file naming real checks",
            km: "គំរូខុសនីមួយៗមានឯកសារ expect ត្រឹមត្រូវ ដែលដាក់ឈ្មោះការត្រួតពិនិត្យពិតៗ"))

    func check(_ exercise: ExerciseSnapshot, into emitter: inout FindingEmitter) {
        for wrong in exercise.wrong {
            guard let expect = wrong.expect else {
                if let path = wrong.samplePath {
                    emitter.emit(
                        info, at: SourceLocation(file: path, line: 1, column: 1),
                        en: "this known-wrong sample has no expect file: add \(wrong.expectPath) with `fails:` and `mistake:`",
                        km: "គំរូខុសនេះគ្មានឯកសារ expect ទេ៖ សូមបន្ថែម \(wrong.expectPath) ដែលមាន `fails:` និង `mistake:`")
                }
                continue
            }
            for problem in expect.problems { emitter.emit(problem) }
            if wrong.samplePath == nil {
                emitter.emit(
                    info, at: SourceLocation(file: wrong.expectPath, line: 1, column: 1),
                    en: "there is no sample wrong/\(wrong.name) (.html, folder, .txt, .xml or .json) beside this expect file",
                    km: "គ្មានគំរូ wrong/\(wrong.name) (.html, ថត, .txt, .xml ឬ .json) នៅក្បែរឯកសារ expect នេះទេ")
            }
            guard exercise.loadProblem == nil, !exercise.checkIDs.isEmpty else { continue }
            for declared in expect.fails ?? [] where !exercise.checkIDs.contains(declared.id) {
                var notes: [LocalizedText] = []
                if let suggestion = Suggestion.closest(to: declared.id, among: exercise.checkIDs) {
                    notes.append(LocalizedText(en: "did you mean \"\(suggestion)\"?", km: "តើអ្នកចង់សរសេរ \"\(suggestion)\" មែនទេ?"))
                }
                let known = exercise.checkIDs.joined(separator: ", ")
                emitter.emit(
                    info, at: declared.location,
                    en: "\(exercise.id) has no check \"\(declared.id)\"; its checks are: \(known)",
                    km: "\(exercise.id) គ្មានការត្រួតពិនិត្យ \"\(declared.id)\" ទេ; ការត្រួតពិនិត្យរបស់វាគឺ៖ \(known)",
                    notes: notes)
            }
        }
    }
}
