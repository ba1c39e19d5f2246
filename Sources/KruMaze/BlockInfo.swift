import KruCore

/// What feedback needs to know about one block of a program: its id, type,
/// place, and which one of its kind it is ("the 3rd 'move forward' block").
public struct BlockInfo: Hashable, Sendable {
    public var id: String?
    public var type: String
    public var location: SourceLocation?
    /// The block's kind in words ('move forward', 'turn left' …).
    public var name: LocalizedText
    /// 1-based position among the program's blocks with the same name, in reading order.
    public var ordinal: Int

    public init(id: String?, type: String, location: SourceLocation?, name: LocalizedText, ordinal: Int) {
        self.id = id
        self.type = type
        self.location = location
        self.name = name
        self.ordinal = ordinal
    }

    /// The id reported in a run summary: the Blockly id, or `line:column` for text programs.
    public var reportID: String? {
        id ?? location.map { "\($0.line):\($0.column)" }
    }

    /// "the 3rd 'move forward' block (id `b7`)" / "ប្លុក 'ទៅមុខ' ទី 3 (id `b7`)".
    public var reference: LocalizedText {
        LocalizedText.sentences(en: "\(english: self)", km: "\(khmer: self)")
    }

    /// 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st …
    public static func englishOrdinal(_ number: Int) -> String {
        "\(number)\(englishSuffix(number))"
    }

    /// st, nd, rd or th.
    static func englishSuffix(_ number: Int) -> String {
        switch (number % 10, number % 100) {
        case (_, 11...13): return "th"
        case (1, _): return "st"
        case (2, _): return "nd"
        case (3, _): return "rd"
        default: return "th"
        }
    }

    /// The kind of a block in words, in both languages.
    public static func name(of block: Block) -> LocalizedText {
        switch block.type {
        case BlockType.moveForward: return LocalizedText(en: "move forward", km: "ទៅមុខ")
        case BlockType.turn:
            switch block.fields["DIR"] {
            case "turnLeft": return LocalizedText(en: "turn left", km: "បត់ឆ្វេង")
            case "turnRight": return LocalizedText(en: "turn right", km: "បត់ស្ដាំ")
            default: return LocalizedText(en: "turn", km: "បត់")
            }
        case BlockType.ifPath: return LocalizedText(en: "if path", km: "បើមានផ្លូវ")
        case BlockType.ifElse: return LocalizedText(en: "if path … else", km: "បើមានផ្លូវ … បើមិនដូច្នោះ")
        case BlockType.forever: return LocalizedText(en: "repeat until finish", km: "ធ្វើម្ដងទៀតរហូតដល់ទីបញ្ចប់")
        case BlockType.repeatTimes, BlockType.repeatExt: return LocalizedText(en: "repeat", km: "ធ្វើម្ដងទៀត")
        case BlockType.number: return LocalizedText(en: "number", km: "លេខ")
        default: return LocalizedText(en: block.type.isEmpty ? "untyped" : block.type, km: block.type.isEmpty ? "គ្មានប្រភេទ" : block.type)
        }
    }
}

extension Sentence.Builder {
    /// A block's ``BlockInfo/reference`` in English, written straight into
    /// the sentence ("the start" when there is no block).
    mutating func appendInterpolation(english block: BlockInfo?) {
        guard let block else { return appendLiteral("the start") }
        appendLiteral("the ")
        appendInterpolation(block.ordinal)
        appendLiteral(BlockInfo.englishSuffix(block.ordinal))
        appendLiteral(" '")
        appendLiteral(block.name.en)
        appendLiteral("' block")
        appendPlace(of: block, line: " at line ", column: ", column ")
    }

    /// A block's ``BlockInfo/reference`` in Khmer, written straight into the
    /// sentence ("ចំណុចចាប់ផ្ដើម", the start, when there is no block).
    mutating func appendInterpolation(khmer block: BlockInfo?) {
        guard let block else { return appendLiteral("ចំណុចចាប់ផ្ដើម") }
        appendLiteral("ប្លុក '")
        appendLiteral(block.name.km)
        appendLiteral("' ទី ")
        appendInterpolation(block.ordinal)
        appendPlace(of: block, line: " នៅបន្ទាត់ ", column: " ជួរឈរ ")
    }

    /// Where the block is, the same in both languages but for the words before the numbers:
    /// its id when the program has ids (Blockly), else its line and column.
    private mutating func appendPlace(of block: BlockInfo, line lineWords: String, column columnWords: String) {
        if let id = block.id {
            appendLiteral(" (id `")
            appendLiteral(id)
            appendLiteral("`)")
        } else if let location = block.location {
            appendLiteral(lineWords)
            appendInterpolation(location.line)
            appendLiteral(columnWords)
            appendInterpolation(location.column)
        }
    }
}
