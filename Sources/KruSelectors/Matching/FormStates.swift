/// The form-control states behind `:checked`, `:disabled`, `:enabled`, `:required` and
/// `:optional`, as the HTML standard defines them for a page that was just loaded.
extension Matcher {
    /// Elements `:enabled` / `:disabled` apply to.
    static let enableableElements: Set<String> = [
        "button", "input", "select", "textarea", "fieldset", "optgroup", "option",
    ]
    /// Elements `:optional` applies to when they are not required (Chromium counts buttons too).
    static let optionalElements: Set<String> = ["input", "select", "textarea", "button"]

    /// `<input>` types for which `required` does not apply.
    private static let typesWithoutRequired: Set<String> = [
        "hidden", "range", "color", "submit", "reset", "button", "image",
    ]

    private static let inputTypes: Set<String> = [
        "hidden", "text", "search", "tel", "url", "email", "password", "date", "month", "week", "time",
        "datetime-local", "number", "range", "color", "checkbox", "radio", "file", "submit", "image",
        "reset", "button",
    ]

    /// The state of an `<input>`'s `type` attribute: lower-case, `text` when missing or unknown.
    func inputType(_ element: Int) -> String {
        guard let written = attribute(element, "type") else { return "text" }
        let type = CSSSerialization.asciiLowercased(written)
        return Self.inputTypes.contains(type) ? type : "text"
    }

    func isRequired(_ element: Int) -> Bool {
        switch nodes[element].name {
        case "input":
            return hasAttribute(element, "required") && !Self.typesWithoutRequired.contains(inputType(element))
        case "select", "textarea":
            return hasAttribute(element, "required")
        default:
            return false
        }
    }

    func isDisabled(_ element: Int) -> Bool {
        switch nodes[element].name {
        case "button", "input", "select", "textarea", "fieldset":
            return hasAttribute(element, "disabled") || isInsideDisabledFieldset(element)
        case "optgroup":
            return hasAttribute(element, "disabled")
        case "option":
            if hasAttribute(element, "disabled") { return true }
            let parent = parentElement(element)
            return parent >= 0 && nodes[parent].name == "optgroup" && hasAttribute(parent, "disabled")
        default:
            return false
        }
    }

    /// Inside a `<fieldset disabled>`, but not inside that fieldset's first `<legend>` child.
    private func isInsideDisabledFieldset(_ element: Int) -> Bool {
        var child = element
        var ancestor = parentElement(element)
        while ancestor >= 0 {
            if nodes[ancestor].name == "fieldset" && hasAttribute(ancestor, "disabled") {
                let firstLegend = nodes[ancestor].children.first {
                    nodes[$0.index].kind == .element && nodes[$0.index].name == "legend"
                }
                if firstLegend?.index != child { return true }
            }
            child = ancestor
            ancestor = parentElement(ancestor)
        }
        return false
    }

    func isChecked(_ element: Int) -> Bool {
        switch nodes[element].name {
        case "input":
            let type = inputType(element)
            guard (type == "checkbox" || type == "radio") && hasAttribute(element, "checked") else { return false }
            return type == "checkbox" || !isUncheckedByLaterRadio(element)
        case "option":
            return isSelected(element)
        default:
            return false
        }
    }

    /// A checked radio button is unchecked when a later radio button of its group is checked
    /// (the parser checks each in turn, and checking one unchecks the others).
    private func isUncheckedByLaterRadio(_ radio: Int) -> Bool {
        guard let name = attribute(radio, "name"), !name.isEmpty else { return false }
        let form = formOwner(radio)
        for index in (radio + 1)..<nodes.count
        where nodes[index].kind == .element && nodes[index].name == "input" {
            if inputType(index) == "radio", hasAttribute(index, "checked"),
                let other = attribute(index, "name"), ValueMatching.equal(other, name), formOwner(index) == form
            {
                return true
            }
        }
        return false
    }

    /// The nearest `<form>` ancestor, or -1.
    func formOwner(_ element: Int) -> Int {
        var ancestor = parentElement(element)
        while ancestor >= 0 && nodes[ancestor].name != "form" { ancestor = parentElement(ancestor) }
        return ancestor
    }

    /// An `<option>`'s selectedness after loading: in a single-choice `<select>` the last option
    /// with `selected` wins, and when none has it a drop-down selects its first enabled option.
    private func isSelected(_ option: Int) -> Bool {
        var select = parentElement(option)
        if select >= 0 && nodes[select].name == "optgroup" { select = parentElement(select) }
        guard select >= 0 && nodes[select].name == "select" else { return hasAttribute(option, "selected") }
        let multiple = hasAttribute(select, "multiple")
        if multiple { return hasAttribute(option, "selected") }
        var lastSelected = -1
        var firstEnabled = -1
        forEachOption(of: select) { candidate in
            if hasAttribute(candidate, "selected") { lastSelected = candidate }
            if firstEnabled < 0 && !isDisabled(candidate) { firstEnabled = candidate }
        }
        if lastSelected >= 0 { return lastSelected == option }
        return displaySize(select) == 1 && firstEnabled == option
    }

