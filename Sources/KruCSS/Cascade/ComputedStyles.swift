import KruCore
import KruHTML
import KruSelectors

/// The computed style of every element of a page, as a browser computes it
/// without layout: the full cascade (default style sheet, author rules,
/// `style` attributes, `!important`), inheritance and computed values.
///
/// ```swift
/// let sheets = StyleSheetSet.collect(from: document, submission: files, htmlPath: "index.html")
/// let styles = ComputedStyles.compute(document: document, sheets: sheets)
/// styles.value("color", for: h1)          // "rgb(255, 0, 0)", as getComputedStyle says
/// styles.length("margin-bottom", for: card) // 16.0
/// styles.cascaded("width", for: card)      // the declaration that set it, with its location
/// ```
public struct ComputedStyles: Sendable {
    public let document: HTMLDocument
    public let sheets: StyleSheetSet
    public let viewport: Viewport
    let author: RuleSet
    /// Per element node index: start of its row in ``values``/``winners`` (or -1 for non-elements).
    private let rowStart: [Int32]
    /// Computed values, one row of ``PropertyTable/longhands`` per element.
    private let values: [ComputedValue]
    /// The winning declaration per element and longhand (`Winner.none` when none).
    private let winners: [Winner]
    /// Whether each element is a flex or grid item (for `min-width: auto`).
    private let isFlexOrGridItem: [Bool]
    /// Sibling tables for matching the author rules again (``declarations(setting:for:)``).
    let matching: SelectorMatchingContext

    /// A reference to the declaration that won: which block (UA, author, inline or presentational hint)
    /// and which declaration.
    struct Winner: Hashable, Sendable {
        /// 0 = none, 1 = default sheet, 2 = author rule, 3 = style attribute, 4 = presentational hint.
        var source: Int8
        var important: Bool
        /// The rule index (default sheet, author) or the element's node index (style attribute, hint).
        var block: Int32
        var declaration: Int32
        var longhand: Int16
        static let none = Winner(source: 0, important: false, block: -1, declaration: -1, longhand: -1)
    }

    /// The user-agent rules, prepared once per process (with the quirks-mode additions, and without).
    static func userAgentRules(quirks: Bool) -> RuleSet { quirks ? quirksUserAgentRules : standardUserAgentRules }

    private static let standardUserAgentRules = userAgentRuleSet(quirks: false)
    private static let quirksUserAgentRules = userAgentRuleSet(quirks: true)

    private static func userAgentRuleSet(quirks: Bool) -> RuleSet {
        var set = RuleSet()
        var order = 0
        set.add(sheet: UserAgentStyleSheet.sheet, sheetIndex: -1, origin: .userAgent, viewport: .standard,
                quirks: false, orderBase: &order)
        if quirks {
            set.add(sheet: UserAgentStyleSheet.quirksSheet, sheetIndex: -1, origin: .userAgent, viewport: .standard,
                    quirks: false, orderBase: &order)
        }
        return set
    }

    /// Computes the styles of every element of `document`.
    public static func compute(
        document: HTMLDocument, sheets: StyleSheetSet, viewport: Viewport = .standard
    ) -> ComputedStyles {
        var author = RuleSet()
        var order = 0
        for (index, sheet) in sheets.sheets.enumerated() where sheet.applies(on: viewport) {
            author.add(sheet: sheet.sheet, sheetIndex: index, origin: .author, viewport: viewport,
                       quirks: sheets.quirksMode, orderBase: &order)
        }
        var engine = Engine(document: document, sheets: sheets, viewport: viewport, author: author)
        engine.run()
        return ComputedStyles(
            document: document, sheets: sheets, viewport: viewport, author: author, rowStart: engine.rowStart,
            values: engine.values, winners: engine.winners, isFlexOrGridItem: engine.isFlexOrGridItem,
            matching: engine.context)
    }

    /// Computes the styles of a page from its own `<style>` elements and `style` attributes only.
    public static func compute(document: HTMLDocument, viewport: Viewport = .standard) -> ComputedStyles {
        compute(document: document, sheets: StyleSheetSet.collect(from: document), viewport: viewport)
    }

    // MARK: - Queries

    /// Whether kru computes `property` (a longhand, or one of the shorthands ``value(_:for:)`` serialises).
    public static func supports(_ property: String) -> Bool {
        PropertyTable.byName[property.lowercased()] != nil || ShorthandSerializer.supported.contains(property.lowercased())
    }

    /// Whether kru computes this longhand.
    public static func isLonghand(_ property: String) -> Bool {
        PropertyTable.byName[property.lowercased()] != nil
    }

    /// Whether a longhand is inherited (an element without a declaration for it takes its parent's value).
    public static func isInherited(_ property: String) -> Bool {
        PropertyTable.byName[property.lowercased()]?.inherited ?? false
    }

    /// The names of every longhand kru computes.
    public static var longhandNames: [String] { PropertyTable.longhands.map(\.name) }

    private func row(_ element: Element) -> Int? {
        let start = rowStart[element.id.index]
        return start < 0 ? nil : Int(start)
    }

    /// The computed value of a longhand (`nil` when kru does not compute it).
    public func computedValue(_ property: String, for element: Element) -> ComputedValue? {
        guard let definition = PropertyTable.byName[property.lowercased()], let row = row(element) else { return nil }
        return values[row + definition.id]
    }

    func computed(_ id: Int, _ element: Element) -> ComputedValue {
        values[row(element)! + id]
    }

