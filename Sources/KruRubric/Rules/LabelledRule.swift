import KruCore
import KruHTML

/// `labelled`: the element in scope is inside a `<label>`, or it has an `id`
/// and some `<label for="…">` of the page has exactly that id.
enum LabelledRule {
    static func evaluate(_ element: Element) -> Outcome {
        if let label = element.ancestors.first(where: { $0.name == "label" }) {
            return .pass(LocalizedText(en: "it is inside \(Phrases.element(label).en)", km: "វានៅក្នុង \(Phrases.element(label).km)"), at: element.location)
        }
        let labels = element.document.documentElements(named: "label")
        let expected = LocalizedText(
            en: "expected a <label> around it, or a <label for=\"…\"> with the same value as its id",
            km: "ត្រូវមាន <label> ព័ទ្ធជុំវិញវា ឬ <label for=\"…\"> ដែលមានតម្លៃដូច id របស់វា")
        guard let id = element.attribute("id"), !id.isEmpty else {
            return .fail(
                LocalizedText(en: "it is not inside a <label> and has no id for a <label for> to name", km: "វាមិននៅក្នុង <label> ហើយគ្មាន id សម្រាប់ <label for> ទេ"),
                expected: expected, at: element.location)
        }
        if let label = labels.first(where: { $0.attribute("for") == id }) {
            return .pass(LocalizedText(en: "\(Phrases.element(label).en) names its id \"\(id)\"", km: "\(Phrases.element(label).km) ចង្អុលទៅ id \"\(id)\" របស់វា"), at: element.location)
        }
        if let near = labels.first(where: { ($0.attribute("for") ?? "").trimmingHTMLWhitespace().lowercased() == id.trimmingHTMLWhitespace().lowercased() }) {
            let written = near.attribute("for") ?? ""
            return .fail(
                LocalizedText(
                    en: "\(Phrases.element(near).en) has for=\"\(written)\" but the id is \"\(id)\"; they must be exactly the same",
                    km: "\(Phrases.element(near).km) មាន for=\"\(written)\" ប៉ុន្តែ id គឺ \"\(id)\"; វាត្រូវតែដូចគ្នាបេះបិទ"),
                expected: expected, at: near.location)
        }
        return .fail(
            LocalizedText(en: "no <label for=\"\(id)\"> names it and it is not inside a <label>", km: "គ្មាន <label for=\"\(id)\"> ចង្អុលទៅវា ហើយវាមិននៅក្នុង <label> ទេ"),
            expected: expected, at: element.location)
    }
}
