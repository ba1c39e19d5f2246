/// Constraint validation (HTML §4.10.21) for `:valid`, `:invalid`, `:in-range` and `:out-of-range`
/// on a page just loaded: no user edits, no script, so only what the markup says counts
/// (`required`, `type=email`/`url`, `pattern`, `min`/`max`/`step`).
extension Matcher {
    /// `true` valid, `false` invalid, `nil` when neither pseudo-class applies (not a candidate for
    /// constraint validation, nor a form or fieldset).
    func validity(_ element: Int) -> Bool? {
        switch nodes[element].name {
        case "form", "fieldset":
            // Valid unless some candidate inside is invalid.
            let end = subtreeEnd(element)
            var index = element + 1
            while index < end {
                if nodes[index].kind == .element, isValidationCandidate(index), !satisfiesConstraints(index) {
                    return false
                }
                index += 1
            }
            return true
        default:
            guard isValidationCandidate(element) else { return nil }
            return satisfiesConstraints(element)
        }
    }

    /// `:in-range` (`true`) / `:out-of-range` (`false`); `nil` for elements they do not apply to.
    /// As in Chromium, every number, range, date or time input that is validated is one or the
    /// other, even without `min` or `max`.
    func rangeState(_ element: Int) -> Bool? {
        guard nodes[element].name == "input", isValidationCandidate(element) else { return nil }
        let type = inputType(element)
        guard Self.rangeTypes.contains(type) else { return nil }
        if type == "range" { return true }  // the value is always clamped into range
        return !isOutOfRange(element, type)
    }

    private static let rangeTypes: Set<String> = ["number", "range", "date", "month", "week", "time", "datetime-local"]
    private static let valueTypes: Set<String> = [
        "text", "search", "url", "tel", "email", "password", "date", "month", "week", "time",
        "datetime-local", "number",
    ]

    /// Not barred from constraint validation: a submittable control that is not disabled,
    /// not `readonly`, not in a `<datalist>`, and not a hidden/reset/button input or a
    /// reset/plain button.
    private func isValidationCandidate(_ element: Int) -> Bool {
        switch nodes[element].name {
        case "input":
            let type = inputType(element)
            if type == "hidden" || type == "reset" || type == "button" { return false }
            if hasAttribute(element, "readonly") && Self.valueTypes.contains(type) { return false }
        case "textarea":
            if hasAttribute(element, "readonly") { return false }
        case "select":
            break
        case "button":
            let type = attribute(element, "type").map(CSSSerialization.asciiLowercased)
            if type == "reset" || type == "button" { return false }
        default:
            return false
        }
        if isDisabled(element) { return false }
        var ancestor = parentElement(element)
        while ancestor >= 0 {
            if nodes[ancestor].name == "datalist" { return false }
            ancestor = parentElement(ancestor)
        }
        return true
    }

    private func satisfiesConstraints(_ element: Int) -> Bool {
        switch nodes[element].name {
        case "input": return inputSatisfiesConstraints(element)
        case "textarea": return !hasAttribute(element, "required") || !textareaValue(element).isEmpty
        case "select": return !hasAttribute(element, "required") || !selectIsMissingValue(element)
        default: return true
        }
    }

    private func inputSatisfiesConstraints(_ element: Int) -> Bool {
        let type = inputType(element)
        let required = hasAttribute(element, "required")
        switch type {
        case "checkbox":
            return !required || hasAttribute(element, "checked")
        case "radio":
            return !radioGroupIsMissingValue(element)
        case "file":
            return !required
        case "color", "range", "submit", "image":
            return true
        default:
            break
        }
        let value = inputValue(element, type)
        if value.isEmpty { return !required }
        switch type {
        case "email":
            let addresses = hasAttribute(element, "multiple")
                ? value.split(separator: ",", omittingEmptySubsequences: false).map { Self.trimmed(String($0)) }
                : [value]
            if !addresses.allSatisfy(Self.isValidEmail) { return false }
            if let pattern = attribute(element, "pattern"), !addresses.allSatisfy({ Self.matches($0, pattern: pattern) }) {
                return false
            }
            return true
        case "url":
            if !Self.isAbsoluteURL(value) { return false }
        case "number", "date", "month", "week", "time", "datetime-local":
            return !isOutOfRange(element, type) && !hasStepMismatch(element, type, value)
        default:
            break
        }
        if let pattern = attribute(element, "pattern"), !Self.matches(value, pattern: pattern) { return false }
        return true
    }

    // MARK: - Values

    /// The input's value after the type's value sanitization algorithm.
    private func inputValue(_ element: Int, _ type: String) -> String {
        let raw = String(String.UnicodeScalarView((attribute(element, "value") ?? "").unicodeScalars.filter {
            $0 != "\n" && $0 != "\r"
        }))
        switch type {
        case "email", "url": return Self.trimmed(raw)
        case "number", "date", "month", "week", "time", "datetime-local": return comparable(raw, type) == nil ? "" : raw
        default: return raw
        }
    }

    private func textareaValue(_ element: Int) -> String {
        var text = ""
        for child in nodes[element].children where nodes[child.index].kind == .text { text += nodes[child.index].text }
        return text
    }