    /// The value as Chromium's `getComputedStyle(element).getPropertyValue(property)` serialises
    /// it, for the values that need no layout; `nil` when kru does not compute the property.
    ///
    /// Where Chromium reports a *used* value that needs layout, kru reports the computed value
    /// instead: `width`/`height` (`auto`, or a percentage, stay as written; px lengths agree),
    /// margins and paddings given as `auto` or percentages, `top`/`left`… of positioned elements
    /// given as percentages, `grid-template-columns` of grid containers, and `background-image`
    /// URLs (kept relative, where Chromium makes them absolute).
    public func value(_ property: String, for element: Element) -> String? {
        let name = property.lowercased()
        guard let row = row(element) else { return nil }
        if let definition = PropertyTable.byName[name] {
            return resolvedString(definition, row: row, element: element)
        }
        return ShorthandSerializer.serialize(name) { longhand in
            let definition = PropertyTable.byName[longhand]!
            return resolvedString(definition, row: row, element: element)
        }
    }

    private func resolvedString(_ definition: PropertyDefinition, row: Int, element: Element) -> String {
        let value = values[row + definition.id]
        switch definition.name {
        case "line-height":
            if case .number(let n) = value {
                let fontSize = fontSizePx(row: row)
                return NumberFormat.px(n * fontSize)
            }
        case "min-width", "min-height":
            if case .keyword("auto") = value, !isFlexOrGridItem[element.id.index] { return "0px" }
        default:
            break
        }
        return value.serialized
    }

    private func fontSizePx(row: Int) -> Double {
        if case .length(let px) = values[row + PropertyTable.fontSizeID] { return px }
        return 16
    }

    /// The value in px of a length property (`line-height` resolved to px too); `nil` when the
    /// computed value is not a plain length (`auto`, a percentage, `normal`).
    public func length(_ property: String, for element: Element) -> Double? {
        guard let definition = PropertyTable.byName[property.lowercased()], let row = row(element) else { return nil }
        switch values[row + definition.id] {
        case .length(let px): return px
        case .number(let n) where definition.name == "line-height": return n * fontSizePx(row: row)
        case .keyword("auto") where definition.name == "min-width" || definition.name == "min-height":
            return isFlexOrGridItem[element.id.index] ? nil : 0
        default: return nil
        }
    }

    /// The number of a numeric property (`opacity`, `flex-grow`, `font-weight`, `z-index` …).
    public func number(_ property: String, for element: Element) -> Double? {
        guard case .number(let n)? = computedValue(property, for: element) else { return nil }
        return n
    }

    /// The colour of a colour property (`color`, `background-color`, `border-top-color` …).
    public func color(_ property: String, for element: Element) -> RGBA? {
        guard case .color(let c)? = computedValue(property, for: element) else { return nil }
        return c
    }

    /// The declaration that won the cascade for a longhand of an element, or `nil` when no
    /// declaration applies (the value is inherited or initial).
    public func cascaded(_ property: String, for element: Element) -> CascadedDeclaration? {
        guard let definition = PropertyTable.byName[property.lowercased()], let row = row(element) else { return nil }
        let winner = winners[row + definition.id]
        return describe(winner)
    }

    func winner(_ id: Int, rowOf element: Element) -> Winner {
        guard let row = row(element) else { return .none }
        return winners[row + id]
    }

    func describe(_ winner: Winner) -> CascadedDeclaration? {
        guard winner.source != 0 else { return nil }
        let block: DeclarationBlock
        var specificity = Specificity.zero
        switch winner.source {
        case 1, 2:
            let set = winner.source == 1 ? Self.userAgentRules(quirks: sheets.quirksMode) : author
            let rule = set.rules[Int(winner.block)]
            block = set.blocks[rule.block]
            specificity = rule.specificity
        case 4:
            let element = Element(document: document, id: NodeID(Int(winner.block)))
            let hint = PresentationalHints.hints(for: element)[Int(winner.declaration)]
            let longhand = hint.declaration.longhands[Int(winner.longhand)]
            return CascadedDeclaration(
                origin: .presentationalHint, important: false, declaredProperty: hint.declaration.source.name,
                valueText: GenericSerializer.serialize(hint.declaration.source.value),
                selector: "\(hint.attribute)=\"\(hint.value)\"", specificity: .zero,
                location: element.location, isCSSWideKeyword: { if case .cssWide = longhand.value { return true } else { return false } }())
        default:
            guard let sheet = sheets.inlineStyles[NodeID(Int(winner.block))] else { return nil }
            let prepared = RuleSet.prepare(sheet.rules.styleDeclarations, quirks: sheets.quirksMode)
            block = DeclarationBlock(
                origin: .inline, sheetIndex: -2, sheet: sheet, selectorText: "", selectorStart: 0,
                declarations: prepared, ruleStart: 0)
        }
        let declaration = block.declarations[Int(winner.declaration)]
        let longhand = declaration.longhands[Int(winner.longhand)]
        var isWide = false
        if case .cssWide = longhand.value { isWide = true }
        return CascadedDeclaration(
            origin: block.origin, important: declaration.source.important, declaredProperty: declaration.source.name,
            valueText: block.sheet.slice(declaration.source.valueStart, declaration.source.end),
            selector: block.selectorText, specificity: specificity,
            location: block.origin == .userAgent ? nil : block.sheet.location(ofOffset: declaration.source.start),
            isCSSWideKeyword: isWide)
    }
}

extension Array where Element == CSSRule {
    /// The declarations of a `style` attribute's sheet.
    var styleDeclarations: [CSSDeclaration] {
        guard case .style(let rule)? = first else { return [] }
        return rule.declarations
    }
}
