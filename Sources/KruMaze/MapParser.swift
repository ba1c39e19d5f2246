import KruCore
import KruYAML

/// Reads a puzzle's ASCII-art map into a ``Maze``, reporting mistakes at the
/// exact line and column of the YAML file.
enum MapParser {
    private struct Row {
        var text: [Character]
        /// Where the row's first character is in the YAML file.
        var location: SourceLocation

        func location(ofColumn index: Int) -> SourceLocation {
            SourceLocation(file: location.file, line: location.line, column: location.column + index)
        }
    }

    static func parse(node: YAMLTree, document: YAMLDocument) throws(PuzzleFileError) -> Maze {
        guard let text = node.scalar else {
            throw document.error("maze.bad-map", at: node, LocalizedText(
                en: "`map:` must be text; write it as a block: `map: |` followed by the rows",
                km: "`map:` ត្រូវតែជាអត្ថបទ; សូមសរសេរជាប្លុក: `map: |` បន្ទាប់មកជួរដេក"))
        }
        let rows = locateRows(text: text, node: node, document: document)
        guard let first = rows.first else {
            throw document.error("maze.bad-map", at: node, LocalizedText(
                en: "the map is empty", km: "ផែនទីទទេ"))
        }
        var squares: [[Maze.Square]] = []
        var start: (Position, Direction, SourceLocation)?
        var finish: (Position, SourceLocation)?
        for (rowIndex, row) in rows.enumerated() {
            if row.text.count != first.text.count {
                let column = min(row.text.count, first.text.count)
                throw PuzzleFileError(
                    id: "maze.ragged-map", location: row.location(ofColumn: column),
                    message: LocalizedText(
                        en: "map row \(rowIndex + 1) is \(row.text.count) squares wide but the first row is \(first.text.count); every row must be equally wide",
                        km: "ជួរទី \(rowIndex + 1) នៃផែនទីមាន \(row.text.count) ក្រឡា ប៉ុន្តែជួរទីមួយមាន \(first.text.count); គ្រប់ជួរត្រូវតែទទឹងស្មើគ្នា"))
            }
            var line: [Maze.Square] = []
            for (columnIndex, character) in row.text.enumerated() {
                let position = Position(row: rowIndex, column: columnIndex)
                let location = row.location(ofColumn: columnIndex)
                switch character {
                case "#": line.append(.wall)
                case ".": line.append(.open)
                case "F":
                    if let (_, previous) = finish {
                        throw PuzzleFileError(
                            id: "maze.two-finishes", location: location,
                            message: LocalizedText(
                                en: "a second finish F; the first is at line \(previous.line), column \(previous.column); a maze has one finish",
                                km: "ទីបញ្ចប់ F ទីពីរ; ទីមួយនៅបន្ទាត់ \(previous.line) ជួរឈរ \(previous.column); ផ្លូវវង្វេងមានទីបញ្ចប់តែមួយ"))
                    }
                    finish = (position, location)
                    line.append(.finish)
                default:
                    if let direction = Direction(arrow: character) {
                        if let (_, _, previous) = start {
                            throw PuzzleFileError(
                                id: "maze.two-starts", location: location,
                                message: LocalizedText(
                                    en: "a second start `\(character)`; the first is at line \(previous.line), column \(previous.column); a maze has one start",
                                    km: "ចំណុចចាប់ផ្ដើមទីពីរ `\(character)`; ទីមួយនៅបន្ទាត់ \(previous.line) ជួរឈរ \(previous.column); ផ្លូវវង្វេងមានចំណុចចាប់ផ្ដើមតែមួយ"))
                        }
                        start = (position, direction, location)
                        line.append(.open)
                    } else {
                        throw PuzzleFileError(
                            id: "maze.unknown-square", location: location,
                            message: LocalizedText(
                                en: "unknown map character `\(character)`; use # wall, . path, F finish, and one of > < ^ v for the start",
                                km: "មិនស្គាល់តួអក្សរ `\(character)` ក្នុងផែនទី; សូមប្រើ # ជញ្ជាំង, . ផ្លូវ, F ទីបញ្ចប់ និងមួយក្នុងចំណោម > < ^ v សម្រាប់ចំណុចចាប់ផ្ដើម"))
                    }
                }
            }
            squares.append(line)
        }
        guard let (startPosition, direction, _) = start else {
            throw document.error("maze.no-start", at: node, LocalizedText(
                en: "the map has no start; mark it with the way the character faces: > east, < west, ^ north, v south",
                km: "ផែនទីគ្មានចំណុចចាប់ផ្ដើម; សូមសម្គាល់វាដោយទិសដែលតួអង្គបែរមុខ: > កើត, < លិច, ^ ជើង, v ត្បូង"))
        }
        guard let (finishPosition, finishLocation) = finish else {
            throw document.error("maze.no-finish", at: node, LocalizedText(
                en: "the map has no finish; mark it with F", km: "ផែនទីគ្មានទីបញ្ចប់; សូមសម្គាល់វាដោយ F"))
        }
        let maze = Maze(squares: squares, start: startPosition, startDirection: direction, finish: finishPosition)
        guard maze.finishIsReachable else {
            throw PuzzleFileError(
                id: "maze.finish-unreachable", location: finishLocation,
                message: LocalizedText(
                    en: "the finish cannot be reached from the start: walls cut it off",
                    km: "មិនអាចទៅដល់ទីបញ្ចប់ពីចំណុចចាប់ផ្ដើមបានទេ: ជញ្ជាំងបិទផ្លូវ"))
        }
        return maze
    }

    /// Splits the map into rows (trailing spaces dropped, blank rows at either
    /// end dropped) and finds where each row is written in the YAML file.
    private static func locateRows(text: String, node: YAMLTree, document: YAMLDocument) -> [Row] {
        var texts = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Array(line.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
        }
        while texts.first?.isEmpty == true { texts.removeFirst() }
        while texts.last?.isEmpty == true { texts.removeLast() }
        let fallback = node.location
        let yamlLines = document.text.split(separator: "\n", omittingEmptySubsequences: false)
        var searchLine = max(0, fallback.line - 1)
        return texts.map { row in
            let wanted = String(row)
            var index = searchLine
            while index < yamlLines.count {
                let line = Array(yamlLines[index])
                if !wanted.isEmpty, let offset = Self.range(of: Array(wanted), in: line, from: index == fallback.line - 1 ? fallback.column - 1 : 0) {
                    searchLine = index + 1
                    return Row(text: row, location: SourceLocation(file: document.file, line: index + 1, column: offset + 1))
                }
                index += 1
            }
            return Row(text: row, location: fallback)
        }
    }

    private static func range(of needle: [Character], in haystack: [Character], from start: Int) -> Int? {
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        for offset in start...(haystack.count - needle.count) where Array(haystack[offset..<(offset + needle.count)]) == needle {
            return offset
        }
        return nil
    }
}
