/// Turns one declaration into longhand values: validates the value against
/// the property's grammar and expands shorthands, as a browser's parser does.
enum DeclarationExpander {
    enum Result: Equatable {
        /// The longhands (by id) and their specified values.
        case longhands([Longhand])
        /// The property is known but the value is not valid for it: the browser drops it.
        case invalidValue
        /// No such property.
        case unknownProperty
        /// A real property kru does not compute (`transition`, `box-shadow` …).
        case notComputed
        /// A custom property (`--name`), whose value is any tokens.
        case custom
    }

    struct Longhand: Equatable {
        var id: Int
        var value: SpecifiedValue
    }

    static let shorthands: [String: [String]] = {
        let sides = ["top", "right", "bottom", "left"]
        var table: [String: [String]] = [
            "margin": sides.map { "margin-\($0)" },
            "padding": sides.map { "padding-\($0)" },
            "inset": sides,
            "border-width": sides.map { "border-\($0)-width" },
            "border-style": sides.map { "border-\($0)-style" },
            "border-color": sides.map { "border-\($0)-color" },
            "border-radius": ["top-left", "top-right", "bottom-right", "bottom-left"].map { "border-\($0)-radius" },
            "border": sides.flatMap { ["border-\($0)-width", "border-\($0)-style", "border-\($0)-color"] },
            "background": ["background-color", "background-image"],
            "font": ["font-style", "font-variant-caps", "font-weight", "font-size", "line-height", "font-family"],
            "flex": ["flex-grow", "flex-shrink", "flex-basis"],
            "flex-flow": ["flex-direction", "flex-wrap"],
            "place-content": ["align-content", "justify-content"],
            "gap": ["row-gap", "column-gap"],
            "grid-gap": ["row-gap", "column-gap"],
            "list-style": ["list-style-position", "list-style-image", "list-style-type"],
            "text-decoration": ["text-decoration-line", "text-decoration-style", "text-decoration-color"],
            "overflow": ["overflow-x", "overflow-y"],
        ]
        for side in sides {
            table["border-\(side)"] = ["border-\(side)-width", "border-\(side)-style", "border-\(side)-color"]
        }
        // Logical pairs, for a horizontal left-to-right page: block = top/bottom, inline = left/right.
        for (logical, physical) in logicalPairs {
            for box in ["margin", "padding"] { table["\(box)-\(logical)"] = physical.map { "\(box)-\($0)" } }
            table["inset-\(logical)"] = physical
            for part in ["width", "style", "color"] {
                table["border-\(logical)-\(part)"] = physical.map { "border-\($0)-\(part)" }
            }
            table["border-\(logical)"] = physical.flatMap { ["border-\($0)-width", "border-\($0)-style", "border-\($0)-color"] }
        }
        for (logical, physical) in logicalSides {
            table["border-\(logical)"] = ["border-\(physical)-width", "border-\(physical)-style", "border-\(physical)-color"]
        }
        return table
    }()

    /// `block` and `inline` pairs of sides on a horizontal, left-to-right page.
    static let logicalPairs: [String: [String]] = ["block": ["top", "bottom"], "inline": ["left", "right"]]
    static let logicalSides: [String: String] = [
        "block-start": "top", "block-end": "bottom", "inline-start": "left", "inline-end": "right",
    ]

    /// Logical longhands and the physical longhands they set on a horizontal, left-to-right page
    /// (`margin-inline-start` → `margin-left`, `inline-size` → `width`), as Chromium computes them.
    static let logicalLonghands: [String: String] = {
        var table: [String: String] = [
            "inline-size": "width", "block-size": "height", "min-inline-size": "min-width", "max-inline-size": "max-width",
            "min-block-size": "min-height", "max-block-size": "max-height",
            "border-start-start-radius": "border-top-left-radius", "border-start-end-radius": "border-top-right-radius",
            "border-end-start-radius": "border-bottom-left-radius", "border-end-end-radius": "border-bottom-right-radius",
        ]
        for (logical, physical) in logicalSides {
            table["margin-\(logical)"] = "margin-\(physical)"
            table["padding-\(logical)"] = "padding-\(physical)"
            table["inset-\(logical)"] = physical
            for part in ["width", "style", "color"] { table["border-\(logical)-\(part)"] = "border-\(physical)-\(part)" }
        }
        return table
    }()

    /// Prefixed property names Chromium still accepts as aliases of the standard ones (beginners
    /// copy them from old tutorials). `-webkit-border-radius` is `border-radius`, except that
    /// two values without `/` give every corner that pair of radii (`10px 20px` = `10px / 20px`).
    static let aliases: [String: String] = {
        var table: [String: String] = [:]
        for name in [
            "align-content", "align-items", "align-self", "flex", "flex-basis", "flex-direction", "flex-flow",
            "flex-grow", "flex-shrink", "flex-wrap", "justify-content", "box-sizing", "opacity", "column-gap",
            "border-top-left-radius", "border-top-right-radius", "border-bottom-right-radius", "border-bottom-left-radius",
            "border-radius",
        ] {
            table["-webkit-" + name] = name
        }
        return table
    }()

