/// A place in a student's or author's file: 1-based line and column.
///
/// Columns count Unicode scalars from the start of the line (so a Khmer
/// letter with a combining vowel sign counts as two), which is what editors
/// such as VS Code show in their status bar.
public struct SourceLocation: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The file, relative to the submission or pack root (for example `index.html`).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column number.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    /// `index.html:3:5`
    public var description: String { "\(file):\(line):\(column)" }
}
