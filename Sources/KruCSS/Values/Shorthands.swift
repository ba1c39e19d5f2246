/// Expansion of shorthand properties into their longhands' values, in the
/// order of ``DeclarationExpander/shorthands``. `nil` means the value is
/// invalid (the browser drops the whole declaration).
enum Shorthands {
    static func expand(_ name: String, _ value: [ComponentValue], quirks: Bool) -> [SpecifiedValue]? {
        let parts = value.nonWhitespace
        func kind(_ longhand: String) -> ValueKind { PropertyTable.byName[longhand]!.kind }
        switch name {
        case "margin": return boxSides(parts, kind("margin-top"), quirks)
        case "padding": return boxSides(parts, kind("padding-top"), quirks)
        case "inset": return boxSides(parts, kind("top"), quirks)
        case "border-width": return boxSides(parts, .borderWidth, quirks)
        case "border-style": return boxSides(parts, kind("border-top-style"), quirks)
        case "border-color": return boxSides(parts, .color, quirks)
        case "border-radius": return borderRadius(parts, quirks)
        // The unitless-length quirk covers border-width and its longhands, not `border`/`border-top`
        // (Chromium 156: `border: 1 solid black` is dropped in quirks mode too).
        case "border":
            guard let side = borderSide(parts, false) else { return nil }
            return Array([[SpecifiedValue]](repeating: side, count: 4).joined())
        case "border-top", "border-right", "border-bottom", "border-left": return borderSide(parts, false)
        case "border-block-start", "border-block-end", "border-inline-start", "border-inline-end":
            return borderSide(parts, false)
        case "border-block", "border-inline":
            guard let side = borderSide(parts, false) else { return nil }
            return side + side
        case "margin-block", "margin-inline": return pair(parts, kind("margin-top"))
        case "padding-block", "padding-inline": return pair(parts, kind("padding-top"))
        case "inset-block", "inset-inline": return pair(parts, kind("top"))
        case "border-block-width", "border-inline-width": return pair(parts, .borderWidth)
        case "border-block-style", "border-inline-style": return pair(parts, kind("border-top-style"))
        case "border-block-color", "border-inline-color": return pair(parts, .color)
        case "background": return background(value)
        case "font": return font(parts, quirks)
        case "flex": return flex(parts)
        case "flex-flow":
            return anyOrder(parts, [kind("flex-direction"), kind("flex-wrap")], defaults: [.keyword("row"), .keyword("nowrap")], quirks)
        case "place-content": return placeContent(parts)
        case "gap", "grid-gap":
            guard parts.count == 1 || parts.count == 2 else { return nil }
            let values = parts.compactMap { ValueParser.single(kind("row-gap"), $0, quirks: quirks) }
            guard values.count == parts.count else { return nil }
            return [values[0], values.count == 2 ? values[1] : values[0]]
        case "list-style": return listStyle(parts)
        case "text-decoration": return textDecoration(parts)
        case "overflow":
            guard parts.count == 1 || parts.count == 2 else { return nil }
            let values = parts.compactMap { ValueParser.single(kind("overflow-x"), $0, quirks: quirks) }
            guard values.count == parts.count else { return nil }
            return [values[0], values.count == 2 ? values[1] : values[0]]
        default:
            return nil
        }
    }

    /// `place-content: <align-content> <justify-content>?`: one value sets both, except that
    /// `baseline` (which justify-content does not take) gives justify-content `start`.
    private static func placeContent(_ parts: [ComponentValue]) -> [SpecifiedValue]? {
        guard parts.count == 1 || parts.count == 2,
            let align = ValueParser.single(PropertyTable.byName["align-content"]!.kind, parts[0], quirks: false)
        else { return nil }
        if parts.count == 1, align == .keyword("baseline") { return [align, .keyword("start")] }
        guard let justify = ValueParser.single(PropertyTable.byName["justify-content"]!.kind, parts[parts.count - 1], quirks: false)
        else { return nil }
        return [align, justify]
    }

    /// 1–2 values → start, end (`margin-inline: 10px auto`).
    private static func pair(_ parts: [ComponentValue], _ kind: ValueKind) -> [SpecifiedValue]? {
        guard parts.count == 1 || parts.count == 2 else { return nil }
        let values = parts.compactMap { ValueParser.single(kind, $0, quirks: false) }
        guard values.count == parts.count else { return nil }
        return [values[0], values.count == 2 ? values[1] : values[0]]
    }

