import KruCore

/// `no-empty-blocks`: no loop, `maze_if` or `maze_ifElse` has an empty `DO`.
struct NoEmptyBlocksCheck: PuzzleCheck {
    let id = "no-empty-blocks"
    let title = LocalizedText(en: "No empty loops or 'if' blocks", km: "គ្មានរង្វិលជុំ ឬប្លុក 'បើ' ទទេ")

    func judge(_ context: PuzzleContext) -> CheckResult {
        var counts: [String: Int] = [:]
        var empty: [(Block, Int)] = []
        for block in context.program.allBlocks {
            let name = BlockInfo.name(of: block)
            counts[name.en, default: 0] += 1
            if BlockType.withBody.contains(block.type), block.statements["DO"]?.isEmpty ?? true {
                empty.append((block, counts[name.en]!))
            }
        }
        guard let (block, ordinal) = empty.first else {
            return verdict(true, LocalizedText(
                en: "every loop and 'if' block has blocks inside it",
                km: "គ្រប់រង្វិលជុំ និងប្លុក 'បើ' មានប្លុកនៅខាងក្នុង"))
        }
        let info = BlockInfo(id: block.id, type: block.type, location: block.location, name: BlockInfo.name(of: block), ordinal: ordinal)
        let more = empty.count > 1
            ? LocalizedText(en: " (and \(empty.count - 1) more)", km: " (និង \(empty.count - 1) ទៀត)")
            : LocalizedText(en: "", km: "")
        return verdict(false, LocalizedText(
            en: "\(info.reference.en) is empty: nothing is inside it\(more.en)",
            km: "\(info.reference.km) ទទេ: គ្មានអ្វីនៅខាងក្នុងវាទេ\(more.km)"),
            hint: LocalizedText(
                en: "Put the blocks it should run inside its 'do' slot, or delete it.",
                km: "សូមដាក់ប្លុកដែលវាគួរដំណើរការនៅក្នុងរន្ធ 'ធ្វើ' របស់វា ឬលុបវាចោល។"),
            location: block.location)
    }
}
