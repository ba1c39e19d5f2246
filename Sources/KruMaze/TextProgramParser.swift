import KruCore

/// The text form of block programs, for people typing programs by hand
/// (grammar in TEXT-FORMAT.md):
///
///     repeat until finish {
///       if path ahead { forward } else { turn right }
///     }
enum TextProgramParser {
    private enum TokenKind: Equatable {
        case word(String)
        case number(String)
        case open, close
        case end
    }

    private struct Token {
        var kind: TokenKind
        var location: SourceLocation
    }

    /// Every word the text form knows, for "did you mean …?".
    static let keywords = ["forward", "move", "turn", "left", "right", "repeat", "times", "until", "finish",
                           "forever", "if", "else", "path", "ahead"]

    static func parse(text: String, file: String) throws(ProgramLoadError) -> Program {
        var parser = Parser(tokens: try tokenize(text, file: file), file: file)
        let blocks = try parser.statements(depth: 0, opener: nil)
        return Program(file: file, format: .text, stacks: blocks.isEmpty ? [] : [blocks])
    }

    // MARK: Tokens

    private static func tokenize(_ text: String, file: String) throws(ProgramLoadError) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var line = 1
        var column = 1
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
                || scalar.properties.generalCategory == .nonspacingMark
                || scalar.properties.generalCategory == .spacingMark
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let location = SourceLocation(file: file, line: line, column: column)
            if scalar == "\n" {
                line += 1
                column = 1
                index += 1
                continue
            }
            if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == ";" || scalar == "\u{FEFF}" {
                column += 1
                index += 1
                continue
            }
            if scalar == "#" || (scalar == "/" && index + 1 < scalars.count && scalars[index + 1] == "/") {
                while index < scalars.count, scalars[index] != "\n" {
                    index += 1
                    column += 1
                }
                continue
            }
            if scalar == "{" || scalar == "}" {
                tokens.append(Token(kind: scalar == "{" ? .open : .close, location: location))
                index += 1
                column += 1
                continue
            }
            let isNumber = ("0"..."9").contains(scalar)
                || (scalar == "-" && index + 1 < scalars.count && ("0"..."9").contains(scalars[index + 1]))
            if isNumber || isWordScalar(scalar) {
                var word = String.UnicodeScalarView()
                word.append(scalar)
                index += 1
                column += 1
                while index < scalars.count,
                      isWordScalar(scalars[index]) || (isNumber && (scalars[index] == "." || scalars[index] == "+"))
                {
                    word.append(scalars[index])
                    index += 1
                    column += 1
                }
                let value = String(word)
                tokens.append(Token(kind: isNumber ? .number(value) : .word(value.lowercased()), location: location))
                continue
            }
            throw ProgramLoadError(
                id: "maze.text.unexpected-character", file: file, location: location,
                message: LocalizedText(
                    en: "\(location): the character `\(scalar)` does not belong in a program; write words like `forward`, `turn left`, `repeat 3 { … }`",
                    km: "\(location): តួអក្សរ `\(scalar)` មិនមែនជាផ្នែកនៃកម្មវិធីទេ; សូមសរសេរពាក្យដូចជា `forward`, `turn left`, `repeat 3 { … }`"))
        }
        tokens.append(Token(kind: .end, location: SourceLocation(file: file, line: line, column: column)))
        return tokens
    }

    // MARK: Grammar

    private struct Parser {
        var tokens: [Token]
        var file: String
        var index = 0

        init(tokens: [Token], file: String) {
            self.tokens = tokens
            self.file = file
        }

        var current: Token { tokens[index] }

        mutating func advance() -> Token {
            let token = tokens[index]
            if index < tokens.count - 1 { index += 1 }
            return token
        }

        /// Statements up to a `}` (inside a body) or the end (top level).
        mutating func statements(depth: Int, opener: Token?) throws(ProgramLoadError) -> [Block] {
            var blocks: [Block] = []
            while true {
                switch current.kind {
                case .end:
                    if let opener {
                        throw error(at: opener.location,
                            en: "the `{` here is never closed: add a `}` after the blocks inside it",
                            km: "`{` នៅទីនេះមិនត្រូវបានបិទទេ: សូមបន្ថែម `}` បន្ទាប់ពីប្លុកនៅខាងក្នុងវា")
                    }
                    return blocks
                case .close:
                    if opener != nil {
                        _ = advance()
                        return blocks
                    }
                    throw error(at: current.location,
                        en: "this `}` has no `{` before it to close",
                        km: "`}` នេះគ្មាន `{` នៅខាងមុខដើម្បីបិទទេ")
                case .open:
                    throw error(at: current.location,
                        en: "a `{` must come after `repeat …`, `until finish` or `if path …`",
                        km: "`{` ត្រូវតែនៅបន្ទាប់ពី `repeat …`, `until finish` ឬ `if path …`")
                case .number(let value):
                    throw error(at: current.location,
                        en: "the number \(value) needs a `repeat` before it: `repeat \(value) { … }`",
                        km: "លេខ \(value) ត្រូវការ `repeat` នៅខាងមុខ: `repeat \(value) { … }`")
                case .word:
                    blocks.append(try statement(depth: depth))
                }
            }
        }

        mutating func statement(depth: Int) throws(ProgramLoadError) -> Block {
            let token = advance()
            guard case .word(let word) = token.kind else { preconditionFailure("statement starts with a word") }
            let location = token.location
            switch word {
            case "forward":
                return Block(type: BlockType.moveForward, location: location)
            case "move":
                if current.kind == .word("forward") { _ = advance() }
                return Block(type: BlockType.moveForward, location: location)
            case "turn":
                let side = try expectWord(["left", "right"], after: "turn",
                    en: "after `turn` write `left` or `right`", km: "បន្ទាប់ពី `turn` សូមសរសេរ `left` ឬ `right`")
                return Block(type: BlockType.turn, location: location,
                             fields: ["DIR": side == "left" ? "turnLeft" : "turnRight"])
            case "repeat":
                if case .number(let count) = current.kind {
                    _ = advance()
                    if current.kind == .word("times") { _ = advance() }
                    return Block(type: BlockType.repeatTimes, location: location, fields: ["TIMES": count],
                                 statements: ["DO": try body(depth: depth, after: "repeat \(count)")])
                }
                _ = try expectWord(["until"], after: "repeat",
                    en: "after `repeat` write a number (`repeat 3 { … }`) or `until finish`",
                    km: "បន្ទាប់ពី `repeat` សូមសរសេរលេខ (`repeat 3 { … }`) ឬ `until finish`")
                _ = try expectWord(["finish"], after: "repeat until",
                    en: "write `repeat until finish { … }`", km: "សូមសរសេរ `repeat until finish { … }`")
                return Block(type: BlockType.forever, location: location,
                             statements: ["DO": try body(depth: depth, after: "repeat until finish")])
            case "until":
                _ = try expectWord(["finish"], after: "until",
                    en: "write `until finish { … }`", km: "សូមសរសេរ `until finish { … }`")
                return Block(type: BlockType.forever, location: location,
                             statements: ["DO": try body(depth: depth, after: "until finish")])
            case "forever":
                return Block(type: BlockType.forever, location: location,
                             statements: ["DO": try body(depth: depth, after: "forever")])
            case "if":
                _ = try expectWord(["path"], after: "if",
                    en: "write `if path ahead { … }` (or `if path left`, `if path right`)",
                    km: "សូមសរសេរ `if path ahead { … }` (ឬ `if path left`, `if path right`)")
                let side = try expectWord(["ahead", "forward", "left", "right"], after: "if path",
                    en: "after `if path` write `ahead`, `left` or `right`",
                    km: "បន្ទាប់ពី `if path` សូមសរសេរ `ahead`, `left` ឬ `right`")
                let condition = side == "left" ? "isPathLeft" : side == "right" ? "isPathRight" : "isPathForward"
                let then = try body(depth: depth, after: "if path \(side)")
                if current.kind == .word("else") {
                    _ = advance()
                    let otherwise = try body(depth: depth, after: "else")
                    return Block(type: BlockType.ifElse, location: location, fields: ["DIR": condition],
                                 statements: ["DO": then, "ELSE": otherwise])
                }
                return Block(type: BlockType.ifPath, location: location, fields: ["DIR": condition],
                             statements: ["DO": then])
            default:
                let suggestion = TextProgramParser.closestKeyword(to: word)
                let hintEN = suggestion.map { " — did you mean `\($0)`?" } ?? "; the words are listed in TEXT-FORMAT.md"
                let hintKM = suggestion.map { " — តើអ្នកចង់សរសេរ `\($0)` មែនទេ?" } ?? "; ពាក្យទាំងអស់មាននៅក្នុង TEXT-FORMAT.md"
                throw error(at: location,
                    en: "I don't know the word `\(word)`\(hintEN)",
                    km: "ខ្ញុំមិនស្គាល់ពាក្យ `\(word)` ទេ\(hintKM)")
            }
        }

        mutating func body(depth: Int, after words: String) throws(ProgramLoadError) -> [Block] {
            guard current.kind == .open else {
                throw error(at: current.location,
                    en: "after `\(words)` write `{`, the blocks to run, then `}`",
                    km: "បន្ទាប់ពី `\(words)` សូមសរសេរ `{` ប្លុកដែលត្រូវដំណើរការ រួច `}`")
            }
            guard depth < ProgramLoader.maxNesting else {
                throw ProgramLoader.tooDeep(file: file, location: current.location)
            }
            let opener = advance()
            return try statements(depth: depth + 1, opener: opener)
        }

        mutating func expectWord(_ words: [String], after: String, en: String, km: String) throws(ProgramLoadError) -> String {
            if case .word(let word) = current.kind, words.contains(word) {
                _ = advance()
                return word
            }
            throw error(at: current.location, en: en, km: km)
        }

        func error(at location: SourceLocation, en: String, km: String) -> ProgramLoadError {
            ProgramLoadError(
                id: "maze.text.syntax", file: file, location: location,
                message: LocalizedText(en: "\(location): \(en)", km: "\(location): \(km)"))
        }
    }

    /// The known word closest to a misspelt one.
    static func closestKeyword(to word: String) -> String? {
        Suggestion.closest(to: word, among: keywords)
    }
}
