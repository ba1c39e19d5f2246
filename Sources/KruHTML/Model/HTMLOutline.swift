extension HTMLDocument {
    /// The tree as text, one node per line, two spaces of indent per level
    /// (the format of html5lib's tree-construction tests, without the `| `):
    /// `<!DOCTYPE html>`, `<p>`, attributes as `name="value"` sorted by name one
    /// level deeper than their element, `"text"`, `<!-- comment -->`. Line
    /// breaks and tabs in text are written `\n` and `\t`.
    ///
    /// `scripts/chromium/record_trees.py` prints Chromium's DOM the same way, so
    /// the two can be compared line by line.
    public func outline() -> String {
        var lines: [String] = []
        var stack: [(NodeID, Int)] = self[rootID].children.reversed().map { ($0, 0) }
        while let (id, depth) = stack.popLast() {
            let node = self[id]
            let indent = String(repeating: "  ", count: depth)
            switch node.kind {
            case .document: break
            case .doctype: lines.append("\(indent)<!DOCTYPE \(node.name)>")
            case .comment: lines.append("\(indent)<!-- \(Self.escape(node.text)) -->")
            case .text: lines.append("\(indent)\"\(Self.escape(node.text))\"")
            case .element:
                lines.append("\(indent)<\(node.name)>")
                for attribute in node.attributes.sorted(by: { $0.name < $1.name }) {
                    lines.append("\(indent)  \(attribute.name)=\"\(Self.escape(attribute.value))\"")
                }
                stack.append(contentsOf: node.children.reversed().map { ($0, depth + 1) })
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\t", with: "\\t")
    }
}
