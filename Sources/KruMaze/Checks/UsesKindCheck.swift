import KruCore

/// `uses-<kind>` (only on puzzles that require a kind): the program contains
/// a block of that kind.
struct UsesKindCheck: PuzzleCheck {
    let requirement: BlockRequirement
    let id: String
    let title: LocalizedText

    init(requirement: BlockRequirement) {
        self.requirement = requirement
        id = requirement.checkID
        title = LocalizedText.sentences(en: "Uses \(requirement.name.en)", km: "ប្រើ\(requirement.name.km)")
    }

    func judge(_ context: PuzzleContext) -> CheckResult {
        let types = requirement.blockTypes
        if let block = context.outline.blocks.first(where: { types.contains($0.type) && !$0.isShadow }) {
            return verdict(true, LocalizedText.sentences(
                en: "the program uses \(requirement.name.en)",
                km: "កម្មវិធីប្រើ\(requirement.name.km)"), location: block.location)
        }
        return verdict(false, LocalizedText.sentences(
            en: "this puzzle asks for \(requirement.name.en), and the program has none",
            km: "ល្បែងនេះតម្រូវឱ្យប្រើ\(requirement.name.km) ប៉ុន្តែកម្មវិធីគ្មានទេ"),
            hint: hint)
    }

    private var hint: LocalizedText {
        switch requirement {
        case .loop:
            return LocalizedText(
                en: "Find the blocks that repeat and put them once inside a 'repeat' block.",
                km: "សូមរកប្លុកដែលដដែលៗ ហើយដាក់វាតែម្ដងនៅក្នុងប្លុក 'ធ្វើម្ដងទៀត'។")
        case .repeatUntil:
            return LocalizedText(
                en: "Put your blocks inside a 'repeat until finish' block: it keeps going until the robot arrives.",
                km: "សូមដាក់ប្លុករបស់អ្នកនៅក្នុងប្លុក 'ធ្វើម្ដងទៀតរហូតដល់ទីបញ្ចប់': វាបន្តរហូតដល់រ៉ូបូតទៅដល់។")
        case .ifBlock, .ifElse:
            return LocalizedText.sentences(
                en: "Let the robot look before it moves: use \(requirement.name.en) inside 'repeat until finish'.",
                km: "ឱ្យរ៉ូបូតមើលមុនពេលវាផ្លាស់ទី: សូមប្រើ\(requirement.name.km)នៅក្នុង 'ធ្វើម្ដងទៀតរហូតដល់ទីបញ្ចប់'។")
        }
    }
}
