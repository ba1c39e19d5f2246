/// "Did you mean …?": the one edit distance and closeness rule every module
/// uses for misspelt keys, names, properties, tags and program words.
package enum Suggestion {
    /// The candidate closest to `word` (ignoring letter case) when it is close
    /// enough to be a likely typo: at most a third of the word's letters
    /// changed, between 1 and 3 edits. The first candidate wins a tie.
    package static func closest(to word: String, among candidates: [String]) -> String? {
        let lower = Array(word.lowercased().unicodeScalars)
        let limit = max(1, min(3, lower.count / 3))
        var best: (String, Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            guard abs(other.count - lower.count) <= limit else { continue }
            let distance = editDistance(lower, other)
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best, distance <= limit else { return nil }
        return candidate
    }

    /// Edit distance where inserting, deleting or changing a letter, or
    /// swapping two neighbouring letters (`titel`), each count as one edit
    /// (optimal string alignment).
    package static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    package static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        // Three rows of the table, in one temporary block (no array per row).
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            var beforePrevious = rows.baseAddress!
            var previous = beforePrevious + width
            var current = previous + width
            for j in 0..<width {
                beforePrevious[j] = 0
                previous[j] = j
            }
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    for i in 1...a.count {
                        current[0] = i
                        for j in 1...b.count {
                            let cost = a[i - 1] == b[j - 1] ? 0 : 1
                            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                                current[j] = min(current[j], beforePrevious[j - 2] + 1)
                            }
                        }
                        (beforePrevious, previous, current) = (previous, current, beforePrevious)
                    }
                }
            }
            return previous[b.count]
        }
    }
}
