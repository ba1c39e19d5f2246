import KruHTML

/// The type a browser gives a form control (`input.type`, `button.type`):
/// letter case ignored, a missing or unknown value falls back to the default.
enum ControlType {
    static let inputTypes: Set<String> = [
        "hidden", "text", "search", "tel", "url", "email", "password", "date", "month", "week", "time",
        "datetime-local", "number", "range", "color", "checkbox", "radio", "file", "submit", "image", "reset", "button",
    ]

    static func of(_ element: Element) -> String {
        let raw = element.attribute("type")?.lowercased()
        switch element.name {
        case "input":
            guard let raw, inputTypes.contains(raw) else { return "text" }
            return raw
        case "button":
            guard let raw, ["submit", "reset", "button"].contains(raw) else { return "submit" }
            return raw
        case "select":
            return element.hasAttribute("multiple") ? "select-multiple" : "select-one"
        case "textarea":
            return "textarea"
        default:
            return raw ?? ""
        }
    }
}
