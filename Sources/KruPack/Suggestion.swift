/// "Did you mean …?" by edit distance.
package enum Suggestion {
    /// The candidate closest to `word` (case-insensitive Levenshtein distance),
    /// when it is close enough to be a likely typo.
    package static func closest(to word: String, among candidates: [String]) -> String? {
        let lower = Array(word.lowercased())
        var best: (String, Int)?
        for candidate in candidates {
            let distance = levenshtein(lower, Array(candidate.lowercased()))
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(1, min(3, lower.count / 3))
        return distance <= limit ? candidate : nil
    }

    /// Edit distance where swapping two neighbouring letters counts as one
    /// edit (optimal string alignment), as typos such as `titel` usually are.
    static func levenshtein(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
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
        return previous[b.count]
    }
}
