import KruCore

/// `khmer-translation` (a warning; an error with `--strict`): the Khmer text
/// is not empty and not the English text left untranslated.
struct KhmerTranslationRule: ExerciseLintRule {
    static let info = LintRuleInfo(
        id: "khmer-translation",
        title: LocalizedText(
            en: "Khmer texts are translated (not empty, not the English text)",
            km: "អត្ថបទខ្មែរត្រូវបានបកប្រែ (មិនទទេ មិនមែនជាអត្ថបទអង់គ្លេស)"))

    func check(_ exercise: ExerciseSnapshot, into emitter: inout FindingEmitter) {
        for text in BilingualText.all(in: exercise) {
            guard let node = text.km else { continue }
            let km = BilingualText.text(node)
            if km?.isEmpty ?? true {
                emitter.emit(
                    info, .warning, at: node.location, en: "the Khmer text is empty: students reading Khmer see nothing",
                    km: "អត្ថបទខ្មែរទទេ៖ សិស្សដែលអានភាសាខ្មែរមិនឃើញអ្វីទាំងអស់")
            } else if let km, km == BilingualText.text(text.en), km.contains(where: \.isLetter) {
                emitter.emit(
                    info, .warning, at: node.location, en: "the Khmer text is the English text, untranslated",
                    km: "អត្ថបទខ្មែរគឺជាអត្ថបទអង់គ្លេសដែលមិនទាន់បកប្រែ")
            }
        }
    }
}
