extension Unicode.Scalar {
    /// Whether Foundation's `CharacterSet.whitespaces` holds the scalar: tab,
    /// the space separators (Unicode category Zs) and, as Foundation has it,
    /// U+200B ZERO WIDTH SPACE.
    package var isSpaceOrTab: Bool {
        if value < 0x80 { return value == 0x20 || value == 0x09 }
        return value == 0x200B || properties.generalCategory == .spaceSeparator
    }

    /// Whether Foundation's `CharacterSet.whitespacesAndNewlines` holds the
    /// scalar: ``isSpaceOrTab``, the line and paragraph separators, U+000A–U+000D
    /// and U+0085.
    package var isSpaceOrNewline: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        switch properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return value == 0x85 || value == 0x200B
        }
    }
}

extension String {
    /// The text without leading and trailing whitespace: what Foundation's
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives (or
    /// `.whitespaces` when `newlines` is false), without its cost.
    package func trimmingWhitespace(newlines: Bool = true) -> String {
        let utf8 = self.utf8
        guard let first = utf8.first, let last = utf8.last else { return self }
        // Visible ASCII at both ends: nothing to trim.
        if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return self }
        let trims: (Unicode.Scalar) -> Bool = newlines ? { $0.isSpaceOrNewline } : { $0.isSpaceOrTab }
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, trims(scalars[start]) { start = scalars.index(after: start) }
        while start < end {
            let before = scalars.index(before: end)
            guard trims(scalars[before]) else { break }
            end = before
        }
        if start == scalars.startIndex, end == scalars.endIndex { return self }
        return String(scalars[start..<end])
    }
}
