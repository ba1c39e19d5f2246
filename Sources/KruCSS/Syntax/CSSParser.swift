import KruCore

/// The parser of CSS Syntax Level 3 (§5) with CSS nesting, recovering from
/// errors exactly where browsers do: a bad declaration is skipped up to the
/// next `;`, a bad rule up to the end of its block, unclosed blocks are
/// closed by the end of the sheet.
public struct CSSParser {
    private let bytes: [UInt8]
    private let tokens: [CSSToken]
    private var index = 0
    private var problems: [CSSSyntaxProblem] = []

    private init(text: String) {
        self.bytes = Array(text.utf8)
        var tokenizer = CSSTokenizer(bytes: bytes)
        self.tokens = tokenizer.all()
        self.problems = tokenizer.unclosedComments.map { CSSSyntaxProblem(kind: .unclosedComment, offset: $0) }
    }

    /// Parses a whole style sheet. `lines` and `baseOffset` place the text in its file.
    public static func parseStyleSheet(_ text: String, lines: LineIndex, baseOffset: Int = 0) -> CSSStyleSheet {
        var parser = CSSParser(text: text)
        let rules = parser.consumeRuleList(topLevel: true)
        return CSSStyleSheet(text: text, rules: rules, problems: parser.problems, lines: lines, baseOffset: baseOffset)
    }

    /// Parses a style sheet that is a file of its own.
    public static func parseStyleSheet(_ text: String, file: String) -> CSSStyleSheet {
        parseStyleSheet(text, lines: LineIndex(text: text, file: file))
    }

    /// Parses the contents of a `style="…"` attribute: a list of declarations.
    /// The returned sheet holds one unnested style rule with an empty selector.
    public static func parseStyleAttribute(_ text: String, lines: LineIndex, baseOffset: Int) -> CSSStyleSheet {
        var parser = CSSParser(text: text)
        let (declarations, _) = parser.consumeBlockContents(allowRules: false)
        let rule = CSSStyleRule(
            prelude: [], selectorText: "", selectorStart: 0, blockStart: 0, end: parser.bytes.count,
            closed: true, declarations: declarations, children: [], nested: false
        )
        return CSSStyleSheet(
            text: text, rules: [.style(rule)], problems: parser.problems, lines: lines, baseOffset: baseOffset
        )
    }

    /// Parses text into component values (a `media` attribute, a value in tests).
    public static func parseComponentValues(_ text: String) -> [ComponentValue] {
        var parser = CSSParser(text: text)
        var values: [ComponentValue] = []
        while parser.current != nil { values.append(parser.consumeComponentValue()) }
        return values
    }

    // MARK: - Token access

    private var current: CSSToken? { index < tokens.count ? tokens[index] : nil }

    private mutating func advance() -> CSSToken? {
        guard index < tokens.count else { return nil }
        defer { index += 1 }
        return tokens[index]
    }

    // MARK: - Rules

    private mutating func consumeRuleList(topLevel: Bool) -> [CSSRule] {
        var rules: [CSSRule] = []
        var seenOtherRule = false
        while let token = current {
            switch token.kind {
            case .whitespace:
                index += 1
            case .cdo where topLevel, .cdc where topLevel:
                index += 1
            case .closeCurly where !topLevel:
                return rules
            case .atKeyword:
                if let rule = consumeAtRule(nested: false) {
                    if case .importRule(_, _, let start) = rule, seenOtherRule {
                        problems.append(CSSSyntaxProblem(kind: .lateImport, offset: start))
                        continue
                    }
                    switch rule {
                    case .importRule: break
                    case .ignoredAtRule(let name, _) where name == "charset": break
                    case .layer(_, nil, _): break
                    default: seenOtherRule = true
                    }
                    rules.append(rule)
                }
            default:
                if token.kind == .closeCurly {
                    problems.append(CSSSyntaxProblem(kind: .strayCloseBrace, offset: token.start))
                }
                if let rule = consumeQualifiedRule(nested: false) {
                    seenOtherRule = true
                    rules.append(.style(rule))
                }
            }
        }
        return rules
    }

