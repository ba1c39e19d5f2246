import KruCore
import KruHTML
import KruSelectors

/// A declaration ready for the cascade: its longhands already parsed.
struct PreparedDeclaration: Sendable {
    let source: CSSDeclaration
    let longhands: [DeclarationExpander.Longhand]
    /// Whether this declares a custom property (`--name: …`).
    var isCustom: Bool { source.name.hasPrefix("--") }
}

/// The declarations of one style rule (or `style` attribute), shared by
/// the rule's selectors.
struct DeclarationBlock: Sendable {
    let origin: CascadeOrigin
    /// Index into ``StyleSheetSet/sheets`` (`-1` for the default sheet, `-2` for a `style` attribute).
    let sheetIndex: Int
    let sheet: CSSStyleSheet
    /// The resolved selector text (nesting applied); empty for `style` attributes.
    let selectorText: String
    /// Byte offset of the selector in the sheet.
    let selectorStart: Int
    let declarations: [PreparedDeclaration]
    /// Position of the rule in its sheet's walk, for "rule" identity in diagnostics.
    let ruleStart: Int
}

/// One complex selector of a rule, indexed for matching.
struct PreparedRule: Sendable {
    let selector: Selector
    let specificity: Specificity
    let block: Int
    /// Cascade order (source order across all sheets).
    let order: Int
    /// The rule's cascade layer, numbered by first appearance (``RuleSet/layerRank(_:)`` gives its
    /// place in the cascade); ``RuleSet/unlayered`` (above every layer for normal declarations)
    /// when it is in none.
    var layer: Int = RuleSet.unlayered
}

/// Rules indexed by the rightmost compound's id, class or type, so an
/// element is only matched against rules that can match it.
struct RuleSet: Sendable {
    var blocks: [DeclarationBlock] = []
    var rules: [PreparedRule] = []
    var byID: [String: [Int]] = [:]
    var byClass: [String: [Int]] = [:]
    var byType: [String: [Int]] = [:]
    var universal: [Int] = []
    /// Whether ids and classes are indexed lower-cased (quirks mode, where class and id
    /// selectors ignore case).
    var foldsCase = false
    /// Style rules whose selector did not parse (whole rule dropped), for diagnostics.
    var invalidSelectors: [(block: DeclarationBlock, error: String)] = []
    /// Cascade layers by full name (`base`, `base.links`), numbered by first appearance; a
    /// rule's ``PreparedRule/layer`` is this number.
    var layers: [String: Int] = [:]
    /// Full layer names by number.
    private var layerNames: [String] = []
    /// The cascade rank of each layer, by number: layers in tree order, each one's sublayers
    /// below its own rules (`@layer a { @layer b { … } … }`: `a.b` ranks below `a`), and a
    /// sublayer with its parent wherever it first appears (`a.c` after `b` still ranks below `b`).
    private(set) var layerRanks: [Int] = []
    /// The layer rank of rules outside every `@layer`.
    static let unlayered = Int.max

    /// The cascade rank of a rule's layer number (``unlayered`` stays).
    func layerRank(_ layer: Int) -> Int { layer == Self.unlayered ? layer : layerRanks[layer] }

    /// The layer's number, registering it (and the layers holding it) on first appearance.
    private mutating func layerNumber(_ name: String) -> Int {
        if let number = layers[name] { return number }
        if let dot = name.lastIndex(of: ".") { _ = layerNumber(String(name[..<dot])) }
        layers[name] = layerNames.count
        layerNames.append(name)
        return layerNames.count - 1
    }

    /// Recomputes ``layerRanks`` once a sheet's layers are all known: a depth-first walk that
    /// ranks a layer after its sublayers.
    private mutating func rankLayers() {
        var children: [Int: [Int]] = [:]
        var roots: [Int] = []
        for (number, name) in layerNames.enumerated() {
            if let dot = name.lastIndex(of: "."), let parent = layers[String(name[..<dot])] {
                children[parent, default: []].append(number)
            } else {
                roots.append(number)
            }
        }
        var ranks = [Int](repeating: 0, count: layerNames.count)
        var next = 0
        // Iterative post-order: (layer, whether its sublayers are done).
        var stack: [(Int, Bool)] = roots.reversed().map { ($0, false) }
        while let (number, done) = stack.popLast() {
            if done {
                ranks[number] = next
                next += 1
            } else {
                stack.append((number, true))
                stack.append(contentsOf: (children[number] ?? []).reversed().map { ($0, false) })
            }
        }
        layerRanks = ranks
    }

    mutating func add(
        sheet: CSSStyleSheet, sheetIndex: Int, origin: CascadeOrigin, viewport: Viewport, quirks: Bool,
        orderBase: inout Int
    ) {
        if quirks { foldsCase = true }
        walk(sheet.rules, parentSelector: nil, sheet: sheet, sheetIndex: sheetIndex, origin: origin,
             viewport: viewport, quirks: quirks, order: &orderBase)
        if layerRanks.count != layerNames.count { rankLayers() }
    }