    static func expand(name: String, value: [ComponentValue], quirks: Bool) -> Result {
        if name.hasPrefix("--") { return .custom }
        if name == "-webkit-border-radius", value.nonWhitespace.count == 2, !containsVar(value),
            !value.contains(where: { $0.kind == .token && $0.token.isDelim("/") })
        {
            let corners = shorthands["border-radius"]!
            guard let pair = ValueParser.parse(PropertyTable.byName[corners[0]]!.kind, value, quirks: quirks) else {
                return .invalidValue
            }
            return .longhands(corners.map { Longhand(id: PropertyTable.id($0), value: pair) })
        }
        let name = logicalLonghands[aliases[name] ?? name] ?? aliases[name] ?? name
        let parts = value.nonWhitespace
        if name == "all" {
            guard parts.count == 1, parts[0].kind == .token, parts[0].token.kind == .ident else {
                return containsVar(value) ? .notComputed : .invalidValue
            }
            let word = parts[0].token.value.lowercased()
            guard let wide = word == "revert-layer" ? .revert : CSSWideKeyword(rawValue: word) else { return .invalidValue }
            return .longhands(PropertyTable.longhands.map { Longhand(id: $0.id, value: .cssWide(wide)) })
        }
        let isKnownLonghand = PropertyTable.byName[name] != nil
        let shorthand = shorthands[name]
        guard isKnownLonghand || shorthand != nil else {
            if KnownProperties.names.contains(name) || name.hasPrefix("-webkit-") || name.hasPrefix("-moz-")
                || name.hasPrefix("-ms-") || name.hasPrefix("-o-")
            {
                return parts.isEmpty ? .invalidValue : .notComputed
            }
            return .unknownProperty
        }
        guard !parts.isEmpty else { return .invalidValue }
        if containsVar(value) {
            // Checked after `var()` substitution, at computed-value time.
            let pending = SpecifiedValue.unresolved(UnresolvedValue(property: name, value: value))
            return .longhands((shorthand ?? [name]).map { Longhand(id: PropertyTable.id($0), value: pending) })
        }
        if parts.count == 1, parts[0].kind == .token, parts[0].token.kind == .ident {
            let word = parts[0].token.value.lowercased()
            let wide: CSSWideKeyword? =
                word == "revert-layer" ? .revert : CSSWideKeyword(rawValue: word)
            if let wide {
                let names = shorthand ?? [name]
                return .longhands(names.map { Longhand(id: PropertyTable.id($0), value: .cssWide(wide)) })
            }
        }
        if quirks, hashlessColorProperties.contains(name), let colors = hashlessColors(parts) {
            let names = shorthand ?? [name]
            let values = names.count == 1 ? colors : Self.fourSides(colors)
            guard values.count == names.count else { return .invalidValue }
            return .longhands(zip(names, values).map { Longhand(id: PropertyTable.id($0.0), value: .color(.rgba($0.1))) })
        }
        if let definition = PropertyTable.byName[name] {
            guard let parsed = ValueParser.parse(definition.kind, value, quirks: quirks) else { return .invalidValue }
            return .longhands([Longhand(id: definition.id, value: parsed)])
        }
        guard let values = Shorthands.expand(name, value, quirks: quirks) else { return .invalidValue }
        return .longhands(zip(shorthand!, values).map { Longhand(id: PropertyTable.id($0.0), value: $0.1) })
    }

    /// Where quirks mode accepts hash-less hex colours (`color: ff0000`), as Chromium does: not in
    /// `border`, `border-top` … `background` or `text-decoration-color`.
    static let hashlessColorProperties: Set<String> = [
        "color", "background-color", "border-color", "border-top-color", "border-right-color", "border-bottom-color",
        "border-left-color",
    ]

    /// The values, when each is a colour and at least one is a hash-less hex colour.
    private static func hashlessColors(_ parts: [ComponentValue]) -> [RGBA]? {
        var colors: [RGBA] = []
        var quirky = false
        for part in parts {
            if case .rgba(let color)? = ColorParser.parse(part) {
                colors.append(color)
            } else if let color = ColorParser.hashlessHex(part) {
                colors.append(color)
                quirky = true
            } else {
                return nil
            }
        }
        return quirky ? colors : nil
    }

    /// `a` → a a a a, `a b` → a b a b, `a b c` → a b c b (top, right, bottom, left).
    private static func fourSides<T>(_ values: [T]) -> [T] {
        switch values.count {
        case 1: return Array(repeating: values[0], count: 4)
        case 2: return [values[0], values[1], values[0], values[1]]
        case 3: return [values[0], values[1], values[2], values[1]]
        case 4: return values
        default: return []
        }
    }

    static func containsVar(_ values: [ComponentValue]) -> Bool {
        values.contains { $0.isFunction("var") || (($0.kind != .token) && containsVar($0.children)) }
    }
}
