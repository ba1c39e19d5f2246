import KruCore
import KruHTML
import KruSelectors

/// A style rule of a page's author style sheets that is in effect on the viewport the
/// styles were computed for (the sheet's media, and every `@media`/`@supports` around the
/// rule, match).
public struct StyleRuleInEffect: Sendable {
    /// The selector list as written (nesting resolved).
    public let selectorText: String
    /// The parsed selectors.
    public let selectors: SelectorList
    /// Where the selector starts.
    public let location: SourceLocation
}

extension ComputedStyles {
    /// Every author declaration that applies to `element` and sets the longhand `property`,
    /// directly or through a shorthand (`font` sets `font-family`): style rules in effect on
    /// ``viewport`` whose selector matches, and the element's `style` attribute. Declarations
    /// the browser drops (unknown property, invalid value) never appear. In cascade order of
    /// the rules, the `style` attribute last.
    public func declarations(setting property: String, for element: Element) -> [CascadedDeclaration] {
        guard let definition = PropertyTable.byName[property.lowercased()], element.id.index < document.nodes.count
        else { return [] }
        var candidates: [Int] = []
        author.candidates(for: document[element.id], into: &candidates)
        let matched = candidates.filter { author.rules[$0].selector.matches(element, in: matching) }
            .sorted { (author.rules[$0].specificity, author.rules[$0].order) < (author.rules[$1].specificity, author.rules[$1].order) }
        var result: [CascadedDeclaration] = []
        var seenBlocks: Set<Int> = []
        func collect(_ declarations: [PreparedDeclaration], source: Int8, block: Int32) {
            for (d, declaration) in declarations.enumerated() {
                for (l, longhand) in declaration.longhands.enumerated() where longhand.id == definition.id {
                    let winner = Winner(
                        source: source, important: declaration.source.important, block: block, declaration: Int32(d),
                        longhand: Int16(l))
                    if let described = describe(winner) { result.append(described) }
                }
            }
        }
        for ruleIndex in matched where seenBlocks.insert(author.rules[ruleIndex].block).inserted {
            collect(author.blocks[author.rules[ruleIndex].block].declarations, source: 2, block: Int32(ruleIndex))
        }
        if let inline = sheets.inlineStyles[element.id] {
            collect(RuleSet.prepare(inline.rules.styleDeclarations, quirks: sheets.quirksMode), source: 3,
                    block: Int32(element.id.index))
        }
        return result
    }

    /// The style rules of the author style sheets in effect on ``viewport``, in cascade order
    /// (empty rules included; rules whose selector does not parse are dropped, as browsers drop them).
    public var styleRulesInEffect: [StyleRuleInEffect] {
        author.blocks.compactMap { block in
            guard block.origin == .author, let list = try? SelectorList.parse(block.selectorText) else { return nil }
            return StyleRuleInEffect(
                selectorText: block.selectorText, selectors: list, location: block.sheet.location(ofOffset: block.selectorStart))
        }
    }
}

extension RGBA {
    /// Parses a CSS colour (`red`, `#f00`, `rgb(255 0 0)`, `hsl(0, 100%, 50%)` …); `nil` for
    /// anything else, `currentcolor` included.
    public init?(css text: String) {
        guard case .rgba(let color)? = ColorParser.parse(CSSParser.parseComponentValues(text)) else { return nil }
        self = color
    }

    /// The CSS name of this exact colour (`black`, `teal`, `transparent`), if it has one.
    public var cssName: String? {
        if self == .transparent { return "transparent" }
        return Self.names[self]
    }

    private static let names: [RGBA: String] = {
        var table: [RGBA: String] = [:]
        for (name, color) in NamedColors.table.sorted(by: { $0.key < $1.key }) where table[color] == nil {
            table[color] = name
        }
        return table
    }()
}