    private mutating func walk(
        _ rules: [CSSRule], parentSelector: String?, sheet: CSSStyleSheet, sheetIndex: Int, origin: CascadeOrigin,
        viewport: Viewport, quirks: Bool, order: inout Int, layer: Int = RuleSet.unlayered, layerName: String = ""
    ) {
        for rule in rules {
            switch rule {
            case .style(let style):
                let text = parentSelector.map { Nesting.resolve(style.selectorText, parent: $0) } ?? style.selectorText
                let declarations = Self.prepare(style.declarations, quirks: quirks)
                let block = DeclarationBlock(
                    origin: origin, sheetIndex: sheetIndex, sheet: sheet, selectorText: text,
                    selectorStart: style.selectorStart, declarations: declarations, ruleStart: style.selectorStart)
                addBlock(block, order: &order, layer: layer)
                if !style.children.isEmpty {
                    walk(style.children, parentSelector: text, sheet: sheet, sheetIndex: sheetIndex, origin: origin,
                         viewport: viewport, quirks: quirks, order: &order, layer: layer, layerName: layerName)
                }
            case .media(let query, let children, _):
                guard query.matches(viewport) else { continue }
                walk(children, parentSelector: parentSelector, sheet: sheet, sheetIndex: sheetIndex, origin: origin,
                     viewport: viewport, quirks: quirks, order: &order, layer: layer, layerName: layerName)
            case .supports(let holds, let children, _):
                guard holds else { continue }
                walk(children, parentSelector: parentSelector, sheet: sheet, sheetIndex: sheetIndex, origin: origin,
                     viewport: viewport, quirks: quirks, order: &order, layer: layer, layerName: layerName)
            case .nestedDeclarations(let declarations):
                guard let parentSelector, let first = declarations.first else { continue }
                let block = DeclarationBlock(
                    origin: origin, sheetIndex: sheetIndex, sheet: sheet, selectorText: parentSelector,
                    selectorStart: first.start, declarations: Self.prepare(declarations, quirks: quirks),
                    ruleStart: first.start)
                addBlock(block, order: &order, layer: layer)
            case .layer(let names, let children, _):
                // An anonymous layer's name is unique in its sheet; the sheet's index makes it unique.
                let full = names.map { layerName + $0 + ($0.hasPrefix("\u{0}") ? "-\(sheetIndex)" : "") }
                guard let children else {
                    for name in full { _ = layerNumber(name) }
                    continue
                }
                walk(children, parentSelector: parentSelector, sheet: sheet, sheetIndex: sheetIndex, origin: origin,
                     viewport: viewport, quirks: quirks, order: &order, layer: layerNumber(full[0]), layerName: full[0] + ".")
            case .importRule, .ignoredAtRule:
                continue
            }
        }
    }

    static func prepare(_ declarations: [CSSDeclaration], quirks: Bool) -> [PreparedDeclaration] {
        declarations.compactMap { declaration in
            switch DeclarationExpander.expand(name: declaration.name, value: declaration.value, quirks: quirks) {
            case .longhands(let longhands): return PreparedDeclaration(source: declaration, longhands: longhands)
            case .custom: return PreparedDeclaration(source: declaration, longhands: [])
            default: return nil
            }
        }
    }

    private mutating func addBlock(_ block: DeclarationBlock, order: inout Int, layer: Int = RuleSet.unlayered) {
        let list: SelectorList
        do {
            list = try SelectorList.parse(block.selectorText)
        } catch {
            invalidSelectors.append((block, "\(error)"))
            return
        }
        let blockIndex = blocks.count
        blocks.append(block)
        guard !block.declarations.isEmpty else { return }
        for selector in list.selectors {
            guard selector.pseudoElement == nil else { continue }
            let ruleIndex = rules.count
            rules.append(PreparedRule(
                selector: selector, specificity: selector.specificity, block: blockIndex, order: order, layer: layer))
            order += 1
            let rightmost = selector.compounds.last?.simpleSelectors ?? []
            if let id = rightmost.lazy.compactMap({ if case .id(let v) = $0 { return v } else { return nil } }).first {
                byID[foldsCase ? id.lowercased() : id, default: []].append(ruleIndex)
            } else if let cls = rightmost.lazy.compactMap({ if case .class(let v) = $0 { return v } else { return nil } }).first {
                byClass[foldsCase ? cls.lowercased() : cls, default: []].append(ruleIndex)
            } else if let type = rightmost.lazy.compactMap({ if case .type(let v) = $0 { return v } else { return nil } }).first {
                byType[type, default: []].append(ruleIndex)
            } else {
                universal.append(ruleIndex)
            }
        }
    }

    /// Rules that may match `node` (a superset of the matching ones), unsorted.
    func candidates(for node: HTMLNode, into result: inout [Int]) {
        if let id = node.attribute("id"), let list = byID[foldsCase ? id.lowercased() : id] { result.append(contentsOf: list) }
        if let classes = node.attribute("class"), !byClass.isEmpty {
            var seen: Set<Substring> = []
            for name in classes.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
            where seen.insert(name).inserted {
                if let list = byClass[foldsCase ? name.lowercased() : String(name)] { result.append(contentsOf: list) }
            }
        }
        if let list = byType[node.name] { result.append(contentsOf: list) }
        result.append(contentsOf: universal)
    }
}

/// CSS nesting: the selector of a nested rule, written against its parent.
enum Nesting {
    static func resolve(_ child: String, parent: String) -> String {
        let parentText = ":is(\(parent))"
        return splitTopLevelCommas(child).map { part -> String in
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            if trimmed.contains("&") { return trimmed.replacingOccurrences(of: "&", with: parentText) }
            return parentText + " " + trimmed
        }.joined(separator: ", ")
    }

    private static func splitTopLevelCommas(_ text: String) -> [String] {
        var parts: [String] = []
        var depth = 0
        var current = ""
        for character in text {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "," where depth == 0:
                parts.append(current)
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        parts.append(current)
        return parts
    }
}
