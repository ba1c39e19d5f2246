import KruCore
import KruYAML

/// A maze puzzle: what the student sees (from `exercises/<id>/exercise.yaml`)
/// and how it is judged (from `graders/<id>/puzzle.yaml`).
public struct Puzzle: Hashable, Sendable {
    public var title: LocalizedText
    public var summary: LocalizedText?
    public var story: LocalizedText?
    public var instructions: LocalizedText?
    public var hints: [LocalizedText]
    public var maze: Maze
    /// Fewest blocks that solve it; `nil` when only the exercise file was read.
    public var ideal: Int?
    /// Most blocks allowed; `nil` when there is no limit.
    public var maxBlocks: Int?
    /// The kind of block the program must use, if any.
    public var requires: BlockRequirement?

    public init(
        title: LocalizedText, summary: LocalizedText? = nil, story: LocalizedText? = nil,
        instructions: LocalizedText? = nil, hints: [LocalizedText] = [], maze: Maze,
        ideal: Int?, maxBlocks: Int? = nil, requires: BlockRequirement? = nil
    ) {
        self.title = title
        self.summary = summary
        self.story = story
        self.instructions = instructions
        self.hints = hints
        self.maze = maze
        self.ideal = ideal
        self.maxBlocks = maxBlocks
        self.requires = requires
    }

    /// Loads a puzzle from its two files' texts. Errors name the file, line and column.
    public static func load(
        exerciseYAML: String, exerciseFile: String, graderYAML: String, graderFile: String
    ) throws(PuzzleFileError) -> Puzzle {
        var puzzle = try loadExercise(yaml: exerciseYAML, file: exerciseFile)
        let numbers = try PuzzleNumbers.parse(yaml: graderYAML, file: graderFile)
        puzzle.ideal = numbers.ideal
        puzzle.maxBlocks = numbers.maxBlocks
        puzzle.requires = numbers.requires
        return puzzle
    }

    /// Loads only what the student sees (`exercise.yaml`): enough to run a
    /// program (`kru run`) when the pack has no graders.
    public static func loadExercise(yaml: String, file: String) throws(PuzzleFileError) -> Puzzle {
        let document = try YAMLDocument(yaml: yaml, file: file)
        let root = document.root
        guard let mapNode = root["map"] else {
            throw document.error("maze.no-map", at: root, LocalizedText(
                en: "a maze exercise needs a `map:` (ASCII art: # wall, . path, F finish, > < ^ v the start)",
                km: "លំហាត់ផ្លូវវង្វេងត្រូវការ `map:` (រូបអក្សរ: # ជញ្ជាំង, . ផ្លូវ, F ទីបញ្ចប់, > < ^ v ចំណុចចាប់ផ្ដើម)"))
        }
        let maze = try MapParser.parse(node: mapNode, document: document)
        guard let titleNode = root["title"] else {
            throw document.error("maze.no-title", at: root, LocalizedText(
                en: "the exercise needs a `title:` with `en` and `km`",
                km: "លំហាត់ត្រូវការ `title:` ដែលមាន `en` និង `km`"))
        }
        var hints: [LocalizedText] = []
        if let hintsNode = root["hints"] {
            guard let sequence = hintsNode.items else {
                throw document.error("maze.bad-text", at: hintsNode, LocalizedText(
                    en: "`hints:` must be a list of {en, km} texts", km: "`hints:` ត្រូវតែជាបញ្ជីអត្ថបទ {en, km}"))
            }
            for hint in sequence { hints.append(try document.localized(hint)) }
        }
        return Puzzle(
            title: try document.localized(titleNode),
            summary: try root["summary"].map { node throws(PuzzleFileError) in try document.localized(node) },
            story: try root["story"].map { node throws(PuzzleFileError) in try document.localized(node) },
            instructions: try root["instructions"].map { node throws(PuzzleFileError) in try document.localized(node) },
            hints: hints, maze: maze, ideal: nil)
    }
}

/// The numbers of `puzzle.yaml`.
struct PuzzleNumbers {
    var ideal: Int
    var maxBlocks: Int?
    var requires: BlockRequirement?

    static let keys: Set<String> = ["ideal", "max-blocks", "requires"]

