import KruCore
import KruHTML

/// `heading-order`: in document order the first heading is `<h1>`, and each
/// heading is at most one level deeper than the heading before it.
enum HeadingOrderRule {
    static func evaluate(_ document: HTMLDocument) -> Outcome {
        let headings = document.documentElements.filter { level(of: $0) != nil }
        let expected = LocalizedText(
            en: "expected the first heading to be <h1> and no skipped levels (h1, then h2, then h3)",
            km: "ចំណងជើងទីមួយត្រូវតែជា <h1> ហើយមិនត្រូវរំលងកម្រិតទេ (h1 បន្ទាប់មក h2 បន្ទាប់មក h3)")
        guard let first = headings.first else {
            return .pass(LocalizedText(en: "the page has no headings", km: "ទំព័រគ្មានចំណងជើងទេ"))
        }
        if first.name != "h1" {
            return .fail(
                LocalizedText(en: "the first heading is \(Phrases.element(first).en)", km: "ចំណងជើងទីមួយគឺ \(Phrases.element(first).km)"),
                expected: expected, at: first.location)
        }
        for (previous, heading) in zip(headings, headings.dropFirst()) {
            let before = level(of: previous)!, now = level(of: heading)!
            if now > before + 1 {
                return .fail(
                    LocalizedText(
                        en: "\(Phrases.element(heading).en) comes after \(Phrases.element(previous).en): level \(before + 1) is skipped",
                        km: "\(Phrases.element(heading).km) មកបន្ទាប់ពី \(Phrases.element(previous).km)៖ កម្រិត \(before + 1) ត្រូវបានរំលង"),
                    expected: expected, at: heading.location)
            }
        }
        return .pass(
            LocalizedText(en: "\(headings.count) headings, no level skipped", km: "ចំណងជើង \(headings.count) មិនរំលងកម្រិតទេ"),
            at: first.location)
    }

    static func level(of element: Element) -> Int? {
        let name = element.name
        guard name.count == 2, name.first == "h", let digit = name.last?.wholeNumberValue, (1...6).contains(digit) else {
            return nil
        }
        return digit
    }
}
