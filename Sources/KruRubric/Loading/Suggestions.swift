import KruCore

/// "Did you mean …?" phrasing for misspelt keys and names in rubric files.
enum Suggestions {
    /// `; did you mean "count"?` or an empty string.
    static func didYouMean(_ word: String, among candidates: [String]) -> String {
        guard let suggestion = Suggestion.closest(to: word, among: candidates) else { return "" }
        return "; did you mean \"\(suggestion)\"?"
    }
}