    /// 1–4 values → top, right, bottom, left.
    private static func boxSides(_ parts: [ComponentValue], _ kind: ValueKind, _ quirks: Bool) -> [SpecifiedValue]? {
        guard (1...4).contains(parts.count) else { return nil }
        let values = parts.compactMap { ValueParser.single(kind, $0, quirks: quirks) }
        guard values.count == parts.count else { return nil }
        return sides(values)
    }

    private static func sides<T>(_ values: [T]) -> [T] {
        switch values.count {
        case 1: return [values[0], values[0], values[0], values[0]]
        case 2: return [values[0], values[1], values[0], values[1]]
        case 3: return [values[0], values[1], values[2], values[1]]
        default: return Array(values.prefix(4))
        }
    }

    private static func borderRadius(_ parts: [ComponentValue], _ quirks: Bool) -> [SpecifiedValue]? {
        let slash = parts.firstIndex { $0.kind == .token && $0.token.isDelim("/") }
        let first = Array(parts[..<(slash ?? parts.count)])
        let second = slash.map { Array(parts[($0 + 1)...]) }
        let kind = ValueKind.lengthPercentage(keywords: [], nonNegative: true, percent: true, quirky: false)
        func lengths(_ list: [ComponentValue]) -> [LengthSpec]? {
            guard (1...4).contains(list.count) else { return nil }
            var result: [LengthSpec] = []
            for part in list {
                guard case .length(let spec)? = ValueParser.single(kind, part, quirks: quirks) else { return nil }
                result.append(spec)
            }
            return sides(result)
        }
        guard let horizontal = lengths(first) else { return nil }
        if let second {
            guard let vertical = lengths(second) else { return nil }
            return zip(horizontal, vertical).map { $0 == $1 ? .length($0) : .pair($0, $1) }
        }
        return horizontal.map { .length($0) }
    }

    /// `[width || style || color]` → width, style, color.
    private static func borderSide(_ parts: [ComponentValue], _ quirks: Bool) -> [SpecifiedValue]? {
        anyOrder(
            parts, [.borderWidth, .keyword(PropertyTable.borderStyles), .color],
            defaults: [.keyword("medium"), .keyword("none"), .color(.currentColor)], quirks)
    }

    /// Components in any order, each at most once; missing ones take their default.
    private static func anyOrder(
        _ parts: [ComponentValue], _ kinds: [ValueKind], defaults: [SpecifiedValue], _ quirks: Bool
    ) -> [SpecifiedValue]? {
        guard !parts.isEmpty, parts.count <= kinds.count else { return nil }
        var result: [SpecifiedValue?] = Array(repeating: nil, count: kinds.count)
        for part in parts {
            var matched = false
            for (index, kind) in kinds.enumerated() where result[index] == nil {
                if let value = ValueParser.single(kind, part, quirks: quirks) {
                    result[index] = value
                    matched = true
                    break
                }
            }
            guard matched else { return nil }
        }
        return zip(result, defaults).map { $0 ?? $1 }
    }

    private static let repeatKeywords: Set<String> = ["repeat", "repeat-x", "repeat-y", "no-repeat", "space", "round"]
    private static let attachmentKeywords: Set<String> = ["scroll", "fixed", "local"]
    private static let boxKeywords: Set<String> = ["border-box", "padding-box", "content-box", "text"]
    private static let positionKeywords: Set<String> = ["left", "right", "top", "bottom", "center"]
    private static let sizeKeywords: Set<String> = ["cover", "contain", "auto"]