    /// The options of a `<select>`: its `<option>` children and those of its `<optgroup>` children.
    private func forEachOption(of select: Int, _ body: (Int) -> Void) {
        for child in nodes[select].children where nodes[child.index].kind == .element {
            switch nodes[child.index].name {
            case "option":
                body(child.index)
            case "optgroup":
                for grandchild in nodes[child.index].children
                where nodes[grandchild.index].kind == .element && nodes[grandchild.index].name == "option" {
                    body(grandchild.index)
                }
            default:
                continue
            }
        }
    }

    /// A single-choice `<select>`'s display size: its `size` when that is a positive integer, else 1.
    private func displaySize(_ select: Int) -> Int {
        guard let written = attribute(select, "size") else { return 1 }
        // "Rules for parsing non-negative integers": whitespace, an optional `+`, digits.
        var scalars = Substring(written).unicodeScalars.drop { $0.isASCII && ValueMatching.isWhitespace(UInt8($0.value)) }
        if scalars.first == "+" { scalars = scalars.dropFirst() }
        let digits = scalars.prefix { $0 >= "0" && $0 <= "9" }
        guard !digits.isEmpty else { return 1 }
        let size = digits.prefix(9).reduce(0) { $0 * 10 + Int($1.value - 48) }
        guard size > 0 else { return 1 }
        return size
    }
}

extension Matcher {
    /// `<input>` types whose value the user types (the types `readonly` and `placeholder` apply to).
    private static let textEditableTypes: Set<String> = [
        "text", "search", "url", "tel", "email", "password", "date", "month", "week", "time",
        "datetime-local", "number",
    ]
    private static let placeholderTypes: Set<String> = ["text", "search", "url", "tel", "email", "password", "number"]

    /// `:read-write`: a mutable text field or text area, or an editable (`contenteditable`) element.
    func isReadWrite(_ element: Int) -> Bool {
        switch nodes[element].name {
        case "input":
            guard Self.textEditableTypes.contains(inputType(element)) else { return false }
            return !hasAttribute(element, "readonly") && !isDisabled(element)
        case "textarea":
            return !hasAttribute(element, "readonly") && !isDisabled(element)
        default:
            return isEditable(element)
        }
    }

    /// `:placeholder-shown`: a `placeholder` attribute (even an empty one, as in Chromium) and an empty value.
    func isPlaceholderShown(_ element: Int) -> Bool {
        guard hasAttribute(element, "placeholder") else { return false }
        switch nodes[element].name {
        case "input":
            return Self.placeholderTypes.contains(inputType(element)) && (attribute(element, "value") ?? "").isEmpty
        case "textarea":
            return nodes[element].children.allSatisfy { nodes[$0.index].kind != .text || nodes[$0.index].text.isEmpty }
        default:
            return false
        }
    }

    /// `:default`: checked-by-default controls, selected-by-default options, and each form's
    /// default button (its first submit button).
    func isDefault(_ element: Int) -> Bool {
        switch nodes[element].name {
        case "input":
            let type = inputType(element)
            if type == "checkbox" || type == "radio" { return hasAttribute(element, "checked") }
            return (type == "submit" || type == "image") && isDefaultButton(element)
        case "button":
            return isSubmitButton(element) && isDefaultButton(element)
        case "option":
            return hasAttribute(element, "selected")
        default:
            return false
        }
    }

    private func isSubmitButton(_ element: Int) -> Bool {
        switch nodes[element].name {
        case "button":
            guard let type = attribute(element, "type") else { return true }
            let lower = CSSSerialization.asciiLowercased(type)
            return lower != "reset" && lower != "button"
        case "input":
            let type = inputType(element)
            return type == "submit" || type == "image"
        default:
            return false
        }
    }

    /// Whether `element` is the first submit button of its form.
    private func isDefaultButton(_ element: Int) -> Bool {
        let form = formOwner(element)
        guard form >= 0 else { return false }
        for index in stride(from: form + 1, to: element, by: 1) where nodes[index].kind == .element && isSubmitButton(index) {
            if formOwner(index) == form { return false }
        }
        return true
    }

    /// `:indeterminate`: a radio button whose group has no checked button, or a `<progress>` with no value.
    func isIndeterminate(_ element: Int) -> Bool {
        switch nodes[element].name {
        case "progress":
            return !hasAttribute(element, "value")
        case "input":
            guard inputType(element) == "radio", !hasAttribute(element, "checked") else { return false }
            guard let name = attribute(element, "name"), !name.isEmpty else { return true }
            let form = formOwner(element)
            for index in nodes.indices
            where nodes[index].kind == .element && nodes[index].name == "input" && hasAttribute(index, "checked") {
                if inputType(index) == "radio", let other = attribute(index, "name"), ValueMatching.equal(other, name),
                    formOwner(index) == form
                {
                    return false
                }
            }
            return true
        default:
            return false
        }
    }
}
