/// How a longhand property's value is parsed, computed and serialised.
enum ValueKind: Hashable, Sendable {
    case color
    case keyword(Set<String>)
    /// A length or percentage, plus keywords; `nonNegative` rejects negative values.
    case lengthPercentage(keywords: Set<String>, nonNegative: Bool, percent: Bool, quirky: Bool)
    case borderWidth
    case radius
    case fontSize
    case fontWeight
    case lineHeight
    case fontFamily
    case fontStyle
    case number(nonNegative: Bool)
    case opacity
    case zIndex
    case image
    case textDecorationLine
    case trackList
    case cursor
    case display
}

/// A longhand property kru computes.
struct PropertyDefinition: Sendable {
    let name: String
    /// Index in ``PropertyTable/longhands``.
    let id: Int
    let inherited: Bool
    let initial: SpecifiedValue
    let kind: ValueKind
}

/// Every longhand property kru computes, with its initial value,
/// inheritance and value grammar; and every other property name kru knows
/// (so only real typos are "unknown").
enum PropertyTable {
    private static let widthKeywords: Set<String> = [
        "auto", "min-content", "max-content", "fit-content", "-webkit-fill-available", "stretch",
    ]
    private static let maxKeywords: Set<String> = [
        "none", "min-content", "max-content", "fit-content", "-webkit-fill-available", "stretch",
    ]
    static let borderStyles: Set<String> = [
        "none", "hidden", "dotted", "dashed", "solid", "double", "groove", "ridge", "inset", "outset",
    ]
    static let listStyleTypes: Set<String> = [
        "disc", "circle", "square", "decimal", "decimal-leading-zero", "lower-roman", "upper-roman",
        "lower-greek", "lower-alpha", "lower-latin", "upper-alpha", "upper-latin", "none", "disclosure-open",
        "disclosure-closed", "khmer", "cambodian", "armenian", "georgian", "hebrew", "hiragana", "katakana",
        "lower-armenian", "upper-armenian", "arabic-indic", "bengali", "devanagari", "lao", "thai", "myanmar",
    ]
    static let cursors: Set<String> = [
        "auto", "default", "none", "context-menu", "help", "pointer", "progress", "wait", "cell", "crosshair",
        "text", "vertical-text", "alias", "copy", "move", "no-drop", "not-allowed", "grab", "grabbing",
        "e-resize", "n-resize", "ne-resize", "nw-resize", "s-resize", "se-resize", "sw-resize", "w-resize",
        "ew-resize", "ns-resize", "nesw-resize", "nwse-resize", "col-resize", "row-resize", "all-scroll",
        "zoom-in", "zoom-out", "-webkit-grab", "-webkit-grabbing", "-webkit-zoom-in", "-webkit-zoom-out",
    ]
    static let overflowValues: Set<String> = ["visible", "hidden", "clip", "scroll", "auto", "overlay"]

    static func lp(_ keywords: Set<String> = [], nonNegative: Bool = false, percent: Bool = true, quirky: Bool = true)
        -> ValueKind
    { .lengthPercentage(keywords: keywords, nonNegative: nonNegative, percent: percent, quirky: quirky) }

    private static let zero = SpecifiedValue.length(LengthSpec())