    private mutating func consumeAtRule(nested: Bool) -> CSSRule? {
        guard let keyword = advance() else { return nil }
        let name = keyword.value.lowercased()
        var prelude: [ComponentValue] = []
        var block: ComponentValue?
        while let token = current {
            if token.kind == .semicolon {
                index += 1
                break
            }
            if token.kind == .closeCurly, nested { break }
            if token.kind == .openCurly {
                block = consumeSimpleBlockOpenedHere(token, contentsAs: name, nested: nested)
                break
            }
            prelude.append(consumeComponentValue())
        }
        let trimmed = Array(prelude.trimmingWhitespace())
        switch name {
        case "media":
            guard block != nil else { return nil }
            let query = MediaQueryList.parse(trimmed)
            return .media(query: query, rules: pendingRules.removeLast(), start: keyword.start)
        case "supports":
            guard block != nil else { return nil }
            let holds = SupportsCondition.evaluate(trimmed)
            return .supports(conditionHolds: holds, rules: pendingRules.removeLast(), start: keyword.start)
        case "layer":
            let names = trimmed.split { $0.kind == .token && $0.token.kind == .comma }.map { part in
                part.filter { !$0.isWhitespace }.map { $0.kind == .token ? $0.token.value : "?" }.joined()
            }
            guard block != nil else {
                // `@layer a, b;`: names only.
                guard !names.isEmpty, names.allSatisfy({ !$0.isEmpty }) else { return nil }
                return .layer(names: names, rules: nil, start: keyword.start)
            }
            let rules = pendingRules.removeLast()
            guard names.count <= 1 else { return nil }  // a block belongs to one layer
            return .layer(names: names.isEmpty ? ["\u{0}anonymous-\(keyword.start)"] : names, rules: rules, start: keyword.start)
        case "import":
            guard block == nil, !nested else { return nil }
            var parts = trimmed[...]
            guard let first = parts.first else { return nil }
            let url: String
            if first.kind == .token, first.token.kind == .string || first.token.kind == .url {
                url = first.token.value
            } else if first.isFunction("url"), let argument = first.children.first(where: { !$0.isWhitespace }),
                argument.token.kind == .string
            {
                url = argument.token.value
            } else {
                return nil
            }
            parts.removeFirst()
            let media = MediaQueryList.parse(Array(Array(parts).trimmingWhitespace()))
            return .importRule(url: url, media: media, start: keyword.start)
        default:
            return .ignoredAtRule(name: name, start: keyword.start)
        }
    }

    /// Rules parsed inside the block of the `@media`/`@supports` being consumed.
    private var pendingRules: [[CSSRule]] = []

    /// Consumes a `{}` block. For `@media` and `@supports` the contents are
    /// parsed as rules (pushed on ``pendingRules``); for other at-rules they are
    /// consumed as plain component values and dropped.
    private mutating func consumeSimpleBlockOpenedHere(
        _ open: CSSToken, contentsAs name: String, nested: Bool
    ) -> ComponentValue {
        index += 1
        if name == "media" || name == "supports" || name == "layer" {
            let rules: [CSSRule]
            if nested {
                let (declarations, children) = consumeBlockContents(allowRules: true)
                rules = (declarations.isEmpty ? [] : [.nestedDeclarations(declarations)]) + children
            } else {
                rules = consumeRuleList(topLevel: false)
            }
            pendingRules.append(rules)
            return finishBlock(open)
        }
        var children: [ComponentValue] = []
        while let token = current, token.kind != .closeCurly { children.append(consumeComponentValue()) }
        return finishBlock(open, children: children)
    }

    private mutating func finishBlock(_ open: CSSToken, children: [ComponentValue] = []) -> ComponentValue {
        if let close = current, close.kind == .closeCurly {
            index += 1
            return ComponentValue(kind: .block, token: open, children: children, end: close.end, closed: true)
        }
        problems.append(CSSSyntaxProblem(kind: .unclosedBlock, offset: open.start))
        return ComponentValue(kind: .block, token: open, children: children, end: bytes.count, closed: false)
    }

    /// Consumes a qualified (style) rule; `nil` when it has no block.
    private mutating func consumeQualifiedRule(nested: Bool) -> CSSStyleRule? {
        var prelude: [ComponentValue] = []
        let startIndex = index
        while let token = current {
            if token.kind == .openCurly {
                index += 1
                let (declarations, children) = consumeBlockContents(allowRules: true)
                let block = finishBlock(token)
                let trimmed = Array(prelude.trimmingWhitespace())
                return CSSStyleRule(
                    prelude: trimmed, selectorText: serialize(trimmed),
                    selectorStart: trimmed.first?.start ?? token.start, blockStart: token.start,
                    end: block.end, closed: block.closed, declarations: declarations, children: children,
                    nested: nested
                )
            }
            if nested, token.kind == .semicolon {
                index += 1
                return nil
            }
            if nested, token.kind == .closeCurly { return nil }
            prelude.append(consumeComponentValue())
        }
        if index > startIndex, let first = prelude.first(where: { !$0.isWhitespace }) {
            problems.append(CSSSyntaxProblem(kind: .preludeWithoutBlock, offset: first.start))
        }
        return nil
    }

