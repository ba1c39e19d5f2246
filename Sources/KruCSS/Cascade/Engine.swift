import KruCore
import KruHTML
import KruSelectors

/// Runs the cascade and computes values for every element, parents first.
struct Engine {
    let document: HTMLDocument
    let sheets: StyleSheetSet
    let viewport: Viewport
    let author: RuleSet
    let context: SelectorMatchingContext
    var rowStart: [Int32]
    var values: [ComputedValue] = []
    var winners: [ComputedStyles.Winner] = []
    var isFlexOrGridItem: [Bool]
    private let count = PropertyTable.longhands.count
    /// For the monospace font-size quirk: whether an element's font size came from a keyword.
    private var keywordFontSize: [Bool]
    /// The root element's font size, for `rem`.
    private var rootFontSize: Double = 16
    /// Each element's custom properties (only filled when the page declares some).
    private var customProperties: [CustomProperties.Map]
    /// The custom properties of the element being computed.
    private var currentCustom: CustomProperties.Map = [:]

    init(document: HTMLDocument, sheets: StyleSheetSet, viewport: Viewport, author: RuleSet) {
        self.document = document
        self.sheets = sheets
        self.viewport = viewport
        self.author = author
        self.context = SelectorMatchingContext(document: document)
        self.rowStart = Array(repeating: -1, count: document.nodes.count)
        self.isFlexOrGridItem = Array(repeating: false, count: document.nodes.count)
        self.keywordFontSize = Array(repeating: false, count: document.nodes.count)
        self.customProperties = Array(repeating: [:], count: document.nodes.count)
    }

    private struct Match {
        let specificity: Specificity
        let order: Int
        let rule: Int
        var layer: Int = RuleSet.unlayered
    }

    mutating func run() {
        let elementCount = document.nodes.reduce(0) { $0 + ($1.kind == .element ? 1 : 0) }
        values.reserveCapacity(elementCount * count)
        winners.reserveCapacity(elementCount * count)
        var candidates: [Int] = []
        var uaMatches: [Match] = []
        var authorMatches: [Match] = []
        var rowWinners = [ComputedStyles.Winner](repeating: .none, count: count)
        var uaWinners = [ComputedStyles.Winner](repeating: .none, count: count)
        let ua = ComputedStyles.userAgentRules(quirks: sheets.quirksMode)
        for (index, node) in document.nodes.enumerated() where node.kind == .element {
            let element = Element(document: document, id: NodeID(index))
            // Match.
            candidates.removeAll(keepingCapacity: true)
            ua.candidates(for: node, into: &candidates)
            uaMatches.removeAll(keepingCapacity: true)
            for ruleIndex in candidates {
                let rule = ua.rules[ruleIndex]
                if rule.selector.matches(element, in: context) {
                    uaMatches.append(Match(specificity: rule.specificity, order: rule.order, rule: ruleIndex))
                }
            }
            candidates.removeAll(keepingCapacity: true)
            author.candidates(for: node, into: &candidates)
            authorMatches.removeAll(keepingCapacity: true)
            for ruleIndex in candidates {
                let rule = author.rules[ruleIndex]
                if rule.selector.matches(element, in: context) {
                    authorMatches.append(Match(specificity: rule.specificity, order: rule.order, rule: ruleIndex, layer: author.layerRank(rule.layer)))
                }
            }
            uaMatches.sort { ($0.specificity, $0.order) < ($1.specificity, $1.order) }
            authorMatches.sort { ($0.layer, $0.specificity, $0.order) < ($1.layer, $1.specificity, $1.order) }
            // !important declarations: unlayered ones lose to layered ones, and earlier layers win.
            let importantMatches = authorMatches.contains { $0.layer != RuleSet.unlayered }
                ? authorMatches.sorted { (-$0.layer, $0.specificity, $0.order) < (-$1.layer, $1.specificity, $1.order) }
                : authorMatches
            // Cascade.
            for i in 0..<count {
                rowWinners[i] = .none
                uaWinners[i] = .none
            }
            apply(uaMatches, set: ua, source: 1, important: false, into: &uaWinners)
            rowWinners = uaWinners
            if PresentationalHints.mayHaveHints(node) {
                let hints = PresentationalHints.hints(for: element)
                if !hints.isEmpty {
                    hintCache[index] = hints.map(\.declaration)
                    applyDeclarations(hints.map(\.declaration), source: 4, node: index, important: false, into: &rowWinners)
                }
            }
            let inline = sheets.inlineStyles[NodeID(index)].map {
                RuleSet.prepare($0.rules.styleDeclarations, quirks: sheets.quirksMode)
            }
            apply(authorMatches, set: author, source: 2, important: false, into: &rowWinners)
            if let inline { applyInline(inline, node: index, important: false, into: &rowWinners) }
            apply(importantMatches, set: author, source: 2, important: true, into: &rowWinners)
            if let inline { applyInline(inline, node: index, important: true, into: &rowWinners) }
            apply(uaMatches, set: ua, source: 1, important: true, into: &rowWinners)
            // Custom properties: the same cascade order, by name.
            var declaredCustom: [(String, [ComponentValue])] = []
            for important in [false, true] {
                for match in important ? importantMatches : authorMatches {
                    let block = author.blocks[author.rules[match.rule].block]
                    for declaration in block.declarations where declaration.isCustom && declaration.source.important == important {
                        declaredCustom.append((declaration.source.name, declaration.source.value))
                    }
                }
                for declaration in inline ?? [] where declaration.isCustom && declaration.source.important == important {
                    declaredCustom.append((declaration.source.name, declaration.source.value))
                }
            }
            let parentCustom = node.parent.map { customProperties[$0.index] } ?? [:]
            currentCustom = CustomProperties.compute(declared: declaredCustom, parent: parentCustom)
            customProperties[index] = currentCustom
            // Compute.
            let start = values.count
            rowStart[index] = Int32(start)
            winners.append(contentsOf: rowWinners)
            computeRow(element: element, node: node, nodeIndex: index, winners: rowWinners, uaWinners: uaWinners)
        }
    }

