/// Parses the value of one longhand property by its ``ValueKind``.
enum ValueParser {
    static func parse(_ kind: ValueKind, _ values: [ComponentValue], quirks: Bool) -> SpecifiedValue? {
        let parts = values.nonWhitespace
        guard !parts.isEmpty else { return nil }
        switch kind {
        case .fontFamily: return fontFamily(values)
        case .image: return image(parts)
        case .textDecorationLine: return textDecorationLine(parts)
        case .trackList: return trackList(values)
        case .cursor: return cursor(values)
        case .display: return display(parts)
        case .radius:
            guard parts.count <= 2 else { return nil }
            guard let first = single(.lengthPercentage(keywords: [], nonNegative: true, percent: true, quirky: false), parts[0], quirks: quirks),
                case .length(let a) = first
            else { return nil }
            if parts.count == 2 {
                guard let second = single(.lengthPercentage(keywords: [], nonNegative: true, percent: true, quirky: false), parts[1], quirks: quirks),
                    case .length(let b) = second
                else { return nil }
                return .pair(a, b)
            }
            return .length(a)
        case .fontStyle:
            guard let first = parts.first, first.kind == .token, first.token.kind == .ident else { return nil }
            let word = first.token.value.lowercased()
            if parts.count == 1, ["normal", "italic", "oblique"].contains(word) { return .keyword(word) }
            if parts.count == 2, word == "oblique", parts[1].kind == .token, parts[1].token.kind == .dimension,
                ["deg", "rad", "grad", "turn"].contains(parts[1].token.value.lowercased())
            {
                return .keyword("oblique")
            }
            return nil
        case .keyword(let allowed) where parts.count == 2 && allowed.contains("flex-start"):
            return alignment(allowed, parts)
        default:
            guard parts.count == 1 else { return nil }
            return single(kind, parts[0], quirks: quirks)
        }
    }

    /// The two-word values of the box-alignment properties (justify-content, align-content,
    /// align-items, align-self): `safe center`, `unsafe end`, and `first baseline` (which
    /// computes to `baseline`) or `last baseline`.
    private static func alignment(_ allowed: Set<String>, _ parts: [ComponentValue]) -> SpecifiedValue? {
        let words = parts.compactMap { $0.kind == .token && $0.token.kind == .ident ? $0.token.value.lowercased() : nil }
        guard words.count == 2, allowed.contains(words[1]) else { return nil }
        let positions: Set<String> = ["center", "start", "end", "flex-start", "flex-end", "self-start", "self-end", "left", "right"]
        if ["safe", "unsafe"].contains(words[0]), positions.contains(words[1]) { return .keyword(words.joined(separator: " ")) }
        if words[1] == "baseline", words[0] == "first" { return .keyword("baseline") }
        if words[1] == "baseline", words[0] == "last" { return .keyword("last baseline") }
        return nil
    }