    /// A required `<select>` is missing its value when no option is selected, or when the selected
    /// option is the placeholder label option (a first option with an empty value in a drop-down).
    private func selectIsMissingValue(_ select: Int) -> Bool {
        var first = -1
        var selected = -1
        for child in nodes[select].children where nodes[child.index].kind == .element {
            let candidates: [Int]
            switch nodes[child.index].name {
            case "option": candidates = [child.index]
            case "optgroup":
                candidates = nodes[child.index].children.map(\.index).filter {
                    nodes[$0].kind == .element && nodes[$0].name == "option"
                }
            default: candidates = []
            }
            for option in candidates {
                if first < 0 { first = option }
                if selected < 0 && isChecked(option) { selected = option }
            }
        }
        guard selected >= 0 else { return true }
        let isDropDown = !hasAttribute(select, "multiple") && displaySizeIsOne(select)
        return isDropDown && selected == first && parentElement(first) == select && optionValue(first).isEmpty
    }

    private func displaySizeIsOne(_ select: Int) -> Bool {
        guard let size = attribute(select, "size").flatMap({ Int(Self.trimmed($0)) }) else { return true }
        return size <= 1
    }

    /// An option's value: its `value` attribute, else its text with whitespace collapsed.
    private func optionValue(_ option: Int) -> String {
        if let value = attribute(option, "value") { return value }
        var text = ""
        var index = option + 1
        let end = subtreeEnd(option)
        while index < end {
            if nodes[index].kind == .text { text += nodes[index].text }
            index += 1
        }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
            .joined(separator: " ")
    }

    /// A radio group is missing its value when one of its buttons is required and none is checked.
    private func radioGroupIsMissingValue(_ radio: Int) -> Bool {
        guard let name = attribute(radio, "name"), !name.isEmpty else {
            return hasAttribute(radio, "required") && !hasAttribute(radio, "checked")
        }
        let form = formOwner(radio)
        var required = false
        for index in nodes.indices where nodes[index].kind == .element && nodes[index].name == "input" {
            guard inputType(index) == "radio", let other = attribute(index, "name"), ValueMatching.equal(other, name),
                formOwner(index) == form
            else { continue }
            if hasAttribute(index, "checked") { return false }
            if hasAttribute(index, "required") { required = true }
        }
        return required
    }

    // MARK: - Ranges and steps

    private func isOutOfRange(_ element: Int, _ type: String) -> Bool {
        guard let value = comparable(inputValue(element, type), type) else { return false }
        if let min = comparable(attribute(element, "min"), type), value < min { return true }
        if let max = comparable(attribute(element, "max"), type), value > max { return true }
        return false
    }

    private func hasStepMismatch(_ element: Int, _ type: String, _ value: String) -> Bool {
        guard type == "number", case .number(let number)? = comparable(value, type),
            case .number(let base)? = comparable(attribute(element, "min"), type)
        else { return false }
        var step = 1.0
        if let written = attribute(element, "step") {
            if CSSSerialization.asciiLowercased(Self.trimmed(written)) == "any" { return false }
            if case .number(let parsed)? = comparable(written, type), parsed > 0 { step = parsed }
        }
        let steps = (number - base) / step
        return abs(steps - steps.rounded()) > 1e-9 * max(1, abs(steps))
    }

    /// A value of a range type that can be compared: numbers as numbers, dates and times as
    /// their text (valid date/time strings of one type compare like their meaning).
    private enum RangeValue: Comparable {
        case number(Double)
        case text(String)
    }

    private func comparable(_ text: String?, _ type: String) -> RangeValue? {
        guard let text, !text.isEmpty else { return nil }
        let pattern: String
        switch type {
        case "number", "range":
            guard Self.isValidFloat(text), let value = Double(text), value.isFinite else { return nil }
            return .number(value)
        case "date": pattern = #"\d{4,}-\d\d-\d\d"#
        case "month": pattern = #"\d{4,}-\d\d"#
        case "week": pattern = #"\d{4,}-W\d\d"#
        case "time": pattern = #"\d\d:\d\d(:\d\d(\.\d{1,3})?)?"#
        case "datetime-local": pattern = #"\d{4,}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d{1,3})?)?"#
        default: return nil
        }
        guard Self.matches(text, pattern: pattern) else { return nil }
        guard type == "datetime-local" else { return .text(text) }
        return .text(String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == " " ? "T" : $0 })))
    }

    // MARK: - Text rules

    /// HTML's "valid floating-point number": `-?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?`.
    private static func isValidFloat(_ text: String) -> Bool {
        matches(text, pattern: #"-?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?"#)
    }

    /// HTML's "valid email address".
    private static func isValidEmail(_ text: String) -> Bool {
        let label = "[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
        return matches(text, pattern: "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@\(label)(?:\\.\(label))*")
    }

    /// An absolute URL as far as a browser's URL parser accepts one: a scheme, and a host for
    /// the special schemes that need one.
    private static func isAbsoluteURL(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), matches(String(text[..<colon]), pattern: "[A-Za-z][A-Za-z0-9+.-]*") else {
            return false
        }
        let scheme = CSSSerialization.asciiLowercased(String(text[..<colon]))
        guard ["http", "https", "ftp", "ws", "wss"].contains(scheme) else { return true }
        let rest = text[text.index(after: colon)...].drop { $0 == "/" || $0 == "\\" }
        return !rest.isEmpty && !"?#/".contains(rest.first!)
    }

    /// Whether all of `text` matches `pattern` (like the `pattern` attribute: anchored at both ends).
    /// An invalid pattern, or an unreasonably long pattern or value, never causes a mismatch.
    static func matches(_ text: String, pattern: String) -> Bool {
        guard pattern.utf8.count <= 500, text.utf8.count <= 2000,
            let regex = try? Regex("^(?:" + pattern + ")$")
        else { return true }
        return (try? regex.wholeMatch(in: text)) != nil
    }

    private static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0.isASCII && ValueMatching.isWhitespace(UInt8($0.value)) }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[start...end])
    }
}