    private func apply(
        _ matches: [Match], set: RuleSet, source: Int8, important: Bool, into winners: inout [ComputedStyles.Winner]
    ) {
        for match in matches {
            let block = set.blocks[set.rules[match.rule].block]
            for (d, declaration) in block.declarations.enumerated() where declaration.source.important == important {
                for (l, longhand) in declaration.longhands.enumerated() {
                    winners[longhand.id] = ComputedStyles.Winner(
                        source: source, important: important, block: Int32(match.rule), declaration: Int32(d),
                        longhand: Int16(l))
                }
            }
        }
    }

    private func applyInline(
        _ declarations: [PreparedDeclaration], node: Int, important: Bool, into winners: inout [ComputedStyles.Winner]
    ) {
        applyDeclarations(declarations, source: 3, node: node, important: important, into: &winners)
    }

    /// A `style` attribute's (source 3) or presentational hints' (source 4) declarations.
    private func applyDeclarations(
        _ declarations: [PreparedDeclaration], source: Int8, node: Int, important: Bool,
        into winners: inout [ComputedStyles.Winner]
    ) {
        for (d, declaration) in declarations.enumerated() where declaration.source.important == important {
            for (l, longhand) in declaration.longhands.enumerated() {
                winners[longhand.id] = ComputedStyles.Winner(
                    source: source, important: important, block: Int32(node), declaration: Int32(d), longhand: Int16(l))
            }
        }
    }

    private var inlineCache: [Int: [PreparedDeclaration]] = [:]
    private var hintCache: [Int: [PreparedDeclaration]] = [:]