    /// Parses one component for the single-component kinds.
    static func single(_ kind: ValueKind, _ value: ComponentValue, quirks: Bool) -> SpecifiedValue? {
        let ident: String? =
            value.kind == .token && value.token.kind == .ident ? value.token.value.lowercased() : nil
        switch kind {
        case .color:
            return ColorParser.parse(value).map { .color($0) }
        case .keyword(let allowed):
            guard let ident, allowed.contains(ident) else { return nil }
            return .keyword(ident)
        case .lengthPercentage(let keywords, let nonNegative, let percent, let quirky):
            if let ident { return keywords.contains(ident) ? .keyword(ident) : nil }
            guard let spec = LengthParser.lengthPercentage(value, allowPercent: percent, quirks: quirks && quirky)
            else { return nil }
            if nonNegative, spec.isNegativeLiteral { return nil }
            return .length(spec)
        case .borderWidth:
            if let ident { return ["thin", "medium", "thick"].contains(ident) ? .keyword(ident) : nil }
            guard let spec = LengthParser.lengthPercentage(value, allowPercent: false, quirks: quirks),
                !spec.isNegativeLiteral
            else { return nil }
            return .length(spec)
        case .fontSize:
            if let ident {
                return FontSizes.keywords[ident] != nil || ident == "smaller" || ident == "larger"
                    ? .keyword(ident) : nil
            }
            guard let spec = LengthParser.lengthPercentage(value, quirks: quirks), !spec.isNegativeLiteral
            else { return nil }
            return .length(spec)
        case .fontWeight:
            if let ident {
                switch ident {
                case "normal": return .number(400)
                case "bold": return .number(700)
                case "bolder", "lighter": return .keyword(ident)
                default: return nil
                }
            }
            guard let n = LengthParser.number(value), n >= 1, n <= 1000 else { return nil }
            return .number(n)
        case .lineHeight:
            if let ident { return ident == "normal" ? .keyword(ident) : nil }
            if let n = LengthParser.number(value) { return n >= 0 ? .number(n) : nil }
            guard let spec = LengthParser.lengthPercentage(value), !spec.isNegativeLiteral else { return nil }
            return .length(spec)
        case .number(let nonNegative):
            guard let n = LengthParser.number(value), !nonNegative || n >= 0 else { return nil }
            return .number(n)
        case .opacity:
            if value.kind == .token, value.token.kind == .percentage { return .number(value.token.number / 100) }
            return LengthParser.number(value).map { .number($0) }
        case .zIndex:
            if let ident { return ident == "auto" ? .keyword(ident) : nil }
            guard value.kind == .token, value.token.kind == .number, value.token.isInteger else {
                if let n = LengthParser.number(value) { return .number(n.rounded()) }
                return nil
            }
            return .number(value.token.number)
        case .fontFamily, .image, .textDecorationLine, .trackList, .cursor, .display, .radius, .fontStyle:
            return parse(kind, [value], quirks: quirks)
        }
    }

    // MARK: - Complex values

    static let genericFamilies: Set<String> = [
        "serif", "sans-serif", "monospace", "cursive", "fantasy", "system-ui", "ui-serif", "ui-sans-serif",
        "ui-monospace", "ui-rounded", "math", "emoji", "fangsong",
    ]

    static func fontFamily(_ values: [ComponentValue]) -> SpecifiedValue? {
        var families: [String] = []
        var current: [String] = []
        var currentIsString = false
        func finish() -> Bool {
            if currentIsString {
                currentIsString = false
                return true
            }
            guard !current.isEmpty else { return false }
            if current.count == 1 {
                let word = current[0].lowercased()
                if genericFamilies.contains(word) {
                    families.append(word)
                    current = []
                    return true
                }
                if ["inherit", "initial", "unset", "default", "revert", "revert-layer"].contains(word) {
                    return false
                }
            }
            families.append(quoteIfNeeded(current.joined(separator: " ")))
            current = []
            return true
        }
        for value in values {
            guard value.kind == .token else { return nil }
            switch value.token.kind {
            case .whitespace: continue
            case .comma:
                guard finish() else { return nil }
            case .ident:
                guard !currentIsString else { return nil }
                current.append(value.token.value)
            case .string:
                guard current.isEmpty, !currentIsString else { return nil }
                let name = value.token.value
                families.append(
                    genericFamilies.contains(name.lowercased()) ? "\"\(name)\"" : quoteIfNeeded(name))
                currentIsString = true
            default:
                return nil
            }
        }
        guard finish() else { return nil }
        return .text(families.joined(separator: ", "))
    }

    /// Chromium quotes a family name unless it is a single identifier that is not a generic keyword.
    private static func quoteIfNeeded(_ name: String) -> String {
        let isIdentifier =
            !name.isEmpty && !name.contains(" ")
            && CSSTokenizer.tokenize(name).count == 1 && CSSTokenizer.tokenize(name).first?.kind == .ident
        if isIdentifier, !genericFamilies.contains(name.lowercased()) { return name }
        return "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static let imageFunctions: Set<String> = [
        "linear-gradient", "radial-gradient", "conic-gradient", "repeating-linear-gradient",
        "repeating-radial-gradient", "repeating-conic-gradient", "-webkit-linear-gradient",
        "-webkit-radial-gradient", "image-set", "-webkit-image-set", "cross-fade",
    ]

    /// One image: `url(…)`, a gradient, or `none` when `allowNone`.
    static func imageText(_ value: ComponentValue) -> String? {
        if value.kind == .token, value.token.kind == .url { return "url(\"\(value.token.value)\")" }
        if value.isFunction("url") {
            guard let argument = value.children.first(where: { !$0.isWhitespace }), argument.token.kind == .string
            else { return nil }
            return "url(\"\(argument.token.value)\")"
        }
        if value.kind == .function, imageFunctions.contains(value.token.value.lowercased()) {
            return GenericSerializer.serialize([value])
        }
        return nil
    }

