/// Element states behind `:read-write` (editing), `:defined`, `:lang()` and `:dir()`.
extension Matcher {
    /// Made editable by the nearest `contenteditable` attribute with a known value.
    func isEditable(_ element: Int) -> Bool {
        var current = element
        while current >= 0 {
            if let value = attribute(current, "contenteditable") {
                switch CSSSerialization.asciiLowercased(value) {
                case "", "true", "plaintext-only": return true
                case "false": return false
                default: break
                }
            }
            current = parentElement(current)
        }
        return false
    }

    private static let reservedCustomElementNames: Set<String> = [
        "annotation-xml", "color-profile", "font-face", "font-face-src", "font-face-uri", "font-face-format",
        "font-face-name", "missing-glyph",
    ]

    /// Every element is defined except custom elements (`<my-card>`): no script defines them.
    func isDefined(_ element: Int) -> Bool {
        let name = nodes[element].name
        guard let first = name.unicodeScalars.first, first >= "a" && first <= "z", name.contains("-") else { return true }
        return Self.reservedCustomElementNames.contains(name)
    }

    /// `:lang()`: the nearest `lang` attribute names the language `range` or a sub-language of it.
    func matchesLanguage(_ element: Int, _ range: String) -> Bool {
        var current = element
        var language: String?
        while current >= 0 && language == nil {
            language = attribute(current, "lang")
            current = parentElement(current)
        }
        guard let language else { return false }
        return ValueMatching.matches(.dashMatch, value: language, needle: range, ignoringCase: true)
    }

    /// The directionality from the nearest valid `dir` attribute (`auto` looks at the text),
    /// left to right when there is none.
    func direction(_ element: Int) -> TextDirection {
        var current = element
        while current >= 0 {
            if let value = attribute(current, "dir") {
                switch CSSSerialization.asciiLowercased(value) {
                case "ltr": return .ltr
                case "rtl": return .rtl
                case "auto": return autoDirection(current)
                default: break
                }
            } else if nodes[current].name == "bdi" {
                return autoDirection(current)
            }
            current = parentElement(current)
        }
        return .ltr
    }

    /// `dir="auto"`: the direction of the first strong character of the text (or of a text
    /// control's value), skipping scripts, styles and descendants with their own `dir`.
    private func autoDirection(_ element: Int) -> TextDirection {
        let name = nodes[element].name
        if name == "input" { return Self.direction(of: attribute(element, "value") ?? "") ?? .ltr }
        let end = subtreeEnd(element)
        var index = element + 1
        while index < end {
            let node = nodes[index]
            if node.kind == .element,
                ["script", "style", "textarea", "bdi"].contains(node.name) || attribute(index, "dir") != nil
            {
                index = subtreeEnd(index)
                continue
            }
            if node.kind == .text, let found = Self.direction(of: node.text) { return found }
            index += 1
        }
        return .ltr
    }

    /// The direction of the first strong character of `text`, if it has one.
    private static func direction(of text: String) -> TextDirection? {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
                return .rtl
            default:
                if scalar.properties.isAlphabetic { return .ltr }
            }
        }
        return nil
    }
}