    /// The specified value a winner refers to.
    private mutating func specified(_ winner: ComputedStyles.Winner) -> SpecifiedValue? {
        switch winner.source {
        case 1, 2:
            let set = winner.source == 1 ? ComputedStyles.userAgentRules(quirks: sheets.quirksMode) : author
            let block = set.blocks[set.rules[Int(winner.block)].block]
            return block.declarations[Int(winner.declaration)].longhands[Int(winner.longhand)].value
        case 3:
            let node = Int(winner.block)
            if inlineCache[node] == nil, let sheet = sheets.inlineStyles[NodeID(node)] {
                inlineCache[node] = RuleSet.prepare(sheet.rules.styleDeclarations, quirks: sheets.quirksMode)
            }
            return inlineCache[node]?[Int(winner.declaration)].longhands[Int(winner.longhand)].value
        case 4:
            return hintCache[Int(winner.block)]?[Int(winner.declaration)].longhands[Int(winner.longhand)].value
        default:
            return nil
        }
    }

    // MARK: - Computing

    private enum Resolution {
        case value(SpecifiedValue)
        case inherit
        case initial
    }

    private mutating func resolve(
        _ definition: PropertyDefinition, winners: [ComputedStyles.Winner], uaWinners: [ComputedStyles.Winner]
    ) -> Resolution {
        guard var value = specified(winners[definition.id]) else {
            return definition.inherited ? .inherit : .initial
        }
        if case .unresolved(let unresolved) = value {
            guard let substituted = CustomProperties.resolve(
                unresolved, longhand: definition.id, map: currentCustom, quirks: sheets.quirksMode)
            else { return definition.inherited ? .inherit : .initial }
            value = substituted
        }
        if case .cssWide(.revert) = value {
            let uaWinner = uaWinners[definition.id]
            if winners[definition.id].source == 1 || uaWinner.source == 0 {
                return definition.inherited ? .inherit : .initial
            }
            guard let uaValue = specified(uaWinner) else { return definition.inherited ? .inherit : .initial }
            value = uaValue
        }
        switch value {
        case .cssWide(.inherit): return .inherit
        case .cssWide(.initial): return .initial
        case .cssWide(.unset), .cssWide(.revert): return definition.inherited ? .inherit : .initial
        default: return .value(value)
        }
    }

