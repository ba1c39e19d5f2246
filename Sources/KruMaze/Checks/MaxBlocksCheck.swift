import KruCore

/// `max-blocks`: the program uses at most the puzzle's `max-blocks` blocks
/// (always passes when the puzzle has no limit).
struct MaxBlocksCheck: PuzzleCheck {
    let id = "max-blocks"
    let limit: Int?
    let title: LocalizedText

    init(limit: Int?) {
        self.limit = limit
        title = limit.map { LocalizedText.sentences(en: "At most \($0) blocks", km: "ប្លុកមិនលើសពី \($0)") }
            ?? LocalizedText(en: "Any number of blocks", km: "ប្លុកប៉ុន្មានក៏បាន")
    }

    func judge(_ context: PuzzleContext) -> CheckResult {
        let count = context.blockCount
        guard let limit else {
            return verdict(true, LocalizedText.sentences(
                en: "the program uses \(count) blocks; this puzzle has no block limit",
                km: "កម្មវិធីប្រើប្លុក \(count); ល្បែងនេះគ្មានដែនកំណត់ប្លុកទេ"))
        }
        if count <= limit {
            return verdict(true, LocalizedText.sentences(
                en: "the program uses \(count) blocks (at most \(limit) allowed)",
                km: "កម្មវិធីប្រើប្លុក \(count) (អនុញ្ញាតយ៉ាងច្រើន \(limit))"))
        }
        return verdict(false, LocalizedText.sentences(
            en: "the program uses \(count) blocks, but at most \(limit) are allowed",
            km: "កម្មវិធីប្រើប្លុក \(count) ប៉ុន្តែអនុញ្ញាតយ៉ាងច្រើនតែ \(limit)"),
            hint: LocalizedText(
                en: "Look for blocks that repeat the same thing and put them inside a loop.",
                km: "សូមរកប្លុកដែលធ្វើរឿងដដែលៗ ហើយដាក់វានៅក្នុងរង្វិលជុំ។"))
    }
}
