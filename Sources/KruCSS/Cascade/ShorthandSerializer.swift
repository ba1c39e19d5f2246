/// Serialises the shorthands `getComputedStyle` reports from their longhands
/// (Chromium's forms): `margin`, `padding`, `inset`, `border-width`,
/// `border-style`, `border-color`, `border-radius`, `border`, `border-top` …,
/// `overflow`, `gap`, `flex`, `flex-flow`, `list-style`, `text-decoration`.
enum ShorthandSerializer {
    static let supported: Set<String> = [
        "margin", "padding", "inset", "border-width", "border-style", "border-color", "border-radius", "border",
        "border-top", "border-right", "border-bottom", "border-left", "overflow", "gap", "flex", "flex-flow",
        "list-style", "text-decoration",
    ]

    static func serialize(_ name: String, _ longhand: (String) -> String) -> String? {
        let sides = ["top", "right", "bottom", "left"]
        switch name {
        case "margin", "padding": return fourSides(sides.map { longhand("\(name)-\($0)") })
        case "inset": return fourSides(sides.map { longhand($0) })
        case "border-width", "border-style", "border-color":
            let part = name.dropFirst("border-".count)
            return fourSides(sides.map { longhand("border-\($0)-\(part)") })
        case "border-radius":
            let corners = ["top-left", "top-right", "bottom-right", "bottom-left"].map { longhand("border-\($0)-radius") }
            let split = corners.map { $0.split(separator: " ").map(String.init) }
            let horizontal = fourSides(split.map { $0[0] })
            if split.allSatisfy({ $0.count == 1 }) { return horizontal }
            return horizontal + " / " + fourSides(split.map { $0.count > 1 ? $0[1] : $0[0] })
        case "border":
            let each = sides.map { side in
                ["width", "style", "color"].map { longhand("border-\(side)-\($0)") }.joined(separator: " ")
            }
            return Set(each).count == 1 ? each[0] : ""
        case "border-top", "border-right", "border-bottom", "border-left":
            return ["width", "style", "color"].map { longhand("\(name)-\($0)") }.joined(separator: " ")
        case "overflow":
            let x = longhand("overflow-x"), y = longhand("overflow-y")
            return x == y ? x : "\(x) \(y)"
        case "gap":
            let row = longhand("row-gap"), column = longhand("column-gap")
            return row == column ? row : "\(row) \(column)"
        case "flex":
            return [longhand("flex-grow"), longhand("flex-shrink"), longhand("flex-basis")].joined(separator: " ")
        case "flex-flow":
            return "\(longhand("flex-direction")) \(longhand("flex-wrap"))"
        case "list-style":
            return [longhand("list-style-position"), longhand("list-style-image"), longhand("list-style-type")]
                .joined(separator: " ")
        case "text-decoration":
            var parts = [longhand("text-decoration-line")]
            let style = longhand("text-decoration-style")
            if style != "solid" { parts.append(style) }
            let color = longhand("text-decoration-color")
            if color != longhand("color") { parts.append(color) }
            return parts.joined(separator: " ")
        default:
            return nil
        }
    }

    /// `1px 2px 1px 2px` → `1px 2px`, as CSSOM shortens box values.
    private static func fourSides(_ values: [String]) -> String {
        let (top, right, bottom, left) = (values[0], values[1], values[2], values[3])
        if left == right {
            if top == bottom {
                return top == right ? top : "\(top) \(right)"
            }
            return "\(top) \(right) \(bottom)"
        }
        return "\(top) \(right) \(bottom) \(left)"
    }
}
