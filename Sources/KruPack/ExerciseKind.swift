/// What an exercise asks students to make, and so which grader judges it.
public enum ExerciseKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// An HTML page (module 3), judged by a rubric.
    case web
    /// An HTML page with CSS, judged by a rubric that may ask for computed styles.
    case css
    /// A block-program maze puzzle (module 1), judged by the maze interpreter.
    case maze
}
