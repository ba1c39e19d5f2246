/// Parses selector text (Selectors Level 4 grammar over CSS tokens) into ``SelectorList`` values.
struct SelectorParser {
    /// Where a selector list is being parsed, for the rules that depend on it.
    private struct Nesting {
        /// The functional pseudo-class being parsed (`nil` at the top level).
        var function: String?
        /// Inside `:has()`: `:has()` cannot nest.
        var insideHas = false
    }

    private let scalars: [Unicode.Scalar]
    private let tokens: [SelectorToken]
    /// For each opening token (function, `(`, `[`, `{`): the index of its closing token,
    /// or `tokens.count` when the text ends first (CSS closes open blocks at the end).
    private let closing: [Int]

    static func parseList(_ text: String) throws(SelectorParseError) -> SelectorList {
        let parser = SelectorParser(text)
        let all = 0..<parser.tokens.count
        guard parser.trim(all) != nil else { throw SelectorParseError(reason: .empty, offset: 0) }
        return SelectorList(try parser.parseList(all, nesting: Nesting(), relative: false, forgiving: false))
    }

    private init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var tokenizer = SelectorTokenizer(text)
        tokens = tokenizer.tokenize()
        var closing = Array(repeating: tokens.count, count: tokens.count)
        var open: [(index: Int, closer: SelectorToken.Kind)] = []
        for (index, token) in tokens.enumerated() {
            switch token.kind {
            case .function, .openParen: open.append((index, .closeParen))
            case .openSquare: open.append((index, .closeSquare))
            case .openCurly: open.append((index, .closeCurly))
            case .closeParen, .closeSquare, .closeCurly:
                if let last = open.last, last.closer == token.kind {
                    closing[last.index] = index
                    open.removeLast()
                }
            default: break
            }
        }
        self.closing = closing
    }

    // MARK: - Helpers

    private var textEnd: Int { scalars.count }

    private func offset(_ index: Int) -> Int {
        index < tokens.count ? tokens[index].offset : textEnd
    }

    /// The source text of a token, for messages.
    private func text(_ index: Int) -> String {
        guard index < tokens.count else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[tokens[index].offset..<tokens[index].end])
        return String(view)
    }

    private func isWhitespace(_ index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .whitespace
    }

    private func skipWhitespace(_ index: Int, _ end: Int) -> Int {
        var index = index
        while index < end && tokens[index].kind == .whitespace { index += 1 }
        return index
    }

    private func isDelim(_ index: Int, _ end: Int, _ scalar: Unicode.Scalar) -> Bool {
        index < end && tokens[index].kind == .delim(scalar)
    }

    private func ident(_ index: Int, _ end: Int) -> String? {
        guard index < end, case .ident(let name) = tokens[index].kind else { return nil }
        return name
    }

    /// The range without leading and trailing whitespace, or `nil` when nothing is left.
    private func trim(_ range: Range<Int>) -> Range<Int>? {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper && tokens[lower].kind == .whitespace { lower += 1 }
        while upper > lower && tokens[upper - 1].kind == .whitespace { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    /// The index after a token, skipping a whole block when the token opens one.
    private func after(_ index: Int) -> Int {
        switch tokens[index].kind {
        case .function, .openParen, .openSquare, .openCurly: return min(closing[index] + 1, tokens.count)
        default: return index + 1
        }
    }

    private func combinator(_ index: Int, _ end: Int) -> Combinator? {
        guard index < end, case .delim(let scalar) = tokens[index].kind else { return nil }
        switch scalar {
        case ">": return .child
        case "+": return .nextSibling
        case "~": return .subsequentSibling
        default: return nil
        }
    }

    private func error(_ reason: SelectorParseError.Reason, at index: Int) -> SelectorParseError {
        SelectorParseError(reason: reason, offset: offset(index))
    }

    // MARK: - Lists and complex selectors

    private func parseList(
        _ range: Range<Int>, nesting: Nesting, relative: Bool, forgiving: Bool
    ) throws(SelectorParseError) -> [Selector] {
        let parts = splitOnCommas(range)
        var selectors: [Selector] = []
        for part in parts {
            guard let trimmed = trim(part) else {
                if forgiving { continue }
                // Point at the comma that starts or ends the empty part.
                let comma = part.upperBound < range.upperBound ? part.upperBound : part.lowerBound - 1
                throw error(.emptyListItem, at: comma)
            }
            if forgiving {
                if let selector = try? parseComplex(trimmed, nesting: nesting, relative: relative) {
                    selectors.append(selector)
                }
            } else {
                selectors.append(try parseComplex(trimmed, nesting: nesting, relative: relative))
            }
        }
        return selectors
    }

    /// The parts of `range` between top-level commas.
    private func splitOnCommas(_ range: Range<Int>) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            if tokens[index].kind == .comma {
                parts.append(start..<index)
                start = index + 1
                index += 1
            } else {
                index = after(index)
            }
        }
        parts.append(start..<range.upperBound)
        return parts
    }

    private func parseComplex(_ range: Range<Int>, nesting: Nesting, relative: Bool) throws(SelectorParseError) -> Selector {
        let end = range.upperBound
        var index = range.lowerBound
        var leading: Combinator?
        if relative {
            if let written = combinator(index, end) {
                leading = written
                index = skipWhitespace(index + 1, end)
                if index == end { throw error(.danglingCombinator(written.rawValue), at: range.lowerBound) }
            } else {
                leading = .descendant
            }
        }
        var compounds: [CompoundSelector] = []
        var combinators: [Combinator] = []
        while true {
            if let pseudo = compounds.last?.pseudoElement {
                throw error(.pseudoElementNotLast(pseudo.rawValue), at: index)
            }
            let (compound, next) = try parseCompound(index, end, nesting: nesting)
            compounds.append(compound)
            index = next
            if index == end { break }
            let afterSpace = skipWhitespace(index, end)
            let sawWhitespace = afterSpace > index
            index = afterSpace
            if index == end { break }
            if let written = combinator(index, end) {
                let combinatorIndex = index
                index = skipWhitespace(index + 1, end)
                if index == end { throw error(.danglingCombinator(written.rawValue), at: combinatorIndex) }
                combinators.append(written)
            } else if sawWhitespace {
                combinators.append(.descendant)
            } else {
                throw error(.unexpected(found: text(index)), at: index)
            }
        }
        return Selector(compounds: compounds, combinators: combinators, leadingCombinator: leading)
    }

    // MARK: - Compound selectors

    private func parseCompound(_ start: Int, _ end: Int, nesting: Nesting) throws(SelectorParseError) -> (CompoundSelector, Int) {
        var simples: [SimpleSelector] = []
        var index = start
        if let (type, next) = try parseTypeSelector(index, end) {
            simples.append(type)
            index = next
        }
        var pseudoElement: PseudoElement?
        while index < end {
            let simple: SimpleSelector
            let simpleStart = index
            switch tokens[index].kind {
            case .hash(let name, let isID):
                guard isID else { throw error(.invalidID(name), at: index) }
                simple = .id(name)
                index += 1
            case .delim("."):
                guard let name = ident(index + 1, end) else { throw error(.invalidClass, at: index) }
                simple = .class(name)
                index += 2
            case .openSquare:
                let close = closing[index]
                simple = .attribute(try parseAttribute(index + 1, min(close, end)))
                index = min(close + 1, end)
            case .colon:
                (simple, index) = try parsePseudo(index, end, nesting: nesting)
            default:
                if simples.isEmpty {
                    throw error(.expectedSelector(found: text(index)), at: index)
                }
                return (CompoundSelector(simples), index)
            }
            if let pseudoElement {
                guard case .pseudoClass(let pseudo) = simple, pseudoElement.allowsAfter(pseudo) else {
                    throw error(.pseudoElementNotLast(pseudoElement.rawValue), at: simpleStart)
                }
            }
            if case .pseudoElement(let pseudo) = simple { pseudoElement = pseudo }
            simples.append(simple)
        }
        if simples.isEmpty { throw error(.expectedSelector(found: ""), at: index) }
        return (CompoundSelector(simples), index)
    }

    /// `p`, `*`, `*|p`; `nil` when the compound does not start with a type selector.
    private func parseTypeSelector(_ index: Int, _ end: Int) throws(SelectorParseError) -> (SimpleSelector, Int)? {
        func nameAt(_ index: Int) -> SimpleSelector? {
            if isDelim(index, end, "*") { return .universal }
            if let name = ident(index, end) { return .type(CSSSerialization.asciiLowercased(name)) }
            return nil
        }
        if isDelim(index, end, "|") {
            if nameAt(index + 1) != nil { throw error(.namespaceUnsupported(""), at: index) }
            return nil
        }
        guard let simple = nameAt(index) else { return nil }
        if isDelim(index + 1, end, "|"), let named = nameAt(index + 2) {
            guard simple == .universal else { throw error(.namespaceUnsupported(text(index)), at: index) }
            return (named, index + 3)
        }
        return (simple, index + 1)
    }

    private func parseAttribute(_ start: Int, _ end: Int) throws(SelectorParseError) -> AttributeSelector {
        var index = skipWhitespace(start, end)
        if isDelim(index, end, "*"), isDelim(index + 1, end, "|"), ident(index + 2, end) != nil {
            index += 2
        } else if isDelim(index, end, "|"), ident(index + 1, end) != nil {
            index += 1
        } else if ident(index, end) != nil, isDelim(index + 1, end, "|"), ident(index + 2, end) != nil {
            throw error(.namespaceUnsupported(text(index)), at: index)
        }
        guard let name = ident(index, end) else { throw error(.invalidAttribute, at: index) }
        index = skipWhitespace(index + 1, end)
        if index == end { return AttributeSelector(name: name) }
        let op: AttributeSelector.Operator
        if isDelim(index, end, "=") {
            op = .equals
            index += 1
        } else if case .delim(let scalar) = tokens[index].kind, isDelim(index + 1, end, "="),
            let found = AttributeSelector.Operator(rawValue: String(scalar) + "=")
        {
            op = found
            index += 2
        } else {
            throw error(.invalidAttribute, at: index)
        }
        index = skipWhitespace(index, end)
        let value: String
        switch index < end ? tokens[index].kind : .whitespace {
        case .ident(let text), .string(let text): value = text
        default: throw error(.invalidAttribute, at: index)
        }
        index = skipWhitespace(index + 1, end)
        var sensitivity = AttributeSelector.CaseSensitivity.documentDefault
        if let flag = ident(index, end) {
            // Chromium does not accept the `s` flag (Selectors 4), so neither does kru.
            guard CSSSerialization.asciiLowercased(flag) == "i" else { throw error(.invalidAttribute, at: index) }
            sensitivity = .asciiInsensitive
            index = skipWhitespace(index + 1, end)
        }
        guard index == end else { throw error(.invalidAttribute, at: index) }
        return AttributeSelector(name: name, operator: op, value: value, caseSensitivity: sensitivity)
    }

    // MARK: - Pseudo-classes and pseudo-elements

    private static let simplePseudoClasses: [String: PseudoClass] = {
        var table: [String: PseudoClass] = [
            "root": .root, "empty": .empty,
            "first-child": .firstChild, "last-child": .lastChild, "only-child": .onlyChild,
            "first-of-type": .firstOfType, "last-of-type": .lastOfType, "only-of-type": .onlyOfType,
            "link": .link, "any-link": .anyLink, "checked": .checked,
            "disabled": .disabled, "enabled": .enabled, "required": .required, "optional": .optional,
            "read-only": .readOnly, "read-write": .readWrite, "placeholder-shown": .placeholderShown,
            "default": .default, "indeterminate": .indeterminate, "defined": .defined, "scope": .scope,
            "open": .open, "valid": .valid, "invalid": .invalid, "in-range": .inRange, "out-of-range": .outOfRange,
        ]
        for dynamic in DynamicPseudoClass.allCases { table[dynamic.rawValue] = .dynamic(dynamic) }
        return table
    }()

    private func parsePseudo(_ colon: Int, _ end: Int, nesting: Nesting) throws(SelectorParseError) -> (SimpleSelector, Int) {
        let index = colon + 1
        guard index < end else { throw error(.unexpected(found: ":"), at: colon) }
        if tokens[index].kind == .colon {
            let nameIndex = index + 1
            let name: String
            switch nameIndex < end ? tokens[nameIndex].kind : .whitespace {
            case .ident(let written): name = CSSSerialization.asciiLowercased(written)
            case .function(let written):
                throw error(.unknownPseudoElement(CSSSerialization.asciiLowercased(written)), at: nameIndex)
            default: throw error(.unexpected(found: "::"), at: colon)
            }
            guard let pseudo = PseudoElement(rawValue: name) else {
                throw error(.unknownPseudoElement(name), at: nameIndex)
            }
            if let function = nesting.function {
                throw error(.notAllowedInside(what: "::" + name, context: function), at: colon)
            }
            return (.pseudoElement(pseudo), nameIndex + 1)
        }
        switch tokens[index].kind {
        case .ident(let written):
            let name = CSSSerialization.asciiLowercased(written)
            if let pseudo = Self.simplePseudoClasses[name] { return (.pseudoClass(pseudo), index + 1) }
            if let legacy = PseudoElement(rawValue: name), legacy.allowsLegacySingleColon {
                if let function = nesting.function {
                    throw error(.notAllowedInside(what: ":" + name, context: function), at: colon)
                }
                return (.pseudoElement(legacy), index + 1)
            }
            throw error(.unknownPseudoClass(name), at: index)
        case .function(let written):
            let name = CSSSerialization.asciiLowercased(written)
            let close = min(closing[index], end)
            let pseudo = try parseFunctionalPseudo(name, index, (index + 1)..<close, nesting: nesting)
            return (.pseudoClass(pseudo), min(close + 1, end))
        default:
            throw error(.unexpected(found: ":"), at: colon)
        }
    }

    private func parseFunctionalPseudo(
        _ name: String, _ nameIndex: Int, _ arguments: Range<Int>, nesting: Nesting
    ) throws(SelectorParseError) -> PseudoClass {
        var inner = nesting
        inner.function = name
        switch name {
        case "not", "is", "where", "has":
            if name == "has" {
                if nesting.insideHas {
                    throw error(.notAllowedInside(what: ":has()", context: "has"), at: nameIndex)
                }
                inner.insideHas = true
            }
            let forgiving = name == "is" || name == "where"
            guard trim(arguments) != nil || forgiving else {
                throw error(.missingArgument(pseudoClass: name), at: nameIndex)
            }
            let list = SelectorList(
                try parseList(arguments, nesting: inner, relative: name == "has", forgiving: forgiving))
            switch name {
            case "not": return .not(list)
            case "is": return .is(list)
            case "where": return .where(list)
            default: return .has(list)
            }
        case "nth-child", "nth-last-child":
            let (pattern, rest) = try parseNth(arguments, name: name, nameIndex: nameIndex, allowOf: true)
            var of: SelectorList?
            if let rest {
                guard trim(rest) != nil else { throw error(.missingArgument(pseudoClass: name), at: rest.lowerBound) }
                of = SelectorList(try parseList(rest, nesting: inner, relative: false, forgiving: false))
            }
            return name == "nth-child" ? .nthChild(pattern, of: of) : .nthLastChild(pattern, of: of)
        case "lang", "dir":
            guard let only = trim(arguments), only.count == 1, let word = ident(only.lowerBound, only.upperBound) else {
                throw error(.invalidArgument(pseudoClass: name), at: trim(arguments)?.lowerBound ?? nameIndex)
            }
            return name == "lang" ? .lang(word) : .dir(CSSSerialization.asciiLowercased(word))
        case "nth-of-type", "nth-last-of-type":
            let (pattern, _) = try parseNth(arguments, name: name, nameIndex: nameIndex, allowOf: false)
            return name == "nth-of-type" ? .nthOfType(pattern) : .nthLastOfType(pattern)
        default:
            throw error(.unknownPseudoClass(name), at: nameIndex)
        }
    }

    /// Parses `An+B` (CSS Syntax §6) at the start of `range`; returns the pattern and, after
    /// `of`, the range of the selector list.
    private func parseNth(
        _ range: Range<Int>, name: String, nameIndex: Int, allowOf: Bool
    ) throws(SelectorParseError) -> (NthPattern, Range<Int>?) {
        let end = range.upperBound
        var index = skipWhitespace(range.lowerBound, end)
        guard index < end else { throw error(.missingArgument(pseudoClass: name), at: nameIndex) }
        let invalid = error(.invalidNth(pseudoClass: name), at: index)
        var a = 0
        var b = 0

        /// The optional `±B` after `An` / `n`.
        func optionalB(_ start: Int) throws(SelectorParseError) -> Int {
            let next = skipWhitespace(start, end)
            guard next < end else { return start }
            switch tokens[next].kind {
            case .number(let value) where value.isInteger && value.hasSign:
                b = value.integer
                return next + 1
            case .delim("+"), .delim("-"):
                let sign = tokens[next].kind == .delim("-") ? -1 : 1
                let numberIndex = skipWhitespace(next + 1, end)
                guard numberIndex < end, case .number(let value) = tokens[numberIndex].kind,
                    value.isInteger, !value.hasSign
                else { throw invalid }
                b = sign * value.integer
                return numberIndex + 1
            default:
                return start
            }
        }
        /// `n`, `n-`, `n-3` (what follows A); returns the index after the pattern.
        func nPart(_ text: String, _ next: Int) throws(SelectorParseError) -> Int {
            if text == "n" { return try optionalB(next) }
            if text == "n-" {
                let numberIndex = skipWhitespace(next, end)
                guard numberIndex < end, case .number(let value) = tokens[numberIndex].kind,
                    value.isInteger, !value.hasSign
                else { throw invalid }
                b = -value.integer
                return numberIndex + 1
            }
            let digits = text.unicodeScalars.dropFirst(2)
            guard text.hasPrefix("n-"), !digits.isEmpty, digits.allSatisfy({ $0 >= "0" && $0 <= "9" }) else {
                throw invalid
            }
            b = -Self.clampedInteger(digits)
            return next
        }

        switch tokens[index].kind {
        case .ident(let written):
            let text = CSSSerialization.asciiLowercased(written)
            if text == "odd" {
                (a, b) = (2, 1)
                index += 1
            } else if text == "even" {
                (a, b) = (2, 0)
                index += 1
            } else if text.hasPrefix("-") {
                a = -1
                index = try nPart(String(text.dropFirst()), index + 1)
            } else {
                a = 1
                index = try nPart(text, index + 1)
            }
        case .number(let value) where value.isInteger:
            b = value.integer
            index += 1
        case .dimension(let value, let unit) where value.isInteger:
            a = value.integer
            index = try nPart(CSSSerialization.asciiLowercased(unit), index + 1)
        case .delim("+"):
            guard let written = ident(index + 1, end) else { throw invalid }
            let text = CSSSerialization.asciiLowercased(written)
            guard !text.hasPrefix("-") else { throw invalid }
            a = 1
            index = try nPart(text, index + 2)
        default:
            throw invalid
        }
        index = skipWhitespace(index, end)
        if index == end { return (NthPattern(a: a, b: b), nil) }
        if allowOf, let word = ident(index, end), CSSSerialization.asciiLowercased(word) == "of" {
            return (NthPattern(a: a, b: b), (index + 1)..<end)
        }
        throw error(.invalidNth(pseudoClass: name), at: index)
    }

    private static func clampedInteger(_ digits: Substring.UnicodeScalarView) -> Int {
        var value = 0
        for digit in digits {
            value = min(value * 10 + Int(digit.value - 48), Int(Int32.max))
        }
        return value
    }
}