    static func image(_ parts: [ComponentValue]) -> SpecifiedValue? {
        if parts.count == 1, parts[0].kind == .token, parts[0].token.isIdent("none") { return .keyword("none") }
        var images: [String] = []
        var expectImage = true
        for part in parts {
            if part.kind == .token, part.token.kind == .comma {
                guard !expectImage else { return nil }
                expectImage = true
                continue
            }
            guard expectImage else { return nil }
            if part.kind == .token, part.token.isIdent("none") {
                images.append("none")
            } else if let text = imageText(part) {
                images.append(text)
            } else {
                return nil
            }
            expectImage = false
        }
        guard !expectImage else { return nil }
        return .text(images.joined(separator: ", "))
    }

    static let decorationLines = ["underline", "overline", "line-through", "blink"]

    static func textDecorationLine(_ parts: [ComponentValue]) -> SpecifiedValue? {
        var seen = Set<String>()
        for part in parts {
            guard part.kind == .token, part.token.kind == .ident else { return nil }
            let word = part.token.value.lowercased()
            if word == "none" {
                return parts.count == 1 ? .keyword("none") : nil
            }
            guard decorationLines.contains(word), seen.insert(word).inserted else { return nil }
        }
        return .keyword(decorationLines.filter { seen.contains($0) }.joined(separator: " "))
    }

    static func trackList(_ values: [ComponentValue]) -> SpecifiedValue? {
        let parts = values.nonWhitespace
        if parts.count == 1, parts[0].kind == .token, parts[0].token.isIdent("none") { return .keyword("none") }
        if parts.count == 1, parts[0].kind == .token, parts[0].token.isIdent("subgrid") { return .keyword("subgrid") }
        func valid(_ value: ComponentValue, inFunction: Bool) -> Bool {
            switch value.kind {
            case .token:
                switch value.token.kind {
                case .whitespace, .percentage: return true
                case .comma: return inFunction
                case .number: return value.token.number == 0 || inFunction
                case .dimension:
                    return value.token.value.lowercased() == "fr" || LengthParser.length(value.token) != nil
                case .ident:
                    return ["auto", "min-content", "max-content", "auto-fill", "auto-fit"].contains(
                        value.token.value.lowercased())
                default: return false
                }
            case .function:
                let name = value.token.value.lowercased()
                guard ["repeat", "minmax", "fit-content", "calc", "min", "max", "clamp"].contains(name) else {
                    return false
                }
                return value.children.allSatisfy { valid($0, inFunction: true) }
            case .block:
                return value.token.kind == .openSquare
            }
        }
        guard values.allSatisfy({ valid($0, inFunction: false) }) else { return nil }
        return .text(GenericSerializer.serialize(values))
    }

    static func cursor(_ values: [ComponentValue]) -> SpecifiedValue? {
        let parts = values.nonWhitespace
        guard let last = parts.last, last.kind == .token, last.token.kind == .ident,
            PropertyTable.cursors.contains(last.token.value.lowercased())
        else { return nil }
        if parts.count == 1 { return .keyword(last.token.value.lowercased()) }
        // `url(x.png) 4 4, pointer`: images with optional hotspots, comma separated.
        var text: [String] = []
        var group: [String] = []
        for part in parts.dropLast() {
            if part.kind == .token, part.token.kind == .comma {
                guard !group.isEmpty else { return nil }
                text.append(group.joined(separator: " "))
                group = []
            } else if let image = imageText(part), group.isEmpty {
                group.append(image)
            } else if part.kind == .token, part.token.kind == .number, !group.isEmpty, group.count < 3 {
                group.append(NumberFormat.format(part.token.number))
            } else {
                return nil
            }
        }
        guard group.isEmpty else { return nil }
        text.append(last.token.value.lowercased())
        return .text(text.joined(separator: ", "))
    }