    private mutating func computeRow(
        element: Element, node: HTMLNode, nodeIndex: Int, winners: [ComputedStyles.Winner],
        uaWinners: [ComputedStyles.Winner]
    ) {
        let parentRow: Int? = node.parent.flatMap { rowStart[$0.index] >= 0 ? Int(rowStart[$0.index]) : nil }
        let isRoot = parentRow == nil
        let rowBase = values.count
        values.append(contentsOf: repeatElement(ComputedValue.keyword(""), count: count))
        func parentValue(_ id: Int) -> ComputedValue? { parentRow.map { values[$0 + id] } }

        // font-family first (the monospace quirk), then font-size, then color, then the rest.
        let familyID = PropertyTable.fontFamilyID
        let sizeID = PropertyTable.fontSizeID
        let colorID = PropertyTable.colorID
        let table = PropertyTable.longhands
        func initialComputed(_ definition: PropertyDefinition, fontSize: Double, color: RGBA) -> ComputedValue {
            compute(definition, definition.initial, fontSize: fontSize, parentFontSize: 16, color: color, parent: nil)
        }
        let parentFontSize: Double = {
            if let parentRow, case .length(let px) = values[parentRow + sizeID] { return px }
            return 16
        }()
        let parentColor: RGBA = {
            if let parentRow, case .color(let c) = values[parentRow + colorID] { return c }
            return .black
        }()

        // font-family
        switch resolve(table[familyID], winners: winners, uaWinners: uaWinners) {
        case .inherit: values[rowBase + familyID] = parentValue(familyID) ?? .text("\"Times New Roman\"")
        case .initial: values[rowBase + familyID] = .text("\"Times New Roman\"")
        case .value(let v):
            if case .text(let t) = v { values[rowBase + familyID] = .text(t) }
        }
        let isMonospace = values[rowBase + familyID] == .text("monospace")
        let parentIsMonospace = parentRow.map { values[$0 + familyID] == .text("monospace") } ?? false
        // font-size
        var fontSize = 16.0
        var fromKeyword = false
        let parentKeyword = parentRow == nil ? true : keywordFontSize[node.parent!.index]
        switch resolve(table[sizeID], winners: winners, uaWinners: uaWinners) {
        case .inherit:
            fontSize = parentFontSize
            fromKeyword = parentKeyword
            if fromKeyword, isMonospace != parentIsMonospace {
                fontSize = (isMonospace ? fontSize * 13 / 16 : fontSize * 16 / 13).rounded()
            }
        case .initial:
            fontSize = isMonospace ? 13 : 16
            fromKeyword = true
        case .value(let v):
            switch v {
            case .keyword(let k):
                if let px = FontSizes.keywords[k] {
                    fontSize = isMonospace ? (px * 13 / 16).rounded() : px
                    fromKeyword = true
                } else if k == "larger" {
                    fontSize = parentFontSize * 1.2
                } else {
                    fontSize = parentFontSize / 1.2
                }
            case .length(let spec):
                fontSize = spec.resolved(
                    fontSize: parentFontSize, rootFontSize: isRoot ? 16 : rootFontSize, viewport: viewport,
                    percentBasis: parentFontSize)
                fontSize = max(0, fontSize)
            default: break
            }
        }
        // Chromium keeps font sizes as floats.
        fontSize = Double(Float(fontSize))
        keywordFontSize[nodeIndex] = fromKeyword
        values[rowBase + sizeID] = .length(fontSize)
        if isRoot { rootFontSize = fontSize }
        // color
        var color = parentColor
        switch resolve(table[colorID], winners: winners, uaWinners: uaWinners) {
        case .inherit: color = parentColor
        case .initial: color = .black
        case .value(let v):
            if case .color(.rgba(let c)) = v { color = c } else { color = parentColor }
        }
        values[rowBase + colorID] = .color(color)

        for definition in table where definition.id != familyID && definition.id != sizeID && definition.id != colorID {
            let computed: ComputedValue
            switch resolve(definition, winners: winners, uaWinners: uaWinners) {
            case .inherit:
                computed = parentValue(definition.id) ?? initialComputed(definition, fontSize: fontSize, color: color)
            case .initial:
                computed = initialComputed(definition, fontSize: fontSize, color: color)
            case .value(.keyword("match-parent")) where definition.id == PropertyTable.textAlignID:
                computed = parentValue(definition.id) ?? .keyword("start")
            case .value(let v):
                computed = compute(definition, v, fontSize: fontSize, parentFontSize: parentFontSize, color: color,
                                   parent: parentValue(definition.id))
            }
            values[rowBase + definition.id] = computed
        }
        fixUp(rowBase: rowBase, parentRow: parentRow, nodeIndex: nodeIndex, isRoot: isRoot)
    }

    private func compute(
        _ definition: PropertyDefinition, _ value: SpecifiedValue, fontSize: Double, parentFontSize: Double,
        color: RGBA, parent: ComputedValue?
    ) -> ComputedValue {
        func lengthValue(_ spec: LengthSpec) -> ComputedValue {
            if let math = spec.layoutMath {
                return .math(math.function + "(" + math.arguments.map { lengthValue($0).serialized }.joined(separator: ", ") + ")")
            }
            let px = spec.absolute(fontSize: fontSize, rootFontSize: rootFontSize, viewport: viewport)
            if spec.percent != 0 || spec.percentOnly {
                // calc(100%) and calc(50% + 10px - 10px) compute to a plain percentage.
                if !spec.isCalc || px == 0 { return .percentage(spec.percent) }
                return .calc(px: px, percent: spec.percent)
            }
            return .length(px)
        }
        switch value {
        case .cssWide, .unresolved: return .keyword("")
        case .keyword(let k):
            switch definition.kind {
            case .borderWidth:
                return .length(k == "thin" ? 1 : k == "thick" ? 5 : 3)
            case .fontWeight:
                let parentWeight: Double = { if case .number(let n)? = parent { return n } else { return 400 } }()
                return .number(k == "bolder" ? Self.bolder(parentWeight) : Self.lighter(parentWeight))
            default:
                return .keyword(k)
            }
        case .length(let spec):
            switch definition.kind {
            case .lineHeight:
                return .length(spec.resolved(fontSize: fontSize, rootFontSize: rootFontSize, viewport: viewport, percentBasis: fontSize))
            case .borderWidth:
                return .length(spec.absolute(fontSize: fontSize, rootFontSize: rootFontSize, viewport: viewport))
            default:
                return lengthValue(spec)
            }
        case .pair(let a, let b):
            return .text("\(lengthValue(a).serialized) \(lengthValue(b).serialized)")
        case .number(let n):
            if case .opacity = definition.kind { return .number(min(1, max(0, n))) }
            return .number(n)
        case .color(let spec):
            switch spec {
            case .rgba(let c): return .color(c)
            case .currentColor: return .color(color)
            }
        case .text(let t):
            return .text(t)
        }
    }