    /// `background`: layers separated by commas; only the last may hold a colour.
    private static func background(_ value: [ComponentValue]) -> [SpecifiedValue]? {
        var layers: [[ComponentValue]] = [[]]
        for part in value.nonWhitespace {
            if part.kind == .token, part.token.kind == .comma {
                layers.append([])
            } else {
                layers[layers.count - 1].append(part)
            }
        }
        var color: SpecifiedValue = .color(.rgba(.transparent))
        var images: [String] = []
        for (index, layer) in layers.enumerated() {
            guard !layer.isEmpty else { return nil }
            var image: String?
            var sawColor = false
            var sawRepeat = 0
            var sawAttachment = false
            var boxes = 0
            var afterSlash = false
            var sawPosition = false
            var sawSize = false
            var previousWasPosition = false
            for part in layer {
                let ident = part.kind == .token && part.token.kind == .ident ? part.token.value.lowercased() : nil
                if part.kind == .token, part.token.isDelim("/") {
                    guard previousWasPosition, !afterSlash else { return nil }
                    afterSlash = true
                    previousWasPosition = false
                    continue
                }
                if afterSlash && !sawSize || (afterSlash && previousWasPosition == false && sawSize && isSizeComponent(part)) {
                    guard isSizeComponent(part) else { return nil }
                    sawSize = true
                    continue
                }
                if let ident, ident == "none", image == nil {
                    image = "none"
                } else if image == nil, let text = ValueParser.imageText(part) {
                    image = text
                } else if let ident, repeatKeywords.contains(ident), sawRepeat < 2 {
                    sawRepeat += 1
                } else if let ident, attachmentKeywords.contains(ident), !sawAttachment {
                    sawAttachment = true
                } else if let ident, boxKeywords.contains(ident), boxes < 2 {
                    boxes += 1
                } else if isPositionComponent(part), !afterSlash || !sawSize {
                    guard !sawPosition || previousWasPosition else { return nil }
                    sawPosition = true
                    previousWasPosition = true
                    continue
                } else if !sawColor, index == layers.count - 1, case .some(let spec) = ColorParser.parse(part) {
                    sawColor = true
                    color = .color(spec)
                } else {
                    return nil
                }
                previousWasPosition = false
            }
            if afterSlash && !sawSize { return nil }
            images.append(image ?? "none")
        }
        let image: SpecifiedValue =
            images.allSatisfy { $0 == "none" } && images.count == 1 ? .keyword("none") : .text(images.joined(separator: ", "))
        return [color, image]
    }

    private static func isPositionComponent(_ part: ComponentValue) -> Bool {
        if part.kind == .token, part.token.kind == .ident { return positionKeywords.contains(part.token.value.lowercased()) }
        return LengthParser.lengthPercentage(part) != nil
    }

    private static func isSizeComponent(_ part: ComponentValue) -> Bool {
        if part.kind == .token, part.token.kind == .ident { return sizeKeywords.contains(part.token.value.lowercased()) }
        return LengthParser.lengthPercentage(part) != nil
    }

    /// `font: [style || variant || weight || stretch]? size [/ line-height]? family`.
    private static func font(_ parts: [ComponentValue], _ quirks: Bool) -> [SpecifiedValue]? {
        var style: SpecifiedValue = .keyword("normal")
        var variant: SpecifiedValue = .keyword("normal")
        var weight: SpecifiedValue = .number(400)
        var index = 0
        var seen = Set<String>()
        let stretches: Set<String> = [
            "ultra-condensed", "extra-condensed", "condensed", "semi-condensed", "semi-expanded", "expanded",
            "extra-expanded", "ultra-expanded",
        ]
        while index < parts.count {
            let part = parts[index]
            if part.kind == .token, part.token.kind == .ident {
                let word = part.token.value.lowercased()
                if word == "normal" {
                    index += 1
                    continue
                }
                if ["italic", "oblique"].contains(word), seen.insert("style").inserted {
                    style = .keyword(word)
                } else if word == "small-caps", seen.insert("variant").inserted {
                    variant = .keyword(word)
                } else if ["bold", "bolder", "lighter"].contains(word), seen.insert("weight").inserted {
                    weight = ValueParser.single(.fontWeight, part, quirks: quirks)!
                } else if stretches.contains(word), seen.insert("stretch").inserted {
                } else {
                    break
                }
                index += 1
            } else if part.kind == .token, part.token.kind == .number, seen.insert("weight").inserted,
                let value = ValueParser.single(.fontWeight, part, quirks: quirks)
            {
                weight = value
                index += 1
            } else {
                break
            }
        }
        guard index < parts.count, let size = ValueParser.single(.fontSize, parts[index], quirks: quirks) else {
            return nil
        }
        if case .keyword(let k) = size, k == "smaller" || k == "larger" {
            // Allowed by the grammar.
        }
        index += 1
        var lineHeight: SpecifiedValue = .keyword("normal")
        if index < parts.count, parts[index].kind == .token, parts[index].token.isDelim("/") {
            guard index + 1 < parts.count, let value = ValueParser.single(.lineHeight, parts[index + 1], quirks: quirks)
            else { return nil }
            lineHeight = value
            index += 2
        }
        guard index < parts.count, let family = ValueParser.fontFamily(Array(parts[index...]).interleavedForFamily())
        else { return nil }
        return [style, variant, weight, size, lineHeight, family]
    }

