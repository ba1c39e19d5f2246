import KruCore
import KruTestSupport
import Testing

@Test func lineIndexCountsLinesAndScalarColumns() {
    let index = LineIndex(text: "ab\nកខ\r\nx", file: "f.html")
    #expect(index.location(ofByteOffset: 0) == SourceLocation(file: "f.html", line: 1, column: 1))
    #expect(index.location(ofByteOffset: 3) == SourceLocation(file: "f.html", line: 2, column: 1))
    // "ក" is 3 UTF-8 bytes; the next scalar is column 2.
    #expect(index.location(ofByteOffset: 6).column == 2)
    #expect(index.location(ofByteOffset: 11) == SourceLocation(file: "f.html", line: 3, column: 1))
    #expect(index.lineText(2) == "កខ")
    #expect(index.lineCount == 3)
}

/// Line breaks (`\n`, `\r\n`, a lone `\r`) at every position of texts longer than the eight
/// bytes the index skips at a time give the lines a byte-by-byte count gives.
@Test func lineBreaksAreFoundWherever() {
    for breakText in ["\n", "\r\n", "\r", "\n\n", "\r\r"] {
        for length in 0...20 {
            for position in 0...length {
                let text = String(repeating: "a", count: position) + breakText + String(repeating: "ក", count: length - position)
                let index = LineIndex(text: text, file: "f")
                let bytes = Array(text.utf8)
                var line = 1
                var offset = 0
                while offset <= bytes.count {
                    #expect(index.location(ofByteOffset: offset).line == line, "\(text.debugDescription) at \(offset)")
                    if offset < bytes.count {
                        if bytes[offset] == 0x0A || (bytes[offset] == 0x0D && (offset + 1 == bytes.count || bytes[offset + 1] != 0x0A)) {
                            line += 1
                        }
                    }
                    offset += 1
                }
                #expect(index.lineCount == line, "\(text.debugDescription)")
            }
        }
    }
}

/// Columns on lines far longer than the blocks the index counts ahead (a minified page is one
/// long line) are the scalars counted one by one, wherever the line and the place fall.
@Test func columnsOnLongLinesCountEveryScalar() {
    let text = "<p>" + String(repeating: "ខ្ញុំ a", count: 90) + "\n" + String(repeating: "é", count: 200) + "\r\nx"
    let index = LineIndex(text: text, file: "f")
    let bytes = Array(text.utf8)
    var line = 1
    var column = 1
    for offset in 0...bytes.count {
        #expect(index.location(ofByteOffset: offset) == SourceLocation(file: "f", line: line, column: column), "at \(offset)")
        #expect(index.line(ofByteOffset: offset) == line)
        guard offset < bytes.count else { break }
        // A `\r` ends a line unless a `\n` follows (then that `\n` ends it).
        if bytes[offset] == 0x0A || (bytes[offset] == 0x0D && (offset + 1 == bytes.count || bytes[offset + 1] != 0x0A)) {
            line += 1
            column = 1
        } else if bytes[offset] & 0xC0 != 0x80 {
            column += 1
        }
    }
    Array(text.utf8).withUnsafeBufferPointer { utf8 in
        #expect(LineIndex(utf8: utf8, file: "f").location(ofByteOffset: 400) == index.location(ofByteOffset: 400))
    }
}

@Test func languageFromEnvironment() {
    #expect(Language.fromEnvironment(["LANG": "km_KH.UTF-8"]) == .khmer)
    #expect(Language.fromEnvironment(["KRU_LANG": "en", "LANG": "km_KH"]) == .english)
    #expect(Language.fromEnvironment(["LANG": "fr_FR.UTF-8"]) == .english)
    #expect(Language.fromEnvironment([:]) == .english)
}

@Test func placeholdersAreFoundInTemplates() {
    #expect(LocalizedText.placeholders(in: "found {count} at {lines}") == ["count", "lines"])
    let text = LocalizedText(en: "found {count}", km: "រកឃើញ {count}").filling(["count": "2"])
    #expect(text.km == "រកឃើញ 2")
}