    static func bolder(_ weight: Double) -> Double {
        if weight < 350 { return 400 }
        if weight < 550 { return 700 }
        if weight < 900 { return 900 }
        return weight
    }

    static func lighter(_ weight: Double) -> Double {
        if weight < 100 { return weight }
        if weight < 550 { return 100 }
        if weight < 750 { return 400 }
        return 700
    }

    /// Rules where one computed value depends on another: border widths with no style,
    /// display blockification, float of absolutely positioned boxes, overflow pairs,
    /// border widths snapped as Chromium does.
    private mutating func fixUp(rowBase: Int, parentRow: Int?, nodeIndex: Int, isRoot: Bool) {
        for side in PropertyTable.borderSides {
            if case .keyword(let style) = values[rowBase + side.style], style == "none" || style == "hidden" {
                values[rowBase + side.width] = .length(0)
            } else if case .length(let px) = values[rowBase + side.width] {
                values[rowBase + side.width] = .length(Self.snapBorderWidth(px))
            }
        }
        let positionID = PropertyTable.positionID, floatID = PropertyTable.floatID, displayID = PropertyTable.displayID
        let position = values[rowBase + positionID]
        let absolutely = position == .keyword("absolute") || position == .keyword("fixed")
        if absolutely { values[rowBase + floatID] = .keyword("none") }
        var blockify = isRoot || absolutely || values[rowBase + floatID] != .keyword("none")
        if let parentRow, case .keyword(let parentDisplay) = values[parentRow + displayID],
            ["flex", "inline-flex", "grid", "inline-grid"].contains(parentDisplay)
        {
            blockify = true
            isFlexOrGridItem[nodeIndex] = true
        }
        if blockify, case .keyword(let display) = values[rowBase + displayID] {
            values[rowBase + displayID] = .keyword(Self.blockified(display))
        }
        let x = PropertyTable.overflowXID, y = PropertyTable.overflowYID
        if case .keyword(let ox) = values[rowBase + x], case .keyword(let oy) = values[rowBase + y] {
            let visibleLike: Set<String> = ["visible", "clip"]
            if visibleLike.contains(ox) != visibleLike.contains(oy) {
                if visibleLike.contains(ox) { values[rowBase + x] = .keyword(ox == "visible" ? "auto" : "hidden") }
                if visibleLike.contains(oy) { values[rowBase + y] = .keyword(oy == "visible" ? "auto" : "hidden") }
            }
        }
    }

    /// Chromium floors border widths to whole pixels, with anything between 0 and 1 becoming 1.
    static func snapBorderWidth(_ px: Double) -> Double {
        if px <= 0 { return 0 }
        if px < 1 { return 1 }
        return px.rounded(.down)
    }

    static func blockified(_ display: String) -> String {
        switch display {
        case "inline", "inline-block", "table-row-group", "table-column", "table-column-group",
            "table-header-group", "table-footer-group", "table-row", "table-cell", "table-caption", "ruby",
            "ruby-text", "-webkit-box":
            return display == "-webkit-box" ? "-webkit-box" : "block"
        case "inline-flex": return "flex"
        case "inline-grid": return "grid"
        case "inline-table": return "table"
        case "-webkit-inline-box": return "-webkit-box"
        case "inline list-item": return "list-item"
        default: return display
        }
    }
}