    /// `flex: none | auto | <grow> <shrink>? || <basis>`.
    private static func flex(_ parts: [ComponentValue]) -> [SpecifiedValue]? {
        if parts.count == 1, parts[0].kind == .token, parts[0].token.kind == .ident {
            switch parts[0].token.value.lowercased() {
            case "none": return [.number(0), .number(0), .keyword("auto")]
            case "auto": return [.number(1), .number(1), .keyword("auto")]
            default: break
            }
        }
        var grow: Double?
        var shrink: Double?
        var basis: SpecifiedValue?
        let basisKind = PropertyTable.byName["flex-basis"]!.kind
        var index = 0
        func number(_ part: ComponentValue) -> Double? {
            part.kind == .token && part.token.kind == .number ? part.token.number : nil
        }
        guard parts.count <= 3 else { return nil }
        while index < parts.count {
            let part = parts[index]
            if grow == nil, let value = number(part) {
                guard value >= 0 else { return nil }
                grow = value
                index += 1
                if index < parts.count, let second = number(parts[index]) {
                    guard second >= 0 else { return nil }
                    shrink = second
                    index += 1
                }
                continue
            }
            if basis == nil, let value = ValueParser.single(basisKind, part, quirks: false) {
                basis = value
                index += 1
                continue
            }
            return nil
        }
        return [.number(grow ?? 1), .number(shrink ?? 1), basis ?? .length(LengthSpec(percentOnly: true))]
    }

    private static func listStyle(_ parts: [ComponentValue]) -> [SpecifiedValue]? {
        guard !parts.isEmpty, parts.count <= 3 else { return nil }
        var position: SpecifiedValue?
        var image: SpecifiedValue?
        var type: SpecifiedValue?
        var noneCount = 0
        for part in parts {
            if part.kind == .token, part.token.isIdent("none") {
                noneCount += 1
                continue
            }
            if position == nil, let value = ValueParser.single(.keyword(["inside", "outside"]), part, quirks: false) {
                position = value
            } else if image == nil, let text = ValueParser.imageText(part) {
                image = .text(text)
            } else if type == nil, let value = ValueParser.single(.keyword(PropertyTable.listStyleTypes), part, quirks: false) {
                type = value
            } else {
                return nil
            }
        }
        switch noneCount {
        case 0: break
        case 1:
            if image == nil { image = .keyword("none") } else if type == nil { type = .keyword("none") } else { return nil }
            if type == nil { type = .keyword("none") }
        case 2:
            guard image == nil, type == nil else { return nil }
            image = .keyword("none")
            type = .keyword("none")
        default: return nil
        }
        return [position ?? .keyword("outside"), image ?? .keyword("none"), type ?? .keyword("disc")]
    }

    private static func textDecoration(_ parts: [ComponentValue]) -> [SpecifiedValue]? {
        var lines: [ComponentValue] = []
        var style: SpecifiedValue?
        var color: SpecifiedValue?
        let styles: Set<String> = ["solid", "double", "dotted", "dashed", "wavy"]
        for part in parts {
            if part.kind == .token, part.token.kind == .ident,
                ["none", "underline", "overline", "line-through", "blink"].contains(part.token.value.lowercased())
            {
                lines.append(part)
            } else if style == nil, let value = ValueParser.single(.keyword(styles), part, quirks: false) {
                style = value
            } else if color == nil, let value = ValueParser.single(.color, part, quirks: false) {
                color = value
            } else if part.kind == .token, part.token.kind == .dimension || part.token.isIdent("auto")
                || part.token.isIdent("from-font")
            {
                continue  // text-decoration-thickness, not computed by kru.
            } else {
                return nil
            }
        }
        var line: SpecifiedValue = .keyword("none")
        if !lines.isEmpty {
            guard let parsed = ValueParser.textDecorationLine(lines) else { return nil }
            line = parsed
        }
        return [line, style ?? .keyword("solid"), color ?? .color(.currentColor)]
    }
}

extension Array where Element == ComponentValue {
    /// Re-inserts separating whitespace between family name words (they were dropped with `nonWhitespace`).
    fileprivate func interleavedForFamily() -> [ComponentValue] {
        var result: [ComponentValue] = []
        for (index, value) in enumerated() {
            if index > 0 {
                result.append(ComponentValue(token: CSSToken(kind: .whitespace, value: " ", start: value.start, end: value.start)))
            }
            result.append(value)
        }
        return result
    }
}
