import KruHTML

/// The element structure under `<body>` (or the whole document), written
/// compactly: `p section[h2]`. Text is left out unless `text` is set, then
/// it appears as `"…"` (whitespace-only text always left out).
func shape(_ html: String, of root: String = "body", text: Bool = false) -> String {
    let document = HTMLParser.parse(text: html)
    let start: Element? = root == "html" ? document.documentElement : document.elements(named: root).first
    guard let start else { return "(no \(root))" }
    return render(start.node.children, in: document, text: text)
}

private func render(_ ids: some Sequence<NodeID>, in document: HTMLDocument, text: Bool) -> String {
    var parts: [String] = []
    for id in ids {
        let node = document[id]
        switch node.kind {
        case .element:
            let inner = render(node.children, in: document, text: text)
            parts.append(inner.isEmpty ? node.name : "\(node.name)[\(inner)]")
        case .text where text && !node.text.trimmingHTMLWhitespace().isEmpty:
            parts.append("\"\(node.text.trimmingHTMLWhitespace())\"")
        default: continue
        }
    }
    return parts.joined(separator: " ")
}
