import KruCore

/// `solved`: the program is one stack and its run reaches the finish. A
/// solution longer than the puzzle's ideal passes with a note.
struct SolvedCheck: PuzzleCheck {
    let id = "solved"
    let title = LocalizedText(en: "The robot reaches the finish", km: "រ៉ូបូតទៅដល់ទីបញ្ចប់")

    func judge(_ context: PuzzleContext) -> CheckResult {
        if let error = context.errors.first {
            return verdict(false, LocalizedText.sentences(
                en: "The program was not run because a block is broken: \(error.message.en)",
                km: "កម្មវិធីមិនត្រូវបានដំណើរការទេ ព្រោះប្លុកមួយខូច: \(error.message.km)"),
                hint: LocalizedText(
                    en: "Fix or remove that block, then try again.",
                    km: "សូមកែ ឬដកប្លុកនោះចេញ រួចសាកល្បងម្ដងទៀត។"),
                location: error.location)
        }
        if context.program.stacks.isEmpty {
            return verdict(false, LocalizedText(
                en: "The program was not run, because it has no blocks to run (see the one-stack check).",
                km: "កម្មវិធីមិនត្រូវបានដំណើរការទេ ព្រោះវាគ្មានប្លុកដែលអាចដំណើរការបាន (មើលការត្រួតពិនិត្យ one-stack)។"),
                hint: LocalizedText(
                    en: "Put your blocks together under one first block, and make sure they are not disabled (grey).",
                    km: "សូមដាក់ប្លុករបស់អ្នកភ្ជាប់គ្នានៅក្រោមប្លុកទីមួយ ហើយត្រូវប្រាកដថាវាមិនត្រូវបានបិទ (ពណ៌ប្រផេះ)។"))
        }
        guard let run = context.run, let compiled = context.compiled else {
            return verdict(false, LocalizedText(
                en: "The program was not run, because its blocks are not joined in one stack (see the one-stack check).",
                km: "កម្មវិធីមិនត្រូវបានដំណើរការទេ ព្រោះប្លុករបស់វាមិនបានភ្ជាប់គ្នាជាជង់តែមួយ (មើលការត្រួតពិនិត្យ one-stack)។"),
                hint: LocalizedText(
                    en: "Snap all your blocks together under the first block.",
                    km: "សូមភ្ជាប់ប្លុកទាំងអស់របស់អ្នកនៅក្រោមប្លុកទីមួយ។"))
        }
        let feedback = RunFeedback.describe(run, compiled: compiled, distances: context.shared.distances)
        var notes: [LocalizedText] = []
        if run.outcome == .solved, let ideal = context.shared.puzzle.ideal, context.blockCount > ideal {
            notes.append(LocalizedText.sentences(
                en: "solved with \(context.blockCount) blocks; it can be done with \(ideal)",
                km: "បានដោះស្រាយដោយប្រើប្លុក \(context.blockCount); វាអាចធ្វើបានដោយប្រើតែ \(ideal)"))
        }
        return verdict(run.outcome == .solved, feedback.message, hint: feedback.hint, location: feedback.location, notes: notes)
    }
}