    static let displayKeywords: Set<String> = [
        "none", "block", "inline", "inline-block", "flex", "inline-flex", "grid", "inline-grid", "list-item",
        "table", "inline-table", "table-row", "table-cell", "table-column", "table-column-group",
        "table-header-group", "table-footer-group", "table-row-group", "table-caption", "contents", "flow-root",
        "ruby", "ruby-text", "-webkit-box", "-webkit-inline-box", "math",
    ]

    static func display(_ parts: [ComponentValue]) -> SpecifiedValue? {
        let words = parts.compactMap { part -> String? in
            part.kind == .token && part.token.kind == .ident ? part.token.value.lowercased() : nil
        }
        guard words.count == parts.count else { return nil }
        if words.count == 1 {
            // Old prefixed spellings Chromium still reads as the standard values.
            if words[0] == "-webkit-flex" { return .keyword("flex") }
            if words[0] == "-webkit-inline-flex" { return .keyword("inline-flex") }
            return displayKeywords.contains(words[0]) ? .keyword(words[0]) : nil
        }
        let set = Set(words)
        guard set.count == words.count, words.count <= 3 else { return nil }
        let outer = set.contains("inline") ? "inline" : set.contains("block") ? "block" : nil
        let listItem = set.contains("list-item")
        let inner = set.subtracting(["inline", "block", "list-item"])
        guard inner.count <= 1 else { return nil }
        let innerWord = inner.first
        if listItem {
            guard innerWord == nil || innerWord == "flow" || innerWord == "flow-root" else { return nil }
            if outer == "inline" { return .keyword("inline list-item") }
            return .keyword("list-item")
        }
        guard let outer else { return nil }
        switch (outer, innerWord) {
        case ("block", "flow"): return .keyword("block")
        case ("block", "flow-root"): return .keyword("flow-root")
        case ("block", "flex"): return .keyword("flex")
        case ("block", "grid"): return .keyword("grid")
        case ("block", "table"): return .keyword("table")
        case ("inline", "flow"): return .keyword("inline")
        case ("inline", "flow-root"): return .keyword("inline-block")
        case ("inline", "flex"): return .keyword("inline-flex")
        case ("inline", "grid"): return .keyword("inline-grid")
        case ("inline", "table"): return .keyword("inline-table")
        default: return nil
        }
    }
}

/// Writes component values as text with normalised whitespace (for values
/// kru keeps as text: gradients, track lists).
enum GenericSerializer {
    static func serialize(_ values: [ComponentValue]) -> String {
        var output = ""
        append(Array(values.trimmingWhitespace()), to: &output)
        return output
    }

    private static func append(_ values: [ComponentValue], to output: inout String) {
        var pendingSpace = false
        for value in values {
            if value.isWhitespace {
                pendingSpace = true
                continue
            }
            if value.kind == .token, value.token.kind == .comma {
                output += ", "
                pendingSpace = false
                continue
            }
            if pendingSpace, !output.isEmpty, !output.hasSuffix(" "), !output.hasSuffix("(") { output += " " }
            pendingSpace = false
            switch value.kind {
            case .function:
                output += value.token.value.lowercased() + "("
                append(Array(value.children.trimmingWhitespace()), to: &output)
                output += ")"
            case .block:
                let (open, close) = value.token.kind == .openSquare ? ("[", "]") : value.token.kind == .openCurly ? ("{", "}") : ("(", ")")
                output += open
                append(Array(value.children.trimmingWhitespace()), to: &output)
                output += close
            case .token:
                output += tokenText(value.token)
            }
        }
    }

    private static func tokenText(_ token: CSSToken) -> String {
        switch token.kind {
        case .ident: return token.value
        case .number: return NumberFormat.format(token.number)
        case .percentage: return NumberFormat.format(token.number) + "%"
        case .dimension: return NumberFormat.format(token.number) + token.value.lowercased()
        case .string: return "\"\(token.value)\""
        case .hash: return "#" + token.value
        case .url: return "url(\"\(token.value)\")"
        case .delim: return token.value
        case .colon: return ":"
        case .semicolon: return ";"
        case .comma: return ","
        default: return ""
        }
    }
}

/// The absolute font-size keywords in px (Chromium's table at medium = 16px).
enum FontSizes {
    static let keywords: [String: Double] = [
        "xx-small": 9, "x-small": 10, "small": 13, "medium": 16, "large": 18, "x-large": 24, "xx-large": 32,
        "xxx-large": 48,
    ]
}