    /// (name, inherited, initial, kind)
    private static let definitions: [(String, Bool, SpecifiedValue, ValueKind)] = {
        var list: [(String, Bool, SpecifiedValue, ValueKind)] = [
            ("color", true, .color(.rgba(.black)), .color),
            ("background-color", false, .color(.rgba(.transparent)), .color),
            ("background-image", false, .keyword("none"), .image),
            ("font-family", true, .text("\"Times New Roman\""), .fontFamily),
            ("font-size", true, .keyword("medium"), .fontSize),
            ("font-weight", true, .number(400), .fontWeight),
            ("font-style", true, .keyword("normal"), .fontStyle),
            ("font-variant-caps", true, .keyword("normal"), .keyword(["normal", "small-caps", "all-small-caps"])),
            ("line-height", true, .keyword("normal"), .lineHeight),
            ("text-align", true, .keyword("start"), .keyword([
                "start", "end", "left", "right", "center", "justify", "match-parent", "-webkit-center",
                "-webkit-left", "-webkit-right", "-webkit-auto",
            ])),
            ("text-decoration-line", false, .keyword("none"), .textDecorationLine),
            ("text-decoration-style", false, .keyword("solid"), .keyword(["solid", "double", "dotted", "dashed", "wavy"])),
            ("text-decoration-color", false, .color(.currentColor), .color),
            ("text-transform", true, .keyword("none"), .keyword(["none", "capitalize", "uppercase", "lowercase", "full-width"])),
            ("text-indent", true, zero, lp()),
            ("letter-spacing", true, .keyword("normal"), lp(["normal"], percent: true, quirky: false)),
            ("word-spacing", true, zero, lp(["normal"], quirky: false)),
            ("white-space", true, .keyword("normal"), .keyword(["normal", "pre", "nowrap", "pre-wrap", "pre-line", "break-spaces"])),
            ("vertical-align", false, .keyword("baseline"), lp([
                "baseline", "sub", "super", "text-top", "text-bottom", "middle", "top", "bottom",
            ])),
            ("display", false, .keyword("inline"), .display),
            ("visibility", true, .keyword("visible"), .keyword(["visible", "hidden", "collapse"])),
            ("opacity", false, .number(1), .opacity),
            ("width", false, .keyword("auto"), lp(widthKeywords, nonNegative: true)),
            ("height", false, .keyword("auto"), lp(widthKeywords, nonNegative: true)),
            ("min-width", false, .keyword("auto"), lp(widthKeywords, nonNegative: true)),
            ("min-height", false, .keyword("auto"), lp(widthKeywords, nonNegative: true)),
            ("max-width", false, .keyword("none"), lp(maxKeywords, nonNegative: true)),
            ("max-height", false, .keyword("none"), lp(maxKeywords, nonNegative: true)),
        ]
        for side in ["top", "right", "bottom", "left"] {
            list.append(("margin-\(side)", false, zero, lp(["auto"])))
        }
        for side in ["top", "right", "bottom", "left"] {
            list.append(("padding-\(side)", false, zero, lp(nonNegative: true)))
        }
        for side in ["top", "right", "bottom", "left"] {
            list.append(("border-\(side)-width", false, .keyword("medium"), .borderWidth))
            list.append(("border-\(side)-style", false, .keyword("none"), .keyword(borderStyles)))
            list.append(("border-\(side)-color", false, .color(.currentColor), .color))
        }
        for corner in ["top-left", "top-right", "bottom-right", "bottom-left"] {
            list.append(("border-\(corner)-radius", false, zero, .radius))
        }
        list += [
            ("box-sizing", false, .keyword("content-box"), .keyword(["content-box", "border-box"])),
            ("position", false, .keyword("static"), .keyword(["static", "relative", "absolute", "fixed", "sticky"])),
            ("top", false, .keyword("auto"), lp(["auto"])),
            ("right", false, .keyword("auto"), lp(["auto"])),
            ("bottom", false, .keyword("auto"), lp(["auto"])),
            ("left", false, .keyword("auto"), lp(["auto"])),
            ("z-index", false, .keyword("auto"), .zIndex),
            ("float", false, .keyword("none"), .keyword(["none", "left", "right", "inline-start", "inline-end"])),
            ("clear", false, .keyword("none"), .keyword(["none", "left", "right", "both", "inline-start", "inline-end"])),
            ("flex-direction", false, .keyword("row"), .keyword(["row", "row-reverse", "column", "column-reverse"])),
            ("flex-wrap", false, .keyword("nowrap"), .keyword(["nowrap", "wrap", "wrap-reverse"])),
            ("justify-content", false, .keyword("normal"), .keyword([
                "normal", "flex-start", "flex-end", "center", "space-between", "space-around", "space-evenly",
                "start", "end", "left", "right", "stretch",
            ])),
            ("align-items", false, .keyword("normal"), .keyword([
                "normal", "stretch", "center", "flex-start", "flex-end", "start", "end", "baseline",
                "self-start", "self-end", "anchor-center",
            ])),
            ("align-content", false, .keyword("normal"), .keyword([
                "normal", "flex-start", "flex-end", "center", "space-between", "space-around", "space-evenly",
                "start", "end", "stretch", "baseline",
            ])),
            ("align-self", false, .keyword("auto"), .keyword([
                "auto", "normal", "stretch", "center", "flex-start", "flex-end", "start", "end", "baseline",
                "self-start", "self-end",
            ])),
            ("flex-grow", false, .number(0), .number(nonNegative: true)),
            ("flex-shrink", false, .number(1), .number(nonNegative: true)),
            ("flex-basis", false, .keyword("auto"), lp(["auto", "content", "min-content", "max-content", "fit-content"], nonNegative: true, quirky: false)),
            ("order", false, .number(0), .zIndex),
            ("row-gap", false, .keyword("normal"), lp(["normal"], nonNegative: true, quirky: false)),
            ("column-gap", false, .keyword("normal"), lp(["normal"], nonNegative: true, quirky: false)),
            ("grid-template-columns", false, .keyword("none"), .trackList),
            ("grid-template-rows", false, .keyword("none"), .trackList),
            ("list-style-type", true, .keyword("disc"), .keyword(listStyleTypes)),
            ("list-style-position", true, .keyword("outside"), .keyword(["inside", "outside"])),
            ("list-style-image", true, .keyword("none"), .image),
            ("cursor", true, .keyword("auto"), .cursor),
            ("overflow-x", false, .keyword("visible"), .keyword(overflowValues)),
            ("overflow-y", false, .keyword("visible"), .keyword(overflowValues)),
        ]
        return list
    }()

    /// Every longhand kru computes, in a fixed order.
    static let longhands: [PropertyDefinition] = definitions.enumerated().map { index, entry in
        PropertyDefinition(name: entry.0, id: index, inherited: entry.1, initial: entry.2, kind: entry.3)
    }

    static let byName: [String: PropertyDefinition] = Dictionary(
        uniqueKeysWithValues: longhands.map { ($0.name, $0) })

    static func id(_ name: String) -> Int { byName[name]!.id }

    /// Whether a declaration `name: value` is valid (a longhand or shorthand kru
    /// knows with a value it accepts, or another known property).
    static func accepts(name: String, value: [ComponentValue]) -> Bool {
        if name.hasPrefix("--") { return true }
        switch DeclarationExpander.expand(name: name, value: value, quirks: false) {
        case .longhands: return true
        case .invalidValue: return false
        case .unknownProperty: return false
        case .notComputed, .custom: return true
        }
    }
}

extension PropertyTable {
    static let fontFamilyID = id("font-family")
    static let fontSizeID = id("font-size")
    static let colorID = id("color")
    static let positionID = id("position")
    static let floatID = id("float")
    static let displayID = id("display")
    static let textAlignID = id("text-align")
    static let overflowXID = id("overflow-x")
    static let overflowYID = id("overflow-y")
    /// The width and style longhands of each border side.
    static let borderSides: [(width: Int, style: Int)] = ["top", "right", "bottom", "left"].map {
        (id("border-\($0)-width"), id("border-\($0)-style"))
    }
}