@Test func pathsNormalizeLikeRelativeURLs() {
    #expect(SubmissionFiles.normalize("./a/../about.html") == "about.html")
    #expect(SubmissionFiles.normalize("../x.html") == nil)
    #expect(SubmissionFiles.normalize("css//style.css") == "css/style.css")
}

/// A cursor gives the locations ``LineIndex/location(ofByteOffset:)`` gives, whatever order the
/// offsets come in (forward in steps short and long, backward, past the end).
@Test func cursorLocationsAreTheIndexLocations() {
    let text = "<p>" + String(repeating: "ខ្ញុំ a", count: 30) + "\n\r\n\rb\n" + String(repeating: "é\r", count: 20) + "\r\nx"
    let index = LineIndex(text: text, file: "f")
    let count = text.utf8.count
    for step in [1, 3, 7, 8, 9, 64, 200] {
        var cursor = index.cursor()
        var offset = 0
        while offset <= count + 2 {
            #expect(cursor.location(ofByteOffset: offset) == index.location(ofByteOffset: offset), "step \(step) at \(offset)")
            offset += step
        }
    }
    var cursor = index.cursor()
    var lineAndColumn = index.cursor()
    for offset in [40, 10, 11, 300, 5, count, 0, -3, count + 9] {
        let location = index.location(ofByteOffset: offset)
        #expect(cursor.location(ofByteOffset: offset) == location, "at \(offset)")
        let (line, column) = lineAndColumn.lineAndColumn(ofByteOffset: offset)
        #expect(line == location.line && column == location.column, "at \(offset)")
    }
}

/// Random texts of line breaks (`\n`, `\r\n`, lone `\r`, `\r` at the end), ASCII and
/// multi-byte letters, as long as several blocks of the index or ending right at one:
/// every offset has the line and column a byte-by-byte count gives, and every line its text.
@Test func randomTextsMatchAByteByByteCount() {
    let pieces = ["\n", "\r\n", "\r", "a", "abcdefg", "ក", "ខ្មែរ", "😀", "é", " "]
    var random = SplitMix64(seed: 7)
    func next() -> Int { Int(truncatingIfNeeded: random.next() >> 33) }
    var texts = [0, 1, 7, 8, 9, 63, 64, 65, 71, 72, 128, 130].map { String(repeating: "x", count: $0 - min($0, 1)) + ($0 > 0 ? "\r" : "") }
    for _ in 0..<300 {
        var text = ""
        for _ in 0..<(next() % 60) { text += pieces[next() % pieces.count] }
        texts.append(text)
    }
    for text in texts {
        let index = LineIndex(text: text, file: "f")
        let bytes = Array(text.utf8)
        var lines: [String] = []
        var current: [UInt8] = []
        var line = 1
        var column = 1
        var cursor = index.cursor()
        for offset in 0...bytes.count {
            let expected = SourceLocation(file: "f", line: line, column: column)
            #expect(index.location(ofByteOffset: offset) == expected, "\(text.debugDescription) at \(offset)")
            #expect(cursor.location(ofByteOffset: offset) == expected, "\(text.debugDescription) at \(offset)")
            guard offset < bytes.count else { break }
            let byte = bytes[offset]
            if byte == 0x0A || (byte == 0x0D && (offset + 1 == bytes.count || bytes[offset + 1] != 0x0A)) {
                (line, column) = (line + 1, 1)
                lines.append(String(decoding: current, as: UTF8.self))
                current = []
            } else {
                // The `\r` of a `\r\n` is a column of its line, but not part of its text.
                if byte & 0xC0 != 0x80 { column += 1 }
                if byte != 0x0D { current.append(byte) }
            }
        }
        lines.append(String(decoding: current, as: UTF8.self))
        #expect(index.lineCount == lines.count, "\(text.debugDescription)")
        #expect((1...lines.count).map { index.lineText($0) } == lines, "\(text.debugDescription)")
        #expect(index.lineText(lines.count + 1) == nil)
    }
}
