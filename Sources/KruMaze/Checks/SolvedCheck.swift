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
                // The hint the one-stack check gives: there are no blocks, or they are all disabled.
                hint: context.program.hasDisabledBlocks
                    ? LocalizedText(
                        en: "Right-click the grey blocks and choose 'Enable Block', or drag in new blocks.",
                        km: "សូមចុចកណ្ដុរខាងស្ដាំលើប្លុកពណ៌ប្រផេះ ហើយជ្រើសរើស 'Enable Block' (បើកប្លុក) ឬអូសប្លុកថ្មីចូល។")
                    : LocalizedText(
                        en: "Drag a 'move forward' block into the workspace to start.",
                        km: "សូមអូសប្លុក 'ទៅមុខ' ចូលក្នុងកន្លែងធ្វើការដើម្បីចាប់ផ្ដើម។"))
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