    static func parse(yaml: String, file: String) throws(PuzzleFileError) -> PuzzleNumbers {
        let document = try YAMLDocument(yaml: yaml, file: file)
        let mapping = document.root
        guard let entries = mapping.entries else {
            throw document.error("maze.bad-grader-file", at: document.root, LocalizedText(
                en: "puzzle.yaml must be a mapping with `ideal:` (and optionally `max-blocks:`, `requires:`)",
                km: "puzzle.yaml ត្រូវតែជា mapping ដែលមាន `ideal:` (និងអាចមាន `max-blocks:`, `requires:`)"))
        }
        for entry in entries where !keys.contains(entry.key) {
            throw PuzzleFileError(id: "maze.unknown-key", location: entry.keyLocation, message: LocalizedText(
                en: "unknown key `\(entry.key)`; puzzle.yaml knows `ideal`, `max-blocks` and `requires`",
                km: "មិនស្គាល់ key `\(entry.key)`; puzzle.yaml ស្គាល់តែ `ideal`, `max-blocks` និង `requires`"))
        }
        guard let idealNode = mapping["ideal"] else {
            throw document.error("maze.bad-number", at: document.root, LocalizedText(
                en: "puzzle.yaml needs `ideal:`, the fewest blocks that solve the puzzle",
                km: "puzzle.yaml ត្រូវការ `ideal:` ចំនួនប្លុកតិចបំផុតដែលដោះស្រាយល្បែងបាន"))
        }
        let ideal = try document.positiveInteger(idealNode, key: "ideal")
        var maxBlocks: Int?
        if let node = mapping["max-blocks"], !node.isNullOrNone {
            let value = try document.positiveInteger(node, key: "max-blocks")
            if value < ideal {
                throw document.error("maze.bad-number", at: node, LocalizedText(
                    en: "`max-blocks` (\(value)) is smaller than `ideal` (\(ideal)): no program could pass",
                    km: "`max-blocks` (\(value)) តូចជាង `ideal` (\(ideal)): គ្មានកម្មវិធីណាអាចជាប់បានទេ"))
            }
            maxBlocks = value
        }
        var requires: BlockRequirement?
        if let node = mapping["requires"], !node.isNullOrNone {
            guard let text = node.scalar, let kind = BlockRequirement(rawValue: text) else {
                let known = BlockRequirement.allCases.map(\.rawValue).joined(separator: ", ")
                throw document.error("maze.unknown-requires", at: node, LocalizedText(
                    en: "unknown `requires: \(node.scalar ?? "?")`; use one of \(known)",
                    km: "មិនស្គាល់ `requires: \(node.scalar ?? "?")`; សូមប្រើមួយក្នុងចំណោម \(known)"))
            }
            requires = kind
        }
        return PuzzleNumbers(ideal: ideal, maxBlocks: maxBlocks, requires: requires)
    }
}

/// A pack file read into a ``YAMLTree``, with helpers that turn mistakes into ``PuzzleFileError``s.
struct YAMLDocument {
    let file: String
    let text: String
    let root: YAMLTree

    init(yaml: String, file: String) throws(PuzzleFileError) {
        self.file = file
        self.text = yaml
        do {
            root = try YAMLTree.parse(yaml, file: file)
        } catch {
            if yaml.allSatisfy(\.isWhitespace) {
                throw PuzzleFileError(
                    id: "maze.empty-file", location: error.location,
                    message: LocalizedText(en: "the file is empty", km: "ឯកសារទទេ"))
            }
            throw PuzzleFileError(
                id: "maze.bad-yaml", location: error.location,
                message: LocalizedText(
                    en: "this is not valid YAML: \(error.message)",
                    km: "នេះមិនមែនជា YAML ត្រឹមត្រូវទេ: \(error.message)"))
        }
    }

    func error(_ id: String, at node: YAMLTree, _ message: LocalizedText) -> PuzzleFileError {
        PuzzleFileError(id: id, location: node.location, message: message)
    }

    func localized(_ node: YAMLTree) throws(PuzzleFileError) -> LocalizedText {
        guard let en = node["en"]?.scalar, let km = node["km"]?.scalar, !en.isEmpty, !km.isEmpty else {
            throw error("maze.bad-text", at: node, LocalizedText(
                en: "a text here needs both `en:` (English) and `km:` (Khmer)",
                km: "អត្ថបទនៅទីនេះត្រូវការទាំង `en:` (អង់គ្លេស) និង `km:` (ខ្មែរ)"))
        }
        return LocalizedText(en: en, km: km)
    }

    func positiveInteger(_ node: YAMLTree, key: String) throws(PuzzleFileError) -> Int {
        guard let text = node.scalar, let value = Int(text), value > 0 else {
            throw error("maze.bad-number", at: node, LocalizedText(
                en: "`\(key)` must be a whole number above 0, not `\(node.scalar ?? "?")`",
                km: "`\(key)` ត្រូវតែជាចំនួនគត់ធំជាង 0 មិនមែន `\(node.scalar ?? "?")` ទេ"))
        }
        return value
    }
}

extension YAMLTree {
    /// `null`, `~`, empty or `none`.
    var isNullOrNone: Bool {
        guard let scalar, !isQuoted else { return false }
        return ["", "~", "null", "none", "None", "Null", "NULL"].contains(scalar)
    }
}
