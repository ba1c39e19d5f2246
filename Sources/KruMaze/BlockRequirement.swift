import KruCore

/// A kind of block a puzzle requires (`requires:` in `puzzle.yaml`), judged by
/// the `uses-<kind>` check.
public enum BlockRequirement: String, Hashable, Sendable, CaseIterable, Codable {
    /// Any loop: `controls_repeat`, `controls_repeat_ext` or `maze_forever`.
    case loop
    /// `maze_forever` ("repeat until finish").
    case repeatUntil = "repeat-until"
    /// `maze_if` or `maze_ifElse`.
    case ifBlock = "if"
    /// `maze_ifElse`.
    case ifElse = "if-else"

    /// The id of the check that judges it, for example `uses-loop`.
    public var checkID: String { "uses-\(rawValue)" }

    /// Block types that satisfy the requirement.
    public var blockTypes: Set<String> {
        switch self {
        case .loop: return [BlockType.repeatTimes, BlockType.repeatExt, BlockType.forever]
        case .repeatUntil: return [BlockType.forever]
        case .ifBlock: return [BlockType.ifPath, BlockType.ifElse]
        case .ifElse: return [BlockType.ifElse]
        }
    }

    /// The kind in words, for messages.
    public var name: LocalizedText {
        switch self {
        case .loop:
            return LocalizedText(en: "a loop ('repeat' or 'repeat until finish')", km: "រង្វិលជុំ ('ធ្វើម្ដងទៀត' ឬ 'ធ្វើម្ដងទៀតរហូតដល់ទីបញ្ចប់')")
        case .repeatUntil:
            return LocalizedText(en: "a 'repeat until finish' block", km: "ប្លុក 'ធ្វើម្ដងទៀតរហូតដល់ទីបញ្ចប់'")
        case .ifBlock:
            return LocalizedText(en: "an 'if path' block", km: "ប្លុក 'បើមានផ្លូវ'")
        case .ifElse:
            return LocalizedText(en: "an 'if path … else' block", km: "ប្លុក 'បើមានផ្លូវ … បើមិនដូច្នោះ'")
        }
    }
}

/// The Blockly block types kru's maze understands (Blockly Games' Maze names).
public enum BlockType {
    public static let moveForward = "maze_moveForward"
    public static let turn = "maze_turn"
    public static let ifPath = "maze_if"
    public static let ifElse = "maze_ifElse"
    public static let forever = "maze_forever"
    public static let repeatTimes = "controls_repeat"
    public static let repeatExt = "controls_repeat_ext"
    public static let number = "math_number"

    /// Every type a program may contain.
    public static let all: Set<String> = [moveForward, turn, ifPath, ifElse, forever, repeatTimes, repeatExt, number]
    /// Types whose `DO` statement must not be empty.
    public static let withBody: Set<String> = [ifPath, ifElse, forever, repeatTimes, repeatExt]

    /// Whether `type` is in ``withBody``, without hashing it (checks ask for every block).
    static func hasBody(_ type: String) -> Bool {
        switch type {
        case ifPath, ifElse, forever, repeatTimes, repeatExt: return true
        default: return false
        }
    }
}