    /// Consumes the contents of a style rule's block up to its `}` (not consumed).
    private mutating func consumeBlockContents(allowRules: Bool) -> ([CSSDeclaration], [CSSRule]) {
        var declarations: [CSSDeclaration] = []
        var rules: [CSSRule] = []
        while let token = current {
            switch token.kind {
            case .whitespace, .semicolon:
                index += 1
            case .closeCurly:
                if allowRules { return (declarations, rules) }
                index += 1  // A stray `}` in a style attribute is skipped.
            case .atKeyword where allowRules:
                if let rule = consumeAtRule(nested: true) { rules.append(rule) }
            default:
                let mark = index
                if let declaration = consumeDeclaration(stopAtCloseCurly: allowRules) {
                    declarations.append(declaration)
                } else if allowRules {
                    index = mark
                    if let rule = consumeQualifiedRule(nested: true) { rules.append(.style(rule)) }
                }
            }
        }
        return (declarations, rules)
    }

    /// Consumes a declaration up to `;` (consumed) or `}` (not consumed);
    /// `nil` when it is not a valid declaration.
    private mutating func consumeDeclaration(stopAtCloseCurly: Bool) -> CSSDeclaration? {
        var values: [ComponentValue] = []
        let startToken = current!
        while let token = current {
            if token.kind == .semicolon {
                index += 1
                break
            }
            if token.kind == .closeCurly, stopAtCloseCurly { break }
            if token.kind == .closeCurly {
                // In a style attribute a stray `}` ends nothing: keep it as junk.
                index += 1
                values.append(ComponentValue(token: token))
                continue
            }
            values.append(consumeComponentValue())
        }
        guard startToken.kind == .ident else { return nil }
        var rest = values[1...]
        while rest.first?.isWhitespace == true { rest.removeFirst() }
        guard let colon = rest.first, colon.kind == .token, colon.token.kind == .colon else { return nil }
        rest.removeFirst()
        var value = Array(Array(rest).trimmingWhitespace())
        let isCustom = startToken.value.hasPrefix("--")
        var important = false
        // `! important` at the end.
        let meaningful = value.enumerated().filter { !$0.element.isWhitespace }
        if meaningful.count >= 2 {
            let last = meaningful[meaningful.count - 1]
            let bang = meaningful[meaningful.count - 2]
            if last.element.kind == .token, last.element.token.isIdent("important"),
                bang.element.kind == .token, bang.element.token.isDelim("!")
            {
                important = true
                value = Array(Array(value[..<bang.offset]).trimmingWhitespace())
            }
        }
        if !isCustom, value.contains(where: { $0.isCurlyBlock }) { return nil }
        let end = value.last?.end ?? colon.end
        return CSSDeclaration(
            name: isCustom ? startToken.value : startToken.value.lowercased(),
            value: value, important: important, start: startToken.start,
            valueStart: value.first?.start ?? colon.end, end: end
        )
    }

    private mutating func consumeComponentValue() -> ComponentValue {
        let token = advance()!
        switch token.kind {
        case .openCurly, .openSquare, .openParen:
            let closing: CSSToken.Kind =
                token.kind == .openCurly ? .closeCurly : token.kind == .openSquare ? .closeSquare : .closeParen
            var children: [ComponentValue] = []
            while let next = current {
                if next.kind == closing {
                    index += 1
                    return ComponentValue(kind: .block, token: token, children: children, end: next.end, closed: true)
                }
                children.append(consumeComponentValue())
            }
            return ComponentValue(kind: .block, token: token, children: children, end: bytes.count, closed: false)
        case .function:
            var children: [ComponentValue] = []
            while let next = current {
                if next.kind == .closeParen {
                    index += 1
                    return ComponentValue(
                        kind: .function, token: token, children: children, end: next.end, closed: true)
                }
                children.append(consumeComponentValue())
            }
            return ComponentValue(kind: .function, token: token, children: children, end: bytes.count, closed: false)
        default:
            return ComponentValue(token: token)
        }
    }

    private func serialize(_ values: [ComponentValue]) -> String {
        CSSSerializer(bytes: bytes).serialize(values)
    }
}

/// Writes component values back as text, using the source text of each
/// token (so escapes stay as written) and one space for whitespace.
struct CSSSerializer {
    let bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }
    init(text: String) { self.bytes = Array(text.utf8) }

    func serialize<C: Collection>(_ values: C) -> String where C.Element == ComponentValue {
        var output: [UInt8] = []
        append(values, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private func append<C: Collection>(_ values: C, to output: inout [UInt8]) where C.Element == ComponentValue {
        for value in values {
            switch value.kind {
            case .token:
                if value.token.kind == .whitespace {
                    output.append(0x20)
                } else {
                    output.append(contentsOf: bytes[value.token.start..<min(value.token.end, bytes.count)])
                }
            case .function, .block:
                output.append(contentsOf: bytes[value.token.start..<min(value.token.end, bytes.count)])
                append(value.children, to: &output)
                if value.closed {
                    switch value.token.kind {
                    case .openCurly: output.append(0x7D)
                    case .openSquare: output.append(0x5D)
                    default: output.append(0x29)
                    }
                }
            }
        }
    }
}
