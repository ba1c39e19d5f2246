import KruCore
import KruHTML

/// Bilingual pieces of the messages conditions generate. Numbers are written
/// with Western digits in both languages, as Cambodian code editors show them.
enum Phrases {
    /// `<h1>` for a bare tag selector, otherwise `` `ul > li` ``.
    static func name(_ selector: RubricSelector) -> String {
        if let tag = selector.tagName { return "<\(tag)>" }
        return "`\(selector.text)`"
    }

    /// "at line 5", "at lines 5 and 9", "at lines 3, 5, 9 and 12".
    static func lines(_ lines: [Int]) -> LocalizedText {
        var seen = Set<Int>()
        let unique = lines.filter { seen.insert($0).inserted }
        guard !unique.isEmpty else { return LocalizedText(en: "", km: "") }
        let shown = unique.prefix(6).map(String.init)
        let more = unique.count > 6 ? "…" : ""
        if shown.count == 1 {
            return LocalizedText(en: "at line \(shown[0])", km: "នៅបន្ទាត់ទី \(shown[0])")
        }
        let head = shown.dropLast().joined(separator: ", ")
        let last = shown.last! + more
        return LocalizedText(en: "at lines \(head) and \(last)", km: "នៅបន្ទាត់ទី \(head) និង \(last)")
    }

    /// "<img> at line 5" / "<img> នៅបន្ទាត់ទី 5".
    static func element(_ element: Element) -> LocalizedText {
        guard let line = element.location?.line else { return LocalizedText(en: "<\(element.name)>", km: "<\(element.name)>") }
        return LocalizedText(en: "<\(element.name)> at line \(line)", km: "<\(element.name)> នៅបន្ទាត់ទី \(line)")
    }

    /// "found 2 <h1> elements, at lines 5 and 9" / "found no <h1> element".
    static func found(_ count: Int, _ selector: RubricSelector, children: Bool, at elements: [Element]) -> LocalizedText {
        let what = name(selector)
        let kindEn = children ? "child element" : "element"
        let kindKm = children ? "ធាតុកូន" : "ធាតុ"
        if count == 0 {
            return LocalizedText(en: "found no \(what) \(kindEn)", km: "រកមិនឃើញ\(kindKm) \(what) ទេ")
        }
        let where_ = lines(elements.compactMap { $0.location?.line })
        let plural = count == 1 ? "" : "s"
        return LocalizedText(
            en: "found \(count) \(what) \(kindEn)\(plural)" + (where_.en.isEmpty ? "" : ", \(where_.en)"),
            km: "រកឃើញ\(kindKm) \(what) ចំនួន \(count)" + (where_.km.isEmpty ? "" : " \(where_.km)"))
    }

    /// "expected exactly 1" / "expected at least 3" / "expected between 2 and 4".
    static func expected(_ bound: CountBound) -> LocalizedText {
        if let exactly = bound.exactly {
            return LocalizedText(en: "expected exactly \(exactly)", km: "ត្រូវមានចំនួន \(exactly) ពិតប្រាកដ")
        }
        switch (bound.atLeast, bound.atMost) {
        case let (low?, high?):
            return LocalizedText(en: "expected between \(low) and \(high)", km: "ត្រូវមានពី \(low) ដល់ \(high)")
        case let (low?, nil):
            return LocalizedText(en: "expected at least \(low)", km: "ត្រូវមានយ៉ាងហោចណាស់ \(low)")
        case let (nil, high?):
            return LocalizedText(en: "expected at most \(high)", km: "ត្រូវមានយ៉ាងច្រើនបំផុត \(high)")
        default:
            return LocalizedText(en: "", km: "")
        }
    }

    /// Shortens a student's text for quoting in a message.
    static func quote(_ text: String, limit: Int = 40) -> String {
        // Line breaks (runs of them) become one space, leading and trailing
        // ones are dropped; only the first `limit` characters are looked at.
        // No line break among the first `limit` characters, and none or a visible character
        // after them: the text is cut (or not) as it is.
        if let end = KhmerScan.offset(ofCluster: limit, in: text) {
            if end == text.utf8.count { return "\"\(text)\"" }
            if !isLineBreak(text.unicodeScalars[text.utf8.index(text.startIndex, offsetBy: end)]) {
                return "\"\(String(decoding: text.utf8.prefix(end), as: UTF8.self))…\""
            }
        }
        return quoteByCharacters(text, limit: limit)
    }

    /// ``quote(_:limit:)`` through Swift's `Character`s, for any text.
    static func quoteByCharacters(_ text: String, limit: Int) -> String {
        // Without a line break (no scalar that can begin a newline Character), the text is
        // its own flat form: cut it after `limit` characters.
        if !text.unicodeScalars.contains(where: isLineBreak) {
            guard let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end != text.endIndex else {
                return "\"\(text)\""
            }
            return "\"\(text[..<end])…\""
        }
        var flat = ""
        var count = 0
        var pendingSpace = false
        for character in text {
            if character.isNewline {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                guard count < limit else { return "\"\(flat)…\"" }
                flat.append(" ")
                count += 1
                pendingSpace = false
            }
            guard count < limit else { return "\"\(flat)…\"" }
            flat.append(character)
            count += 1
        }
        return "\"\(flat)\""
    }

    /// Whether a scalar can begin a newline `Character`.
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// "a, b or c" / "a, b ឬ c".
    static func alternatives(_ items: [String]) -> LocalizedText {
        guard items.count > 1 else { return LocalizedText(en: items.first ?? "", km: items.first ?? "") }
        let head = items.dropLast().joined(separator: ", ")
        return LocalizedText(en: "\(head) or \(items.last!)", km: "\(head) ឬ \(items.last!)")
    }

    /// Joins texts with "; " in both languages.
    static func joined(_ parts: [LocalizedText]) -> LocalizedText {
        LocalizedText.joined(parts.filter { !$0.en.isEmpty }, separator: "; ")
    }
}
