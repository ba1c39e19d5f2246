import KruCore

/// `bilingual-text`: every student-visible text and check message has an
/// English and a Khmer text, and both use the same `{placeholders}`.
struct BilingualTextRule: ExerciseLintRule {
    static let info = LintRuleInfo(
        id: "bilingual-text",
        title: LocalizedText(
            en: "every text is in English and Khmer with the same {placeholders}",
            km: "អត្ថបទនីមួយៗមានជាភាសាអង់គ្លេស និងខ្មែរ ដែលមាន {placeholder} ដូចគ្នា"))

    func check(_ exercise: ExerciseSnapshot, into emitter: inout FindingEmitter) {
        for text in BilingualText.all(in: exercise) {
            if text.km == nil {
                emitter.emit(
                    info, at: text.node.location, en: "this text has no Khmer translation: add `km:`",
                    km: "អត្ថបទនេះគ្មានការបកប្រែជាភាសាខ្មែរទេ៖ សូមបន្ថែម `km:`")
            }
            guard let en = BilingualText.text(text.en), !en.isEmpty else {
                emitter.emit(
                    info, at: text.en?.location ?? text.node.location, en: "this text has no English: add `en:`",
                    km: "អត្ថបទនេះគ្មានភាសាអង់គ្លេសទេ៖ សូមបន្ថែម `en:`")
                continue
            }
            guard let km = BilingualText.text(text.km) else { continue }
            let enNames = LocalizedText.placeholders(in: en)
            let kmNames = LocalizedText.placeholders(in: km)
            if enNames != kmNames {
                let missing = enNames.subtracting(kmNames).sorted().map { "{\($0)}" }.joined(separator: ", ")
                let extra = kmNames.subtracting(enNames).sorted().map { "{\($0)}" }.joined(separator: ", ")
                var en = "English and Khmer must use the same placeholders"
                var kmText = "ភាសាអង់គ្លេស និងខ្មែរត្រូវតែប្រើ placeholder ដូចគ្នា"
                if !missing.isEmpty {
                    en += "; the Khmer text lacks \(missing)"
                    kmText += "; អត្ថបទខ្មែរខ្វះ \(missing)"
                }
                if !extra.isEmpty {
                    en += "; only the Khmer text has \(extra)"
                    kmText += "; មានតែអត្ថបទខ្មែរដែលមាន \(extra)"
                }
                emitter.emit(info, at: text.node.location, en: en, km: kmText)
            }
        }
    }
}
