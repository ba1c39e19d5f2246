import KruCore

/// `no-empty-blocks`: no loop, `maze_if` or `maze_ifElse` has an empty `DO`.
struct NoEmptyBlocksCheck: PuzzleCheck {
    let id = "no-empty-blocks"
    let title = LocalizedText(en: "No empty loops or 'if' blocks", km: "គ្មានរង្វិលជុំ ឬប្លុក 'បើ' ទទេ")

    func judge(_ context: PuzzleContext) -> CheckResult {
        let blocks = context.outline.blocks
        let isEmpty = { (block: Block) in
            BlockType.hasBody(block.type) && (block.statements["DO"]?.isEmpty ?? true)
        }
        guard let index = blocks.firstIndex(where: isEmpty) else {
            return verdict(true, LocalizedText(
                en: "every loop and 'if' block has blocks inside it",
                km: "គ្រប់រង្វិលជុំ និងប្លុក 'បើ' មានប្លុកនៅខាងក្នុង"))
        }
        let block = blocks[index]
        let empty = blocks[index...].count(where: isEmpty)
        let info = BlockInfo(
            id: block.id, type: block.type, location: block.location, name: BlockInfo.name(of: block),
            ordinal: context.outline.ordinal(of: index))
        let more = empty > 1
            ? LocalizedText.sentences(en: " (and \(empty - 1) more)", km: " (និង \(empty - 1) ទៀត)")
            : LocalizedText(en: "", km: "")
        // Disabled blocks are left out of the program: one inside would look like content to the student.
        let nothing = context.program.hasDisabledBlocks
            ? LocalizedText(
                en: "no block that runs is inside it (disabled, grey blocks do not run)",
                km: "គ្មានប្លុកដែលដំណើរការនៅខាងក្នុងវាទេ (ប្លុកដែលបានបិទ ពណ៌ប្រផេះ មិនដំណើរការទេ)")
            : LocalizedText(en: "nothing is inside it", km: "គ្មានអ្វីនៅខាងក្នុងវាទេ")
        return verdict(false, LocalizedText.sentences(
            en: "\(info.reference.en) is empty: \(nothing.en)\(more.en)",
            km: "\(info.reference.km) ទទេ: \(nothing.km)\(more.km)"),
            hint: LocalizedText(
                en: "Put the blocks it should run inside its 'do' slot, or delete it.",
                km: "សូមដាក់ប្លុកដែលវាគួរដំណើរការនៅក្នុងរន្ធ 'ធ្វើ' របស់វា ឬលុបវាចោល។"),
            location: block.location)
    }
}
