import KruCore

/// `one-stack`: the workspace holds exactly one top-level stack of blocks.
struct OneStackCheck: PuzzleCheck {
    let id = "one-stack"
    let title = LocalizedText(en: "All blocks are joined in one stack", km: "ប្លុកទាំងអស់ភ្ជាប់គ្នាជាជង់តែមួយ")

    func judge(_ context: PuzzleContext) -> CheckResult {
        let stacks = context.program.stacks
        switch stacks.count {
        case 1:
            return verdict(true, LocalizedText.sentences(
                en: "all \(context.blockCount) blocks are joined in one stack",
                km: "ប្លុកទាំង \(context.blockCount) ភ្ជាប់គ្នាជាជង់តែមួយ"))
        case 0 where context.program.hasDisabledBlocks:
            return verdict(false, LocalizedText(
                en: "every block of the program is disabled (greyed out), and disabled blocks do not run",
                km: "គ្រប់ប្លុកនៃកម្មវិធីត្រូវបានបិទ (ពណ៌ប្រផេះ) ហើយប្លុកដែលបានបិទមិនដំណើរការទេ"),
                hint: LocalizedText(
                    en: "Right-click the grey blocks and choose 'Enable Block', or drag in new blocks.",
                    km: "សូមចុចកណ្ដុរខាងស្ដាំលើប្លុកពណ៌ប្រផេះ ហើយជ្រើសរើស 'Enable Block' (បើកប្លុក) ឬអូសប្លុកថ្មីចូល។"))
        case 0:
            return verdict(false, LocalizedText(
                en: "the program has no blocks at all",
                km: "កម្មវិធីគ្មានប្លុកសោះ"),
                hint: LocalizedText(
                    en: "Drag a 'move forward' block into the workspace to start.",
                    km: "សូមអូសប្លុក 'ទៅមុខ' ចូលក្នុងកន្លែងធ្វើការដើម្បីចាប់ផ្ដើម។"))
        default:
            let loose = stacks[1]
            let first = loose[0]
            let name = BlockInfo.name(of: first)
            let idText = first.id.map { " (id `\($0)`)" } ?? ""
            return verdict(false, LocalizedText.sentences(
                en: "found \(stacks.count) separate stacks of blocks; the loose stack starting with the '\(name.en)' block\(idText) is not joined to the first one",
                km: "រកឃើញជង់ប្លុកដាច់ពីគ្នា \(stacks.count); ជង់ដែលចាប់ផ្ដើមដោយប្លុក '\(name.km)'\(idText) មិនបានភ្ជាប់ទៅជង់ទីមួយទេ"),
                hint: LocalizedText(
                    en: "Snap every block under the first block so they form one stack, or delete the blocks you do not need. Loose blocks are not run.",
                    km: "សូមភ្ជាប់គ្រប់ប្លុកនៅក្រោមប្លុកទីមួយឱ្យទៅជាជង់តែមួយ ឬលុបប្លុកដែលមិនត្រូវការ។ ប្លុកដែលនៅដាច់ពីគេមិនត្រូវបានដំណើរការទេ។"),
                location: first.location)
        }
    }
}
